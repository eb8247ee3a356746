"""The two-pass aligner over flat sentence lists: anchors -> banded DP -> IBM Model 1 -> DP again.

Hard cuts (agreed section/turn boundaries, confirmed beads) split the texts into runs aligned
independently; paragraph ends are soft boundaries inside a run.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from workbench.align import banddp, confidence, dp
from workbench.align.anchors import scale_common_keys, texts_keys
from workbench.align.config import DEFAULT, MAX_STEP, AlignConfig
from workbench.align.features import Features
from workbench.align.lexicon import ConceptIndex, learn_lexicon


@dataclass
class RawBead:
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    sim: float  # shared anchor weight / total anchor weight of the bead, in [0, 1]
    score: float = 1.0  # confidence that the bead is right (confidence.py), set on the final pass


def _sims(src_keys: Sequence[dict], tgt_keys: Sequence[dict], lo: list[int], hi: list[int]) -> list[dict]:
    """Shared anchor weight of source/target sentence pairs inside the band (sparse rows)."""
    postings: dict = {}
    for j, keys in enumerate(tgt_keys):
        for k in keys:
            postings.setdefault(k, []).append(j)
    left, right = bisect.bisect_left, bisect.bisect_right
    n = len(src_keys)
    out: list[dict] = []
    for i, keys in enumerate(src_keys):
        # every cell a bead ending in this row's band can cover
        a = max(0, lo[i] - MAX_STEP)
        b = hi[min(n, i + MAX_STEP)] + MAX_STEP
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


def align_run(cfg: AlignConfig, src: Features, tgt: Features, center: Optional[Sequence[float]] = None,
              coarse: bool = True, exact_merges: bool = True) -> tuple[list[RawBead], list[dict], Optional[dp.Overlap]]:
    """Align one run; indices in the result are local to the run.
    ``center``: the expected target position of each source position (a previous pass's path), which
    lets the band be narrow; without it the band follows character offsets and starts wide.
    ``exact_merges``: count anchors repeated inside a merge once (dp.Overlap); a rough first pass over
    a long text can do without. Returns the beads and the band's pair similarities and overlaps, which
    hold every cell near the path (the confidence scorer's)."""
    search = cfg.search
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return ([RawBead((i,), (), 0.0) for i in range(n)] + [RawBead((), (j,), 0.0) for j in range(m)],
                [{} for _ in range(n)], None)
    s, t = src.side(), tgt.side()
    whole = max(n, m) + MAX_STEP  # a band this wide is the whole table
    width = whole if max(n, m) <= search.full_dp else (search.band if center is None else search.narrow_band)
    if center is None and coarse and max(n, m) > search.coarse_min:
        center = _coarse_centre(cfg, src, tgt)
        width = search.fine_band
    if center is None:
        center = dp.guide(s, t)
    while True:
        lo, hi = dp.bands(center, m, [width] * (n + 1))
        sims = _sims(src.keys, tgt.keys, lo, hi)
        ov = _overlap(sims, src.keys, tgt.keys) if exact_merges else None
        path, touched = banddp.run_dp(cfg, s, t, sims, lo, hi, ov)
        if not touched or width >= whole or width >= search.max_band:
            # past max_band the path is kept as it is: memory stays linear whatever the input
            break
        width *= 2
    out = []
    for i0, j0, a, b in path:
        shared = dp.bead_shared(sims, ov, i0, j0, a, b) if a and b else 0.0
        tot = s.cum_w[i0 + a] - s.cum_w[i0] + t.cum_w[j0 + b] - t.cum_w[j0]
        out.append(RawBead(tuple(range(i0, i0 + a)), tuple(range(j0, j0 + b)),
                           2.0 * shared / tot if tot else 0.0))
    return out, sims, ov


def _blocks(side: Features, bounds: Sequence[int]) -> Features:
    """Sentences [bounds[k], bounds[k+1]) as one block each: their keys summed, their lengths added."""
    bk, bl = [], []
    for x0, x1 in zip(bounds, bounds[1:]):
        merged: dict = {}
        for k in side.keys[x0:x1]:
            for key, w in k.items():
                merged[key] = merged.get(key, 0.0) + w
        bk.append(merged)
        bl.append(sum(side.lengths[x0:x1]))
    return Features(bl, [False] * len(bl) + [True], bk)


def _coarse_centre(cfg: AlignConfig, src: Features, tgt: Features) -> list[float]:
    """Expected target position per source position from aligning blocks of coarse_k sentences.

    A long text drifts from the character-offset diagonal by more than any affordable band (a
    dropped paragraph, a run of merges); blocks see the same drift in a K times smaller problem, and
    the sentence band then only has to cover the error of one block."""
    k = cfg.search.coarse_k
    n, m = len(src), len(tgt)
    nb = -(-n // k)
    mb = max(1, round(m / k))
    sb = [min(n, b * k) for b in range(nb + 1)]
    tb = [round(c * m / mb) for c in range(mb + 1)]
    # one level only: blocks of blocks are too alike in length and anchors to place anything
    beads, _, _ = align_run(cfg, _blocks(src, sb), _blocks(tgt, tb), coarse=False, exact_merges=False)
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


def _confident(cfg: AlignConfig, beads: Sequence[RawBead]) -> list[RawBead]:
    """The first pass's 1:1 beads that share enough anchors to teach the second."""
    return [b for b in beads if len(b.src) == 1 and len(b.tgt) == 1 and b.sim >= cfg.search.confident_sim]


def doc_dice(beads: Sequence[RawBead], src: Features, tgt: Features) -> float:
    """The anchor weight the pair's link beads share, over the weight of every sentence of both sides: how
    much of each text the other one says. A translation says most of it; two sites' retellings of one event
    share the names and little else."""
    ws, wt = [sum(k.values()) for k in src.keys], [sum(k.values()) for k in tgt.keys]
    total = sum(ws) + sum(wt)
    if not total:
        return 1.0
    shared = sum(b.sim * (sum(ws[i] for i in b.src) + sum(wt[j] for j in b.tgt)) for b in beads if b.src and b.tgt)
    return shared / total


def _looseness(cfg: AlignConfig, dice: float) -> float:
    """0 for a translation, 1 for a retelling, in between on the ramp of Priors.loose_hi .. loose_lo."""
    p = cfg.priors
    return min(1.0, max(0.0, (p.loose_hi - dice) / (p.loose_hi - p.loose_lo)))


def _loosened(cfg: AlignConfig, looseness: float) -> AlignConfig:
    """The configuration with the skip prior a pair of this looseness calls for (Priors.loose_skip): the
    same object for a translation."""
    p = cfg.priors
    if looseness <= 0 or p.loose_skip >= p.skip:
        return cfg
    return replace(cfg, priors=replace(p, skip=p.skip - looseness * (p.skip - p.loose_skip)))


def _prior_ratio(cfg: AlignConfig, src: Features, tgt: Features) -> AlignConfig:
    """The configuration with the length ratio the pair's total lengths suggest."""
    tot_s, tot_t = sum(src.lengths), sum(tgt.lengths)
    if not (tot_s and tot_t):
        return cfg
    n, m = len(src), len(tgt)
    weight = min(n, m) / (min(n, m) + cfg.length.prior_weight)
    return replace(cfg, length=replace(cfg.length, ratio=math.exp(weight * math.log(tot_t / tot_s))))


def _estimate_length_model(cfg: AlignConfig, beads: Sequence[RawBead], src: Features, tgt: Features) -> AlignConfig:
    """The configuration with the median ratio and a robust variance of the confident 1:1 beads."""
    lm = cfg.length
    ratios, pairs = [], []
    for b in _confident(cfg, beads):
        ls, lt = src.lengths[b.src[0]], tgt.lengths[b.tgt[0]]
        if ls >= 10 and lt >= 10:
            ratios.append(lt / ls)
            pairs.append((ls, lt))
    if len(ratios) < lm.estimate_min_beads:
        return cfg
    ratios.sort()
    r = ratios[len(ratios) // 2]
    devs = sorted(((lt - ls * r) ** 2) / ((ls * r + lt) / 2) for ls, lt in pairs)
    # the median of a chi-square(1) variable is 0.455 times its variance
    var = devs[len(devs) // 2] / 0.455
    return replace(cfg, length=replace(lm, ratio=r, var=min(max(var, lm.var_floor), lm.var_cap)))


def align_flat(src: Sequence[str], tgt: Sequence[str], src_lang: str, tgt_lang: str, *,
               src_para: Optional[Sequence[bool]] = None, tgt_para: Optional[Sequence[bool]] = None,
               cuts: Sequence[tuple[int, int]] = (), lexicon: Optional[dict] = None,
               config: AlignConfig = DEFAULT,
               fixed: Sequence[tuple[tuple[int, ...], tuple[int, ...]]] = ()) -> list[RawBead]:
    """Align whole texts. ``cuts``: (i, j) pairs where both texts must be split (sorted, monotone);
    ``fixed``: beads kept as they are (their edges must be among the cuts).
    ``*_para`` has len+1 entries: True where a paragraph ends before that sentence."""
    n, m = len(src), len(tgt)
    S, T = Features.of(src, src_lang, src_para), Features.of(tgt, tgt_lang, tgt_para)
    cfg = _prior_ratio(config, S, T)
    concepts = ConceptIndex.seeded(src_lang, tgt_lang)
    concepts.add_lexicon(lexicon)
    fixed_at = {}
    for fs, ft in fixed:
        if fs and ft:
            fixed_at[(fs[0], ft[0])] = (fs[-1] + 1, ft[-1] + 1)

    def one_pass(cfg: AlignConfig, path: Optional[list[float]] = None) -> tuple[list[RawBead], Features, Features, tuple]:
        fn = concepts.keys if concepts.size else None
        sk, tk = scale_common_keys(texts_keys(src, src_lang, fn), texts_keys(tgt, tgt_lang, fn),
                                   cfg.anchors.idf_df, cfg.anchors.idf_exp)
        src_f, tgt_f = S.with_keys(sk), T.with_keys(tk)
        beads: list[RawBead] = []
        # the runs' similarities and overlaps in whole-text indices (rows of a cut-off run stay empty)
        band: tuple[list[dict], ...] = tuple([{} for _ in range(n)] for _ in range(4))
        bounds = [(0, 0)] + [c for c in cuts if 0 <= c[0] <= n and 0 <= c[1] <= m] + [(n, m)]
        for (i0, j0), (i1, j1) in zip(bounds, bounds[1:]):
            if i1 < i0 or j1 < j0:
                continue
            if fixed_at.get((i0, j0)) == (i1, j1):
                beads.append(RawBead(tuple(range(i0, i1)), tuple(range(j0, j1)), 1.0))
                continue
            center = None if path is None else [min(max(c - j0, 0.0), j1 - j0) for c in path[i0:i1 + 1]]
            run, sims, ov = align_run(cfg, src_f.run(i0, i1), tgt_f.run(j0, j1), center,
                                      exact_merges=path is not None or max(i1 - i0, j1 - j0) <= cfg.search.full_dp)
            for b in run:
                beads.append(RawBead(tuple(x + i0 for x in b.src), tuple(x + j0 for x in b.tgt), b.sim))
            for whole, rows in zip(band, (sims,) + ((ov.ts, ov.tt, ov.q) if ov else ())):
                for r, row in enumerate(rows[:i1 - i0]):
                    whole[i0 + r] = row if not j0 else {j + j0: v for j, v in row.items()}
        return beads, src_f, tgt_f, band

    first, src_f, tgt_f, band = one_pass(cfg)
    confident = _confident(cfg, first)
    looseness = _looseness(cfg, doc_dice(first, src_f, tgt_f)) if min(n, m) >= cfg.priors.loose_min else 0.0
    loose = _loosened(cfg, looseness)
    retelling = looseness >= confidence.RETELLING
    # whether the pair is a translation at all is judged before the skip prior is loosened: with cheap
    # skips, a shuffled text keeps only its chance matches, and they look supported
    translation = confidence.links_supported([b.sim for b in first if b.src and b.tgt
                                              and fixed_at.get((b.src[0], b.tgt[0])) != (b.src[-1] + 1, b.tgt[-1] + 1)])
    if len(confident) < cfg.search.min_confident:
        if loose is not cfg:
            first, src_f, tgt_f, band = one_pass(loose)
        return _score(loose, first, src_f, tgt_f, band, cuts, fixed_at, translation, retelling)
    cfg = loose
    del src_f, tgt_f, band  # the second pass makes its own: two sets of a long text's keys need not live at once
    cfg = _estimate_length_model(cfg, first, S, T)
    step = -(-len(confident) // cfg.search.lexicon_pairs)  # a sample is as good as all for a text's own vocabulary
    learned = learn_lexicon(((src[b.src[0]], tgt[b.tgt[0]]) for b in confident[::step]), src_lang, tgt_lang,
                            iterations=cfg.search.lexicon_iterations)
    concepts.add_lexicon(learned, min_prob=cfg.search.lexicon_min_prob)
    second, src_f, tgt_f, band = one_pass(cfg, path_positions(first, n))
    return _score(cfg, second, src_f, tgt_f, band, cuts, fixed_at, translation, retelling)


def _score(cfg: AlignConfig, beads: list[RawBead], src: Features, tgt: Features, band: tuple,
           cuts: Sequence[tuple[int, int]], fixed_at: dict, translation: bool = True,
           retelling: bool = False) -> list[RawBead]:
    """Set each bead's confidence; a cut acts as a paragraph end that no alternative may cross.
    ``translation``: False when the first pass already found the pair is no translation; ``retelling``: the
    pair is two sites' accounts of one event (confidence.retelling_doubt)."""
    sp, tp = list(src.para), list(tgt.para)
    cut_set = set(cuts)
    for i, j in cut_set:
        if 0 <= i < len(sp) and 0 <= j < len(tp):
            sp[i] = tp[j] = True
    s, t = src.side(sp), tgt.side(tp)
    path, fixed = [], []
    i = j = 0
    for b in beads:
        i = b.src[0] if b.src else i
        j = b.tgt[0] if b.tgt else j
        path.append((i, j, len(b.src), len(b.tgt)))
        fixed.append(fixed_at.get((i, j)) == (i + len(b.src), j + len(b.tgt)))
        i, j = i + len(b.src), j + len(b.tgt)
    n, m = len(src), len(tgt)
    # every alternative the scorer tries lies within a few cells of the path, inside this band, whose
    # similarities the last pass's bands already hold
    lo, hi = dp.bands(path_positions(beads, n), m, [cfg.search.score_band] * (n + 1))
    sims = band[0]
    ov = dp.Overlap(*band[1:])
    table = banddp.cost_table(cfg, s, t, sims, lo, hi, ov) if n and m else None

    def cost(i0: int, j0: int, a: int, b: int) -> float:
        c = table(i0, j0, a, b) if table is not None else None
        return dp.bead_cost(cfg, s, t, sims, i0, j0, a, b, ov) if c is None else c

    def shared(i0: int, j0: int, a: int, b: int) -> float:
        return dp.bead_shared(sims, ov, i0, j0, a, b)

    ev = confidence.evidence(s, t, path, fixed, cut_set, cost, shared)
    typical = confidence.typical_dice(ev, path, fixed)
    translation = translation and confidence.is_translation(ev, path, fixed)
    scores = [1.0 if fixed[k] else confidence.score(e, not b.src or not b.tgt, translation)
              for k, (b, e) in enumerate(zip(beads, ev))]
    scores = confidence.share_doubt(scores, ev, typical, path, fixed)
    if retelling:
        scores = confidence.retelling_doubt(scores, ev, path, fixed)
    placed = list(scores)  # before the kinds' doubts: how sure the DP is of where the beads stand
    if src.heading is not None and tgt.heading is not None:
        # a sender or addressee line ending in a comma or a full stop is a heading here too
        def heads(f: Features) -> list[bool]:
            return [h or bool(ad) for h, ad in zip(f.heading, f.address or [False] * len(f.heading))]
        scores = confidence.heading_doubt(scores, path, fixed, heads(src), heads(tgt),
                                          src.address or (), tgt.address or (), [e.dice for e in ev])
    for b, sc in zip(beads, scores):
        b.score = sc
    if src.heading is not None and tgt.heading is not None:
        beads = _unlinked_headlines(beads, ev, fixed, placed, src.heading, tgt.heading)
    return beads


def _unlinked_headlines(beads: list[RawBead], ev: Sequence, fixed: Sequence[bool], placed: Sequence[float],
                        src_heading: Sequence[bool], tgt_heading: Sequence[bool]) -> list[RawBead]:
    """A link of one headline with one headline that shares under confidence.UNRELATED_HEADLINES of its anchors,
    split into the two headlines alone: two sites' own headlines over one event stand where headlines stand, so the
    DP links them for their place; their words say they translate nothing of each other. (A headline retold in
    other words shares a little more: "Aleksandr Lukashenko sends Victory Day greetings" / "В канун Дня Победы
    Президент Беларуси поздравил соотечественников" stays linked, and flagged, confidence.heading_doubt.)"""
    out = []
    for b, e, f, sc in zip(beads, ev, fixed, placed):
        if not f and len(b.src) == 1 and len(b.tgt) == 1 and src_heading[b.src[0]] and tgt_heading[b.tgt[0]] \
                and e.dice < confidence.UNRELATED_HEADLINES:
            # each headline alone is as sure as the place the DP gave the two; nothing doubts it stands alone
            out.append(RawBead(b.src, (), 0.0, sc))
            out.append(RawBead((), b.tgt, 0.0, sc))
        else:
            out.append(b)
    return out


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
