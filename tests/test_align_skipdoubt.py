"""Two cost/score rules: a dropped sentence pays for the anchors it shares with the sentence beside it on the
other side, and a bead with no anchor support takes on the doubt of a near-tie neighbour."""

import pytest

from workbench.align.config import AlignConfig
from workbench.align import dp
from workbench.align.confidence import Evidence, share_doubt


def _side(lengths, weights):
    return dp.make_side(lengths, weights, [False] * len(lengths) + [True])


def test_skipping_a_sentence_that_shares_anchors_with_its_neighbour_costs_more():
    p = AlignConfig()
    s, t = _side([80], [8.0]), _side([60], [9.0])
    lonely = [{}]
    shared = [{0: 2.0}]  # "More than 8,000 ..." / "8 mindən çox ...": the number is shared
    # source 0 dropped next to target 0 (1:0 at (0, 0)) and target 0 dropped next to source 0 (0:1 at (1, 0))
    assert dp.bead_cost(p, s, t, shared, 0, 0, 1, 0) == pytest.approx(
        dp.bead_cost(p, s, t, lonely, 0, 0, 1, 0) + p.anchors.skip_shared * 2.0)
    assert dp.bead_cost(p, s, t, shared, 1, 0, 0, 1) == pytest.approx(
        dp.bead_cost(p, s, t, lonely, 1, 0, 0, 1) + p.anchors.skip_shared * 2.0)


def test_skip_evidence_is_capped_and_looks_only_at_adjacent_sentences():
    p = AlignConfig()
    s, t = _side([80, 80, 80], [9.0] * 3), _side([80, 80, 80], [9.0] * 3)
    far = [{2: 9.0}, {}, {}]  # source 0 shares with target 2 only: not beside a 1:0 of source 0 at j0 = 0
    assert dp.skip_neighbours(far, 0, 0, 1, 3) == 0.0
    assert dp.skip_neighbours(far, 0, 2, 1, 3) == 9.0
    lonely = [{}, {}, {}]
    extra = dp.bead_cost(p, s, t, far, 0, 2, 1, 0) - dp.bead_cost(p, s, t, lonely, 0, 2, 1, 0)
    assert extra == pytest.approx(p.anchors.skip_shared * p.anchors.skip_shared_cap)
    # a target sentence dropped at source position i sits between source i-1 and source i
    two = [{2: 1.0}, {}]
    assert dp.skip_neighbours(two, 1, 2, 0, 3) == 1.0
    assert dp.skip_neighbours(two, 0, 2, 0, 3) == 1.0
    assert dp.skip_neighbours(two, 2, 2, 0, 3) == 0.0  # past the last source sentence: only source 1 is beside


def _ev(dice, anchors=10.0):
    return Evidence(margin=3.0, dice=dice, anchors=anchors)


def test_a_bead_without_anchor_support_takes_the_doubt_of_its_neighbour():
    path = [(0, 0, 1, 2), (1, 2, 1, 1), (2, 3, 1, 1)]
    scores = [0.2, 0.95, 0.95]
    got = share_doubt(scores, [_ev(0.8), _ev(0.0), _ev(0.0)], 0.6, path, [False] * 3)
    assert got == [0.2, 0.2, 0.95]  # the third bead's neighbour is sure, so it keeps its own score


def test_a_bead_whose_anchors_agree_keeps_its_score():
    path = [(0, 0, 1, 2), (1, 2, 1, 1)]
    got = share_doubt([0.2, 0.95], [_ev(0.8), _ev(0.5)], 0.6, path, [False, False])
    assert got == [0.2, 0.95]


def test_doubt_does_not_cross_fixed_beads_or_come_from_unlinked_ones():
    path = [(0, 0, 1, 0), (1, 0, 1, 1), (2, 1, 1, 1)]
    scores = [0.1, 0.9, 0.1]
    evs = [_ev(0.0, 0.0), _ev(0.0), _ev(0.9)]
    assert share_doubt(scores, evs, 0.6, path, [False, False, True]) == [0.1, 0.9, 0.1]
    assert share_doubt(scores, evs, 0.6, path, [False, False, False]) == [0.1, 0.1, 0.1]
