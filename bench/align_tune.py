"""Coordinate search over the aligner's cost parameters (workbench.align.dp.Params) on gold pair folders.

    python bench/align_tune.py [--rounds 2] [--check DIR ...] DIR [DIR ...]

Scores every pair folder under the DIRs (as bench/align_eval.py finds them) with micro-averaged strict
F1 (lax F1 breaks ties), tries each parameter at a few multiples of its current value, keeps a change
only when it raises the score, and prints the path it took. ``--check`` folders are scored for every
kept change but never steer the search: they show whether a gain carries over to unseen pairs.
Nothing is written; copy the values you trust into dp.Params.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval import pair_dirs  # noqa: E402
from workbench.align import align_texts, dp, read_beads  # noqa: E402
from workbench.align.evaluate import score_alignments  # noqa: E402
from workbench.align.formats import read_presegmented  # noqa: E402
from workbench.lang import detect_lang  # noqa: E402

# the parameters worth moving, and the factors tried around the current value
KNOBS = ("prior:1,0", "prior:2,1", "prior:2,2", "prior:3,1", "sim_gain", "sim_miss", "sim_merge_exp", "short_bonus",
         "short_len", "polite_bonus", "polite_merge", "skip_shared", "para_bonus", "para_cross", "len_floor")
FACTORS = (0.6, 0.8, 1.25, 1.6)


def load(dirs: list[Path]) -> list[tuple]:
    pairs = []
    for root in dirs:
        for d in pair_dirs(root):
            src, tgt = read_presegmented(str(d / "src.sents")), read_presegmented(str(d / "tgt.sents"))
            sl = detect_lang("\n".join(s for p in src for s in p))
            tl = detect_lang("\n".join(s for p in tgt for s in p))
            pairs.append((src, tgt, sl, tl, read_beads((d / "gold.align").read_text())))
    return pairs


def score(pairs: list[tuple], params: dp.Params) -> tuple[float, float]:
    golds, tests = [], []
    for src, tgt, sl, tl, gold in pairs:
        res = align_texts(src, tgt, sl, tl, params=copy.deepcopy(params))
        golds.append(gold)
        tests.append([(list(b.src), list(b.tgt)) for b in res.beads])
    r = score_alignments(golds, tests)
    return r["f1_strict"], r["f1_lax"]


def get(p: dp.Params, knob: str) -> float:
    if knob.startswith("prior:"):
        a, b = map(int, knob[6:].split(","))
        return p.prior[(a, b)]
    return getattr(p, knob)


def put(p: dp.Params, knob: str, value: float) -> dp.Params:
    q = copy.deepcopy(p)
    if knob.startswith("prior:"):
        a, b = map(int, knob[6:].split(","))
        q.prior[(a, b)] = q.prior[(b, a)] = value  # the two directions of a shape stay equal
    elif isinstance(getattr(q, knob), int):
        setattr(q, knob, int(round(value)))
    else:
        setattr(q, knob, value)
    return q


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--check", nargs="*", type=Path, default=[])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    train, check = load(args.dirs), load(args.check)
    best = dp.Params()
    best_score = score(train, best)
    print(f"{'start':32s} tune {best_score[0]:.4f}/{best_score[1]:.4f}"
          + (f"  check {score(check, best)[0]:.4f}" if check else ""))
    for _ in range(args.rounds):
        moved = False
        for knob in KNOBS:
            base = get(best, knob)
            for f in FACTORS:
                trial = put(best, knob, base * f)
                got = score(train, trial)
                if got > best_score:
                    best, best_score, moved = trial, got, True
                    print(f"{knob + ' = ' + format(get(best, knob), '.3g'):32s} tune {got[0]:.4f}/{got[1]:.4f}"
                          + (f"  check {score(check, best)[0]:.4f}" if check else ""))
        if not moved:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
