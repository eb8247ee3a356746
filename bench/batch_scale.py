"""Batch throughput: a synthetic archive of document pairs built from real sentences, aligned with
`workbench batch` on 1 and 2 local worker processes and on a 2-worker Dask LocalCluster.

    python bench/batch_scale.py [PAIRS]          # default 300 pairs

Each pair is one held-out alignment pair (bench/align_data/heldout*, the seed's en-ru and en-az) with a
numbered paragraph added, so every pair is new to the memory. Prints documents (pairs) per minute and the
writer's peak RSS (the parent process: it stores every result; the workers' memory is not counted).
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(folder: Path, count: int) -> int:
    sources = []
    for pair in sorted((ROOT / "bench/align_data").glob("heldout*/*")):
        if (pair / "meta.json").exists():
            meta = json.loads((pair / "meta.json").read_text())
            texts = {}
            for side, lang in (("src", meta["src_lang"]), ("tgt", meta["tgt_lang"])):
                paras = (pair / f"{side}.sents").read_text(encoding="utf-8").split("\n\n")
                texts[lang] = "\n\n".join(" ".join(p.split("\n")).strip() for p in paras if p.strip())
            sources.append(texts)
    folder.mkdir(parents=True)
    for n in range(count):
        for lang, text in sources[n % len(sources)].items():
            (folder / f"doc{n:05d}.{lang}.txt").write_text(f"{text}\n\nNo. {n}.\n", encoding="utf-8")
    return count


def measure(label: str, folder: Path, **kwargs) -> tuple[str, int, float, float]:
    """Runs in a fresh child process, so that each row's peak RSS is its own writer's."""
    import workbench

    with tempfile.TemporaryDirectory() as tmp, workbench.Memory(Path(tmp) / "m.sqlite") as memory:
        start = time.perf_counter()
        result = workbench.run_batch(memory, [folder], **kwargs)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return label, len(result.rows), seconds, peak


def _child(label: str, folder: str, mode: str) -> None:
    if mode == "cluster":
        from distributed import Client, LocalCluster

        with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            row = measure(label, Path(folder), scheduler=client)
    else:
        row = measure(label, Path(folder), workers=int(mode))
    print(json.dumps(row))


def main() -> None:
    import subprocess

    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(*sys.argv[2:5])
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        build(folder, count)
        rows = []
        for label, mode in (("1 worker process", "1"), ("2 worker processes", "2"),
                            ("Dask LocalCluster, 2 workers", "cluster")):
            out = subprocess.run([sys.executable, __file__, "--child", label, str(folder), mode], check=True,
                                 capture_output=True, text=True).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
    print(f"| how | pairs | seconds | pairs per minute | writer peak RSS |")
    print("|---|---|---|---|---|")
    for label, pairs, seconds, peak in rows:
        print(f"| {label} | {pairs:,} | {seconds:.1f} | {pairs / seconds * 60:,.0f} | {peak:.0f} MB |")


if __name__ == "__main__":
    main()
