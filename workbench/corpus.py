"""Corpus-wide exports from the memory: `export tei --all --out DIR/` (a ParlaMint-shaped corpus, one file
per document) and `export docx --all --out DIR/` (one briefing per document).

A document here is an English version with the originals it is aligned with (one file, one briefing);
a stored version aligned with nothing stands alone. Documents are read from the memory one group at a
time, so the export's memory does not grow with the corpus.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from workbench.errors import WorkbenchError
from workbench.export.xmltext import ExportReport
from workbench.model import Alignment, Document

if TYPE_CHECKING:
    from workbench.store import Memory


def is_folder_target(out: str | os.PathLike[str]) -> bool:
    """``--out DIR/`` (a trailing slash) or an existing folder: the export writes one file per document."""
    text = os.fspath(out)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def corpus_groups(memory: "Memory", status: Optional[str] = None
                  ) -> Iterator[tuple[list[Document], list[Alignment]]]:
    """Each document's versions and alignments: a source with its aligned originals, then every stored
    version in no alignment on its own. ``status``: keep only the links with that status."""
    summaries = memory.alignments()
    by_src: dict[str, list[tuple[str, str]]] = {}
    aligned: set[str] = set()
    for a in summaries:
        by_src.setdefault(a.src_doc, []).append((a.src_doc, a.tgt_doc))
        aligned.update((a.src_doc, a.tgt_doc))
    for doc in memory.documents():
        if doc.id in by_src:
            alignments = [al for al in (memory.get_alignment(s, t) for s, t in by_src[doc.id]) if al is not None]
            if status:
                alignments = [Alignment(a.src_doc, a.tgt_doc, a.src_lang, a.tgt_lang,
                                        [b for b in a.beads if b.status == status]) for a in alignments]
            targets = list(dict.fromkeys(a.tgt_doc for a in alignments))
            yield [memory.get_document(doc.id), *(memory.get_document(t) for t in targets)], alignments
        elif doc.id not in aligned:
            yield [memory.get_document(doc.id)], []


def export_corpus(memory: "Memory", fmt: str, out_dir: str | os.PathLike[str], *,
                  status: Optional[str] = None) -> ExportReport:
    """Write the whole memory into ``out_dir``: TEI (``corpus.tei.xml`` including a file per document) or
    DOCX (a briefing per document, named after its id)."""
    if fmt == "tei":
        from workbench.export.tei.corpus import write_tei_corpus

        return write_tei_corpus(corpus_groups(memory, status), out_dir)
    if fmt != "docx":
        raise WorkbenchError(f"{fmt} exports to one file: give --out FILE (a folder takes tei or docx)")
    from workbench.export.docx import write_docx
    from workbench.exporting import briefing_pairs

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = ExportReport(str(out))
    for docs, alignments in corpus_groups(memory, status):
        written = write_docx(docs[0], out / f"{docs[0].id}.docx", pairs=briefing_pairs(docs[0], docs, alignments))
        report.units += 1
        report.removed_chars += written.removed_chars
    if not report.units:
        raise WorkbenchError(f"{out}: nothing to export: the memory holds no documents")
    report.item = "briefing"
    return report
