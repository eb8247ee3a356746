"""The team backend: a memory in a PostgreSQL database (``--db postgresql://user@host/db``), through psycopg 3.

Writers take turns as on SQLite: a write transaction (READ COMMITTED) first takes a transaction-scoped
advisory lock of the memory, so every check-then-write (is this document stored? which beads were
confirmed? is the pair still at version V?) sees everything committed before it, and two writers never
deadlock on each other's rows. Readers never wait. The same lock guards migrations, so eight processes
creating a memory at once build its schema once. Unique keys and ON CONFLICT still do the deduplication.
A wait for the lock is bounded by ``WORKBENCH_BUSY_TIMEOUT`` as on SQLite. Taking turns is also why a write
needs no retry loop: READ COMMITTED raises no serialization failures, and writers that never hold row locks
at the same time cannot deadlock each other. Only a foreign session (someone's psql) could deadlock with one;
a migration, which can simply run again, is then retried a few times, and any other write ends in one line
telling to run the command again, with nothing stored.

Errors reaching the user name the database by its URL without the password and never print one.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import time
from typing import Any, Iterator, Optional, Sequence

from workbench import memory_file
from workbench.backend import POSTGRESQL, redact
from workbench.backend.pg_sql import PgConnection, translate
from workbench.errors import InputError, WorkbenchError
from workbench.extras import need
from workbench.schema import SCHEMA_VERSION

# Advisory lock key of a memory's writers (per database): "WBNC", the SQLite memories' application id.
WRITE_LOCK = memory_file.APPLICATION_ID
RETRIES = 5  # runs of a migration that lost to a serialization failure or deadlock
_RETRYABLE = ("40001", "40P01")  # serialization_failure, deadlock_detected
_META = "workbench_meta"
_IDENTITIES = (("documents", "rowid"), ("segments", "id"), ("alignments", "id"), ("units", "rowid"), ("edits", "id"),
               ("unit_segments", "id"))
_counter = itertools.count()


def _psycopg() -> Any:
    return need("psycopg", "a postgresql:// memory", "postgres")


class PostgresBackend:
    """A memory in a PostgreSQL database: connected, checked (it is a workbench memory, not too new),
    migrated under the write lock."""

    name = POSTGRESQL
    readonly = False

    def __init__(self, dsn: str) -> None:
        self.location = dsn
        self.path = redact(dsn)
        psycopg = _psycopg()
        try:
            raw = psycopg.connect(dsn, autocommit=True, connect_timeout=10, application_name="workbench")
        except psycopg.Error as err:
            raise self.translate(err) from None
        self.conn = PgConnection(raw)
        try:
            if self._check_identity() < SCHEMA_VERSION:
                self._migrate()
        except BaseException as err:
            raw.close()
            if isinstance(err, psycopg.OperationalError):
                raise self.translate(err) from None
            raise

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        row = self.conn.raw.execute(f"SELECT value FROM {_META} WHERE key = 'schema_version'").fetchone()
        return int(row[0])

    # -- opening --------------------------------------------------------------------------------------

    def _check_identity(self) -> int:
        """The database's schema version (0: empty), after refusing another program's tables or a newer
        schema. Reads only: a refused database is left as it was."""
        raw = self.conn.raw
        tables = [r[0] for r in raw.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            " ORDER BY table_name")]
        if _META not in tables:
            if tables:
                raise InputError(self.path, f"another program's database (tables {', '.join(tables[:5])}), not a "
                                            f"workbench memory; left untouched")
            return 0
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise InputError(self.path, f"memory schema version {version} is newer than this workbench "
                                        f"({SCHEMA_VERSION}); upgrade workbench to use it")
        return version

    def _migrate(self) -> None:
        from workbench.backend.pg_schema import MIGRATIONS

        psycopg = _psycopg()
        for attempt in range(RETRIES):
            try:
                with self._locked():
                    # Read again under the lock: another process may have created or upgraded it meanwhile.
                    version = self._check_identity()
                    raw = self.conn.raw
                    if version == 0:
                        self._check_letters()
                        raw.execute(f"CREATE TABLE {_META} (key text PRIMARY KEY, value text NOT NULL)")
                        raw.execute(f"INSERT INTO {_META} VALUES ('schema_version', '0')")
                    for number in range(version, SCHEMA_VERSION):
                        if MIGRATIONS[number].strip():
                            raw.execute(MIGRATIONS[number])
                        raw.execute(f"UPDATE {_META} SET value = %s WHERE key = 'schema_version'", (str(number + 1),))
                return
            except psycopg.Error as err:
                if err.sqlstate not in _RETRYABLE or attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))

    def _check_letters(self) -> None:
        """Refuse to make a memory where search and look-up could not see Russian and Azerbaijani words: text
        search and pg_trgm case-fold (and pg_trgm even finds letters) by the database's LC_CTYPE, and under
        ``C`` they skip every letter beyond ASCII."""
        encoding, ctype = self.conn.raw.execute("SELECT current_setting('server_encoding'),"
                                                " current_setting('lc_ctype')").fetchone()
        if encoding != "UTF8" or self.conn.raw.execute("SELECT lower('ДƏ') <> 'дə'").fetchone()[0]:
            raise InputError(self.path, f"the database is {encoding} with LC_CTYPE {ctype}, where search cannot "
                                        f"fold Cyrillic and Azerbaijani letters; make the memory's database UTF-8 "
                                        f"with a UTF-8 locale (CREATE DATABASE ... TEMPLATE template0 ENCODING "
                                        f"'UTF8' LOCALE 'C.UTF-8'); nothing was written")

    # -- writing --------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """BEGIN, the memory's write lock (waiting up to the busy timeout), the body, COMMIT; any failure
        rolls everything back. Lost connections, lock waits and conflicts become one line."""
        psycopg = _psycopg()
        try:
            with self._locked() as conn:
                yield conn
        except psycopg.OperationalError as err:  # deadlocks and serialization failures are among them
            raise self.translate(err) from None

    @contextlib.contextmanager
    def _locked(self) -> Iterator[PgConnection]:
        psycopg = _psycopg()
        conn = self.conn
        try:
            conn.raw.execute("BEGIN")
            conn.raw.execute("SELECT set_config('lock_timeout', %s, true)",
                             (f"{int(memory_file.busy_timeout() * 1000)}ms",))
            conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield conn
            conn.raw.execute("COMMIT")
        except BaseException:
            if not conn.raw.closed and conn.in_transaction:
                with contextlib.suppress(psycopg.Error):
                    conn.raw.execute("ROLLBACK")
            raise

    def translate(self, err: Exception) -> WorkbenchError:
        """A psycopg error as the one line the user sees, naming the database (no password)."""
        state = getattr(err, "sqlstate", None)
        if state == "55P03":  # lock_not_available: the lock_timeout of the write lock ran out
            return memory_file.MemoryBusy(
                self.path, f"another command is writing to this memory; gave up after waiting "
                           f"{memory_file.busy_timeout():g} s (raise WORKBENCH_BUSY_TIMEOUT to wait longer); "
                           f"nothing was stored")
        if state in _RETRYABLE:
            return InputError(self.path, "a concurrent change conflicted with this one; nothing was stored, "
                                         "run the command again")
        return InputError(self.path, self._problem(err))

    def _problem(self, err: Exception) -> str:
        """libpq's message cut to its first line and to what failed ("Connection refused", "database "x"
        does not exist", "password authentication failed..."), with any password taken out."""
        text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        text = text.removeprefix("connection failed: ")
        if " failed: " in text:
            text = text.rsplit(" failed: ", 1)[1]
        text = text.replace("FATAL:", "").strip()
        if "invalid dsn" in text or "invalid connection option" in text or "missing \"=\"" in text:
            text = f"not a valid PostgreSQL URL ({text})"
        if "closed" in text.lower() or "terminat" in text.lower() or "server closed" in text.lower():
            text = f"the connection to the server was lost ({text}); nothing was stored"
        password = _password(self.location)
        return text.replace(password, "***") if password else text

    def follow_ids(self) -> None:
        """After rows came in with their ids (copy-memory), new rows get ids past them."""
        for table, column in _IDENTITIES:
            self.conn.raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), max({column}))"
                                  f" FROM {table} HAVING max({column}) IS NOT NULL")

    # -- reading and temporary tables -----------------------------------------------------------------

    def stream(self, sql: str, params: Sequence[object] = ()) -> Iterator[tuple]:
        """Rows from a server-side cursor, a few thousand at a time, so a million units never sit in memory at
        once; WITH HOLD lets it live across the commits of other statements on this connection."""
        cursor = self.conn.raw.cursor(name=f"wb_stream_{next(_counter)}", withhold=True)
        cursor.itersize = 2000
        try:
            cursor.execute(translate(sql), tuple(params))
            yield from cursor
        finally:
            if not self.conn.raw.closed:
                cursor.close()

    def create_staging(self, table: str, select: str) -> None:
        """An empty temporary table shaped like ``select``, with a rowid keeping the order rows came in."""
        self.conn.execute(f"CREATE TEMP TABLE {table} AS {select} WHERE false")
        self.conn.execute(f"ALTER TABLE pg_temp.{table} ADD COLUMN rowid bigserial")

    def search_rows(self, words: list[str], lang: Optional[str], limit: int) -> list[tuple]:
        """(doc id, lang, speaker, sentence, text, None) of sentences, then imported units, holding a word that
        starts with each of ``words`` (the memory marks the hits itself)."""
        query = " ".join(words)
        rows = self.conn.execute(
            f"""SELECT s.doc_id, d.lang, coalesce(p.name, ''), s.idx, s.text, NULL
                FROM segments s JOIN documents d ON d.id = s.doc_id
                JOIN blocks b ON b.doc_id = s.doc_id AND b.idx = s.block
                LEFT JOIN people p ON p.doc_id = s.doc_id AND p.key = b.speaker
                WHERE wb_search_vector(s.text) @@ wb_prefix_query(?) {'AND d.lang = ?' if lang else ''}
                ORDER BY d.rowid, s.idx LIMIT ?""", [query, *([lang] if lang else []), limit]).fetchall()
        if len(rows) < limit:
            rows += self.conn.execute(
                f"""SELECT 'tmx:' || f.tuid, f.lang, u.speaker, -1, f.text, NULL
                    FROM unit_segments f JOIN units u ON u.tuid = f.tuid
                    WHERE u.origin = 'import' AND wb_search_vector(f.text) @@ wb_prefix_query(?)
                    {'AND f.lang = ?' if lang else ''}
                    ORDER BY u.rowid, f.lang LIMIT ?""",
                [query, *([lang] if lang else []), limit - len(rows)]).fetchall()
        return rows


def _password(dsn: str) -> str:
    from urllib.parse import parse_qs, urlsplit

    try:
        parts = urlsplit(dsn)
        return parts.password or parse_qs(parts.query).get("password", [""])[0]
    except ValueError:
        return ""


__all__ = ["PostgresBackend", "WRITE_LOCK"]
