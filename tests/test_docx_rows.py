"""The side-by-side table's rows, worked out from beads before anything is drawn."""

from __future__ import annotations

from workbench import model
from workbench.export.docx.rows import Row, SectionBreak, layout_rows


def _texts(segments):
    return [s.text for s in segments]


def test_one_pair_one_row_per_bead_with_a_break(docx_meeting):
    en, pairs = docx_meeting()
    ru, alignment = pairs["ru"]
    layout = layout_rows(en, [pairs["ru"]])
    rows = [i for i in layout.items if isinstance(i, Row)]
    breaks = [i for i in layout.items if isinstance(i, SectionBreak)]
    assert len(rows) == len(alignment.beads)
    assert breaks == [SectionBreak(1, "x x x")]
    # the break sits between Aliyev's last sentence and Lavrov's introduction
    at = layout.items.index(breaks[0])
    assert layout.items[at - 1].src[0].text.startswith("Russian and Azerbaijani")
    assert layout.items[at + 1].kind == model.INTRO and layout.items[at + 1].speaker == "SergeyLavrov"
    one_two = next(r for r in rows if r.shapes == ["1-2"])
    assert [s.index for s in one_two.originals[0]] == [4, 5]
    orphan = next(r for r in rows if not r.src)
    assert orphan.flagged and orphan.score == 0.3 and orphan.speaker == "SergeyLavrov"
    assert rows[rows.index(orphan) - 1].src[0].text.startswith("Thank you very much")


def test_two_pairs_merge_where_their_cuts_differ(docx_meeting):
    en, pairs = docx_meeting()
    ru, ru_al = pairs["ru"]
    az, az_al = pairs["az"]
    # Russian joins English 3 and 4 into one bead while Azerbaijani keeps them apart.
    beads = [b for b in ru_al.beads if b.src not in ((3,), (4,))]
    beads.insert(3, model.Bead((3, 4), (3, 4, 5), 0.7))
    layout = layout_rows(en, [(ru, model.Alignment(en.id, ru.id, "en", "ru", beads)), (az, az_al)])
    rows = [i for i in layout.items if isinstance(i, Row)]
    merged = next(r for r in rows if len(r.src) == 2)
    assert [s.index for s in merged.src] == [3, 4]
    assert [s.index for s in merged.originals[0]] == [3, 4, 5]
    assert [s.index for s in merged.originals[1]] == [3, 4]
    assert sorted(merged.shapes) == ["1-1", "1-1", "2-3"] and merged.score == 0.7
    # every English sentence appears exactly once
    assert sorted(s.index for r in rows for s in r.src) == [s.index for s in en.segments]


def test_unaligned_transcript_sentences_still_get_rows(docx_meeting):
    en, pairs = docx_meeting()
    ru, alignment = pairs["ru"]
    partial = model.Alignment(en.id, ru.id, "en", "ru", alignment.beads[:3])
    rows = [i for i in layout_rows(en, [(ru, partial)]).items if isinstance(i, Row)]
    assert len(rows) == len(en.segments)
    assert rows[5].originals == [[]] and rows[5].score is None


def test_unknown_indices_and_empty_beads_are_skipped_and_noted(docx_meeting):
    en, pairs = docx_meeting()
    ru, alignment = pairs["ru"]
    extra = [model.Bead((), (42,), 0.2), model.Bead((), (), 0.0)]
    layout = layout_rows(en, [(ru, model.Alignment(en.id, ru.id, "en", "ru", alignment.beads + extra))])
    assert layout.skipped == 2
    assert layout.notes == ["ru: 1 aligned sentence number(s) not found in the documents"]
    assert sum(isinstance(i, Row) for i in layout.items) == len(alignment.beads)


def test_no_pairs_gives_one_row_per_paragraph(docx_meeting):
    en, _ = docx_meeting()
    items = layout_rows(en, []).items
    rows = [i for i in items if isinstance(i, Row)]
    assert [r.kind for r in rows] == ["title", "lead", "intro", "speech", "intro", "speech"]
    assert len(rows[3].src) == 3 and rows[3].originals == []
    assert sum(isinstance(i, SectionBreak) for i in items) == 1
