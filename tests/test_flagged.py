"""Flagged beads stay out of the TMX unless asked for; TEI keeps every link with its score."""

from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
EN = ROOT / "seeds" / "000_cad0dfaeb5419f53.txt"
RU = ROOT / "seeds" / "000_cad0dfaeb5419f53.ru.txt"
NOT_A_TRANSLATION = ROOT / "tests" / "fixtures" / "ingest" / "ru_talks.txt"


def tus(path) -> list:
    return etree.parse(str(path)).findall(".//tu")


def test_a_pair_that_is_not_a_translation_exports_no_units_by_default(run, tmp_path):
    result = run("run", EN, "--original", NOT_A_TRANSLATION, "--out-dir", "out")
    assert result.exit_code == 0, result.output
    assert tus(tmp_path / "out" / "000_cad0dfaeb5419f53.tmx") == []
    refused = run("export", "tmx", "--all", "--out", "all.tmx")
    assert refused.exit_code == 1 and "flagged units left out: --include-flagged" in refused.output
    kept = run("export", "tmx", "--all", "--include-flagged", "--out", "all.tmx")
    assert kept.exit_code == 0
    units = tus(tmp_path / "all.tmx")
    assert units and all(tu.find("prop[@type='x-flagged']").text == "yes" for tu in units)
    links = etree.parse(str(tmp_path / "out" / "000_cad0dfaeb5419f53.tei.xml")).iter(
        "{http://www.tei-c.org/ns/1.0}link")
    assert len(list(links)) >= len(units)


def test_a_clean_pair_loses_nothing_and_run_can_keep_flagged_units(run, tmp_path):
    assert run("run", EN, "--original", RU, "--out-dir", "a").exit_code == 0
    assert run("run", EN, "--original", RU, "--out-dir", "b", "--include-flagged", "--threshold", "1.01").exit_code == 0
    default, everything = tus(tmp_path / "a" / "000_cad0dfaeb5419f53.tmx"), tus(tmp_path / "b" / "000_cad0dfaeb5419f53.tmx")
    assert len(default) == len(everything) > 50
    assert all(tu.find("prop[@type='x-flagged']") is not None for tu in everything)
