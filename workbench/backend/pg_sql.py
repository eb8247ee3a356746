"""SQLite's SQL on a PostgreSQL connection: the few spellings the memory's queries use that PostgreSQL
says otherwise, rewritten once per statement text, behind a connection with sqlite3's small API.

The memory's code keeps one text per query (``?`` placeholders, ``INSERT OR IGNORE``, ``rowid``...), so a
change to a query is made once for both backends. What is rewritten:

- ``?`` -> ``%s`` (and a literal ``%`` -> ``%%``, psycopg's escape), outside string literals;
- ``INSERT OR IGNORE`` -> ``... ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE INTO t (cols)`` -> an upsert on
  t's key that also takes a new rowid, as SQLite's delete-and-insert does (imports are ordered by rowid);
- ``x IS ?`` -> ``x IS NOT DISTINCT FROM %s`` (SQLite's IS compares values, NULL included);
- ``temp.`` / ``main.`` schema prefixes -> ``pg_temp.`` / none; ``INTEGER PRIMARY KEY`` -> ``BIGINT`` (SQLite's
  INTEGER holds 64 bits);
- an INSERT into a table with an ``id`` column returns it, for ``cursor.lastrowid``.

Tables that SQLite orders by rowid (documents, units) have a real ``rowid`` identity column here.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable, Iterator, Optional, Sequence

_LITERAL = re.compile(r"('(?:[^']|'')*')")
_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_OR_REPLACE = re.compile(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.I)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.I)
_IS_PARAM = re.compile(r"\bIS\s+\?")
# the key of each table an INSERT OR REPLACE writes, and the tables whose rowid is a column
KEYS = {"units": "tuid", "unit_extra": "tuid"}
ROWID_TABLES = ("documents", "units")
ID_TABLES = ("alignments", "edits")  # the ones whose new id the code reads


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """``sql`` as PostgreSQL (and psycopg's parameter style) says it."""
    parts = _LITERAL.split(sql)
    for i in range(0, len(parts), 2):  # even parts are outside literals
        part = parts[i].replace("%", "%%")
        part = _IS_PARAM.sub("IS NOT DISTINCT FROM ?", part)
        part = re.sub(r"\btemp\.", "pg_temp.", part)
        part = re.sub(r"\bmain\.", "", part)
        part = re.sub(r"\bINTEGER PRIMARY KEY\b", "BIGINT PRIMARY KEY", part)
        parts[i] = part.replace("?", "%s")
    for i in range(1, len(parts), 2):
        parts[i] = parts[i].replace("%", "%%")
    out = "".join(parts).rstrip().rstrip(";")
    if _OR_IGNORE.match(out):
        out = _OR_IGNORE.sub("INSERT INTO", out, count=1) + " ON CONFLICT DO NOTHING"
    elif (replace := _OR_REPLACE.match(out)) is not None:
        table, columns = replace.group(1), [c.strip() for c in replace.group(2).split(",")]
        key = KEYS[table]
        sets = [f"{c} = EXCLUDED.{c}" for c in columns if c != key]
        if table in ROWID_TABLES:
            sets.append("rowid = DEFAULT")
        out = (f"INSERT INTO {table} ({', '.join(columns)}){out[replace.end():]}"
               f" ON CONFLICT ({key}) DO UPDATE SET {', '.join(sets)}")
    elif (insert := _INSERT_INTO.match(out)) and insert.group(1) in ID_TABLES and " RETURNING " not in out.upper():
        out += " RETURNING id"
    return out


class PgCursor:
    """The part of sqlite3.Cursor the memory uses, over a psycopg cursor."""

    def __init__(self, cursor: Any, returning: bool) -> None:
        self._cursor = cursor
        self._returning = returning
        self._lastrowid: Optional[int] = None

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> Optional[int]:
        if self._returning and self._lastrowid is None:
            row = self._cursor.fetchone()
            self._lastrowid = row[0] if row else None
        return self._lastrowid

    def fetchone(self) -> Optional[tuple]:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[tuple]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._cursor) if self._cursor.description else iter(())


class PgConnection:
    """The part of sqlite3.Connection the memory uses, over a psycopg connection in autocommit mode:
    ``BEGIN`` / ``COMMIT`` are sent as statements, as the memory does with sqlite3's isolation_level=None."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[object] = ()) -> PgCursor:
        text = translate(sql)
        cursor = self.raw.cursor()
        cursor.execute(text, tuple(params))
        return PgCursor(cursor, text.endswith(" RETURNING id"))

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> PgCursor:
        text = translate(sql).removesuffix(" RETURNING id")
        cursor = self.raw.cursor()
        rows = [tuple(r) for r in rows]
        if rows:
            cursor.executemany(text, rows)
        return PgCursor(cursor, False)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


__all__ = ["translate", "PgConnection", "PgCursor", "KEYS", "ROWID_TABLES"]
