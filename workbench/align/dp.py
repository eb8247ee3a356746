"""The bead cost model (shapes 0:1 ... 3:1, their priors, length and anchor terms) and the band around a guide.

The DP itself is banddp.run_dp (numpy); bead_cost here is the same cost for one bead, used by the
aligner's confidence scores and by tests. Memory and time are linear in the text length: each source
position keeps only a band of target positions around a guide path, widened where the best path runs
along its edge.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Sequence

from workbench.align.config import MAX_STEP, MOVES, AlignConfig

__all__ = ["MOVES", "Side", "Overlap", "make_side", "bead_cost", "bead_shared", "guide", "bands"]


@dataclass
class Side:
    """Per-sentence data for one side of a run: prefix sums make any bead's totals O(1)."""

    cum_len: list  # cum_len[i] = chars of sentences [0, i)
    cum_w: list  # cum_w[i] = anchor weight of sentences [0, i)
    para_end: list  # para_end[i]: a paragraph ends before sentence i (i in 0..n)
    cum_para: list  # cum_para[i] = number of paragraph ends at positions 1..i
    cum_note: list = field(default_factory=list)  # cum_note[i] = editorial notes among sentences [0, i)
    cum_polite: list = field(default_factory=list)  # cum_polite[i] = courtesy formulas among sentences [0, i)
    cum_report: list = field(default_factory=list)  # cum_report[i] = news-source sentences among [0, i)
    cum_heading: list = field(default_factory=list)  # cum_heading[i] = headings among sentences [0, i)
    cum_salute: list = field(default_factory=list)  # cum_salute[i] = salutation lines among sentences [0, i)
    cum_greet: list = field(default_factory=list)  # cum_greet[i] = sentences that greet or address, among [0, i)
    cum_address: list = field(default_factory=list)  # cum_address[i] = sender or addressee lines among [0, i)
    cum_cite: list = field(default_factory=list)  # cum_cite[i] = sentences that name their source, among [0, i)
    cum_source: list = field(default_factory=list)  # cum_source[i] = sentences that say where news came from
    cum_intro: list = field(default_factory=list)  # cum_intro[i] = news-source lines introducing a quote


def make_side(lengths: Sequence[int], weights: Sequence[float], para_end: Sequence[bool],
              notes: Optional[Sequence[bool]] = None, polite: Optional[Sequence[bool]] = None,
              report: Optional[Sequence[bool]] = None, heading: Optional[Sequence[bool]] = None,
              salute: Optional[Sequence[bool]] = None, greet: Optional[Sequence[bool]] = None,
              address: Optional[Sequence[bool]] = None, cite: Optional[Sequence[bool]] = None,
              source: Optional[Sequence[bool]] = None, intro: Optional[Sequence[bool]] = None) -> Side:
    """``notes[i]`` / ``polite[i]`` / ``report[i]`` / ``heading[i]``: sentence i is an editorial note / a
    courtesy formula / a news-source sentence / a heading; ``salute[i]``: a salutation line; ``greet[i]``: it
    greets or is an address line; ``address[i]``: a letter's sender or addressee line; ``cite[i]``: a sentence
    that names its source as it goes on; ``source[i]``: one that says where the news came from; ``intro[i]``: a
    news-source line that introduces a quote (kinds.py)."""
    cl, cw = [0], [0.0]
    for n, w in zip(lengths, weights):
        cl.append(cl[-1] + n)
        cw.append(cw[-1] + w)

    def counted(flags: Optional[Sequence[bool]]) -> list:
        out = [0]
        for i in range(len(lengths)):
            out.append(out[-1] + (1 if flags is not None and flags[i] else 0))
        return out

    # Notes, courtesy and report lines count as none when unknown; the later kinds are left empty, which
    # switches their rules off (a caller that knows headings but not addresses gets no address cost).
    return Side(cl, cw, list(para_end), counted(para_end[1:]), counted(notes), counted(polite), counted(report),
                counted(heading) if heading is not None else [],
                counted(salute) if salute is not None else [], counted(greet) if salute is not None else [],
                counted(address) if address is not None and heading is not None else [],
                counted(cite) if cite is not None else [], counted(source) if source is not None else [],
                counted(intro) if intro is not None else [])



@dataclass
class Overlap:
    """Anchors repeated in neighbouring sentences, which the pairwise ``sims`` count more than once in a merge.

    ``ts[i].get(j)``: weight of the keys in source i, source i+1 and target j; ``tt[i].get(j)``: in
    source i, target j and target j+1; ``q[i].get(j)``: in all four of source i, i+1, target j, j+1.
    "Bayramov" in both sentences of a 2:2 bead is one name on each side, not four matches."""

    ts: Sequence
    tt: Sequence
    q: Sequence


def adjacent_overlaps(keys: Sequence[dict]) -> list[dict]:
    """For each sentence but the last, the keys (with weights) it shares with the next one."""
    return [{k: w for k, w in a.items() if k in b} if a and b else {} for a, b in zip(keys, keys[1:])]


def _at(rows: Sequence, i: int, j: int) -> float:
    if 0 <= i < len(rows):
        row = rows[i]
        if row:
            return row.get(j, 0.0)
    return 0.0


def overcount(ov: Optional[Overlap], i0: int, j0: int, a: int, b: int) -> float:
    """How much the sum of pairwise shared weights over a bead exceeds the weight of its keys matched
    once per occurrence (exact for beads up to 2:2 and for keys in adjacent sentences of 3:1, 1:3)."""
    if ov is None or a + b <= 2:
        return 0.0
    c = 0.0
    for x in range(a - 1):
        for y in range(b):
            c += _at(ov.ts, i0 + x, j0 + y)
    for x in range(a):
        for y in range(b - 1):
            c += _at(ov.tt, i0 + x, j0 + y)
    for x in range(a - 1):
        for y in range(b - 1):
            c -= 2.0 * _at(ov.q, i0 + x, j0 + y)
    return c


def bead_shared(sims: Sequence, ov: Optional[Overlap], i0: int, j0: int, a: int, b: int) -> float:
    """Anchor weight a bead's two sides share, each occurrence matched once."""
    shared = 0.0
    for ii in range(i0, i0 + a):
        row = sims[ii]
        if row:
            for jj in range(j0, j0 + b):
                shared += row.get(jj, 0.0)
    return shared - overcount(ov, i0, j0, a, b)


def bead_cost(cfg: AlignConfig, s: Side, t: Side, sims: Sequence[dict], i0: int, j0: int, a: int, b: int,
              ov: Optional[Overlap] = None) -> float:
    """Cost of the bead taking source [i0, i0+a) and target [j0, j0+b). The same cost banddp computes
    for whole band rows."""
    kinds = cfg.kinds
    i1, j1 = i0 + a, j0 + b
    if a == 0 or b == 0:
        side, k0, k1 = (s, i0, i1) if a else (t, j0, j1)
        c = cfg.priors.table[(a, b)]
        anchors = cfg.anchors
        if anchors.skip_shared:
            c += anchors.skip_shared * min(skip_neighbours(sims, i0, j0, a, len(t.cum_len) - 1),
                                           anchors.skip_shared_cap)
        if side.cum_len[k1] - side.cum_len[k0] < kinds.short_len:
            c -= kinds.short_bonus
        if side.cum_polite and side.cum_polite[k1] - side.cum_polite[k0] == k1 - k0:
            c -= kinds.polite_bonus
        if side.cum_salute and side.cum_salute[k1] > side.cum_salute[k0] and greeting_beside(s, t, i0, j0, a):
            c += kinds.salutation_skip
        if side.cum_report and side.cum_report[k1] - side.cum_report[k0] == k1 - k0 and not cite_beside(s, t, i0, j0, a):
            c = min(c, kinds.report_skip)
        c += skip_fit(cfg, s, t, i0, j0, a)
        if alone_address(s, t, i0, j0, a, b):
            c = min(c, kinds.address_skip)
        if side.cum_note and side.cum_note[k1] - side.cum_note[k0] == k1 - k0:
            c = kinds.note_skip
        return c + (-kinds.para_bonus if s.para_end[i1] and t.para_end[j1] else 0.0)
    if (a, b) == (2, 2) and crossing(sims, i0, j0) >= cfg.priors.cross_min and moved_source(s, t, i0, j0):
        extra = bead_shared(sims, ov, i0, j0, 2, 2) - _at(sims, i0, j0) - _at(sims, i0 + 1, j0 + 1)
        return (bead_cost(cfg, s, t, sims, i0, j0, 1, 1, ov) + bead_cost(cfg, s, t, sims, i0 + 1, j0 + 1, 1, 1, ov)
                + crossing_cost(cfg, extra))
    prior = cfg.priors.table[(a, b)]
    both_report = (a == 1 and b == 1 and bool(s.cum_report) and bool(t.cum_report)
                   and s.cum_report[i1] - s.cum_report[i0] == 1 and t.cum_report[j1] - t.cum_report[j0] == 1)
    c = length_cost(cfg, s.cum_len[i1] - s.cum_len[i0], t.cum_len[j1] - t.cum_len[j0]) + prior
    shared = bead_shared(sims, ov, i0, j0, a, b)
    tot = s.cum_w[i1] - s.cum_w[i0] + t.cum_w[j1] - t.cum_w[j0]
    c += anchor_additive(cfg, tot, shared, a, b)
    if both_report:
        # two sites' source lines are one bead whatever their words; when they share many (a translated release's
        # "..., reports “WORLD 24”." / "..., передает «МИР 24»."), as sure as any translation
        c = min(c, prior + kinds.report_pair)
    c += para_terms(cfg, s, t, i0, j0, a, b)
    if a + b > 2 and s.cum_polite and t.cum_polite:
        ps, pt = s.cum_polite[i1] - s.cum_polite[i0], t.cum_polite[j1] - t.cum_polite[j0]
        if ps and pt:
            c -= kinds.polite_merge * (max(ps, pt) - 1)
    if a == 1 and b == 1 and s.cum_report and t.cum_report:
        if s.cum_report[i1] - s.cum_report[i0] != t.cum_report[j1] - t.cum_report[j0]:
            c += kinds.report_link
    if s.cum_heading and t.cum_heading:
        hs, ht = s.cum_heading[i1] - s.cum_heading[i0], t.cum_heading[j1] - t.cum_heading[j0]
        if (hs == a and ht == 0) or (ht == b and hs == 0):
            c += kinds.heading_link
        c += kinds.heading_merge * ((0 < hs < a) + (0 < ht < b))
        c += kinds.heading_cross * ((0 < hs < a and not ht and s.cum_para[i1 - 1] > s.cum_para[i0])
                                    + (0 < ht < b and not hs and t.cum_para[j1 - 1] > t.cum_para[j0]))
    if s.cum_salute and t.cum_salute:
        c += kinds.salutation_link * (lone_salutation(s, t, i0, j0, a, b) + lone_salutation(t, s, j0, i0, b, a))
    if s.cum_address and t.cum_address:
        for x, y, x0, y0, xa, yb in ((s, t, i0, j0, a, b), (t, s, j0, i0, b, a)):
            if x.cum_address[x0 + xa] > x.cum_address[x0] and not y.cum_address[-1]:
                c += kinds.address_alone * (x.cum_address[x0 + xa] - x.cum_address[x0])
            elif lone_address(x, y, x0, y0, xa, yb):
                c += kinds.address_link
    if s.cum_note and t.cum_note:
        ns, nt = s.cum_note[i1] - s.cum_note[i0], t.cum_note[j1] - t.cum_note[j0]
        c += kinds.note_link * abs(ns - nt)
        if ns == a and nt == b and a == b:
            c = min(c, kinds.note_pair + para_terms(cfg, s, t, i0, j0, a, b))
    return c


def crossing(sims: Sequence, i0: int, j0: int) -> float:
    """How much the content of the 2:2 bead at (i0, j0) crosses: how much more than its weakest straight pair
    (source i0 with target j0, or i0+1 with j0+1) each of its three other pairs shares. A lead that names its
    source against a lead and a line "Как сообщает Report, в письме говорится:" links three pairs of four.
    Neighbouring sentences that repeat a text's words share anchors every way (both straight pairs are strong);
    a dropped sentence on each side leaves only the crossing pairs (no straight pair at all): neither crosses."""
    d1, d2 = _at(sims, i0, j0), _at(sims, i0 + 1, j0 + 1)
    return min(_at(sims, i0, j0 + 1), _at(sims, i0 + 1, j0), max(d1, d2)) - min(d1, d2)


def moved_source(s: Side, t: Side, i0: int, j0: int) -> bool:
    """The 2:2 bead at (i0, j0) holds a news-source line on one side and a sentence that says where the news
    came from on the other: the attribution moved from the lead ("..., Report informs.") to the line that
    introduces the quote ("Как сообщает Report, в письме говорится:"), which is what makes content cross.
    Two neighbouring sentences that share a topic's words ("Balkans", "Caucasus") do not cross."""
    if not (s.cum_report and t.cum_report and s.cum_source and t.cum_source):
        return False

    def holds(cum: Sequence[int], k: int) -> bool:
        return cum[k + 1] > cum[k]

    # across, not straight: two sites' own source lines that translate each other ("..., reports “WORLD 24”." /
    # "..., передает «МИР 24».") moved nothing
    return any((holds(s.cum_report, i0 + x) and holds(t.cum_source, j0 + 1 - x))
               or (holds(t.cum_report, j0 + x) and holds(s.cum_source, i0 + 1 - x)) for x in (0, 1))


def crossing_cost(cfg: AlignConfig, extra):
    """What a crossing 2:2 costs on top of its two straight 1:1 beads: ``extra`` is the anchor weight its
    crossing pairs add to the straight ones. Read as two 1:1 beads, each crossing anchor is one left
    unmatched on each side; in the 2:2 it is matched. Works on floats and numpy arrays."""
    anchors = cfg.anchors
    if isinstance(extra, float):
        extra = max(extra, 0.0)
    else:
        import numpy as np
        extra = np.maximum(extra, 0.0)
    return cfg.priors.two_two_cross - 2.0 * (anchors.gain + anchors.miss) * extra


def lone_salutation(x: Side, y: Side, x0: int, y0: int, a: int, b: int) -> bool:
    """Side x of the link bead (x0.., y0..) holds a salutation line, and no sentence of side y greets or is an
    address line: "«Уважаемый Александр Григорьевич," is not part of "President Ilham Aliyev sent a letter ..."."""
    return x.cum_salute[x0 + a] > x.cum_salute[x0] and y.cum_greet[y0 + b] == y.cum_greet[y0]


def lone_address(x: Side, y: Side, x0: int, y0: int, a: int, b: int) -> bool:
    """Side x of the link bead (x0.., y0..) holds a sender or addressee line, and no sentence of side y is a
    heading or one: "From Irakli Garibashvili, Prime Minister of Georgia" is not the lead that reports the letter."""
    return (x.cum_address[x0 + a] > x.cum_address[x0] and y.cum_address[y0 + b] == y.cum_address[y0]
            and y.cum_heading[y0 + b] == y.cum_heading[y0])


def alone_address(s: Side, t: Side, i0: int, j0: int, a: int, b: int) -> bool:
    """The 1:0 or 0:1 bead at (i0, j0) is all address lines, and the other side holds none anywhere."""
    (x, k0, k), y = ((s, i0, a), t) if a else ((t, j0, b), s)
    return bool(x.cum_address and y.cum_address) and x.cum_address[k0 + k] - x.cum_address[k0] == k \
        and not y.cum_address[-1]


def cite_beside(s: Side, t: Side, i0: int, j0: int, a: int) -> bool:
    """A sentence right beside the 1:0 (a=1) or 0:1 bead at (i0, j0) on the other side names its source as it
    goes on (kinds.cites): the news-source line left alone is the part of that sentence's translation the
    other site wrote apart ("..., Trend reports." / "Как передает Day.Az ..., в письме говорится:")."""
    other, k = (t, j0) if a else (s, i0)
    cc = other.cum_cite
    if not cc:
        return False
    n = len(cc) - 1
    return (k > 0 and cc[k] > cc[k - 1]) or (k < n and cc[k + 1] > cc[k])


def greeting_beside(s: Side, t: Side, i0: int, j0: int, a: int) -> bool:
    """A sentence right beside the 1:0 (a=1) or 0:1 bead at (i0, j0) on the other side greets or addresses:
    target j0-1 or j0 for a source sentence, source i0-1 or i0 for a target one."""
    other, k = (t, j0) if a else (s, i0)
    cg = other.cum_greet
    n = len(cg) - 1
    return (k > 0 and cg[k] > cg[k - 1]) or (k < n and cg[k + 1] > cg[k])


def skip_fit(cfg: AlignConfig, s: Side, t: Side, i0: int, j0: int, a: int) -> float:
    """What leaving the short sentence of a 1:0 (a=1) or 0:1 bead at (i0, j0) alone costs on top: the length
    cost the 1:1 bead beside it (its own side's neighbour before or after, with the other side's sentence
    there) saves by taking it in, times ``fit_gain``, up to ``fit_cap``."""
    kinds = cfg.kinds
    if not kinds.fit_gain:
        return 0.0
    x, y, k, yk = (s, t, i0, j0) if a else (t, s, j0, i0)
    nx, ny = len(x.cum_len) - 1, len(y.cum_len) - 1
    piece = x.cum_len[k + 1] - x.cum_len[k]
    if not kinds.short_len <= piece < kinds.fit_len or _flag(x.cum_heading, k) or _flag(x.cum_salute, k):
        return 0.0
    # a news-source line may stand in a paragraph of its own and still belong to the sentence beside it
    # ("Как передает Report, об этом говорится в сообщении МИД." under a lead ending "..., Azernews reports via
    # the ministry."); one that introduces a quote is the other site's own ("Metbuat.az xəbər verir ki, məktubda
    # deyilir:" under "..., Trend reports."), unless the sentence beside it goes on into the quote
    report = _flag(x.cum_report, k)
    if _flag(x.cum_intro, k) and not cite_beside(s, t, i0, j0, a):
        return 0.0
    best = 0.0
    for xn, yn, brk in ((k - 1, yk - 1, x.para_end[k]), (k + 1, yk, x.para_end[k + 1])):
        if 0 <= xn < nx and 0 <= yn < ny and (report or not brk):
            lx, ly = float(x.cum_len[xn + 1] - x.cum_len[xn]), float(y.cum_len[yn + 1] - y.cum_len[yn])
            best = max(best, fit_gain(cfg, float(piece), lx, ly, bool(a)))
    return kinds.fit_gain * min(best, kinds.fit_cap)


def _flag(cum: Sequence[int], k: int) -> bool:
    """Sentence k is of the kind whose prefix counts are ``cum`` (an empty list: kinds do not apply)."""
    return bool(cum) and cum[k + 1] > cum[k]


def fit_gain(cfg: AlignConfig, piece, lx, ly, x_source: bool):
    """Length cost a 1:1 bead of ``lx`` and ``ly`` characters saves by taking in a sentence of ``piece``
    characters on the ``lx`` side (the source side when ``x_source``); negative when it costs more."""
    if x_source:
        return length_cost(cfg, lx, ly) - length_cost(cfg, lx + piece, ly)
    return length_cost(cfg, ly, lx) - length_cost(cfg, ly, lx + piece)


def length_cost(cfg: AlignConfig, ls, lt):
    """Gale-Church cost of ``ls`` source and ``lt`` target characters: works on floats and numpy arrays."""
    lm = cfg.length
    diff = lt - ls * lm.ratio
    d = diff * diff / (lm.var * (ls * lm.ratio + lt) + lm.floor)
    if isinstance(d, float):
        return min(d, lm.cap)
    import numpy as np
    return np.minimum(d, lm.cap)


def anchor_additive(cfg: AlignConfig, tot, shared, a: int = 1, b: int = 1):
    """Additive anchor evidence of a link bead: works on floats and numpy arrays alike."""
    # no more than the bead's whole weight can be matched (a bead costed without an Overlap counts a key
    # found in every sentence of a merge once per pair)
    if isinstance(shared, float):
        shared = min(shared, 0.5 * tot)  # numpy on one float costs a microsecond a call
    else:
        import numpy as np
        shared = np.minimum(shared, 0.5 * tot)
    anchors = cfg.anchors
    return anchors.miss * (tot - 2.0 * shared) - anchors.gain * 2.0 * shared / (a * b) ** anchors.merge_exp


def skip_neighbours(sims: Sequence, i0: int, j0: int, a: int, m: int) -> float:
    """Most anchor weight the sentence of a 1:0 (a=1) or 0:1 bead at (i0, j0) shares with a sentence
    beside it on the other side: target j0-1 or j0 for a source sentence, source i0-1 or i0 for a target one;
    ``m``: the number of target sentences."""
    n = len(sims)
    if a:
        row = sims[i0] if i0 < n else None
        return max(row.get(j0 - 1, 0.0) if row and j0 > 0 else 0.0, row.get(j0, 0.0) if row and j0 < m else 0.0)
    before = sims[i0 - 1].get(j0, 0.0) if 0 < i0 <= n and sims[i0 - 1] else 0.0
    after = sims[i0].get(j0, 0.0) if i0 < n and sims[i0] else 0.0
    return max(before, after)


def para_terms(cfg: AlignConfig, s: Side, t: Side, i0: int, j0: int, a: int, b: int) -> float:
    kinds = cfg.kinds
    i1, j1 = i0 + a, j0 + b
    c = 0.0
    if a > 1:
        c += kinds.para_cross * (s.cum_para[i1 - 1] - s.cum_para[i0])
    if b > 1:
        c += kinds.para_cross * (t.cum_para[j1 - 1] - t.cum_para[j0])
    if s.para_end[i1] and t.para_end[j1]:
        c -= kinds.para_bonus
    return c


def guide(s: Side, t: Side) -> list[float]:
    """Expected target position for each source position, by proportional character offsets."""
    n, m = len(s.cum_len) - 1, len(t.cum_len) - 1
    ts, tt = s.cum_len[-1] or 1, t.cum_len[-1] or 1
    out = []
    j = 0
    for i in range(n + 1):
        target = s.cum_len[i] / ts * tt
        while j < m and t.cum_len[j + 1] <= target:
            j += 1
        # interpolate inside sentence j
        span = t.cum_len[j + 1] - t.cum_len[j] if j < m else 1
        out.append(j + (target - t.cum_len[j]) / span if span else float(j))
    if n == 0:
        return [0.0]
    out[0], out[-1] = 0.0, float(m)
    return out


def bands(center: Sequence[float], m: int, width: Sequence[int]) -> tuple[list[int], list[int]]:
    """Monotone [lo, hi] per source position around ``center``, covering (0, 0) and (n, m)."""
    n = len(center) - 1
    lo = [max(0, int(center[i] - width[i])) for i in range(n + 1)]
    hi = [min(m, int(math.ceil(center[i] + width[i]))) for i in range(n + 1)]
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):
        if lo[i] < lo[i - 1]:
            lo[i] = lo[i - 1]
        if lo[i] > hi[i - 1] + MAX_STEP:  # keep rows connected through the widest move
            lo[i] = hi[i - 1] + MAX_STEP if hi[i - 1] + MAX_STEP <= m else m
    for i in range(n - 1, -1, -1):
        if hi[i] > hi[i + 1]:
            hi[i] = hi[i + 1]
        if hi[i] < lo[i + 1] - MAX_STEP:
            hi[i] = lo[i + 1] - MAX_STEP
    for i in range(n + 1):
        if hi[i] < lo[i]:
            hi[i] = lo[i]
    return lo, hi
