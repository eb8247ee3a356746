"""Sentence alignment: length model, anchors (numbers, names, cognates, lexicon) and a banded DP over beads.

Public API: align_texts, align_documents, AlignResult, AlignConfig, read_beads, format_beads, load_lexicon,
learn_lexicon. Names load on first use: importing the configuration does not load numpy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.lazy import lazy_names

_EXPORTS = {
    "AlignConfig": "workbench.align.config",
    "AlignResult": "workbench.align.result",
    "align_documents": "workbench.align.documents",
    "align_texts": "workbench.align.texts",
    "format_beads": "workbench.align.formats",
    "read_beads": "workbench.align.formats",
    "learn_lexicon": "workbench.align.lexicon",
    "load_lexicon": "workbench.align.lexicon",
}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_names("workbench.align", globals(), _EXPORTS)


if TYPE_CHECKING:
    from workbench.align.formats import format_beads, read_beads
    from workbench.align.config import AlignConfig
    from workbench.align.documents import align_documents
    from workbench.align.lexicon import learn_lexicon, load_lexicon
    from workbench.align.result import AlignResult
    from workbench.align.texts import align_texts
