"""TMX 1.4b export: valid against the DTD, readable by translate-toolkit, deterministic, atomic."""

from importlib.resources import files
from pathlib import Path

import pytest
from lxml import etree
from translate.storage.tmx import tmxfile

from workbench.model import CONFIRMED, Unit
from workbench.tmx import resolve_lang_map, write_tmx

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DTD = etree.DTD(str(files("workbench") / "data" / "schemas" / "tmx14.dtd"))
EPOCH = "1677456000"  # 2023-02-27T00:00:00Z
EPOCH_STAMP = "20230227T000000Z"


def unit(n, **fields):
    base = dict(tuid=f"doc1:doc2:{n:05d}", srclang="ru",
                texts={"en": f"President Ilham Aliyev met Vladimir Putin ({n}).",
                       "ru": f"Президент Ильхам Алиев встретился с Владимиром Путиным ({n})."})
    base.update(fields)
    return Unit(**base)


def parse_valid(path):
    """Parse and check against the DTD plus the rules a DTD cannot express."""
    raw = Path(path).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    tree = etree.parse(str(path))
    assert DTD.validate(tree), DTD.error_log.filter_from_errors()
    header = tree.find("header")
    for tu in tree.iter("tu"):
        src = tu.get("srclang", header.get("srclang"))
        langs = [tuv.get(XML_LANG) for tuv in tu.iter("tuv")]
        assert langs[0] == src, "the source language's <tuv> comes first, in every <tu>"
        assert len(set(langs)) == len(langs) >= 2
        assert all(seg.text and len(seg) == 0 for seg in tu.iter("seg")), "plain, non-empty segments"
    return tree


@pytest.fixture
def fixed_clock(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def test_header_and_units_are_what_tmx_readers_expect(tmp_path, fixed_clock):
    units = [
        unit(0, score=0.91234, speaker="Ilham Aliyev", doc="doc1", source_url="https://president.az/en/1",
             section=2, shape="1-2", status=CONFIRMED, note="checked by A.", created="20230101T101010Z"),
        unit(1),
    ]
    report = write_tmx(units, tmp_path / "out.tmx", srclang="ru", tool_version="9.9")
    tree = parse_valid(tmp_path / "out.tmx")
    root = tree.getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert dict(root.find("header").attrib) == {
        "creationtool": "workbench", "creationtoolversion": "9.9", "segtype": "sentence",
        "o-tmf": "workbench-sqlite", "adminlang": "en", "srclang": "ru", "datatype": "plaintext",
        "creationdate": EPOCH_STAMP, "creationid": "workbench"}
    first, second = root.iter("tu")
    assert first.get("tuid") == "doc1:doc2:00000"
    assert first.get("creationdate") == first.get("changedate") == "20230101T101010Z"
    assert first.get("creationid") == "workbench"
    assert second.get("creationdate") == EPOCH_STAMP, "a unit without a date gets the clock's"
    assert first.findtext("note") == "checked by A."
    assert {p.get("type"): p.text for p in first.iter("prop")} == {
        "x-document": "doc1", "x-source-url": "https://president.az/en/1", "x-speaker": "Ilham Aliyev",
        "x-section": "2", "x-shape": "1-2", "x-score": "0.912", "x-status": "confirmed"}
    assert [p.get("type") for p in second.iter("prop")] == ["x-section", "x-shape", "x-score", "x-status"]
    assert [tuv.get(XML_LANG) for tuv in first.iter("tuv")] == ["ru", "en"]
    assert first.find("tuv/seg").text == "Президент Ильхам Алиев встретился с Владимиром Путиным (0)."
    assert (report.units, report.skipped, report.removed_chars) == (2, 0, 0)
    assert report.path == str(tmp_path / "out.tmx")


def test_units_with_fewer_than_two_languages_are_skipped_and_counted(tmp_path):
    units = [unit(0), unit(1, texts={"en": "Search in archive"}), unit(2, texts={"en": "Hello", "ru": "  \n"}),
             unit(3, texts={"en": "Hi", "ru": "\x00\x01"}), unit(4)]
    report = write_tmx(units, tmp_path / "out.tmx", srclang="ru")
    tree = parse_valid(tmp_path / "out.tmx")
    assert [tu.get("tuid") for tu in tree.iter("tu")] == ["doc1:doc2:00000", "doc1:doc2:00004"]
    assert (report.units, report.skipped, report.removed_chars) == (2, 3, 0)
    assert any("2 units" not in n and "3 units" in n for n in report.notes)


def test_trilingual_unit_has_three_variants_source_first_then_sorted(tmp_path):
    tri = unit(0, srclang="az", texts={"ru": "Спасибо.", "en": "Thank you.", "az": "Təşəkkür edirəm."})
    write_tmx([tri], tmp_path / "tri.tmx", srclang="az", lang_map=resolve_lang_map("regional"))
    tree = parse_valid(tmp_path / "tri.tmx")
    assert tree.find("header").get("srclang") == "az-Latn-AZ"
    assert [(tuv.get(XML_LANG), tuv.findtext("seg")) for tuv in tree.iter("tuv")] == [
        ("az-Latn-AZ", "Təşəkkür edirəm."), ("en-US", "Thank you."), ("ru-RU", "Спасибо.")]


def test_a_unit_whose_source_differs_from_the_header_names_it(tmp_path):
    units = [unit(0), unit(1, srclang="az", texts={"en": "Thank you.", "az": "Təşəkkür edirəm."})]
    report = write_tmx(units, tmp_path / "out.tmx", srclang="ru", lang_map=resolve_lang_map("en=en-GB"))
    tree = parse_valid(tmp_path / "out.tmx")
    first, second = tree.iter("tu")
    assert first.get("srclang") is None and second.get("srclang") == "az"
    assert [tuv.get(XML_LANG) for tuv in second.iter("tuv")] == ["az", "en-GB"]
    assert len(report.notes) == 1


def test_translate_toolkit_reads_every_unit_and_language(tmp_path):
    units = [unit(n) for n in range(50)]
    units.append(unit(50, srclang="ru", texts={"ru": "Да.", "en": "Yes.", "az": "Bəli."}, note="tri"))
    write_tmx(units, tmp_path / "out.tmx", srclang="ru", lang_map=resolve_lang_map("regional"))
    with open(tmp_path / "out.tmx", "rb") as handle:
        store = tmxfile(handle)
    assert store.sourcelanguage == "ru-RU"
    assert len(store.units) == 51
    for ours, theirs in zip(units, store.units):
        assert theirs.getid() == ours.tuid
        assert theirs.source == ours.texts["ru"]
        variants = {node.get(XML_LANG): theirs.getNodeText(node) for node in theirs.getlanguageNodes()}
        mapped = {"en": "en-US", "ru": "ru-RU", "az": "az-Latn-AZ"}
        assert variants == {mapped[lang]: text for lang, text in ours.texts.items()}
    assert store.units[-1].getnotes() == "tri"


def test_same_units_give_the_same_bytes(tmp_path, fixed_clock):
    units = [unit(n, speaker="Ilham Aliyev" if n % 2 else "") for n in range(20)]
    write_tmx(units, tmp_path / "a.tmx", srclang="ru")
    write_tmx(iter(units), tmp_path / "b.tmx", srclang="ru")
    assert (tmp_path / "a.tmx").read_bytes() == (tmp_path / "b.tmx").read_bytes()
    assert EPOCH_STAMP.encode() in (tmp_path / "a.tmx").read_bytes()


def test_clock_is_honoured_for_header_and_undated_units(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    write_tmx([unit(0)], tmp_path / "out.tmx", srclang="ru")
    tree = etree.parse(str(tmp_path / "out.tmx"))
    assert tree.find("header").get("creationdate") == "19700101T000000Z"
    assert tree.find("body/tu").get("changedate") == "19700101T000000Z"


def _failing(units, after):
    for n, u in enumerate(units):
        if n == after:
            raise RuntimeError("database went away")
        yield u


def test_failure_half_way_leaves_no_file_and_no_temporary(tmp_path):
    with pytest.raises(RuntimeError):
        write_tmx(_failing([unit(n) for n in range(3000)], 2500), tmp_path / "out.tmx", srclang="ru")
    assert list(tmp_path.iterdir()) == []


def test_failure_half_way_leaves_an_existing_file_untouched(tmp_path):
    target = tmp_path / "out.tmx"
    target.write_bytes(b"previous export")
    with pytest.raises(RuntimeError):
        write_tmx(_failing([unit(n) for n in range(10)], 5), target, srclang="ru")
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.tmx"]


def test_xml_hostile_text_gives_valid_tmx_and_counts_removals(tmp_path):
    hostile = unit(0, texts={
        "en": "AT&T <b>bold</b> ]]> end\x00 \u200fRTL\u200e 😀 \ud800 tab\tnew\nline\rcr",
        "ru": "Ж\x0b\x1f & <![CDATA[x]]> \ufffe"}, note="a\x07b & <c>", speaker="\x00Ilham", tuid="id&<\x01>")
    report = write_tmx([hostile], tmp_path / "out.tmx", srclang="ru")
    tree = parse_valid(tmp_path / "out.tmx")
    segs = {tuv.get(XML_LANG): tuv.findtext("seg") for tuv in tree.iter("tuv")}
    assert segs["en"] == "AT&T <b>bold</b> ]]> end \u200fRTL\u200e 😀  tab\tnew\nline\rcr"
    assert segs["ru"] == "Ж & <![CDATA[x]]> "
    assert tree.findtext("body/tu/note") == "ab & <c>"
    assert tree.find("body/tu").get("tuid") == "id&<>"
    assert [p.text for p in tree.iter("prop") if p.get("type") == "x-speaker"] == ["Ilham"]
    assert report.removed_chars == 2 + 3 + 1 + 1 + 1  # en: NUL, surrogate; ru: VT, US, FFFE; note; speaker; tuid
    assert report.units == 1


def test_progress_reports_every_unit_once(tmp_path):
    seen = []
    units = [unit(n) for n in range(2345)] + [unit(9999, texts={"en": "alone"})]
    write_tmx(units, tmp_path / "out.tmx", srclang="ru", progress=seen.append)
    assert sum(seen) == 2346 and len(seen) == 3


def test_unknown_languages_keep_their_normalised_tag(tmp_path):
    write_tmx([unit(0, texts={"en": "Hello", "fr_FR": "Bonjour", "ru": "Привет"})], tmp_path / "o.tmx",
              srclang="RU", lang_map=resolve_lang_map("regional"))
    tree = parse_valid(tmp_path / "o.tmx")
    assert [tuv.get(XML_LANG) for tuv in tree.iter("tuv")] == ["ru-RU", "en-US", "fr-FR"]


def test_a_refused_unit_does_not_leak_into_the_next(tmp_path):
    # The writer reuses one <tu> skeleton; a unit lxml refuses half-way must not leave text behind.
    units = [unit(0, speaker="A"), unit(1, speaker="B", texts={"en": "clean", "ru": "bad\x00"}), unit(2, speaker="B")]
    report = write_tmx(units, tmp_path / "out.tmx", srclang="ru")
    tree = parse_valid(tmp_path / "out.tmx")
    got = [([p.text for p in tu.iter("prop") if p.get("type") == "x-speaker"], [s.text for s in tu.iter("seg")])
           for tu in tree.iter("tu")]
    assert got == [(["A"], [units[0].texts["ru"], units[0].texts["en"]]), (["B"], ["bad", "clean"]),
                   (["B"], [units[2].texts["ru"], units[2].texts["en"]])]
    assert report.removed_chars == 1


def test_a_sentence_run_over_two_lines_of_the_page_is_one_line_in_its_unit():
    import workbench

    en = workbench.read_text("Mehriban Aliyeva marks the anniversary of Heydar Aliyev\n\nThe First Vice-President "
                             "posted a message.\n\nShe said the day was special for the nation and\n"
                             "its people. The ceremony was held in Baku.", lang="en")
    az = workbench.read_text("Mehriban Əliyeva Heydər Əliyevin ildönümünü qeyd edib\n\nBirinci vitse-prezident "
                             "paylaşım edib.\n\nO bildirib ki, bu gün xalq və\nonun üçün xüsusi gündür. "
                             "Mərasim Bakıda keçirilib.", lang="az")
    units = workbench.align_pair(en, az).units
    assert any("nation and its people." in u.texts["en"] for u in units)
    assert all("\n" not in text for u in units for text in u.texts.values())
