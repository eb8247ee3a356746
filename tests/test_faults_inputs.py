"""Hostile inputs: zip bombs, floods of paragraphs, deep nesting, entities, codecs that are not character
sets, file names that are not UTF-8. Each is read or refused quickly, in bounded memory, in one line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.ingest import read_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with_body(path: Path, chunks, prolog: str = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'):
    """A real DOCX (python-docx's template) whose word/document.xml is replaced by ``chunks``, streamed
    into the zip so that a large body never sits in memory."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with out.open(info, "w", force_zip64=True) as body:
            body.write(prolog.encode())
            for chunk in chunks:
                body.write(chunk.encode())
    return path


def paragraphs(texts):
    yield f"<w:document {W}><w:body>"
    for text in texts:
        yield f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    yield "</w:body></w:document>"


# -- DOCX ---------------------------------------------------------------------------------------------

def test_a_docx_bomb_is_refused_in_bounded_memory(tmp_path):
    line = "President Ilham Aliyev met the delegation in Baku and they signed it. " * 14
    bomb = docx_with_body(tmp_path / "bomb.docx", paragraphs(line for _ in range(200_000)))  # ~200 MB inside
    assert bomb.stat().st_size < 2_000_000
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork and exec, so a child of a large pytest process
    # would report the parent's size. VmHWM belongs to the child's own address space.
    probe = ("import re, sys\n"
             "from workbench.cli import main\n"
             "sys.argv = ['workbench', 'ingest', sys.argv[1]]\n"
             "try:\n    main()\nexcept SystemExit as end:\n    code = end.code\n"
             "peak = re.search(r'VmHWM:\\s+(\\d+) kB', open('/proc/self/status').read()).group(1)\n"
             "print(code, peak)\n")
    # The timeout is a hang guard: the bomb once took 223 s and 7.8 GB before failing.
    result = subprocess.run([sys.executable, "-c", probe, str(bomb)], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    code, peak_kb = result.stdout.split()
    assert code == "1" and "bomb.docx: DOCX expands to" in result.stderr and "--max-input-mb" in result.stderr
    assert int(peak_kb) < 150_000, peak_kb  # the body alone is 200 MB; refusing it must not read it


def test_the_size_limit_is_raised_by_the_option(tmp_path, cli_process, one_line_error):
    text = "President Ilham Aliyev met the delegation in Baku. " * 50
    doc = docx_with_body(tmp_path / "big.docx", paragraphs(["Meeting in Baku", *[text] * 500]))  # ~1.4 MB
    err = one_line_error(cli_process("--max-input-mb", "1", "ingest", doc, cwd=tmp_path))
    assert "over the 1 MB limit" in err
    assert cli_process("--max-input-mb", "5", "ingest", doc, cwd=tmp_path).returncode == 0


def test_a_flood_of_empty_paragraphs_is_refused(tmp_path):
    flood = docx_with_body(tmp_path / "flood.docx", paragraphs([""] * 250_001))
    started = time.perf_counter()
    with pytest.raises(InputError, match="flood.docx: DOCX holds over 200,000 paragraphs"):
        read_document(flood)
    assert time.perf_counter() - started < 30  # a hang guard, not a speed claim: the flood once took minutes


def test_deeply_nested_docx_markup_is_refused(tmp_path):
    deep = docx_with_body(tmp_path / "deep.docx", [f"<w:document {W}><w:body>", "<w:x>" * 2030, "<w:p/>",
                                                   "</w:x>" * 2030, "</w:body></w:document>"])
    with pytest.raises(InputError, match="deep.docx: DOCX markup nested over 2000 levels"):
        read_document(deep)


def test_entities_in_a_docx_are_refused_not_dropped(tmp_path):
    declared = docx_with_body(
        tmp_path / "declared.docx", paragraphs(["Hello &leak;."]),
        prolog='<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file:///etc/passwd">]>\n')
    with pytest.raises(InputError, match="declared.docx: refusing a DOCX whose body declares a DOCTYPE"):
        read_document(declared)
    undeclared = docx_with_body(tmp_path / "undeclared.docx", paragraphs(["Hello &leak;."]))
    with pytest.raises(InputError, match="undeclared.docx: corrupt DOCX"):
        read_document(undeclared)


# -- HTML ---------------------------------------------------------------------------------------------

def nested_page(depth: int, cls: str = "content") -> str:
    filler = "Some text of the article, said the President. " * 50
    return ("<html><body>" + "".join(f"<div class='{cls}'><p>{filler}</p>" for _ in range(depth))
            + "</div>" * depth + "</body></html>")


@pytest.mark.parametrize("cls", ["content", "share-box"])
def test_deep_html_nesting_costs_linear_time(tmp_path, cls):
    page = tmp_path / "deep.html"
    page.write_text(nested_page(1500, cls), encoding="utf-8")  # 3.6 MB; was minutes
    started = time.perf_counter()
    read_document(page)
    assert time.perf_counter() - started < 30  # a hang guard, not a speed claim: this page once took minutes


def test_html_over_the_limits_is_refused(tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text(nested_page(600), encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_MAX_DEPTH", "500")
    with pytest.raises(InputError, match="page.html: HTML nested too deeply: over 500 levels"):
        read_document(page)
    monkeypatch.delenv("WORKBENCH_MAX_DEPTH")
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.5")
    with pytest.raises(InputError, match="page.html: HTML page of 1 MB, over the 0.5 MB limit"):
        read_document(page)
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "big")
    with pytest.raises(Exception, match="WORKBENCH_MAX_INPUT_MB must be a number"):
        read_document(page)


@pytest.mark.parametrize("charset", ["base64", "hex", "zlib", "rot13", "bz2", "uu", "idna", "utf-7",
                                     "unicode_escape", "undefined", "no-such-codec"])
def test_a_charset_that_is_not_text_is_ignored(tmp_path, charset):
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="{charset}"><title>Meeting</title></head><body>'
                     f'<p>Meeting in Baku.</p><p>Президент сказал: «Спасибо».</p></body></html>'.encode())
    doc = read_document(page)
    assert "Президент сказал: «Спасибо»." in [b.text for b in doc.blocks]


# -- names and values that are not UTF-8 ----------------------------------------------------------------

def test_a_file_name_that_is_not_utf8(tmp_path, cli_process, one_line_error):
    name = tmp_path / os.fsdecode(b"caf\xe9-\xff.txt")
    name.write_bytes((SEEDS / "000_cad0dfaeb5419f53.txt").read_bytes())
    result = cli_process("ingest", "--place", os.fsdecode(b"Bak\xfc"), name, cwd=tmp_path)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    assert cli_process("list", cwd=tmp_path).returncode == 0
    assert cli_process("show", "1", "--json", cwd=tmp_path).returncode == 0
    missing = cli_process("ingest", tmp_path / os.fsdecode(b"gone-\xff.txt"), cwd=tmp_path)
    err = one_line_error(missing)
    assert "gone-" in err
    assert cli_process("search", os.fsdecode(b"\xff\xfe"), cwd=tmp_path).returncode == 0
