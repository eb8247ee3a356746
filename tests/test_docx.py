"""DOCX briefing: structure read back with python-docx and the raw XML python-docx cannot see."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import datetime, timezone

import docx
import pytest
from docx.oxml.ns import qn

from workbench import model
from workbench.export.docx import write_docx
from workbench.export.docx import xml as docx_xml
from workbench.export.docx.keypoints import key_points


EPOCH = "1677470400"  # 2023-02-27T04:00:00Z


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture(scope="module")
def docs(docx_meeting):
    return docx_meeting()


def _text_table(book):
    tables = [t for t in book.tables if t.rows[0].cells[0].text == "Speaker"]
    assert len(tables) == 1
    return tables[0]


def _is_section_row(row) -> bool:
    tcs = row._tr.findall(qn("w:tc"))
    return len(tcs) == 1 and tcs[0].find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}") is not None


def _beads_with_text(src, orig, alignment) -> int:
    s = {x.index: x.text for x in src.segments}
    t = {x.index: x.text for x in orig.segments}
    return sum(1 for b in alignment.beads if any(s[i].strip() for i in b.src) or any(t[j].strip() for j in b.tgt))


def _runs(part_element):
    return [r for r in part_element.iter(qn("w:r")) if r.find(qn("w:t")) is not None and "".join(r.itertext())]


def test_parts_present(tmp_path, docs):
    en, pairs = docs
    write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"], pairs["az"]])
    book = docx.Document(tmp_path / "b.docx")
    paragraphs = [p.text for p in book.paragraphs]
    assert paragraphs[0] == en.title
    assert book.paragraphs[0].style.name == "Title"
    for heading in ("Participants", "Key points", "Background", "Text side by side", "Annex", "Sources",
                    "Alignment statistics"):
        assert heading in paragraphs
    assert "Reference: en-lavrov-2023" in paragraphs
    assert "Date: 27 February 2023" in paragraphs
    lead = en.blocks[1].text
    assert paragraphs[paragraphs.index("Background") + 1] == lead
    bullets = [p.text for p in book.paragraphs if p.style.name == "List Bullet"]
    expected = key_points(en)
    assert len(bullets) == len(expected) > 0
    for bullet, seg in zip(bullets, expected):
        assert bullet.endswith(seg.text)


def test_participants_in_every_language(tmp_path, docs):
    en, pairs = docs
    write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"], pairs["az"]])
    book = docx.Document(tmp_path / "b.docx")
    table = next(t for t in book.tables if t.rows[0].cells[-1].text == "Role")
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["English", "Russian", "Azerbaijani", "Role"]
    assert rows[1][:3] == ["Ilham Aliyev", "Ильхам Алиев", "İlham Əliyev"]
    assert rows[2][:3] == ["Sergey Lavrov", "Сергей Лавров", "Sergey Lavrov"]
    assert rows[1][3] == "President of the Republic of Azerbaijan"


def test_one_row_per_bead_with_text(tmp_path, docs):
    en, pairs = docs
    ru, alignment = pairs["ru"]
    report = write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"]])
    table = _text_table(docx.Document(tmp_path / "b.docx"))
    section_rows = [r for r in table.rows if _is_section_row(r)]
    assert len(section_rows) == 1 and section_rows[0].cells[0].text == "x x x"
    units = len(table.rows) - 1 - len(section_rows)
    assert units == _beads_with_text(en, ru, alignment) == len(alignment.beads) == report.units
    assert [c.text for c in table.rows[0].cells] == ["Speaker", "Russian (original)", "English (translation)"]
    # the 1-2 bead: one English sentence beside both Russian ones
    row = next(r for r in table.rows if r.cells[2].text.startswith("Your visit"))
    assert "Декларации" in row.cells[1].text and "22 февраля" in row.cells[1].text
    # the 0-1 bead: the Russian sentence with nothing beside it, flagged with its score
    row = next(r for r in table.rows if r.cells[1].text.startswith("Президент Путин"))
    assert row.cells[2].text == "—"
    assert "?" in row.cells[0].text and "0.30" in row.cells[0].text
    fills = [tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") for tc in row._tr.findall(qn("w:tc"))[1:]]
    assert all(f is not None and f.get(qn("w:fill")) == "FCE4D6" for f in fills)
    plain = next(r for r in table.rows if r.cells[2].text.startswith("Dear Sergey"))
    assert all(tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is None for tc in plain._tr.findall(qn("w:tc")))
    assert "?" not in plain.cells[0].text


def test_two_originals_share_the_english_rows(tmp_path, docs):
    en, pairs = docs
    report = write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"], pairs["az"]])
    table = _text_table(docx.Document(tmp_path / "b.docx"))
    assert len(table.columns) == 4
    units = [r for r in table.rows[1:] if not _is_section_row(r)]
    # every English sentence once, plus the Russian-only sentence
    assert len(units) == len(en.segments) + 1 == report.units
    row = next(r for r in units if r.cells[3].text.startswith("Russian and Azerbaijani air"))
    assert "135 рейсов" in row.cells[1].text and "135 reys" in row.cells[2].text
    assert "?" in row.cells[0].text  # the az bead is flagged


def test_table_xml_flags_and_widths(tmp_path, docs):
    en, pairs = docs
    write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"], pairs["az"]])
    book = docx.Document(tmp_path / "b.docx")
    for table in book.tables:
        tbl = table._tbl
        assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblLayout')}").get(qn("w:type")) == "fixed"
        first = tbl.findall(qn("w:tr"))[0]
        assert first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        for tr in tbl.findall(qn("w:tr")):
            assert tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
            for tc in tr.findall(qn("w:tc")):
                width = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
                assert width is not None and width.get(qn("w:type")) == "dxa" and int(width.get(qn("w:w"))) > 0
        # only the first row repeats
        assert all(tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for tr in tbl.findall(qn("w:tr"))[1:])
    # the text table fills the landscape page width
    text = _text_table(book)._tbl
    section = book.sections[0]
    usable = (section.page_width - section.left_margin - section.right_margin) // 635
    assert int(text.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w"))) == usable
    assert section.page_width > section.page_height


def test_fonts_and_languages_on_runs(tmp_path, docs):
    en, pairs = docs
    write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"], pairs["az"]])
    book = docx.Document(tmp_path / "b.docx")
    runs = _runs(book.element.body) + _runs(book.sections[0].footer._element)
    assert len(runs) > 50
    seen = set()
    for r in runs:
        fonts = r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None
        for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            assert fonts.get(qn(slot)), slot
        lang = r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val"))
        text = "".join(r.itertext())
        if re.search("[а-яА-Я]", text):
            assert lang == "ru-RU", text
        elif re.search("[əƏ]", text):
            assert lang == "az-Latn-AZ", text
        seen.add(lang)
    assert seen == {"en-US", "ru-RU", "az-Latn-AZ"}
    english = next(r for r in runs if "".join(r.itertext()).startswith("Dear Sergey Viktorovich"))
    assert english.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-US"


def test_styles_carry_explicit_fonts(tmp_path, docs):
    en, _ = docs
    write_docx(en, tmp_path / "b.docx")
    styles = docx.Document(tmp_path / "b.docx").styles.element
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert default.get(qn("w:hAnsi")) and default.get(qn("w:cs"))
    for fonts in styles.iter(qn("w:rFonts")):
        assert fonts.get(qn("w:asciiTheme")) is None and fonts.get(qn("w:hAnsiTheme")) is None


def test_footer_page_fields(tmp_path, docs):
    en, pairs = docs
    write_docx(en, tmp_path / "b.docx", pairs=[pairs["az"]])
    footer = docx.Document(tmp_path / "b.docx").sections[0].footer._element
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [c.get(qn("w:fldCharType")) for c in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert "".join(footer.itertext()).startswith("Page ")


def test_core_properties_from_the_clock(tmp_path, docs):
    en, _ = docs
    write_docx(en, tmp_path / "b.docx", tool_version="9.9.9")
    props = docx.Document(tmp_path / "b.docx").core_properties
    assert props.title == en.title
    assert props.author == "workbench"
    moment = datetime.fromtimestamp(int(EPOCH), tz=timezone.utc)
    assert props.created == moment and props.modified == moment
    with zipfile.ZipFile(tmp_path / "b.docx") as z:
        assert b"workbench 9.9.9" in z.read("docProps/app.xml")
        assert "docProps/thumbnail.jpeg" not in z.namelist() or b"thumbnail" not in z.read("_rels/.rels")


def test_same_bytes_twice(tmp_path, docs):
    en, pairs = docs
    write_docx(en, tmp_path / "a.docx", pairs=[pairs["ru"], pairs["az"]])
    write_docx(en, tmp_path / "b.docx", pairs=[pairs["ru"], pairs["az"]])
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.docx") as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in z.infolist()} == {docx_xml.ZIP_DATE}


def test_clock_reaches_the_bytes(tmp_path, docs, monkeypatch):
    en, _ = docs
    write_docx(en, tmp_path / "a.docx")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(EPOCH) + 86400))
    write_docx(en, tmp_path / "b.docx")
    assert (tmp_path / "a.docx").read_bytes() != (tmp_path / "b.docx").read_bytes()


def test_atomic_write_keeps_old_file_on_failure(tmp_path, docs, monkeypatch):
    en, _ = docs
    target = tmp_path / "b.docx"
    target.write_bytes(b"previous briefing")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(docx_xml, "repack", broken)
    with pytest.raises(RuntimeError):
        write_docx(en, target)
    assert target.read_bytes() == b"previous briefing"
    assert [p.name for p in tmp_path.iterdir()] == ["b.docx"]


def test_single_language_briefing(tmp_path, docs):
    en, _ = docs
    report = write_docx(en, tmp_path / "b.docx")
    book = docx.Document(tmp_path / "b.docx")
    table = _text_table(book)
    assert [c.text for c in table.rows[0].cells] == ["Speaker", "English"]
    paragraphs = [b for b in en.blocks if b.kind != model.BREAK]
    units = [r for r in table.rows[1:] if not _is_section_row(r)]
    assert len(units) == len(paragraphs) == report.units
    assert "Alignment statistics" not in [p.text for p in book.paragraphs]
    assert book.sections[0].page_width < book.sections[0].page_height


def test_xml_hostile_text(tmp_path, docs):
    en, _ = docs
    hostile = "Tom & Jerry <b>said</b>\x00 \u200fمرحبا 😀 \ud800 x ]]> end."
    blocks = list(en.blocks)
    speech = blocks[3]
    segments = list(speech.segments)
    segments[0] = dataclasses.replace(segments[0], text=hostile)
    blocks[3] = dataclasses.replace(speech, segments=segments)
    doc = dataclasses.replace(en, blocks=blocks, title="Title with \x07bell & <angle>")
    report = write_docx(doc, tmp_path / "b.docx")
    assert report.removed_chars == 3  # NUL, BEL, lone surrogate
    book = docx.Document(tmp_path / "b.docx")
    assert book.paragraphs[0].text == "Title with bell & <angle>"
    table = _text_table(book)
    cell = next(r.cells[1].text for r in table.rows if "Tom" in r.cells[1].text)
    assert cell.startswith("Tom & Jerry <b>said</b> \u200fمرحبا 😀  x ]]> end.")


def test_missing_sentence_numbers_are_reported(tmp_path, docs):
    en, pairs = docs
    ru, alignment = pairs["ru"]
    broken = dataclasses.replace(alignment, beads=alignment.beads + [model.Bead((), (99,), 0.5)])
    report = write_docx(en, tmp_path / "b.docx", pairs=[(ru, broken)])
    assert report.skipped == 1
    assert report.notes and "not found" in report.notes[0]
    assert report.units == len(alignment.beads)


def test_a_title_of_any_length_fits_the_core_properties_and_stays_whole_in_the_body(tmp_path):
    from docx import Document as Read

    from workbench.pipeline import read_text
    from workbench.export.docx import write_docx

    title = "Valentina Matviyenko has sent a congratulatory letter " * 12
    doc = read_text(f"{title.strip()}\n\nThe letter says that relations develop.", lang="en")
    write_docx(doc, tmp_path / "long.docx")
    book = Read(str(tmp_path / "long.docx"))
    assert len(book.core_properties.title) <= 255 and book.core_properties.title.endswith("…")
    assert any(doc.title in p.text for p in book.paragraphs)


def test_a_news_item_briefing_lists_the_people_its_lead_names(tmp_path):
    from docx import Document as Read

    from workbench.export.docx import write_docx
    from workbench.pipeline import read_text

    doc = read_text("Ilham Aliyev received a delegation of architects\n\nPresident of the Republic of Azerbaijan "
                    "Ilham Aliyev has received a delegation led by President of the International Union of "
                    "Architects Thomas Vonier.\n\nThe sides discussed the architecture of Baku.", lang="en")
    assert doc.people == []
    write_docx(doc, tmp_path / "news.docx")
    cells = [c.text for t in Read(str(tmp_path / "news.docx")).tables for row in t.rows for c in row.cells]
    assert "Ilham Aliyev" in cells and "Thomas Vonier" in cells
    assert "President of the International Union of Architects" in cells


@pytest.mark.parametrize("lang, original, written", [
    ("az", "Prezident İlham Əliyev məktub göndərib\n\nAzərbaycan Prezidenti İlham Əliyev Gürcüstanın Prezidenti "
           "Salome Zurabişviliyə təbrik məktubu göndərib.\n\nMəktubda münasibətlərin inkişafı qeyd olunub.",
     [("Ilham Aliyev", "İlham Əliyev"), ("Salome Zourabichvili", "Salome Zurabişviliyə")]),
    ("ru", "Алиев направил письмо\n\nПрезидент Азербайджана Ильхам Алиев направил письмо Президенту Грузии "
           "Саломе Зурабишвили.\n\nВ письме отмечено развитие отношений.",
     [("Ilham Aliyev", "Ильхам Алиев"), ("Salome Zourabichvili", "Саломе Зурабишвили")]),
])
def test_a_news_item_briefing_finds_each_participant_in_the_original_lead_whatever_its_case(tmp_path, lang,
                                                                                            original, written):
    from docx import Document as Read

    import workbench
    from workbench.export.docx import write_docx

    en = workbench.read_text("Ilham Aliyev sent a letter\n\nPresident of Azerbaijan Ilham Aliyev has sent a letter to "
                             "President of Georgia Salome Zourabichvili.\n\nThe letter notes the relations.", lang="en")
    orig = workbench.read_text(original, lang=lang)
    write_docx(en, tmp_path / "news.docx", pairs=[(orig, workbench.align_pair(en, orig).alignment)])
    table = Read(str(tmp_path / "news.docx")).tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows][1:]
    assert [(r[0], r[1]) for r in rows] == written
    assert rows[0][2] == "President of Azerbaijan"


def test_the_background_leaves_out_the_news_sites_own_source_line(tmp_path):
    from docx import Document as Read

    import workbench
    from workbench.export.docx import write_docx

    doc = workbench.read_text("Ilham Aliyev congratulated Salome Zourabichvili\n\nPresident Ilham Aliyev has sent a "
                              "letter to Salome Zourabichvili, Report informs. The letter reads:\n\n"
                              "Dear Madame President,\n\nI congratulate you.", lang="en")
    write_docx(doc, tmp_path / "news.docx")
    texts = [p.text for p in Read(str(tmp_path / "news.docx")).paragraphs]
    background = texts[texts.index("Background") + 1]
    assert background == "President Ilham Aliyev has sent a letter to Salome Zourabichvili, Report informs."
    bare = workbench.read_text("Ilham Aliyev sent a letter\n\nThe letter reads:\n\nDear Madame President,\n\n"
                               "I congratulate you.", lang="en")
    write_docx(bare, tmp_path / "bare.docx")
    assert "Background" not in [p.text for p in Read(str(tmp_path / "bare.docx")).paragraphs]


def test_every_row_of_a_turn_names_its_speaker_so_a_new_page_does_too(tmp_path):
    from pathlib import Path

    from docx import Document as Read

    import workbench
    from workbench.export.docx import write_docx

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    en, ru = workbench.read(seeds / "000_cad0dfaeb5419f53.txt"), workbench.read(seeds / "000_cad0dfaeb5419f53.ru.txt")
    pair = workbench.align_pair(en, ru)
    write_docx(en, tmp_path / "pair.docx", pairs=[(ru, pair.alignment)])
    table = next(t for t in Read(str(tmp_path / "pair.docx")).tables if t.rows[0].cells[0].text == "Speaker")
    # a speech's rows, not its introduction ("... said:"), which is the narrator's
    spoken = {en.segments[i].text for b in pair.alignment.beads for i in b.src
              if en.blocks[en.segments[i].block].speaker and en.blocks[en.segments[i].block].kind != "intro"}
    rows = [row for row in table.rows[1:] if any(t in row.cells[-1].text for t in spoken)]
    assert len(rows) > 30
    assert all(row.cells[0].text.strip() for row in rows)


def test_a_transcript_briefing_lists_whom_its_title_names_besides_the_speakers(tmp_path):
    from docx import Document as Read

    import workbench
    from workbench.export.docx import write_docx

    doc = workbench.read_text("Meeting with President of Azerbaijan Ilham Aliyev\n\nVladimir Putin: Good afternoon, "
                              "Mr President.\n\nWe are glad to see you in Moscow.", lang="en")
    assert [p.key for p in doc.people] == ["VladimirPutin"]
    write_docx(doc, tmp_path / "meeting.docx")
    rows = [[c.text for c in row.cells] for row in Read(str(tmp_path / "meeting.docx")).tables[0].rows][1:]
    assert [r[0] for r in rows] == ["Vladimir Putin", "Ilham Aliyev"]
    assert rows[1][-1] == "President of Azerbaijan"


def test_a_journalists_question_is_labelled_in_the_speaker_column(tmp_path):
    from docx import Document as Read

    import workbench
    from workbench.export.docx import write_docx

    doc = workbench.read_text("Press conference\n\nVladimir Putin: Good afternoon, colleagues.\n\n"
                              "Question: What did you expect from the talks?\n\nVladimir Putin: A good result.\n",
                              lang="en")
    write_docx(doc, tmp_path / "qa.docx")
    table = next(t for t in Read(str(tmp_path / "qa.docx")).tables if t.rows[0].cells[0].text == "Speaker")
    rows = {row.cells[-1].text.strip(): row.cells[0].text.strip() for row in table.rows[1:]}
    assert rows["What did you expect from the talks?"] == "Question"
