"""Search time with one very long sentence in the memory: the concordance's marking against FTS5's
``highlight()`` over the whole sentence (what `search` did before), for sentences of growing size.

    python bench/search_long.py [--mb 1 4 8] [--old-max-mb 8]

Prints one row per size: the time of `Memory.search` and of the old whole-sentence highlight query.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.model import Block, Document, Segment  # noqa: E402
from workbench.store import Memory  # noqa: E402

WORDS = ["energy", "cooperation", "president", "Şahin", "oil", "gas", "corridor", "Baku", "agreement"]


def long_document(mb: float, seed: int = 1) -> Document:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(int(mb * 1_000_000 / 8)))
    block = Block(index=0, kind="para", text=text)
    block.segments.append(Segment(0, 0, 0, len(text), text))
    return Document(id=f"en-long{mb}", lang="en", title="long", blocks=[block])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 4, 8])
    parser.add_argument("--old-max-mb", type=float, default=8, help="skip the old query above this size")
    args = parser.parse_args()
    print("| sentence MB | search s | old highlight() s |")
    print("|---:|---:|---:|")
    for mb in args.mb:
        with tempfile.TemporaryDirectory() as folder, Memory(Path(folder) / "m.sqlite") as memory:
            memory.add_document(long_document(mb))
            started = time.perf_counter()
            hits = memory.search("sahin corridor")
            new = time.perf_counter() - started
            assert hits and "[Şahin]" in hits[0].marked, hits[0].marked[:200] if hits else "no hit"
            old = "-"
            if mb <= args.old_max_mb:
                started = time.perf_counter()
                memory.conn.execute("SELECT highlight(segments_fts, 0, '[', ']') FROM segments_fts"
                                    " WHERE segments_fts MATCH '\"sahin\" \"corridor\"'").fetchall()
                old = f"{time.perf_counter() - started:.2f}"
            print(f"| {mb:g} | {new:.3f} | {old} |")


if __name__ == "__main__":
    main()
