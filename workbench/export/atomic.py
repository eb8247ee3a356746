"""Where exports are written: atomically to a file, or straight into standard output, a FIFO or a device.

A regular file is written to a temporary file in the target's folder and renamed over the target when
done, so an interrupted export never leaves a truncated file behind. ``-`` means standard output.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

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
    if _is_stream(target):
        with open(target, mode) as handle:
            yield handle
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _is_stream(target: Path) -> bool:
    """A FIFO, a character or block device: something to write into, not a file to replace."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
