"""The pair page in headless Chromium (Debian's chromium, driven by Playwright through its executable path): the
keyboard and buttons confirm, merge, link and undo, and the memory holds the result. Also saves the screenshot
the README shows when WORKBENCH_SCREENSHOT names a file."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("playwright")
pytest.importorskip("uvicorn")

from workbench.review import edits  # noqa: E402
from workbench.store import Memory  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cad0dfaeb5419f53"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def server(tmp_path_factory, require_tool):
    import uvicorn

    from workbench.pipeline import align_stored
    from workbench.review.app import create_app

    if not Path(CHROMIUM).exists():
        require_tool("chromium")
    db = tmp_path_factory.mktemp("browser") / "m.sqlite"
    with Memory(db) as memory:
        align_stored(memory, f"{SEED}.txt", f"{SEED}.ru.txt")
        align_stored(memory, f"{SEED}.txt", f"{SEED}.az.txt")  # the third column
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, user="browser"), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield db, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield chromium
        chromium.close()


def _rows(db):
    with Memory(db) as memory:
        return edits.bead_rows(memory, "1", "2")


def test_confirm_merge_link_undo_in_the_browser(server, browser):
    db, base = server
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{base}/pair/1")
    assert page.locator("tr.bead").count() == len(_rows(db))
    assert page.locator("thead th").all_inner_texts()[2:5] == ["en", "ru", "az"]

    with page.expect_navigation():
        page.keyboard.press("c")  # confirm bead 0; the cursor moves on to bead 1
    assert _rows(db)[0]["status"] == "confirmed" and _rows(db)[0]["reviewer"] == "browser"
    assert "confirm" in page.locator("#message").inner_text()

    before = _rows(db)
    with page.expect_navigation():
        page.keyboard.press("m")  # merge bead 1 with bead 2
    merged = _rows(db)[1]
    assert merged["src"] == before[1]["src"] + before[2]["src"] and merged["status"] == "confirmed"
    assert len(_rows(db)) == len(before) - 1

    # link: bead 3's source sentence alone, chosen with the mouse, then the Link button
    before_link = [(r["src"], r["tgt"]) for r in _rows(db)]
    sentence = _rows(db)[3]["src"][0]
    page.locator(f'.sent[data-side="src"][data-i="{sentence}"]').click()
    with page.expect_navigation():
        page.get_by_role("button", name="Link selected").click()
    assert any(r["src"] == [sentence] and r["tgt"] == [] and r["status"] == "confirmed" for r in _rows(db))

    with page.expect_navigation():
        page.keyboard.press("z")  # undo the link
    assert [(r["src"], r["tgt"]) for r in _rows(db)] == before_link
    assert not any(r["src"] == [sentence] and r["tgt"] == [] for r in _rows(db))
    with Memory(db) as memory:
        assert [h["op"] for h in edits.history(memory, "1", "2")] == ["confirm", "merge", "link", "undo"]

    page.keyboard.press("n")  # next flagged moves the cursor only (or says none is flagged)
    assert page.locator("tr.bead.current").count() == 1
    shot = os.environ.get("WORKBENCH_SCREENSHOT")
    if shot:
        page.locator('.sent[data-side="tgt"]').nth(5).click()
        page.screenshot(path=shot, full_page=False)
    page.close()


def test_a_second_tab_is_told_and_reloaded(server, browser):
    db, base = server
    first, second = browser.new_page(), browser.new_page()
    first.goto(f"{base}/pair/1")
    second.goto(f"{base}/pair/1")
    with first.expect_navigation():
        first.keyboard.press("u")
    shape = [(r["src"], r["tgt"]) for r in _rows(db)]
    second.keyboard.press("c")
    second.wait_for_selector("#message.error")
    assert "changed by someone else" in second.locator("#message").inner_text()
    second.wait_for_event("load")  # it reloads itself
    assert [(r["src"], r["tgt"]) for r in _rows(db)] == shape
    first.close()
    second.close()
