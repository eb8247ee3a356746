"""TMX import at scale: time and peak memory of `workbench import-tmx` on a large file.

The file is written once with export_scale.py's generator (real sentence pairs, cycled, every unit
different); the import runs as the command line does, in its own subprocess, so its peak RSS is its own.

    python bench/import_scale.py [--units 1000000] [--keep DIR]

Prints the units, the file size, the import's wall time, its peak RSS and the units the memory holds.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export_scale import units  # noqa: E402  (bench scripts run from a checkout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the TMX for another run")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="import-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    tmx = folder / f"units-{args.units}.tmx"
    if not tmx.exists():
        from workbench.tmx import write_tmx

        started = time.perf_counter()
        write_tmx(units(args.units), tmx, srclang="ru")
        print(f"wrote {tmx} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db = folder / "memory.sqlite"
    for leftover in folder.glob("memory.sqlite*"):
        leftover.unlink()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), "import-tmx", str(tmx)], check=True,
                   stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stored = sqlite3.connect(db).execute("SELECT count(*) FROM units").fetchone()[0]
    print("| units | TMX MB | import s | peak RSS MB | units stored |")
    print("|---:|---:|---:|---:|---:|")
    print(f"| {args.units:,} | {tmx.stat().st_size / 1e6:.0f} | {elapsed:.1f} | {peak_mb:.0f} | {stored:,} |")


if __name__ == "__main__":
    main()
