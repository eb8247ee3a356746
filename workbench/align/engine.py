"""The two-pass aligner over flat sentence lists: anchors -> banded DP -> IBM Model 1 -> DP again.

Hard cuts (agreed section/turn boundaries, confirmed beads) split the texts into runs aligned
independently; paragraph ends are soft boundaries inside a run.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Optional, Sequence

from workbench.align import banddp, confidence, dp
from workbench.align.anchors import scale_common_keys, texts_keys
from workbench.align.kinds import is_courtesy, is_note, is_reporting
from workbench.align.lexicon import ConceptIndex, learn_lexicon

FULL_DP = 250  # runs up to this many sentences a side get an unbanded DP
BAND = 32  # half-width around the character-offset guide
NARROW_BAND = 8  # half-width around the first pass's path
CONFIDENT_SIM = 0.3
PRIOR_WEIGHT = 30
LEXICON_PAIRS = 1000  # confident beads IBM Model 1 learns from, at most
COARSE_MIN = 3000  # longer runs get their band from an alignment of sentence blocks first
COARSE_K = 8  # sentences per block
FINE_BAND = 3 * COARSE_K
MAX_BAND = 256
SCORE_BAND = 4  # half-width of the band of bead costs the confidence scorer reads
# estimated from the surest 1:1 beads only, the variance is too tight for merges and splits, whose
# translations add or drop linking words
VAR_FLOOR = 2.0


@dataclass
class RawBead:
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    sim: float  # shared anchor weight / total anchor weight of the bead, in [0, 1]
    score: float = 1.0  # confidence that the bead is right (confidence.py), set on the final pass


def _keys(sents: Sequence[str], lang: str, concepts: ConceptIndex) -> list[dict]:
    fn = concepts.keys if concepts.size else None
    return texts_keys(sents, lang, fn)


def _sims(src_keys: Sequence[dict], tgt_keys: Sequence[dict], lo: list[int], hi: list[int],
          s0: int, t0: int) -> list[dict]:
    """Shared anchor weight of source/target sentence pairs inside the band (sparse rows)."""
    postings: dict = {}
    for j, keys in enumerate(tgt_keys):
        for k in keys:
            postings.setdefault(k, []).append(j)
    left, right = bisect.bisect_left, bisect.bisect_right
    n = len(src_keys)
    out: list[dict] = []
    for i, keys in enumerate(src_keys):
        a = max(0, lo[i] - 3)
        b = hi[min(n, i + 3)] + 3
        row: dict = {}
        get = row.get
        for k, w in keys.items():
            plist = postings.get(k)
            if not plist:
                continue
            wt = min(w, tgt_keys[plist[0]][k])
            # the postings inside the band's window, found by bisection on both ends
            for j in plist[left(plist, a):right(plist, b)]:
                row[j] = get(j, 0.0) + wt
        out.append(row)
    return out


def _overlap(sims: Sequence[dict], src_keys: Sequence[dict], tgt_keys: Sequence[dict]) -> dp.Overlap:
    """dp.Overlap over the cells where ``sims`` is non-zero: a key shared by neighbouring sentences that
    matches the other side is a key the pair shares, so no other cell can hold one."""
    src_over, tgt_over = dp.adjacent_overlaps(src_keys), dp.adjacent_overlaps(tgt_keys)
    ns, nt = len(src_over), len(tgt_over)
    ts: list[dict] = []
    tt: list[dict] = []
    q: list[dict] = []
    for i, row in enumerate(sims):
        so = src_over[i] if i < ns else None
        sk = src_keys[i]
        r_ts: dict = {}
        r_tt: dict = {}
        r_q: dict = {}
        for j in row:
            if so:
                tk = tgt_keys[j]
                v = sum(min(w, tk[k]) for k, w in so.items() if k in tk)
                if v:
                    r_ts[j] = v
                    to = tgt_over[j] if j < nt else None
                    if to:
                        v = sum(min(w, to[k]) for k, w in so.items() if k in to)
                        if v:
                            r_q[j] = v
            to = tgt_over[j] if j < nt else None
            if to:
                v = sum(min(w, sk[k]) for k, w in to.items() if k in sk)
                if v:
                    r_tt[j] = v
        ts.append(r_ts)
        tt.append(r_tt)
        q.append(r_q)
    return dp.Overlap(ts, tt, q)


def align_run(params: dp.Params, src_keys: Sequence[dict], tgt_keys: Sequence[dict], src_len: Sequence[int],
              tgt_len: Sequence[int], src_para: Sequence[bool], tgt_para: Sequence[bool],
              center: Optional[Sequence[float]] = None, coarse: bool = True,
              notes: tuple[Optional[Sequence[bool]], Optional[Sequence[bool]]] = (None, None),
              polite: tuple[Optional[Sequence[bool]], Optional[Sequence[bool]]] = (None, None),
              report: tuple[Optional[Sequence[bool]], Optional[Sequence[bool]]] = (None, None),
              exact_merges: bool = True) -> tuple[list[RawBead], list[dict], Optional[dp.Overlap]]:
    """Align one run; indices in the result are local to the run. ``*_para[i]``: a paragraph ends before i.
    ``center``: the expected target position of each source position (a previous pass's path), which
    lets the band be narrow; without it the band follows character offsets and starts wide.
    ``notes``: which source / target sentences are editorial notes (kinds.py); ``polite``: courtesy formulas;
    ``report``: news-source sentences. ``exact_merges``: count anchors repeated inside a merge once
    (dp.Overlap); a rough first pass over a long text can do without. Returns the beads and the band's
    pair similarities and overlaps, which hold every cell near the path (the confidence scorer's)."""
    n, m = len(src_keys), len(tgt_keys)
    if n == 0 or m == 0:
        return ([RawBead((i,), (), 0.0) for i in range(n)] + [RawBead((), (j,), 0.0) for j in range(m)],
                [{} for _ in range(n)], None)
    s = dp.make_side(src_len, [sum(k.values()) for k in src_keys], src_para, notes[0], polite[0], report[0])
    t = dp.make_side(tgt_len, [sum(k.values()) for k in tgt_keys], tgt_para, notes[1], polite[1], report[1])
    width = max(n, m) + 3 if max(n, m) <= FULL_DP else (BAND if center is None else NARROW_BAND)
    if center is None and coarse and max(n, m) > COARSE_MIN:
        center = _coarse_centre(params, src_keys, tgt_keys, src_len, tgt_len)
        width = FINE_BAND
    if center is None:
        center = dp.guide(s, t)
    while True:
        lo, hi = dp.bands(center, m, [width] * (n + 1))
        sims = _sims(src_keys, tgt_keys, lo, hi, 0, 0)
        ov = _overlap(sims, src_keys, tgt_keys) if exact_merges else None
        path, touched = banddp.run_dp(params, s, t, sims, lo, hi, ov)
        if not touched or width >= max(n, m) + 3 or width >= MAX_BAND:
            # past MAX_BAND the path is kept as it is: memory stays linear whatever the input
            break
        width *= 2
    out = []
    for i0, j0, a, b in path:
        shared = dp.bead_shared(sims, ov, i0, j0, a, b) if a and b else 0.0
        tot = s.cum_w[i0 + a] - s.cum_w[i0] + t.cum_w[j0 + b] - t.cum_w[j0]
        out.append(RawBead(tuple(range(i0, i0 + a)), tuple(range(j0, j0 + b)),
                           2.0 * shared / tot if tot else 0.0))
    return out, sims, ov


def _blocks(keys: Sequence[dict], lens: Sequence[int], bounds: Sequence[int]) -> tuple[list[dict], list[int]]:
    bk, bl = [], []
    for x0, x1 in zip(bounds, bounds[1:]):
        merged: dict = {}
        for k in keys[x0:x1]:
            for key, w in k.items():
                merged[key] = merged.get(key, 0.0) + w
        bk.append(merged)
        bl.append(sum(lens[x0:x1]))
    return bk, bl


def _coarse_centre(params: dp.Params, src_keys: Sequence[dict], tgt_keys: Sequence[dict], src_len: Sequence[int],
                   tgt_len: Sequence[int]) -> list[float]:
    """Expected target position per source position from aligning blocks of COARSE_K sentences.

    A long text drifts from the character-offset diagonal by more than any affordable band (a
    dropped paragraph, a run of merges); blocks see the same drift in a K times smaller problem, and
    the sentence band then only has to cover the error of one block."""
    n, m = len(src_keys), len(tgt_keys)
    nb = -(-n // COARSE_K)
    mb = max(1, round(m / COARSE_K))
    sb = [min(n, b * COARSE_K) for b in range(nb + 1)]
    tb = [round(c * m / mb) for c in range(mb + 1)]
    sk, sl = _blocks(src_keys, src_len, sb)
    tk, tl = _blocks(tgt_keys, tgt_len, tb)
    # one level only: blocks of blocks are too alike in length and anchors to place anything
    beads, _, _ = align_run(params, sk, tk, sl, tl, [False] * nb + [True], [False] * mb + [True], coarse=False,
                            exact_merges=False)
    points = [(0, 0.0)]
    for b in beads:
        i1 = sb[b.src[-1] + 1] if b.src else points[-1][0]
        j1 = float(tb[b.tgt[-1] + 1]) if b.tgt else points[-1][1]
        if b.src:
            points.append((i1, j1))
        else:
            points[-1] = (points[-1][0], (points[-1][1] + j1) / 2)
    out = [0.0] * (n + 1)
    for (i0, j0), (i1, j1) in zip(points, points[1:]):
        for i in range(i0, i1 + 1):
            out[i] = j0 + (j1 - j0) * (i - i0) / (i1 - i0)
    return out


def _estimate_length_model(beads: Sequence[RawBead], src_len: Sequence[int], tgt_len: Sequence[int],
                           params: dp.Params) -> None:
    """Median ratio and a robust variance from the confident 1:1 beads of a first pass."""
    ratios, pairs = [], []
    for b in beads:
        if len(b.src) == 1 and len(b.tgt) == 1 and b.sim >= CONFIDENT_SIM:
            ls, lt = src_len[b.src[0]], tgt_len[b.tgt[0]]
            if ls >= 10 and lt >= 10:
                ratios.append(lt / ls)
                pairs.append((ls, lt))
    if len(ratios) < 8:
        return
    ratios.sort()
    r = ratios[len(ratios) // 2]
    devs = sorted(((lt - ls * r) ** 2) / ((ls * r + lt) / 2) for ls, lt in pairs)
    # the median of a chi-square(1) variable is 0.455 times its variance
    var = devs[len(devs) // 2] / 0.455
    params.ratio = r
    params.var = min(max(var, VAR_FLOOR), 40.0)


def align_flat(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str, *,
               src_para: Optional[Sequence[bool]] = None, tgt_para: Optional[Sequence[bool]] = None,
               cuts: Sequence[tuple[int, int]] = (), lexicon: Optional[dict] = None,
               params: Optional[dp.Params] = None,
               fixed: Sequence[tuple[tuple[int, ...], tuple[int, ...]]] = ()) -> list[RawBead]:
    """Align whole texts. ``cuts``: (i, j) pairs where both texts must be split (sorted, monotone);
    ``fixed``: beads kept as they are (their edges must be among the cuts).
    ``*_para`` has len+1 entries: True where a paragraph ends before that sentence."""
    params = params or dp.Params()
    n, m = len(src), len(tgt)
    src_para = list(src_para) if src_para is not None else [False] * (n + 1)
    tgt_para = list(tgt_para) if tgt_para is not None else [False] * (m + 1)
    src_len = [len(x) for x in src]
    tgt_len = [len(x) for x in tgt]
    src_note = [is_note(x) for x in src]
    tgt_note = [is_note(x) for x in tgt]
    src_polite = [is_courtesy(x, src_lang) for x in src]
    tgt_polite = [is_courtesy(x, tgt_lang) for x in tgt]
    src_report = [is_reporting(x) for x in src]
    tgt_report = [is_reporting(x) for x in tgt]
    tot_s, tot_t = sum(src_len), sum(tgt_len)
    if tot_s and tot_t:
        # official translations run close to 1:1 in characters; a short text's own ratio is
        # skewed by whatever one side added (a reporting sentence), so it only slowly outweighs 1.0
        weight = min(n, m) / (min(n, m) + PRIOR_WEIGHT)
        params.ratio = math.exp(weight * math.log(tot_t / tot_s))
    concepts = ConceptIndex.seeded(src_lang, tgt_lang)
    concepts.add_lexicon(lexicon)

    fixed_at = {}
    for fs, ft in fixed:
        i0 = fs[0] if fs else None
        j0 = ft[0] if ft else None
        if i0 is None or j0 is None:
            continue
        fixed_at[(i0, j0)] = (fs[-1] + 1, ft[-1] + 1)

    def one_pass(path: Optional[list[float]] = None) -> tuple[list[RawBead], list[dict], list[dict], tuple]:
        sk, tk = scale_common_keys(_keys(src, src_lang, concepts), _keys(tgt, tgt_lang, concepts),
                                   params.idf_df, params.idf_exp)
        beads: list[RawBead] = []
        # the runs' similarities and overlaps in whole-text indices (rows of a cut-off run stay empty)
        band: tuple[list[dict], ...] = tuple([{} for _ in range(n)] for _ in range(4))
        bounds = [(0, 0)] + [c for c in cuts if 0 <= c[0] <= n and 0 <= c[1] <= m] + [(n, m)]
        for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
            if i1 < i0 or j1 < j0:
                continue
            if (i0, j0) in fixed_at and fixed_at[(i0, j0)] == (i1, j1):
                fs, ft = tuple(range(i0, i1)), tuple(range(j0, j1))
                beads.append(RawBead(fs, ft, 1.0))
                continue
            sp = [False] + src_para[i0 + 1:i1] + [True]
            tp = [False] + tgt_para[j0 + 1:j1] + [True]
            center = None if path is None else [min(max(c - j0, 0.0), j1 - j0) for c in path[i0:i1 + 1]]
            run, sims, ov = align_run(params, sk[i0:i1], tk[j0:j1], src_len[i0:i1], tgt_len[j0:j1], sp, tp,
                                      center, notes=(src_note[i0:i1], tgt_note[j0:j1]),
                                      polite=(src_polite[i0:i1], tgt_polite[j0:j1]),
                                      report=(src_report[i0:i1], tgt_report[j0:j1]),
                                      exact_merges=path is not None or max(i1 - i0, j1 - j0) <= FULL_DP)
            for b in run:
                beads.append(RawBead(tuple(x + i0 for x in b.src), tuple(x + j0 for x in b.tgt), b.sim))
            for whole, rows in zip(band, (sims,) + ((ov.ts, ov.tt, ov.q) if ov else ())):
                for r, row in enumerate(rows[:i1 - i0]):
                    whole[i0 + r] = row if not j0 else {j + j0: v for j, v in row.items()}
        return beads, sk, tk, band

    def scored(beads: list[RawBead], sk: list[dict], tk: list[dict], band: tuple) -> list[RawBead]:
        _score(beads, params, sk, tk, band, src_len, tgt_len, src_para, tgt_para, cuts, fixed_at,
               (src_note, tgt_note), (src_polite, tgt_polite), (src_report, tgt_report))
        return beads

    first, sk, tk, band = one_pass()
    confident = [b for b in first if len(b.src) == 1 and len(b.tgt) == 1 and b.sim >= CONFIDENT_SIM]
    if len(confident) < 10:
        return scored(first, sk, tk, band)
    del sk, tk, band  # the second pass makes its own: two sets of a long text's keys need not live at once
    _estimate_length_model(first, src_len, tgt_len, params)
    step = -(-len(confident) // LEXICON_PAIRS)  # a sample is as good as all for a text's own vocabulary
    learned = learn_lexicon(((src[b.src[0]], tgt[b.tgt[0]]) for b in confident[::step]), src_lang, tgt_lang,
                            iterations=4)
    concepts.add_lexicon(learned, min_prob=0.3)
    return scored(*one_pass(path_positions(first, n)))


def _score(beads: list[RawBead], params: dp.Params, sk: list[dict], tk: list[dict], band: tuple,
           src_len: Sequence[int],
           tgt_len: Sequence[int], src_para: Sequence[bool], tgt_para: Sequence[bool],
           cuts: Sequence[tuple[int, int]], fixed_at: dict,
           notes: tuple[Sequence[bool], Sequence[bool]], polite: tuple[Sequence[bool], Sequence[bool]],
           report: tuple[Sequence[bool], Sequence[bool]]) -> None:
    """Set each bead's confidence; a cut acts as a paragraph end that no alternative may cross."""
    sp, tp = list(src_para), list(tgt_para)
    cut_set = set(cuts)
    for i, j in cut_set:
        if 0 <= i < len(sp) and 0 <= j < len(tp):
            sp[i] = tp[j] = True
    s = dp.make_side(src_len, [sum(k.values()) for k in sk], sp, notes[0], polite[0], report[0])
    t = dp.make_side(tgt_len, [sum(k.values()) for k in tk], tp, notes[1], polite[1], report[1])
    path, fixed = [], []
    i = j = 0
    for b in beads:
        i = b.src[0] if b.src else i
        j = b.tgt[0] if b.tgt else j
        path.append((i, j, len(b.src), len(b.tgt)))
        fixed.append(fixed_at.get((i, j)) == (i + len(b.src), j + len(b.tgt)))
        i, j = i + len(b.src), j + len(b.tgt)
    n, m = len(sk), len(tk)
    # every alternative the scorer tries lies within a few cells of the path, inside this band, whose
    # similarities the last pass's bands already hold
    lo, hi = dp.bands(path_positions(beads, n), m, [SCORE_BAND] * (n + 1))
    sims = band[0]
    ov = dp.Overlap(*band[1:])
    table = banddp.cost_table(params, s, t, sims, lo, hi, ov) if n and m else None

    def cost(i0: int, j0: int, a: int, b: int) -> float:
        c = table(i0, j0, a, b) if table is not None else None
        return dp.bead_cost(params, s, t, sims, i0, j0, a, b, ov) if c is None else c

    def shared(i0: int, j0: int, a: int, b: int) -> float:
        return dp.bead_shared(sims, ov, i0, j0, a, b)

    ev = confidence.evidence(s, t, path, fixed, cut_set, cost, shared)
    typical = confidence.typical_dice(ev, path)
    scores = [1.0 if fixed[k] else confidence.score(e, typical, not b.src or not b.tgt)
              for k, (b, e) in enumerate(zip(beads, ev))]
    for b, sc in zip(beads, confidence.share_doubt(scores, ev, typical, path, fixed)):
        b.score = sc


def path_positions(beads: Sequence[RawBead], n: int) -> list[float]:
    """Target position of a bead path at each source position 0..n (inside a merge: proportional)."""
    out = [0.0] * (n + 1)
    i = j = 0
    for b in beads:
        a, k = len(b.src), len(b.tgt)
        if a:
            i = b.src[0]
        if k:
            j = b.tgt[0]
        for x in range(1, a + 1):
            out[i + x] = j + k * x / a
        if not a:
            out[i] = j + k * 0.5
        i, j = i + a, j + k
    return out
