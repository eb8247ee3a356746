"""A small element builder for the XML exports.

Every string (text and attribute values) passes through ``clean_xml_text`` here, so the removal count
in the report is complete. Strings given to ``root``/``sub`` are metadata that a header may repeat (a
title in titleStmt and in bibl), so each distinct one is counted once; running text added with
``clean``/``append_text`` is counted at every occurrence. Indentation is added only inside element-only containers:
whitespace inside mixed content (a ``<seg>`` holding ``<s>`` and the spaces between them) would change
the text, so it is never touched.
"""

from __future__ import annotations

from typing import Collection, Mapping, Optional

from lxml import etree

from workbench.export.xmltext import clean_xml_text

XML_NS = "http://www.w3.org/XML/1998/namespace"


class Builder:
    """Creates elements in one namespace and counts the characters cleaning removed."""

    def __init__(self, namespace: str = "") -> None:
        self.namespace = namespace
        self.removed = 0
        self._metadata: dict[str, str] = {}

    def clean(self, text: str) -> str:
        cleaned, removed = clean_xml_text(text)
        self.removed += removed
        return cleaned

    def _clean_metadata(self, text: str) -> str:
        if text not in self._metadata:
            self._metadata[text] = self.clean(text)
        return self._metadata[text]

    def _qname(self, tag: str) -> str:
        return f"{{{self.namespace}}}{tag}" if self.namespace else tag

    def _fill(self, el: etree._Element, attrs: Optional[Mapping[str, Optional[str]]], text: Optional[str]) -> None:
        for name, value in (attrs or {}).items():
            if value is None:
                continue
            key = f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml:") else name
            el.set(key, self._clean_metadata(value))
        if text:
            el.text = self._clean_metadata(text)

    def root(self, tag: str, attrs: Optional[Mapping[str, Optional[str]]] = None,
             text: Optional[str] = None) -> etree._Element:
        el = etree.Element(self._qname(tag), nsmap={None: self.namespace} if self.namespace else None)
        self._fill(el, attrs, text)
        return el

    def sub(self, parent: etree._Element, tag: str, attrs: Optional[Mapping[str, Optional[str]]] = None,
            text: Optional[str] = None) -> etree._Element:
        el = etree.SubElement(parent, self._qname(tag))
        self._fill(el, attrs, text)
        return el

    def append_text(self, parent: etree._Element, text: str) -> None:
        """Add ``text`` after the parent's last child (or as its text when it has none): mixed content."""
        if not text:
            return
        text = self.clean(text)
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text


def indent(el: etree._Element, element_only: Collection[str], step: str = "  ", level: int = 0) -> None:
    """Indent children of the elements named in ``element_only`` (local names); stop at anything else.

    A listed element that already holds text (even a space between children) is left alone, as a
    guard; an element holding a single child and no text cannot be told apart from a container,
    so mixed-content elements must never be listed.
    """
    if not isinstance(el.tag, str) or etree.QName(el).localname not in element_only or not len(el):
        return
    if el.text or any(child.tail for child in el):  # any text at all, even a space, is content here
        return
    pad = "\n" + step * (level + 1)
    el.text = pad
    for child in el:
        child.tail = pad
        indent(child, element_only, step, level + 1)
    el[-1].tail = "\n" + step * level
