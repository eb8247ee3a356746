"""Corpus-wide exports after a batch: `export tei --all --out DIR/` (a root teiCorpus including a file per
document, all valid under tei_all) and `export docx --all --out DIR/` (a briefing per document)."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document as Docx
from lxml import etree

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEI = "{http://www.tei-c.org/ns/1.0}"
XI = "{http://www.w3.org/2001/XInclude}"


def _batched(run, tmp_path, build_archive) -> list[str]:
    folder = tmp_path / "archive"
    keys = build_archive(folder, limit=3)
    for lang in ("", ".ru", ".az"):
        shutil.copy(SEEDS / f"000_cad0dfaeb5419f53{lang}.txt", folder / f"seed{lang}.txt")
    (folder / "alone.ru.txt").write_text("Президент провёл совещание.\n", encoding="utf-8")
    assert run("batch", folder, "--workers", "1").exit_code == 0
    return keys


def test_tei_corpus_root_counts_and_includes_every_document_all_valid(run, tmp_path, build_archive, tei_check):
    keys = _batched(run, tmp_path, build_archive)
    result = run("export", "tei", "--all", "--out", "corpus/")
    assert result.exit_code == 0, result.output
    root_path = tmp_path / "corpus" / "corpus.tei.xml"
    root = etree.parse(str(root_path)).getroot()
    assert root.tag == f"{TEI}teiCorpus"
    includes = [el.get("href") for el in root.iter(f"{XI}include")]
    assert len(includes) == len(keys) + 1  # the archive's pairs and the seed's trio (the lone text is not stored)
    assert sorted(includes) == sorted(p.name for p in (tmp_path / "corpus").glob("*.tei.xml")
                                      if p.name != "corpus.tei.xml")
    measures = {(m.get("unit"), m.text.rsplit(" ", 1)[-1]): int(m.get("quantity")) for m in root.iter(f"{TEI}measure")}
    assert [lang.get("ident") for lang in root.iter(f"{TEI}language")] == ["az", "en", "ru"]
    # every English version is a text of its own; the counts are those of the included files
    assert measures[("texts", "English")] == len(keys) + 1
    sentences = {"English": 0}
    for name in includes:
        part = etree.parse(str(tmp_path / "corpus" / name)).getroot()
        for tei in part.iter(f"{TEI}TEI"):
            if tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "en":
                sentences["English"] += sum(1 for _ in tei.iter(f"{TEI}s"))
    assert measures[("sentences", "English")] == sentences["English"] > 0
    assert measures[("speeches", "English")] > 0 and measures[("words", "English")] > sentences["English"]
    assert root.find(f".//{TEI}application").get("ident") == "workbench"
    # jing resolves the includes: ids must be unique across the whole corpus, and every file is valid
    rc, errors = tei_check.jing(root_path, *(tmp_path / "corpus" / n for n in includes))
    assert rc == 0, errors


def test_docx_all_into_a_folder_writes_a_briefing_per_document(run, tmp_path, build_archive):
    keys = _batched(run, tmp_path, build_archive)
    result = run("export", "docx", "--all", "--out", "briefings/")
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "briefings").glob("*.docx"))
    assert len(files) == len(keys) + 1
    seed = next(f for f in files if Docx(str(f)).tables and "Ilham Aliyev" in
                "\n".join(p.text for p in Docx(str(f)).paragraphs))
    assert seed.name.startswith("en-")


def test_tei_all_into_one_file_is_as_before(run, tmp_path, build_archive):
    _batched(run, tmp_path, build_archive)
    assert run("export", "tei", "--all", "--out", "all.tei.xml").exit_code == 0
    assert etree.parse(str(tmp_path / "all.tei.xml")).getroot().tag == f"{TEI}teiCorpus"
