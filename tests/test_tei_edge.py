"""TEI export on awkward input: XML-hostile text, odd structures, bad data, interrupted writes."""

from __future__ import annotations

import dataclasses

import pytest

from workbench import model
from workbench.errors import WorkbenchError
from workbench.export import atomic
from workbench.export.tei import write_tei


TEI = "{http://www.tei-c.org/ns/1.0}"

# Three characters XML 1.0 cannot hold (NUL, a lone surrogate, a vertical tab) among ones it can.
HOSTILE = ["Tom & Jerry <b>said</b> ]]> too.", "Nul\x00 here\ud800 and\x0b there.",
           "\u200fRTL mark, emoji 🙂 and \ufeffBOM."]


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")


def _doc(blocks, **kw) -> model.Document:
    fields = dict(id="edge", lang="en", title="Edge cases", blocks=blocks)
    fields.update(kw)
    return model.Document(**fields)


def test_xml_hostile_text_stays_valid_and_removals_are_counted(tmp_path, tei_check, tei_meeting):
    text = " ".join(HOSTILE)
    doc = _doc([tei_meeting.block(0, model.SPEECH, text, HOSTILE, 0, speaker="A&B", turn=1)],
               title="Title\x00 & <more>", people=[model.Person("A&B", "Ann <B>\x01", role="Chair & host")],
               source_url="https://president.az/view?id=1&lang=en")
    path = tmp_path / "hostile.xml"
    report = write_tei([doc], [], path)
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors
    # NUL, surrogate and vertical tab in the text; NUL in the title; \x01 in the person's name.
    assert report.removed_chars == 5
    sents = tei_check.sentences(tei_check.parse(path))
    assert sents["en.s0"] == "Tom & Jerry <b>said</b> ]]> too."
    assert sents["en.s1"] == "Nul here and there."
    assert sents["en.s2"] == HOSTILE[2]  # RTL mark, emoji and a BOM inside text are legal XML
    ids = tei_check.ids(tei_check.parse(path))
    u = next(tei_check.parse(path).iter(f"{TEI}u"))
    assert ids[u.get("who")[1:]].tag == f"{TEI}person"  # the key with "&" became a valid, resolving id
    assert tei_check.parse(path).find(f".//{TEI}idno").text == "https://president.az/view?id=1&lang=en"


def test_odd_structures_are_still_valid(tmp_path, tei_check, tei_meeting):
    """A title after speech, a speech without speaker, an unlisted speaker, a break at the very end,
    a non-ISO date, no source URL and no people."""
    blocks = [
        tei_meeting.block(0, model.SPEECH, "Nobody said this.", ["Nobody said this."], 0),
        tei_meeting.block(1, model.TITLE, "A late title", ["A late title"], 1),
        tei_meeting.block(2, model.SPEECH, "Stranger speaks.", ["Stranger speaks."], 2, speaker="Stranger", turn=1),
        tei_meeting.block(3, model.META, "27 February 2023, Baku", [], 3),
        model.Block(4, model.BREAK, "x x x", section=1),
    ]
    doc = _doc(blocks, date="February 2023")
    path = tmp_path / "odd.xml"
    write_tei([doc], [], path)
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors
    tree = tei_check.parse(path)
    ids = tei_check.ids(tree)
    assert ids["Stranger"].tag == f"{TEI}person"
    assert [u.get("who") for u in tree.iter(f"{TEI}u")] == [None, "#Stranger"]
    date = tree.find(f".//{TEI}bibl/{TEI}date")
    assert date.text == "February 2023" and date.get("when") is None
    assert tree.find(f".//{TEI}idno") is None
    assert ids["en.head1"].getparent().index(ids["en.head1"]) == 0  # the late title opened its own div


def test_label_on_a_paragraph_is_kept_as_a_speaker_note(tmp_path, tei_check, tei_meeting):
    doc = _doc([tei_meeting.block(0, model.PARAGRAPH, "A remark.", ["A remark."], 0, label="Moderator:")])
    path = tmp_path / "label.xml"
    write_tei([doc], [], path)
    ids = tei_check.ids(tei_check.parse(path))
    assert (ids["en.label0"].get("type"), ids["en.label0"].text) == ("speaker", "Moderator:")
    assert ids["en.label0"].getnext() is ids["en.p0"]


def test_repeated_block_number_is_refused(tmp_path, tei_meeting):
    block = tei_meeting.block
    doc = _doc([block(0, model.PARAGRAPH, "One.", ["One."], 0), block(0, model.PARAGRAPH, "Two.", ["Two."], 1)])
    with pytest.raises(WorkbenchError, match="block numbers repeat"):
        write_tei([doc], [], tmp_path / "dup.xml")


def test_empty_document_is_valid(tmp_path, tei_check):
    path = tmp_path / "empty.xml"
    report = write_tei([_doc([])], [], path)
    assert report.units == 0
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors


def test_unusual_tool_version_is_made_acceptable(tmp_path, tei_meeting, tei_check):
    path = tmp_path / "version.xml"
    write_tei([tei_meeting.english()], [], path, tool_version="0.2.0.dev3+g1234abc")
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors
    assert tei_check.parse(path).find(f".//{TEI}application").get("version") == "0.2.0"


def test_offsets_that_do_not_match_still_give_exact_sentences(tmp_path, tei_check):
    segs = [model.Segment(0, 0, 0, 5, "First one."), model.Segment(1, 0, 3, 9, "Second.")]
    doc = _doc([model.Block(0, model.PARAGRAPH, "First one. Second.", segments=segs)])
    path = tmp_path / "loose.xml"
    report = write_tei([doc], [], path)
    assert tei_check.sentences(tei_check.parse(path)) == {"en.s0": "First one.", "en.s1": "Second."}
    assert any("offsets" in note for note in report.notes)


def test_repeated_sentence_number_is_refused(tmp_path, tei_meeting):
    block = tei_meeting.block
    doc = _doc([block(0, model.PARAGRAPH, "One. Two.", ["One."], 0), block(1, model.PARAGRAPH, "Two.", ["Two."], 0)])
    with pytest.raises(WorkbenchError, match="sentence number 0"):
        write_tei([doc], [], tmp_path / "dup.xml")
    assert not (tmp_path / "dup.xml").exists()


def test_alignment_with_a_missing_document_is_refused(tmp_path, tei_meeting):
    en = tei_meeting.english()
    with pytest.raises(WorkbenchError, match="not among the documents"):
        write_tei([en], [model.Alignment(en.id, "nope", "en", "ru", [model.Bead((0,), (0,))])], tmp_path / "x.xml")


def test_no_documents_is_refused(tmp_path):
    with pytest.raises(WorkbenchError):
        write_tei([], [], tmp_path / "none.xml")


def test_beads_pointing_nowhere_are_left_out_and_reported(tmp_path, tei_meeting, tei_check):
    en, ru = tei_meeting.english(), tei_meeting.russian()
    beads = [model.Bead((0,), (0,)), model.Bead((99,), (1,))]
    path = tmp_path / "nowhere.xml"
    report = write_tei([en, ru], [model.Alignment(en.id, ru.id, "en", "ru", beads)], path)
    assert report.units == 1
    assert any("left out" in note for note in report.notes)
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch, tei_meeting):
    path = tmp_path / "keep.xml"
    path.write_text("previous export")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OSError):
        write_tei([tei_meeting.english()], [], path)
    assert path.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xml"]  # no temporary file left behind


def test_people_keys_colliding_with_reserved_ids_are_renamed(tmp_path, tei_meeting, tei_check):
    doc = dataclasses.replace(
        tei_meeting.english(), people=[model.Person("en", "Someone"), model.Person("workbench", "Someone else")])
    for b in doc.blocks:
        if b.speaker == "IlhamAliyev":
            b.speaker = "en"
    path = tmp_path / "reserved.xml"
    write_tei([doc], [], path)
    rc, errors = tei_check.jing(path)
    assert rc == 0, errors
    ids = tei_check.ids(tei_check.parse(path))
    who = next(tei_check.parse(path).iter(f"{TEI}u")).get("who")[1:]
    assert who != "en" and ids[who].tag == f"{TEI}person"
