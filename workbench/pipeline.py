"""The stages joined up: what `workbench run` and the other commands do, as library calls.

Nothing here prints; each function returns plain values the CLI reports.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from workbench.errors import WorkbenchError
from workbench.model import Alignment, Bead, Document, Unit
from workbench.store import Memory, unit_id, units_for


def load_file(path: str | Path, *, lang: Optional[str] = None, source_url: str = "", date: str = "",
              place: str = "") -> Document:
    """Read, structure and segment one transcript file."""
    from workbench.ingest import read_document
    from workbench.segment import segment_document

    doc = read_document(path, lang=lang, source_url=source_url, date=date, place=place)
    return segment_document(doc)


def load_ref(memory: Memory, ref: str, *, lang: Optional[str] = None) -> tuple[Document, bool]:
    """A path is ingested and stored (True when new); anything else is looked up as a stored document id."""
    if Path(ref).exists() or ref.endswith((".txt", ".html", ".htm", ".docx")):
        doc = load_file(ref, lang=lang)
        return doc, memory.add_document(doc)
    return memory.get_document(ref), False


@dataclass
class PairResult:
    src: Document
    tgt: Document
    alignment: Alignment
    units: list[Unit]
    warnings: list[str] = field(default_factory=list)

    @property
    def shapes(self) -> Counter:
        return Counter(b.shape for b in self.alignment.beads)

    @property
    def flagged(self) -> int:
        return sum(b.flagged for b in self.alignment.beads)


def align_pair(memory: Memory, src: Document, tgt: Document, *, lexicon_path: Optional[str] = None,
               threshold: float = 0.5) -> PairResult:
    """Align two stored documents, learning from the memory's confirmed units, and store beads and units."""
    from workbench.align import align_documents, learn_lexicon, load_lexicon

    if src.id == tgt.id:
        raise WorkbenchError(f"{src.id}: cannot align a document with itself")
    lexicon: dict[str, dict[str, float]] = {}
    confirmed_pairs = memory.confirmed_pairs(src.lang, tgt.lang)
    if confirmed_pairs:
        lexicon.update(learn_lexicon(confirmed_pairs, src.lang, tgt.lang))
    if lexicon_path:
        for word, translations in load_lexicon(lexicon_path).items():
            lexicon.setdefault(word, {}).update(translations)
    previous = memory.get_alignment(src.id, tgt.id)
    confirmed: list[Bead] = [b for b in previous.beads if b.status == "confirmed"] if previous else []
    result = align_documents(src, tgt, lexicon=lexicon or None, threshold=threshold, confirmed=confirmed)
    alignment = Alignment(src.id, tgt.id, src.lang, tgt.lang, list(result.beads))
    units = units_for(alignment, src, tgt)
    memory.save_alignment(alignment, units)
    return PairResult(src, tgt, alignment, units, list(result.warnings))


def trilingual_units(first: PairResult, second: PairResult) -> list[Unit]:
    """Units with three languages: where the same source sentences align in both pairs."""
    by_src = {b.src: (pos, b) for pos, b in enumerate(second.alignment.beads) if b.src and b.tgt}
    units_a = {u.tuid: u for u in first.units}
    units_b = {u.tuid: u for u in second.units}
    out = []
    for pos, bead in enumerate(first.alignment.beads):
        if not bead.src or not bead.tgt or bead.src not in by_src:
            continue
        pos_b, bead_b = by_src[bead.src]
        a = units_a[unit_id(first.src.id, first.tgt.id, pos)]
        b = units_b[unit_id(second.src.id, second.tgt.id, pos_b)]
        out.append(Unit(
            tuid=f"{first.src.id}:{first.tgt.id}+{second.tgt.id}:{pos:05d}",
            texts={**a.texts, **b.texts}, srclang=a.srclang, score=min(a.score, b.score),
            status="confirmed" if a.status == b.status == "confirmed" else "auto",
            shape=f"{a.shape}-{len(bead_b.tgt)}", speaker=a.speaker, section=a.section, doc=a.doc,
            source_url=a.source_url, created=a.created,
        ))
    return out


@dataclass
class RunResult:
    documents: list[tuple[Document, bool]]
    pairs: list[PairResult]
    written: list[str]
    removed_chars: int = 0
    trilingual: int = 0


def run(memory: Memory, source: str, originals: Sequence[str], out_dir: str | Path, *,
        lang: Optional[str] = None, lexicon_path: Optional[str] = None, threshold: float = 0.5,
        lang_map: Optional[dict[str, str]] = None, date: str = "", place: str = "",
        source_url: str = "") -> RunResult:
    """The main job: ingest, segment and store every file, align the source with each original,
    export TMX, TEI and DOCX named after the source."""
    from workbench.export.docx import write_docx
    from workbench.export.tei import write_tei
    from workbench.tmx import write_tmx

    src = load_file(source, lang=lang, date=date, place=place, source_url=source_url)
    # The originals record the same event: they share its date and place unless their text says otherwise.
    origs = [load_file(path, date=date, place=place) for path in originals]
    with memory.transaction():  # the command's writes land together or not at all
        documents = [(doc, memory.add_document(doc)) for doc in (src, *origs)]
        pairs = [align_pair(memory, src, orig, lexicon_path=lexicon_path, threshold=threshold) for orig in origs]

    out = Path(out_dir)
    name = Path(source).stem or "transcript"
    reports = []
    for pair in pairs:
        suffix = "" if len(pairs) == 1 else f".{pair.src.lang}-{pair.tgt.lang}"
        reports.append(write_tmx(pair.units, out / f"{name}{suffix}.tmx", srclang=pair.tgt.lang,
                                 lang_map=lang_map))
    trilingual = 0
    if len(pairs) >= 2:
        units = trilingual_units(pairs[0], pairs[1])
        trilingual = len(units)
        reports.append(write_tmx(units, out / f"{name}.tmx", srclang=pairs[0].tgt.lang, lang_map=lang_map))
    reports.append(write_tei([src, *origs], [p.alignment for p in pairs], out / f"{name}.tei.xml"))
    reports.append(write_docx(src, out / f"{name}.docx", pairs=[(p.tgt, p.alignment) for p in pairs]))
    return RunResult(documents, pairs, [r.path for r in reports], sum(r.removed_chars for r in reports),
                     trilingual)
