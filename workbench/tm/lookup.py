"""Fuzzy look-up: the units whose source is like a sentence, with a CAT-style match percentage.

A prefilter index of word-pair shingles (``shingles.py``; filled at the first look-up after units arrive)
narrows a memory of a million units to a few hundred candidates that share the sentence's rarer word
pairs; rapidfuzz then scores each candidate the way Trados and memoQ present it: 100 for the same text,
101 when the previous segment matches too (in context), and below 100 by edit distance over words and
over characters, the lower of the two, so one changed word in a short sentence costs what it costs a
translator.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Optional

from rapidfuzz.distance import Levenshtein

from workbench.errors import WorkbenchError
from workbench.lang import detect_lang
from workbench.model import LANGS
from workbench.store import Memory
from workbench.tm import shingles

_WORD = re.compile(r"\w+")  # punctuation counts at the character level only


@dataclass(frozen=True)
class Match:
    """A unit found for a sentence: its source and target texts, the match % and where it is stored."""

    score: int
    source: str
    target: str
    src_lang: str
    tgt_lang: str
    tuid: str

    def summary(self) -> dict:
        return asdict(self)


def match_percent(query: str, candidate: str) -> int:
    """CAT-style match %: 100 for the same text; otherwise the lower of the word- and character-level
    similarity (Levenshtein, normalised by the longer side), at most 99 (a difference in case, spacing or
    punctuation only costs one point)."""
    if query == candidate:
        return 100
    if " ".join(query.split()) == " ".join(candidate.split()):
        return 99
    words = Levenshtein.normalized_similarity(_WORD.findall(query.lower()), _WORD.findall(candidate.lower()))
    chars = Levenshtein.normalized_similarity(query, candidate)
    return min(99, int(100 * min(words, chars)))


def lookup(memory: Memory, text: str, *, src: str = "en", tgt: str = "ru", min_score: int = 75,
           limit: int = 5, previous: Optional[str] = None) -> list[Match]:
    """The best ``limit`` units whose ``src`` text matches ``text`` at ``min_score`` % or more and that have
    a ``tgt`` text, best first. ``previous`` (the sentence before ``text``) makes an exact match whose unit
    follows a unit with that source 101 (in context). Languages match by base: ``en`` finds ``en-US``."""
    text = text.strip()
    if memory.backend.name == "postgresql":  # pg_trgm prefilters there (tm/pg_prefilter.py)
        from workbench.tm.pg_prefilter import candidates

        ids = candidates(memory, text, src, min_score, shingles.CANDIDATES)
    else:
        catch_up(memory)
        ids = shingles.candidates(memory.conn, text)
    if not ids:
        return []
    rows = memory.conn.execute(
        f"""SELECT s.tuid, s.lang, s.text, u.texts, u.rowid, u.alignment_id FROM unit_segments s
            JOIN units u ON u.tuid = s.tuid
            WHERE s.id IN ({", ".join("?" * len(ids))}) AND (s.lang = ? OR s.lang LIKE ? || '-%')""",
        (*ids, src, src)).fetchall()
    found: list[tuple[int, int, Match]] = []
    for tuid, lang, source, texts_json, rowid, alignment in rows:
        score = match_percent(text, source)
        if score < min_score:
            continue
        texts = json.loads(texts_json)
        target_lang = next((k for k in texts if k == tgt or k.startswith(tgt + "-")), None)
        if target_lang is None:
            continue
        if score == 100 and previous is not None and _previous_source(memory, rowid, alignment, src) == previous.strip():
            score = 101
        found.append((-score, rowid, Match(score, source, texts[target_lang], lang, target_lang, tuid)))
    found.sort(key=lambda item: item[:2])
    seen: set[tuple[str, str]] = set()
    out = []
    for _, _, match in found:
        if (match.source, match.target) not in seen:  # the same pair stored twice is one suggestion
            seen.add((match.source, match.target))
            out.append(match)
    return out[:limit]


def catch_up(memory: Memory) -> int:
    """Index the units stored since the last look-up: their texts go into ``unit_segments`` and the
    shingle index in one write. Returns how many units were indexed; a memory that cannot be written is
    looked up as far as it is indexed."""
    import sqlite3

    conn = memory.conn
    last = conn.execute("SELECT watermark FROM tm_index_state").fetchone()[0]
    top = conn.execute("SELECT coalesce(max(rowid), 0) FROM units").fetchone()[0]
    if top <= last:
        return 0
    try:
        with memory.transaction():
            # a unit replaced since (INSERT OR REPLACE fires no delete trigger) leaves its old rows behind
            conn.execute("DELETE FROM unit_segments WHERE tuid IN (SELECT tuid FROM units WHERE rowid > ?)", (last,))
            first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM unit_segments").fetchone()[0]
            conn.execute("""INSERT INTO unit_segments(tuid, lang, text) SELECT u.tuid, j.key, j.value
                            FROM units u, json_each(u.texts) j WHERE u.rowid > ? AND u.rowid <= ?""", (last, top))
            shingles.index_texts(conn, conn.execute("SELECT id, text FROM unit_segments WHERE id >= ? ORDER BY id",
                                                    (first,)))
            conn.execute("UPDATE tm_index_state SET watermark = ?", (top,))
    except sqlite3.OperationalError:
        return 0
    return top - last


def _previous_source(memory: Memory, rowid: int, alignment: Optional[int], src: str) -> Optional[str]:
    """The source text of the unit stored just before (in the same alignment, or among imports)."""
    row = memory.conn.execute(
        "SELECT texts FROM units WHERE rowid < ? AND alignment_id IS ? ORDER BY rowid DESC LIMIT 1",
        (rowid, alignment)).fetchone()
    if row is None:
        return None
    texts = json.loads(row[0])
    return next((v for k, v in texts.items() if k == src or k.startswith(src + "-")), None)


def _holds(memory: Memory, lang: str) -> bool:
    """Whether the memory has a unit text in ``lang`` (``en`` answers for ``en-US``): found at the first such row."""
    has = "SELECT 1 FROM unit_segments WHERE lang = ? OR lang LIKE ? || '-%' LIMIT 1"
    return memory.conn.execute(has, (lang, lang)).fetchone() is not None


def _held(memory: Memory) -> list[str]:
    """The languages (bases) of the memory's units, in the order en, ru, az, then any other: a whole scan, for the
    message that names them."""
    held = {row[0].split("-")[0].lower() for row in memory.conn.execute("SELECT DISTINCT lang FROM unit_segments")}
    return sorted(held, key=lambda lang: (LANGS.index(lang) if lang in LANGS else len(LANGS), lang))


def lookup_lines(memory: Memory, lines: list[str], *, src: Optional[str] = None, tgt: Optional[str] = None,
                 **options) -> list[tuple[str, list[Match]]]:
    """``lookup`` for each line in turn, each line the context of the next (101 for a match in context).
    ``src`` left out is the lines' language, detected; ``tgt`` left out is the first other language the memory
    holds units in (en, ru, az). A language the memory holds no unit in is an error, not a page of "no match"."""
    if memory.backend.name != "postgresql":
        catch_up(memory)
    src = src or (detect_lang("\n".join(lines)) if any(line.strip() for line in lines) else "en")
    tgt = tgt or next((lang for lang in LANGS if lang != src and _holds(memory, lang)), "ru")
    for lang in (src, tgt):
        if not _holds(memory, lang):
            held = _held(memory)
            if held:  # an empty memory simply has no match
                raise WorkbenchError(f"the memory holds no units in {lang!r}, only in {', '.join(held)}")
    options.update(src=src, tgt=tgt)
    out, previous = [], None
    for line in lines:
        out.append((line, lookup(memory, line, previous=previous, **options)))
        previous = line
    return out
