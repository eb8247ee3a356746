"""Where a memory lives: a SQLite file (the embedded default) or a PostgreSQL database (a team's memory).

The one place that decides which, from what ``--db`` / ``WORKBENCH_DB`` / ``Memory(...)`` was given: a
``postgresql://`` (or ``postgres://``) URL is a PostgreSQL database, anything else a file. Both backends
hand the Memory a connection that takes the same SQL (``?`` placeholders, SQLite's spelling); what cannot
be said the same way in both (full-text search, temporary tables, schema versions, the write lock) is a
method of the backend. psycopg is imported only when a URL is opened, so the CLI's start stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ContextManager, Iterator, Optional, Protocol, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: object) -> bool:
    """A PostgreSQL URL rather than a file name."""
    return isinstance(target, str) and target.startswith(_SCHEMES)


def redact(dsn: str) -> str:
    """The URL as it may be shown: no password, neither in the address nor as a ``password=`` parameter."""
    try:
        parts = urlsplit(dsn)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            netloc = f"{userinfo.split(':', 1)[0]}@{host}"
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"])
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:  # unparseable: show the scheme only, it may hold a password anywhere
        return dsn.split("://", 1)[0] + "://..."


class Backend(Protocol):
    """What a Memory needs from the database beyond plain SQL."""

    name: str  # SQLITE or POSTGRESQL
    conn: Any  # execute(sql, params) / executemany / in_transaction, with SQLite's SQL
    path: Any  # what messages name: the file's Path, or the URL without its password
    location: Any  # what opens the same memory again (the file, or the full URL)
    readonly: bool

    def follow_ids(self) -> None: ...

    def close(self) -> None: ...

    def schema_version(self) -> int: ...

    def transaction(self) -> ContextManager[Any]: ...

    def stream(self, sql: str, params: Sequence[object] = ()) -> Iterator[tuple]: ...

    def create_staging(self, table: str, select: str) -> None: ...

    def search_rows(self, words: list[str], lang: Optional[str], limit: int) -> list[tuple]: ...


def open_backend(target: str | os.PathLike[str]) -> Backend:
    """The backend of ``target``: a PostgreSQL URL, or a memory file (created with its folder when new)."""
    if is_postgres(target):
        from workbench.backend.postgres import PostgresBackend

        return PostgresBackend(str(target))
    from workbench.backend.sqlite import SqliteBackend

    return SqliteBackend(Path(target))


__all__ = ["SQLITE", "POSTGRESQL", "Backend", "is_postgres", "redact", "open_backend"]
