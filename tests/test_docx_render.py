"""The briefing opens and renders in LibreOffice, with Cyrillic and ə and computed page numbers."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from workbench.export.docx import write_docx


@pytest.fixture(autouse=True)
def _tools(require_tool):
    require_tool("soffice")
    require_tool("pdftotext")


def _to_pdf(docx_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "pdf"
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = out / (docx_path.stem + ".pdf")
    # soffice exits 0 even when it could not load the file: the PDF is the evidence
    assert pdf.exists() and pdf.stat().st_size > 1000
    return pdf


def _pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_libreoffice_renders_all_three_languages(tmp_path, monkeypatch, docx_meeting):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677470400")
    en, pairs = docx_meeting()
    path = tmp_path / "briefing.docx"
    write_docx(en, path, pairs=[pairs["ru"], pairs["az"]])
    text = _pdftotext(_to_pdf(path, tmp_path))
    assert "Ilham Aliyev received Russian Foreign Minister" in text
    assert "Ильхам Алиев" in text and "Декларации" in text
    assert "İlham Əliyev" in text and "Bəyannamənin" in text
    pages = text.count("\f")
    assert pages >= 2
    # the footer fields were computed by LibreOffice, not left as their placeholders
    assert f"Page {pages} of {pages}" in text and f"Page 1 of {pages}" in text


def test_libreoffice_renders_single_language_briefing(tmp_path, docx_meeting):
    en, _ = docx_meeting()
    path = tmp_path / "single.docx"
    write_docx(en, path)
    text = _pdftotext(_to_pdf(path, tmp_path))
    assert "Key points" in text and "Lavrov:" in text
