"""Edits of a bead list as pure functions: what link, unlink, split and the sentence fixes do to the beads.

A bead list is kept monotone (both sides in reading order, every sentence in exactly one bead) and canonical:
in a run of one-sided beads the 1:0 beads come before the 0:1 beads. Two orders of such a run are equally
valid, so fixing one makes the result of a series of links independent of the order they were made in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Sequence

from workbench.errors import WorkbenchError
from workbench.model import AUTO, CONFIRMED, Bead


@dataclass
class Change:
    """The beads after an edit and what happened to the others (for the history row and the message)."""

    beads: list[Bead]
    position: int = -1  # where the new or changed bead stands, -1 when none
    removed: list[list[list[int]]] = field(default_factory=list)  # beads emptied by the edit
    broken: list[list[list[int]]] = field(default_factory=list)  # beads that crossed it, now unlinked
    made: list[Bead] = field(default_factory=list)  # the beads the reviewer stands behind now


def key(bead: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    return bead.src, bead.tgt


def order(beads: Sequence[Bead], src_count: int, tgt_count: int) -> list[Bead]:
    """The beads in reading order, walking both texts at once; in a run of one-sided beads the 1:0 beads come
    first. A sentence no bead holds gets an unlinked bead of its own; beads that cross are refused."""
    owner_s = {i: b for b in beads for i in b.src}
    owner_t = {k: b for b in beads for k in b.tgt}
    out: list[Bead] = []
    i = k = 0
    while i < src_count or k < tgt_count:
        bs = owner_s.get(i) if i < src_count else None
        bt = owner_t.get(k) if k < tgt_count else None
        if i < src_count and bs is None:
            bs = owner_s[i] = Bead((i,), (), 0.0, AUTO)
        if k < tgt_count and bt is None:
            bt = owner_t[k] = Bead((), (k,), 0.0, AUTO)
        if bs is not None and (bs is bt or not bs.tgt or bt is None):
            pick = bs
        elif bt is not None and (not bt.src or bs is None):
            pick = bt
        else:
            raise WorkbenchError(f"beads {list(bs.src)}:{list(bs.tgt)} and {list(bt.src)}:{list(bt.tgt)} cross")
        if pick.src and pick.src[0] != i or pick.tgt and pick.tgt[0] != k:
            raise WorkbenchError(f"bead {list(pick.src)}:{list(pick.tgt)} is out of order")
        out.append(pick)
        i += len(pick.src)
        k += len(pick.tgt)
    return out


def check_side(indices: Sequence[int], count: int, side: str) -> tuple[int, ...]:
    """Sentence numbers of one side: in range, and consecutive (a bead holds a stretch of text)."""
    ordered = tuple(sorted(set(indices)))
    for i in ordered:
        if not 0 <= i < count:
            raise WorkbenchError(f"{side} sentence {i} does not exist (the {side} side has {count}, from 0)")
    if ordered and ordered != tuple(range(ordered[0], ordered[-1] + 1)):
        raise WorkbenchError(f"{side} sentences {','.join(map(str, ordered))} are not consecutive")
    return ordered


def _before(a: Bead, b: Bead) -> bool:
    """``a`` must come before ``b``: one of the sides orders them."""
    return bool((a.src and b.src and max(a.src) < min(b.src)) or (a.tgt and b.tgt and max(a.tgt) < min(b.tgt)))


def _consecutive(side: tuple[int, ...]) -> bool:
    return not side or side == tuple(range(side[0], side[-1] + 1))


def _unlinked(bead: Bead) -> list[Bead]:
    return [*(Bead((i,), (), 0.0, AUTO) for i in bead.src), *(Bead((), (k,), 0.0, AUTO) for k in bead.tgt)]


def link(beads: Sequence[Bead], src: Sequence[int], tgt: Sequence[int], src_count: int, tgt_count: int,
         score: float = 1.0) -> Change:
    """Make exactly the bead ``src``:``tgt``, confirmed. Its sentences leave their old beads; a bead left empty
    disappears and the rest of one stays as it was, unless it now crosses the new bead or has a gap: then its
    sentences are left unlinked, for later links to take."""
    s, t = check_side(src, src_count, "source"), check_side(tgt, tgt_count, "target")
    if not s and not t:
        raise WorkbenchError("a link needs at least one sentence")
    new = Bead(s, t, score, CONFIRMED, False)
    change = Change([])
    kept: list[Bead] = []
    for bead in beads:
        rest = Bead(tuple(i for i in bead.src if i not in s), tuple(k for k in bead.tgt if k not in t),
                    bead.score, bead.status, bead.flagged)
        if not rest.src and not rest.tgt:
            if key(bead) != key(new):
                change.removed.append([list(bead.src), list(bead.tgt)])
            continue
        crosses = not (_before(rest, new) or _before(new, rest)) and bool(rest.src and rest.tgt)
        if crosses or _before(rest, new) and _before(new, rest) or not (_consecutive(rest.src)
                                                                        and _consecutive(rest.tgt)):
            change.broken.append([list(bead.src), list(bead.tgt)])
            kept += _unlinked(rest)
        else:
            kept.append(rest)
    out = order([*kept, new], src_count, tgt_count)
    change.beads, change.position, change.made = out, out.index(new), [new]
    return change


def unlink(beads: Sequence[Bead], n: int, src_count: int, tgt_count: int) -> Change:
    """Bead ``n`` broken into 1:0 and 0:1 beads, each confirmed: a reviewer said these have no counterpart."""
    bead = _at(beads, n)
    singles = [replace(b, score=1.0, status=CONFIRMED, flagged=False) for b in _unlinked(bead)]
    out = order([*beads[:n], *singles, *beads[n + 1:]], src_count, tgt_count)
    return Change(out, n, broken=[[list(bead.src), list(bead.tgt)]], made=singles)


def merge_next(beads: Sequence[Bead], n: int, src_count: int, tgt_count: int) -> Change:
    """Bead ``n`` and the one after it as one confirmed bead."""
    first = _at(beads, n)
    if n + 1 == len(beads):
        raise WorkbenchError(f"bead {n} is the last one: no bead follows it to merge with")
    second = _at(beads, n + 1)
    return link(beads, [*first.src, *second.src], [*first.tgt, *second.tgt], src_count, tgt_count)


def split(beads: Sequence[Bead], n: int, src_count: int, tgt_count: int, src_at: int = 1,
          tgt_at: int = 1) -> Change:
    """Bead ``n`` cut in two: its first ``src_at`` source and ``tgt_at`` target sentences, and the rest;
    both confirmed."""
    bead = _at(beads, n)
    if not (0 <= src_at <= len(bead.src) and 0 <= tgt_at <= len(bead.tgt)):
        raise WorkbenchError(f"bead {n} ({bead.shape}) cannot be cut after {src_at} source and {tgt_at} "
                             "target sentences")
    head = Bead(bead.src[:src_at], bead.tgt[:tgt_at], 1.0, CONFIRMED)
    tail = Bead(bead.src[src_at:], bead.tgt[tgt_at:], 1.0, CONFIRMED)
    if not (head.src or head.tgt) or not (tail.src or tail.tgt):
        raise WorkbenchError(f"bead {n} ({bead.shape}) cut there leaves an empty bead")
    return Change(order([*beads[:n], head, tail, *beads[n + 1:]], src_count, tgt_count), n,
                  broken=[[list(bead.src), list(bead.tgt)]], made=[head, tail])


def confirm(beads: Sequence[Bead], positions: Sequence[int]) -> Change:
    for n in positions:
        _at(beads, n)
    wanted = set(positions)
    out = [replace(b, status=CONFIRMED, flagged=False) if n in wanted else b for n, b in enumerate(beads)]
    return Change(out, min(wanted) if wanted else -1, made=[out[n] for n in sorted(wanted)])


def sentence_split(beads: Sequence[Bead], side: str, i: int) -> list[Bead]:
    """Sentence ``i`` of one side became ``i`` and ``i + 1``: later numbers move up, its bead takes both."""
    def move(indices: tuple[int, ...]) -> tuple[int, ...]:
        out: list[int] = []
        for j in indices:
            out += [j, j + 1] if j == i else [j + 1 if j > i else j]
        return tuple(out)

    return [replace(b, src=move(b.src)) if side == "src" else replace(b, tgt=move(b.tgt)) for b in beads]


def sentence_join(beads: Sequence[Bead], side: str, i: int) -> list[Bead]:
    """Sentences ``i`` and ``i + 1`` of one side became ``i``: later numbers move down; when the two were in
    different beads, those beads and any one-sided beads between them become one automatic bead."""
    def move(indices: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(j - 1 if j > i else j for j in indices))

    holders = [n for n, b in enumerate(beads) if {i, i + 1} & set(b.src if side == "src" else b.tgt)]
    moved = [replace(b, src=move(b.src)) if side == "src" else replace(b, tgt=move(b.tgt)) for b in beads]
    if len(holders) < 2:
        return moved
    first, last = holders[0], holders[-1]
    group = moved[first:last + 1]
    merged = Bead(tuple(sorted({j for b in group for j in b.src})), tuple(sorted({k for b in group for k in b.tgt})),
                  min(b.score for b in group), AUTO, True)
    return [*moved[:first], merged, *moved[last + 1:]]


def _at(beads: Sequence[Bead], n: int) -> Bead:
    if not 0 <= n < len(beads):
        raise WorkbenchError(f"there is no bead {n}: the pair's beads are 0 to {len(beads) - 1}")
    return beads[n]
