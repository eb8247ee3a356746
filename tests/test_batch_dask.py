"""`workbench batch --scheduler`: the per-group work on a Dask cluster, the results streamed back to the one
writer, and the memory the same as after a local run. A LocalCluster, then `dask scheduler` and
`dask worker` started as separate processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

import workbench  # noqa: E402


def _contents(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {"documents": sorted(r[0] for r in conn.execute("SELECT id FROM documents")),
                "alignments": sorted(conn.execute("SELECT src_doc, tgt_doc FROM alignments")),
                "beads": sorted(conn.execute("SELECT a.src_doc, a.tgt_doc, position, src, tgt, score, flagged "
                                             "FROM beads JOIN alignments a ON a.id = alignment_id")),
                "units": sorted(conn.execute("SELECT tuid, texts, score, flagged FROM units")),
                "jobs": sorted(conn.execute("SELECT job, status, content_hash FROM batch_jobs"))}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory, build_archive):
    root = tmp_path_factory.mktemp("dask")
    folder = root / "archive"
    build_archive(folder, limit=8)
    (folder / "bad.txt").write_text("President Ilham Aliyev spoke.\n", encoding="utf-8")
    (folder / "bad.ru.txt").write_bytes(b"\x00\x00 binary \x01")
    with workbench.Memory(root / "local.sqlite") as memory:
        local = workbench.run_batch(memory, [folder], workers=2)
    return folder, _contents(root / "local.sqlite"), local.rows


def test_a_local_cluster_gives_the_local_run_s_result(tmp_path, archive):
    from distributed import Client, LocalCluster

    folder, reference, rows = archive
    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client, workbench.Memory(tmp_path / "m.sqlite") as memory:
        result = workbench.run_batch(memory, [folder], scheduler=client)
    assert result.failed == 1 and result.rows == rows
    assert _contents(tmp_path / "m.sqlite") == reference


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the Dask process ended early"
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"nothing listened on {port} within {seconds} s")


def test_dask_scheduler_and_workers_as_separate_processes(tmp_path, archive):
    dask = shutil.which("dask", path=os.path.dirname(sys.executable)) or shutil.which("dask")
    if not dask:
        pytest.skip("the dask command is not installed")
    folder, reference, _ = archive
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = []
    try:
        scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                      "--dashboard-address", ":0", "--no-show"], cwd=tmp_path,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        procs.append(scheduler)
        _wait_for_port(port, scheduler)
        for _ in range(2):
            procs.append(subprocess.Popen([dask, "worker", address, "--nthreads", "1", "--nworkers", "1",
                                           "--no-dashboard", "--host", "127.0.0.1"], cwd=tmp_path,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                          start_new_session=True))
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        db = tmp_path / "memory.sqlite"
        done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), "batch", str(folder),
                               "--scheduler", address, "--json"], cwd=tmp_path, capture_output=True, timeout=300)
        assert done.returncode == 1, done.stderr.decode()  # the bad file fails, as it does locally
        summary = json.loads(done.stdout)
        assert summary["failed"] == 1 and summary["done"] == len(reference["jobs"]) - 1
        assert _contents(db) == reference
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
