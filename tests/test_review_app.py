"""The review web app through Starlette's TestClient: pages, the JSON API, versions, CSRF, the token, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")
from starlette.testclient import TestClient  # noqa: E402

from workbench.review import edits  # noqa: E402
from workbench.review.app import create_app  # noqa: E402
from workbench.review.serve import is_loopback  # noqa: E402
from workbench.store import Memory  # noqa: E402

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


@pytest.fixture
def db(tmp_path, memory_url):
    from workbench.review.presegmented import align_presegmented

    src, tgt = tmp_path / "src.txt", tmp_path / "tgt.txt"
    src.write_text(f"The talks began.\n{HOSTILE}\nThey ended at noon.\nBoth sides agreed.\n", encoding="utf-8")
    tgt.write_text("Переговоры начались.\nОни закончились в полдень.\nСтороны согласились.\n", encoding="utf-8")
    with Memory(memory_url) as memory:  # a SQLite file, then a PostgreSQL database
        align_presegmented(memory, src, tgt, src_lang="en", tgt_lang="ru")
    return memory_url


@pytest.fixture
def client(db):
    return TestClient(create_app(db, user="tester"))


def _csrf(client, url="/pair/1"):
    page = client.get(url)
    assert page.status_code == 200
    return re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)


def _post(client, op, csrf, **body):
    return client.post(f"/api/pair/1/{op}", json=body, headers={"X-CSRF-Token": csrf})


def test_start_page_lists_pairs_with_progress(client):
    page = client.get("/")
    assert page.status_code == 200
    assert 'href="/pair/1"' in page.text and "<progress" in page.text and "flagged left" in page.text


def test_pair_page_escapes_hostile_text(client):
    page = client.get("/pair/1")
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/review.js").status_code == 200  # served from the package, no CDN


def test_edits_through_the_api_reach_the_memory(client, db):
    csrf = _csrf(client)
    state = client.get("/api/pair/1").json()
    assert _post(client, "confirm", csrf, n=0, version=state["version"]).status_code == 200
    version = client.get("/api/pair/1").json()["version"]
    assert _post(client, "link", csrf, src=[1], tgt=[], version=version).status_code == 200
    with Memory(db) as memory:
        rows = edits.bead_rows(memory, "1", "2")
        assert rows[0]["status"] == "confirmed" and rows[0]["reviewer"] == "tester"
        assert {"src": [1], "tgt": []}.items() <= next(r for r in rows if r["src"] == [1]).items()
        assert [h["user"] for h in edits.history(memory, "1", "2")] == ["tester", "tester"]
    assert _post(client, "undo", csrf).status_code == 200
    with Memory(db) as memory:
        assert [h["op"] for h in edits.history(memory, "1", "2")] == ["confirm", "link", "undo"]


def test_a_second_tab_gets_a_conflict_and_nothing_is_overwritten(client, db):
    csrf = _csrf(client)
    version = client.get("/api/pair/1").json()["version"]  # both tabs load this version
    assert _post(client, "unlink", csrf, n=0, version=version).status_code == 200
    with Memory(db) as memory:
        after_first = edits.bead_rows(memory, "1", "2")
    second = _post(client, "merge", csrf, n=0, version=version)
    assert second.status_code == 409 and second.json()["conflict"]
    assert "changed by someone else" in second.json()["error"]
    with Memory(db) as memory:
        assert edits.bead_rows(memory, "1", "2") == after_first


def test_writes_need_the_csrf_token_json_and_the_same_origin(client):
    csrf = _csrf(client)
    assert client.post("/api/pair/1/confirm", json={"n": 0}).status_code == 403
    assert client.post("/api/pair/1/confirm", data={"n": "0"}, headers={"X-CSRF-Token": csrf}).status_code == 415
    cross = client.post("/api/pair/1/confirm", json={"n": 0},
                        headers={"X-CSRF-Token": csrf, "Origin": "http://evil.example"})
    assert cross.status_code == 403
    assert _post(client, "confirm", csrf, n="0").status_code == 400
    assert _post(client, "confirm", csrf, n=99).json()["error"].startswith("there is no bead 99")
    assert _post(client, "drop-table", csrf).status_code == 404


def test_a_token_is_required_when_configured(db):
    client = TestClient(create_app(db, token="s3cret"), follow_redirects=False)
    assert client.get("/").status_code == 403
    assert client.get("/api/pair/1").status_code == 403
    entry = client.get("/pair/1?token=s3cret")
    assert entry.status_code == 303 and "token" not in entry.headers["location"]
    assert client.get("/pair/1").status_code == 200  # the cookie carries it now
    assert TestClient(create_app(db, token="s3cret")).get("/", headers={"X-Workbench-Token": "s3cret"}).status_code \
        == 200


def test_only_loopback_goes_without_a_token():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_the_start_pair_opens_first(db):
    client = TestClient(create_app(db, start=("1", "2")), follow_redirects=False)
    assert client.get("/").headers["location"] == "/pair/1"
    assert client.get("/?all=1").status_code == 200


def test_templates_and_static_files_ship_with_the_package():
    import tomllib

    root = Path(__file__).resolve().parent.parent
    data = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["workbench"]
    assert "review/templates/*" in data and "review/static/*" in data
    assert (root / "workbench/review/templates/pair.html").is_file()


def test_a_pair_whose_source_has_no_title_is_headed_by_its_id(client, db):
    with Memory(db) as memory:
        with memory.transaction() as conn:
            conn.execute("UPDATE documents SET title = ''")
        src = memory.alignments()[0].src_doc
    page = client.get("/pair/1")
    assert re.search(r"<h1>(.*?)</h1>", page.text).group(1) == src
    assert f"<title>{src} – review</title>" in page.text
