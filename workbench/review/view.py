"""What the review pages show, as plain data: the start page's documents and pairs with their progress, and a
pair's beads as rows (texts, speaker, score band, status, reviewer, and a third language where one is aligned)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Optional

from workbench.review.edits import load_beads, reviewers, version_of

if TYPE_CHECKING:
    from workbench.store import Memory


@dataclass
class Row:
    n: int
    src: list[tuple[int, str]]
    tgt: list[tuple[int, str]]
    third: list[str]
    score: float
    status: str
    flagged: bool
    shape: str
    band: str  # high, medium, low: the colour of the score
    speaker: str = ""  # set on the first row of a speaker's turn: the row label
    reviewer: str = ""


@dataclass
class PairView:
    alignment_id: int
    version: int
    src: dict
    tgt: dict
    third: Optional[dict]
    rows: list[Row] = field(default_factory=list)

    @property
    def confirmed(self) -> int:
        return sum(r.status == "confirmed" for r in self.rows)

    @property
    def flagged(self) -> int:
        return sum(r.flagged for r in self.rows)

    def summary(self) -> dict:
        return {"alignment": self.alignment_id, "version": self.version, "src": self.src, "tgt": self.tgt,
                "third": self.third, "confirmed": self.confirmed, "flagged": self.flagged,
                "beads": [asdict(r) for r in self.rows]}


def band(score: float) -> str:
    return "high" if score >= 0.8 else "medium" if score >= 0.5 else "low"


def _doc(memory: "Memory", doc_id: str) -> dict:
    lang, title = memory.conn.execute("SELECT lang, title FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return {"id": doc_id, "lang": lang, "title": title}


def _texts(memory: "Memory", doc_id: str) -> dict[int, str]:
    return dict(memory.conn.execute("SELECT idx, text FROM segments WHERE doc_id = ?", (doc_id,)))


def pair_view(memory: "Memory", alignment_id: int) -> Optional[PairView]:
    row = memory.conn.execute("SELECT src_doc, tgt_doc FROM alignments WHERE id = ?", (alignment_id,)).fetchone()
    if row is None:
        return None
    src_id, tgt_id = row
    view = PairView(alignment_id, version_of(memory, alignment_id), _doc(memory, src_id), _doc(memory, tgt_id), None)
    src_text, tgt_text = _texts(memory, src_id), _texts(memory, tgt_id)
    # The third language: the source's alignment with another original, shown beside this pair read-only.
    other = memory.conn.execute("SELECT id, tgt_doc FROM alignments WHERE src_doc = ? AND tgt_doc != ? ORDER BY id"
                                " LIMIT 1", (src_id, tgt_id)).fetchone()
    third_of: dict[int, list[int]] = {}
    third_text: dict[int, str] = {}
    if other:
        view.third = _doc(memory, other[1])
        third_text = _texts(memory, other[1])
        for bead in load_beads(memory, other[0]):
            for i in bead.src:
                third_of[i] = list(bead.tgt)
    speakers = {idx: name for idx, name in memory.conn.execute(
        "SELECT s.idx, coalesce(p.name, b.speaker, '') FROM segments s JOIN blocks b ON b.doc_id = s.doc_id"
        " AND b.idx = s.block LEFT JOIN people p ON p.doc_id = s.doc_id AND p.key = b.speaker WHERE s.doc_id = ?",
        (src_id,))}
    who = reviewers(memory, alignment_id)
    last_speaker = None
    for n, bead in enumerate(load_beads(memory, alignment_id)):
        thirds = list(dict.fromkeys(k for i in bead.src for k in third_of.get(i, [])))
        speaker = speakers.get(bead.src[0], "") if bead.src else last_speaker or ""
        view.rows.append(Row(
            n, [(i, src_text.get(i, "")) for i in bead.src], [(k, tgt_text.get(k, "")) for k in bead.tgt],
            [third_text.get(k, "") for k in thirds], round(bead.score, 3), bead.status, bead.flagged, bead.shape,
            band(bead.score), speaker if speaker != last_speaker else "",
            who.get((json.dumps(list(bead.src)), json.dumps(list(bead.tgt))), "")))
        last_speaker = speaker
    return view


def start_view(memory: "Memory") -> dict:
    """The documents, and every pair with its share confirmed and the beads still flagged."""
    documents = [{"n": n, "id": d.id, "lang": d.lang, "title": d.title, "sentences": d.segments}
                 for n, d in enumerate(memory.documents(), 1)]
    titles = {d["id"]: d["title"] for d in documents}
    pairs = [{"id": a.id, "src": a.src_doc, "tgt": a.tgt_doc, "src_lang": a.src_lang, "tgt_lang": a.tgt_lang,
              "title": titles.get(a.src_doc, ""), "beads": a.beads, "confirmed": a.confirmed, "flagged": a.flagged,
              "share": round(100 * a.confirmed / a.beads) if a.beads else 0}
             for a in memory.alignments()]
    return {"documents": documents, "pairs": pairs}
