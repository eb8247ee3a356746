"""workbench: align official transcripts (en, ru, az) with their originals, keep a translation memory,
export TMX, TEI and DOCX briefings.

    import workbench
    en = workbench.read("seeds/000_cad0dfaeb5419f53.txt")
    ru = workbench.read("seeds/000_cad0dfaeb5419f53.ru.txt")
    pair = workbench.align_pair(en, ru)
    workbench.write_tmx(pair.units, "exports/example.tmx", srclang="ru")

Names are loaded on first use, so `import workbench` (and the CLI's start) stays fast. The stages'
own sub-packages (workbench.ingest, .segment, .align, .export) are the parts these calls are made of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.lazy import lazy_names

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    # reading and segmenting
    "read": "workbench.pipeline",
    "read_text": "workbench.pipeline",
    "read_group": "workbench.pipeline",
    "split_sentences": "workbench.pipeline",
    "segment_file": "workbench.pipeline",
    # aligning
    "align_pair": "workbench.pipeline",
    "align_sentences": "workbench.pipeline",
    "align_files": "workbench.pipeline",
    "AlignedPair": "workbench.pipeline",
    "AlignResult": "workbench.align.result",
    "AlignConfig": "workbench.align.config",
    # the memory and the jobs on it
    "Memory": "workbench.store",
    "copy_memory": "workbench.copy_memory",
    "ingest_files": "workbench.pipeline",
    "align_stored": "workbench.pipeline",
    "run": "workbench.pipeline",
    "RunResult": "workbench.pipeline",
    "export_memory": "workbench.exporting",
    "Selection": "workbench.exporting",
    "import_tmx": "workbench.exporting",
    "overview": "workbench.exporting",
    "lookup": "workbench.tm.lookup",
    "lookup_lines": "workbench.tm.lookup",
    "match_percent": "workbench.tm.lookup",
    "pretranslate": "workbench.tm.xliff",
    "write_xliff": "workbench.tm.xliff",
    "read_xliff": "workbench.tm.xliff",
    "import_xliff": "workbench.exporting",
    "run_batch": "workbench.batch",
    "BatchResult": "workbench.batch",
    # writers and the reader
    "write_tmx": "workbench.tmx",
    "write_tei": "workbench.export.tei",
    "write_docx": "workbench.export.docx",
    "read_tmx": "workbench.tmx",
    "ExportReport": "workbench.export.xmltext",
    # the model
    "Document": "workbench.model",
    "Block": "workbench.model",
    "Segment": "workbench.model",
    "Person": "workbench.model",
    "Bead": "workbench.model",
    "Alignment": "workbench.model",
    "Unit": "workbench.model",
    # errors
    "WorkbenchError": "workbench.errors",
    "InputError": "workbench.errors",
}

__all__ = ["__version__", *_EXPORTS]
__getattr__, __dir__ = lazy_names("workbench", globals(), _EXPORTS)


if TYPE_CHECKING:  # what type checkers and editors see
    from workbench.align.config import AlignConfig
    from workbench.align.result import AlignResult
    from workbench.errors import InputError, WorkbenchError
    from workbench.export.docx import write_docx
    from workbench.export.tei import write_tei
    from workbench.tmx import read_tmx, write_tmx
    from workbench.export.xmltext import ExportReport
    from workbench.exporting import Selection, export_memory, import_tmx, overview
    from workbench.model import Alignment, Bead, Block, Document, Person, Segment, Unit
    from workbench.pipeline import (AlignedPair, RunResult, align_files, align_pair, align_sentences, align_stored,
                                    ingest_files, read, read_group, read_text, run, segment_file, split_sentences)
    from workbench.store import Memory
    from workbench.copy_memory import copy_memory
    from workbench.tm.lookup import lookup, lookup_lines, match_percent
    from workbench.tm.xliff import pretranslate, read_xliff, write_xliff
    from workbench.exporting import import_xliff
    from workbench.batch import BatchResult, run_batch
