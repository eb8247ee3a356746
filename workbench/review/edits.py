"""Edits of a stored pair: the one place the CLI, the web app and the workbook import change an alignment.

Every edit is one transaction that checks the pair's version (a stale browser tab gets ConflictError, never
a silent overwrite), writes the beads, rebuilds the units from them, and adds a history row holding what it
replaced, which is what `undo` puts back.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from workbench import clock
from workbench.errors import WorkbenchError
from workbench.model import CONFIRMED, Alignment, Bead
from workbench.review import beads as ops
from workbench.review.refs import PairIds, resolve_pair, resolve_ref
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store import Memory

Key = tuple[str, str]  # a bead's sides as the beads table spells them: a reviewer and a note follow content


class ConflictError(WorkbenchError):
    """The pair changed since the editor loaded it."""


@dataclass
class EditResult:
    op: str
    version: int
    message: str
    position: int = -1
    detail: dict = field(default_factory=dict)

    def summary(self) -> dict:
        return {"op": self.op, "version": self.version, "message": self.message, "position": self.position,
                **self.detail}


def current_user(user: Optional[str] = None) -> str:
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers: the history still needs someone
        return "unknown"


def _key(bead: Bead) -> Key:
    return json.dumps(list(bead.src)), json.dumps(list(bead.tgt))


def load_beads(memory: "Memory", alignment_id: int) -> list[Bead]:
    return [Bead(tuple(json.loads(s)), tuple(json.loads(t)), score, status, bool(flagged))
            for s, t, score, status, flagged in memory.conn.execute(
                "SELECT src, tgt, score, status, flagged FROM beads WHERE alignment_id = ? ORDER BY position",
                (alignment_id,))]


def version_of(memory: "Memory", alignment_id: int) -> int:
    return memory.conn.execute("SELECT version FROM alignments WHERE id = ?", (alignment_id,)).fetchone()[0]


def reviewers(memory: "Memory", alignment_id: int) -> dict[Key, str]:
    return {(s, t): who for s, t, who in memory.conn.execute(
        "SELECT src, tgt, reviewer FROM bead_reviews WHERE alignment_id = ?", (alignment_id,))}


def _counts(memory: "Memory", pair: PairIds) -> tuple[int, int]:
    def count(doc: str) -> int:
        return memory.conn.execute("SELECT count(*) FROM segments WHERE doc_id = ?", (doc,)).fetchone()[0]

    return count(pair.src), count(pair.tgt)


def _state(memory: "Memory", aid: int) -> dict:
    """What an edit may change in one alignment, as JSON-ready data."""
    from workbench.units import unit_id

    src, tgt = memory.conn.execute("SELECT src_doc, tgt_doc FROM alignments WHERE id = ?", (aid,)).fetchone()
    beads = load_beads(memory, aid)
    notes = {}
    for pos, bead in enumerate(beads):
        row = memory.conn.execute("SELECT note FROM units WHERE tuid = ?", (unit_id(src, tgt, pos),)).fetchone()
        if row and row[0]:
            notes[_key(bead)] = row[0]
    reviews = [list(r) for r in memory.conn.execute(
        "SELECT src, tgt, reviewer, at FROM bead_reviews WHERE alignment_id = ?", (aid,))]
    return {"beads": [[list(b.src), list(b.tgt), b.score, b.status, b.flagged] for b in beads],
            "notes": [[s, t, n] for (s, t), n in notes.items()], "reviews": reviews}


def _segments(memory: "Memory", doc: str) -> list[list]:
    return [list(r) for r in memory.conn.execute(
        'SELECT idx, block, start, "end", text FROM segments WHERE doc_id = ? ORDER BY idx', (doc,))]


def write_state(memory: "Memory", aid: int, beads: Sequence[Bead], notes: dict[Key, str],
                reviews: dict[Key, tuple[str, str]]) -> None:
    """Replace an alignment's beads exactly (save_alignment would re-confirm what a reviewer took back), rebuild
    its units, keep notes and reviewers of the beads that are still there, and raise its version."""
    from workbench.units import units_for

    conn = memory.conn
    src_id, tgt_id = conn.execute("SELECT src_doc, tgt_doc FROM alignments WHERE id = ?", (aid,)).fetchone()
    conn.execute("DELETE FROM beads WHERE alignment_id = ?", (aid,))
    conn.executemany(
        "INSERT INTO beads (alignment_id, position, src, tgt, score, status, flagged) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(aid, n, *_key(b), b.score, b.status, int(b.flagged and b.status != CONFIRMED)) for n, b in enumerate(beads)])
    src, tgt = memory.get_document(src_id), memory.get_document(tgt_id)
    units = units_for(Alignment(src_id, tgt_id, src.lang, tgt.lang, list(beads)), src, tgt)
    note_at = {n: notes.get(_key(b), "") for n, b in enumerate(beads)}
    conn.execute("DELETE FROM units WHERE alignment_id = ?", (aid,))
    conn.executemany(
        "INSERT INTO units (tuid, alignment_id, origin, srclang, texts, score, status, shape, speaker, section, doc,"
        " source_url, note, created, flagged) VALUES (?, ?, 'align', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(u.tuid, aid, u.srclang, json.dumps(u.texts, ensure_ascii=False, sort_keys=True), u.score, u.status,
          u.shape, u.speaker, u.section, u.doc, u.source_url, note_at[int(u.tuid.rsplit(":", 1)[1])], u.created,
          int(u.flagged and u.status != CONFIRMED))
         for u in units])
    confirmed = {_key(b) for b in beads if b.status == CONFIRMED}
    conn.execute("DELETE FROM bead_reviews WHERE alignment_id = ?", (aid,))
    conn.executemany("INSERT INTO bead_reviews (alignment_id, src, tgt, reviewer, at) VALUES (?, ?, ?, ?, ?)",
                     [(aid, s, t, who, at) for (s, t), (who, at) in reviews.items() if (s, t) in confirmed])
    conn.execute("UPDATE alignments SET updated = ? WHERE id = ?", (clock.tmx_stamp(), aid))


def _write_segments(memory: "Memory", doc: str, rows: Sequence[Sequence]) -> None:
    memory.conn.execute("DELETE FROM segments WHERE doc_id = ?", (doc,))
    memory.conn.executemany('INSERT INTO segments (doc_id, idx, block, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                            [(doc, *r) for r in rows])


def _restore(memory: "Memory", before: dict) -> None:
    for doc, rows in before.get("segments", {}).items():
        _write_segments(memory, doc, rows)
    for aid, state in before["alignments"].items():
        beads = [Bead(tuple(s), tuple(t), score, status, bool(flagged)) for s, t, score, status, flagged
                 in state["beads"]]
        write_state(memory, int(aid), beads, {(s, t): n for s, t, n in state["notes"]},
                    {(s, t): (who, at) for s, t, who, at in state["reviews"]})


UNCHANGED = "unchanged"  # an edit's detail when it left the pair as it was


def _edit(memory: "Memory", src: str, tgt: str, op: str, user: Optional[str], version: Optional[int],
          change: Callable[[PairIds], tuple[dict, str, int]], docs: Callable[[PairIds], list[str]] = lambda p: [],
          after: Callable[[int], None] = lambda edit_id: None) -> EditResult:
    """Run ``change`` inside one transaction with the version check and the history row. ``change`` returns
    what it did (for the history), a message and the position it changed; ``docs`` names documents whose
    sentences it changes, so undo can put them back (and every alignment of them)."""
    with memory.transaction() as conn:
        pair = resolve_pair(memory, src, tgt)
        now = version_of(memory, pair.alignment_id)
        if version is not None and version != now:
            raise ConflictError(f"the pair {pair.src} <-> {pair.tgt} was changed by someone else (version {now}, "
                                f"you had {version}): nothing was saved; reload it and make the change again")
        touched_docs = docs(pair)
        aids = [pair.alignment_id]
        for doc in touched_docs:
            aids += [r[0] for r in conn.execute(
                "SELECT id FROM alignments WHERE (src_doc = ? OR tgt_doc = ?) AND id != ?",
                (doc, doc, pair.alignment_id))]
        aids = list(dict.fromkeys(aids))
        before = {"alignments": {str(a): _state(memory, a) for a in aids},
                  "segments": {d: _segments(memory, d) for d in touched_docs}}
        detail, message, position = change(pair)
        if detail.get(UNCHANGED):
            return EditResult(op, now, message, position, detail)
        detail = {**detail, "alignments": aids}
        new_version = version_of(memory, pair.alignment_id)
        edit_id = conn.execute(
            'INSERT INTO edits (alignment_id, version, op, detail, before, "user", at) VALUES (?, ?, ?, ?, ?, ?, ?)',
            (pair.alignment_id, new_version, op, json.dumps(detail), json.dumps(before), current_user(user),
             clock.tmx_stamp())).lastrowid
        after(edit_id)
    return EditResult(op, new_version, message, position, detail)


def _bead_edit(memory: "Memory", src: str, tgt: str, op: str, user: Optional[str], version: Optional[int],
               make: Callable[[list[Bead], int, int], ops.Change], detail: dict[str, Any],
               notes: Optional[dict[int, str]] = None) -> EditResult:
    """An edit of one pair's beads: ``make`` gets the beads and the two sentence counts."""
    who = current_user(user)

    def change(pair: PairIds) -> tuple[dict, str, int]:
        old = load_beads(memory, pair.alignment_id)
        state = _state(memory, pair.alignment_id)
        result = make(old, *_counts(memory, pair))
        kept_notes = {(s, t): n for s, t, n in state["notes"]}
        was_confirmed = {_key(b) for b in old if b.status == CONFIRMED}
        reviews = {(s, t): (r, at) for s, t, r, at in state["reviews"]}
        stamp = clock.tmx_stamp()
        made = {_key(b) for b in result.made}
        for bead in result.beads:
            # the beads this edit made or confirmed are this user's; other confirmed beads keep their reviewer
            if bead.status == CONFIRMED and (_key(bead) in made or _key(bead) not in was_confirmed
                                             or _key(bead) not in reviews):
                reviews[_key(bead)] = (who, stamp)
        for n, text in (notes or {}).items():
            kept_notes[_key(result.beads[n])] = text
        if result.beads == old and kept_notes == {(s, t): n for s, t, n in state["notes"]} and \
                {k: r for k, (r, _) in reviews.items()} == {(s, t): r for s, t, r, _ in state["reviews"]}:
            # confirming what one has confirmed, linking what is linked: no new version, no history row
            return {**detail, UNCHANGED: True}, f"{op}: nothing to change", result.position
        write_state(memory, pair.alignment_id, result.beads, kept_notes, reviews)
        info = {**detail, "removed": result.removed, "broken": result.broken}
        bead = result.beads[result.position] if 0 <= result.position < len(result.beads) else None
        shown = f" bead {result.position} is now {list(bead.src)}:{list(bead.tgt)}" if bead else ""
        extra = (f"; {len(result.broken)} crossing bead(s) left unlinked" if op == "link" and result.broken else "")
        return info, f"{op}:{shown}{extra}", result.position

    return _edit(memory, src, tgt, op, user, version, change)


# -- the edits -----------------------------------------------------------------------------------------------

def link(memory: "Memory", src: str, tgt: str, src_sents: Sequence[int], tgt_sents: Sequence[int], *,
         user: Optional[str] = None, version: Optional[int] = None) -> EditResult:
    """Make exactly the bead ``src_sents``:``tgt_sents`` (either may be empty) and confirm it."""
    return _bead_edit(memory, src, tgt, "link", user, version,
                      lambda b, ns, nt: ops.link(b, src_sents, tgt_sents, ns, nt),
                      {"src": sorted(src_sents), "tgt": sorted(tgt_sents)})


def unlink(memory: "Memory", src: str, tgt: str, n: int, *, user: Optional[str] = None,
           version: Optional[int] = None) -> EditResult:
    """Break bead ``n`` into 1:0 and 0:1 beads."""
    return _bead_edit(memory, src, tgt, "unlink", user, version, lambda b, ns, nt: ops.unlink(b, n, ns, nt),
                      {"bead": n})


def merge_next(memory: "Memory", src: str, tgt: str, n: int, *, user: Optional[str] = None,
               version: Optional[int] = None) -> EditResult:
    """Bead ``n`` and the next one as one confirmed bead."""
    return _bead_edit(memory, src, tgt, "merge", user, version, lambda b, ns, nt: ops.merge_next(b, n, ns, nt),
                      {"bead": n})


def split_bead(memory: "Memory", src: str, tgt: str, n: int, src_at: int = 1, tgt_at: int = 1, *,
               user: Optional[str] = None, version: Optional[int] = None) -> EditResult:
    """Bead ``n`` cut after its first ``src_at`` source and ``tgt_at`` target sentences."""
    return _bead_edit(memory, src, tgt, "split", user, version,
                      lambda b, ns, nt: ops.split(b, n, ns, nt, src_at, tgt_at),
                      {"bead": n, "src_at": src_at, "tgt_at": tgt_at})


def confirm(memory: "Memory", src: str, tgt: str, positions: Sequence[int], *, note: str = "",
            user: Optional[str] = None, version: Optional[int] = None) -> EditResult:
    """Mark beads reviewed as they are, with a reviewer's note (the units' TMX ``<note>``) if given."""
    return _bead_edit(memory, src, tgt, "confirm", user, version, lambda b, ns, nt: ops.confirm(b, positions),
                      {"beads": list(positions), "note": note}, notes={n: note for n in positions} if note else None)


def realign(memory: "Memory", src: str, tgt: str, *, user: Optional[str] = None,
            version: Optional[int] = None) -> EditResult:
    """Align again what lies between the confirmed beads; the confirmed beads stay."""
    from workbench.pipeline import align_in_memory

    def change(pair: PairIds) -> tuple[dict, str, int]:
        # the confirmed beads stay, links and unlinked sentences alike (pipeline.prepare_alignment)
        result = align_in_memory(memory, memory.get_document(pair.src), memory.get_document(pair.tgt))
        beads = result.alignment.beads
        kept = sum(b.status == CONFIRMED for b in beads)
        flagged = sum(b.flagged for b in beads)
        return ({"beads": len(beads), "kept": kept},
                f"realigned: {counted(len(beads), 'bead')}, {kept} confirmed kept, {flagged} flagged", -1)

    return _edit(memory, src, tgt, "realign", user, version, change)


def replace_beads(memory: "Memory", src: str, tgt: str, op: str, make: Callable[[PairIds, list[Bead]], list[Bead]],
                  *, notes: Optional[Callable[[list[Bead]], dict[int, str]]] = None, detail: Optional[dict] = None,
                  user: Optional[str] = None, version: Optional[int] = None) -> EditResult:
    """A whole new bead list from elsewhere (InterText, the review workbook) as one undoable edit; ``make`` gets
    the pair and its beads. Beads a reviewer confirms in it are recorded under ``user``."""
    who = current_user(user)

    def change(pair: PairIds) -> tuple[dict, str, int]:
        old = load_beads(memory, pair.alignment_id)
        state = _state(memory, pair.alignment_id)
        counts = _counts(memory, pair)
        beads = ops.order(make(pair, old), *counts)
        kept_notes = {(s, t): n for s, t, n in state["notes"]}
        for n, text in (notes(beads) if notes else {}).items():
            kept_notes[_key(beads[n])] = text
        reviews = {(s, t): (r, at) for s, t, r, at in state["reviews"]}
        was = {_key(b) for b in old if b.status == CONFIRMED}
        for bead in beads:
            if bead.status == CONFIRMED and (_key(bead) not in was or _key(bead) not in reviews):
                reviews[_key(bead)] = (who, clock.tmx_stamp())
        write_state(memory, pair.alignment_id, beads, kept_notes, reviews)
        before = {(b.src, b.tgt, b.status) for b in old}
        changed = sum((b.src, b.tgt, b.status) not in before for b in beads)
        return ({**(detail or {}), "beads": len(beads), "changed": changed},
                f"{op}: {counted(len(beads), 'bead')}, {changed} new or changed", -1)

    return _edit(memory, src, tgt, op, user, version, change)


def _side_doc(pair: PairIds, side: str) -> str:
    if side not in ("src", "tgt"):
        raise WorkbenchError(f"side must be src or tgt, not {side!r}")
    return pair.src if side == "src" else pair.tgt


def split_sentence(memory: "Memory", src: str, tgt: str, side: str, index: int, offset: int, *,
                   user: Optional[str] = None, version: Optional[int] = None) -> EditResult:
    """Cut sentence ``index`` of one side at character ``offset`` of its text. Both parts keep their offsets
    into the paragraph; the sentences after it move up by one in every alignment of that document."""
    def change(pair: PairIds) -> tuple[dict, str, int]:
        doc = _side_doc(pair, side)
        rows = _segments(memory, doc)
        if not 0 <= index < len(rows):
            raise WorkbenchError(f"{doc} has no sentence {index} (it has {len(rows)}, from 0)")
        idx, block, start, end, text = rows[index]
        head, tail = text[:offset].rstrip(), text[offset:]
        lead = len(tail) - len(tail.lstrip())
        if not 0 < offset < len(text) or not head or not tail.strip():
            raise WorkbenchError(f"sentence {index} of {doc} cannot be cut at {offset}: both parts need text "
                                 f"(it has {len(text)} characters)")
        new = [*rows[:index], [idx, block, start, start + len(head), head],
               [idx + 1, block, start + offset + lead, end, tail.strip()],
               *[[r[0] + 1, *r[1:]] for r in rows[index + 1:]]]
        _write_segments(memory, doc, new)
        _follow(memory, doc, lambda beads, s: ops.sentence_split(beads, s, index))
        return {"side": side, "doc": doc, "sentence": index, "offset": offset}, \
            f"split sentence {index} of {doc} into {index} and {index + 1}", -1

    return _edit(memory, src, tgt, "split-sentence", user, version, change, lambda p: [_side_doc(p, side)])


def join_sentences(memory: "Memory", src: str, tgt: str, side: str, index: int, *, user: Optional[str] = None,
                   version: Optional[int] = None) -> EditResult:
    """Join sentence ``index`` with the next one (both in one paragraph); the beads around them follow."""
    def change(pair: PairIds) -> tuple[dict, str, int]:
        doc = _side_doc(pair, side)
        rows = _segments(memory, doc)
        if not 0 <= index < len(rows) - 1:
            raise WorkbenchError(f"{doc}: sentence {index} has no next sentence to join")
        first, second = rows[index], rows[index + 1]
        if first[1] != second[1]:
            raise WorkbenchError(f"{doc}: sentences {index} and {index + 1} are in different paragraphs")
        block_text = memory.conn.execute("SELECT text FROM blocks WHERE doc_id = ? AND idx = ?",
                                         (doc, first[1])).fetchone()[0]
        joined = [first[0], first[1], first[2], second[3], block_text[first[2]:second[3]]]
        new = [*rows[:index], joined, *[[r[0] - 1, *r[1:]] for r in rows[index + 2:]]]
        _write_segments(memory, doc, new)
        _follow(memory, doc, lambda beads, s: ops.sentence_join(beads, s, index))
        return {"side": side, "doc": doc, "sentence": index}, \
            f"joined sentences {index} and {index + 1} of {doc}", -1

    return _edit(memory, src, tgt, "join-sentences", user, version, change, lambda p: [_side_doc(p, side)])


def _follow(memory: "Memory", doc: str, move: Callable[[list[Bead], str], list[Bead]]) -> None:
    """Every alignment of ``doc`` renumbered after its sentences changed."""
    for aid, src_doc in memory.conn.execute(
            "SELECT id, src_doc FROM alignments WHERE src_doc = ? OR tgt_doc = ?", (doc, doc)).fetchall():
        state = _state(memory, aid)
        beads = move(load_beads(memory, aid), "src" if src_doc == doc else "tgt")
        write_state(memory, aid, beads, {(s, t): n for s, t, n in state["notes"]},
                    {(s, t): (w, at) for s, t, w, at in state["reviews"]})


def undo(memory: "Memory", src: str, tgt: str, *, user: Optional[str] = None,
         version: Optional[int] = None) -> EditResult:
    """Take back the pair's last edit that is not taken back yet."""
    def change(pair: PairIds) -> tuple[dict, str, int]:
        row = memory.conn.execute(
            "SELECT id, op, before, detail FROM edits WHERE alignment_id = ? AND undone_by IS NULL"
            " AND op != 'undo' ORDER BY id DESC LIMIT 1", (pair.alignment_id,)).fetchone()
        if row is None:
            raise WorkbenchError(f"nothing to undo in {pair.src} <-> {pair.tgt}")
        edit_id, op, before, detail = row[0], row[1], json.loads(row[2]), json.loads(row[3])
        touched = set(detail.get("alignments", []))
        for later_id, later_detail in memory.conn.execute(
                "SELECT id, detail FROM edits WHERE id > ? AND undone_by IS NULL AND op != 'undo'", (edit_id,)):
            if touched & set(json.loads(later_detail).get("alignments", [])):
                raise WorkbenchError(f"the last {op} here also changed another pair, which was edited after it "
                                     f"(edit {later_id}): undo that first")
        _restore(memory, before)
        undone.append(edit_id)
        return {"undid": edit_id, "undid_op": op}, f"undid {op} (edit {edit_id})", -1

    undone: list[int] = []

    def mark(undo_id: int) -> None:
        memory.conn.execute("UPDATE edits SET undone_by = ? WHERE id = ?", (undo_id, undone[0]))

    return _edit(memory, src, tgt, "undo", user, version, change, after=mark)


def history(memory: "Memory", src: str, tgt: str) -> list[dict]:
    """The pair's edits, oldest first: what, when, who, and whether it was taken back."""
    pair = resolve_pair(memory, src, tgt)
    return [{"id": i, "version": v, "op": op, "detail": json.loads(d), "user": u, "at": at, "undone_by": ub}
            for i, v, op, d, u, at, ub in memory.conn.execute(
                'SELECT id, version, op, detail, "user", at, undone_by FROM edits WHERE alignment_id = ? ORDER BY id',
                (pair.alignment_id,))]


def bead_rows(memory: "Memory", src: str, tgt: str) -> list[dict]:
    """`workbench beads --json`: one object per bead, in order."""
    pair = resolve_pair(memory, src, tgt)
    who = reviewers(memory, pair.alignment_id)
    return [{"n": n, "src": list(b.src), "tgt": list(b.tgt), "score": round(b.score, 4), "status": b.status,
             "flagged": b.flagged, **({"reviewer": who[_key(b)]} if _key(b) in who else {})}
            for n, b in enumerate(load_beads(memory, pair.alignment_id))]


__all__ = ["ConflictError", "EditResult", "replace_beads", "link", "unlink", "merge_next", "split_bead", "confirm", "realign",
           "split_sentence", "join_sentences", "undo", "history", "bead_rows", "load_beads", "version_of",
           "resolve_pair", "resolve_ref", "current_user"]
