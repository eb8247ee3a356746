"""Strict and lax precision/recall/F1 of bead alignments, computed as vecalign's score.py does.

Precision counts test beads (null beads included) against gold; recall swaps the roles with null
beads removed from both. A test bead is a lax hit when it shares a source sentence with a gold bead
and one of that gold bead's target sentences.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Sequence

Beads = Sequence[tuple[Sequence[int], Sequence[int]]]


def _counts(gold: Beads, test: Beads) -> list[int]:
    test_set = {(tuple(x), tuple(y)) for x, y in test if len(x) or len(y)}
    gold_set = {(tuple(x), tuple(y)) for x, y in gold if len(x) or len(y)}
    src_to_tgt: dict[int, set] = defaultdict(set)
    for gs, gt in gold_set:
        for s in gs:
            src_to_tgt[s].update(gt)
    tps = fps = tpl = fpl = 0
    for ts, tt in test_set:
        if (ts, tt) in gold_set:
            tps += 1
            tpl += 1
        else:
            fps += 1
            targets: set = set()
            for s in ts:
                targets |= src_to_tgt[s]
            if targets.intersection(tt):
                tpl += 1
            else:
                fpl += 1
    return [tps, fps, tpl, fpl]


def score_alignments(gold_list: Iterable[Beads], test_list: Iterable[Beads]) -> dict[str, float]:
    p = [0, 0, 0, 0]
    r = [0, 0, 0, 0]
    for gold, test in zip(gold_list, test_list):
        p = [a + b for a, b in zip(p, _counts(gold, test))]
        test_nd = [(x, y) for x, y in test if len(x) and len(y)]
        gold_nd = [(x, y) for x, y in gold if len(x) and len(y)]
        r = [a + b for a, b in zip(r, _counts(test_nd, gold_nd))]

    def div(a: int, b: int) -> float:
        return a / b if b else 0.0

    def f1(x: float, y: float) -> float:
        return 2 * x * y / (x + y) if x + y else 0.0

    ps, pl = div(p[0], p[0] + p[1]), div(p[2], p[2] + p[3])
    rs, rl = div(r[0], r[0] + r[1]), div(r[2], r[2] + r[3])
    return {"precision_strict": ps, "recall_strict": rs, "f1_strict": f1(ps, rs),
            "precision_lax": pl, "recall_lax": rl, "f1_lax": f1(pl, rl)}
