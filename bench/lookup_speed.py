"""Fuzzy look-up latency on a large memory: p50 and p95 per query.

    python bench/lookup_speed.py --units 1000000 [--db /tmp/lookup.sqlite] [--queries 200]

The memory is synthetic: sentences of 8-20 words drawn from the seed transcripts' vocabulary (Zipf-like,
as real text is), English with a Russian side. Queries are stored sentences with one or two words changed
(fuzzy) and a share of exact ones. An existing --db with enough units is reused (a memory of an older
schema is migrated, and its look-up index built, before the timing starts: that time is printed).

Besides p50/p95, it prints how often the look-up's best match is at least as good as the stored sentence
the query was made from (when that one reaches --min): the prefilter's recall, as a translator sees it.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.model import Unit  # noqa: E402
from workbench.store import Memory  # noqa: E402
from workbench.tm.lookup import catch_up, lookup, match_percent  # noqa: E402


def vocabulary() -> list[str]:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    words = re.findall(r"[A-Za-z]+", " ".join(p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")))
    return list(dict.fromkeys(w.lower() for w in words)) or ["word"]


def sentence(rng: random.Random, vocab: list[str]) -> str:
    n = rng.randint(8, 20)
    words = [vocab[min(len(vocab) - 1, int(rng.paretovariate(1.1)) - 1 + rng.randrange(50) * (rng.random() < .5))]
             for _ in range(n)]
    return " ".join(words).capitalize() + "."


def build(memory: Memory, count: int, rng: random.Random, vocab: list[str]) -> list[str]:
    start = time.perf_counter()
    if catch_up(memory):  # the look-up index is filled at the first look-up: not a query's time to measure
        print(f"indexed the stored units in {time.perf_counter() - start:.0f} s", flush=True)
    have = memory.conn.execute("SELECT count(*) FROM units").fetchone()[0]
    sample = [r[0] for r in memory.conn.execute(
        "SELECT text FROM unit_segments WHERE lang = 'en' ORDER BY random() LIMIT 1000")]
    if have >= count:
        return sample
    start = time.perf_counter()
    units = (Unit(f"b{i}", {"en": sentence(rng, vocab), "ru": f"Перевод {i}."}, "en") for i in range(have, count))
    memory.add_units(units, batch=20000)
    catch_up(memory)
    print(f"built {count - have} units in {time.perf_counter() - start:.0f} s", flush=True)
    return [r[0] for r in memory.conn.execute(
        "SELECT text FROM unit_segments WHERE lang = 'en' ORDER BY random() LIMIT 1000")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/lookup-bench.sqlite")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--min", type=int, default=75)
    args = parser.parse_args()
    rng = random.Random(11)
    vocab = vocabulary()
    with Memory(args.db) as memory:
        stored = build(memory, args.units, rng, vocab)
        queries = []
        for i in range(args.queries):
            origin = rng.choice(stored)
            words = origin.split()
            if i % 4:  # three in four fuzzy: one or two words replaced
                for _ in range(rng.randint(1, 2)):
                    words[rng.randrange(len(words))] = rng.choice(vocab)
            queries.append((" ".join(words), origin))
        times, hits, reachable, recalled = [], 0, 0, 0
        for q, origin in queries:
            t = time.perf_counter()
            found = lookup(memory, q, src="en", tgt="ru", min_score=args.min)
            times.append((time.perf_counter() - t) * 1000)
            hits += bool(found)
            if match_percent(q, origin) >= args.min:
                reachable += 1
                recalled += bool(found) and found[0].score >= match_percent(q, origin)
    times.sort()
    p95 = times[int(len(times) * .95) - 1]
    print(f"units={args.units} queries={len(times)} with_match={hits} "
          f"p50={statistics.median(times):.1f} ms p95={p95:.1f} ms max={times[-1]:.1f} ms "
          f"recall={recalled}/{reachable}")


if __name__ == "__main__":
    main()
