"""Commands stopped at random points: `kill -9` leaves the memory whole and holding all or none of the
command's data; SIGTERM also leaves no temporary file; a `run` whose exports fail stores nothing."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.model import Unit
from workbench.store import Memory
from workbench.tmx import write_tmx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EN, RU, AZ = (SEEDS / f"000_cad0dfaeb5419f53{s}.txt" for s in ("", ".ru", ".az"))


def start(*args: object, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop_at(proc: subprocess.Popen, delay: float, sig: int) -> tuple[int, str]:
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(sig)
    err = proc.communicate(timeout=60)[1].decode()
    return proc.returncode, err


def state(db: Path) -> tuple[int, int, int]:
    """(documents, alignments, units), after checking the whole file."""
    if not db.exists():
        return 0, 0, 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'units'").fetchone():
            return 0, 0, 0
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "alignments", "units"))


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.tmp")) if folder.exists() else []


def test_import_killed_at_random_points_stores_all_or_none(tmp_path):
    tmx = tmp_path / "big.tmx"
    write_tmx((Unit(tuid=f"k{i}", texts={"en": f"Sentence {i} of the talks.", "ru": f"Предложение {i}."},
                    srclang="ru") for i in range(30_000)), tmx, srclang="ru")
    rng = random.Random(12)
    outcomes = []
    for attempt in range(6):
        db = tmp_path / f"memory{attempt}.sqlite"
        with Memory(db) as memory:  # a unit stored earlier must survive whatever happens
            memory.add_units([Unit(tuid="old", texts={"en": "Old.", "ru": "Старое."}, srclang="ru")])
        code, _ = stop_at(start("--db", db, "import-tmx", tmx, cwd=tmp_path), rng.uniform(0.3, 4.0), signal.SIGKILL)
        units = state(db)[2]
        assert units in (1, 30_001), (code, units)
        outcomes.append((code, units))
    assert (-signal.SIGKILL, 1) in outcomes, outcomes  # some kills came before the commit


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_run_stopped_at_random_points_stores_all_or_none(tmp_path, sig):
    rng = random.Random(7 + sig)
    for attempt in range(6):
        folder = tmp_path / f"try{attempt}"
        folder.mkdir()
        db, out = folder / "memory.sqlite", folder / "out"
        proc = start("--db", db, "run", EN, "--original", RU, "--original", AZ, "--out-dir", out, cwd=folder)
        code, err = stop_at(proc, rng.uniform(0.05, 0.9), sig)
        documents, alignments, units = state(db)
        assert (documents, alignments) in ((0, 0), (3, 2)), (code, err)
        assert (units > 0) == (documents > 0)
        exported = sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) if out.exists() else []
        if sig == signal.SIGTERM:
            assert "Traceback" not in err, err
            assert code in (0, 128 + signal.SIGTERM, -signal.SIGTERM), (code, err)
            assert temporaries(folder) == []
            # The commit and the renames go together: files only with the data, the data only with files.
            assert bool(exported) == bool(documents), (exported, documents, code)
        elif exported:
            assert documents  # files are renamed only after the memory committed


def test_run_whose_exports_fail_stores_nothing_and_leaves_no_temporary_file(tmp_path):
    db = tmp_path / "memory.sqlite"
    blocker = tmp_path / "in-the-way"
    blocker.write_text("a file where the out-dir's parent should be")
    proc = subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), "run", str(EN), "--original", str(RU),
                           "--out-dir", str(blocker / "out")], cwd=tmp_path, capture_output=True, timeout=60)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert state(db) == (0, 0, 0)
    assert temporaries(tmp_path) == []


def test_run_stores_nothing_when_the_briefing_fails(tmp_path, monkeypatch, run):
    """A failure in the last export, after TMX and TEI were written under temporary names."""
    from workbench.export import docx as docx_export

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device", "briefing.docx")

    monkeypatch.setattr(docx_export, "write_docx", broken)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "000_cad0dfaeb5419f53.tmx").write_text("the previous export")
    result = run("run", EN, "--original", RU, "--out-dir", tmp_path / "out")
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert state(tmp_path / ".workbench" / "memory.sqlite") == (0, 0, 0)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["000_cad0dfaeb5419f53.tmx"]
    assert (tmp_path / "out" / "000_cad0dfaeb5419f53.tmx").read_text() == "the previous export"


def test_a_stop_that_lands_inside_an_import_locks_callback_still_stops_the_command():
    # raised there, the exit would be printed as "Exception ignored in ..." with a traceback, and the command go on
    script = (
        "import signal, sys, time, types\n"
        "from workbench import cli\n"
        "frame = types.SimpleNamespace(f_code=types.SimpleNamespace(co_filename='<frozen importlib._bootstrap>',"
        " co_name='cb'))\n"
        "cli._stopped(signal.SIGTERM, frame)\n"
        "print('went on', flush=True)\n"
        "time.sleep(2)\n"
        "print('never', flush=True)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=30)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 128 + signal.SIGTERM, (out, err)
    assert out == "went on\n" and "Traceback" not in err and "stopped by SIGTERM" in err


def test_a_stop_that_python_wraps_in_another_error_still_ends_quietly_with_its_code():
    # a stop raised while a class is made comes back as "RuntimeError: Error calling __set_name__"
    script = (
        "import signal\n"
        "from workbench import cli\n"
        "class Hook:\n"
        "    def __set_name__(self, owner, name):\n"
        "        cli._stopped(signal.SIGTERM, None)\n"
        "def command(prog_name):\n"
        "    class Made:\n"
        "        hook = Hook()\n"
        "cli.cli = command\n"
        "cli.main()\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=30)
    err = proc.stderr.decode()
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err and err.strip() == "workbench: stopped by SIGTERM"
