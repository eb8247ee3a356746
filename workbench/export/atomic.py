"""Where exports are written: atomically to a file, or straight into standard output, a FIFO or a device.

A regular file is written to a temporary file in the target's folder and renamed over the target when
done, so an interrupted export never leaves a truncated file behind. ``-`` means standard output.
Inside ``staged()`` the renames wait for ``publish()``: a job that writes several files and stores in the
memory (`run`) renames them only once the memory has committed, and removes them all if anything fails.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import signal
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator, Optional

from workbench.errors import WorkbenchError

STDOUT = "-"


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb") -> Iterator[IO]:
    """Yield a file object; on normal exit it replaces ``path``, on error it is removed.
    ``-`` writes to standard output; a FIFO or a device is written into, never replaced."""
    if os.fspath(path) == STDOUT:
        stream = sys.stdout.buffer if "b" in mode else sys.stdout
        yield stream
        stream.flush()
        return
    # a symlink keeps its link: the file it points to is the one replaced
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise WorkbenchError(f"{os.fspath(path)}: is a folder: give the file to write")
    if _is_stream(target):
        with open(target, mode) as handle:
            yield handle
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = ""
    try:
        with uninterrupted():  # a signal between creating the file and naming it here would leave it behind
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            handle = os.fdopen(fd, mode)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        staging = _STAGING.get()
        if staging is not None:
            staging.pending.append((tmp, target))
        else:
            os.replace(tmp, target)
    except BaseException as err:
        with uninterrupted(), contextlib.suppress(FileNotFoundError):
            if tmp:
                os.unlink(tmp)
        if isinstance(err, OSError) and err.filename is None and err.errno:
            # a failed write (disk full) names no file: name the one being written
            raise OSError(err.errno, err.strerror, os.fspath(target)) from None
        raise


def _is_stream(target: Path) -> bool:
    """A FIFO, a character or block device: something to write into, not a file to replace."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode)


class Staging:
    """Files written under temporary names, waiting to be renamed over their targets together."""

    def __init__(self) -> None:
        self.pending: list[tuple[str, Path]] = []

    def publish(self) -> None:
        """Rename every staged file over its target, in the order written."""
        while self.pending:
            tmp, target = self.pending[0]
            os.replace(tmp, target)
            self.pending.pop(0)

    def discard(self) -> None:
        with uninterrupted():  # a second signal must not stop the cleanup half-way
            for tmp, _ in self.pending:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
            self.pending.clear()


_STAGING: contextvars.ContextVar[Optional[Staging]] = contextvars.ContextVar("staging", default=None)


@contextlib.contextmanager
def staged() -> Iterator[Staging]:
    """Inside, ``atomic_write`` leaves each finished file under its temporary name; ``publish()`` renames
    them. Whatever is not published when the block ends (an error, a signal, no call) is removed."""
    staging = Staging()
    token = _STAGING.set(staging)
    try:
        yield staging
    finally:
        try:
            _STAGING.reset(token)
        finally:
            staging.discard()


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends: a commit and the renames after it happen together
    or, if the signal came first, not at all."""
    signals = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    except (AttributeError, OSError, ValueError):  # no POSIX signal masks here
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
