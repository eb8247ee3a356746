"""`kill -9` during a batch, then a re-run: the memory ends holding exactly what one uninterrupted run
stores, with no pair twice. Killed: the whole batch (the writer and its worker processes) at several
moments; one local worker process; the writer of a batch on a Dask cluster; one Dask worker."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _batch(db: Path, folder: Path, cwd: Path, *how: str) -> subprocess.Popen:
    # A session of its own, so the kill reaches the worker processes too (as a killed terminal would).
    return subprocess.Popen([sys.executable, "-m", "workbench", "--db", str(db), "batch", str(folder),
                             *(how or ("--workers", "2"))], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _done(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM batch_jobs WHERE status = 'done'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet, or being created


def _workers(pid: int, child_pids) -> list[int]:
    """The worker processes among ``pid``'s children: spawned by multiprocessing (as pool workers and a
    Dask nanny's worker are), not its resource tracker."""
    found = []
    for child in child_pids(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            found.append(child)
    assert found, f"no worker process under {pid}"
    return found


@pytest.fixture(scope="module")
def archive(tmp_path_factory, build_archive, memory_contents):
    root = tmp_path_factory.mktemp("kill")
    folder = root / "archive"
    build_archive(folder, copies=2)
    reference = root / "reference.sqlite"
    proc = _batch(reference, folder, root)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    return folder, memory_contents(reference)


@pytest.mark.parametrize("where, killed, when", [
    ("local", "batch", "at-start"), ("local", "batch", "after-1-pair"), ("local", "batch", "mid-way"),
    ("local", "worker", "mid-way"), ("dask", "batch", "mid-way"), ("dask", "worker", "mid-way"),
])
def test_kill_9_then_rerun_gives_the_complete_result_once(request, tmp_path, archive, memory_contents, child_pids,
                                                         where, killed, when):
    folder, reference = archive
    pairs = len(reference["jobs"])
    how = ("--scheduler", request.getfixturevalue("dask_cluster").address) if where == "dask" else ()
    db = tmp_path / "memory.sqlite"
    proc = _batch(db, folder, tmp_path, *how)
    wanted = {"at-start": 0, "after-1-pair": 1, "mid-way": pairs // 2}[when]
    deadline = time.monotonic() + 120
    if wanted == 0:
        time.sleep(0.4)  # the interpreter is up, the memory perhaps being created
    else:
        while _done(db) < wanted and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    assert proc.poll() is None, "the batch finished before it could be killed: make the archive larger"
    if killed == "batch":
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        stopped_at = _done(db)
        assert stopped_at < pairs
        if db.exists() and stopped_at:
            # every pair marked done is wholly stored: its documents and alignment went in with its job row
            partial = memory_contents(db)
            done = {(src, tgt) for _, status, _, src, tgt in partial["jobs"] if status == "done"}
            assert done <= set(partial["alignments"]) and len(done) > 0
    elif where == "local":
        os.kill(_workers(proc.pid, child_pids)[0], signal.SIGKILL)
        # the groups the broken pool held fail; a new pool takes the rest, and the batch says it failed
        assert proc.wait(timeout=300) == 1, proc.stderr.read().decode()
        assert _done(db) < pairs
    else:
        os.kill(_workers(request.getfixturevalue("dask_cluster").nannies[0].pid, child_pids)[0], signal.SIGKILL)
        # the scheduler gives the lost worker's tasks to the other one: nothing fails, nothing is left to do
        assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
        assert memory_contents(db) == reference
    rerun = _batch(db, folder, tmp_path, *how)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    assert memory_contents(db) == reference
