"""The aligner's answer and the checks that produce its warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from workbench.lang import detect_lang, tell_apart
from workbench.model import LANGS, Bead

from workbench.align.engine import RawBead


@dataclass
class AlignResult:
    beads: list[Bead]
    warnings: list[str] = field(default_factory=list)


def input_warnings(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str) -> list[str]:
    """Problems a user should know about before trusting the beads."""
    out = []
    for lang in dict.fromkeys((src_lang, tgt_lang)):
        if lang not in LANGS:
            out.append(f"no rules for language {lang}: only length and numbers are used")
    if not src or not tgt:
        side = "source" if not src else "target"
        if src or tgt:
            out.append(f"one side is empty (the {side}): every sentence is left unaligned")
        else:
            out.append("both sides are empty")
        return out
    sample_s, sample_t = " ".join(src[:200]), " ".join(tgt[:200])
    detected = detect_lang(sample_s), detect_lang(sample_t)
    # two texts that both look Azerbaijani by their letters are told apart by their ə and ı (pipeline.read_group)
    apart = detected == ("az", "az") and tell_apart([sample_s, sample_t]) is not None
    if src_lang == tgt_lang or (detected[0] == detected[1] and not apart):
        out.append("the two sides look like the same language: is one of them the wrong file?")
    ls, lt = sum(map(len, src)) or 1, sum(map(len, tgt)) or 1
    ratio = max(ls / lt, lt / ls)
    if ratio >= 2.5:
        out.append(f"lengths differ by {ratio:.0f}x: alignment will be poor")
    return out


def to_beads(raw: Sequence[RawBead], src_ids: Sequence[int], tgt_ids: Sequence[int], threshold: float,
             confirmed: Sequence[Bead] = ()) -> list[Bead]:
    """Map run positions to sentence ids, score and flag; confirmed beads keep their status and score."""
    keep = {(b.src, b.tgt): b for b in confirmed}
    out = []
    for b in raw:
        src = tuple(src_ids[i] for i in b.src)
        tgt = tuple(tgt_ids[j] for j in b.tgt)
        if (src, tgt) in keep:
            out.append(keep[(src, tgt)])
            continue
        out.append(Bead(src, tgt, score=b.score, flagged=b.score < threshold))
    return out
