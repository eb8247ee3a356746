"""Lossless TMX: other tools' real files come back whole after import-tmx then export tmx --all."""

from pathlib import Path

import pytest
from lxml import etree

from workbench.exporting import Selection, export_memory, import_tmx
from workbench.store import Memory
from workbench.tmx import read_tmx
from workbench.tmx.read import inner_xml, seg_text

REAL = Path(__file__).parent / "fixtures" / "tmx" / "real"
FILES = sorted(REAL.glob("*.tmx"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def multilingual(path: Path) -> set[tuple[str, str, str]]:
    """Every (tag as written, plain text, seg XML) of the units with text in two languages or variants."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True))
    out = set()
    for tu in root.iter("tu"):
        items = [(tuv.get(XML_LANG) or tuv.get("lang"), seg_text(seg), inner_xml(seg))
                 for tuv in tu.findall("tuv") for seg in tuv.findall("seg") if seg_text(seg).strip()]
        if len({tag.lower() for tag, _, _ in items}) >= 2:
            out.update(items)
    return out


def test_there_are_real_files_from_many_producers():
    assert len(FILES) >= 15


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_real_tmx_round_trip_is_lossless(tmp_path, path):
    want = multilingual(path)
    assert want
    with Memory(tmp_path / "m.sqlite") as memory:
        import_tmx(memory, path)
        export_memory(memory, "tmx", Selection(everything=True), tmp_path / "out.tmx")
        again = import_tmx(memory, tmp_path / "out.tmx")
    assert want <= multilingual(tmp_path / "out.tmx")
    assert again.added == 0  # re-importing our own export adds nothing


def test_regional_tags_stay_apart_and_are_written_as_they_came(tmp_path):
    units = list(read_tmx(REAL / "omegat_test-level1.tmx"))
    both = next(u for u in units if "lang1" in u.texts.values())
    assert both.texts == {"en": "lang1z", "en-US": "lang1", "be": "tr1"}


def test_nonstandard_tags_are_standardised_for_matching_and_kept(tmp_path):
    src = tmp_path / "codes.tmx"
    src.write_text('<tmx version="1.4"><header srclang="eng"/><body>'
                   '<tu><tuv xml:lang="eng"><seg>Peace</seg></tuv><tuv xml:lang="rus"><seg>Мир</seg></tuv>'
                   '<tuv xml:lang="aze"><seg>Sülh</seg></tuv><tuv xml:lang="iw"><seg>שלום</seg></tuv>'
                   '<tuv xml:lang="es_es"><seg>Paz</seg></tuv></tu></body></tmx>', encoding="utf-8")
    (unit,) = read_tmx(src)
    assert unit.texts == {"en": "Peace", "ru": "Мир", "az": "Sülh", "he": "שלום", "es-ES": "Paz"}
    assert unit.srclang == "en"
    with Memory(tmp_path / "m.sqlite") as memory:
        import_tmx(memory, src)
        export_memory(memory, "tmx", Selection(everything=True), tmp_path / "out.tmx")
    tags = [t.get(XML_LANG) for t in etree.parse(str(tmp_path / "out.tmx")).iter("tuv")]
    assert sorted(tags) == sorted(["eng", "rus", "aze", "iw", "es_es"])


def test_variants_are_units_and_codes_props_notes_and_attributes_come_back(tmp_path):
    src = tmp_path / "rich.tmx"
    src.write_text(
        '<tmx version="1.4"><header srclang="en-US"/><body>'
        '<tu tuid="7" usagecount="3" changeid="ann"><note>first</note><note>second</note>'
        '<prop type="Txt::Client">ACME</prop>'
        '<tuv xml:lang="en-US" creationid="bob"><prop type="x-ctx">menu</prop>'
        '<seg>Close the <bpt i="1">&lt;b&gt;</bpt>file<ept i="1">&lt;/b&gt;</ept><ph x="2">{0}</ph>.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Закройте файл.</seg></tuv>'
        '<tuv xml:lang="ru-RU"><seg>Закрыть файл.</seg></tuv></tu></body></tmx>', encoding="utf-8")
    units = list(read_tmx(src))
    assert [u.texts["ru"] for u in units] == ["Закройте файл.", "Закрыть файл."]
    assert units[0].texts["en"] == "Close the file."  # the plain text search and alignment use
    with Memory(tmp_path / "m.sqlite") as memory:
        report = import_tmx(memory, src)
        assert report.added == 2
        export_memory(memory, "tmx", Selection(everything=True), tmp_path / "out.tmx")
    tus = list(etree.parse(str(tmp_path / "out.tmx")).iter("tu"))
    assert len(tus) == 2
    tu = tus[0]
    assert tu.get("usagecount") == "3" and tu.get("changeid") == "ann"
    assert [n.text for n in tu.findall("note")] == ["first", "second"]
    assert [(p.get("type"), p.text) for p in tu.findall("prop")] == [("Txt::Client", "ACME")]
    en = tu.findall("tuv")[0]
    assert en.get(XML_LANG) == "en-US" and en.get("creationid") == "bob"
    assert en.find("prop").text == "menu"
    assert [c.tag for c in en.find("seg")] == ["bpt", "ept", "ph"]
    assert inner_xml(en.find("seg")).startswith('Close the <bpt i="1">&lt;b&gt;</bpt>file')


def test_flagged_units_still_say_so(tmp_path):
    src = tmp_path / "flag.tmx"
    src.write_text('<tmx version="1.4"><header srclang="en"/><body><tu><prop type="Txt::X">1</prop>'
                   '<prop type="x-flagged">yes</prop><tuv xml:lang="en-GB"><seg>Hi</seg></tuv>'
                   '<tuv xml:lang="ru"><seg>Привет</seg></tuv></tu></body></tmx>', encoding="utf-8")
    (unit,) = read_tmx(src)
    assert unit.flagged
