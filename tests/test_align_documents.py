"""align_documents on real Documents: the seed transcript (en) against its ru and az versions, ingested
and segmented by the workbench itself. Gold comes from bench/align_data/seed-en-*/gold.align (hand-checked
against seeds/README.md), mapped onto the Documents' segments by sentence text."""

import dataclasses
from pathlib import Path

import pytest

from workbench.align import align_documents, read_beads
from workbench.align.documents import match_boundaries
from workbench.align.evaluate import score_alignments
from workbench.ingest import read_document
from workbench.model import BREAK, CONFIRMED, Bead, Document
from workbench.segment import segment_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cad0dfaeb5419f53"
GOLD = ROOT / "bench" / "align_data"


def load(lang: str) -> Document:
    path = SEED.with_name(SEED.name + ("" if lang == "en" else f".{lang}") + ".txt")
    return segment_document(read_document(path))


def _unlabel(text: str) -> str:
    # bench sentences keep inline speaker labels ("President Ilham Aliyev: Thank you ..."); segments do not
    head, sep, tail = text.partition(": ")
    return tail if sep and len(head.split()) <= 4 else text


def gold_for(src: Document, tgt: Document, lang: str) -> list[tuple[list[int], list[int]]]:
    d = GOLD / f"seed-en-{lang}"
    bs = [x.strip() for x in (d / "src.sents").read_text(encoding="utf-8").split("\n") if x.strip()]
    bt = [x.strip() for x in (d / "tgt.sents").read_text(encoding="utf-8").split("\n") if x.strip()]
    smap = {s.text: s.index for s in src.segments}
    tmap = {s.text: s.index for s in tgt.segments}
    out = []
    for a, b in read_beads((d / "gold.align").read_text()):
        sa = [smap.get(bs[i], smap.get(_unlabel(bs[i]))) for i in a]
        tb = [tmap.get(bt[j], tmap.get(_unlabel(bt[j]))) for j in b]
        if (a or b) and None not in sa and None not in tb:
            out.append((sa, tb))
    return out


def as_pairs(beads):
    return [(list(b.src), list(b.tgt)) for b in beads]


def where(doc: Document) -> dict[int, tuple[int, object]]:
    """Segment index -> (section, speaker) of its block."""
    return {s.index: (b.section, b.speaker) for b in doc.blocks for s in b.segments}


@pytest.fixture(scope="module")
def docs():
    return {lang: load(lang) for lang in ("en", "ru", "az")}


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_seed_documents_reach_the_seed_gold(docs, lang):
    src, tgt = docs["en"], docs[lang]
    gold = gold_for(src, tgt, lang)
    assert len(gold) >= 55  # the mapping by text really found the seed's sentences
    result = align_documents(src, tgt)
    r = score_alignments([gold], [as_pairs(result.beads)])
    assert r["f1_strict"] >= 0.95 and r["f1_lax"] >= 0.98
    assert result.warnings == []


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_every_segment_once_in_order(docs, lang):
    src, tgt = docs["en"], docs[lang]
    beads = align_documents(src, tgt).beads
    assert [i for b in beads for i in b.src] == [s.index for s in src.segments]
    assert [j for b in beads for j in b.tgt] == [s.index for s in tgt.segments]


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_beads_stay_inside_sections_and_speaker_turns(docs, lang):
    src, tgt = docs["en"], docs[lang]
    assert sum(b.kind == BREAK for b in src.blocks) == 2  # the seed has two "x x x" breaks
    ws, wt = where(src), where(tgt)
    for b in align_documents(src, tgt).beads:
        places = {ws[i] for i in b.src} | {wt[j] for j in b.tgt}
        assert len(places) == 1, b


def _without_breaks(doc: Document) -> Document:
    blocks = [dataclasses.replace(b, section=0) for b in doc.blocks if b.kind != BREAK]
    return dataclasses.replace(doc, blocks=blocks)


def _with_extra_break(doc: Document, before_segment: int) -> Document:
    blocks = []
    extra = 0
    for b in doc.blocks:
        if b.segments and b.segments[0].index >= before_segment and not extra:
            blocks.append(dataclasses.replace(b, kind=BREAK, text="x x x", segments=[], speaker=None))
            extra = 1
        blocks.append(dataclasses.replace(b, section=b.section + extra))
    return dataclasses.replace(doc, blocks=blocks)


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_a_break_only_one_side_has_does_not_force_a_cut(docs, lang):
    src, tgt = docs["en"], docs[lang]
    gold = gold_for(src, tgt, lang)
    both = as_pairs(align_documents(src, tgt).beads)
    missing = as_pairs(align_documents(src, _without_breaks(tgt)).beads)
    # an extra break in the target a third of the way in, where the source has none
    extra = as_pairs(align_documents(src, _with_extra_break(tgt, len(tgt.segments) // 3)).beads)
    for test in (missing, extra):
        assert score_alignments([gold], [test])["f1_strict"] >= score_alignments([gold], [both])["f1_strict"] - 0.02


@pytest.mark.parametrize("lang", ["ru", "az"])
def test_confirmed_beads_are_kept(docs, lang):
    src, tgt = docs["en"], docs[lang]
    auto = align_documents(src, tgt).beads
    # a human joined two automatic 1:1 beads into one 2:2 bead; the aligner must keep it as it is
    pos = next(k for k in range(10, len(auto) - 1) if len(auto[k].src) == len(auto[k].tgt) == 1
               and len(auto[k + 1].src) == len(auto[k + 1].tgt) == 1)
    mine = Bead(auto[pos].src + auto[pos + 1].src, auto[pos].tgt + auto[pos + 1].tgt, score=0.9,
                status=CONFIRMED)
    beads = align_documents(src, tgt, confirmed=[mine]).beads
    assert mine in beads
    assert [i for b in beads for i in b.src] == [s.index for s in src.segments]
    assert [j for b in beads for j in b.tgt] == [s.index for s in tgt.segments]
    others = [b for b in beads if b != mine]
    assert all(b.status != CONFIRMED for b in others)


def test_a_crossing_confirmed_bead_is_dropped_with_a_warning(docs):
    src, tgt = docs["en"], docs["ru"]
    # confirmed beads are taken in source order: the later one, which crosses it, is dropped
    early = Bead((5,), (20,), status=CONFIRMED)
    late = Bead((10,), (10,), status=CONFIRMED)
    result = align_documents(src, tgt, confirmed=[late, early])
    assert early in result.beads and late not in result.beads
    assert any("[10]:[10] crosses another" in w for w in result.warnings)


def test_a_title_only_one_side_has_stays_out_of_the_first_turn(tmp_path):
    # kremlin.ru's English transcript has a headline; its Russian page opens with the first turn
    en = tmp_path / "en.txt"
    ru = tmp_path / "ru.txt"
    en.write_text("Start of Negotiations between Russia and Azerbaijan\n\n"
                  "Heydar Aliyev: Mr Putin,\n\n"
                  "Today sees the start of the official visit by the President of the Russian Federation to "
                  "Azerbaijan. I extend a cordial welcome to you.\n\n"
                  "Vladimir Putin: I would like to thank you for the invitation and a very warm welcome.\n",
                  encoding="utf-8")
    ru.write_text("Г.Алиев: Господин Президент Российской Федерации, уважаемый Владимир Владимирович!\n\n"
                  "Сегодня начался официальный визит Президента Российской Федерации в Азербайджан. "
                  "Я сердечно приветствую Вас.\n\n"
                  "В.Путин: Хочу поблагодарить Вас за приглашение и очень теплый прием.\n", encoding="utf-8")
    src, tgt = segment_document(read_document(en)), segment_document(read_document(ru))
    title = next(s.index for s in src.segments if s.text.startswith("Start of"))
    bead = next(b for b in align_documents(src, tgt).beads if title in b.src)
    assert bead.src == (title,) and bead.tgt == ()


def test_turns_of_one_person_spelt_two_ways_are_one_boundary():
    # "Nicholas Sarkozy:" against "Н.Саркози:": the two texts' second turns are the same turn
    src = [(0, "turn:VladimirPutin"), (11, "turn:NicholasSarkozy")]
    tgt = [(0, "turn:VladimirPutin"), (13, "turn:NSarkozi")]
    assert match_boundaries(src, tgt, 14, 17) == [(0, 0), (11, 13)]
    assert match_boundaries(src, [(0, "turn:VladimirPutin"), (13, "turn:IlhamAliyev")], 14, 17) == [(0, 0)]


def _pair(tmp_path, en_title: str, ru_title: str):
    body_en = ("Mr Kerry is in Russia on a working visit and met Vladimir Putin in the Kremlin on Tuesday.\n\n"
               "The talks focused on the situation in Syria and on bilateral relations between Russia and the USA.\n")
    body_ru = ("Керри находится в России с рабочим визитом и встретился с Владимиром Путиным в Кремле во вторник.\n\n"
               "В центре переговоров были ситуация в Сирии и двусторонние отношения между Россией и США.\n")
    en, ru = tmp_path / "en.txt", tmp_path / "ru.txt"
    en.write_text(en_title + "\n\n" + body_en, encoding="utf-8")
    ru.write_text(ru_title + "\n\n" + body_ru, encoding="utf-8")
    return segment_document(read_document(en)), segment_document(read_document(ru))


def test_two_sites_own_headlines_that_share_nothing_stand_alone_and_translated_ones_stay_linked(tmp_path):
    src, tgt = _pair(tmp_path, "Meeting with US Secretary of State John Kerry", "«О России с «любовью»»")
    beads = align_documents(src, tgt).beads
    assert (beads[0].src, beads[0].tgt) == ((0,), ())
    assert (beads[1].src, beads[1].tgt) == ((), (0,))
    assert [(b.src, b.tgt) for b in beads[2:]] == [((1,), (1,)), ((2,), (2,))]
    src, tgt = _pair(tmp_path, "Vladimir Putin met US Secretary of State John Kerry",
                     "Владимир Путин встретился с государственным секретарём США Джоном Керри")
    assert (align_documents(src, tgt).beads[0].src, align_documents(src, tgt).beads[0].tgt) == ((0,), (0,))
