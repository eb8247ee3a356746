"""The rows of the briefing's side-by-side table, worked out from the beads (pure, no python-docx).

With one original every bead is a row. With two (Russian and Azerbaijani against one English
transcript) the two alignments cut the English differently, so beads that share an English
sentence are merged into one row: a row is the smallest stretch of English both alignments agree
on. Sentences of an original with no English counterpart (0-1 beads) get a row of their own, after
the English sentence that precedes them in that alignment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence, Union

from workbench import model
from workbench.sectionbreak import SHOWN


@dataclass
class Row:
    """One aligned unit: the transcript's sentences and, per original, its sentences."""

    src: list[model.Segment]
    originals: list[list[model.Segment]]  # one list per pair, in the order of ``pairs``
    speaker: Optional[str] = None  # Person.key
    section: int = 0
    kind: str = model.SPEECH
    label: str = ""  # a turn's label with no person behind it ("Question:"), shown where a speaker's name would be
    flagged: bool = False
    score: Optional[float] = None  # the lowest score of the row's beads; None without alignment
    shapes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SectionBreak:
    section: int
    text: str


Item = Union[Row, SectionBreak]


@dataclass
class Layout:
    items: list[Item]
    skipped: int = 0  # beads with no text on either side, or pointing at sentences that do not exist
    notes: list[str] = field(default_factory=list)


class _Groups:
    """Union-find over transcript sentence indices."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        self.parent.setdefault(i, i)
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, indices: Sequence[int]) -> None:
        roots = [self.find(i) for i in indices]
        for r in roots[1:]:
            self.parent[max(r, roots[0])] = min(r, roots[0])


def _blocks(doc: model.Document) -> dict[int, model.Block]:
    return {b.index: b for b in doc.blocks}


def _is_break_only(segments: list[model.Segment], blocks: dict[int, model.Block]) -> bool:
    return bool(segments) and all(blocks[s.block].kind == model.BREAK for s in segments if s.block in blocks)


def layout_rows(src: model.Document, pairs: Sequence[tuple[model.Document, model.Alignment]]) -> Layout:
    """Rows in transcript order, with a SectionBreak wherever the section number grows."""
    if not pairs:
        return _single(src)
    src_segs = {s.index: s for s in src.segments}
    src_blocks = _blocks(src)
    layout = Layout(items=[])
    groups = _Groups()
    for index in src_segs:
        if src_blocks.get(src_segs[index].block, model.Block(0, model.BREAK, "")).kind != model.BREAK:
            groups.find(index)
    # (anchor src index, pair number, order) -> originals-only rows, placed after their anchor
    orphans: list[tuple[int, int, int, Row]] = []
    # first transcript sentence of a bead -> (pair number, bead, its original sentences)
    bead_info: dict[int, list[tuple[int, model.Bead, list[model.Segment]]]] = {}
    for p, (orig, alignment) in enumerate(pairs):
        orig_segs = {s.index: s for s in orig.segments}
        orig_blocks = _blocks(orig)
        anchor = -1
        missing = 0
        for order, bead in enumerate(alignment.beads):
            known_src = [i for i in bead.src if i in src_segs]
            known_tgt = [orig_segs[i] for i in bead.tgt if i in orig_segs]
            missing += len(bead.src) - len(known_src) + len(bead.tgt) - len(known_tgt)
            src_part = [src_segs[i] for i in known_src]
            if _is_break_only(src_part, src_blocks) and (not known_tgt or _is_break_only(known_tgt, orig_blocks)):
                continue  # an aligned "x x x": shown as the section row
            if not any(s.text.strip() for s in [*src_part, *known_tgt]):
                layout.skipped += 1
                continue
            if known_src:
                groups.union(known_src)
                bead_info.setdefault(known_src[0], []).append((p, bead, known_tgt))
                anchor = max(anchor, max(known_src))
            else:
                first = orig_blocks.get(known_tgt[0].block)
                row = Row(src=[], originals=[[] for _ in pairs], flagged=bead.flagged, score=bead.score,
                          shapes=[bead.shape], speaker=first.speaker if first else None,
                          section=first.section if first else 0, kind=first.kind if first else model.SPEECH)
                row.originals[p] = known_tgt
                orphans.append((anchor, p, order, row))
        if missing:
            layout.notes.append(f"{orig.lang}: {missing} aligned sentence number(s) not found in the documents")
    rows = _merge(len(pairs), groups, src_segs, src_blocks, bead_info)
    layout.items = _with_breaks(_interleave(rows, orphans), src)
    return layout


def _merge(n_pairs: int, groups: _Groups, src_segs: dict[int, model.Segment],
           src_blocks: dict[int, model.Block], info: dict) -> list[Row]:
    """One row per group of transcript sentences, gathering every bead that starts in it."""
    members: dict[int, list[int]] = {}
    for index in sorted(groups.parent):
        members.setdefault(groups.find(index), []).append(index)
    rows: list[Row] = []
    for root in sorted(members, key=lambda r: min(members[r])):
        indices = members[root]
        segs = [src_segs[i] for i in indices]
        row = Row(src=segs, originals=[[] for _ in range(n_pairs)])
        first_block = src_blocks.get(segs[0].block)
        if first_block is not None:
            row.speaker, row.section, row.kind = first_block.speaker, first_block.section, first_block.kind
            row.label = first_block.label if segs[0] is first_block.segments[0] else ""
        scores = []
        for i in indices:
            for p, bead, tgt in info.get(i, []):
                row.flagged = row.flagged or bead.flagged
                scores.append(bead.score)
                row.shapes.append(bead.shape)
                row.originals[p].extend(tgt)
        row.score = min(scores) if scores else None
        for p in range(n_pairs):
            row.originals[p].sort(key=lambda s: s.index)
        rows.append(row)
    return rows


def _interleave(rows: list[Row], orphans: list[tuple[int, int, int, Row]]) -> list[Row]:
    """Put each originals-only row after the row holding its anchor sentence (before all rows for -1)."""
    after: dict[int, list[Row]] = {}
    for anchor, _, _, row in sorted(orphans, key=lambda o: (o[0], o[1], o[2])):
        after.setdefault(anchor, []).append(row)
    out: list[Row] = list(after.pop(-1, []))
    for row in rows:
        out.append(row)
        last = max(s.index for s in row.src)
        for anchor in sorted(a for a in after if a <= last):
            out.extend(after.pop(anchor))
    for anchor in sorted(after):
        out.extend(after[anchor])
    return out


def _break_text(doc: model.Document) -> str:
    for block in doc.blocks:
        if block.kind == model.BREAK and block.text.strip():
            return block.text.strip()
    return SHOWN


def _with_breaks(rows: list[Row], src: model.Document) -> list[Item]:
    items: list[Item] = []
    section = min((r.section for r in rows), default=0)
    text = _break_text(src)
    for row in rows:
        if row.section > section:
            items.append(SectionBreak(row.section, text))
            section = row.section
        items.append(row)
    return items


def _single(src: model.Document) -> Layout:
    """No originals: one row per paragraph, which reads better than one per sentence."""
    rows = []
    for block in src.blocks:
        if block.kind == model.BREAK or not block.text.strip():
            continue
        segments = block.segments or [model.Segment(-1, block.index, 0, len(block.text), block.text)]
        rows.append(Row(src=list(segments), originals=[], speaker=block.speaker, section=block.section,
                        kind=block.kind, label=block.label))
    return Layout(items=_with_breaks(rows, src))
