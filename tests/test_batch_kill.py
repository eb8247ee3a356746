"""`kill -9` of a whole batch (the writer and its worker processes) at several moments, then a re-run:
the memory ends holding exactly what one uninterrupted run stores, with no pair twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _batch(db: Path, folder: Path, cwd: Path) -> subprocess.Popen:
    # A session of its own, so the kill reaches the worker processes too (as a killed terminal would).
    return subprocess.Popen([sys.executable, "-m", "workbench", "--db", str(db), "batch", str(folder),
                             "--workers", "2"], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def _done(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM batch_jobs WHERE status = 'done'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet, or being created


def _contents(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {
            "documents": sorted(r[0] for r in conn.execute("SELECT id FROM documents")),
            "alignments": sorted(conn.execute("SELECT src_doc, tgt_doc FROM alignments")),
            "units": sorted(conn.execute("SELECT tuid, texts, score FROM units")),
            "segments": conn.execute("SELECT count(*) FROM segments").fetchone()[0],
            "jobs": sorted(conn.execute("SELECT job, status, src_doc, tgt_doc FROM batch_jobs")),
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory, build_archive):
    root = tmp_path_factory.mktemp("kill")
    folder = root / "archive"
    build_archive(folder, copies=2)
    reference = root / "reference.sqlite"
    proc = _batch(reference, folder, root)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
    return folder, _contents(reference)


@pytest.mark.parametrize("when", ["at-start", "after-1-pair", "mid-way"])
def test_kill_9_then_rerun_gives_the_complete_result_once(tmp_path, archive, when):
    folder, reference = archive
    pairs = len(reference["jobs"])
    db = tmp_path / "memory.sqlite"
    proc = _batch(db, folder, tmp_path)
    wanted = {"at-start": 0, "after-1-pair": 1, "mid-way": pairs // 2}[when]
    deadline = time.monotonic() + 120
    if wanted == 0:
        time.sleep(0.4)  # the interpreter is up, the memory perhaps being created
    else:
        while _done(db) < wanted and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    assert proc.poll() is None, "the batch finished before it could be killed: make the archive larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    stopped_at = _done(db)
    assert stopped_at < pairs
    if db.exists() and stopped_at:
        # every pair marked done is wholly stored: its documents and alignment went in with its job row
        partial = _contents(db)
        done = {(src, tgt) for _, status, src, tgt in partial["jobs"] if status == "done"}
        assert done <= set(partial["alignments"]) and len(done) > 0
    rerun = _batch(db, folder, tmp_path)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode()
    assert _contents(db) == reference
