"""`workbench copy-memory SRC DST`: a whole memory into an empty one, SQLite or PostgreSQL either way.

Every table goes over row by row with its ids kept (alignment ids stand inside the edit history's JSON,
edit ids in ``undone_by``, rowids give the order of documents and imported units), so the copy exports
the same files, undoes the same edits and resumes the same batches. What the database derives itself is
rebuilt by it: the search indexes, and on PostgreSQL the look-up's unit_segments (a trigger keeps them);
a SQLite destination builds its look-up index at its first look-up, as after an import.

A destination that holds anything is refused before a row is written (no merge: two memories may share
ids and tuids with different meanings); the copy is one transaction of the destination, so a failure
leaves it empty.
"""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import dataclass, field

from workbench.backend.pg_sql import ROWID_TABLES
from workbench.errors import InputError
from workbench.store import Memory, require_memory

# In the order foreign keys need, each with the order its rows are read in (ids ascending).
TABLES = {
    "documents": "rowid",
    "people": "doc_id, position",
    "blocks": "doc_id, idx",
    "segments": "id",
    "alignments": "id",
    "beads": "alignment_id, position",
    "units": "rowid",
    "unit_extra": "tuid",
    "edits": "id",
    "bead_reviews": "alignment_id, src, tgt",
    "batch_jobs": "job",
}
_BATCH = 5000


@dataclass
class CopyReport:
    source: str
    destination: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def described(self) -> str:
        shown = ("documents", "alignments", "units", "edits", "batch_jobs")
        return ", ".join(f"{self.rows.get(t, 0)} {t.replace('_', ' ')}" for t in shown)

    def summary(self) -> dict:
        return {"source": self.source, "destination": self.destination, "rows": self.rows,
                "seconds": round(self.seconds, 3)}


def copy_memory(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> CopyReport:
    """Copy the memory at ``source`` into the empty (or new) memory at ``destination``."""
    require_memory(source, "no memory file there to copy")
    started = time.monotonic()
    with Memory(source) as src, Memory(destination) as dst:
        report = CopyReport(str(src.path), str(dst.path))
        held = {t: n for t in (*TABLES, "unit_segments") if (n := _count(dst, t))}
        if held:
            listed = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in list(held.items())[:3])
            raise InputError(dst.path, f"already holds a memory ({listed}); copy-memory only fills an empty one, "
                                       f"nothing was copied")
        with dst.transaction():
            for table, order in TABLES.items():
                report.rows[table] = _copy_table(src, dst, table, order)
            dst.backend.follow_ids()
    report.seconds = time.monotonic() - started
    return report


def _count(memory: Memory, table: str) -> int:
    return memory.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _columns(memory: Memory, table: str) -> list[str]:
    """The table's columns as stored, with the rowid that orders documents and units."""
    names = [d[0] for d in memory.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
    if table in ROWID_TABLES and "rowid" not in names:  # SQLite's rowid is no column of SELECT *
        names.insert(0, "rowid")
    return names


def _copy_table(src: Memory, dst: Memory, table: str, order: str) -> int:
    columns = _columns(src, table)
    # quoted: "end" and "user" are reserved words in PostgreSQL; SQLite's rowid must stay bare to mean it
    listed = ", ".join(c if c == "rowid" else f'"{c}"' for c in columns)
    insert = f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(columns))})"
    rows = src.backend.stream(f"SELECT {listed} FROM {table} ORDER BY {order}")
    copied = 0
    while chunk := list(itertools.islice(rows, _BATCH)):
        dst.conn.executemany(insert, chunk)
        copied += len(chunk)
    return copied


__all__ = ["copy_memory", "CopyReport", "TABLES"]
