"""The command line end to end: `workbench segment FILE` on 5 MB of transcript text, process start included,
against razdel's Python API on the same text (in-process, its import included), and `workbench --help`.

    python bench/cli_speed.py [--size 5000000] [--repeats 3]

Wall-clock seconds, best of the repeats; the text is bench/segment.py's speed text (the seed and the
gold texts in a shuffled paragraph order), written to a temporary file.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from segment import speed_text  # noqa: E402

RAZDEL = "import sys; from razdel import sentenize; t = open(sys.argv[1], encoding='utf-8').read(); " \
         "sys.stdout.write(''.join(s.text.replace(chr(10), ' ') + chr(10) for s in sentenize(t)))"


def best_of(cmd: list[str], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=5_000_000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    wb = [sys.executable, "-m", "workbench"]
    print(f"{'command':<44} {'lang':<4} {'MB':>5} {'seconds':>8} {'MB/s':>6}")
    help_s = best_of([*wb, "--help"], max(args.repeats, 5))
    print(f"{'workbench --help':<44} {'':4} {'':>5} {help_s:8.3f} {'':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "ru"):
            path = os.path.join(tmp, f"{lang}.txt")
            text = speed_text(lang, args.size)
            Path(path).write_text(text, encoding="utf-8")
            mb = len(text.encode("utf-8")) / 1e6
            for name, cmd in ((f"workbench segment FILE --lang {lang}", [*wb, "segment", path, "--lang", lang]),
                              ("workbench segment FILE (detected)", [*wb, "segment", path]),
                              ("razdel.sentenize (python -c, same output)", [sys.executable, "-c", RAZDEL, path])):
                s = best_of(cmd, args.repeats)
                print(f"{name:<44} {lang:<4} {mb:5.1f} {s:8.3f} {mb / s:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
