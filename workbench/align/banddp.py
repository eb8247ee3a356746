"""The banded bead DP, vectorised with numpy: the same costs as ``dp.bead_cost``, one band row at a time.

Every bead cost of a block of band rows is computed at once (array arithmetic over the band); only the
recurrence itself runs row by row, as a handful of vector operations per row. The 0:1 move, which
depends on the cell to its left in the same row, is a prefix scan: with C the running sum of 0:1 costs,
D[j] = min_k<=j (base[k] - C[k]) + C[j]. Memory is O(rows x band width): one float64 value row per
source position plus a byte of back-pointer per cell.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

import numpy as np

from workbench.align.config import MAX_STEP, MOVES, AlignConfig
from workbench.align.dp import Overlap, Side, anchor_additive, crossing_cost, fit_gain, length_cost

CHUNK = 2048  # band rows whose bead costs are computed together; bounds the temporary arrays
_SKIP_S = MOVES.index((1, 0))
_SKIP_T = MOVES.index((0, 1))
# (rows back, columns back) of the 1:1 cells a bead of each shape covers, relative to its end cell
_CELLS = {mv: [(x, y) for x in range(mv[0]) for y in range(mv[1])] for mv in MOVES if mv[0] and mv[1]}
_SHIFTS = sorted({c for cells in _CELLS.values() for c in cells})
_PAD = MAX_STEP  # a move goes at most this many columns left of the column it ends in
# value rows kept: the widest move reaches MAX_STEP rows back; a power of two, so a row's slot is a mask
_KEEP = 1 << MAX_STEP.bit_length()


def _sim_grid(sims: Sequence[dict], lo: np.ndarray, width: int) -> np.ndarray:
    """X[i, k]: shared anchor weight of source sentence i-1 and target sentence lo[i]+k-1 (a 1:1 bead)."""
    n = len(sims)
    grid = np.zeros((n + 1, width))
    for s, row in enumerate(sims):
        if not row:
            continue
        base = int(lo[s + 1]) - 1
        g = grid[s + 1]
        for j, v in row.items():
            k = j - base
            if 0 <= k < width:
                g[k] = v
    return grid


def _shifted(grid: np.ndarray, lo: np.ndarray, rows: np.ndarray, cols: np.ndarray, x: int, y: int) -> np.ndarray:
    """grid at (i-x, j-y) for every band cell (i, j) of the block, 0 outside the band."""
    width = grid.shape[1]
    pi = rows - x
    ok_row = (pi >= 0) & (pi < grid.shape[0])
    pi_c = np.where(ok_row, pi, 0)
    k = cols - y - lo[pi_c][:, None]
    ok = ok_row[:, None] & (k >= 0) & (k < width)
    return np.where(ok, grid[pi_c[:, None], np.clip(k, 0, width - 1)], 0.0)


def _overcount(grids: tuple, lo: np.ndarray, rows: np.ndarray, cols: np.ndarray, a: int, b: int):
    """dp.overcount for every band cell as the end of an a:b bead: a cell (r, c) of an overlap grid holds
    the overlap of source r-1 and target c-1, so the pair (i0+x, j0+y) is at offset (a-1-x, b-1-y)."""
    ts, tt, q = grids
    c = 0.0
    for x in range(a - 1):
        for y in range(b):
            c = c + _shifted(ts, lo, rows, cols, a - 1 - x, b - 1 - y)
    for x in range(a):
        for y in range(b - 1):
            c = c + _shifted(tt, lo, rows, cols, a - 1 - x, b - 1 - y)
    for x in range(a - 1):
        for y in range(b - 1):
            c = c - 2.0 * _shifted(q, lo, rows, cols, a - 1 - x, b - 1 - y)
    return c


def _block_costs(cfg: AlignConfig, s: Side, t: Side, grid: np.ndarray, lo: np.ndarray, hi: np.ndarray, r0: int,
                 r1: int, width: int, m: int, over: tuple = ()) -> np.ndarray:
    """Cost of every move ending in every band cell of rows [r0, r1): shape (moves, rows, width); inf = no move."""
    inf = np.inf
    rows = np.arange(r0, r1)
    cols = lo[r0:r1, None] + np.arange(width)[None, :]  # target position j of each cell
    valid = cols <= hi[r0:r1, None]
    j = np.minimum(cols, m)
    cl_s, cl_t = np.asarray(s.cum_len, dtype=float), np.asarray(t.cum_len, dtype=float)
    cw_s, cw_t = np.asarray(s.cum_w, dtype=float), np.asarray(t.cum_w, dtype=float)
    cp_s, cp_t = np.asarray(s.cum_para, dtype=float), np.asarray(t.cum_para, dtype=float)
    pe_s, pe_t = np.asarray(s.para_end, dtype=bool), np.asarray(t.para_end, dtype=bool)
    notes = bool(s.cum_note and t.cum_note)
    cn_s = np.asarray(s.cum_note or [0] * len(s.cum_len), dtype=float)
    cn_t = np.asarray(t.cum_note or [0] * len(t.cum_len), dtype=float)
    cc_s = np.asarray(s.cum_polite or [0] * len(s.cum_len), dtype=float)
    cc_t = np.asarray(t.cum_polite or [0] * len(t.cum_len), dtype=float)
    cr_s = np.asarray(s.cum_report or [0] * len(s.cum_len), dtype=float)
    cr_t = np.asarray(t.cum_report or [0] * len(t.cum_len), dtype=float)
    cin_s = np.asarray(s.cum_intro or [0] * len(s.cum_len), dtype=float)
    cin_t = np.asarray(t.cum_intro or [0] * len(t.cum_len), dtype=float)
    salutes = bool(s.cum_salute and t.cum_salute)
    csa_s = np.asarray(s.cum_salute or [0] * len(s.cum_len), dtype=float)
    csa_t = np.asarray(t.cum_salute or [0] * len(t.cum_len), dtype=float)
    cgr_s = np.asarray(s.cum_greet or [0] * len(s.cum_len), dtype=float)
    cgr_t = np.asarray(t.cum_greet or [0] * len(t.cum_len), dtype=float)
    # greet flags per sentence, padded with a 0 on each end: sentence k is at k + 1
    gp_s, gp_t = (np.concatenate(([0.0], np.diff(cg), [0.0])) for cg in (cgr_s, cgr_t))
    cci_s = np.asarray(s.cum_cite or [0] * len(s.cum_len), dtype=float)
    cci_t = np.asarray(t.cum_cite or [0] * len(t.cum_len), dtype=float)
    # cite flags per sentence, padded like the greet flags: sentence k is at k + 1
    cp2_s, cp2_t = (np.concatenate(([0.0], np.diff(cc), [0.0])) for cc in (cci_s, cci_t))
    addresses = bool(s.cum_address and t.cum_address)
    cad_s = np.asarray(s.cum_address or [0] * len(s.cum_len), dtype=float)
    cad_t = np.asarray(t.cum_address or [0] * len(t.cum_len), dtype=float)
    headings = bool(s.cum_heading and t.cum_heading)
    ch_s = np.asarray(s.cum_heading or [0] * len(s.cum_len), dtype=float)
    ch_t = np.asarray(t.cum_heading or [0] * len(t.cum_len), dtype=float)
    kinds, anchors = cfg.kinds, cfg.anchors
    bonus = np.where(pe_s[rows][:, None] & pe_t[j], -kinds.para_bonus, 0.0)
    shifted = {c: _shifted(grid, lo, rows, cols, *c) for c in _SHIFTS}
    out = np.full((len(MOVES), r1 - r0, width), inf)
    i_col = rows[:, None]
    def link(a: int, b: int, ic: np.ndarray, jc: np.ndarray, cell) -> tuple:
        """(cost without the paragraph bonus, shared weight) of the a:b link beads ending at rows ``ic`` and
        target positions ``jc``; ``cell(x, y)``: the pair grid x rows and y columns back from those ends."""
        pr = cfg.priors.table[(a, b)]
        pj = np.maximum(jc - b, 0)
        pi = np.maximum(ic - a, 0)
        c = pr + length_cost(cfg, cl_s[ic] - cl_s[pi], cl_t[jc] - cl_t[pj])
        shared = sum(cell(*xy) for xy in _CELLS[(a, b)])
        if over and a + b > 2:
            shared = shared - _overcount(over, lo, rows, cols, a, b)
        tot = cw_s[ic] - cw_s[pi] + cw_t[jc] - cw_t[pj]
        c = c + anchor_additive(cfg, tot, shared, a, b)
        if a == 1 and b == 1 and s.cum_report and t.cum_report:
            both = (cr_s[ic] - cr_s[pi] == 1) & (cr_t[jc] - cr_t[pj] == 1)
            c = np.where(both, np.minimum(c, pr + kinds.report_pair), c)  # dp.bead_cost: whichever is cheaper
        cross = 0.0
        if a > 1:
            cross = cross + kinds.para_cross * (cp_s[np.maximum(ic - 1, 0)] - cp_s[pi])
        if b > 1:
            cross = cross + kinds.para_cross * (cp_t[np.maximum(jc - 1, 0)] - cp_t[pj])
        c = c + cross
        if a + b > 2 and kinds.polite_merge:
            ps, pt = cc_s[ic] - cc_s[pi], cc_t[jc] - cc_t[pj]
            c = c - np.where((ps > 0) & (pt > 0), kinds.polite_merge * (np.maximum(ps, pt) - 1), 0.0)
        if a == 1 and b == 1 and kinds.report_link:
            c = c + np.where(cr_s[ic] - cr_s[pi] != cr_t[jc] - cr_t[pj], kinds.report_link, 0.0)
        if headings:
            hs, ht = ch_s[ic] - ch_s[pi], ch_t[jc] - ch_t[pj]
            lone = ((hs == a) & (ht == 0)) | ((ht == b) & (hs == 0))
            c = c + np.where(lone, kinds.heading_link, 0.0)
            c = c + kinds.heading_merge * (((hs > 0) & (hs < a)).astype(float) + ((ht > 0) & (ht < b)).astype(float))
            if kinds.heading_cross and a + b > 2:  # dp.bead_cost: a headline merged across its paragraph end
                xs = (hs > 0) & (hs < a) & (ht == 0) & (cp_s[np.maximum(ic - 1, 0)] > cp_s[pi])
                xt = (ht > 0) & (ht < b) & (hs == 0) & (cp_t[np.maximum(jc - 1, 0)] > cp_t[pj])
                c = c + kinds.heading_cross * (xs.astype(float) + xt.astype(float))
        if salutes:  # dp.lone_salutation, both ways
            lone = (((csa_s[ic] > csa_s[pi]) & (cgr_t[jc] == cgr_t[pj])).astype(float)
                    + ((csa_t[jc] > csa_t[pj]) & (cgr_s[ic] == cgr_s[pi])).astype(float))
            c = c + kinds.salutation_link * lone
        if addresses:  # dp.lone_address, both ways, or address_alone where the other side holds none at all
            none_s = (cad_s[ic] == cad_s[pi]) & (ch_s[ic] == ch_s[pi])
            none_t = (cad_t[jc] == cad_t[pj]) & (ch_t[jc] == ch_t[pj])
            for lines, none, other in ((cad_s[ic] - cad_s[pi], none_t, cad_t), (cad_t[jc] - cad_t[pj], none_s, cad_s)):
                c = c + (kinds.address_alone * lines if not other[-1] else kinds.address_link * ((lines > 0) & none))
        if notes:
            ns, nt = cn_s[ic] - cn_s[pi], cn_t[jc] - cn_t[pj]
            c = c + kinds.note_link * np.abs(ns - nt)
            if a == b:
                c = np.where((ns == a) & (nt == b), np.minimum(c, kinds.note_pair + cross), c)
        return c, shared

    def here(x: int, y: int) -> np.ndarray:
        return shifted[(x, y)]

    for mi, (a, b) in enumerate(MOVES):
        pr = cfg.priors.table[(a, b)]
        ok = valid & (i_col >= a) & (j >= b)
        pj = np.maximum(j - b, 0)
        pi = np.maximum(i_col - a, 0)
        if a == 0 or b == 0:
            cl, k1, k0 = (cl_t, j, pj) if a == 0 else (cl_s, i_col, pi)
            c = pr - np.where(cl[k1] - cl[k0] < kinds.short_len, kinds.short_bonus, 0.0)
            if anchors.skip_shared:
                # the skipped sentence against its neighbours on the other side (dp.skip_neighbours):
                # grid[i, j] is source i-1 with target j-1
                near = np.maximum(shifted[(0, 0)], _shifted(grid, lo, rows, cols, -1, 0) if a == 0
                                  else _shifted(grid, lo, rows, cols, 0, -1))
                c = c + anchors.skip_shared * np.minimum(near, anchors.skip_shared_cap)
            cc = cc_t if a == 0 else cc_s
            c = c - np.where(cc[k1] - cc[k0] == a + b, kinds.polite_bonus, 0.0)
            if salutes and kinds.salutation_skip:  # dp.greeting_beside: sentence k of the other side is gp[k + 1]
                csa = csa_t if a == 0 else csa_s
                gp, k = (gp_s, i_col) if a == 0 else (gp_t, j)
                beside = (gp[k] + gp[np.minimum(k + 1, len(gp) - 1)]) > 0
                c = c + np.where((csa[k1] > csa[k0]) & beside, kinds.salutation_skip, 0.0)
            cr = cr_t if a == 0 else cr_s
            cp2, kk = (cp2_s, i_col) if a == 0 else (cp2_t, j)  # dp.cite_beside
            cited = (cp2[kk] + cp2[np.minimum(kk + 1, len(cp2) - 1)]) > 0
            c = np.where((cr[k1] - cr[k0] == a + b) & ~cited, np.minimum(c, kinds.report_skip), c)
            if kinds.fit_gain:
                c = c + _skip_fit(cfg, (cl_s, pe_s, ch_s, csa_s, cr_s, cin_s), (cl_t, pe_t, ch_t, csa_t, cr_t, cin_t),
                                  i_col, j, a, cited)
            if addresses:  # dp.alone_address
                cad, other = (cad_t, cad_s) if a == 0 else (cad_s, cad_t)
                if not other[-1]:
                    c = np.where(cad[k1] - cad[k0] == a + b, np.minimum(c, kinds.address_skip), c)
            cn = cn_t if a == 0 else cn_s
            if (s.cum_note if a else t.cum_note):
                c = np.where(cn[k1] - cn[k0] == a + b, kinds.note_skip, c)
            c = np.broadcast_to(c, ok.shape)
        else:
            c, shared = link(a, b, i_col, j, here)
            if (a, b) == (2, 2):
                # dp.crossing: the straight pairs are cells (1, 1) and (0, 0) back, the crossing ones (1, 0)
                # and (0, 1); a crossing 2:2 costs its two straight 1:1 beads (dp.crossing_cost)
                d1, d2 = shifted[(1, 1)], shifted[(0, 0)]
                crossed = (np.minimum(np.minimum(shifted[(1, 0)], shifted[(0, 1)]), np.maximum(d1, d2))
                           - np.minimum(d1, d2)) >= cfg.priors.cross_min
                if crossed.any():
                    crossed = crossed & _moved_source(s, t, cr_s, cr_t, i_col, j)
                if crossed.any():
                    im, jm = np.maximum(i_col - 1, 0), np.maximum(j - 1, 0)
                    first, _ = link(1, 1, im, jm, lambda x, y: shifted[(x + 1, y + 1)])
                    first = first + np.where(pe_s[im] & pe_t[jm], -kinds.para_bonus, 0.0)
                    second, _ = link(1, 1, i_col, j, here)
                    c = np.where(crossed, first + second + crossing_cost(cfg, shared - d1 - d2), c)
        out[mi] = np.where(ok, c + bonus, inf)
    return out


def _moved_source(s: Side, t: Side, cr_s: np.ndarray, cr_t: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """dp.moved_source of the 2:2 beads ending at rows ``i`` and target positions ``j``: a news-source line on one
    side, a sentence saying where the news came from across from it on the other."""
    if not (s.cum_report and t.cum_report and s.cum_source and t.cum_source):
        return np.zeros(np.broadcast(i, j).shape, dtype=bool)
    cso_s, cso_t = np.asarray(s.cum_source, dtype=float), np.asarray(t.cum_source, dtype=float)

    def holds(cum: np.ndarray, k: np.ndarray) -> np.ndarray:  # sentence k (clipped into the side) is of the kind
        k = np.clip(k, 0, len(cum) - 2)
        return cum[k + 1] > cum[k]

    # across, not straight (dp.moved_source): the bead holds sentences i-2, i-1 and j-2, j-1
    return ((holds(cr_s, i - 2) & holds(cso_t, j - 1)) | (holds(cr_s, i - 1) & holds(cso_t, j - 2))
            | (holds(cr_t, j - 2) & holds(cso_s, i - 1)) | (holds(cr_t, j - 1) & holds(cso_s, i - 2)))


def _skip_fit(cfg: AlignConfig, s: tuple, t: tuple, i: np.ndarray, j: np.ndarray, a: int, cited: np.ndarray):
    """dp.skip_fit of the 1:0 (a=1) or 0:1 beads ending at rows ``i`` and target positions ``j``; ``s``, ``t``:
    each side's (lengths, paragraph ends, headings, salutations, news-source lines, quote introducers), as prefix
    arrays;
    ``cited``: dp.cite_beside of those beads."""
    kinds = cfg.kinds
    (cl_x, pe_x, ch_x, csa_x, cr_x, cin_x), (cl_y, *_), k, yk = (s, t, i - 1, j) if a else (t, s, j - 1, i)
    lx, ly = np.diff(cl_x), np.diff(cl_y)
    nx, ny = len(lx), len(ly)
    if not nx or not ny:
        return 0.0
    kc = np.clip(k, 0, nx - 1)
    piece = lx[kc]
    report = (cr_x[kc + 1] - cr_x[kc]) > 0
    best = np.zeros(np.broadcast(k, yk).shape)
    for dx, dy, brk in ((-1, -1, pe_x[kc]), (1, 0, pe_x[kc + 1])):
        xn, yn = k + dx, yk + dy
        ok = (xn >= 0) & (xn < nx) & (yn >= 0) & (yn < ny) & (k >= 0) & (k < nx) & (report | ~brk)
        if not ok.any():
            continue
        g = fit_gain(cfg, piece, lx[np.clip(xn, 0, nx - 1)], ly[np.clip(yn, 0, ny - 1)], bool(a))
        best = np.maximum(best, np.where(ok, g, 0.0))
    lone = ((piece >= kinds.short_len) & (piece < kinds.fit_len) & (ch_x[kc + 1] == ch_x[kc])
            & (csa_x[kc + 1] == csa_x[kc]) & ((cin_x[kc + 1] == cin_x[kc]) | cited))
    return np.where(lone, kinds.fit_gain * np.minimum(best, kinds.fit_cap), 0.0)


def _band(s: Side, t: Side, sims: Sequence[dict], lo_list: list[int], hi_list: list[int], ov: Optional[Overlap]):
    """(n, m, lo, hi, width, pair grid, overlap grids) of a band: what run_dp and cost_table both start from."""
    n, m = len(s.cum_len) - 1, len(t.cum_len) - 1
    lo = np.asarray(lo_list, dtype=np.int64)
    hi = np.asarray(hi_list, dtype=np.int64)
    width = int((hi - lo).max()) + 1
    grid = _sim_grid(sims, lo, width)
    over = () if ov is None else tuple(_sim_grid(list(rows) + [{}] * (n - len(rows)), lo, width)
                                       for rows in (ov.ts, ov.tt, ov.q))
    return n, m, lo, hi, width, grid, over


def run_dp(cfg: AlignConfig, s: Side, t: Side, sims: Sequence[dict], lo_list: list[int], hi_list: list[int],
           ov: Optional[Overlap] = None):
    """Best path inside the band: a list of (i0, j0, a, b) beads and whether it touched the band edge."""
    n, m, lo, hi, width, grid, over = _band(s, t, sims, lo_list, hi_list, ov)
    inf = np.inf
    # the last _KEEP value rows, padded with inf on both sides, so that a move's source cells are
    # one plain slice (a larger shift than the band's width reaches nothing)
    vals = np.full((_KEEP, _PAD + width + width), inf)
    back = np.zeros((n + 1, width), dtype=np.uint8)
    ar = np.arange(width)
    down = [(mi, a, b) for mi, (a, b) in enumerate(MOVES) if a > 0]
    cand = np.empty((len(down), width))
    down_moves = np.asarray([mv for mv, _, _ in down], dtype=np.uint8)
    for r0 in range(0, n + 1, CHUNK):
        r1 = min(n + 1, r0 + CHUNK)
        costs = _block_costs(cfg, s, t, grid, lo, hi, r0, r1, width, m, over)
        for i in range(r0, r1):
            li = lo[i]
            cost = costs[:, i - r0]
            for x, (mi, a, b) in enumerate(down):
                off = li - lo[i - a] - b if i >= a else width
                if off >= width:
                    cand[x] = inf
                else:
                    start = _PAD + off
                    np.add(vals[(i - a) & (_KEEP - 1), start:start + width], cost[mi], out=cand[x])
            if i == 0:
                cand[:] = inf
                cand[0, 0] = 0.0  # the empty alignment; its move index is never followed
            pick = cand.argmin(axis=0)
            base = cand[pick, ar]
            # 0:1 costs are infinite only in column j = 0 (always first) and past the band's end
            # (masked below), so treating them as 0 cannot change a valid cell
            c01 = cost[_SKIP_T]
            run = np.cumsum(np.where(c01 < inf, c01, 0.0))
            shifted = base - run
            best = np.minimum.accumulate(shifted)
            from_left = best < shifted
            row = np.where(from_left, best + run, base)
            bm = np.where(from_left, _SKIP_T, down_moves[pick])
            row = np.where(ar <= hi[i] - li, row, inf)
            vals[i & (_KEEP - 1), _PAD:_PAD + width] = row
            back[i] = np.where(np.isfinite(row), bm, 255)
        del costs
    back[0, 0] = 255
    return _trace(back, lo, hi, n, m)


def cost_table(cfg: AlignConfig, s: Side, t: Side, sims: Sequence[dict], lo_list: list[int], hi_list: list[int],
               ov: Optional[Overlap] = None) -> Callable[[int, int, int, int], Optional[float]]:
    """Every bead cost ending inside the band at once (float32), as a lookup ``(i0, j0, a, b) -> cost``
    that answers None outside the band: the confidence scorer asks for ~12 alternatives per bead,
    which one call per bead to dp.bead_cost made the slowest part of a long alignment."""
    n, m, lo, hi, width, grid, over = _band(s, t, sims, lo_list, hi_list, ov)
    table = np.empty((len(MOVES), n + 1, width), dtype=np.float32)
    for r0 in range(0, n + 1, CHUNK):
        r1 = min(n + 1, r0 + CHUNK)
        table[:, r0:r1] = _block_costs(cfg, s, t, grid, lo, hi, r0, r1, width, m, over)
    move = {mv: k for k, mv in enumerate(MOVES)}
    lo_l, hi_l = lo.tolist(), hi.tolist()

    def lookup(i0: int, j0: int, a: int, b: int) -> Optional[float]:
        r, c = i0 + a, j0 + b
        if r > n or c > hi_l[r] or c < lo_l[r]:
            return None
        v = float(table[move[(a, b)], r, c - lo_l[r]])
        return v if v != np.inf else None

    return lookup


def _trace(back: np.ndarray, lo: np.ndarray, hi: np.ndarray, n: int, m: int):
    path = []
    i, j = n, m
    touched = False
    lo_l, hi_l = lo.tolist(), hi.tolist()
    while i > 0 or j > 0:
        mi = int(back[i, j - lo_l[i]])
        if mi == 255:
            raise RuntimeError("alignment band is disconnected")
        a, b = MOVES[mi]
        if (j - lo_l[i] < 1 and lo_l[i] > 0) or (hi_l[i] - j < 1 and hi_l[i] < m):
            touched = True
        i, j = i - a, j - b
        path.append((i, j, a, b))
    path.reverse()
    return path, touched
