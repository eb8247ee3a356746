"""Time and peak memory of align_texts on 1k, 10k and 100k sentence pairs (one subprocess per size).

    python bench/align_speed.py [1000 10000 100000]

Pairs are built from real sentences (the dev .sents files and bench/align_data), shuffled with a fixed
seed, with merges, splits and drops injected on the target side.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sentence_pairs() -> list[tuple[str, str, str]]:
    from workbench.align import read_beads

    out = []
    for root in (ROOT / "tests" / "fixtures" / "dev", ROOT / "bench" / "align_data"):
        for gold in sorted(root.rglob("gold.align")) if root.exists() else []:
            d = gold.parent
            lang = "az" if "az" in d.name else "ru"
            src = [x for x in (d / "src.sents").read_text().split("\n") if x.strip()]
            tgt = [x for x in (d / "tgt.sents").read_text().split("\n") if x.strip()]
            for s, t in read_beads(gold.read_text()):
                if len(s) == 1 and len(t) == 1:
                    out.append((src[s[0]], tgt[t[0]], lang))
    return out


def build(n: int, lang: str) -> tuple[list[str], list[str]]:
    rng = random.Random(n)
    pool = [(s, t) for s, t, lg in sentence_pairs() if lg == lang]
    src, tgt = [], []
    for _ in range(n):
        s, t = rng.choice(pool)
        r = rng.random()
        src.append(s)
        if r < 0.02:
            continue  # dropped on the target side
        if r < 0.06 and tgt:
            tgt[-1] = tgt[-1].rstrip(".") + ", " + t
            continue
        tgt.append(t)
    return src, tgt


def child(n: int) -> None:
    from workbench.align import align_texts

    src, tgt = build(n, "ru")
    start = time.perf_counter()
    res = align_texts([src], [tgt], "en", "ru")
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n}\t{len(tgt)}\t{took:.2f}\t{peak:.0f}\t{len(res.beads)}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--child":
        child(int(argv[1]))
        return
    sizes = [int(a) for a in argv] or [1000, 10000, 100000]
    print(f"{'src':>7s} {'tgt':>7s} {'seconds':>8s} {'peak MB (process)':>18s}")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True)
        if out.returncode:
            print(n, "failed:", out.stderr.strip().splitlines()[-1:])
            continue
        a, b, secs, mb, _ = out.stdout.split("\t")
        print(f"{a:>7s} {b:>7s} {secs:>8s} {mb:>18s}")


if __name__ == "__main__":
    main(sys.argv[1:])
