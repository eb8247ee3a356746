"""Segment every block of a Document, numbering sentences across the whole document."""

from __future__ import annotations

from dataclasses import replace

from workbench.lang import normalize_lang
from workbench.model import BREAK, META, TITLE, Document, Segment
from workbench.segment.core import Span, segment

_DASHES = ("-", "\u2013", "\u2014")


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
            spans = segment(block.text, lang)
            for span in (_headline(spans, block.text) if block.kind == TITLE else spans):
                segments.append(Segment(index, block.index, span.start, span.end, span.text))
                index += 1
        blocks.append(replace(block, segments=segments))
    return replace(doc, blocks=blocks)


def _headline(spans: list[Span], text: str) -> list[Span]:
    """A headline's spans, the words a dash sets off after its question or ellipsis joined back to it: who said it
    ("Azərbaycanın daxili siyasəti hara istiqamətlənib? – Zərdüşt Əlizadə ...", "... daha bir müzakirə... -
    Dəyanət Osmanlı") is part of one headline, as the other language's headline says it in one."""
    out: list[Span] = []
    for span in spans:
        if out and span.text.startswith(_DASHES):
            out[-1] = replace(out[-1], end=span.end, text=text[out[-1].start:span.end])
        else:
            out.append(span)
    return out
