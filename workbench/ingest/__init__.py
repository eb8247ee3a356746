"""Ingest: a transcript file (plain text, HTML or DOCX) -> model.Document with blocks and speakers.

Segmentation is not done here (see workbench.segment.segment_document). Names load on first use, so
that reading bytes (ingest.decode) does not load the structure rules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {"read_document": "workbench.ingest.reader", "parse_transcript": "workbench.ingest.transcript",
            "block_text": "workbench.ingest.transcript"}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench.ingest' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from workbench.ingest.reader import read_document
    from workbench.ingest.transcript import block_text, parse_transcript
