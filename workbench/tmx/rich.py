"""The ``<tu>`` of a unit that came from another tool's TMX, written back as it came.

The streaming writer refills one skeleton ``<tu>`` per layout for the workbench's own units; a unit with
kept extras (full tags, inline codes, another tool's attributes, props and notes) is built here instead,
one element at a time: such units are rarer, and each may differ from the last in every part.
"""

from __future__ import annotations

from typing import Callable, Optional

from lxml import etree

from workbench.export.xmltext import clean_xml_text
from workbench.model import Unit

XML_NS = "{http://www.w3.org/XML/1998/namespace}"


def rich_tu(unit: Unit, *, header_src: str, code: Callable[[str], str], stamp: str) -> Optional[etree._Element]:
    """The unit's ``<tu>`` with its kept attributes, props, notes, language tags and inline codes; None when
    it has text in fewer than two languages. ``code`` maps one of our keys to the tag a lang map gives it."""
    extra = unit.extra
    tags = extra.get("tags", {})
    keys = [k for k, t in unit.texts.items() if t.strip()]
    if len(keys) < 2:
        return None
    src = unit.srclang if unit.srclang in keys else min(keys)
    keys = [src, *sorted(k for k in keys if k != src)]

    def tag_of(key: str) -> str:
        return tags.get(key) or code(key)

    attrs = dict(extra.get("tu") or {"creationdate": unit.created or stamp, "changedate": unit.created or stamp})
    if "srclang" not in attrs and src != header_src and header_src != "*all*":
        attrs["srclang"] = tag_of(src)
    tu = etree.Element("tu", {"tuid": unit.tuid} if unit.tuid else None)
    for key, value in attrs.items():
        tu.set(_attr_name(key), _clean(value))
    tu.text = "\n    "
    notes = extra.get("notes")
    if notes is None and unit.note:
        notes = [[unit.note, {}]]
    _annotations(tu, notes or [], extra.get("props") or _own_props(unit))
    if unit.flagged and not any(p[0] == "x-flagged" for p in extra.get("props") or []):
        _sub(tu, "prop", "yes", {"type": "x-flagged"})
    for key in keys:
        kept = extra.get("tuv", {}).get(key, {})
        tuv = etree.SubElement(tu, "tuv", {XML_NS + "lang": tag_of(key)})
        for name, value in kept.get("attrs", {}).items():
            tuv.set(_attr_name(name), _clean(value))
        tuv.text = "\n      "
        _annotations(tuv, kept.get("notes", []), kept.get("props", []))
        seg = _seg(extra.get("inline", {}).get(key), unit.texts[key])
        tuv.append(seg)
        seg.tail = "\n    "
        tuv.tail = "\n    "
    tuv.tail = "\n"
    tu.tail = "\n"
    return tu


def _own_props(unit: Unit) -> list[list]:
    """The props the template writer gives a unit, for a kept unit whose tool wrote none of its own."""
    props = [[name, value, {}] for name, value in (("x-document", unit.doc), ("x-source-url", unit.source_url),
                                                   ("x-speaker", unit.speaker)) if value]
    return props + [["x-section", str(unit.section), {}], ["x-shape", unit.shape or "1-1", {}],
                    ["x-score", "%.3f" % unit.score, {}], ["x-status", unit.status, {}]]


def _annotations(parent: etree._Element, notes: list, props: list) -> None:
    # TMX 1.4b wants notes and props before the tuvs (or the seg); both kinds keep their own order.
    for text, attrs in notes:
        _sub(parent, "note", text, attrs)
    for kind, text, attrs in props:
        _sub(parent, "prop", text, {"type": kind, **attrs})


def _sub(parent: etree._Element, tag: str, text: str, attrs: dict) -> None:
    child = etree.SubElement(parent, tag)
    for name, value in attrs.items():
        child.set(_attr_name(name), _clean(value))
    child.text = _clean(text)
    child.tail = parent.text


def _seg(inline: Optional[str], text: str) -> etree._Element:
    if inline is not None:
        try:
            return etree.fromstring(f"<seg>{inline}</seg>")
        except etree.XMLSyntaxError:
            pass  # kept XML that no longer parses: the plain text is still right
    seg = etree.Element("seg")
    seg.text = _clean(text)
    return seg


def _attr_name(name: str) -> str:
    return XML_NS + name[4:] if name.startswith("xml:") else name


def _clean(value: str) -> str:
    return clean_xml_text(value)[0]
