"""The memory in and out: which documents and pairs an export takes, writing it, and TMX import.

Library calls only; `workbench export` and `workbench import-tmx` are one call each into this module.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from workbench.errors import WorkbenchError
from workbench.model import Alignment, Document

if TYPE_CHECKING:
    from workbench.store import Memory

FORMATS = ("tmx", "tei", "docx", "intertext")


@dataclass(frozen=True)
class Selection:
    """What to export: stored documents (ids, prefixes or `list` numbers), one aligned pair, or everything."""

    docs: tuple[str, ...] = ()
    pair: Optional[tuple[str, str]] = None
    everything: bool = False

    def __post_init__(self) -> None:
        if not (self.docs or self.pair or self.everything):
            raise WorkbenchError("say what to export: --doc DOC, --pair SRC TGT or --all")


def briefing_pairs(src: Document, documents: Sequence[Document],
                   alignments: Sequence[Alignment]) -> list[tuple[Document, Alignment]]:
    """The (original, alignment) pairs a briefing on ``src`` shows: every alignment from ``src`` to one of
    ``documents``, in the order of ``alignments``."""
    by_id = {d.id: d for d in documents}
    return [(by_id[a.tgt_doc], a) for a in alignments if a.src_doc == src.id and a.tgt_doc in by_id]


def export_memory(memory: Memory, fmt: str, selection: Selection, out: str | os.PathLike[str], *,
           min_score: float = 0.0, status: Optional[str] = None, lang_map: Optional[dict[str, str]] = None,
           srclang: Optional[str] = None, progress: Optional[Callable[[int], None]] = None,
           on_count: Optional[Callable[[int], None]] = None):
    """Write TMX, TEI, a DOCX briefing or InterText links (one pair) from the memory to ``out`` (``-``:
    standard output). TMX takes ``min_score``/``status`` filters, ``lang_map``, ``srclang``; ``on_count``
    hears the number of units before they stream, ``progress`` each batch written."""
    if fmt not in FORMATS:
        raise WorkbenchError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    doc_ids = [memory.resolve_document(d) for d in selection.docs]
    pair_ids = (memory.resolve_document(selection.pair[0]), memory.resolve_document(selection.pair[1])) \
        if selection.pair else None
    if fmt == "tmx":
        from workbench.tmx import write_tmx

        filters = dict(docs=doc_ids, pair=pair_ids, min_score=min_score, status=status)
        count, langs = memory.unit_stats(**filters)
        if not count:
            raise WorkbenchError("no units match: align a pair first, or loosen --min-score/--status")
        if on_count:
            on_count(count)
        return write_tmx(memory.units(**filters), out, srclang=srclang or langs[0], lang_map=lang_map,
                         progress=progress)
    documents, alignments = _documents_for(memory, doc_ids, pair_ids, selection.everything)
    if fmt == "intertext":
        from workbench.export.tei import write_intertext

        if not pair_ids:
            raise WorkbenchError("intertext exports one aligned pair: give --pair SRC TGT")
        by_id = {d.id: d for d in documents}
        return write_intertext(alignments[0], by_id[pair_ids[0]], by_id[pair_ids[1]], out)
    if fmt == "tei":
        from workbench.export.tei import write_tei

        return write_tei(documents, alignments, out)
    from workbench.export.docx import write_docx

    src = documents[0]
    return write_docx(src, out, pairs=briefing_pairs(src, documents, alignments))


def _documents_for(memory: Memory, doc_ids: list[str], pair_ids: Optional[tuple[str, str]],
                   everything: bool) -> tuple[list[Document], list[Alignment]]:
    if everything:
        doc_ids = [d.id for d in memory.documents()]
    ids = list(dict.fromkeys([*(pair_ids or ()), *doc_ids]))
    documents = [memory.get_document(i) for i in ids]
    if pair_ids:
        wanted = [pair_ids]
    else:
        # Every stored alignment among the chosen documents, plus the originals of a lone document.
        wanted = [(a.src_doc, a.tgt_doc) for a in memory.alignments()
                  if a.src_doc in ids and (a.tgt_doc in ids or len(doc_ids) == 1)]
        for _, tgt in wanted:
            if tgt not in ids:
                ids.append(tgt)
                documents.append(memory.get_document(tgt))
    alignments = [al for al in (memory.get_alignment(s, t) for s, t in wanted) if al is not None]
    if pair_ids and not alignments:
        raise WorkbenchError(f"{pair_ids[0]} and {pair_ids[1]} are not aligned: run `workbench align` first")
    return documents, alignments


@dataclass
class ImportReport:
    path: str
    added: int
    present: int
    langs: list[str]
    skipped: list[str] = field(default_factory=list)  # tuids of units with text in fewer than two languages

    def summary(self) -> dict:
        return {"path": self.path, "added": self.added, "already_present": self.present, "languages": self.langs,
                "skipped": len(self.skipped)}


def import_tmx(memory: Memory, path: str | os.PathLike[str]) -> ImportReport:
    """Bring units from another tool's TMX (1.1 to 1.4b) into the memory, streamed: memory stays flat
    whatever the number of units, and a file that breaks half-way stores nothing (Memory.add_units)."""
    from workbench.tmx import read_tmx

    skipped: list[str] = []
    langs: set[str] = set()

    def noting_languages(units):
        for unit in units:
            langs.update(unit.texts)
            yield unit

    added, present = memory.add_units(noting_languages(read_tmx(path, skipped)))
    return ImportReport(os.fspath(path), added, present, sorted(langs), skipped)


@dataclass(frozen=True)
class Overview:
    """What `workbench list` shows: documents, unit counts and alignments."""

    path: str
    documents: list
    units: int
    imported: int
    alignments: list

    def summary(self) -> dict:
        from dataclasses import asdict

        return {"memory": self.path, "documents": [asdict(d) for d in self.documents], "units": self.units,
                "imported_units": self.imported, "alignments": [asdict(a) for a in self.alignments]}


def overview(memory: Memory) -> Overview:
    return Overview(str(memory.path), memory.documents(), memory.unit_stats()[0],
                    memory.unit_stats(origin="import")[0], memory.alignments())
