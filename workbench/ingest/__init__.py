"""Ingest: a transcript file (plain text, HTML or DOCX) -> model.Document with blocks and speakers.

Segmentation is not done here (see workbench.segment.segment_document).
"""

from workbench.ingest.reader import read_document
from workbench.ingest.transcript import block_text, parse_transcript

__all__ = ["read_document", "parse_transcript", "block_text"]
