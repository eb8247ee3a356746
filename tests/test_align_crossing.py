"""A 2:2 bead whose content crosses (dp.crossing): cheap only when the two 1:1 readings leave crossing links
unexplained, and costed the same by the per-bead cost and the vectorised DP."""

from dataclasses import replace

import pytest

from workbench.align import align_texts, banddp, dp
from workbench.align.config import AlignConfig, Priors

NO_CROSSING = replace(AlignConfig(), priors=Priors(cross_min=1e9))


def _side(lengths, report=None, source=None):
    n = len(lengths)
    return dp.make_side(lengths, [4.0] * n, [False] * n + [True], report=report, source=source,
                        heading=[False] * n, salute=[False] * n)


def test_a_lead_naming_its_source_and_a_quote_line_cross_a_lead_and_a_source_line():
    # The English lead says "Report informs" and "The letter reads:" follows; the Russian lead has neither,
    # its next line says both ("Как сообщает Report, в ... послании говорится:"): one 2:2, not two 1:1.
    src = [["Prime Minister Ali Asadov sent a congratulatory letter to Prime Minister Mikhail Mishustin, "
            "Report informs."], ["The letter reads:"],
           ["On behalf of the Government of Azerbaijan, I warmly congratulate you on your 60th birthday."],
           ["I wish you good health and success in your work."]]
    tgt = [["Премьер-министр Азербайджана Али Асадов направил письмо премьер-министру России Михаилу Мишустину."],
           ["Как сообщает Report, в поздравительном послании говорится:"],
           ["От имени правительства Азербайджана сердечно поздравляю Вас с 60-летием."],
           ["Желаю Вам крепкого здоровья и успехов в работе."]]
    beads = [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, "en", "ru").beads]
    assert beads == [([0, 1], [0, 1]), ([2], [2]), ([3], [3])]
    # without the crossing rule the 2:2 prior keeps them apart
    beads = [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, "en", "ru", config=NO_CROSSING).beads]
    assert beads[:2] == [([0], [0]), ([1], [1])]


@pytest.mark.parametrize("sims, crosses", [
    # three pairs of four linked, one straight pair empty: crossing
    ([{0: 6.0, 1: 3.0}, {0: 2.0}], True),
    # every pair linked, both straight ones strongest: neighbours repeating the text's words
    ([{0: 5.0, 1: 2.0}, {0: 3.0, 1: 4.0}], False),
    # only the crossing pairs: a sentence dropped on each side, not a 2:2
    ([{1: 4.0}, {0: 1.5}], False),
])
def test_crossing_needs_three_linked_pairs_around_a_weak_straight_one(sims, crosses):
    p = AlignConfig()
    assert (dp.crossing(sims, 0, 0) >= p.priors.cross_min) is crosses


def test_a_crossing_2_2_costs_its_straight_beads_less_its_crossing_links_in_both_implementations():
    p = AlignConfig()
    # the English lead names its source, the Russian's second line is the news-source line (dp.moved_source)
    s = _side([60, 20], report=[False, False], source=[True, False])
    t = _side([55, 50], report=[False, True], source=[False, True])
    sims = [{0: 6.0, 1: 3.0}, {0: 2.0}]
    straight = dp.bead_cost(p, s, t, sims, 0, 0, 1, 1) + dp.bead_cost(p, s, t, sims, 1, 1, 1, 1)
    crossed = dp.bead_cost(p, s, t, sims, 0, 0, 2, 2)
    extra = dp.bead_shared(sims, None, 0, 0, 2, 2) - 6.0
    assert crossed == pytest.approx(straight + p.priors.two_two_cross - 2 * (p.anchors.gain + p.anchors.miss) * extra)
    assert crossed < straight
    table = banddp.cost_table(p, s, t, sims, [0, 0, 0], [2, 2, 2])
    for a, b in dp.MOVES:
        for i0 in range(2 - a + 1):
            for j0 in range(2 - b + 1):
                assert table(i0, j0, a, b) == pytest.approx(dp.bead_cost(p, s, t, sims, i0, j0, a, b), abs=1e-4)
    path, _ = banddp.run_dp(p, s, t, sims, [0, 0, 0], [2, 2, 2])
    assert path == [(0, 0, 2, 2)]


def test_content_crosses_only_where_a_news_source_moved():
    # the same anchors without a news-source line: neighbours sharing a topic's words, priced as a plain 2:2
    p = AlignConfig()
    sims = [{0: 6.0, 1: 3.0}, {0: 2.0}]
    moved = (_side([60, 20], report=[False, False], source=[True, False]),
             _side([55, 50], report=[False, True], source=[False, True]))
    topical = (_side([60, 20], report=[False, False], source=[False, False]),
               _side([55, 50], report=[False, False], source=[False, False]))
    assert dp.moved_source(*moved, 0, 0) and not dp.moved_source(*topical, 0, 0)
    assert dp.bead_cost(p, *topical, sims, 0, 0, 2, 2) > dp.bead_cost(p, *moved, sims, 0, 0, 2, 2)
    for s, t in (moved, topical):
        table = banddp.cost_table(p, s, t, sims, [0, 0, 0], [2, 2, 2])
        assert table(0, 0, 2, 2) == pytest.approx(dp.bead_cost(p, s, t, sims, 0, 0, 2, 2), abs=1e-4)


def test_two_source_lines_that_translate_each_other_moved_nothing_and_link_as_surely_as_any_translation():
    # each release names its source in its own line, straight across: no crossing 2:2 (dp.moved_source reads
    # across only), and the two lines' shared words count ("WORLD 24" / "МИР 24")
    straight = (_side([60, 80], report=[False, True], source=[False, True]),
                _side([60, 80], report=[False, True], source=[False, True]))
    assert not dp.moved_source(*straight, 0, 0)
    table = banddp.cost_table(AlignConfig(), *straight, [{0: 4.0}, {1: 6.0}], [0, 0, 0], [2, 2, 2])
    assert not table(0, 0, 2, 2) < table(0, 0, 1, 1) + table(1, 1, 1, 1)
    src = [["Aliyev has received ambassadors of Muslim countries"],
           ["President of Azerbaijan Ilham Aliyev received heads of diplomatic missions of Muslim countries."],
           ["The traditional meeting was held in the Holy month of Ramadan, reports “WORLD 24”."],
           ["“Our meetings in the Holy month of Ramadan have already become traditional."],
           ["We work closely with Muslim countries."]]
    tgt = [["Алиев принял послов мусульманских стран"],
           ["Президент Азербайджана Ильхам Алиев принял руководителей дипмиссий мусульманских стран."],
           ["Традиционная встреча прошла в священный месяц Рамадан, передает «МИР 24»."],
           ["«Наши встречи в священный месяц Рамазан уже стали традиционными."],
           ["Мы тесно сотрудничаем с мусульманскими странами."]]
    beads = align_texts(src, tgt, "en", "ru").beads
    assert [(list(b.src), list(b.tgt)) for b in beads] == [([k], [k]) for k in range(5)]
    assert not any(b.flagged for b in beads)
