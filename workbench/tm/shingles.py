"""The fuzzy look-up's prefilter: word-pair shingles, each unit text indexed under its rarest few.

A CAT match of 75% or more shares at least three words in four with the query, in order (the match % is
the lower of the word and the character similarity), so it shares most of the query's word pairs. Each
stored text is indexed under the ``SHINGLES_PER_TEXT`` of its pairs that were rarest when it was indexed;
a query reads the postings of all its pairs, rarest first, and ranks texts by the summed rarity (IDF) of
the pairs they share. A rare pair's postings are short, and a common pair is rarely among any text's
rarest, so its postings stay short too: a look-up reads a few thousand rows whatever the memory's size.

Measured on the synthetic memories of ``bench/lookup_speed.py`` (a vocabulary of ~1,000 words, far poorer
than real text, so pairs repeat more): SQLite's FTS5 trigram index, ranked by the query's rarest trigrams,
needed 1.6 s a query at 1M units and missed half the matches; these shingles find 97% of them in a few ms.

Pairs include the text's edges (``^ first``, ``last $``), so a one-word text has shingles too. A pair is
kept as a 64-bit hash. What a text was indexed under stays when the text is deleted (the look-up joins
the live texts, so a stale posting costs a row read, never a wrong answer), and document frequencies only
grow: both are estimates of rarity, not counts that anything is checked against.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
import sqlite3
from collections import Counter
from typing import Iterable, Iterator

SHINGLES_PER_TEXT = 4  # postings per stored text: 4 finds 97% of bench matches; 8 finds all at 5x the time
POSTINGS = 3000  # rows read per query pair at most: bounds a look-up on a pair that is common anyway
BUDGET = 8000  # rows read per query at most, rarest pairs first: the commonest pairs add little evidence
CANDIDATES = 100  # texts scored per query: the match is nearly always among the first few; bounds rapidfuzz time
CHUNK = 20000  # texts indexed per step: bounded memory on a million-unit catch-up

_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[int]:
    """The text's distinct word pairs, with its edges, as signed 64-bit hashes (stable across runs)."""
    words = ["^", *_WORD.findall(text.casefold()), "$"]
    pairs = dict.fromkeys(f"{a} {b}" for a, b in zip(words, words[1:]))
    return [int.from_bytes(hashlib.blake2b(p.encode(), digest_size=8).digest(), "big", signed=True) for p in pairs]


def index_texts(conn: sqlite3.Connection, rows: Iterable[tuple[int, str]]) -> int:
    """Index (segment id, text) rows, in chunks: count their pairs into the document frequencies, then
    post each text under its rarest pairs as the frequencies stand after its chunk. Returns texts indexed."""
    done = 0
    for chunk in _chunks(rows, CHUNK):
        hashed = [(seg, shingles(text)) for seg, text in chunk]
        counts = Counter(h for _, hs in hashed for h in hs)
        conn.executemany("INSERT INTO tm_shingle_df(h, df) VALUES (?, ?) "
                         "ON CONFLICT(h) DO UPDATE SET df = df + excluded.df", counts.items())
        df = _frequencies(conn, list(counts))
        conn.executemany("INSERT OR IGNORE INTO tm_shingles(h, seg) VALUES (?, ?)",
                         ((h, seg) for seg, hs in hashed for h in sorted(hs, key=df.__getitem__)[:SHINGLES_PER_TEXT]))
        done += len(chunk)
    return done


def candidates(conn: sqlite3.Connection, text: str) -> list[int]:
    """Segment ids of the stored texts sharing the most (by IDF) of the query's word pairs, best first."""
    df = _frequencies(conn, shingles(text))
    if not df:
        return []
    total = conn.execute("SELECT coalesce(max(id), 1) FROM unit_segments").fetchone()[0]
    weight: dict[int, float] = {}
    left = BUDGET
    for h in sorted(df, key=df.__getitem__):
        if left <= 0:
            break
        idf = math.log((total + 1) / df[h])
        rows = conn.execute("SELECT seg FROM tm_shingles WHERE h = ? LIMIT ?", (h, min(POSTINGS, left))).fetchall()
        left -= len(rows)
        for (seg,) in rows:
            weight[seg] = weight.get(seg, 0.0) + idf
    return heapq.nsmallest(CANDIDATES, weight, key=lambda seg: (-weight[seg], seg))


def _frequencies(conn: sqlite3.Connection, hashes: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for start in range(0, len(hashes), 500):  # under SQLite's bound-parameter limit
        part = hashes[start:start + 500]
        out.update(conn.execute(f"SELECT h, df FROM tm_shingle_df WHERE h IN ({', '.join('?' * len(part))})", part))
    return out


def _chunks(rows: Iterable[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
