"""Sentence segmentation for en, ru and az official transcripts (razdel-style named rules).

    segment(text, lang=None, *, debug=False) -> list[Span]
    sentences(text, lang=None) -> list[str]
    explain(text, lang) -> list[(offset, rule name or "split")]
    segment_document(doc) -> Document with every Block.segments filled
"""

from workbench.segment.core import Span, explain, segment, sentences
from workbench.segment.document import segment_document

__all__ = ["Span", "explain", "segment", "segment_document", "sentences"]
