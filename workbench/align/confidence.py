"""How sure the aligner is that each bead of its path is right: a score in [0, 1].

A bead's own cost says little on its own (most words have no cognate, so even a perfect translation
pays for unshared anchors). What does tell is the *margin*: how much more the best local alternative
would cost -- splitting the bead, merging it with a neighbour, or moving a boundary it shares with a
neighbour by one sentence. A bead the DP chose by a wide margin is right; one that barely won is
doubtful. Beads whose two sides share far fewer anchors than the pair's typical bead, or whose lengths
disagree, are doubtful too: that catches the case where every alternative is as bad (a wrong file).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Collection, Optional, Sequence

from workbench.align.dp import MOVES, Side

_SHAPES = frozenset(MOVES)
_SHIFTS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1), (1, 1), (-1, -1))
MARGIN_CAP = 8.0
CLEAR_EVERY = 512  # beads between clearings of the cost caches (memory stays flat)

# Logistic weights, set on the gold pairs (bench/align_flags.py): a linking bead scores 0.5 at a margin of
# 1.0 and 0.8 at 1.7; a 1:0 or 0:1 bead, whose wrong cases are near-ties, 0.5 at 0.3 and 0.8 at 0.7.
PAIR_SLOPE, PAIR_MID = 2.0, 1.0
NULL_SLOPE, NULL_MID = 3.5, 0.3
# Is the pair a translation at all? Most of its linking beads must share anchors (a Dice of SUPPORTED or
# more): real pairs, even ones whose words the lexicon barely knows, have 0.7-1.0 of them; two unrelated
# texts, or a target in shuffled order, 0.2-0.35, the chance matches of dates and "Azerbaijan". A pair
# that fails has every linking bead capped at NOT_A_TRANSLATION, so none of it is exported by default.
SUPPORTED = 0.2
MIN_SUPPORTED_SHARE = 0.5
# a link of two headlines that shares under this Dice of its anchors is two sites' own headlines, each alone
# (engine._unlinked_headlines); between this and SUPPORTED it is a headline retold, linked and flagged
UNRELATED_HEADLINES = 0.15
MIN_LINKS = 5  # linking beads needed before a pair can be judged
NOT_A_TRANSLATION = 0.2
RETELLING = 0.5  # engine looseness (0 translation .. 1 retelling) from which retelling_doubt applies
DOUBT_DICE = 0.5  # share_doubt: below this share of the typical Dice a bead's anchors do not vouch for it
# heading_doubt: a link of headings alone with sentences alone scores at most this (flagged at the default threshold)
HEADING_DOUBT = 0.45


@dataclass(slots=True)
class Evidence:
    margin: float  # cost of the best local alternative minus the chosen beads' cost, >= 0
    dice: float  # shared anchor weight / total anchor weight of the bead (0 when no anchors)
    anchors: float  # total anchor weight of the bead


def evidence(s: Side, t: Side, path: Sequence[tuple[int, int, int, int]], fixed: Sequence[bool],
             cuts: Collection[tuple[int, int]], bead_cost: Callable[[int, int, int, int], float],
             bead_shared: Callable[[int, int, int, int], float]) -> list[Evidence]:
    """Evidence for each bead (i0, j0, a, b) of a complete path over the sides ``s`` and ``t``.
    ``fixed[k]``: bead k may not be changed by an alternative (a confirmed bead); no alternative
    moves a boundary that is one of ``cuts``. ``bead_cost`` and ``bead_shared`` give any bead's cost
    and shared anchor weight (dp.bead_cost, dp.bead_shared, or a table of them)."""
    cache: dict = {}

    def cost(i0: int, j0: int, a: int, b: int) -> float:
        key = (i0, j0, a, b)
        c = cache.get(key)
        if c is None:
            c = cache[key] = bead_cost(i0, j0, a, b)
        return c

    margin = [MARGIN_CAP] * len(path)
    out = []
    for k, (i0, j0, a, b) in enumerate(path):
        if k % CLEAR_EVERY == 0:
            # alternatives only look one bead ahead: old entries are never asked for again
            cache.clear()
        if not fixed[k]:
            margin[k] = min(margin[k], _split_margin(cost, i0, j0, a, b))
        if k + 1 < len(path) and not (fixed[k] or fixed[k + 1] or (i0 + a, j0 + b) in cuts):
            merged, moved = _boundary_margin(cost, path[k], path[k + 1])
            # a link beside a lone sentence keeps its own sentences whether or not it takes the lone one in: that
            # near tie is the lone sentence's doubt, not the link's (a source line "report informs" in one lead,
            # "Report xəbər verir ki, ..." apart in the other); moving their boundary is either's
            link, nxt = bool(a and b), bool(path[k + 1][2] and path[k + 1][3])
            margin[k] = min(margin[k], moved if link and not nxt else min(merged, moved))
            margin[k + 1] = min(margin[k + 1], moved if nxt and not link else min(merged, moved))
        i1, j1 = i0 + a, j0 + b
        tot = s.cum_w[i1] - s.cum_w[i0] + t.cum_w[j1] - t.cum_w[j0]
        shared = bead_shared(i0, j0, a, b) if a and b else 0.0
        out.append(Evidence(0.0, 2.0 * shared / tot if tot else 0.0, tot))
    for e, m in zip(out, margin):
        e.margin = max(0.0, min(m, MARGIN_CAP))
    return out


def _split_margin(cost: Callable, i0: int, j0: int, a: int, b: int) -> float:
    """Cost of the best split of the bead into two, minus its own."""
    own = cost(i0, j0, a, b)
    best = MARGIN_CAP
    for x in range(a + 1):
        for y in range(b + 1):
            first, second = (x, y), (a - x, b - y)
            if first in _SHAPES and second in _SHAPES:
                best = min(best, cost(i0, j0, x, y) + cost(i0 + x, j0 + y, a - x, b - y) - own)
    return best


def _boundary_margin(cost: Callable, left: tuple[int, int, int, int],
                     right: tuple[int, int, int, int]) -> tuple[float, float]:
    """Costs of the best changes of two neighbouring beads, minus their own: (merged into one, their shared
    boundary moved by one sentence on either side or both)."""
    i0, j0, a, b = left
    c, d = right[2], right[3]
    own = cost(i0, j0, a, b) + cost(i0 + a, j0 + b, c, d)
    merged = cost(i0, j0, a + c, b + d) - own if (a + c, b + d) in _SHAPES else MARGIN_CAP
    best = MARGIN_CAP
    for dx, dy in _SHIFTS:
        first, second = (a + dx, b + dy), (c - dx, d - dy)
        # swapping a 1:0 and a 0:1 gives the same beads: no alternative at all
        if first in _SHAPES and second in _SHAPES and not (0 in first and 0 in second and 0 in (a, b)):
            best = min(best, cost(i0, j0, *first) + cost(i0 + first[0], j0 + first[1], *second) - own)
    return merged, best


def typical_dice(ev: Sequence[Evidence], path: Sequence[tuple[int, int, int, int]],
                 fixed: Sequence[bool] = ()) -> float:
    """Median anchor agreement of the pair's 1:1 beads that carry anchors: what 'normal' looks like here.
    Confirmed beads (``fixed``) say nothing: the aligner never compared their sentences, their Dice reads 0."""
    fixed = fixed or [False] * len(path)
    vals = sorted(e.dice for e, (_, _, a, b), f in zip(ev, path, fixed)
                  if a == 1 and b == 1 and e.anchors >= 2.0 and not f)
    return vals[len(vals) // 2] if len(vals) >= 5 else 0.5


def share_doubt(scores: Sequence[float], ev: Sequence[Evidence], typical: float,
                path: Sequence[tuple[int, int, int, int]], fixed: Sequence[bool]) -> list[float]:
    """Scores after a bead takes on the doubt of a neighbour it shares a boundary with, unless its own
    anchors vouch for it. A near-tie split ("2023 ... Armenia." + "Or at least we hope so." against three
    Russian sentences) makes one bead's margin small, yet the wrong boundary belongs to both beads: the
    neighbour, whose margin is measured against other alternatives, is only as sure as that boundary
    when it shares under half the pair's typical anchor agreement."""
    out = list(scores)
    for k, (e, (_, _, a, b)) in enumerate(zip(ev, path)):
        if fixed[k] or not (a and b) or e.dice >= DOUBT_DICE * typical:
            continue
        for n in (k - 1, k + 1):
            if 0 <= n < len(path) and path[n][2] and path[n][3] and not fixed[n]:
                out[k] = min(out[k], scores[n])
    return out


def retelling_doubt(scores: Sequence[float], ev: Sequence[Evidence], path: Sequence[tuple[int, int, int, int]],
                    fixed: Sequence[bool]) -> list[float]:
    """Scores after each link of a retelling that shares under SUPPORTED of its anchors is capped at
    NOT_A_TRANSLATION: two sites' accounts of one event put their sentences in the same order, so a link there
    is sure only by its own anchors, never by the path around it."""
    return [min(sc, NOT_A_TRANSLATION) if a and b and not fixed[k] and e.dice < SUPPORTED else sc
            for k, (sc, e, (_, _, a, b)) in enumerate(zip(scores, ev, path))]


def is_translation(ev: Sequence[Evidence], path: Sequence[tuple[int, int, int, int]],
                   fixed: Sequence[bool] = ()) -> bool:
    """Whether most linking beads share anchors; a pair with too few links is given the benefit of the doubt.
    Confirmed beads (``fixed``) are left out: a reviewer vouched for them, the aligner never compared them."""
    fixed = fixed or [False] * len(path)
    return links_supported([e.dice for e, (_, _, a, b), f in zip(ev, path, fixed) if a and b and not f])


def links_supported(dices: Sequence[float]) -> bool:
    """Whether most of these link beads' anchor agreements reach SUPPORTED (True for fewer than MIN_LINKS)."""
    if len(dices) < MIN_LINKS:
        return True
    return sum(d >= SUPPORTED for d in dices) >= MIN_SUPPORTED_SHARE * len(dices)


def score(e: Evidence, null: bool, translation: bool = True) -> float:
    """Confidence that the bead is right, in [0, 1], from its own margin; capped for a pair that is not
    a translation (is_translation)."""
    x = NULL_SLOPE * (e.margin - NULL_MID) if null else PAIR_SLOPE * (e.margin - PAIR_MID)
    value = round(1.0 / (1.0 + math.exp(-x)), 4)
    return value if translation or null else min(value, NOT_A_TRANSLATION)


def heading_doubt(scores: Sequence[float], path: Sequence[tuple[int, int, int, int]], fixed: Sequence[bool],
                  src_heading: Sequence[bool], tgt_heading: Sequence[bool],
                  src_address: Sequence[bool] = (), tgt_address: Sequence[bool] = (),
                  dices: Optional[Sequence[float]] = None) -> list[float]:
    """Scores after a link whose one side is all headings (or address lines, kinds.is_address) and the other has
    none, or whose one side is all address lines and the other holds running text, are capped at HEADING_DOUBT.
    Headings translate headings; a letter's address block ("From Irakli Garibashvili, Prime Minister of
    Georgia") shares every name and title with the news lead that reports the letter, and the DP may link
    them for it, with the other site's headline too, but a reviewer should look: the kinds say it is no
    translation. (An address block against headings alone is not doubted: the other side's address lines
    may be headings the address rule does not know.) ``dices``: each bead's anchor agreement; a link of headings
    with headings that shares under SUPPORTED of its anchors is capped too: two sites' own headlines over one event
    stand where headlines stand, so no alternative beats their link, and only their anchors can vouch for it."""
    out = list(scores)
    for k, (i0, j0, a, b) in enumerate(path):
        if fixed[k] or not (a and b):
            continue
        hs = sum(src_heading[i0:i0 + a])
        ht = sum(tgt_heading[j0:j0 + b])
        if (hs == a and ht == 0) or (ht == b and hs == 0):
            out[k] = min(out[k], HEADING_DOUBT)
        elif dices is not None and hs == a and ht == b and dices[k] < SUPPORTED:
            out[k] = min(out[k], HEADING_DOUBT)
        elif src_address and tgt_address and (
                (sum(src_address[i0:i0 + a]) == a and ht < b) or (sum(tgt_address[j0:j0 + b]) == b and hs < a)):
            out[k] = min(out[k], HEADING_DOUBT)
    return out
