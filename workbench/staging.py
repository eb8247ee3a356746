"""Temporary tables of one connection, written without the memory's write lock: the staged units of an import
(Memory.add_units) and the scratch sets of digests an import compares with. Both backends spell them alike
(``temp.`` is ``pg_temp.`` on PostgreSQL, backend/pg_sql.py)."""

from __future__ import annotations

import contextlib
from typing import Any, Iterable, Iterator


def rename_clashes(conn: Any) -> None:
    """Staged units whose tuid is stored under other texts get the first free ``tuid~n``. An import checks
    tuids before it takes the write lock, so another import may have stored the same tuid since."""
    taken = conn.execute("SELECT s.rowid, s.tuid FROM temp.staged_units s JOIN main.units u ON u.tuid = s.tuid"
                         " WHERE u.texts != s.texts ORDER BY s.rowid").fetchall()
    for rowid, tuid in taken:
        n = 2
        while conn.execute("SELECT 1 FROM main.units WHERE tuid = ? UNION ALL"
                           " SELECT 1 FROM temp.staged_units WHERE tuid = ?", (f"{tuid}~{n}",) * 2).fetchone():
            n += 1
        conn.execute("UPDATE temp.staged_units SET tuid = ? WHERE rowid = ?", (f"{tuid}~{n}", rowid))


@contextlib.contextmanager
def temp_transaction(conn: Any) -> Iterator[None]:
    """A transaction on the connection's temporary tables only: the memory's lock is not taken."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class ScratchSet:
    """Integers (64-bit digests) in ``temp.<name>``; no lock on the memory is taken to write it. The newest
    ones wait in a bounded buffer and go to the table in batches: one statement per key costs more than
    the import it serves. A fixed 2 MB bitmap of the keys' low bits answers most misses without a query:
    an import asks about every unit, and on PostgreSQL each query is a round trip to the server."""

    FLUSH = 20_000
    BITS = 1 << 24  # the bitmap's size; the keys are digests, so their low bits spread evenly

    def __init__(self, conn: Any, name: str) -> None:
        self.conn, self.table = conn, f"temp.scratch_{name}"
        self.buffer: set[int] = set()
        self.bitmap = bytearray(self.BITS // 8)
        conn.execute(f"DROP TABLE IF EXISTS {self.table}")
        conn.execute(f"CREATE TABLE {self.table} (k INTEGER PRIMARY KEY)")

    def __contains__(self, key: int) -> bool:
        bit = key & (self.BITS - 1)
        if not self.bitmap[bit >> 3] & (1 << (bit & 7)):
            return False
        return key in self.buffer or \
            self.conn.execute(f"SELECT 1 FROM {self.table} WHERE k = ?", (key,)).fetchone() is not None

    def update(self, keys: Iterable[int]) -> None:
        keys = list(keys)
        for key in keys:
            bit = key & (self.BITS - 1)
            self.bitmap[bit >> 3] |= 1 << (bit & 7)
        self.buffer.update(keys)
        if len(self.buffer) >= self.FLUSH:
            rows = [(k,) for k in self.buffer]
            if self.conn.in_transaction:
                self.conn.executemany(f"INSERT OR IGNORE INTO {self.table} VALUES (?)", rows)
            else:
                with temp_transaction(self.conn):
                    self.conn.executemany(f"INSERT OR IGNORE INTO {self.table} VALUES (?)", rows)
            self.buffer.clear()

    def drop(self) -> None:
        self.conn.execute(f"DROP TABLE IF EXISTS {self.table}")


__all__ = ["ScratchSet", "rename_clashes", "temp_transaction"]
