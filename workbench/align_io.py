"""Reading one-sentence-per-line files for `align --presegmented` and printing beads in each format."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Optional, Sequence

from workbench.errors import InputError
from workbench.model import Bead

if TYPE_CHECKING:
    from workbench.align.config import AlignConfig


def read_presegmented(path: str) -> list[list[str]]:
    """Paragraphs of sentences: one sentence per line, a blank line between paragraphs."""
    from workbench.ingest.decode import read_text

    paragraphs: list[list[str]] = [[]]
    for line in read_text(path).split("\n"):
        line = line.strip()
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def align_presegmented(src: str, tgt: str, *, src_lang: Optional[str] = None, tgt_lang: Optional[str] = None,
                       lexicon_path: Optional[str] = None, config: Optional["AlignConfig"] = None):
    """Align two presegmented files; returns (AlignResult, source sentences, target sentences)."""
    from workbench.align import align_texts, load_lexicon
    from workbench.align.config import DEFAULT
    from workbench.lang import detect_lang

    src_paras, tgt_paras = read_presegmented(src), read_presegmented(tgt)
    src_sents = [s for p in src_paras for s in p]
    tgt_sents = [s for p in tgt_paras for s in p]
    if not src_sents and not tgt_sents:
        raise InputError(src, f"both sides are empty (and {tgt})")
    src_lang = src_lang or detect_lang("\n".join(src_sents))
    tgt_lang = tgt_lang or detect_lang("\n".join(tgt_sents))
    lexicon = load_lexicon(lexicon_path) if lexicon_path else None
    result = align_texts(src_paras, tgt_paras, src_lang, tgt_lang, lexicon=lexicon, config=config or DEFAULT)
    return result, src_sents, tgt_sents


def format_result(beads: Sequence[Bead], src: Sequence[str], tgt: Sequence[str], fmt: str) -> str:
    """``beads``: vecalign's `[i,j]:[k]` lines; ``tsv``: source, target, score; ``json``: a list of beads."""
    if fmt == "beads":
        from workbench.align import format_beads

        text = format_beads(beads)
        return text if text.endswith("\n") or not text else text + "\n"
    if fmt == "tsv":
        def clean(text: str) -> str:
            return text.replace("\t", " ").replace("\n", " ")

        return "".join(
            f"{clean(' '.join(src[i] for i in b.src))}\t{clean(' '.join(tgt[k] for k in b.tgt))}\t{b.score:.3f}\n"
            for b in beads)
    if fmt == "json":
        return json.dumps([
            {"src": list(b.src), "tgt": list(b.tgt), "score": round(b.score, 4), "flagged": b.flagged,
             "status": b.status, "src_text": " ".join(src[i] for i in b.src),
             "tgt_text": " ".join(tgt[k] for k in b.tgt)}
            for b in beads], ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown format {fmt!r}")
