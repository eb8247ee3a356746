"""The embedded backend: one SQLite file per memory (memory_file.py opens and guards it).

Versioned with ``PRAGMA user_version`` and forward-only migrations (schema.py); foreign keys on, WAL
journal; a write takes the file's lock with BEGIN IMMEDIATE, so writers take turns and readers never wait.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator, Optional, Sequence

from workbench import memory_file
from workbench.backend import SQLITE
from workbench.errors import InputError, WorkbenchError
from workbench.highlight import LONG
from workbench.schema import MIGRATIONS, SCHEMA_VERSION, statements


class SqliteBackend:
    """A memory file: opened, checked (identity, damage), migrated to the newest schema."""

    name = SQLITE

    def __init__(self, path: Path) -> None:
        if path.is_dir():
            raise InputError(path, "is a folder, not a memory file")
        self.path = self.location = path
        self.conn, self.readonly = memory_file.open_connection(path)
        try:
            existed = path.exists() and path.stat().st_size > 0
            version = memory_file.check_identity(self.conn, path, SCHEMA_VERSION)
            # quick_check reads the whole file: on a very large memory it runs before the first write only.
            self._unchecked = existed and path.stat().st_size > memory_file.CHECK_ON_OPEN_BYTES
            if existed and not self._unchecked:
                memory_file.check_damage(self.conn, path)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not self.readonly:
                memory_file.retry_busy(self.conn, "PRAGMA journal_mode = WAL", path)
                self.conn.execute("PRAGMA synchronous = NORMAL")
            if version < SCHEMA_VERSION:
                self._migrate()
        except BaseException as err:
            self.conn.close()
            if memory_file.is_environmental(err):
                raise memory_file.translate(err, path) from None
            raise

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self._unchecked:
            memory_file.check_damage(self.conn, self.path)
            self._unchecked = False
        with memory_file.write_lock(self.conn, self.path, self.readonly) as conn:
            yield conn

    def _migrate(self) -> None:
        if self.readonly:
            raise WorkbenchError(f"{self.path}: the memory needs upgrading to schema version {SCHEMA_VERSION} "
                                 f"but is read-only")
        with self.transaction() as conn:
            # Read again under the lock: another process may have created or upgraded the file meanwhile.
            version = memory_file.check_identity(conn, self.path, SCHEMA_VERSION)
            for number in range(version, SCHEMA_VERSION):
                for statement in statements(MIGRATIONS[number]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")
            if version == 0:
                conn.execute(f"PRAGMA application_id = {memory_file.APPLICATION_ID}")
        # The new schema goes into the file itself, so that the -wal file only ever holds this command's
        # writes: after a failure on a full disk it can then be emptied without growing the file.
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def follow_ids(self) -> None:
        """Nothing to do: SQLite's next rowid is always past the largest stored."""

    def stream(self, sql: str, params: Sequence[object] = ()) -> Iterator[tuple]:
        """Rows as SQLite steps through them: nothing is held beyond the row at hand."""
        yield from self.conn.execute(sql, params)

    def create_staging(self, table: str, select: str) -> None:
        """An empty temporary table shaped like ``select``; its rowid keeps the order rows came in."""
        self.conn.execute(f"CREATE TEMP TABLE {table} AS {select} WHERE 0")

    def search_rows(self, words: list[str], lang: Optional[str], limit: int) -> list[tuple]:
        """(doc id, lang, speaker, sentence, text, marked or None) of sentences, then imported units, holding
        a word that starts with each of ``words``: FTS5 prefix queries, quoted so user text is never syntax."""
        query = " ".join(f'"{w}"*' for w in words)
        # highlight() costs the square of a sentence's length: long sentences are marked in Python.
        sql = f"""SELECT s.doc_id, d.lang, coalesce(p.name, ''), s.idx, s.text,
                        CASE WHEN length(s.text) <= {LONG} THEN highlight(segments_fts, 0, '[', ']') END
                 FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid
                 JOIN documents d ON d.id = s.doc_id
                 JOIN blocks b ON b.doc_id = s.doc_id AND b.idx = s.block
                 LEFT JOIN people p ON p.doc_id = s.doc_id AND p.key = b.speaker
                 WHERE segments_fts MATCH ? {'AND d.lang = ?' if lang else ''}
                 ORDER BY d.rowid, s.idx LIMIT ?"""
        rows = self.conn.execute(sql, [query, *([lang] if lang else []), limit]).fetchall()
        if len(rows) < limit:
            # Units imported from other tools' TMX have no document: the tuid stands in for it.
            rows += self.conn.execute(
                f"""SELECT 'tmx:' || f.tuid, f.lang, u.speaker, -1, f.text,
                           CASE WHEN length(f.text) <= {LONG} THEN highlight(unit_texts_fts, 0, '[', ']') END
                    FROM unit_texts_fts f JOIN units u ON u.tuid = f.tuid
                    WHERE unit_texts_fts MATCH ? {'AND f.lang = ?' if lang else ''}
                    ORDER BY u.rowid, f.lang LIMIT ?""",
                [query, *([lang] if lang else []), limit - len(rows)]).fetchall()
        return rows
