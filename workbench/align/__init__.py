"""Sentence alignment: length model, anchors (numbers, names, cognates, lexicon) and a banded DP over beads.

Public API: align_texts, align_documents, AlignResult, read_beads, format_beads, load_lexicon, learn_lexicon.
"""

from __future__ import annotations

from workbench.align.formats import format_beads, read_beads
from workbench.align.lexicon import learn_lexicon, load_lexicon
from workbench.align.result import AlignResult
from workbench.align.texts import align_texts
from workbench.align.documents import align_documents

__all__ = ["AlignResult", "align_documents", "align_texts", "format_beads", "learn_lexicon", "load_lexicon",
           "read_beads"]
