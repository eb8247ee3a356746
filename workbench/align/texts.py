"""align_texts: paragraphs of presegmented sentences on both sides."""

from __future__ import annotations

from typing import Optional

from workbench.align.config import DEFAULT, AlignConfig
from workbench.align.engine import align_flat
from workbench.align.result import AlignResult, input_warnings, to_beads


def _flatten(paras: list[list[str]]) -> tuple[list[str], list[bool]]:
    sents: list[str] = []
    ends = [False]
    for p in paras:
        for s in p:
            sents.append(s)
            ends.append(False)
        if p:
            ends[-1] = True
    ends[-1] = True
    return sents, ends


def align_texts(src: list[list[str]], tgt: list[list[str]], src_lang: str, tgt_lang: str, *,
                lexicon: Optional[dict[str, dict[str, float]]] = None,
                config: AlignConfig = DEFAULT) -> AlignResult:
    """Align paragraphs of sentences; bead indices count sentences across paragraphs from 0.
    ``lexicon``: word -> {translation: probability}, added to the built-in table."""
    s, s_para = _flatten(src)
    t, t_para = _flatten(tgt)
    warnings = input_warnings(s, t, src_lang, tgt_lang)
    use_para = len(src) > 1 and len(tgt) > 1
    raw = align_flat(s, t, src_lang, tgt_lang, src_para=s_para if use_para else None,
                     tgt_para=t_para if use_para else None, lexicon=lexicon, config=config)
    return AlignResult(to_beads(raw, range(len(s)), range(len(t)), config.threshold), warnings)
