"""Segment every block of a Document, numbering sentences across the whole document."""

from __future__ import annotations

from dataclasses import replace

from workbench.lang import normalize_lang
from workbench.model import BREAK, META, Document, Segment
from workbench.segment.core import segment


def segment_document(doc: Document) -> Document:
    """A copy of ``doc`` whose blocks hold their sentences; offsets are into ``Block.text``.

    BREAK blocks ("x x x") and META blocks (datelines) get no segments: they are marks and metadata,
    not text to align."""
    lang = normalize_lang(doc.lang) if doc.lang else None
    index = 0
    blocks = []
    for block in doc.blocks:
        segments: list[Segment] = []
        if block.kind not in (BREAK, META):
            for span in segment(block.text, lang):
                segments.append(Segment(index, block.index, span.start, span.end, span.text))
                index += 1
        blocks.append(replace(block, segments=segments))
    return replace(doc, blocks=blocks)
