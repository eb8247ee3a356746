"""The memory in and out: which documents and pairs an export takes, writing it, and TMX import.

Library calls only; `workbench export` and `workbench import-tmx` are one call each into this module.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional, Sequence

from workbench.errors import WorkbenchError
from workbench.model import Alignment, Document

if TYPE_CHECKING:
    from workbench.store import Memory

FORMATS = ("tmx", "tei", "docx", "intertext", "xlsx", "xliff")


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
           srclang: Optional[str] = None, include_flagged: bool = False,
           progress: Optional[Callable[[int], None]] = None, on_count: Optional[Callable[[int], None]] = None):
    """Write TMX, TEI, a DOCX briefing or InterText links (one pair) from the memory to ``out`` (``-``:
    standard output). TEI and DOCX with ``--all`` into a folder (``DIR/``): a file per document, and for TEI
    a root ``corpus.tei.xml`` including them (workbench/corpus.py). TMX takes ``min_score``/``status`` filters, ``lang_map``, ``srclang``, and leaves out
    the units the aligner flagged unless ``include_flagged`` (then they carry an x-flagged prop);
    ``on_count`` hears the number of units before they stream, ``progress`` each batch written."""
    if fmt not in FORMATS:
        raise WorkbenchError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    from workbench.review.refs import resolve_ref

    if selection.everything and fmt in ("tei", "docx") and not (selection.docs or selection.pair):
        from workbench.corpus import export_corpus, is_folder_target

        if is_folder_target(out):
            return export_corpus(memory, fmt, out, status=status)
    doc_ids = [resolve_ref(memory, d) for d in selection.docs]
    pair_ids = (resolve_ref(memory, selection.pair[0]), resolve_ref(memory, selection.pair[1])) \
        if selection.pair else None
    if fmt == "tmx":
        from workbench.tmx import write_tmx

        filters = dict(docs=doc_ids, pair=pair_ids, min_score=min_score, status=status, flagged=include_flagged)
        count, langs = memory.unit_stats(**filters)
        left_out = 0 if include_flagged else memory.unit_stats(**{**filters, "flagged": True})[0] - count
        if not count:
            raise WorkbenchError("no units match: align a pair first, or loosen --min-score/--status"
                                 + (f" ({left_out} flagged units left out: --include-flagged)" if left_out else ""))
        if on_count:
            on_count(count)
        report = write_tmx(memory.units(**filters), out, srclang=srclang or langs[0], lang_map=lang_map,
                           progress=progress)
        if left_out:
            report.notes.append(f"{left_out} units the aligner flagged for review were left out "
                                "(--include-flagged keeps them)")
        return report
    if fmt == "xliff":
        from workbench.tm.xliff import segments_of, write_xliff

        units = list(memory.units(docs=doc_ids, pair=pair_ids, min_score=min_score, status=status))
        if not units:
            raise WorkbenchError("no units match: align a pair first, or loosen --min-score/--status")
        src_lang = units[0].srclang.split("-")[0]
        tgt_lang = next(k.split("-")[0] for k in units[0].texts if k.split("-")[0] != src_lang)
        return write_xliff(segments_of(units, src_lang, tgt_lang), out, src_lang=src_lang, tgt_lang=tgt_lang,
                           original=" ".join(pair_ids or doc_ids))
    if fmt == "xlsx":
        from workbench.review.workbook import write_workbook

        if not pair_ids:
            raise WorkbenchError("xlsx exports one aligned pair: give --pair SRC TGT")
        return write_workbook(memory, *pair_ids, out)
    documents, alignments = _documents_for(memory, doc_ids, pair_ids, selection.everything)
    if status:
        # what was (or was not) checked only: the other beads make no link
        alignments = [Alignment(a.src_doc, a.tgt_doc, a.src_lang, a.tgt_lang,
                                [b for b in a.beads if b.status == status]) for a in alignments]
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
    """Bring units from another tool's TMX (1.1 to 1.4b) into the memory (see import_units)."""
    from workbench.tmx import read_tmx

    skipped: list[str] = []
    return import_units(memory, read_tmx(path, skipped), path, skipped)


def import_xliff(memory: Memory, path: str | os.PathLike[str]) -> ImportReport:
    """Bring a translated XLIFF 2.0 file back as units: one per segment with a target; reviewed and final
    segments come back confirmed (see import_units)."""
    from workbench.tm.xliff import read_xliff

    _, _, units = read_xliff(path)
    return import_units(memory, units, path, [])


def import_units(memory: Memory, units, path: str | os.PathLike[str], skipped: list[str]) -> ImportReport:
    """Store units read from a file, streamed: a file that breaks half-way stores nothing (Memory.add_units).
    A unit whose every text already stands in the memory beside another of its texts adds nothing:
    re-importing the workbench's own TMX (bilingual or trilingual) adds no unit, while a second translation
    of a source is a unit of its own. The comparison keeps 8-byte digests of the text pairs in a temporary
    table on disk, so memory stays flat whatever the number of units."""
    from workbench.store import with_inline

    langs: set[str] = set()
    known = memory.scratch_set("pairs")
    seen = memory.scratch_set("tuids")  # digests of the tuids stored and given out
    batch: list[int] = []
    for texts in memory.unit_texts():
        batch.extend(_pair_keys(texts).values())
        if len(batch) >= 10_000:
            known.update(batch)
            batch.clear()
    known.update(batch)
    known.update(_joined_keys(memory))
    # the stored tuids too, read in one pass: a query per unit would cost a round trip each on PostgreSQL
    for tuids in _batches(memory.tuids(), 10_000):
        seen.update(_digest(tuid, "", "", "") for tuid in tuids)
    repeated = 0

    def new_units(units):
        nonlocal repeated
        for unit in units:
            langs.update(unit.texts)
            texts = with_inline(unit.texts, unit.extra)
            keys = _pair_keys(texts)
            if _covered(texts, keys, known):
                repeated += 1
                continue
            known.update(keys.values())
            yield _own_tuid(memory, unit, seen)

    try:
        added, present = memory.add_units(new_units(units), rename_taken=True)
    finally:
        known.drop()
        seen.drop()
    return ImportReport(os.fspath(path), added, present + repeated, sorted(langs), skipped)


_JOINED_RUN = 4  # units: the longest run of one alignment's units a trilingual unit may join (engine's moves are 3:x)


def _joined_keys(memory: Memory) -> Iterator[int]:
    """Pair digests of the texts of runs of 2 to _JOINED_RUN consecutive units of one alignment, joined: where the
    two pairs of a trilingual run cut the source apart differently, its TMX joins them ("2-1-2",
    pipeline.trilingual_units), and re-importing that TMX adds nothing."""
    window: list[dict[str, str]] = []
    current = None
    for alignment, texts in memory.aligned_unit_texts():
        if alignment != current:
            window, current = [], alignment
        window = (window + [texts])[-_JOINED_RUN:]
        for start in range(len(window) - 1):
            run = window[start:]
            if all(set(t) == set(texts) for t in run):
                yield from _pair_keys({lang: " ".join(t[lang] for t in run) for lang in texts}).values()


def _own_tuid(memory: Memory, unit, seen):
    """The unit under a tuid no other unit has: tools reuse tuids across files (and some within one), and
    a unit that only shares its tuid with another is still a unit to keep."""
    from dataclasses import replace

    tuid, n = unit.tuid, 1
    while _digest(tuid, "", "", "") in seen:
        n += 1
        tuid = f"{unit.tuid}~{n}"
    seen.update([_digest(tuid, "", "", "")])
    return unit if tuid == unit.tuid else replace(unit, tuid=tuid)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _digest(lang_a: str, text_a: str, lang_b: str, text_b: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{lang_a}\t{text_a}\t{lang_b}\t{text_b}".encode("utf-8", "replace"),
                                          digest_size=8).digest(), "big", signed=True)  # SQLite's INTEGER


def _pair_keys(texts: dict[str, str]) -> dict[tuple[str, str], int]:
    """Digest of every two of a unit's texts, by the two languages; white space folded."""
    items = sorted((lang, " ".join(text.split())) for lang, text in texts.items())
    return {(x[0], y[0]): _digest(*x, *y) for i, x in enumerate(items) for y in items[i + 1:]}


def _covered(texts: dict[str, str], keys: dict[tuple[str, str], int], known) -> bool:
    """Every text of the unit already stands in the memory beside another of the unit's texts: a trilingual
    unit is covered by its two bilingual ones, a new translation of a known source is not."""
    linked: set[str] = set()
    for (a, b), key in keys.items():
        if key in known:
            linked.update((a, b))
    return len(texts) >= 2 and linked == set(texts)


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
