"""A team's memory on PostgreSQL: copy-memory between the backends (exports byte-equal), many writers at once
losing nothing, one-line errors that never show a password, the PostgreSQL migrations, and psycopg left
unimported until a postgresql:// URL is used. The memory's own behaviour on PostgreSQL is tested by the
memory-level test files through the ``memory_url`` fixture (test_store, test_tm_lookup, test_review_edits)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from workbench.backend.pg_sql import translate
from workbench.model import Unit
from workbench.store import SCHEMA_VERSION, Memory
from workbench.tmx import write_tmx

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EN, RU, AZ = (SEEDS / f"000_cad0dfaeb5419f53{s}.txt" for s in ("", ".ru", ".az"))
TMX = ROOT / "tests" / "fixtures" / "tmx"
COUNTED = ("documents", "people", "blocks", "segments", "alignments", "beads", "units", "unit_extra",
           "unit_segments", "edits", "bead_reviews", "batch_jobs")


def workbench(*args: object, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """The command in a process of its own, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=300)


def shown(run, *args: object) -> str:
    """The command's standard output, run in this process (the `run` fixture): quicker for many reads."""
    done = run(*args)
    assert done.exit_code == 0, done.output
    return done.stdout


def start(*args: object, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "workbench", *map(str, args)], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def counts(db: str) -> dict[str, int]:
    with Memory(db) as memory:
        return {t: memory.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def tmx_file(path: Path, prefix: str, n: int) -> Path:
    write_tmx((Unit(tuid=f"{prefix}-{i}", texts={"en": f"Energy talks, round {i} of {prefix}.",
                                                  "ru": f"Переговоры по энергетике, раунд {i} из {prefix}."},
                    srclang="ru") for i in range(n)), path, srclang="ru")
    return path


# -- the SQL spelled for PostgreSQL ----------------------------------------------------------------------

def test_sqlite_spellings_are_translated_outside_string_literals():
    assert translate("SELECT a FROM t WHERE b = ? AND c LIKE ? || '-%' AND d = '?'") == \
        "SELECT a FROM t WHERE b = %s AND c LIKE %s || '-%%' AND d = '?'"
    assert translate("INSERT OR IGNORE INTO units (tuid) SELECT tuid FROM temp.staged ORDER BY rowid") == \
        "INSERT INTO units (tuid) SELECT tuid FROM pg_temp.staged ORDER BY rowid ON CONFLICT DO NOTHING"
    assert translate("INSERT OR REPLACE INTO unit_extra (tuid, extra) VALUES (?, ?)") == \
        "INSERT INTO unit_extra (tuid, extra) VALUES (%s, %s) ON CONFLICT (tuid) DO UPDATE SET extra = EXCLUDED.extra"
    assert translate("INSERT OR REPLACE INTO units (tuid, texts) VALUES (?, ?)").endswith(
        "DO UPDATE SET texts = EXCLUDED.texts, rowid = DEFAULT")  # a replaced unit moves to the end, as on SQLite
    assert translate("SELECT 1 FROM units WHERE alignment_id IS ?") == \
        "SELECT 1 FROM units WHERE alignment_id IS NOT DISTINCT FROM %s"
    assert translate("INSERT INTO edits (op) VALUES (?)") == "INSERT INTO edits (op) VALUES (%s) RETURNING id"
    assert translate("CREATE TABLE temp.s (k INTEGER PRIMARY KEY)") == "CREATE TABLE pg_temp.s (k BIGINT PRIMARY KEY)"


def test_every_migration_has_its_postgresql_twin():
    from workbench.backend import pg_schema
    from workbench.schema import MIGRATIONS

    assert len(pg_schema.MIGRATIONS) == len(MIGRATIONS) == SCHEMA_VERSION


# -- start-up ------------------------------------------------------------------------------------------

def test_psycopg_is_imported_only_for_a_postgresql_memory(tmp_path, pg_url):
    probe = ("import runpy, sys\nsys.argv = ['workbench', *sys.argv[1:]]\ntry:\n"
             "    runpy.run_module('workbench', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print('psycopg' in sys.modules, file=sys.stderr)")

    def imports_psycopg(*args: str) -> str:
        done = subprocess.run([sys.executable, "-c", probe, *args], cwd=tmp_path, capture_output=True, text=True)
        return done.stderr.strip().splitlines()[-1]

    assert imports_psycopg("--help") == "False"
    assert imports_psycopg("--db", "m.sqlite", "list") == "False"
    assert imports_psycopg("--db", pg_url, "list") == "True"
    plain = subprocess.run([sys.executable, "-c", "import sys, workbench.store; print('psycopg' in sys.modules)"],
                           capture_output=True, text=True, check=True)
    assert plain.stdout.strip() == "False"


# -- copy-memory ---------------------------------------------------------------------------------------

def _filled_sqlite(folder: Path) -> Path:
    """A memory with something in every table: a trilingual run, two imported TMX files (inline codes, props,
    notes), review edits with a note and an undo, and a batch job row."""
    from workbench.batch import writer

    db = folder / "a.sqlite"
    for args in (("run", EN, "--original", RU, "--original", AZ, "--out-dir", folder / "out"),
                 ("import-tmx", TMX / "inline_markup.tmx"), ("import-tmx", TMX / "tmx11_lang.tmx"),
                 ("confirm", "1", "2", "0", "1", "--note", "checked"), ("link", "1", "2", "--src", "3", "--tgt", "3"),
                 ("unlink", "1", "3", "4"), ("undo", "1", "3"), ("lookup", "Thank you")):
        done = workbench("--db", db, *args, cwd=folder)
        assert done.returncode == 0, done.stderr
    with Memory(db) as memory:
        writer.fail(memory, "pair-1", "abc123", "could not read it", {"src": "x.en.txt"})
    return db


def _views(run, db: str, folder: Path) -> dict[str, str]:
    """What a user sees of a memory, from every command that shows it whole."""
    out = {name: shown(run, "--db", db, *args) for name, args in (
        ("tmx", ("export", "tmx", "--all", "--include-flagged", "--out", "-")),
        ("history", ("history", "1", "2", "--json")), ("history3", ("history", "1", "3", "--json")),
        ("beads", ("beads", "1", "2", "--json")), ("search", ("search", "Prezident")),
        ("search_tmx", ("search", "Baku")), ("lookup", ("lookup", "Thank you very much", "--json")),
        ("list", ("list",)))}
    tei = folder / f"tei-{abs(hash(db))}"
    shown(run, "--db", db, "export", "tei", "--all", "--out", f"{tei}/")
    out.update({f"tei/{p.name}": p.read_text(encoding="utf-8") for p in sorted(tei.iterdir())})
    return out


def test_copy_memory_sqlite_to_postgresql_and_back_carries_everything(tmp_path, pg_databases, monkeypatch, run):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    original = str(_filled_sqlite(tmp_path))
    team, team_copy = pg_databases(), pg_databases()
    back, again = str(tmp_path / "back.sqlite"), str(tmp_path / "again.sqlite")
    for src, dst in ((original, team), (team, back), (team, team_copy), (back, again)):
        done = shown(run, "copy-memory", src, dst)
        assert done.startswith("copied ") and "3 documents, 2 alignments" in done
    expected = counts(original)  # the look-up ran on it, so its unit_segments are complete too
    assert all(expected.values()), expected  # every table had rows to carry
    views = _views(run, original, tmp_path)
    assert "<prop" in views["tmx"] and "<bpt" in views["tmx"]  # the imported extras are in the export
    for db in (team, back, team_copy, again):
        # views first: a SQLite copy fills its look-up rows at its first look-up, as after an import
        assert _views(run, db, tmp_path) == views, db
        assert counts(db) == expected, db
    # ids go on after the copied ones: a new edit on the copy is the next id, not a clash
    shown(run, "--db", team, "confirm", "1", "2", "5")
    ids = [e["id"] for e in json.loads(shown(run, "--db", team, "history", "1", "2", "--json"))]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_copy_memory_refuses_a_destination_that_holds_data(tmp_path, pg_url):
    db = str(tmp_path / "a.sqlite")
    assert workbench("--db", db, "import-tmx", TMX / "inline_markup.tmx", cwd=tmp_path).returncode == 0
    assert workbench("copy-memory", db, pg_url, cwd=tmp_path).returncode == 0
    before = counts(pg_url)
    for src, dst in ((db, pg_url), (pg_url, db)):
        done = workbench("copy-memory", src, dst, cwd=tmp_path)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "already holds a memory" in done.stderr and "nothing was copied" in done.stderr
    assert counts(pg_url) == before
    missing = workbench("copy-memory", tmp_path / "nope.sqlite", pg_url, cwd=tmp_path)
    assert missing.returncode == 1 and "no memory file there" in missing.stderr


def test_run_and_export_on_postgresql_write_the_same_files_as_on_sqlite(tmp_path, pg_url, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for name, db in (("sqlite", tmp_path / "m.sqlite"), ("pg", pg_url)):
        done = workbench("--db", db, "run", EN, "--original", RU, "--original", AZ, "--out-dir", tmp_path / name,
                         cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in (tmp_path / "sqlite").iterdir())
    assert len(files) >= 4
    for name in files:
        assert (tmp_path / "pg" / name).read_bytes() == (tmp_path / "sqlite" / name).read_bytes(), name


# -- many writers at once ------------------------------------------------------------------------------

def test_eight_importers_and_four_runs_at_once_lose_nothing(tmp_path, pg_url, build_archive):
    """All start on an empty database, so they also race to create the schema. Two runs store the same
    seed (its documents and alignments once), two store pairs of their own; the imports are 8 x 1000 units."""
    files = [tmx_file(tmp_path / f"t{k}.tmx", f"f{k}", 1000) for k in range(8)]
    archive = tmp_path / "archive"
    keys = build_archive(archive, limit=2)
    runs = [("run", EN, "--original", RU, "--original", AZ), ("run", EN, "--original", RU, "--original", AZ),
            *[("run", archive / f"{key}.en.txt", "--original", *(p for p in archive.glob(f"{key}.*.txt")
                                                                 if not p.name.endswith(".en.txt")))
              for key in keys]]
    procs = [start("--db", pg_url, "import-tmx", f, cwd=tmp_path) for f in files]
    procs += [start("--db", pg_url, *args, "--out-dir", tmp_path / f"out{n}", "--json", cwd=tmp_path)
              for n, args in enumerate(runs)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [err for _, err in outs]
    pairs = {(pair["src"], pair["tgt"]): pair["units"] for out, _ in outs[8:] for pair in json.loads(out)["pairs"]}
    docs = {d["id"] for out, _ in outs[8:] for d in json.loads(out)["documents"]}
    got = counts(pg_url)
    assert (got["documents"], got["alignments"]) == (len(docs), len(pairs)) == (7, 4)
    assert got["units"] == 8 * 1000 + sum(pairs.values())
    assert got["unit_segments"] == 2 * got["units"]  # every unit's two texts are in the look-up's index
    with Memory(pg_url) as memory:
        imported = {r[0] for r in memory.conn.execute("SELECT tuid FROM units WHERE origin = 'import'")}
    assert imported == {f"f{k}-{i}" for k in range(8) for i in range(1000)}
    # the same imports again, at once: each finds its units there, none is stored twice
    again = [start("--db", pg_url, "import-tmx", f, cwd=tmp_path) for f in files]
    outs = [p.communicate(timeout=300) for p in again]
    assert [p.returncode for p in again] == [0] * 8, [err for _, err in outs]
    assert all("0 units imported, 1000 already in the memory" in out for out, _ in outs)
    assert counts(pg_url) == got
    print(f"8 importers + {len(runs)} runs: {got} (expected {8 * 1000 + sum(pairs.values())} units, "
          f"{len(docs)} documents, {len(pairs)} alignments)")


def test_a_writer_that_waits_too_long_is_one_line(tmp_path, pg_url):
    import psycopg

    from workbench.backend.postgres import WRITE_LOCK

    Memory(pg_url).close()  # the schema first: creating it also takes the write lock
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
        done = workbench("--db", pg_url, "import-tmx", TMX / "inline_markup.tmx", cwd=tmp_path,
                         env={"WORKBENCH_BUSY_TIMEOUT": "1"})
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "another command is writing to this memory" in done.stderr and "nothing was stored" in done.stderr
    assert counts(pg_url)["units"] == 0


# -- errors --------------------------------------------------------------------------------------------

def _one_line_error(tmp_path: Path, url: str) -> str:
    done = workbench("--db", url, "list", cwd=tmp_path)
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    return done.stderr.strip()


def _with(url: str, **parts: object) -> str:
    split = urlsplit(url)
    netloc = f"{parts.get('user', split.username)}:{parts.get('password', split.password or '')}@" \
             f"{split.hostname}:{parts.get('port', split.port)}"
    return urlunsplit(split._replace(netloc=netloc, path=str(parts.get("path", split.path))))


def test_connection_problems_are_one_line_naming_the_database_without_its_password(tmp_path, postgres_server):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    secret = "Secret-Passw0rd-42"
    refused = _one_line_error(tmp_path, _with(postgres_server, password=secret, port=free))
    assert refused.startswith(f"Error: postgresql://{urlsplit(postgres_server).username}@127.0.0.1:{free}/")
    assert "refused" in refused.lower() and secret not in refused
    missing = _one_line_error(tmp_path, _with(postgres_server, path="/no_such_memory"))
    assert 'database "no_such_memory" does not exist' in missing
    assert urlsplit(postgres_server).password not in missing
    bad = _one_line_error(tmp_path, f"postgresql://u:{secret}@127.0.0.1:{free}:9/x?password={secret}")
    assert secret not in bad
    wrong = workbench("--db", _with(postgres_server, password=secret), "list", cwd=tmp_path)
    if wrong.returncode == 0:
        pytest.skip("this server lets anyone in (trust authentication): no password to get wrong")
    assert "password authentication failed" in wrong.stderr and secret not in wrong.stderr


def test_another_programs_database_is_refused_and_left_untouched(tmp_path, pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    message = _one_line_error(tmp_path, pg_url)
    assert "another program's database (tables invoices)" in message
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables"
                                             " WHERE table_schema = 'public'")]
    assert tables == ["invoices"]


# -- migrations ----------------------------------------------------------------------------------------

def test_an_older_postgresql_memory_is_migrated_and_keeps_its_units(pg_url):
    import psycopg

    from workbench.backend import pg_schema
    from workbench.tm.lookup import lookup

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(pg_schema.MIGRATIONS[0])
        conn.execute("CREATE TABLE workbench_meta (key text PRIMARY KEY, value text NOT NULL)")
        conn.execute("INSERT INTO workbench_meta VALUES ('schema_version', '1')")
        conn.execute("INSERT INTO units (tuid, origin, srclang, texts) VALUES ('old', 'import', 'en', %s)",
                     ('{"en": "Old greetings from Baku.", "ru": "Старые приветы из Баку."}',))
    with Memory(pg_url) as m:
        assert m.schema_version == SCHEMA_VERSION
        assert [u.flagged for u in m.units()] == [False]
        assert [h.doc_id for h in m.search("greetings")] == ["tmx:old"]
        assert [x.tuid for x in lookup(m, "Old greetings from Baku.")] == ["old"]


# -- batches ---------------------------------------------------------------------------------------------

def test_a_batch_into_postgresql_is_stored_once_and_skipped_when_run_again(tmp_path, pg_url, build_archive, run):
    keys = build_archive(tmp_path / "archive", limit=2)
    first = run("--db", pg_url, "batch", tmp_path / "archive", "--workers", "1", "--json")
    assert first.exit_code == 0, first.output
    again = run("--db", pg_url, "batch", tmp_path / "archive", "--json")
    assert again.exit_code == 0 and json.loads(again.stdout)["skipped"] == len(keys)
    got = counts(pg_url)
    assert (got["documents"], got["alignments"], got["batch_jobs"]) == (2 * len(keys), len(keys), len(keys))


def test_a_migration_that_loses_to_a_deadlock_is_run_again(pg_url, monkeypatch):
    """Only a foreign session can deadlock with workbench (its writers take turns); a migration then runs
    again. The probe raises a deadlock on the first run only: a sequence does not roll back."""
    import psycopg

    from workbench.backend import pg_schema

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE SEQUENCE probe")
    first = ("DO $$ BEGIN IF nextval('probe') = 1 THEN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01';"
             " END IF; END $$;\n")
    monkeypatch.setattr(pg_schema, "MIGRATIONS", (first + pg_schema.MIGRATIONS[0], *pg_schema.MIGRATIONS[1:]))
    with Memory(pg_url) as memory:
        assert memory.schema_version == SCHEMA_VERSION
        assert memory.conn.execute("SELECT last_value FROM probe").fetchone()[0] == 2


def test_imports_at_once_whose_tuids_clash_keep_every_unit(tmp_path, memory_url):
    """Tools number their tuids from 1: four files with the same tuids and other texts, imported at once,
    keep all their units (a taken tuid becomes tuid~2, ~3... as it does when they come one after another)."""
    files = []
    for k in range(4):
        files.append(tmx_file(tmp_path / f"t{k}.tmx", "same", 300))
        text = files[-1].read_text(encoding="utf-8").replace(" of same.", f" of file {k}.").replace(" из same.", f" из {k}.")
        files[-1].write_text(text, encoding="utf-8")
    procs = [start("--db", memory_url, "import-tmx", f, cwd=tmp_path) for f in files]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _, err in outs]
    with Memory(memory_url) as memory:
        texts = {u.texts["en"] for u in memory.units()}
    assert texts == {f"Energy talks, round {i} of file {k}." for k in range(4) for i in range(300)}


def test_a_database_whose_locale_cannot_fold_cyrillic_is_refused(tmp_path, postgres_server, pg_url):
    import psycopg

    name = urlsplit(pg_url).path.lstrip("/") + "_c"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
    try:
        message = _one_line_error(tmp_path, _with(pg_url, path=f"/{name}"))
        assert "LC_CTYPE C" in message and "UTF-8" in message and "nothing was written" in message
    finally:
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
