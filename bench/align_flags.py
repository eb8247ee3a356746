"""How well bead scores separate right beads from wrong ones on every gold pair (flagging as an error detector).

    python bench/align_flags.py [--threshold 0.5] [--shuffled] [DIR ...]

Default DIRs: tests/fixtures/dev bench/align_data tests/fixtures/align bench/align_data/heldout.
A bead is right when it is exactly a gold bead. Prints, per set: beads, wrong beads, the share of right
beads flagged (false alarms), the share of wrong beads flagged (recall), the precision of the flags,
and the share of right beads scoring >= 0.8 / wrong beads scoring < 0.5.
--shuffled also aligns each pair against its target with sentences in a fixed random order (every bead
linking sentences there is wrong; 1:0 and 0:1 beads are not counted).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval import pair_dirs  # noqa: E402
from workbench.align.formats import read_presegmented  # noqa: E402

from workbench.align import align_texts, confidence, read_beads  # noqa: E402
from workbench.align.config import AlignConfig  # noqa: E402
from workbench.lang import detect_lang  # noqa: E402

DEFAULT = ["tests/fixtures/dev", "bench/align_data", "tests/fixtures/align", "bench/align_data/heldout"]


def _capture():
    """Record the evidence behind every score (the bench's view into confidence.score)."""
    seen: list = []
    real = confidence.score

    def spy(e, typical, null):
        seen.append((e, typical, null))
        return real(e, typical, null)

    confidence.score = spy
    return seen


def run(dirs: list[Path], threshold: float, shuffled: bool, seen: list) -> tuple[list, list]:
    rows, feats = [], []
    for d in dirs:
        src, tgt = read_presegmented(str(d / "src.sents")), read_presegmented(str(d / "tgt.sents"))
        sl = detect_lang(" ".join(s for p in src for s in p))
        tl = detect_lang(" ".join(s for p in tgt for s in p))
        gold = {(tuple(a), tuple(b)) for a, b in read_beads((d / "gold.align").read_text())}
        if shuffled:
            flat = [s for p in tgt for s in p]
            random.Random(7).shuffle(flat)
            tgt, gold = [flat], set()
        seen.clear()
        res = align_texts(src, tgt, sl, tl, config=AlignConfig(threshold=threshold))
        for b, ev in zip(res.beads, list(seen)):
            if shuffled and not (b.src and b.tgt):
                continue  # leaving a sentence of a wrong file unaligned is right, not an error to flag
            right = (tuple(b.src), tuple(b.tgt)) in gold
            rows.append((right, b.score, b.flagged))
            feats.append((right, ev))
    return rows, feats


def report(name: str, rows: list) -> None:
    right = [r for r in rows if r[0]]
    wrong = [r for r in rows if not r[0]]
    flagged = [r for r in rows if r[2]]

    def share(xs, pred):
        return sum(1 for x in xs if pred(x)) / len(xs) if xs else float("nan")

    prec = share(flagged, lambda r: not r[0])
    print(f"{name:28s} {len(rows):6d} {len(wrong):6d} {share(right, lambda r: r[2]):9.3f} "
          f"{share(wrong, lambda r: r[2]):9.3f} {prec:9.3f} {share(right, lambda r: r[1] >= 0.8):9.3f} "
          f"{share(wrong, lambda r: r[1] < 0.5):9.3f}")


def main(argv: list[str]) -> int:
    threshold = 0.5
    if "--threshold" in argv:
        k = argv.index("--threshold")
        threshold = float(argv[k + 1])
        del argv[k:k + 2]
    shuffled = "--shuffled" in argv
    roots = [a for a in argv if not a.startswith("--")] or DEFAULT
    seen = _capture()
    print(f"{'set':28s} {'beads':>6s} {'wrong':>6s} {'right_flg':>9s} {'wrong_flg':>9s} {'flag_prec':>9s} "
          f"{'right>=.8':>9s} {'wrong<.5':>9s}")
    every = []
    for root in roots:
        dirs = [Path(root)] if (Path(root) / "gold.align").exists() else pair_dirs(Path(root))
        if Path(root).name.startswith("heldout"):
            dirs = sorted(p.parent for p in Path(root).rglob("gold.align"))
        rows, feats = run(dirs, threshold, False, seen)
        report(root, rows)
        every += rows
        if shuffled:
            rows, feats = run(dirs, threshold, True, seen)
            report(root + " (shuffled)", rows)
    report("ALL (unshuffled)", every)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
