"""`workbench batch --scheduler`: the per-group work on a Dask cluster, the results streamed back to the one
writer, and the memory the same as after a local run. A LocalCluster, then `dask scheduler` and
`dask worker` started as separate processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

distributed = pytest.importorskip("distributed")

import workbench  # noqa: E402


@pytest.fixture(scope="module")
def archive(tmp_path_factory, build_archive, memory_contents):
    root = tmp_path_factory.mktemp("dask")
    folder = root / "archive"
    build_archive(folder, limit=8)
    (folder / "bad.txt").write_text("President Ilham Aliyev spoke.\n", encoding="utf-8")
    (folder / "bad.ru.txt").write_bytes(b"\x00\x00 binary \x01")
    with workbench.Memory(root / "local.sqlite") as memory:
        local = workbench.run_batch(memory, [folder], workers=2)
    return folder, memory_contents(root / "local.sqlite"), local.rows


def test_a_local_cluster_gives_the_local_run_s_result(tmp_path, archive, memory_contents):
    from distributed import Client, LocalCluster

    folder, reference, rows = archive
    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as client, workbench.Memory(tmp_path / "m.sqlite") as memory:
        result = workbench.run_batch(memory, [folder], scheduler=client)
    assert result.failed == 1 and result.rows == rows
    assert memory_contents(tmp_path / "m.sqlite") == reference


def test_dask_scheduler_and_workers_as_separate_processes(tmp_path, archive, dask_cluster, memory_contents):
    folder, reference, _ = archive
    db = tmp_path / "memory.sqlite"
    done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), "batch", str(folder),
                           "--scheduler", dask_cluster.address, "--json"], cwd=tmp_path, capture_output=True,
                          timeout=300)
    assert done.returncode == 1, done.stderr.decode()  # the bad file fails, as it does locally
    summary = json.loads(done.stdout)
    assert summary["failed"] == 1 and summary["done"] == len(reference["jobs"]) - 1
    assert memory_contents(db) == reference
