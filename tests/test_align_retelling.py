"""Two sites' retellings of one event (engine.doc_dice, Priors.loose_*): what one account says and the other
does not stands alone; a translation aligns as it did."""

from dataclasses import replace
from pathlib import Path

from workbench.align.config import DEFAULT
from workbench.align.engine import align_flat
from workbench.align.formats import read_presegmented

# news.am and Sputnik Azerbaijan on the same phone call (20 September 2021), each from its own press release
NEWS_AM = [
    "President of Azerbaijan Ilham Aliyev today had a telephone conversation with President of Russia Vladimir "
    "Putin, the press service of the President of Azerbaijan reports.",
    "The heads of states underscored “the successful development of the relations hinged on the strategic "
    "partnership of Azerbaijan and Russia, as well as discussed issues related to the prospects for cooperation "
    "in various sectors”.",
    "“During the conversation, Putin and Aliyev expressed confidence that the traditional relations for friendship "
    "and cooperation between the newly elected State Duma and the Milli Majlis of Azerbaijan will continue in the "
    "future as well,” the press release reads.",
    "President Ilham Aliyev also expressed condolences to Vladimir Putin over the deaths caused by the incident "
    "that took place in Perm.",
    "The President of Russia accepted the condolences with gratitude.",
]
SPUTNIK = [
    "Ильхам Алиев поздравил главу РФ с победой партии \"Единая Россия\" на выборах в Госдуму",
    "В ходе телефонной беседы главы двух государств также обсудили перспективы сотрудничества меду странами, было "
    "отмечено успешное развитие отношений, базирующихся на стратегическом партнерстве.",
    "Президент Азербайджанской Республики Ильхам Алиев в понедельник, 20 сентября позвонил президенту Российской "
    "Федерации Владимиру Путину и поздравил с победой правящей партии \"Единая Россия\" на выборах в "
    "Государственную думу, сообщает официальный сайт главы Азербайджана.",
    "Как говорится в сообщении, азербайджанский лидер оценил такой результат выборов как народную поддержку "
    "политики, нацеленной на развитие и благополучие страны.",
    "В свою очередь президент России выразил благодарность за оказанное внимание и поздравление.",
]
TIGHT = replace(DEFAULT, priors=replace(DEFAULT.priors, loose_skip=DEFAULT.priors.skip))  # no retelling mode
FIXTURES = Path(__file__).parent / "fixtures" / "align"


def _beads(src, tgt, sl, tl, cfg=DEFAULT):
    return [(b.src, b.tgt) for b in align_flat(src, tgt, sl, tl, config=cfg)]


def test_what_only_one_retelling_says_stands_alone():
    beads = _beads(NEWS_AM, SPUTNIK, "en", "ru")
    # the condolences over Perm are news.am's alone; the Duma election result is Sputnik's alone
    assert ((3,), ()) in beads
    assert ((), (3,)) in beads
    assert ((), (0,)) in beads


def test_read_as_a_translation_the_condolences_are_merged_into_a_link():
    # the fixture needs the retelling mode: the translation's skip prior finds every news.am sentence a partner
    beads = _beads(NEWS_AM, SPUTNIK, "en", "ru", TIGHT)
    assert all(src and tgt for src, tgt in beads if src)
    assert ((3,), ()) not in beads


def test_a_translation_aligns_the_same_with_or_without_the_retelling_mode():
    src = [s for p in read_presegmented(str(FIXTURES / "statement-en-ru" / "src.sents")) for s in p]
    tgt = [s for p in read_presegmented(str(FIXTURES / "statement-en-ru" / "tgt.sents")) for s in p]
    assert _beads(src, tgt, "en", "ru") == _beads(src, tgt, "en", "ru", TIGHT)


def test_a_link_of_a_retelling_without_anchors_of_its_own_is_flagged(monkeypatch):
    from workbench.align import confidence
    # a last sentence each that says something else: the order of the two accounts would link them
    en = NEWS_AM + ["The conversation took place at the initiative of the Azerbaijani side."]
    ru = SPUTNIK + ["Ранее стороны уже обсуждали этот вопрос на встрече в Москве."]

    def last_link_score():
        return next(b.score for b in align_flat(en, ru, "en", "ru") if b.src == (5,) and b.tgt == (5,))

    assert last_link_score() < DEFAULT.threshold
    monkeypatch.setattr(confidence, "RETELLING", 2.0)  # never a retelling: the path vouches for the link
    assert last_link_score() > DEFAULT.threshold
