"""Helpers shared by several test modules, reached through fixtures so tests never import each other.

- ``run``: the command line, invoked in a scratch folder with its own memory (click's CliRunner).
- ``require_tool``: the one place that decides whether a missing external program skips or fails.
- ``check_partition`` / ``parse_partition``: the segmenter's razdel-style "first.| |Second." cases.
- ``docx_meeting``: builds the three-language meeting in fixtures/docx/meeting.json.
- ``tei_meeting`` / ``tei_check``: a small en/ru meeting built in code, and checks the TEI schema cannot make.
- ``postgres_server`` / ``pg_databases`` / ``pg_url`` / ``memory_url``: a PostgreSQL server for the session, fresh
  databases per test, and a new memory's address once as a SQLite file and once as a PostgreSQL database.

The meetings are built by hand, independent of ingest/segment/align, so an export test fails only
because of the exporter.
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from types import SimpleNamespace

import pytest
from lxml import etree

from workbench import model
from workbench.segment import explain, segment

FIXTURES = Path(__file__).parent / "fixtures"
TEI_SCHEMA = Path(__file__).resolve().parent.parent / "workbench/data/schemas/tei_all.rng"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


# -- the command line -------------------------------------------------------------------------------

@pytest.fixture
def run(tmp_path, monkeypatch):
    """Invoke the CLI in a scratch folder with its own memory: ``run("align", a, b)`` -> click Result."""
    from click.testing import CliRunner

    from workbench.cli import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)

    return invoke


# -- the command line in a process of its own ---------------------------------------------------------

def _cli_process(*args: object, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m workbench ARGS` as a user runs it: its exit code and the bytes of its stderr."""
    return subprocess.run([sys.executable, "-m", "workbench", *map(os.fsdecode, args)], cwd=cwd,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=120)


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    """The promise to a user on bad input: exit 1 and one line on stderr, never a traceback."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, (result.returncode, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


@pytest.fixture(name="cli_process", scope="session")
def _cli_process_fixture():
    return _cli_process


@pytest.fixture(name="one_line_error", scope="session")
def _one_line_error_fixture():
    return _one_line_error


# -- external tools ---------------------------------------------------------------------------------

def require_tool(name: str) -> str:
    """The path of ``name`` on PATH. Missing, the test is skipped on a developer's machine but fails
    when ``CI`` is set: CI installs the tools (.ci/run), so a skip there would hide a lost check."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not on PATH, and CI is set, so tests that need it must run")
    pytest.skip(f"{name} is not on PATH (install it to run this test; with CI set it would fail instead)")


@pytest.fixture(name="require_tool", scope="session")
def _require_tool():
    return require_tool


# -- PostgreSQL -------------------------------------------------------------------------------------

CI_POSTGRES = Path(__file__).resolve().parent.parent / ".ci" / "postgres"
_databases = itertools.count()


def _no_postgres(reason: str, remedy: str) -> None:
    """Skip on a developer's machine; fail under CI, which starts a server (.ci/run)."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}, and CI is set, so the PostgreSQL tests must run")
    pytest.skip(f"{reason}: {remedy} (with CI set this would fail instead)")


@pytest.fixture(scope="session")
def postgres_server():
    """The URL of a PostgreSQL server whose user may create databases: ``WORKBENCH_TEST_POSTGRES`` (.ci/run
    starts one), else a throwaway cluster started here with .ci/postgres, from the server binaries."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_postgres("psycopg is not installed", "pip install -e '.[test]'")
    url = os.environ.get("WORKBENCH_TEST_POSTGRES")
    if url:
        yield url
        return
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        _no_postgres("no PostgreSQL server binaries in /usr/lib/postgresql",
                     "apt-get install postgresql, or set WORKBENCH_TEST_POSTGRES=postgresql://...")
    # not under pytest's tmp folder: as root the cluster runs as `nobody`, who cannot enter that one
    folder = tempfile.mkdtemp(prefix="workbench-pg-")
    started = subprocess.run(["bash", str(CI_POSTGRES), "start", folder], capture_output=True, text=True)
    if started.returncode:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"could not start a PostgreSQL cluster: {started.stderr.strip()}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(CI_POSTGRES), "stop", folder], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_databases(postgres_server):
    """``new()`` -> the postgresql:// URL of a new, empty database for this test alone; all are dropped after it."""
    import psycopg

    names: list[str] = []

    def new() -> str:
        names.append(f"wb_test_{os.getpid()}_{next(_databases)}")
        with psycopg.connect(postgres_server, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {names[-1]}")
        return urlunsplit(urlsplit(postgres_server)._replace(path=f"/{names[-1]}"))

    yield new
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        for name in names:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_databases) -> str:
    """A new, empty database for this test alone (dropped afterwards), as a postgresql:// URL."""
    return pg_databases()


@pytest.fixture(params=["sqlite", "postgresql"])
def memory_url(request, tmp_path) -> str:
    """A new memory's address: once a SQLite file, once a PostgreSQL database (the test runs twice)."""
    if request.param == "sqlite":
        return str(tmp_path / "m.sqlite")
    return request.getfixturevalue("pg_url")


# -- segmenter partition cases ----------------------------------------------------------------------

def parse_partition(case: str) -> tuple[str, list[str]]:
    """``case`` is the text cut at the expected boundaries with "|"; whitespace-only pieces are gaps."""
    pieces = case.split("|")
    return "".join(pieces), [p for p in pieces if p.strip()]


def check_partition(case: str, lang: str) -> None:
    text, expected = parse_partition(case)
    spans = segment(text, lang)
    assert [s.text for s in spans] == expected, explain(text, lang)
    for span in spans:
        assert text[span.start:span.end] == span.text


@pytest.fixture(name="parse_partition", scope="session")
def _parse_partition():
    return parse_partition


@pytest.fixture(name="check_partition", scope="session")
def _check_partition():
    return check_partition


# -- the DOCX meeting (en transcript, ru and az originals) ------------------------------------------

def _docx_document(spec: dict, lang: str) -> model.Document:
    """Blocks from sentence lists: block text is the sentences joined by a space, offsets follow."""
    blocks, section, index = [], 0, 0
    for number, b in enumerate(spec["blocks"]):
        if b["kind"] == model.BREAK:
            section += 1
            blocks.append(model.Block(number, model.BREAK, b["text"], section=section))
            continue
        text = " ".join(b["sentences"])
        block = model.Block(number, b["kind"], text, speaker=b.get("speaker"), section=section)
        start = 0
        for sentence in b["sentences"]:
            block.segments.append(model.Segment(index, number, start, start + len(sentence), sentence))
            index += 1
            start += len(sentence) + 1
        blocks.append(block)
    people = [model.Person(**p) for p in spec.get("people", [])]
    return model.Document(id=spec["id"], lang=lang, title=spec["title"], blocks=blocks, people=people,
                          date=spec.get("date", ""), place=spec.get("place", ""),
                          source_url=spec.get("source_url", ""), source_path=spec.get("source_path", ""))


def _docx_alignment(src: model.Document, tgt: model.Document, beads: list) -> model.Alignment:
    made = [model.Bead(tuple(b[0]), tuple(b[1]), b[2], flagged="flagged" in b[3:]) for b in beads]
    return model.Alignment(src.id, tgt.id, src.lang, tgt.lang, made)


def load_docx_meeting(name: str = "meeting.json"):
    """-> (en Document, {"ru": (Document, Alignment), "az": (Document, Alignment)}), built afresh on
    every call because tests change what they get."""
    data = json.loads((FIXTURES / "docx" / name).read_text(encoding="utf-8"))
    en = _docx_document(data["docs"]["en"], "en")
    pairs = {}
    for lang in ("ru", "az"):
        doc = _docx_document(data["docs"][lang], lang)
        pairs[lang] = (doc, _docx_alignment(en, doc, data["alignments"][lang]))
    return en, pairs


@pytest.fixture(scope="session")
def docx_meeting():
    """The loader, not its result, so module-scoped fixtures can use it and each test gets fresh objects."""
    return load_docx_meeting


# -- the TEI meeting (en/ru) --------------------------------------------------------------------------
# English: title, lead, an intro, two speech paragraphs of one turn (Aliyev), a break, a labelled
# speech (Lavrov). Russian: the same, where the translator split one sentence in two (a 1-2 bead)
# and added a sentence the English lacks (a 0-1 bead).

def tei_block(index: int, kind: str, text: str, sentences: list[str], first: int, **kw) -> model.Block:
    """A block whose segments are the given sentences, found in ``text`` left to right."""
    segments, pos = [], 0
    for n, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        segments.append(model.Segment(first + n, index, start, pos, sentence))
    return model.Block(index, kind, text, segments=segments, **kw)


def tei_english() -> model.Document:
    block = tei_block
    aliyev = dict(speaker="IlhamAliyev", turn=1)
    blocks = [
        block(0, model.TITLE, "Ilham Aliyev received Sergey Lavrov", ["Ilham Aliyev received Sergey Lavrov"], 0),
        block(1, model.LEAD, "President Ilham Aliyev received Foreign Minister Sergey Lavrov.",
              ["President Ilham Aliyev received Foreign Minister Sergey Lavrov."], 1),
        block(2, model.INTRO, "Speaking at the meeting, President Ilham Aliyev said:",
              ["Speaking at the meeting, President Ilham Aliyev said:"], 2, **aliyev),
        block(3, model.SPEECH, "- Dear Sergey Viktorovich, welcome to Azerbaijan!  It is a good tradition.",
              ["Dear Sergey Viktorovich, welcome to Azerbaijan!", "It is a good tradition."], 3, **aliyev),
        block(4, model.SPEECH, "Welcome again.", ["Welcome again."], 5, **aliyev),
        model.Block(5, model.BREAK, "x x x", section=1),
        block(6, model.SPEECH, "Thank you, dear Ilham Heydar oglu. I bring you greetings from President Putin.",
              ["Thank you, dear Ilham Heydar oglu.", "I bring you greetings from President Putin."], 6,
              speaker="SergeyLavrov", turn=2, section=1, label="Sergey Lavrov:"),
    ]
    people = [
        model.Person("IlhamAliyev", "Ilham Aliyev", "Ilham", "Aliyev", "Heydar oglu",
                     "President of the Republic of Azerbaijan"),
        model.Person("SergeyLavrov", "Sergey Lavrov", "Sergey", "Lavrov", "Viktorovich",
                     "Minister of Foreign Affairs of the Russian Federation"),
    ]
    return model.Document("en0001", "en", "Ilham Aliyev received Sergey Lavrov", blocks, people,
                          date="2023-02-27", place="Baku",
                          source_url="https://president.az/en/articles/view/59213")


def tei_russian() -> model.Document:
    block = tei_block
    aliyev = dict(speaker="IlhamAliyev", turn=1)
    blocks = [
        block(0, model.TITLE, "Ильхам Алиев принял Сергея Лаврова", ["Ильхам Алиев принял Сергея Лаврова"], 0),
        block(1, model.LEAD, "Президент Ильхам Алиев принял министра иностранных дел Сергея Лаврова.",
              ["Президент Ильхам Алиев принял министра иностранных дел Сергея Лаврова."], 1),
        block(2, model.INTRO, "Выступая на встрече, Президент Ильхам Алиев сказал:",
              ["Выступая на встрече, Президент Ильхам Алиев сказал:"], 2, **aliyev),
        block(3, model.SPEECH, "- Уважаемый Сергей Викторович! Добро пожаловать в Азербайджан! Это хорошая традиция.",
              ["Уважаемый Сергей Викторович!", "Добро пожаловать в Азербайджан!", "Это хорошая традиция."],
              3, **aliyev),
        block(4, model.SPEECH, "Ещё раз добро пожаловать.", ["Ещё раз добро пожаловать."], 6, **aliyev),
        model.Block(5, model.BREAK, "x x x", section=1),
        block(6, model.SPEECH, "Спасибо, уважаемый Ильхам Гейдарович. Рад вас видеть. "
                               "Передаю вам привет от Президента Путина.",
              ["Спасибо, уважаемый Ильхам Гейдарович.", "Рад вас видеть.",
               "Передаю вам привет от Президента Путина."], 7,
              speaker="SergeyLavrov", turn=2, section=1, label="С.Лавров:"),
    ]
    people = [
        model.Person("IlhamAliyev", "Ильхам Алиев", "Ильхам", "Алиев", "Гейдар оглы",
                     "Президент Азербайджанской Республики"),
        model.Person("SergeyLavrov", "Сергей Лавров", "Сергей", "Лавров", "Викторович",
                     "Министр иностранных дел Российской Федерации"),
    ]
    return model.Document("ru0001", "ru", "Ильхам Алиев принял Сергея Лаврова", blocks, people,
                          date="2023-02-27", place="Баку", source_url="https://www.mid.ru/ru/press_service/1856344/")


def tei_alignment(src: model.Document, tgt: model.Document) -> model.Alignment:
    """en -> ru beads: 1-1 everywhere but one 1-2 (a split sentence) and one 0-1 (an added sentence)."""
    beads = [
        model.Bead((0,), (0,), 0.95, model.CONFIRMED),
        model.Bead((1,), (1,), 0.9),
        model.Bead((2,), (2,), 0.99),
        model.Bead((3,), (3, 4), 0.7),
        model.Bead((4,), (5,), 0.85),
        model.Bead((5,), (6,), 0.4),
        model.Bead((6,), (7,), 0.9, model.CONFIRMED),
        model.Bead((), (8,), 0.3),
        model.Bead((7,), (9,), 0.88),
    ]
    return model.Alignment(src.id, tgt.id, src.lang, tgt.lang, beads)


@pytest.fixture(scope="session")
def tei_meeting():
    """Builders (each call builds new objects): english(), russian(), alignment(en, ru), block(...)."""
    return SimpleNamespace(english=tei_english, russian=tei_russian, alignment=tei_alignment, block=tei_block)


# -- checks on TEI output that the RELAX NG schema cannot make (its Schematron rules are not run) ---

def jing(*paths: Path) -> tuple[int, str]:
    """jing's exit status and its error lines (the Debian wrapper's [warning] lines dropped)."""
    run = subprocess.run([require_tool("jing"), str(TEI_SCHEMA), *map(str, paths)], capture_output=True, text=True)
    lines = (run.stdout + run.stderr).splitlines()
    return run.returncode, "\n".join(line for line in lines if not line.startswith("[warning]"))


def _ids(tree: etree._ElementTree) -> dict[str, etree._Element]:
    return {el.get(XML_ID): el for el in tree.iter() if isinstance(el.tag, str) and el.get(XML_ID)}


def _sentences(tree: etree._ElementTree) -> dict[str, str]:
    """xml:id -> full text of every <s>."""
    return {s.get(XML_ID): "".join(s.itertext()) for s in tree.iter(f"{TEI}s")}


def _pointers(value: str) -> list[str]:
    return [p[1:] if p.startswith("#") else p for p in value.split()]


@pytest.fixture(scope="session")
def tei_check():
    """jing(*paths), parse(path), ids(tree), sentences(tree), pointers(value), and the TEI / XML_ID prefixes."""
    return SimpleNamespace(jing=jing, parse=lambda path: etree.parse(str(path)), ids=_ids, sentences=_sentences,
                           pointers=_pointers, TEI=TEI, XML_ID=XML_ID)


# -- batch archives ---------------------------------------------------------------------------------

ALIGN_DATA = Path(__file__).resolve().parent.parent / "bench/align_data"


_COPY = {"en": "This is copy {}.", "ru": "Это копия {}.", "az": "Bu, {} nömrəli nüsxədir."}


def build_archive(folder: Path, limit: int = 0, copies: int = 1) -> list[str]:
    """A folder of document pairs named as seeds/ is (`X.en.txt` with `X.ru.txt` or `X.az.txt`), made from
    the held-out alignment pairs' sentences (the long ones left out, to keep tests quick). Returns the
    group keys. ``copies``: each pair again with a numbered last sentence, so its documents are new (a bare
    "No. 1." would not do: the reader drops it as page furniture, and equal documents are one to the memory)."""
    folder.mkdir(parents=True, exist_ok=True)
    keys = []
    pairs = sorted(ALIGN_DATA.glob("heldout*/*"))
    for copy, pair in ((c, p) for c in range(copies) for p in pairs):
        if pair.name.startswith("long") or not (pair / "meta.json").exists():
            continue
        meta = json.loads((pair / "meta.json").read_text())
        key = f"{pair.parent.name}-{pair.name}" + (f"-{copy}" if copy else "")
        for side, lang in (("src", meta["src_lang"]), ("tgt", meta["tgt_lang"])):
            paras = (pair / f"{side}.sents").read_text(encoding="utf-8").split("\n\n")
            text = "\n\n".join(" ".join(p.split("\n")).strip() for p in paras if p.strip())
            text += f"\n\n{_COPY[lang].format(copy)}" if copy else ""
            (folder / f"{key}.{lang}.txt").write_text(text + "\n", encoding="utf-8")
        keys.append(key)
        if limit and len(keys) >= limit:
            break
    return keys


@pytest.fixture(name="build_archive", scope="session")
def _build_archive():
    return build_archive


def memory_contents(db: Path) -> dict:
    """Everything a batch stores, in an order that does not depend on when each pair came back: two
    memories are the same result when these are equal. The file must also pass SQLite's integrity check."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {"documents": sorted(r[0] for r in conn.execute("SELECT id FROM documents")),
                "segments": conn.execute("SELECT count(*) FROM segments").fetchone()[0],
                "alignments": sorted(conn.execute("SELECT src_doc, tgt_doc FROM alignments")),
                "beads": sorted(conn.execute("SELECT a.src_doc, a.tgt_doc, position, src, tgt, score, flagged "
                                             "FROM beads JOIN alignments a ON a.id = alignment_id")),
                "units": sorted(conn.execute("SELECT tuid, texts, score, flagged FROM units")),
                "jobs": sorted(conn.execute("SELECT job, status, content_hash, src_doc, tgt_doc FROM batch_jobs"))}
    finally:
        conn.close()


@pytest.fixture(name="memory_contents", scope="session")
def _memory_contents():
    return memory_contents


def child_pids(pid: int) -> list[int]:
    """The processes ``pid`` started (any of its threads), from /proc: Linux only."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue  # the thread ended meanwhile
    return found


@pytest.fixture(name="child_pids", scope="session")
def _child_pids():
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to find a process's children")
    return child_pids


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    import socket
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the Dask process ended early"
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"nothing listened on {port} within {seconds} s")


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes (one thread each, under a nanny that restarts a
    worker that dies), each in a session of its own: ``address`` and the workers' ``nannies``."""
    import signal
    import sys

    pytest.importorskip("distributed")
    dask = shutil.which("dask", path=os.path.dirname(sys.executable)) or shutil.which("dask")
    if not dask:
        pytest.skip("the dask command is not installed")
    cwd = tmp_path_factory.mktemp("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = []

    def start(*args: str) -> subprocess.Popen:
        procs.append(subprocess.Popen([dask, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, start_new_session=True))
        return procs[-1]

    try:
        _wait_for_port(port, start("scheduler", "--host", "127.0.0.1", "--port", str(port),
                                   "--dashboard-address", ":0", "--no-show"))
        for _ in range(2):
            start("worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1")
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
        yield SimpleNamespace(address=address, nannies=procs[1:])
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
