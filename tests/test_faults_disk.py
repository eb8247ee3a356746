"""A full disk and a read-only one, on a small tmpfs: one line, nothing stored, nothing lost, the space
given back. Mounting needs root (CI's .ci/run has it); elsewhere these tests skip and say why."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.model import Unit
from workbench.tmx import write_tmx

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EN, RU = SEEDS / "000_cad0dfaeb5419f53.txt", SEEDS / "000_cad0dfaeb5419f53.ru.txt"


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB tmpfs, unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip() or 'mount failed'}); "
                    f"run as root to test a full or read-only disk")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def cli(*args: object, cwd: Path) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd, capture_output=True,
                          timeout=120)
    return done.returncode, done.stderr.decode()


def assert_one_line(code: int, err: str) -> None:
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (code, err)


def units_in(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM units").fetchone()[0]


def big_tmx(path: Path, n: int = 8000) -> Path:
    write_tmx((Unit(tuid=f"d{i}", texts={"en": f"Energy cooperation, sentence {i}.", "ru": f"Предложение {i}."},
                    srclang="ru") for i in range(n)), path, srclang="ru")
    return path


def test_a_full_disk_under_the_memory(small_disk, tmp_path):
    db = small_disk / "memory.sqlite"
    small = tmp_path / "small.tmx"
    write_tmx([Unit(tuid="keep", texts={"en": "Kept.", "ru": "Оставлено."}, srclang="ru")], small, srclang="ru")
    assert cli("--db", db, "import-tmx", small, cwd=tmp_path)[0] == 0
    code, err = cli("--db", db, "import-tmx", big_tmx(tmp_path / "big.tmx"), cwd=tmp_path)
    assert_one_line(code, err)
    assert "memory.sqlite: the disk is full; nothing was stored" in err
    assert units_in(db) == 1
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0  # the space is given back
    assert cli("--db", db, "search", "Kept", cwd=tmp_path)[0] == 0


def test_a_full_disk_under_the_exports(small_disk, tmp_path):
    with open(small_disk / "fill", "wb") as fill:  # all but 16 KB: the first export starts, then fails
        fill.write(b"\0" * (os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize - 16384))
    db = tmp_path / "memory.sqlite"
    code, err = cli("--db", db, "run", EN, "--original", RU, "--out-dir", small_disk / "out", cwd=tmp_path)
    assert_one_line(code, err)
    assert "No space left on device" in err and "/out/" in err
    assert units_in(db) == 0
    assert sorted(os.listdir(small_disk / "out")) == []


def test_a_read_only_memory_and_folder(small_disk, tmp_path):
    db = small_disk / "memory.sqlite"
    assert cli("--db", db, "ingest", EN, cwd=tmp_path)[0] == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    assert cli("--db", db, "list", cwd=tmp_path)[0] == 0
    assert cli("--db", db, "search", "Baku", cwd=tmp_path)[0] == 0
    code, err = cli("--db", db, "ingest", RU, cwd=tmp_path)
    assert_one_line(code, err)
    assert "memory.sqlite: the memory is read-only" in err
    code, err = cli("--db", small_disk / "new.sqlite", "list", cwd=tmp_path)
    assert_one_line(code, err)
