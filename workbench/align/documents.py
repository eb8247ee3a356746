"""align_documents: hierarchical alignment of two structured Documents.

Section breaks and speaker turns become hard cuts only where both documents agree on them: the two
sequences of boundaries are matched first (a small LCS-style DP on labels and relative position), so a
break that only one side has never forces a wrong link. Paragraphs (blocks) are soft boundaries.
"""

from __future__ import annotations

from typing import Optional, Sequence

from workbench.align.config import DEFAULT, AlignConfig
from workbench.align.engine import align_flat
from workbench.align.result import AlignResult, input_warnings, to_beads
from workbench.ingest.names import same_person
from workbench.model import BREAK, Bead, Document

MAX_SHIFT = 0.25  # boundaries further apart than this share of the text cannot be the same one


def _boundaries(doc: Document) -> tuple[list[str], list[int], list[bool], list[tuple[int, str]]]:
    """Sentences, their Segment.index, paragraph ends and (position, label) of section/turn starts."""
    sents: list[str] = []
    ids: list[int] = []
    para = [False]
    events: list[tuple[int, str]] = []
    section, turn, speaker = 0, None, None
    pending_break = False
    for block in doc.blocks:
        if block.kind == BREAK:
            pending_break = True
            continue
        if not block.segments:
            continue
        pos = len(sents)
        if pending_break or block.section != section:
            events.append((pos, "section"))
            section, pending_break = block.section, False
        if block.turn is not None and block.turn != turn and block.speaker:
            if block.speaker != speaker or turn is not None:
                events.append((pos, f"turn:{block.speaker}"))
            turn, speaker = block.turn, block.speaker
        for seg in block.segments:
            sents.append(seg.text)
            ids.append(seg.index)
            para.append(False)
        para[-1] = True
    # a turn that opens one text still cuts: what stands before it on the other (a title only that side has) is alone
    return sents, ids, para, [e for e in events if 0 <= e[0] < len(sents)]


def _same_label(a: str, b: str) -> bool:
    """Section starts match section starts; turns match turns of one person, whose name each language may
    spell its own way ("turn:NicholasSarkozy" / "turn:NSarkozi")."""
    return a == b or (a.startswith("turn:") and b.startswith("turn:") and same_person(a[5:], b[5:]))


def match_boundaries(src: Sequence[tuple[int, str]], tgt: Sequence[tuple[int, str]], n: int,
                     m: int) -> list[tuple[int, int]]:
    """Agreed (src position, tgt position) cuts: the longest label-matching, position-compatible chain."""
    a, b = len(src), len(tgt)
    if not a or not b or not n or not m:
        return []
    # a transcript has hundreds of turns but a few speakers: each pair of labels is compared once
    same = {(ls, lt): _same_label(ls, lt) for ls in {e[1] for e in src} for lt in {e[1] for e in tgt}}
    score = [[0.0] * (b + 1) for _ in range(a + 1)]
    for x in range(a - 1, -1, -1):
        for y in range(b - 1, -1, -1):
            best = max(score[x + 1][y], score[x][y + 1])
            (ps, ls), (pt, lt) = src[x], tgt[y]
            shift = abs(ps / n - pt / m)
            if same[ls, lt] and shift <= MAX_SHIFT:
                best = max(best, 1.0 - shift + score[x + 1][y + 1])
            score[x][y] = best
    out = []
    x = y = 0
    while x < a and y < b:
        (ps, ls), (pt, lt) = src[x], tgt[y]
        shift = abs(ps / n - pt / m)
        if same[ls, lt] and shift <= MAX_SHIFT and score[x][y] == 1.0 - shift + score[x + 1][y + 1]:
            out.append((ps, pt))
            x, y = x + 1, y + 1
        elif score[x][y] == score[x + 1][y]:
            x += 1
        else:
            y += 1
    return out


def align_documents(src: Document, tgt: Document, *, lexicon: Optional[dict[str, dict[str, float]]] = None,
                    confirmed: Sequence[Bead] = (), config: AlignConfig = DEFAULT) -> AlignResult:
    """Align two structured documents; ``confirmed`` beads are kept as they are and cut the texts
    around them. Bead indices are Segment.index values."""
    s, s_ids, s_para, s_events = _boundaries(src)
    t, t_ids, t_para, t_events = _boundaries(tgt)
    warnings = input_warnings(s, t, src.lang, tgt.lang)
    s_pos = {sid: p for p, sid in enumerate(s_ids)}
    t_pos = {tid: p for p, tid in enumerate(t_ids)}
    fixed = []
    last_i = last_j = 0
    for bead in sorted(confirmed, key=lambda b: (min(b.src, default=-1), min(b.tgt, default=-1))):
        if not bead.src or not bead.tgt or any(x not in s_pos for x in bead.src) or \
                any(x not in t_pos for x in bead.tgt):
            continue
        fs = tuple(sorted(s_pos[x] for x in bead.src))
        ft = tuple(sorted(t_pos[x] for x in bead.tgt))
        contiguous = fs == tuple(range(fs[0], fs[-1] + 1)) and ft == tuple(range(ft[0], ft[-1] + 1))
        if not contiguous or fs[0] < last_i or ft[0] < last_j:
            warnings.append(f"confirmed bead {list(bead.src)}:{list(bead.tgt)} crosses another and was not kept")
            continue
        fixed.append((fs, ft))
        last_i, last_j = fs[-1] + 1, ft[-1] + 1
    cuts = set()
    for fs, ft in fixed:
        cuts.add((fs[0], ft[0]))
        cuts.add((fs[-1] + 1, ft[-1] + 1))
    for i, j in match_boundaries(s_events, t_events, len(s), len(t)):
        # a structural cut must not cut through a confirmed bead or contradict its order
        if all((i <= fs[0] and j <= ft[0]) or (i > fs[-1] and j > ft[-1]) for fs, ft in fixed):
            cuts.add((i, j))
    ordered = sorted(cuts)
    chain: list[tuple[int, int]] = []
    for c in ordered:
        if not chain or (c[0] >= chain[-1][0] and c[1] >= chain[-1][1]):
            chain.append(c)
    raw = align_flat(s, t, src.lang, tgt.lang, src_para=s_para, tgt_para=t_para, cuts=chain, lexicon=lexicon,
                     fixed=fixed, config=config)
    return AlignResult(to_beads(raw, s_ids, t_ids, config.threshold, confirmed), warnings)
