"""InterText export: a well-formed link file whose xtargets resolve in the two text documents beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from workbench import model
from workbench.errors import WorkbenchError
from workbench.export.tei import write_intertext


@pytest.fixture
def written(tmp_path, tei_meeting):
    en, ru = tei_meeting.english(), tei_meeting.russian()
    alignment = tei_meeting.alignment(en, ru)
    path = tmp_path / "meeting.en-ru.xml"
    report = write_intertext(alignment, en, ru, path)
    return path, report, en, ru, alignment


def _sentences(path: Path) -> dict[str, str]:
    return {s.get("id"): s.text for s in etree.parse(str(path)).iter("s")}


def test_link_file_is_well_formed_and_names_its_documents(written):
    path, report, *_ = written
    group = etree.parse(str(path)).getroot()  # raises on malformed XML
    assert group.tag == "linkGrp"
    assert (path.parent / group.get("fromDoc")).is_file() and (path.parent / group.get("toDoc")).is_file()
    assert group.get("fromDoc").endswith(".en.xml") and group.get("toDoc").endswith(".ru.xml")
    assert report.units == 9  # every bead, 0-1 included, as InterText expects


def test_xtargets_resolve_and_match_the_beads(written):
    path, _, en, ru, alignment = written
    group = etree.parse(str(path)).getroot()
    src = _sentences(path.parent / group.get("fromDoc"))
    tgt = _sentences(path.parent / group.get("toDoc"))
    en_text = {s.index: s.text for s in en.segments}
    ru_text = {s.index: s.text for s in ru.segments}
    links = list(group)
    assert len(links) == len(alignment.beads)
    for link, bead in zip(links, alignment.beads):
        # InterText's convention (its example files): the toDoc's ids first, and type counts them first
        left, right = link.get("xtargets").split(";")
        assert [tgt[i] for i in left.split()] == [ru_text[i] for i in bead.tgt]
        assert [src[i] for i in right.split()] == [en_text[i] for i in bead.src]
        assert link.get("type") == f"{len(bead.tgt)}-{len(bead.src)}"
        assert link.get("status") == ("man" if bead.status == model.CONFIRMED else "auto")


def test_alignment_of_other_documents_is_refused(tmp_path, tei_meeting):
    en, ru = tei_meeting.english(), tei_meeting.russian()
    with pytest.raises(WorkbenchError, match="not the documents given"):
        write_intertext(tei_meeting.alignment(en, ru), ru, en, tmp_path / "x.xml")
