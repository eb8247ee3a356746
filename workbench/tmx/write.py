"""TMX 1.4b export: one ``<tu>`` per unit with text in at least two languages, streamed.

The file is written element by element through ``lxml.etree.xmlfile`` inside ``atomic_write``, so a
million units need constant memory and a failure half-way leaves the previous file (or none) in place.
No DOCTYPE is written: the DTD is not needed to read the file, and a SYSTEM id pointing at a file that
is not there makes some validating readers fail; tests validate against ``tmx14.dtd`` regardless.
"""

from __future__ import annotations

import os
import re
from typing import Callable, Iterable, Optional

from lxml import etree

import workbench
from workbench import clock
from workbench.export.atomic import atomic_write
from workbench.export.xmltext import ExportReport, clean_xml_text
from workbench.model import Unit
from workbench.tmx.langmap import PRESETS, bare_code

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CREATION_ID = "workbench"
O_TMF = "workbench-sqlite"  # the format the units come from (our store), as TMX asks; not an encoding
_STAMP = re.compile(r"^\d{8}T\d{6}Z$")
_PROGRESS_EVERY = 1000  # units between progress callbacks: often enough for a bar, cheap enough for 1M units


class _Writer:
    """Turns units into ``<tu>`` elements, counting what had to be cleaned or left out.

    Building a dozen lxml elements per unit costs three times as much as serialising them, so one
    skeleton ``<tu>`` is kept per layout (which props, which languages) and refilled for every unit:
    the writer stays streaming (one element per unit) at a fraction of the cost.
    """

    def __init__(self, header_src: str, lang_map: dict[str, str], stamp: str) -> None:
        self.header_src = header_src
        self.lang_map = lang_map
        self.stamp = stamp
        self.removed = 0
        self.foreign_src = 0  # units whose own srclang differs from the header's
        self._keys: dict[str, str] = {}
        self._last_created = ""  # the last valid Unit.created seen: units of one alignment share it
        self._templates: dict[tuple, _Template] = {}
        self._layouts: dict[tuple, tuple] = {}

    def clean(self, text: str) -> str:
        clean, removed = clean_xml_text(text)
        self.removed += removed
        return clean

    def key(self, lang: str) -> str:
        key = self._keys.get(lang)
        if key is None:
            key = self._keys[lang] = bare_code(lang)
        return key

    def code(self, key: str) -> str:
        return self.lang_map.get(key, key)

    def tu(self, unit: Unit) -> Optional[etree._Element]:
        """The unit's ``<tu>``, or None when it has text in fewer than two languages."""
        if unit.extra or len({self.key(k) for k in unit.texts}) < len(unit.texts):
            # kept extras, or two tags of one language (en-US, en-GB) that the template would fold together
            return self._rich(unit)
        try:
            return self._tu(unit, clean=False)
        except ValueError:
            # lxml refuses every XML-invalid character (tests hold it to that), so scanning each unit
            # beforehand would only duplicate its check: clean only the units it refuses.
            return self._tu(unit, clean=True)

    def _rich(self, unit: Unit) -> Optional[etree._Element]:
        from workbench.tmx.rich import rich_tu

        tu = rich_tu(unit, header_src=self.header_src, code=self.code, stamp=self.stamp)
        if tu is not None and tu.get("srclang") and self.header_src != "*all*":
            self.foreign_src += 1
        return tu

    def _tu(self, unit: Unit, clean: bool) -> Optional[etree._Element]:
        texts = list(unit.texts.values())
        langs = tuple(unit.texts)
        fields = [unit.note, unit.doc, unit.source_url, unit.speaker, unit.shape or "1-1", unit.status, unit.tuid]
        removed = 0
        if clean:
            cleaned = [clean_xml_text(value) for value in (*texts, *fields)]
            removed = sum(count for _, count in cleaned)
            values = [value for value, _ in cleaned]
            texts, fields = values[:len(texts)], values[len(texts):]
        if not all(map(str.strip, texts)):
            keep = [i for i, text in enumerate(texts) if text.strip()]
            texts, langs = [texts[i] for i in keep], tuple(langs[i] for i in keep)
        layout = self._layout(unit.srclang, langs)
        if layout is None:
            return None  # nothing counts as removed from a unit that is not written
        order, picks = layout
        note, doc, url, speaker, shape, status, tuid = fields
        present = (bool(note), bool(doc), bool(url), bool(speaker))
        values = [v for v in (note, doc, url, speaker) if v]
        values += [str(unit.section), shape, "%.3f" % unit.score, status]
        if unit.flagged:
            values.append("yes")
        values += [texts[i] for i in picks]
        created = unit.created
        values += [tuid, created if created and (created == self._last_created or self._stamp_ok(created))
                   else self.stamp]
        key = (bool(tuid), present + (unit.flagged,), order)
        template = self._templates.get(key)
        if template is None:
            template = self._templates[key] = self._build(*key)
        tu = template.fill(values)
        self.removed += removed
        if order[0] != self.header_src:
            self.foreign_src += self.header_src != "*all*"
        return tu

    def _layout(self, srclang: str, langs: tuple[str, ...]) -> Optional[tuple[tuple[str, ...], tuple[int, ...]]]:
        """For a unit's srclang and its (non-empty) text languages in their order: our language keys in
        writing order (the source first, then sorted) and where each one's text is; None under two.
        Two codes of one language (en, en-US) keep the first text."""
        found = self._layouts.get((srclang, langs))
        if found is None:
            first: dict[str, int] = {}
            for i, lang in enumerate(langs):
                first.setdefault(self.key(lang), i)
            found = ()
            if len(first) > 1:
                unit_src = self.key(srclang) if srclang else self.header_src
                src = next((c for c in (unit_src, self.header_src) if c in first), min(first))
                order = (src, *sorted(k for k in first if k != src))
                found = (order, tuple(first[k] for k in order))
            self._layouts[(srclang, langs)] = found
        return found or None

    def _stamp_ok(self, created: str) -> bool:
        if _STAMP.match(created):
            self._last_created = created
            return True
        return False

    def _build(self, has_tuid: bool, present: tuple[bool, ...], langs: tuple[str, ...]) -> _Template:
        attrib = {"tuid": ""} if has_tuid else {}
        if langs[0] != self.header_src:
            # TMX wants the source language's <tuv> in every <tu>; name it where it is not the header's.
            attrib["srclang"] = self.code(langs[0])
        attrib.update(creationdate="", creationid=CREATION_ID, changedate="")
        tu = etree.Element("tu", attrib)
        tu.text = "\n    "
        slots = []
        optional = [("note", None), ("prop", "x-document"), ("prop", "x-source-url"), ("prop", "x-speaker")]
        fixed = [("prop", "x-section"), ("prop", "x-shape"), ("prop", "x-score"), ("prop", "x-status")]
        # a unit the aligner doubted, written only when asked for (--include-flagged), says so
        flagged = [("prop", "x-flagged")] if present[-1] else []
        for tag, kind in [pair for pair, on in zip(optional, present) if on] + fixed + flagged:
            child = etree.SubElement(tu, tag, {"type": kind} if kind else None)
            child.tail = "\n    "
            slots.append(child)
        for lang in langs:
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: self.code(lang)})
            slots.append(etree.SubElement(tuv, "seg"))
            tuv.tail = "\n    "
        tuv.tail = "\n"
        tu.tail = "\n"
        return _Template(tu, slots, has_tuid)


class _Template:
    """A skeleton ``<tu>`` and the elements whose text changes from unit to unit.

    Values equal to the previous unit's (document, speaker, status, dates) are not set again:
    consecutive units share most of them, and every lxml text or attribute update has a cost.
    """

    __slots__ = ("tu", "slots", "has_tuid", "last")

    def __init__(self, tu: etree._Element, slots: list[etree._Element], has_tuid: bool) -> None:
        self.tu = tu
        self.slots = slots
        self.has_tuid = has_tuid
        self.last: list[Optional[str]] = [None] * (len(slots) + 2)

    def fill(self, values: list[str]) -> etree._Element:
        """``values``: the slots' texts, then tuid and the date stamp. Raises ValueError (from lxml) for
        XML-invalid characters, leaving the template ready for the next fill."""
        try:
            for slot, value, previous in zip(self.slots, values, self.last):
                if value != previous:
                    slot.text = value
            if self.has_tuid:
                self.tu.set("tuid", values[-2])  # differs from unit to unit: no point comparing
            if values[-1] != self.last[-1]:
                self.tu.set("creationdate", values[-1])
                self.tu.set("changedate", values[-1])
        except ValueError:
            self.last = [None] * len(self.last)  # half filled: compare with nothing next time
            raise
        self.last = values
        return self.tu


def write_tmx(units: Iterable[Unit], path: str | os.PathLike[str], *, srclang: str,
              lang_map: dict[str, str] | None = None, tool_version: str = workbench.__version__,
              progress: Callable[[int], None] | None = None) -> ExportReport:
    """Write ``units`` as TMX 1.4b to ``path`` (atomically). ``srclang`` is a bare code (en/ru/az) or any
    language tag, mapped through ``lang_map`` (default: the "bare" preset) like every ``xml:lang``.
    ``progress`` is called with the number of units handled since its previous call."""
    lang_map = dict(PRESETS["bare"] if lang_map is None else lang_map)
    stamp = clock.tmx_stamp()
    header_src = "*all*" if srclang == "*all*" else bare_code(srclang)
    writer = _Writer(header_src, lang_map, stamp)
    report = ExportReport(os.fspath(path))
    pending = 0
    with atomic_write(path) as handle:
        # Written by hand: lxml's declaration uses single quotes, which a few old readers reject.
        handle.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        with etree.xmlfile(handle, encoding="utf-8") as xf:
            with xf.element("tmx", version="1.4"):
                xf.write("\n")
                xf.write(_header(writer, header_src, tool_version, stamp))
                with xf.element("body"):
                    xf.write("\n")
                    for unit in units:
                        tu = writer.tu(unit)
                        if tu is None:
                            report.skipped += 1
                        else:
                            xf.write(tu)
                            report.units += 1
                        pending += 1
                        if progress and pending == _PROGRESS_EVERY:
                            progress(pending)
                            pending = 0
                xf.write("\n")
        handle.write(b"\n")
    if progress and pending:
        progress(pending)
    report.removed_chars = writer.removed
    if report.skipped:
        report.notes.append(f"{report.skipped} units with text in fewer than two languages were left out")
    if writer.foreign_src:
        report.notes.append(f"{writer.foreign_src} units have a source language other than"
                            f" {writer.code(header_src)}: their <tu> names it in srclang")
    return report


def _header(writer: _Writer, header_src: str, tool_version: str, stamp: str) -> etree._Element:
    header = etree.Element("header", {
        "creationtool": "workbench",
        "creationtoolversion": writer.clean(tool_version),
        "segtype": "sentence",
        "o-tmf": O_TMF,
        "adminlang": "en",
        "srclang": writer.code(header_src),
        "datatype": "plaintext",
        "creationdate": stamp,
        "creationid": CREATION_ID,
    })
    header.tail = "\n"
    return header
