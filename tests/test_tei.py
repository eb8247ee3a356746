"""TEI P5 export: validity (jing) and the rules a schema cannot check, on a small en/ru meeting."""

from __future__ import annotations

import dataclasses
import re

import pytest

from workbench import model
from workbench.export.tei import write_tei


TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

EPOCH = "1700000000"  # 2023-11-14T22:13:20Z, a date unlike the meeting's own (2023-02-27)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture
def single(tmp_path, tei_meeting):
    path = tmp_path / "en.tei.xml"
    report = write_tei([tei_meeting.english()], [], path)
    return path, report


@pytest.fixture
def pair(tmp_path, tei_meeting):
    en, ru = tei_meeting.english(), tei_meeting.russian()
    path = tmp_path / "pair.tei.xml"
    report = write_tei([en, ru], [tei_meeting.alignment(en, ru)], path)
    return path, report


def test_single_document_is_one_valid_TEI(single, tei_check):
    path, report = single
    root = tei_check.parse(path).getroot()
    assert root.tag == f"{TEI}TEI" and root.get(XML_LANG) == "en"
    assert report.units == 8 and report.skipped == 0
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors


def test_aligned_pair_is_a_valid_teiCorpus(pair, tei_check):
    path, _ = pair
    root = tei_check.parse(path).getroot()
    assert root.tag == f"{TEI}teiCorpus"
    assert [t.get(XML_LANG) for t in root.findall(f"{TEI}TEI")] == ["en", "ru"]
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors


def test_file_is_utf8_with_declaration(pair):
    data = pair[0].read_bytes()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    assert "Ильхам".encode("utf-8") in data


def test_every_sentence_text_equals_its_segment(pair, tei_meeting, tei_check):
    sents = tei_check.sentences(tei_check.parse(pair[0]))
    for prefix, doc in (("en", tei_meeting.english()), ("ru", tei_meeting.russian())):
        for seg in doc.segments:
            assert sents.pop(f"{prefix}.s{seg.index}") == seg.text
    assert sents == {}  # no <s> that is not a segment


def test_block_text_survives_in_its_element(pair, tei_meeting, tei_check):
    """Text between sentences (the "- " dash, double spaces) is kept, so each element reads as its block."""
    ids = tei_check.ids(tei_check.parse(pair[0]))
    en = tei_meeting.english()
    assert "".join(ids["en.seg3"].itertext()) == en.blocks[3].text
    assert "".join(ids["en.head0"].itertext()) == en.blocks[0].text
    assert "".join(ids["en.p1"].itertext()) == en.blocks[1].text
    assert "".join(ids["en.intro2"].itertext()) == en.blocks[2].text


def test_mixed_content_is_not_indented(pair):
    text = pair[0].read_text("utf-8")
    segs = re.findall(r"<seg [^>]*>.*?</seg>", text, flags=re.S)
    assert len(segs) == 6
    assert not any("\n" in seg for seg in segs)


def test_no_sentence_inside_a_sentence(pair, tei_check):
    tree = tei_check.parse(pair[0])
    assert tree.xpath("//t:s//t:s", namespaces={"t": TEI[1:-1]}) == []


def test_links_resolve_to_sentences_and_have_two_or_more_pointers(pair, tei_check):
    tree = tei_check.parse(pair[0])
    ids = tei_check.ids(tree)
    links = list(tree.iter(f"{TEI}link"))
    assert links
    for link in links:
        targets = tei_check.pointers(link.get("target"))
        assert len(targets) >= 2
        assert all(ids[t].tag == f"{TEI}s" for t in targets)


def test_links_follow_the_beads(pair, tei_check):
    path, report = pair
    tree = tei_check.parse(path)
    group = tree.find(f".//{TEI}linkGrp")
    assert group.get("type") == "translation" and group.get("corresp") == "#en #ru"
    links = [(link.get("type"), link.get("target")) for link in group]
    assert ("1-2", "#en.s3 #ru.s3 #ru.s4") in links
    assert ("1-1", "#en.s7 #ru.s9") in links
    assert len(links) == 8  # nine beads, one of them 0-1
    assert not any("ru.s8" in target for _, target in links)
    assert report.units == 8 and report.skipped == 1


def test_review_status_in_cert_and_resp(pair, tei_check):
    tree = tei_check.parse(pair[0])
    ids = tei_check.ids(tree)
    by_target = {link.get("target"): link for link in tree.iter(f"{TEI}link")}
    confirmed = by_target["#en.s0 #ru.s0"]  # score 0.95, confirmed
    assert (confirmed.get("cert"), confirmed.get("resp")) == ("high", "#reviewer")
    assert ids["reviewer"].tag == f"{TEI}respStmt"
    assert by_target["#en.s3 #ru.s3 #ru.s4"].get("cert") == "medium"  # 0.7
    low = by_target["#en.s5 #ru.s6"]  # 0.4, auto
    assert (low.get("cert"), low.get("resp")) == ("low", "#workbench")
    assert ids["workbench"].tag == f"{TEI}application"


def test_speakers_are_listed_and_every_who_resolves(pair, tei_check):
    tree = tei_check.parse(pair[0])
    ids = tei_check.ids(tree)
    whos = [u.get("who") for u in tree.iter(f"{TEI}u")]
    assert whos == ["#IlhamAliyev", "#SergeyLavrov", "#IlhamAliyev", "#SergeyLavrov"]
    for who in whos:
        assert ids[who[1:]].tag == f"{TEI}person"
    aliyev = ids["IlhamAliyev"]
    names = {n.get(XML_LANG): n for n in aliyev.findall(f"{TEI}persName")}
    assert set(names) == {"en", "ru"}
    assert names["en"].find(f"{TEI}forename").text == "Ilham"
    assert names["en"].find(f"{TEI}surname").text == "Aliyev"
    assert names["ru"].find(f"{TEI}addName[@type='patronym']").text == "Гейдар оглы"
    assert "".join(names["en"].itertext()) == "President of the Republic of Azerbaijan Ilham Heydar oglu Aliyev"


def test_one_turn_is_one_u_and_labels_and_intros_are_speaker_notes(pair, tei_check):
    ids = tei_check.ids(tei_check.parse(pair[0]))
    first = ids["en.u1"]
    assert [seg.get(XML_ID) for seg in first] == ["en.seg3", "en.seg4"]
    label = ids["en.u2"].getprevious()
    assert (label.tag, label.get("type"), label.text) == (f"{TEI}note", "speaker", "Sergey Lavrov:")
    assert ids["en.intro2"].get("type") == "speaker"


def test_break_opens_a_new_div_and_is_kept(pair, tei_check):
    tree = tei_check.parse(pair[0])
    body = tree.find(f".//{TEI}TEI/{TEI}text/{TEI}body")
    divs = body.findall(f"{TEI}div")
    assert [d.get("type") for d in divs] == ["debateSection", "debateSection"]
    first = divs[1][0]
    assert (first.tag, first.get("type"), first.text) == (f"{TEI}note", "break", "x x x")
    assert divs[1].find(f"{TEI}u").get("who") == "#SergeyLavrov"


def test_header_has_source_dates_and_tool(single, tei_check):
    tree = tei_check.parse(single[0])
    header = tree.find(f"{TEI}teiHeader")
    bibl = header.find(f"{TEI}fileDesc/{TEI}sourceDesc/{TEI}bibl")
    assert bibl.find(f"{TEI}idno[@type='URI']").text == "https://president.az/en/articles/view/59213"
    assert bibl.find(f"{TEI}date").get("when") == "2023-02-27"
    title = header.find(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}title")
    assert (title.get(XML_LANG), title.text) == ("en", "Ilham Aliyev received Sergey Lavrov")
    resps = [r.text for r in header.iter(f"{TEI}resp")]
    assert "Transcription" in resps
    app = header.find(f".//{TEI}application")
    assert (app.get("ident"), app.get("version")) == ("workbench", "0.1.0")
    assert header.find(f".//{TEI}language").get("ident") == "en"
    setting = header.find(f".//{TEI}settingDesc/{TEI}setting")
    assert setting.find(f"{TEI}placeName").text == "Baku"
    assert setting.find(f"{TEI}date").get("when") == "2023-02-27"
    assert header.find(f"{TEI}revisionDesc/{TEI}change").get("when") == "2023-11-14"  # from SOURCE_DATE_EPOCH


def test_corpus_header_titles_every_language(pair, tei_check):
    header = tei_check.parse(pair[0]).getroot().find(f"{TEI}teiHeader")
    titles = header.findall(f"{TEI}fileDesc/{TEI}titleStmt/{TEI}title")
    assert {t.get(XML_LANG): t.text for t in titles} == {
        "en": "Ilham Aliyev received Sergey Lavrov", "ru": "Ильхам Алиев принял Сергея Лаврова"}
    resps = [r.text for r in header.iter(f"{TEI}resp")]
    assert any("alignment" in r for r in resps) and any("translation" in r for r in resps)


def test_ids_stay_unique_when_two_documents_share_a_language(tmp_path, tei_meeting, tei_check):
    en = tei_meeting.english()
    other = dataclasses.replace(tei_meeting.english(), id="en0002")
    beads = [model.Bead((i,), (i,)) for i in range(8)]
    path = tmp_path / "two.tei.xml"
    write_tei([en, other], [model.Alignment(en.id, other.id, "en", "en", beads)], path)
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors
    ids = tei_check.ids(tei_check.parse(path))
    assert {"en1", "en2", "en1.s0", "en2.s7"} <= set(ids)
    targets = [tei_check.pointers(link.get("target")) for link in tei_check.parse(path).iter(f"{TEI}link")]
    assert targets[0] == ["en1.s0", "en2.s0"]


def test_same_input_gives_identical_bytes(tmp_path, tei_meeting):
    outputs = []
    for name in ("a.xml", "b.xml"):
        en, ru = tei_meeting.english(), tei_meeting.russian()
        write_tei([en, ru], [tei_meeting.alignment(en, ru)], tmp_path / name)
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
