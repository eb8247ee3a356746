"""Band-limited dynamic programming over beads (0:1 ... 3:1) between two runs of sentences.

Memory and time are linear in the text length: each source position keeps only a band of target
positions around a guide path (proportional character offsets), and the band is widened and the DP
redone where the best path runs along its edge. Pure Python: lists of floats and a bytearray of
back-pointers per row.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

# (source sentences, target sentences) per bead shape, and the prior cost (-log P) of each shape.
MOVES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))


@dataclass
class Params:
    """Costs are in nats-like units: lower is better."""

    prior: dict = field(default_factory=lambda: {
        (1, 1): 0.0, (1, 0): 3.6, (0, 1): 3.6, (2, 1): 2.6, (1, 2): 2.6, (2, 2): 5.5, (3, 1): 5.0, (1, 3): 5.0})
    ratio: float = 1.0  # expected target chars per source char
    var: float = 6.8  # Gale-Church variance per character
    sim_weight: float = 7.0  # cost of a bead whose two sides share none of many anchors
    sim_evidence: float = 3.0  # anchor weight at which the anchors are half trusted
    sim_size_exp: float = 0.5  # 1: the anchor term counts per sentence, 0: per bead
    sim_target: float = 1.0  # the Dice of anchors below which a bead is penalised, above which rewarded
    skip_per_key: float = 0.0  # a dropped sentence that carries anchors is less likely dropped
    para_cross: float = 1.5  # a multi-sentence side spanning a paragraph break
    para_bonus: float = 0.8  # both sides end a paragraph with this bead
    len_cap: float = 30.0
    short_len: int = 25  # greetings and thanks ("Thank you.", "Dear friends!") are what translators drop
    short_bonus: float = 1.0


@dataclass
class Side:
    """Per-sentence data for one side of a run: prefix sums make any bead's totals O(1)."""

    cum_len: list  # cum_len[i] = chars of sentences [0, i)
    cum_w: list  # cum_w[i] = anchor weight of sentences [0, i)
    para_end: list  # para_end[i]: a paragraph ends before sentence i (i in 0..n)
    cum_para: list  # cum_para[i] = number of paragraph ends at positions 1..i


def make_side(lengths: Sequence[int], weights: Sequence[float], para_end: Sequence[bool]) -> Side:
    cl, cw, cp = [0], [0.0], [0]
    for n, w in zip(lengths, weights):
        cl.append(cl[-1] + n)
        cw.append(cw[-1] + w)
    for i in range(1, len(lengths) + 1):
        cp.append(cp[-1] + (1 if para_end[i] else 0))
    return Side(cl, cw, list(para_end), cp)


def bead_cost(p: Params, s: Side, t: Side, sims: Sequence[dict], i0: int, j0: int, a: int, b: int) -> float:
    """Cost of the bead taking source [i0, i0+a) and target [j0, j0+b). Mirrors the DP's inline code."""
    i1, j1 = i0 + a, j0 + b
    if a == 0 or b == 0:
        side, k0, k1 = (s, i0, i1) if a else (t, j0, j1)
        c = p.prior[(a, b)] + p.skip_per_key * (side.cum_w[k1] - side.cum_w[k0])
        if side.cum_len[k1] - side.cum_len[k0] < p.short_len:
            c -= p.short_bonus
        return c + (-p.para_bonus if s.para_end[i1] and t.para_end[j1] else 0.0)
    ls = s.cum_len[i1] - s.cum_len[i0]
    lt = t.cum_len[j1] - t.cum_len[j0]
    mean = (ls * p.ratio + lt) * 0.5 + 1.0
    d = (lt - ls * p.ratio) / math.sqrt(p.var * mean)
    c = min(d * d * 0.5, p.len_cap) + p.prior[(a, b)]
    shared = 0.0
    for ii in range(i0, i1):
        row = sims[ii]
        if row:
            for jj in range(j0, j1):
                shared += row.get(jj, 0.0)
    tot = s.cum_w[i1] - s.cum_w[i0] + t.cum_w[j1] - t.cum_w[j0]
    if tot > 0:
        # (1 - Dice) of the anchors, trusted in proportion to how many anchors there are to compare
        # per sentence, so that merging two weak 1:1 beads into a 2:2 saves nothing
        c += p.sim_weight * ((a + b) * 0.5) ** p.sim_size_exp * (p.sim_target * tot - 2.0 * shared) / (tot + p.sim_evidence)
    c += para_terms(p, s, t, i0, j0, a, b)
    return c


def para_terms(p: Params, s: Side, t: Side, i0: int, j0: int, a: int, b: int) -> float:
    i1, j1 = i0 + a, j0 + b
    c = 0.0
    if a > 1:
        c += p.para_cross * (s.cum_para[i1 - 1] - s.cum_para[i0])
    if b > 1:
        c += p.para_cross * (t.cum_para[j1 - 1] - t.cum_para[j0])
    if s.para_end[i1] and t.para_end[j1]:
        c -= p.para_bonus
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
        if lo[i] > hi[i - 1] + 3:  # keep rows connected through the widest move
            lo[i] = hi[i - 1] + 3 if hi[i - 1] + 3 <= m else m
    for i in range(n - 1, -1, -1):
        if hi[i] > hi[i + 1]:
            hi[i] = hi[i + 1]
        if hi[i] < lo[i + 1] - 3:
            hi[i] = lo[i + 1] - 3
    for i in range(n + 1):
        if hi[i] < lo[i]:
            hi[i] = lo[i]
    return lo, hi


def run_dp(p: Params, s: Side, t: Side, sims: Sequence[dict], lo: list[int], hi: list[int]):
    """Best path inside the band: a list of (i0, j0, a, b) beads and whether it touched the band edge."""
    n, m = len(s.cum_len) - 1, len(t.cum_len) - 1
    inf = float("inf")
    prior = p.prior
    cl_s, cl_t, cw_s, cw_t = s.cum_len, t.cum_len, s.cum_w, t.cum_w
    pe_s, pe_t, cp_s, cp_t = s.para_end, t.para_end, s.cum_para, t.cum_para
    ratio, var, cap, simw, skipk = p.ratio, p.var, p.len_cap, p.sim_weight, p.skip_per_key
    simk, simt = p.sim_evidence, p.sim_target
    short, shortb = p.short_len, p.short_bonus
    sizef = [((a + b) * 0.5) ** p.sim_size_exp for a, b in MOVES]
    pcross, pbonus = p.para_cross, p.para_bonus
    sqrt = math.sqrt
    moves = [(a, b, prior[(a, b)]) for a, b in MOVES]
    rows: list[list[float]] = []
    backs: list[bytearray] = []
    for i in range(n + 1):
        l0, h0 = lo[i], hi[i]
        row = [inf] * (h0 - l0 + 1)
        back = bytearray(h0 - l0 + 1)
        for j in range(l0, h0 + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                back[0] = 255
                continue
            best, bm = inf, 255
            for mi, (a, b, pr) in enumerate(moves):
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                if pi == i:
                    plo = l0
                    prow = row
                else:
                    plo = lo[pi]
                    if pj < plo or pj > hi[pi]:
                        continue
                    prow = rows[pi]
                prev = prow[pj - plo]
                if prev == inf:
                    continue
                if a == 0:
                    c = prev + pr + skipk * (cw_t[j] - cw_t[pj])
                    if cl_t[j] - cl_t[pj] < short:
                        c -= shortb
                elif b == 0:
                    c = prev + pr + skipk * (cw_s[i] - cw_s[pi])
                    if cl_s[i] - cl_s[pi] < short:
                        c -= shortb
                else:
                    ls = cl_s[i] - cl_s[pi]
                    lt = cl_t[j] - cl_t[pj]
                    d = lt - ls * ratio
                    d = d * d / (var * ((ls * ratio + lt) + 2.0))
                    c = prev + pr + (d if d < cap else cap)
                    shared = 0.0
                    for ii in range(pi, i):
                        srow = sims[ii]
                        if srow:
                            for jj in range(pj, j):
                                v = srow.get(jj)
                                if v:
                                    shared += v
                    tot = cw_s[i] - cw_s[pi] + cw_t[j] - cw_t[pj]
                    if tot > 0:
                        c += simw * sizef[mi] * (simt * tot - 2.0 * shared) / (tot + simk)
                    if a > 1 and cp_s[i - 1] != cp_s[pi]:
                        c += pcross * (cp_s[i - 1] - cp_s[pi])
                    if b > 1 and cp_t[j - 1] != cp_t[pj]:
                        c += pcross * (cp_t[j - 1] - cp_t[pj])
                if pe_s[i] and pe_t[j]:
                    c -= pbonus
                if c < best:
                    best, bm = c, mi
            row[j - l0] = best
            back[j - l0] = bm
        rows.append(row)
        backs.append(back)
        if i >= 3:
            rows[i - 3] = None  # type: ignore[call-overload]  # only three rows back are needed
    path = []
    i, j = n, m
    touched = False
    while i > 0 or j > 0:
        mi = backs[i][j - lo[i]]
        if mi == 255:
            raise RuntimeError("alignment band is disconnected")
        a, b = MOVES[mi]
        if (j - lo[i] < 1 and lo[i] > 0) or (hi[i] - j < 1 and hi[i] < m):
            touched = True
        i, j = i - a, j - b
        path.append((i, j, a, b))
    path.reverse()
    return path, touched
