"""Ingest: a transcript file (plain text, HTML or DOCX) -> model.Document with blocks and speakers.

Segmentation is not done here (see workbench.segment.segment_document). Names load on first use, so
that reading bytes (ingest.decode) does not load the structure rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.lazy import lazy_names

_EXPORTS = {"read_document": "workbench.ingest.reader", "parse_transcript": "workbench.ingest.transcript",
            "block_text": "workbench.ingest.transcript"}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_names("workbench.ingest", globals(), _EXPORTS)


if TYPE_CHECKING:
    from workbench.ingest.reader import read_document
    from workbench.ingest.transcript import block_text, parse_transcript
