"""Units with three languages: a transcript's two pairs (en-ru, en-az) joined over the source sentences both link,
at the coarser grain where they cut them apart differently."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.model import CONFIRMED, Unit
from workbench.units import unit_id

if TYPE_CHECKING:
    from workbench.pipeline import AlignedPair


def trilingual_units(first: "AlignedPair", second: "AlignedPair") -> list[Unit]:
    """Units with three languages, over the source sentences both pairs link. Where the pairs cut them apart
    differently (a 2:1 bead in one, two 1:1 in the other), the unit takes the coarser grain: the fewest source
    sentences that whole beads of both pairs cover ("2-1-2"). Sentences one pair leaves unlinked make none."""
    units_a = {u.tuid: u for u in first.units}
    units_b = {u.tuid: u for u in second.units}
    beads_a = _linking_beads(first)
    beads_b = _linking_beads(second)
    out = []
    for group_a, group_b in _common_groups(beads_a, beads_b):
        a = [units_a[unit_id(first.src.id, first.tgt.id, pos)] for pos in group_a]
        b = [units_b[unit_id(second.src.id, second.tgt.id, pos)] for pos in group_b]
        # a unit's texts are keyed as the pair's documents' languages are (a lang map may have set regions)
        src_lang, first_lang = _texts_langs(a[0], first.src.lang)
        _, second_lang = _texts_langs(b[0], second.src.lang)
        texts = {src_lang: " ".join(u.texts[src_lang] for u in a),
                 first_lang: " ".join(u.texts[first_lang] for u in a),
                 second_lang: " ".join(u.texts[second_lang] for u in b)}
        src_count = sum(len(first.alignment.beads[pos].src) for pos in group_a)
        shape = "-".join(str(n) for n in (src_count, sum(len(first.alignment.beads[pos].tgt) for pos in group_a),
                                          sum(len(second.alignment.beads[pos].tgt) for pos in group_b)))
        out.append(Unit(
            tuid=f"{first.src.id}:{first.tgt.id}+{second.tgt.id}:{group_a[0]:05d}",
            texts=texts, srclang=a[0].srclang, score=min(u.score for u in a + b),
            status=CONFIRMED if all(u.status == CONFIRMED for u in a + b) else "auto",
            shape=shape, speaker=a[0].speaker, section=a[0].section, doc=a[0].doc,
            source_url=a[0].source_url, created=a[0].created, flagged=any(u.flagged for u in a + b),
            note="; ".join(dict.fromkeys(u.note for u in a + b if u.note)),
        ))
    return out


def _texts_langs(unit: Unit, src_lang: str) -> tuple[str, str]:
    """The keys of a pair's unit texts: the source document's language, then the other."""
    keys = sorted(unit.texts, key=lambda k: k.split("-")[0] != src_lang)
    return keys[0], keys[1]


def _linking_beads(pair: "AlignedPair") -> dict[int, int]:
    """Source sentence -> the position of the bead that links it to the target (sentences left alone: absent)."""
    return {i: pos for pos, bead in enumerate(pair.alignment.beads) if bead.src and bead.tgt for i in bead.src}


def _common_groups(beads_a: dict[int, int], beads_b: dict[int, int]) -> list[tuple[list[int], list[int]]]:
    """The smallest runs of source sentences that whole beads of both pairs cover, as (positions of the first
    pair's beads, positions of the second's); a run with a sentence one pair leaves unlinked is none."""
    sentence_of_a: dict[int, list[int]] = {}
    sentence_of_b: dict[int, list[int]] = {}
    for i, pos in beads_a.items():
        sentence_of_a.setdefault(pos, []).append(i)
    for i, pos in beads_b.items():
        sentence_of_b.setdefault(pos, []).append(i)
    out = []
    done: set[int] = set()
    for start in sorted(set(beads_a) | set(beads_b)):
        if start in done:
            continue
        group = {start}
        frontier = [start]
        whole = True
        while frontier:
            i = frontier.pop()
            if i not in beads_a or i not in beads_b:
                whole = False
                continue
            for j in sentence_of_a[beads_a[i]] + sentence_of_b[beads_b[i]]:
                if j not in group:
                    group.add(j)
                    frontier.append(j)
        done |= group
        if whole:
            out.append((sorted({beads_a[i] for i in group}), sorted({beads_b[i] for i in group})))
    return sorted(out)
