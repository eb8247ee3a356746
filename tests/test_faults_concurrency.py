"""Many processes on one memory: every writer waits its turn and all of them finish, counts add up, and a
wait that runs out is one line naming the memory. Real processes, small inputs (a few seconds each)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from workbench.model import Unit
from workbench.store import Memory
from workbench.tmx import write_tmx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EN, RU = SEEDS / "000_cad0dfaeb5419f53.txt", SEEDS / "000_cad0dfaeb5419f53.ru.txt"


def start(*args: object, cwd: Path, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})})


def finish(procs: list[subprocess.Popen]) -> list[tuple[int, str]]:
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    return [(p.returncode, err) for p, err in zip(procs, errors)]


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "alignments", "units")}


def tmx_file(path: Path, prefix: str, n: int) -> Path:
    write_tmx((Unit(tuid=f"{prefix}-{i}", texts={"en": f"Energy talks, round {i} of {prefix}.",
                                                  "ru": f"Переговоры по энергетике, раунд {i} из {prefix}."},
                    srclang="ru") for i in range(n)), path, srclang="ru")
    return path


def test_eight_imports_at_once_into_a_new_memory_all_finish(tmp_path):
    files = [tmx_file(tmp_path / f"t{k}.tmx", f"f{k}", 2000) for k in range(8)]
    db = tmp_path / "new" / "memory.sqlite"  # created by whichever process comes first
    results = finish([start("--db", db, "import-tmx", f, cwd=tmp_path) for f in files])
    assert [code for code, _ in results] == [0] * 8, results
    assert counts(db)["units"] == 16_000


def test_eight_runs_at_once_on_one_memory_all_finish(tmp_path):
    sources = []
    for k in range(8):  # eight different English texts (their ids differ) of one Russian original
        source = tmp_path / f"en{k}.txt"
        source.write_text(EN.read_text(encoding="utf-8") + f"\n\nThe meeting number {k} ended.\n", encoding="utf-8")
        sources.append(source)
    db = tmp_path / "memory.sqlite"
    procs = [start("--db", db, "run", s, "--original", RU, "--out-dir", tmp_path / f"out{k}", cwd=tmp_path)
             for k, s in enumerate(sources)]
    results = finish(procs)
    assert [code for code, _ in results] == [0] * 8, results
    found = counts(db)
    assert (found["documents"], found["alignments"]) == (9, 8)
    with Memory(db) as memory:
        per_pair = {a.src_doc: memory.unit_stats(pair=(a.src_doc, a.tgt_doc))[0] for a in memory.alignments()}
    assert len(per_pair) == 8 and min(per_pair.values()) > 50 and sum(per_pair.values()) == found["units"]
    for k in range(8):
        assert sorted(p.name for p in (tmp_path / f"out{k}").iterdir()) == [
            f"en{k}.docx", f"en{k}.tei.xml", f"en{k}.tmx"]


def test_a_wait_that_runs_out_is_one_line_naming_the_memory(tmp_path):
    db = tmp_path / "memory.sqlite"
    Memory(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another command in the middle of its write
    try:
        proc = start("--db", db, "ingest", EN, cwd=tmp_path, env={"WORKBENCH_BUSY_TIMEOUT": "0.5"})
        [(code, err)] = finish([proc])
        # Reading is never blocked by a writer.
        [(list_code, _)] = finish([start("--db", db, "list", cwd=tmp_path)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "memory.sqlite: another command is writing to this memory" in err and "WORKBENCH_BUSY_TIMEOUT" in err
    assert list_code == 0
    assert counts(db)["documents"] == 0


def test_many_commands_creating_one_memory_at_once(tmp_path):
    db = tmp_path / "fresh.sqlite"
    results = finish([start("--db", db, "ingest", RU, cwd=tmp_path) for _ in range(6)]
                     + [start("--db", db, "ingest", EN, cwd=tmp_path) for _ in range(6)])
    assert [code for code, _ in results] == [0] * 12, results
    assert counts(db)["documents"] == 2


def test_a_memory_created_between_two_reads_of_its_identity_is_not_taken_for_a_damaged_one(tmp_path):
    # The race behind "unknown memory schema version 0" with eight commands creating one memory: the version
    # was read before the creator's commit and the tables after it. The identity is read in one snapshot.
    from workbench import memory_file

    db = tmp_path / "memory.sqlite"
    creator = sqlite3.connect(db, isolation_level=None)
    creator.execute("PRAGMA journal_mode = WAL")
    creator.execute("BEGIN IMMEDIATE")
    for table in ("documents", "segments", "alignments", "beads", "units"):
        creator.execute(f"CREATE TABLE {table} (id TEXT)")
    creator.execute("PRAGMA user_version = 3")
    reader = sqlite3.connect(db, isolation_level=None)

    class CommitsAfterFirstRead:
        """The reader's connection; the creator commits right after the reader's first statement."""

        def __init__(self) -> None:
            self.reads = 0

        @property
        def in_transaction(self) -> bool:
            return reader.in_transaction

        def execute(self, sql: str):
            cursor = reader.execute(sql)
            if sql.startswith(("PRAGMA", "SELECT")):
                self.reads += 1
                if self.reads == 1:
                    creator.execute("COMMIT")
            return cursor

    try:
        assert memory_file.check_identity(CommitsAfterFirstRead(), db, 99) == 0
        assert memory_file.check_identity(reader, db, 99) == 3  # the next look sees the new memory whole
    finally:
        reader.close()
        creator.close()
