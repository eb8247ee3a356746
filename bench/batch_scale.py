"""Batch throughput: a synthetic archive of document pairs built from real sentences, aligned with
`workbench batch` on 1 and 2 local worker processes and on a 2-worker Dask LocalCluster.

    python bench/batch_scale.py [PAIRS] [--archive DIR] [--how 1,2,cluster] [--rerun]

PAIRS (default 300) English documents, each with a Russian or an Azerbaijani version (`docN.en.txt` beside
`docN.ru.txt` or `docN.az.txt`). A document is four of the real published pages of bench/real_data/dev (their
gold sentences; 14 en-ru and 14 en-az pages) joined in an order no other document has, so that every pair is new
to the memory. The archive is written one file at a time; ``--archive DIR`` keeps it (and reuses it when it
holds PAIRS pairs).

Each configuration runs in a child process of its own into a fresh memory, so each row's peak RSS is its own
writer's (the process that stores every result; the workers' memory is not counted; with a LocalCluster the
scheduler and the nannies live in it too). The 1-minute load average is sampled during each run, and the CPU
time of the run and its workers is counted, since on a shared machine the wall clock says more about the other
jobs. ``--rerun`` runs the batch a second time into the last configuration's memory: every pair is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REAL = ROOT / "bench" / "real_data" / "dev"
PAGES_PER_DOCUMENT = 4
HOW = {"1": "1 worker process", "2": "2 worker processes", "cluster": "Dask LocalCluster, 2 workers"}


def real_pages() -> dict[str, list[tuple[str, str]]]:
    """target language -> (English page, its translation) for every real pair: the gold sentences of the
    published pages, one paragraph a line."""
    pages: dict[str, list[tuple[str, str]]] = {}
    for pair in sorted(REAL.iterdir()):
        meta = json.loads((pair / "meta.json").read_text(encoding="utf-8"))
        sides = []
        for side in ("src", "tgt"):
            paras = (pair / f"{side}.sents").read_text(encoding="utf-8").split("\n\n")
            sides.append("\n\n".join(" ".join(p.split("\n")).strip() for p in paras if p.strip()))
        pages.setdefault(meta["tgt_lang"], []).append((sides[0], sides[1]))
    return pages


def pick(index: int, count: int, take: int) -> list[int]:
    """The index-th ordered choice of ``take`` distinct items of ``count``: different indices, different
    documents. (A numbered line would not do: the reader drops a bare "No. 5." as page furniture, and two
    documents with the same sentences are one document to the memory.)"""
    left, chosen = list(range(count)), []
    for _ in range(take):
        index, k = divmod(index, len(left))
        chosen.append(left.pop(k))
    if index:
        raise ValueError("not that many distinct documents: add pages or take more of them")
    return chosen


def build(folder: Path, count: int) -> None:
    """Write the archive pair by pair: nothing but the few dozen real pages is held in memory."""
    marker = folder / ".pairs"
    if marker.exists() and marker.read_text() == str(count):
        return
    pages = real_pages()
    langs = sorted(pages)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        lang = langs[n % len(langs)]
        chosen = [pages[lang][k] for k in pick(n // len(langs), len(pages[lang]), PAGES_PER_DOCUMENT)]
        for code, side in (("en", 0), (lang, 1)):
            text = "\n\n".join(page[side] for page in chosen)
            (folder / f"doc{n:05d}.{code}.txt").write_text(text + "\n", encoding="utf-8")
    marker.write_text(str(count))


class LoadSampler(threading.Thread):
    """The machine's 1-minute load average every few seconds: how much else was running."""

    def __init__(self, every: float = 5.0) -> None:
        super().__init__(daemon=True)
        self.every, self.samples, self.stop = every, [os.getloadavg()[0]], threading.Event()

    def run(self) -> None:
        while not self.stop.wait(self.every):
            self.samples.append(os.getloadavg()[0])


def measure(folder: Path, db: Path, **kwargs) -> dict:
    import workbench

    sampler = LoadSampler()
    sampler.start()
    with workbench.Memory(db) as memory:
        start = time.perf_counter()
        result = workbench.run_batch(memory, [folder], **kwargs)
        seconds = time.perf_counter() - start
    sampler.stop.set()
    loads = sampler.samples
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM alignments").fetchone()[0]
    return {"pairs": len(result.rows), "counts": result.counts(), "seconds": round(seconds, 2),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "load_mean": round(sum(loads) / len(loads), 2), "load_max": round(max(loads), 2),
            "alignments": stored, "memory_mb": round(db.stat().st_size / 2**20)}


def _cpu_seconds() -> float:
    """User and system time of this process and of the children it has waited for (the workers, once
    their pool or cluster is closed)."""
    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))


def _child(folder: str, db: str, how: str) -> None:
    if how == "cluster":
        from distributed import Client, LocalCluster

        with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            row = measure(Path(folder), Path(db), scheduler=client)
    else:
        row = measure(Path(folder), Path(db), workers=int(how))
    # What the run cost in CPU, however busy the machine was: on idle cores, about the time it would take.
    row["cpu_seconds"] = round(_cpu_seconds(), 1)
    print(json.dumps(row))


def _run_child(folder: Path, db: Path, how: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(folder), str(db), how], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="?", type=int, default=300)
    parser.add_argument("--archive", type=Path, help="build the archive here and keep it")
    parser.add_argument("--how", default="1,2,cluster", help="configurations to run: 1, 2, cluster")
    parser.add_argument("--rerun", action="store_true", help="then run again into the last memory")
    args = parser.parse_args()
    hows = args.how.split(",")
    if unknown := [h for h in hows if h not in HOW]:
        parser.error(f"unknown configuration: {', '.join(unknown)}")
    print(f"{os.cpu_count()} cores; {Path('/proc/loadavg').read_text().strip()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.archive or Path(tmp) / "archive"
        start = time.perf_counter()
        build(folder, args.pairs)
        print(f"archive: {args.pairs} pairs in {folder} ({time.perf_counter() - start:.0f} s)", flush=True)
        rows = []
        for how in hows:
            db = Path(tmp) / f"{how}.sqlite"
            row = {"how": HOW[how], **_run_child(folder, db, how)}
            print(json.dumps(row), flush=True)
            rows.append(row)
        if args.rerun:
            row = {"how": f"re-run, all done ({HOW[hows[-1]]})", **_run_child(folder, db, hows[-1])}
            print(json.dumps(row), flush=True)
            rows.append(row)
    print("| how | pairs | seconds | pairs per minute | writer peak RSS | load average (mean / max) | CPU seconds |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        rate = row["pairs"] / row["seconds"] * 60 if row["seconds"] else 0
        print(f"| {row['how']} | {row['pairs']:,} | {row['seconds']:.{2 if row['seconds'] < 10 else 1}f} | {rate:,.0f}"
              f" | {row['peak_mb']} MB | {row['load_mean']:.1f} / {row['load_max']:.1f} | {row['cpu_seconds']:,.0f} |")


if __name__ == "__main__":
    main()
