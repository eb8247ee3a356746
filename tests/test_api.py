"""The Python API: `import workbench` and its documented surface, used as the README shows it."""

import re
import runpy
import subprocess
import sys
import time
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from lxml import etree

import workbench

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EN, RU = SEEDS / "000_cad0dfaeb5419f53.txt", SEEDS / "000_cad0dfaeb5419f53.ru.txt"


def test_every_public_name_resolves_and_dir_lists_them():
    for name in workbench.__all__:
        assert getattr(workbench, name) is not None, name
    assert set(workbench.__all__) <= set(dir(workbench))
    with pytest.raises(AttributeError):
        workbench.no_such_name  # noqa: B018


def test_importing_the_package_loads_no_heavy_module():
    code = "import sys, workbench; print(sorted(m for m in ('lxml', 'numpy', 'docx', 'psycopg') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_command_line_starts_without_heavy_modules():
    # `workbench --help` and every command's start pay for what they import: the parsers, numpy, a
    # database driver and the batch's process pools load only when a command needs them.
    code = ("import sys; from workbench.cli import cli; cli.main(['--help'], standalone_mode=False); "
            "print(sorted(m for m in ('lxml', 'numpy', 'docx', 'psycopg', 'multiprocessing', 'concurrent.futures', "
            "'workbench.batch.runner', 'rapidfuzz') if m in sys.modules), file=sys.stderr)")
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
    assert err.strip() == "[]"


def test_the_readme_python_example_runs_as_is_from_the_repository_root(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "the README has a python code block"
    monkeypatch.chdir(ROOT)
    script = ROOT / "exports" / ".readme_example.py"
    script.write_text(block.group(1), encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in (ROOT / "exports").glob("*.tmx")}
    start = time.time_ns()
    try:
        runpy.run_path(str(script), run_name="__main__")
        new = [p for p in (ROOT / "exports").glob("*.tmx") if p.stat().st_mtime_ns >= start]
        assert new, "the example writes a TMX file under exports/"
        for path in new:
            tree = etree.parse(str(path))
            assert len(tree.findall(".//tu")) > 50
            langs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tree.iter("tuv")}
            assert langs == {"en", "ru"}
    finally:
        script.unlink()
        for path in (ROOT / "exports").glob("*.tmx"):
            if path not in before:
                path.unlink()


def test_read_segment_align_without_a_memory():
    en, ru = workbench.read(EN), workbench.read(RU)
    assert (en.lang, ru.lang) == ("en", "ru") and len(en.segments) > 50
    pair = workbench.align_pair(en, ru)
    assert isinstance(pair.alignment, workbench.Alignment)
    assert len(pair.units) == sum(1 for b in pair.alignment.beads if b.src and b.tgt)
    assert all(set(u.texts) == {"en", "ru"} for u in pair.units)


def test_read_text_and_html_give_documents():
    doc = workbench.read_text("Meeting in Baku\n\nThe President met the minister. They discussed trade.")
    assert doc.lang == "en" and [s.text for s in doc.segments][-2:] == ["The President met the minister.",
                                                                         "They discussed trade."]
    page = ("<html><head><title>T</title></head><body><article><h1>Meeting in Baku</h1>"
            "<p>The President met the minister. They discussed trade.</p></article></body></html>")
    assert [s.text for s in workbench.read_text(page, html=True).segments][-1] == "They discussed trade."
    assert workbench.split_sentences("Mr. Smith arrived. He spoke.", "en") == ["Mr. Smith arrived.", "He spoke."]


def test_align_sentences_takes_plain_lists_and_a_frozen_config():
    config = workbench.AlignConfig(threshold=0.0)
    result = workbench.align_sentences(["The talks began on 5 May.", "They ended on 7 May."],
                                       ["Переговоры начались 5 мая.", "Они завершились 7 мая."], config=config)
    assert [(b.src, b.tgt) for b in result.beads] == [((0,), (0,)), ((1,), (1,))]
    assert not any(b.flagged for b in result.beads)
    with pytest.raises(FrozenInstanceError):
        config.threshold = 1.0  # type: ignore[misc]


def test_the_memory_the_writers_and_the_reader(tmp_path):
    with workbench.Memory(tmp_path / "m.sqlite") as memory:
        stored = workbench.ingest_files(memory, [EN, RU])
        assert [new for _, new in stored] == [True, True]
        pair = workbench.align_stored(memory, str(EN), str(RU))
        report = workbench.export_memory(memory, "tmx", workbench.Selection(pair=(pair.src.id, pair.tgt.id)),
                                  tmp_path / "pair.tmx")
        assert report.units == len(pair.units)
        units = list(workbench.read_tmx(tmp_path / "pair.tmx"))
        assert {u.texts["en"] for u in units} == {u.texts["en"] for u in pair.units}
        again = workbench.import_tmx(memory, tmp_path / "pair.tmx")
        assert again.added == 0 and again.present == len(units)


def test_bad_input_is_an_input_error_naming_the_file(tmp_path):
    with pytest.raises(workbench.InputError, match="nothing.txt"):
        workbench.read(tmp_path / "nothing.txt")
