"""clean_xml_text: what XML 1.0 cannot carry goes, everything else stays."""

from lxml import etree

from workbench.export.xmltext import ExportReport, clean_xml_text, has_invalid_xml


def test_removes_c0_controls_but_keeps_tab_newline_and_carriage_return():
    text = "a\x00b\x01c\x08d\x0be\x0cf\x0eg\x1fh\ti\nj\rk"
    assert clean_xml_text(text) == ("abcdefgh\ti\nj\rk", 7)


def test_removes_lone_surrogates_and_the_two_nonchars():
    assert clean_xml_text("x\ud800y\udfffz\ufffe\uffff") == ("xyz", 4)


def test_keeps_markup_characters_rtl_marks_bom_and_emoji():
    text = "A & B < C ]]> \u200f\u200e\u202b\ufeff 😀 ə İ Ж \x85 \U0010fffd"
    assert clean_xml_text(text) == (text, 0)
    assert not has_invalid_xml(text)


def test_cleaned_text_is_always_accepted_by_lxml():
    # Every code point of the BMP plus a few astral ones: lxml raises on anything XML forbids.
    everything = "".join(chr(c) for c in range(0x10000)) + "\U0001f600\U00010000"
    clean, removed = clean_xml_text(everything)
    assert removed == 29 + 2048 + 2  # C0 without \t \n \r, the surrogate block, FFFE and FFFF
    element = etree.Element("seg")
    element.text = clean
    assert etree.fromstring(etree.tostring(element)).text == clean


def test_has_invalid_xml_agrees_with_cleaning():
    assert has_invalid_xml("ok\x00")
    assert has_invalid_xml("\ud83d")  # half of an emoji's surrogate pair
    assert not has_invalid_xml("ok")


def test_report_defaults_are_independent():
    first, second = ExportReport("a"), ExportReport("b")
    first.notes.append("x")
    assert second.notes == [] and (second.units, second.skipped, second.removed_chars) == (0, 0, 0)


def test_lxml_refuses_every_character_we_remove():
    # The TMX writer relies on this: it lets lxml find invalid text and cleans only the units lxml refuses.
    removed = [chr(c) for c in range(0x10000) if clean_xml_text(chr(c))[1]]
    assert len(removed) == 29 + 2048 + 2
    element = etree.Element("seg")
    for char in removed:
        for setter in (lambda v: setattr(element, "text", v), lambda v: element.set("a", v)):
            try:
                setter("ok" + char)
            except ValueError:
                continue
            raise AssertionError(f"lxml accepted U+{ord(char):04X}")
