"""Fuzzy look-up's prefilter on PostgreSQL: pg_trgm's trigram index of unit_segments (backend/pg_schema.py,
step 5) finds the unit texts most like the sentence; lookup.py scores them with rapidfuzz as on SQLite.

pg_trgm's similarity is shared trigrams over all trigrams of the two texts. A unit that reaches a match of
``min_score`` % shares most of its words with the sentence, which keeps its similarity well above
``(min_score - 45) / 100`` (0.3 at the usual 75 %): that bound lets the index skip the rest while losing
no match worth showing, and the best ``limit`` by similarity go on to be scored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.store import Memory


def threshold(min_score: int) -> float:
    """The least trigram similarity a unit needs to be scored at all."""
    return max(0.1, min(0.9, (min_score - 45) / 100))


def candidates(memory: "Memory", text: str, src: str, min_score: int, limit: int) -> list[int]:
    """Ids of unit_segments rows in language ``src`` (or a regional ``src-XX``) whose text is among the
    ``limit`` distinct texts most like ``text``. Ranked by distinct text, so a sentence stored a hundred
    times takes one place, not the whole list, and every unit holding a ranked text is scored (two
    translations of one source are two suggestions)."""
    conn = memory.conn
    conn.execute("SELECT set_config('pg_trgm.similarity_threshold', ?, false)", (str(threshold(min_score)),))
    rows = conn.execute(
        "SELECT (array_agg(id ORDER BY id))[1:?] FROM unit_segments WHERE text % ? AND (lang = ? OR lang LIKE ? || '-%')"
        " GROUP BY text ORDER BY max(similarity(text, ?)) DESC, text LIMIT ?",
        (_PER_TEXT, text, src, src, text, limit))
    return [seg for (ids,) in rows for seg in ids]


_PER_TEXT = 20  # units scored per distinct text: more copies of one text add nothing a reviewer would pick
