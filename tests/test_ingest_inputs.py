"""Bad and awkward input files: a clear InputError naming the file, or a clean read."""

import codecs
import zipfile

import pytest

from workbench.errors import InputError
from workbench.ingest import block_text, parse_transcript, read_document
from workbench.ingest.decode import decode_bytes, read_text
from workbench.model import BREAK, INTRO, SPEECH

RU = "Переговоры в Москве\n\nСергей Лавров сказал:\n\n- Спасибо, уважаемые коллеги. Мы рады встрече."
AZ = "Görüş\n\nPrezident İlham Əliyev dedi:\n\n- Xoş gəlmisiniz! Şadam ki, görüşürük."


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def bad_input(tmp_path, make, problem):
    path = make(tmp_path)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(path) in str(err.value) and err.value.path == str(path)
    assert problem in err.value.problem
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("make,problem", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: p, "folder"),
    (lambda p: write(p / "empty.txt", b""), "empty"),
    (lambda p: write(p / "blank.txt", b" \n\t\r\n  "), "empty"),
    (lambda p: write(p / "furniture.txt", b"Search in archive\n\nPrint\nShare\n"), "boilerplate"),
    (lambda p: write(p / "blob.txt", bytes(range(256)) * 8), "binary"),
    (lambda p: write(p / "controls.txt", b"\x01\x02\x03\x04\x05abc\x06\x07\x08" * 50), "binary"),
    (lambda p: write(p / "latin1.txt", "Café naïve résumé".encode("latin-1")), "cannot decode"),
    (lambda p: write(p / "fake.docx", b"just some text, not a zip"), "not a DOCX"),
    (lambda p: write(p / "broken.docx", b"PK\x03\x04" + b"\x00garbage" * 20), "DOCX"),
    (lambda p: write(p / "scan.pdf", b"%PDF-1.7\n%binary"), "PDF"),
])
def test_bad_inputs_raise_input_error_naming_the_file(tmp_path, make, problem):
    bad_input(tmp_path, make, problem)


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    bad_input(tmp_path, lambda p: path, "word/document.xml")


def test_docx_with_damaged_xml(tmp_path):
    path = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types")
        z.writestr("word/document.xml", "<w:document><unclosed>")
    bad_input(tmp_path, lambda p: path, "corrupt DOCX")


def test_unknown_language(tmp_path):
    path = write(tmp_path / "ok.txt", b"Title\n\nSome text.")
    with pytest.raises(InputError) as err:
        read_document(path, lang="fr")
    assert str(path) in str(err.value) and "fr" in str(err.value)


def test_parse_transcript_names_its_source_in_errors():
    with pytest.raises(InputError, match="^x/y.txt: empty"):
        parse_transcript("  \n ", source_path="x/y.txt")
    with pytest.raises(InputError, match="<text>"):
        parse_transcript("Hello", lang="de")


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    lambda t: t.encode("utf-16"),  # Python's own, BOM first
    lambda t: t.encode("utf-16-le"),  # no BOM: recognised by its NUL pattern
    lambda t: t.encode("cp1251"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16", "utf16le-nobom", "cp1251"])
def test_russian_in_every_encoding_reads_the_same(tmp_path, encode):
    path = write(tmp_path / "ru.txt", encode(RU))
    doc = read_document(path)
    assert doc.lang == "ru" and [p.key for p in doc.people] == ["SergeyLavrov"]
    assert "\n\n".join(block_text(b) for b in doc.blocks) == RU
    assert doc.id == parse_transcript(RU).id


def test_azerbaijani_utf16_with_bom(tmp_path):
    path = write(tmp_path / "az.txt", AZ.encode("utf-16"))
    doc = read_document(path)
    assert doc.lang == "az" and doc.people[0].key == "IlhamAliyev"


def test_mojibake_is_refused_not_produced():
    # UTF-8 Azerbaijani with one broken byte is neither UTF-8 nor Cyrillic cp1251.
    data = AZ.encode("utf-8").replace("ə".encode("utf-8"), b"\xe9", 1)
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes(data, "az.txt")


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr-only"])
def test_windows_and_old_mac_newlines(tmp_path, newline):
    path = write(tmp_path / "t.txt", RU.replace("\n", newline).encode("utf-8"))
    assert read_text(path) == RU
    assert [b.kind for b in read_document(path).blocks] == ["title", INTRO, SPEECH]


def test_a_few_control_characters_are_dropped():
    body = "The talks lasted two hours and covered energy, transport and trade. " * 6
    raw = f"Title\x07\n\nLead\x00 with\x1b a bell.\n\n{body}\n\nx x x\x7f\x85end"
    assert decode_bytes(raw.encode("utf-8"), "t.txt") == f"Title\n\nLead with a bell.\n\n{body}\n\nx x x\nend"


def test_word_line_and_page_breaks_become_newlines():
    assert decode_bytes(b"one\x0btwo\x0cthree") == "one\ntwo\nthree"


def test_nfc_normalisation():
    decomposed = "Prezident I\u0307lham \u018fliyev"  # I + combining dot above
    assert decode_bytes(decomposed.encode("utf-8")) == "Prezident İlham Əliyev"
    assert decode_bytes("e\u0301".encode("utf-8")) == "é"


def test_multi_megabyte_line_is_read_whole():
    # Shapes that make naive regexes backtrack: long runs of name-like words, colons, marks and spaces.
    sentence = "Ilham Aliyev В.Путин x x x: 10:30 * * * "
    line = sentence * 100_000  # 4 MB, one line, one paragraph
    doc = parse_transcript(f"Title\n\n{line}\n\nPresident Ilham Aliyev said:\n\n- Yes.", lang="en")
    assert len(doc.blocks) == 4
    assert doc.blocks[1].text == line.strip() and doc.blocks[1].label == ""
    assert [b.kind for b in doc.blocks[2:]] == [INTRO, SPEECH]


def test_multi_megabyte_line_of_spaces_and_colons():
    line = "A" + " " * 2_000_000 + ":" * 1_000_000 + " B:"
    doc = parse_transcript(f"Title\n\n{line}", lang="en")
    assert len(doc.blocks) == 2 and doc.people == []


def test_break_after_crlf_and_tabs():
    doc = parse_transcript("Title\r\n\r\nLead.\r\n\r\n\t* * *\t\r\n\r\nAfter.")
    assert [b.kind for b in doc.blocks][2] == BREAK


RUSSIAN = ("Президент Российской Федерации Владимир Путин провёл переговоры с Президентом Азербайджана "
           "Ильхамом Алиевым. Стороны обсудили торгово-экономическое сотрудничество и гуманитарные связи.")


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic"])
def test_russian_in_every_legacy_code_page_is_read_not_mojibake(codec):
    assert decode_bytes(RUSSIAN.encode(codec), f"ru.{codec}.txt") == RUSSIAN


SHORT_RUSSIAN = ["Переговоры прошли в Баку.", "Москва, Кремль", "Уважаемый Ильхам Гейдарович!",
                 "Лавров: Мы готовы к диалогу.", "Президент России провёл встречу с Ильхамом Алиевым.",
                 "МИД РОССИИ: ЗАЯВЛЕНИЕ\nПереговоры прошли в Баку."]


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic"])
def test_a_line_or_two_of_russian_in_any_legacy_code_page_is_read_not_mojibake(codec):
    # a guess from so few bytes is often a neighbour code page: KOI8-R read as cp1251 ("рЕТЕЗПЧПТЩ РТПЫМЙ"),
    # MacCyrillic as cp1251 ("Џереговоры"); the letters themselves tell
    for text in SHORT_RUSSIAN:
        assert decode_bytes(f"{text}\n".encode(codec), f"ru.{codec}.txt") == f"{text}\n"


def test_a_line_in_capitals_in_cp1251_stays_what_it_is():
    # capitals in cp1251 read as small letters in KOI8-R ("упчнеуфопе ъбсчмеойе"): case cannot tell them apart, so
    # charset-normalizer's guess stands
    assert decode_bytes("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n".encode("cp1251"), "caps.txt") == "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n"


def test_azerbaijani_in_cp1254_is_read():
    text = "Azərbaycan Respublikasının Prezidenti İlham Əliyev Şuşa şəhərində görüş keçirib.".replace("ə", "ä")
    text = text.replace("Ə", "Ä")
    assert decode_bytes(text.encode("cp1254"), "az.txt") == text


def test_damaged_utf8_is_refused_naming_the_bad_byte():
    data = RUSSIAN.encode("utf-8")
    data = data[:40] + b"\xff" + data[41:]
    with pytest.raises(InputError, match=r"ru.txt: not valid UTF-8 \(bad byte 0xff at offset 40\)"):
        decode_bytes(data, "ru.txt")
