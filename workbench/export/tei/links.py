"""Alignments as TEI stand-off links: ``<linkGrp type="translation">`` of ``<link target="#en.s1 #ru.s1">``.

Only beads with sentences on both sides become links (a TEI link needs two or more pointers); the
others are counted as skipped. ``@cert`` carries the aligner's confidence, ``@resp`` who stands
behind the link: the aligner (``#workbench``), the reviewer who confirmed it (``#reviewer.anna``, with a
respStmt naming them in the header), or an unnamed reviewer (``#reviewer``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from lxml import etree

from workbench import model
from workbench.errors import WorkbenchError
from workbench.export.tei.ids import REVIEWER_ID, WORKBENCH_ID, reviewer_id
from workbench.export.xmlbuild import Builder

# Score bands for @cert: the aligner flags beads below 0.5 for review by default, so "low" means "flagged".
CERT_HIGH = 0.8
CERT_MEDIUM = 0.5


@dataclass
class LinkResult:
    links: int = 0
    skipped: int = 0  # beads with an empty side
    notes: list[str] = field(default_factory=list)


def cert(score: float) -> str:
    if score >= CERT_HIGH:
        return "high"
    return "medium" if score >= CERT_MEDIUM else "low"


def resp(bead: model.Bead) -> str:
    """Who stands behind a link: the aligner, the named reviewer who confirmed it, or an unnamed one."""
    if bead.status != model.CONFIRMED:
        return f"#{WORKBENCH_ID}"
    return f"#{reviewer_id(bead.reviewer)}" if bead.reviewer else f"#{REVIEWER_ID}"


def build_standoff(b: Builder, parent: etree._Element, alignments: Sequence[model.Alignment],
                   prefixes: Mapping[str, str], sentence_ids: Mapping[str, Mapping[int, str]]) -> LinkResult:
    """Append a ``<standOff>`` with one ``<linkGrp>`` per alignment to ``parent``.

    ``prefixes`` and ``sentence_ids`` are keyed by document id: the TEI prefix of that document and
    its Segment.index -> xml:id map.
    """
    result = LinkResult()
    standoff = b.sub(parent, "standOff")
    for alignment in alignments:
        for doc_id in (alignment.src_doc, alignment.tgt_doc):
            if doc_id not in prefixes:
                raise WorkbenchError(f"alignment {alignment.src_doc} -> {alignment.tgt_doc}: "
                                     f"document {doc_id} is not among the documents exported")
        src, tgt = prefixes[alignment.src_doc], prefixes[alignment.tgt_doc]
        group = b.sub(standoff, "linkGrp", {"type": "translation", "xml:id": f"{src}-{tgt}.links",
                                            "corresp": f"#{src} #{tgt}"})
        src_ids, tgt_ids = sentence_ids[alignment.src_doc], sentence_ids[alignment.tgt_doc]
        missing = 0
        for bead in alignment.beads:
            if not bead.src or not bead.tgt:
                result.skipped += 1
                continue
            try:
                targets = [src_ids[i] for i in bead.src] + [tgt_ids[i] for i in bead.tgt]
            except KeyError:
                missing += 1
                continue
            b.sub(group, "link", {"type": bead.shape, "target": " ".join(f"#{t}" for t in targets),
                                  "cert": cert(bead.score), "resp": resp(bead)})
            result.links += 1
        if missing:
            result.notes.append(f"alignment {src}-{tgt}: {missing} beads point at sentences the documents "
                                "do not have; left out")
        if not len(group):
            # An empty linkGrp is invalid TEI; say so instead of writing one.
            standoff.remove(group)
            result.notes.append(f"alignment {src}-{tgt}: no bead links sentences on both sides")
    if not len(standoff):
        parent.remove(standoff)
    return result
