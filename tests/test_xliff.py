"""XLIFF 2.0: a pair's units out for a CAT tool, a new transcript pre-translated, a translated file back in."""

import json
from importlib.resources import files
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
EN, RU = ROOT / "seeds" / "000_cad0dfaeb5419f53.txt", ROOT / "seeds" / "000_cad0dfaeb5419f53.ru.txt"
X = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(files("workbench") / "data" / "schemas" / "xliff2.0" / "xliff_core_2.0.xsd")))


def test_a_pair_exports_valid_xliff_with_states_scores_and_notes(run, tmp_path, schema):
    assert run("align", EN, RU).exit_code == 0
    assert run("confirm", EN, RU, "0", "1", "--note", "checked by the desk").exit_code == 0
    result = run("export", "xliff", "--pair", EN, RU, "--out", "pair.xlf")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(tmp_path / "pair.xlf"))
    schema.assertValid(tree)
    root = tree.getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("ru", "en")
    segments = list(root.iter(f"{X}segment"))
    assert len(segments) > 50
    assert [s.get("state") for s in segments[:3]] == ["reviewed", "reviewed", "translated"]
    first = next(root.iter(f"{X}unit"))
    categories = {n.get("category"): n.text for n in first.iter(f"{X}note")}
    assert categories["comment"] == "checked by the desk" and float(categories["x-score"]) > 0
    assert first.find(f"{X}segment/{X}source").text.startswith("Ильхам Алиев")


def test_pretranslate_fills_targets_from_the_memory_and_import_brings_them_back(run, tmp_path, schema):
    assert run("align", EN, RU).exit_code == 0
    new = tmp_path / "new.txt"
    new.write_text("Meeting in Baku\n\nWelcome to Azerbaijan!\n\nThe weather in Baku was sunny on Monday.\n",
                   encoding="utf-8")
    result = run("pretranslate", new, "--to", "ru", "--out", "new.xlf")
    assert result.exit_code == 0, result.output
    tree = etree.parse(str(tmp_path / "new.xlf"))
    schema.assertValid(tree)
    segments = {s.find(f"{X}source").text: s for s in tree.getroot().iter(f"{X}segment")}
    welcome = segments["Welcome to Azerbaijan!"]
    assert welcome.get("state") == "translated" and welcome.find(f"{X}target").text == "Добро пожаловать в Азербайджан!"
    assert segments["The weather in Baku was sunny on Monday."].find(f"{X}target") is None
    # a translator fills the last target and marks it final
    weather = segments["The weather in Baku was sunny on Monday."]
    etree.SubElement(weather, f"{X}target").text = "В понедельник в Баку было солнечно."
    weather.set("state", "final")
    tree.write(str(tmp_path / "done.xlf"), xml_declaration=True, encoding="UTF-8")
    report = json.loads(run("import-xliff", tmp_path / "done.xlf", "--json").output)
    assert report["added"] >= 1
    found = json.loads(run("search", "солнечно", "--json").output)
    assert found and found[0]["translation"] == "The weather in Baku was sunny on Monday."
    assert json.loads(run("import-xliff", tmp_path / "done.xlf", "--json").output)["added"] == 0


def test_a_file_that_is_not_xliff_2_is_one_line(run, tmp_path):
    bad = tmp_path / "old.xlf"
    bad.write_text('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>',
                   encoding="utf-8")
    result = run("import-xliff", bad)
    assert result.exit_code == 1 and "not an XLIFF 2 file" in result.output
