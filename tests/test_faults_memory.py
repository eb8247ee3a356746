"""The memory under faults: files that are not ours, damaged or from elsewhere are refused in one line
and left exactly as they were; search stays fast with a huge sentence; an import that breaks stores nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.highlight import mark_window
from workbench.model import Block, Document, Segment, Unit
from workbench.store import Memory

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sentence_doc(doc_id: str, text: str) -> Document:
    block = Block(index=0, kind="para", text=text)
    block.segments.append(Segment(0, 0, 0, len(text), text))
    return Document(id=doc_id, lang="en", title="t", blocks=[block])


# -- files that are not a usable memory ---------------------------------------------------------------

def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path, cli_process, one_line_error):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ann')")
    before = digest(foreign)
    for command in (["list"], ["ingest", SEEDS / "000_cad0dfaeb5419f53.txt"], ["search", "energy"]):
        err = one_line_error(cli_process("--db", foreign, *command, cwd=tmp_path))
        assert "another program's SQLite file" in err and "other.sqlite" in err
    assert digest(foreign) == before
    assert not Path(f"{foreign}-wal").exists()


def test_an_application_id_not_ours_is_refused(tmp_path):
    foreign = tmp_path / "app.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("PRAGMA application_id = 1234")
    with pytest.raises(InputError, match="another program"):
        Memory(foreign)


@pytest.mark.parametrize("version", [-5, 99])
def test_unknown_or_newer_schema_is_refused(tmp_path, version, cli_process, one_line_error):
    path = tmp_path / "m.sqlite"
    Memory(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("PRAGMA journal_mode = DELETE")  # all in the one file, to compare its bytes
    conn.close()
    before = digest(path)
    err = one_line_error(cli_process("--db", path, "list", cwd=tmp_path))
    assert ("newer than this workbench" if version > 0 else "unknown memory schema") in err
    assert digest(path) == before


def test_a_memory_without_the_marker_but_with_our_tables_still_opens(tmp_path):
    path = tmp_path / "old.sqlite"
    Memory(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 0")  # as memories made before the marker are
    with Memory(path) as memory:
        assert memory.documents() == []


def _damage(path: Path) -> None:
    """Overwrite the middle of the file's pages, as a failing disk might (the header stays valid)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(min(size - 4096, 16384)))


def test_a_damaged_memory_is_refused_and_nothing_is_written_into_it(tmp_path, cli_process, one_line_error):
    path = tmp_path / "m.sqlite"
    with Memory(path) as memory:
        for i in range(40):
            memory.add_document(sentence_doc(f"en-{i}", f"Energy cooperation number {i}. " * 40))
    _damage(path)
    before = digest(path)
    for command in (["list"], ["search", "energy"], ["ingest", SEEDS / "000_cad0dfaeb5419f53.txt"]):
        err = one_line_error(cli_process("--db", path, *command, cwd=tmp_path))
        assert "m.sqlite" in err and ("damaged" in err or "not a workbench memory" in err), err
    assert digest(path) == before


def test_a_file_that_is_not_sqlite_is_one_line(tmp_path, cli_process, one_line_error):
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    err = one_line_error(cli_process("--db", path, "list", cwd=tmp_path))
    assert "notes.txt" in err


# -- search in bounded time ---------------------------------------------------------------------------

def test_search_in_an_8_mb_sentence_is_not_quadratic(tmp_path):
    filler = "cooperation in the energy sector and the corridor " * 170_000  # ~8.5 MB
    text = filler + "Şahin signed it. " + filler
    with Memory(tmp_path / "m.sqlite") as memory:
        memory.add_document(sentence_doc("en-huge", text))
        memory.add_document(sentence_doc("en-small", "We met Sahin in Baku."))
        started = time.perf_counter()
        hits = memory.search("sahin")
        elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed  # a hang guard, not a speed claim: highlight() took 33 s here
    assert [h.doc_id for h in hits] == ["en-huge", "en-small"]
    assert "[Şahin] signed it." in hits[0].marked and hits[0].marked.startswith("…")
    assert len(hits[0].marked) < 1000
    assert hits[1].marked == "We met [Sahin] in Baku."  # short sentences keep FTS5's own marking


def test_the_window_marks_whole_words_ignoring_case_and_diacritics():
    text = "x" * 20_000 + " Energy, energetic ENERGY and İlham; " + "y" * 20_000
    marked = mark_window(text, ["energy", "ilham"])
    assert "[Energy], energetic [ENERGY] and [İlham];" in marked
    assert marked.startswith("…") and marked.endswith("…")


# -- import streams, and a file that breaks stores nothing ---------------------------------------------

def test_an_import_that_breaks_half_way_stores_nothing(tmp_path):
    def units_then_failure():
        for i in range(5000):
            yield Unit(tuid=f"u{i}", texts={"en": f"One {i}.", "ru": f"Один {i}."}, srclang="ru")
        raise InputError("broken.tmx", "not well-formed XML")

    with Memory(tmp_path / "m.sqlite") as memory:
        memory.add_units([Unit(tuid="keep", texts={"en": "Kept.", "ru": "Оставлено."}, srclang="ru")])
        with pytest.raises(InputError):
            memory.add_units(units_then_failure(), batch=500)
        assert memory.unit_stats()[0] == 1
        added, present = memory.add_units(
            Unit(tuid=t, texts={"en": "A.", "ru": "А."}, srclang="ru") for t in ("keep", "new", "new"))
        assert (added, present) == (1, 2)
        assert [h.doc_id for h in memory.search("Kept")] == ["tmx:keep"]
