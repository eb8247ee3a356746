"""The command line as a user meets it: each test reads like a short session."""

from pathlib import Path

import pytest


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_cad0dfaeb5419f53.txt"




def test_help_lists_the_stable_commands(run):
    result = run("--help")
    assert result.exit_code == 0
    for verb in ("run", "ingest", "segment", "align", "export", "import-tmx", "list", "show", "search"):
        assert verb in result.output


def test_ingest_the_seed_then_list_show_and_search(run, tmp_path):
    result = run("ingest", SEED)
    assert result.exit_code == 0, result.output
    doc_id, lang = result.output.split("\t")[:2]
    assert doc_id.startswith("en-") and lang == "en"
    assert "2 speakers" in result.output and "stored" in result.output
    assert (tmp_path / ".workbench" / "memory.sqlite").exists()

    again = run("ingest", SEED)
    assert "already stored" in again.output

    listing = run("list")
    assert listing.output.count(doc_id) == 1
    assert "Ilham Aliyev received Russian Foreign Minister Sergey Lavrov" in listing.output

    shown = run("show", doc_id[:6])
    assert shown.exit_code == 0
    assert "Ilham Aliyev" in shown.output and "Sergey Lavrov" in shown.output
    assert "break" in shown.output and "intro" in shown.output

    hits = run("search", "flights")
    assert hits.exit_code == 0
    assert "135 [flights] per week" in hits.output
    assert "Ilham Aliyev" in hits.output  # the speaker of the sentence
    assert run("search", "flights", "--lang", "ru").stdout == ""


def test_db_option_and_environment_choose_the_memory(run, tmp_path, monkeypatch):
    run("--db", tmp_path / "a.sqlite", "ingest", SEED)
    assert (tmp_path / "a.sqlite").exists()
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "b.sqlite"))
    # a reading command refuses a memory that is not there (a mistyped name), and makes none
    result = run("list")
    assert result.exit_code == 1 and "b.sqlite: no such memory" in result.output
    assert not (tmp_path / "b.sqlite").exists()
    assert "Lavrov" in run("--db", tmp_path / "a.sqlite", "list").output
    run("ingest", SEED)
    assert "Lavrov" in run("list").output


def test_segment_prints_one_sentence_per_line(run):
    result = run("segment", "-", "--lang", "ru", input="Это т. е. так. В.В. Путин приехал в 10 ч. Да!\n")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["Это т. е. так.", "В.В. Путин приехал в 10 ч.", "Да!"]


PAGE = ("Home\nNews\nPolitics\n\nLavrov's answer to a media question, Moscow, July 31, 2018\n\n31 July 2018 20:06\n\n"
        "Question: What can you tell us about the developments in Armenia?\n\n"
        "Sergey Lavrov: We noted with great satisfaction that the solution to the crisis was found.\n\nShare\nPrint\n")


def test_segment_page_prints_the_sentences_of_the_text_without_its_chrome_or_labels(run, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert run("segment", "--page", str(path)).output.splitlines() == [
        "Lavrov's answer to a media question, Moscow, July 31, 2018",
        "What can you tell us about the developments in Armenia?",
        "We noted with great satisfaction that the solution to the crisis was found."]
    # without --page every line is text
    plain = run("segment", str(path)).output.splitlines()
    assert "Home" in plain and "Sergey Lavrov: We noted with great satisfaction that the solution to the crisis was found." in plain
    debug = run("segment", "--page", "--debug", "-", input=PAGE).output
    # the text --page prints: its blocks apart, no dateline
    assert debug.count("\tparagraph\t") == 2 and "Home" not in debug and "20:06" not in debug


def test_segment_detects_the_language(run, tmp_path):
    path = tmp_path / "az.txt"
    path.write_text("Prezident İlham Əliyev çıxış edib. O, qonaqları salamlayıb.\n", encoding="utf-8")
    result = run("segment", path)
    assert result.output.splitlines() == ["Prezident İlham Əliyev çıxış edib.", "O, qonaqları salamlayıb."]


@pytest.mark.parametrize("make", [
    lambda p: p / "missing.txt",
    lambda p: p,
    lambda p: _write(p / "empty.txt", b""),
    lambda p: _write(p / "blob.txt", bytes(range(256)) * 8),
    lambda p: _write(p / "fake.docx", b"just some text, not a zip"),
], ids=["missing", "folder", "empty", "binary", "text-named-docx"])
def test_bad_input_gives_one_line_and_exit_1(run, tmp_path, make):
    run("ingest", SEED)
    target = make(tmp_path)
    result = run("ingest", target)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert target.name in lines[0]
    assert "Traceback" not in result.output
    assert run("list").output.count("\ten\t") == 1  # what was stored before is still there


def test_one_bad_file_among_good_ones_stores_nothing(run, tmp_path):
    bad = _write(tmp_path / "empty.txt", b"  \n")
    result = run("ingest", SEED, bad)
    assert result.exit_code == 1
    assert "empty" in run("list").output


def test_unknown_language_is_bad_input_naming_the_file(run):
    result = run("ingest", SEED, "--lang", "fr")
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: {SEED}: unknown language 'fr' given with --lang: use en, ru or az"]
    assert "empty" in run("list").output


def test_language_codes_with_regions_are_accepted(run):
    result = run("segment", "-", "--lang", "RU_ru", input="Это т. е. так. Да.")
    assert result.stdout.splitlines() == ["Это т. е. так.", "Да."]


def test_show_unknown_document(run):
    run("ingest", SEED)
    result = run("show", "nope")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no document 'nope' in .workbench/memory.sqlite"


def test_python_dash_m_works():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "workbench", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "workbench" in out.stdout


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_messages_count_in_the_right_number(run, tmp_path):
    page = tmp_path / "one.txt"
    page.write_text("Talks in Baku\n\nVladimir Putin: Good afternoon. We are glad to see you.\n", encoding="utf-8")
    out = run("ingest", page).output
    assert "\t1 speaker\t" in out and "\t3 sentences\t" in out and "speakers" not in out
    doc = out.split("\t")[0]
    assert run("export", "tei", "--doc", doc, "--out", tmp_path / "one.tei.xml").exit_code == 0
    # a pair with one sentence left alone says so in the singular
    ru = tmp_path / "one.ru.txt"
    ru.write_text("Переговоры в Баку\n\nВладимир Путин: Добрый день.\n", encoding="utf-8")
    run("align", page, ru)
    out = run("export", "tei", "--pair", page, ru, "--out", tmp_path / "pair.tei.xml").output
    assert "1 bead with one side empty has no link" in out
    out = run("export", "docx", "--all", "--out", f"{tmp_path / 'docs'}/").output
    assert "wrote" in out and "1 briefing" in out and "1 units" not in out


def test_an_empty_file_named_as_a_document_is_said_to_be_empty(run, tmp_path):
    run("ingest", SEED)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    result = run("show", empty)
    assert result.exit_code == 1 and result.output.strip() == f"Error: {empty}: empty file"
