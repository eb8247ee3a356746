"""TEI P5 export (modelled on ParlaMint), valid against tei_all.rng.

One document without alignments becomes a single ``<TEI xml:lang>``; several language versions become
a ``<teiCorpus>`` with one ``<TEI>`` per language and a ``<standOff>`` holding a ``<linkGrp>`` per
alignment. The header parts are in ``header``, the text in ``body``, the links in ``links``.
"""

from __future__ import annotations

import os
from typing import Sequence

from lxml import etree

import workbench
from workbench import clock, model
from workbench.errors import WorkbenchError
from workbench.export.atomic import atomic_write
from workbench.export.tei.body import BODY_CONTAINERS, build_text
from workbench.export.tei.header import HEADER_CONTAINERS, HeaderInfo, PersonEntry, corpus_header, doc_header
from workbench.export.tei.ids import REVIEWER_ID, WORKBENCH_ID, doc_prefixes, person_ids
from workbench.export.tei.links import build_standoff
from workbench.export.xmlbuild import Builder, indent
from workbench.export.xmltext import ExportReport
from workbench.wording import counted

TEI_NS = "http://www.tei-c.org/ns/1.0"
TEI_ALL_URL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
_CONTAINERS = frozenset(HEADER_CONTAINERS + BODY_CONTAINERS + ("standOff", "linkGrp"))


def _people(docs: Sequence[model.Document], prefixes: Sequence[str]) -> list[PersonEntry]:
    """Every participant once, in order of first mention, with each language's version of the name.
    Speakers that a document does not list still get an entry, so every ``@who`` resolves."""
    names: dict[str, list[tuple[str, model.Person]]] = {}
    for doc in docs:
        listed = {p.key for p in doc.people}
        for person in doc.people:
            names.setdefault(person.key, []).append((doc.lang, person))
        for block in doc.blocks:
            if block.speaker and block.speaker not in listed:
                listed.add(block.speaker)
                names.setdefault(block.speaker, []).append((doc.lang, model.Person(block.speaker, block.speaker)))
    ids = person_ids(names, reserved=[*prefixes, WORKBENCH_ID, REVIEWER_ID])
    return [PersonEntry(ids[key], entries) for key, entries in names.items()]


def _serialize(root: etree._Element) -> bytes:
    indent(root, _CONTAINERS)
    # The prolog is written by hand: lxml puts a top-level processing instruction on the root's line.
    prolog = ("<?xml version='1.0' encoding='UTF-8'?>\n"
              f'<?xml-model href="{TEI_ALL_URL}" type="application/xml" '
              'schematypens="http://relaxng.org/ns/structure/1.0"?>\n')
    return prolog.encode("utf-8") + etree.tostring(root, encoding="UTF-8", xml_declaration=False) + b"\n"


def write_tei(docs: Sequence[model.Document], alignments: Sequence[model.Alignment],
              path: str | os.PathLike[str], *, tool_version: str = workbench.__version__) -> ExportReport:
    """Write ``docs`` (and the ``alignments`` between them) as TEI P5 to ``path``, atomically.

    ``report.units`` counts the links written for a corpus, the sentences for a single document;
    ``report.skipped`` counts beads with an empty side, which a TEI link cannot express.
    """
    if not docs:
        raise WorkbenchError(f"{path}: nothing to export as TEI: no documents")
    b = Builder(TEI_NS)
    info = HeaderInfo(tool_version, clock.iso_date())
    prefixes = doc_prefixes(docs)
    people = _people(docs, prefixes)
    who = {entry.names[0][1].key: entry.xml_id for entry in people}
    report = ExportReport(str(path))
    corpus = len(docs) > 1 or bool(alignments)
    if corpus:
        root = b.root("teiCorpus", {"xml:lang": "mul"})
        confirmed = [bead for a in alignments for bead in a.beads if bead.status == model.CONFIRMED]
        reviewers = sorted({bead.reviewer for bead in confirmed if bead.reviewer})
        corpus_header(b, root, docs, info, people=people, aligned=bool(alignments), reviewers=reviewers,
                      unnamed_review=any(not bead.reviewer for bead in confirmed))
    sentence_ids: dict[str, dict[int, str]] = {}
    sentences = 0
    for doc, prefix in zip(docs, prefixes):
        if corpus:
            tei = b.sub(root, "TEI", {"xml:id": prefix, "xml:lang": doc.lang or "und"})
        else:
            tei = root = b.root("TEI", {"xml:id": prefix, "xml:lang": doc.lang or "und"})
        doc_header(b, tei, doc, info, people=() if corpus else people, standalone=not corpus)
        body = build_text(b, tei, doc, prefix, who)
        sentence_ids.setdefault(doc.id, body.sentence_ids)
        sentences += len(body.sentence_ids)
        report.notes.extend(body.notes)
    if alignments:
        by_id = dict(reversed(list(zip((d.id for d in docs), prefixes))))  # first document wins on a repeated id
        links = build_standoff(b, root, alignments, by_id, sentence_ids)
        standoff = root[-1]
        if etree.QName(standoff).localname == "standOff":
            root.insert(1, standoff)  # teiCorpus wants it right after the header, before the TEIs
        report.units, report.skipped = links.links, links.skipped
        report.notes.extend(links.notes)
        if links.skipped:
            report.notes.append(f"{counted(links.skipped, 'bead')} with one side empty "
                                f"{'has' if links.skipped == 1 else 'have'} no link (TEI links need two ends)")
    else:
        report.units = sentences
    report.notes.append(f"{len(docs)} language version(s), {sentences} sentences")
    data = _serialize(root)
    report.removed_chars = b.removed
    with atomic_write(path) as handle:
        handle.write(data)
    return report
