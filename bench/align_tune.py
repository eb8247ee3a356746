"""Coordinate search over the aligner's knobs (workbench.align.config.AlignConfig) on gold pair folders.

    python bench/align_tune.py [--rounds 2] [--check DIR ...] DIR [DIR ...]

Scores every pair folder under the DIRs (as bench/align_eval.py finds them) with micro-averaged strict
F1 (lax F1 breaks ties), tries each parameter at a few multiples of its current value, keeps a change
only when it raises the score, and prints the path it took. ``--check`` folders are scored for every
kept change but never steer the search: they show whether a gain carries over to unseen pairs.
Nothing is written; copy the values you trust into workbench/align/config.py.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval import pair_dirs  # noqa: E402
from workbench.align import align_texts, read_beads  # noqa: E402
from workbench.align.config import AlignConfig  # noqa: E402
from workbench.align.evaluate import score_alignments  # noqa: E402
from workbench.align.formats import read_presegmented  # noqa: E402
from workbench.lang import detect_lang  # noqa: E402

# the parameters worth moving, and the factors tried around the current value
# (group.field of AlignConfig)
KNOBS = ("priors.skip", "priors.merge", "priors.two_two", "priors.three", "anchors.gain", "anchors.miss",
         "anchors.merge_exp", "kinds.short_bonus", "kinds.short_len", "kinds.polite_bonus", "kinds.polite_merge",
         "anchors.skip_shared", "kinds.para_bonus", "kinds.para_cross", "length.floor")
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


def score(pairs: list[tuple], config: AlignConfig) -> tuple[float, float]:
    golds, tests = [], []
    for src, tgt, sl, tl, gold in pairs:
        res = align_texts(src, tgt, sl, tl, config=config)
        golds.append(gold)
        tests.append([(list(b.src), list(b.tgt)) for b in res.beads])
    r = score_alignments(golds, tests)
    return r["f1_strict"], r["f1_lax"]


def get(config: AlignConfig, knob: str) -> float:
    group, name = knob.split(".")
    return getattr(getattr(config, group), name)


def put(config: AlignConfig, knob: str, value: float) -> AlignConfig:
    group, name = knob.split(".")
    part = getattr(config, group)
    if isinstance(getattr(part, name), int):
        value = int(round(value))
    return replace(config, **{group: replace(part, **{name: value})})


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--check", nargs="*", type=Path, default=[])
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    train, check = load(args.dirs), load(args.check)
    best = AlignConfig()
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
