"""The ``<text>`` of one language version: sections as divs, speeches as ``<u>``, sentences as ``<s>``.

Mapping (after ParlaMint): each section is a ``<div type="debateSection">``; a break ("x x x") opens a
new div and stays as ``<note type="break">``; a TITLE is the div's ``<head>``; speaker introductions and
inline labels are ``<note type="speaker">``; consecutive SPEECH blocks of one turn share one
``<u who="#Key">``, each block a ``<seg>``; everything else is a ``<p>``. Sentences are ``<s>`` inside
those elements, and the text between them is kept as tails, so each element's text is the block text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from lxml import etree

from workbench import model
from workbench.errors import WorkbenchError
from workbench.export.tei.ids import sentence_id
from workbench.export.xmlbuild import Builder

# Elements the indenter may add whitespace to; everything else (seg, s, p, head, note) is mixed content.
BODY_CONTAINERS = ("text", "body", "div", "u")


@dataclass
class BodyResult:
    text: etree._Element
    sentence_ids: dict[int, str]  # Segment.index -> xml:id
    notes: list[str] = field(default_factory=list)


class _BodyWriter:
    def __init__(self, b: Builder, doc: model.Document, prefix: str, who: dict[str, str]) -> None:
        self.b, self.doc, self.prefix, self.who = b, doc, prefix, who
        self.sentence_ids: dict[int, str] = {}
        self.loose_offsets = 0  # blocks whose segment offsets did not match their text
        self.body: Optional[etree._Element] = None
        self.div: Optional[etree._Element] = None
        self.div_section: Optional[int] = None
        self.u: Optional[etree._Element] = None
        self.u_key: Optional[tuple] = None
        self.divs = 0
        self.us = 0

    def new_div(self, section: Optional[int]) -> etree._Element:
        self.divs += 1
        self.div = self.b.sub(self.body, "div", {"type": "debateSection", "xml:id": f"{self.prefix}.div{self.divs}"})
        self.div_section = section
        self.u = None
        return self.div

    def build(self, parent: etree._Element) -> BodyResult:
        text = self.b.sub(parent, "text", {"xml:lang": self.doc.lang or "und"})
        self.body = self.b.sub(text, "body")
        indices = [block.index for block in self.doc.blocks]
        if len(set(indices)) != len(indices):
            raise WorkbenchError(f"document {self.doc.id}: block numbers repeat, so element ids would clash")
        for block in self.doc.blocks:
            self.block(block)
        if self.div is None:  # an empty document still needs a body TEI accepts
            self.b.sub(self.new_div(None), "p")
        notes = []
        if self.loose_offsets:
            notes.append(f"{self.doc.lang} document {self.doc.id}: {self.loose_offsets} blocks had sentence offsets "
                         "that did not match their text; sentences were joined with spaces")
        return BodyResult(text, self.sentence_ids, notes)

    def block(self, block: model.Block) -> None:
        if block.kind == model.BREAK:
            note = self.b.sub(self.new_div(None), "note", {"type": "break", "xml:id": f"{self.prefix}.break{block.index}"})
            self.fill(note, block)
            return
        if self.div is None:
            self.new_div(block.section)
        elif self.div_section is None:
            self.div_section = block.section
        elif block.section != self.div_section:
            self.new_div(block.section)
        # <head> is only allowed before a div's content, so a late title opens a new div.
        if block.kind == model.TITLE and any(etree.QName(c).localname not in ("head", "note") for c in self.div):
            self.new_div(block.section)
        if block.label:
            self.u = None
            self.speaker_note(block.index, "label").text = self.b.clean(block.label)
        if block.kind == model.TITLE:
            self.fill(self.b.sub(self.div, "head", {"xml:id": f"{self.prefix}.head{block.index}"}), block)
            return
        if block.kind == model.INTRO:
            self.u = None
            self.fill(self.speaker_note(block.index, "intro"), block)
            return
        if block.kind == model.SPEECH:
            self.speech(block)
            return
        self.u = None
        self.fill(self.b.sub(self.div, "p", {"xml:id": f"{self.prefix}.p{block.index}"}), block)

    def speaker_note(self, index: int, what: str) -> etree._Element:
        return self.b.sub(self.div, "note", {"type": "speaker", "xml:id": f"{self.prefix}.{what}{index}"})

    def speech(self, block: model.Block) -> None:
        key = (block.speaker, block.turn)
        if self.u is None or key != self.u_key:
            self.us += 1
            who = f"#{self.who[block.speaker]}" if block.speaker else None
            self.u = self.b.sub(self.div, "u", {"who": who, "xml:id": f"{self.prefix}.u{self.us}"})
            self.u_key = key
        self.fill(self.b.sub(self.u, "seg", {"xml:id": f"{self.prefix}.seg{block.index}"}), block)

    def fill(self, el: etree._Element, block: model.Block) -> None:
        """Put the block's text into ``el``, each sentence as an ``<s>``, the rest as text and tails."""
        segs = block.segments
        if not segs:
            self.b.append_text(el, block.text)
            return
        text = block.text
        pos, exact = 0, True
        for seg in segs:
            if seg.start < pos or text[seg.start:seg.end] != seg.text:
                exact = False
                break
            pos = seg.end
        if not exact:
            self.loose_offsets += 1
        for n, seg in enumerate(segs):
            gap = text[(segs[n - 1].end if n else 0):seg.start] if exact else (" " if n else "")
            self.b.append_text(el, gap)
            sid = sentence_id(self.prefix, seg)
            if seg.index in self.sentence_ids:
                raise WorkbenchError(f"document {self.doc.id}: sentence number {seg.index} occurs twice")
            self.sentence_ids[seg.index] = sid
            s = self.b.sub(el, "s", {"xml:id": sid})
            s.text = self.b.clean(seg.text) or None
        if exact:
            self.b.append_text(el, text[segs[-1].end:])


def build_text(b: Builder, parent: etree._Element, doc: model.Document, prefix: str,
               who: dict[str, str]) -> BodyResult:
    """Append the ``<text>`` of ``doc`` to ``parent`` (its ``<TEI>``); ``who`` maps Person.key to the
    xml:id of its ``<person>``."""
    return _BodyWriter(b, doc, prefix, who).build(parent)
