"""XLIFF 2.0 in and out: a pair's units for a CAT tool, a new transcript pre-translated from the memory, and a
translated file brought back as units.

Each unit is one ``<unit>`` with one ``<segment>``; review decides the segment's state (a confirmed bead is
``reviewed``, an aligner's bead ``translated``, a pre-translation below 100 % ``initial``), and the aligner's
score, a fuzzy match's percentage and a reviewer's comment travel as ``<note>``s. Valid against the XLIFF 2.0
core schema (tests validate every file written).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Optional

from lxml import etree

from workbench.errors import InputError
from workbench.export.xmltext import ExportReport
from workbench.model import AUTO, CONFIRMED, Unit

NS = "urn:oasis:names:tc:xliff:document:2.0"
_X = f"{{{NS}}}"
STATES = ("initial", "translated", "reviewed", "final")


@dataclass(frozen=True)
class Segment:
    """One sentence for the file: its id, source, target (may be empty) and what the notes say."""

    id: str
    source: str
    target: str = ""
    state: str = "initial"
    notes: tuple[tuple[str, str], ...] = ()  # (category, text)


def state_of(unit: Unit) -> str:
    """A unit's XLIFF state from its review: confirmed -> reviewed, an aligner's -> translated."""
    return "reviewed" if unit.status == CONFIRMED else "translated"


def segments_of(units: Iterable[Unit], src_lang: str, tgt_lang: str) -> Iterable[Segment]:
    """The units that hold both languages as segments, with their score and note."""
    for n, unit in enumerate(units, 1):
        src = next((t for k, t in unit.texts.items() if k.split("-")[0] == src_lang), None)
        tgt = next((t for k, t in unit.texts.items() if k.split("-")[0] == tgt_lang), None)
        if src is None or tgt is None:
            continue
        notes = [("x-score", f"{unit.score:.3f}")]
        if unit.flagged:
            notes.append(("x-flagged", "the aligner flagged this unit for review"))
        if unit.note:
            notes.append(("comment", unit.note))
        yield Segment(f"u{n}", src, tgt, state_of(unit), tuple(notes))


def write_xliff(segments: Iterable[Segment], path: str | os.PathLike[str], *, src_lang: str, tgt_lang: str,
                original: str = "") -> ExportReport:
    """Write one ``<file>`` of segments as XLIFF 2.0 (``-``: standard output), atomically."""
    from workbench.export.atomic import atomic_write
    from workbench.export.xmltext import clean_xml_text

    root = etree.Element(f"{_X}xliff", {"version": "2.0", "srcLang": src_lang, "trgLang": tgt_lang}, nsmap={None: NS})
    file_ = etree.SubElement(root, f"{_X}file", {"id": "f1", **({"original": original} if original else {})})
    report = ExportReport(os.fspath(path))

    def clean(text: str) -> str:
        value, removed = clean_xml_text(text)
        report.removed_chars += removed
        return value

    for seg in segments:
        unit = etree.SubElement(file_, f"{_X}unit", {"id": seg.id})
        if seg.notes:
            notes = etree.SubElement(unit, f"{_X}notes")
            for category, text in seg.notes:
                etree.SubElement(notes, f"{_X}note", {"category": category}).text = clean(text)
        segment = etree.SubElement(unit, f"{_X}segment", {"state": seg.state})
        etree.SubElement(segment, f"{_X}source").text = clean(seg.source)
        if seg.target:
            etree.SubElement(segment, f"{_X}target").text = clean(seg.target)
        report.units += 1
    if not report.units:
        report.notes.append("no segment had text in both languages")
        etree.SubElement(etree.SubElement(file_, f"{_X}unit", {"id": "empty"}), f"{_X}segment").append(
            etree.Element(f"{_X}source"))
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    with atomic_write(path) as handle:
        handle.write(data)
    return report


def read_xliff(path: str | os.PathLike[str]) -> tuple[str, str, list[Unit]]:
    """The (source language, target language, units) of a translated XLIFF 2.0 file: one unit per segment
    that has a target; reviewed and final segments come back confirmed."""
    name = os.fspath(path)
    if not os.path.isfile(name):
        raise InputError(name, "no such file")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.parse(name, parser).getroot()
    except etree.XMLSyntaxError as err:
        raise InputError(name, f"not well-formed XML: {str(err.msg or err).splitlines()[0]}") from None
    if root.tag != f"{_X}xliff" or root.get("version", "").split(".")[0] != "2":
        raise InputError(name, "not an XLIFF 2 file (root <xliff version=\"2.0\"> in the XLIFF 2.0 namespace)")
    src_lang, tgt_lang = root.get("srcLang", ""), root.get("trgLang", "")
    if not src_lang or not tgt_lang:
        raise InputError(name, "the file names no srcLang and trgLang")
    units = []
    for file_ in root.iter(f"{_X}file"):
        for unit in file_.iter(f"{_X}unit"):
            for k, segment in enumerate(unit.iter(f"{_X}segment")):
                source = "".join(segment.find(f"{_X}source").itertext()) if segment.find(f"{_X}source") is not None else ""
                target_el = segment.find(f"{_X}target")
                target = "".join(target_el.itertext()) if target_el is not None else ""
                if not source.strip() or not target.strip():
                    continue
                note = "\n".join(n.text or "" for n in unit.iter(f"{_X}note") if n.get("category") == "comment")
                state = segment.get("state", "initial")
                units.append(Unit(
                    tuid=f"xliff:{file_.get('id', 'f')}:{unit.get('id', '')}:{k}", texts={src_lang: source, tgt_lang: target},
                    srclang=src_lang, status=CONFIRMED if state in ("reviewed", "final") else AUTO, note=note))
    return src_lang, tgt_lang, units


def pretranslate_segments(memory, sentences: list[str], *, src: str, tgt: str,
                          min_score: int = 75) -> list[Segment]:
    """Each sentence with the memory's best match as its target (100 % or in context: translated; fuzzy:
    initial) and the match % as a note; sentences without a match keep an empty target."""
    from workbench.tm.lookup import lookup_lines

    out = []
    for n, (sentence, found) in enumerate(lookup_lines(memory, sentences, src=src, tgt=tgt, min_score=min_score,
                                                       limit=1), 1):
        if found:
            best = found[0]
            out.append(Segment(f"s{n}", sentence, best.target, "translated" if best.score >= 100 else "initial",
                               (("x-match", f"{best.score}%"), ("x-tm-source", best.source))))
        else:
            out.append(Segment(f"s{n}", sentence))
    return out


def pretranslate(memory, path: str | os.PathLike[str], out: str | os.PathLike[str], *, to: str,
                 min_score: int = 75, lang: Optional[str] = None) -> ExportReport:
    """Segment a new transcript and write it as XLIFF 2.0 with targets filled from the memory."""
    from workbench.pipeline import read

    doc = read(path, lang=lang)
    sentences = [s.text for s in doc.segments]
    segments = pretranslate_segments(memory, sentences, src=doc.lang, tgt=to, min_score=min_score)
    report = write_xliff(segments, out, src_lang=doc.lang, tgt_lang=to, original=os.path.basename(os.fspath(path)))
    filled = sum(1 for s in segments if s.target)
    report.notes.append(f"{filled} of {len(segments)} sentences pre-translated from the memory")
    return report
