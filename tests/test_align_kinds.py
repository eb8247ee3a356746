"""Sentence kinds the aligner's cost model treats apart (notes, courtesy formulas, news-source sentences),
scaled numbers, and the vectorised DP agreeing with the per-bead cost once these terms are in."""

import random

import numpy as np
import pytest

from workbench.align.config import AlignConfig
from workbench.align import align_texts, banddp, dp
from workbench.align.anchors import sentence_keys
from workbench.align.kinds import is_courtesy, is_note, is_reporting


@pytest.mark.parametrize("text", ["(Как переведено.)", "(Applause.)", "(Аплодисменты.)", "[In English]",
                                  " (Alqışlar) "])
def test_bracketed_remarks_are_notes(text):
    assert is_note(text)


@pytest.mark.parametrize("text", ["Thank you.", "The talks (in Moscow) went well.", "(a) first item; (b) second.",
                                  "Мы это ценим (и очень)."])
def test_sentences_with_content_are_not_notes(text):
    assert not is_note(text)


@pytest.mark.parametrize("text,lang", [("Thank you.", "en"), ("Дорогие друзья!", "ru"), ("Sağ olun.", "az"),
                                       ("В.Путин: Уважаемый господин Президент!", "ru"),
                                       ("Hörmətli xanımlar və cənablar!", "az"), ("Ladies and gentlemen,", "en"),
                                       ("Əziz bacılar və qardaşlar!", "az"), ("Дорогие соотечественники!", "ru")])
def test_greetings_and_thanks_are_courtesy(text, lang):
    assert is_courtesy(text, lang)


@pytest.mark.parametrize("text,lang", [("This figure will grow.", "en"), ("We value this.", "en"),
                                       ("Дорогие друзья, в прошлом году товарооборот вырос на 14 процентов, "
                                        "и это хороший результат.", "ru"), ("Bakıda görüşdük.", "az"),
                                       ("Торговля и инвестиции растут.", "ru")])
def test_content_sentences_are_not_courtesy(text, lang):
    assert not is_courtesy(text, lang)


@pytest.mark.parametrize("text", ["Об этом сообщает пресс-служба главы государства.",
                                  "Metbuat.az xəbər verir ki, nazir Bakıya gəlib.",
                                  "Bu barədə Prezidentin mətbuat xidməti məlumat verib.",
                                  "The meeting took place in Baku, Report informs.",
                                  "The Ministry of Defense released the information."])
def test_news_source_sentences_are_reporting(text):
    assert is_reporting(text)


def test_content_sentences_are_not_reporting():
    assert not is_reporting("The ministers discussed the situation in the region.")
    assert not is_reporting("Об этом мы говорили три месяца назад в Ашхабаде, когда обсуждали вопросы транспорта, "
                            "энергетики и гуманитарного сотрудничества.")


def _numbers(text, lang):
    return {k for k in sentence_keys(text, lang) if k[0] == "n"}


def test_scaled_numbers_meet_across_spellings():
    assert _numbers("More than 8,000 people returned.", "en") == _numbers("8 mindən çox insan qayıdıb.", "az")
    assert _numbers("Trade reached 4.3 billion dollars.", "en") == _numbers("Товарооборот достиг 4,3 млрд долларов.", "ru")
    assert _numbers("It grew by 12 million.", "en") == _numbers("Он вырос на 12 миллионов.", "ru")
    assert _numbers("In 2023 minus three", "en") == {("n", "2023")}
    assert _numbers("Through 5 minutes", "en") != _numbers("5 min", "az")


def _side(lens, notes=None, polite=None, report=None):
    return dp.make_side(lens, [0.0] * len(lens), [False] * len(lens) + [True], notes, polite, report)


def test_a_note_is_cheaper_unlinked_than_linked_to_speech():
    p = AlignConfig()
    s = _side([10])  # "Thank you."
    t = _side([17], notes=[True])  # "(Как переведено.)"
    sims = [{}]
    linked = dp.bead_cost(p, s, t, sims, 0, 0, 1, 1)
    apart = dp.bead_cost(p, s, t, sims, 0, 0, 1, 0) + dp.bead_cost(p, s, t, sims, 1, 0, 0, 1)
    assert apart < linked
    both_notes = _side([11], notes=[True])  # "(Applause.)" / "(Аплодисменты.)" still pair up
    assert dp.bead_cost(p, both_notes, t, sims, 0, 0, 1, 1) < 2 * p.kinds.note_skip


def test_two_courtesy_formulas_merge_against_one():
    p = AlignConfig()
    s = _side([40], polite=[True])
    t = _side([30, 15], polite=[True, True])
    plain = _side([30, 15])
    sims = [{}]
    assert dp.bead_cost(p, s, t, sims, 0, 0, 1, 2) < dp.bead_cost(p, s, plain, sims, 0, 0, 1, 2)


@pytest.mark.parametrize("text", ["x x x", "х х х", "* * *", "***"])
def test_section_breaks_are_notes(text):
    assert is_note(text)


def test_section_breaks_link_to_each_other_and_never_join_a_sentence():
    src = [["We discussed energy.", "x x x", "Later the ministers signed 4 agreements."]]
    both = [["Мы обсудили энергетику.", "x x x", "Позже министры подписали 4 соглашения."]]
    one = [["Мы обсудили энергетику.", "Позже министры подписали 4 соглашения."]]
    def beads_of(tgt):
        return [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, "en", "ru").beads]

    assert beads_of(both) == [([0], [0]), ([1], [1]), ([2], [2])]
    assert beads_of(one) == [([0], [0]), ([1], []), ([2], [1])]


def test_a_news_source_sentence_is_cheap_to_leave_out():
    p = AlignConfig()
    t = _side([50], report=[True])
    assert dp.bead_cost(p, _side([1]), t, [{}], 1, 0, 0, 1) <= p.kinds.report_skip < p.priors.table[(0, 1)]


def test_a_news_source_sentence_does_not_translate_a_content_sentence_one_to_one():
    p = AlignConfig()
    content, source = _side([48], report=[False]), _side([48], report=[True])
    s = _side([48], report=[False])
    assert dp.bead_cost(p, s, source, [{}], 0, 0, 1, 1) == pytest.approx(
        dp.bead_cost(p, s, content, [{}], 0, 0, 1, 1) + p.kinds.report_link)
    # folded into a merge ("..., according to the Ministry.") it costs nothing extra
    two = _side([60, 48], report=[False, True])
    plain = _side([60, 48], report=[False, False])
    assert dp.bead_cost(p, _side([108], report=[False]), two, [{}], 0, 0, 1, 2) == pytest.approx(
        dp.bead_cost(p, _side([108], report=[False]), plain, [{}], 0, 0, 1, 2))


def _pair_sims(a_keys, b_keys):
    return [{j: sum(min(w, b[k]) for k, w in a.items() if k in b) for j, b in enumerate(b_keys)
             if set(a) & set(b)} for a in a_keys]


def _overlap(src_keys, tgt_keys):
    so, to = dp.adjacent_overlaps(src_keys), dp.adjacent_overlaps(tgt_keys)
    return dp.Overlap(_pair_sims(so, tgt_keys), _pair_sims(src_keys, to), _pair_sims(so, to))


def _random_keys(rng, k):
    return [{x: 1.0 for x in rng.sample("abcdefg", rng.randint(0, 4))} for _ in range(k)]


@pytest.mark.parametrize("seed", range(20))
def test_bead_shared_counts_each_occurrence_once(seed):
    # "Bayramov" in both sentences of a 2:2 bead is one match a side, not four
    rng = random.Random(seed)
    src, tgt = _random_keys(rng, 4), _random_keys(rng, 4)
    sims, ov = _pair_sims(src, tgt), _overlap(src, tgt)
    for a, b in [(1, 1), (1, 2), (2, 1), (2, 2)]:
        for i0 in range(4 - a + 1):
            for j0 in range(4 - b + 1):
                count_s, count_t = {}, {}
                for keys, count in ((src[i0:i0 + a], count_s), (tgt[j0:j0 + b], count_t)):
                    for sentence in keys:
                        for k in sentence:
                            count[k] = count.get(k, 0) + 1
                want = sum(min(c, count_t.get(k, 0)) for k, c in count_s.items())
                assert dp.bead_shared(sims, ov, i0, j0, a, b) == pytest.approx(want)


def _reference(p, s, t, sims, ov=None):
    n, m = len(s.cum_len) - 1, len(t.cum_len) - 1
    best = np.full((n + 1, m + 1), np.inf)
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for a, b in dp.MOVES:
                if i >= a and j >= b and best[i - a, j - b] < np.inf:
                    best[i, j] = min(best[i, j], best[i - a, j - b] + dp.bead_cost(p, s, t, sims, i - a, j - b, a, b, ov))
    return best[n, m]


@pytest.mark.parametrize("seed", range(18))
def test_vectorised_dp_reaches_the_optimum_of_bead_cost_with_all_kinds(seed):
    rng = random.Random(seed)
    n, m = rng.randint(5, 12), rng.randint(5, 12)

    def flags(k):
        return [rng.random() < 0.3 for _ in range(k)]

    if seed >= 12:  # one side with no address line at all: KindCosts.address_alone and address_skip
        t_address = [False] * m

    s = dp.make_side([rng.randint(5, 120) for _ in range(n)], [float(rng.randint(0, 4)) for _ in range(n)],
                     [False] + [rng.random() < 0.2 for _ in range(n - 1)] + [True], flags(n), flags(n), flags(n),
                     flags(n), flags(n), flags(n), flags(n), flags(n), flags(n), flags(n))
    t_flags = [flags(m) for _ in range(10)]
    if seed >= 12:
        t_flags[6] = t_address
    t = dp.make_side([rng.randint(5, 120) for _ in range(m)], [float(rng.randint(0, 4)) for _ in range(m)],
                     [False] + [rng.random() < 0.2 for _ in range(m - 1)] + [True], *t_flags)
    src_keys, tgt_keys = _random_keys(rng, n), _random_keys(rng, m)
    sims, ov = _pair_sims(src_keys, tgt_keys), _overlap(src_keys, tgt_keys)
    p = AlignConfig()
    path, _ = banddp.run_dp(p, s, t, sims, [0] * (n + 1), [m] * (n + 1), ov)
    got = sum(dp.bead_cost(p, s, t, sims, i0, j0, a, b, ov) for i0, j0, a, b in path)
    assert got == pytest.approx(_reference(p, s, t, sims, ov), abs=1e-6)
    # the table the confidence scorer reads holds the same costs
    table = banddp.cost_table(p, s, t, sims, [0] * (n + 1), [m] * (n + 1), ov)
    for a, b in dp.MOVES:
        for i0 in range(n - a + 1):
            for j0 in range(m - b + 1):
                assert table(i0, j0, a, b) == pytest.approx(dp.bead_cost(p, s, t, sims, i0, j0, a, b, ov), abs=1e-4)


def test_transcript_with_note_split_greeting_and_reporting_sentence():
    src = [["Vladimir Putin: Colleagues, friends, good evening.", "The talks lasted four hours.",
            "We signed 7 documents."], ["Thank you."]]
    tgt = [["В.Путин: Уважаемые коллеги!", "Дорогие друзья!", "Переговоры продолжались четыре часа.",
            "Мы подписали 7 документов."], ["(Как переведено.)"]]
    beads = [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, "en", "ru").beads]
    assert beads[0] == ([0], [0, 1])
    assert ([], [4]) in beads and ([3], []) in beads


def test_a_headline_on_one_side_is_not_merged_into_or_linked_with_the_other_sides_lead():
    src = [["President Ilham Aliyev has congratulated the people of Azerbaijan on the occasion of Novruz holiday."],
           ["The congratulatory message reads:"], ["Dear compatriots!"]]
    tgt = [["Президент Ильхам Алиев поздравил народ Азербайджана"],
           ["Президент Ильхам Алиев поздравил народ Азербайджана с праздником Новруз."],
           ["Как сообщает Report, в поздравлении говорится:"], ["Дорогие соотечественники!"]]
    beads = [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, "en", "ru").beads]
    assert beads == [([], [0]), ([0], [1]), ([1], [2]), ([2], [3])]


def test_headings_and_quote_introducers_are_kinds():
    from workbench.align.kinds import is_heading

    assert is_heading("From Irakli Garibashvili, Prime Minister of Georgia")
    assert is_heading("Ilham Aliyev") and is_heading("President Putin congratulates Tajikistan")
    assert not is_heading("Dear Friend,") and not is_heading("The letter reads:") and not is_heading("(Applause.)")
    for line in ("The letter reads:", "Как сообщает Report, в письме говорится:", "Təbrikdə deyilir:",
                 "In particular, Russian President Vladimir Putin says in his telegram:"):
        assert is_reporting(line), line


def test_a_title_only_one_side_has_is_not_merged_into_the_first_turn():
    # the Kremlin's Russian page keeps its title ("Заявления для прессы ..."), the English copy starts with the turn
    src = [["President of Azerbaijan Ilham Aliev: Dear Dmitry Anatolevich, distinguished guests, ladies and gentlemen."],
           ["Once again, I would like to warmly welcome the President of the Russian Federation to Azerbaijan.",
            "We attach great importance to the official visit of the President of Russia."]]
    tgt = [["Заявления для прессы по итогам российско-азербайджанских переговоров"],
           ["И.Алиев: Уважаемый Дмитрий Анатольевич!", "Уважаемые гости, дамы и господа!"],
           ["Я хотел бы ещё раз от всей души поприветствовать Президента Российской Федерации в Азербайджане.",
            "Мы придаём большое значение официальному визиту Президента России."]]
    beads = [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, "en", "ru").beads]
    assert beads[:2] == [([], [0]), ([0], [1, 2])]
