"""Opening a memory file safely, and the write lock shared by every process that uses it.

Many commands may work on one memory at once (a batch of `run`s, an import while someone searches).
SQLite lets any number read while one writes; a writer waits for the lock up to ``WORKBENCH_BUSY_TIMEOUT``
seconds (default 60) and holds it only for its short store transaction. When the wait runs out, the
error names the memory and says that another command is writing.

A file is checked before anything is written into it: another program's SQLite file, a memory from a
newer or unknown schema, and a damaged file (``PRAGMA quick_check``, on open; for a memory over 512 MB
before its first write) are refused and left as they were.
A read-only memory, or one in a read-only folder, opens for reading; a write then fails with one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import sqlite3
import time
from pathlib import Path
from typing import Iterator

from workbench.errors import InputError, WorkbenchError

# "WBNC" in the file header marks a workbench memory (PRAGMA application_id), so that another
# program's SQLite file is recognised before a single table is added to it.
APPLICATION_ID = 0x57424E43
# A memory made before the marker existed is recognised by tables only workbench creates.
_OWN_TABLES = {"documents", "segments", "alignments", "beads", "units"}
DEFAULT_BUSY_TIMEOUT = 60.0
# quick_check reads every page (about 2 s per GB from the page cache, 10 s cold): above this size a memory
# is checked before its first write rather than on every open.
CHECK_ON_OPEN_BYTES = 512 * 1024 * 1024


class MemoryBusy(InputError):
    """The write lock stayed taken for longer than the wait allows."""


def busy_timeout() -> float:
    """Seconds a writer waits for the lock (``WORKBENCH_BUSY_TIMEOUT``)."""
    raw = os.environ.get("WORKBENCH_BUSY_TIMEOUT", "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_BUSY_TIMEOUT
    except ValueError:
        raise WorkbenchError(f"WORKBENCH_BUSY_TIMEOUT must be a number of seconds, not {raw!r}") from None


def open_connection(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to ``path`` and whether it is read-only. Creates the folder for a new memory."""
    exists = path.exists()
    folder = path.parent
    if not exists:
        folder.mkdir(parents=True, exist_ok=True)
    writable = os.access(folder, os.W_OK) and (not exists or os.access(path, os.W_OK))
    if not exists and not writable:
        raise InputError(path, "cannot create the memory: its folder is read-only")
    timeout = busy_timeout()
    if writable:
        return sqlite3.connect(path, timeout=timeout, isolation_level=None), False
    # WAL needs a -shm file beside the memory; where none can be made, read the file as it is on disk.
    shm = Path(f"{path}-shm")
    immutable = "" if shm.exists() and os.access(shm, os.R_OK) else "&immutable=1"
    uri = f"{path.resolve().as_uri()}?mode=ro{immutable}"
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None), True


def check_identity(conn: sqlite3.Connection, path: Path, newest: int) -> int:
    """The file's schema version, after refusing what is not a workbench memory this code can use.
    Reads only: a refused file is left exactly as it was."""
    # One snapshot for the three reads: another command creating the memory at this moment commits its
    # tables and its version together, and a version read before that commit beside tables read after it
    # would look like a damaged file ("schema version 0" with tables).
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        if own and conn.in_transaction:
            conn.execute("COMMIT")
    if app_id not in (0, APPLICATION_ID):
        raise InputError(path, f"another program's SQLite file (application id {app_id:#x}), not a "
                             f"workbench memory; left untouched")
    if app_id == 0 and tables and not _OWN_TABLES <= tables:
        raise InputError(path, f"another program's SQLite file (tables {', '.join(sorted(tables)[:5])}), "
                             f"not a workbench memory; left untouched")
    if version < 0 or (version == 0 and tables):
        raise InputError(path, f"unknown memory schema version {version}; left untouched")
    if version > newest:
        raise InputError(path, f"memory schema version {version} is newer than this workbench ({newest}); "
                             f"upgrade workbench to use it")
    return version


def check_damage(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file before anything is written into it."""
    problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        lines = [line for p in problems for line in p.splitlines() if line.strip() and "***" not in line]
        raise InputError(path, f"the memory is damaged ({'; '.join(lines[:2])[:200]}); nothing was written to it: "
                             f"restore a backup, or try `sqlite3 {path} .recover`")


def retry_busy(conn: sqlite3.Connection, sql: str, path: Path) -> None:
    """Run ``sql``, waiting while another process holds the lock. SQLite's own busy handler does most
    of the waiting; some lock conflicts (WAL recovery, a journal-mode change) return at once, so they
    are retried here until the same deadline."""
    deadline = time.monotonic() + busy_timeout()
    while True:
        try:
            conn.execute(sql)
            return
        except sqlite3.OperationalError as err:
            if not is_busy(err) or time.monotonic() >= deadline:
                raise translate(err, path) from None
        time.sleep(random.uniform(0.01, 0.1))


@contextlib.contextmanager
def write_lock(conn: sqlite3.Connection, path: Path, readonly: bool) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT: the lock is taken before the first write, so two writers never
    deadlock, and released on any failure with nothing stored."""
    if readonly:
        raise InputError(path, "the memory is read-only (the file or its folder); nothing was stored")
    retry_busy(conn, "BEGIN IMMEDIATE", path)
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as err:
        # SQLite may already have rolled back (disk full, I/O error): a second ROLLBACK would fail
        # and hide the real error.
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if is_environmental(err):
            # The rolled-back pages still fill the -wal file: on a full disk, give the space back now.
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raise translate(err, path) from None
        raise


def is_environmental(err: BaseException) -> bool:
    """Errors from the file and its surroundings (lock, disk, permissions, damage), as opposed to a
    constraint the code broke, which keeps its type and traceback for the developer."""
    return isinstance(err, sqlite3.OperationalError) or type(err) is sqlite3.DatabaseError


def is_busy(err: sqlite3.Error) -> bool:
    text = str(err).lower()
    return "locked" in text or "busy" in text


def translate(err: sqlite3.Error | OSError, path: Path) -> WorkbenchError:
    """A database error as the one line the user sees, naming the memory."""
    text = str(err)
    low = text.lower()
    if isinstance(err, sqlite3.Error) and is_busy(err):
        return MemoryBusy(path, f"another command is writing to this memory; gave up after waiting "
                          f"{busy_timeout():g} s (raise WORKBENCH_BUSY_TIMEOUT to wait longer); nothing was stored")
    if "disk is full" in low or getattr(err, "errno", None) == errno.ENOSPC:
        return InputError(path, "the disk is full; nothing was stored")
    if "readonly" in low or "read-only" in low:
        return InputError(path, "the memory is read-only (the file or its folder); nothing was stored")
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return InputError(path, f"not a workbench memory, or a damaged one ({text})")
    return InputError(path, text)
