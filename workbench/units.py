"""Translation units derived from an alignment: one per bead with text on both sides, with a tuid that stays the
same however often the pair is aligned again. The store saves them; review and the pipeline build them."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Iterable, Sequence

from workbench import clock
from workbench.model import INTRO, Alignment, Document, Unit


def unit_id(src_doc: str, tgt_doc: str, position: int) -> str:
    """Stable tuid of the unit derived from bead ``position`` of an alignment."""
    return f"{src_doc}:{tgt_doc}:{position:05d}"


_LINE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def _one_line(sentences: Iterable[str]) -> str:
    """A unit's text: its sentences joined by a space, a line break inside one (a sentence run over two lines of
    the page) a space too, as a CAT tool's segment has none."""
    return _LINE_BREAK.sub(" ", " ".join(sentences))


def units_for(alignment: Alignment, src: Document, tgt: Document) -> list[Unit]:
    """Translation units of the beads with text on both sides (1:0 and 0:1 beads are reported, not units)."""
    src_segs = {s.index: s for s in src.segments}
    tgt_segs = {s.index: s for s in tgt.segments}
    blocks = {b.index: b for b in src.blocks}
    stamp = clock.tmx_stamp()
    units = []
    for pos, bead in enumerate(alignment.beads):
        if not bead.src or not bead.tgt:
            continue
        first = blocks[src_segs[bead.src[0]].block]
        # an introduction ("Speaking at the meeting, President Ilham Aliyev said:") is the narrator's words about the
        # speaker, not the speaker's
        person = src.person(first.speaker) if first.kind != INTRO else None
        units.append(Unit(
            tuid=unit_id(src.id, tgt.id, pos),
            texts={src.lang: _one_line(src_segs[i].text for i in bead.src),
                   tgt.lang: _one_line(tgt_segs[i].text for i in bead.tgt)},
            srclang=tgt.lang,  # the original (ru/az) is the source of the translation
            score=bead.score, status=bead.status, shape=bead.shape,
            speaker=person.name if person else "", section=first.section,
            doc=src.id, source_url=tgt.source_url or src.source_url, created=stamp, flagged=bead.flagged,
        ))
    return units


def texts_key(texts: dict[str, str]) -> str:
    """A unit's texts as the memory stores them (and compares them): JSON with sorted keys."""
    return json.dumps(texts, ensure_ascii=False, sort_keys=True)


def keep_dates(units: Sequence[Unit], dates: dict[str, str]) -> list[Unit]:
    """The units with the date each was first stored (``dates``: by texts_key), where the memory has it: a pair
    aligned again gives the same units, which a TMX should not date anew."""
    return [replace(u, created=dates.get(texts_key(u.texts)) or u.created) for u in units]
