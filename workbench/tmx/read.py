"""Read another tool's translation memory (TMX 1.1 to 1.4b) as Units, streaming and safely.

Other tools' files differ in ways that matter here: TMX 1.1 writes ``lang`` where 1.4 writes
``xml:lang``; codes come in any case with ``_`` or ``-`` (EN_us, ru-ru, AZ-LATN); segments carry
inline markup (bpt/ept/ph/it/ut hold the original format codes, hi holds real text). Units come out
with our bare codes for en/ru/az (other languages keep a normalised BCP 47 tag) and plain text.

A TMX is untrusted input: entities are never resolved, no DTD or network resource is loaded, and a
DOCTYPE that declares entities (billion laughs, external entities) is refused outright.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
import re
from typing import Iterator, Optional

from lxml import etree

from workbench.errors import InputError, WorkbenchError
from workbench.model import AUTO, Unit
from workbench.tmx.langmap import bare_code

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Inline elements whose content is a native format code, not text (TMX 1.4b, section 3.7).
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut", "sub"})


def read_tmx(path: str | os.PathLike[str], skipped: Optional[list[str]] = None) -> Iterator[Unit]:
    """Yield a Unit per ``<tu>`` with text in at least two languages. Raises InputError for a file that
    is missing, not well-formed XML, not TMX, truncated, or that declares entities.

    ``skipped``, when given, receives the tuid (or position) of every ``<tu>`` left out."""
    name = os.fspath(path)
    if not os.path.isfile(name):
        raise InputError(name, "no such file")
    _refuse_entities(name)
    header_src: Optional[str] = None
    header_date = ""
    events = etree.iterparse(name, events=("start", "end"), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
    root: Optional[etree._Element] = None
    try:
        for event, elem in events:
            if root is None:
                root = elem
                _check_root(name, elem)
                continue
            if event != "end":
                continue
            tag = _local(elem)
            if tag == "header":
                header_src = _lang_attr(elem, "srclang", name)
                header_date = elem.get("creationdate", "")
            elif tag == "tu":
                unit = _unit(elem, header_src, header_date, name)
                if unit is not None:
                    yield unit
                elif skipped is not None:
                    skipped.append(elem.get("tuid") or f"#{len(skipped) + 1}")
                # Constant memory: drop the finished <tu> and whatever went before it.
                elem.clear(keep_tail=False)
                parent = elem.getparent()
                if parent is not None:
                    while elem.getprevious() is not None:
                        del parent[0]
    except etree.XMLSyntaxError as err:
        detail = str(err.msg or err).splitlines()[0]
        raise InputError(name, f"not well-formed XML (truncated or not TMX?): {detail}") from None
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror or err}") from None
    if root is None:
        raise InputError(name, "empty file, not TMX")


_PROLOG_LIMIT = 1 << 20  # a prolog (declaration, comments, DOCTYPE) longer than this is not a TMX's
_ENTITIES = "refusing a TMX whose DOCTYPE declares entities (entity expansion or external files)"


def _refuse_entities(name: str) -> None:
    """Refuse a file whose DOCTYPE declares entities, from its bytes, before any XML parser sees it:
    libxml2 versions differ in what they expand and what they refuse, and with what message."""
    with open(name, "rb") as fh:
        head = fh.read(_PROLOG_LIMIT)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("latin-1")  # markup is ASCII in every encoding a TMX may use but UTF-16
    root = _ROOT_START.search(text)
    prolog = text if root is None else text[:root.start()]
    if "<!ENTITY" in prolog:
        raise InputError(name, _ENTITIES)
    if root is None and "<!DOCTYPE" in prolog and len(head) == _PROLOG_LIMIT:
        raise InputError(name, f"refusing a TMX whose DOCTYPE runs past {_PROLOG_LIMIT >> 20} MB")


# The root element's start tag: "<" and a name character (a DOCTYPE, comment or PI starts "<!" or "<?").
_ROOT_START = re.compile(r"<[A-Za-z_:]")


def _check_root(name: str, root: etree._Element) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError(name, _ENTITIES)
    if _local(root) != "tmx":
        raise InputError(name, f"not a TMX file: the root element is <{_local(root)}>, not <tmx>")


# A file repeats a handful of codes a million times: normalise each once.
_bare_code = functools.lru_cache(maxsize=256)(bare_code)


def _local(elem: etree._Element) -> str:
    tag = elem.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def _lang_attr(elem: etree._Element, attr: str, name: str) -> Optional[str]:
    value = (elem.get(attr) or "").strip()
    if not value:
        return None
    if value.lower() == "*all*":
        return "*all*"
    return _code(value, name)


def _code(value: str, name: str) -> str:
    try:
        return _bare_code(value)
    except WorkbenchError:
        raise InputError(name, f"not a language code: {value!r}") from None


def seg_text(seg: etree._Element) -> str:
    """Plain text of a ``<seg>``: format codes (bpt, ept, ph, it, ut and their sub-flows) are dropped,
    highlighted text (hi) and unknown elements keep their text, tails are always kept."""
    parts = [seg.text or ""]
    for child in seg:
        if isinstance(child.tag, str) and _local(child) not in _CODES:
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _unit(tu: etree._Element, header_src: Optional[str], header_date: str, name: str) -> Optional[Unit]:
    texts: dict[str, str] = {}
    props: dict[str, str] = {}
    notes: list[str] = []
    for child in tu:
        tag = _local(child)
        if tag == "tuv":
            lang = child.get(XML_LANG) or child.get("lang")
            seg = next((c for c in child if _local(c) == "seg"), None)
            if lang is None or seg is None:
                continue  # a <tuv> without a language or a segment tells us nothing usable
            text = seg_text(seg)
            if text.strip():
                texts.setdefault(_code(lang, name), text)  # a second variant of one language is not kept
        elif tag == "prop" and child.get("type"):
            props.setdefault(child.get("type", ""), child.text or "")
        elif tag == "note" and child.text:
            notes.append(child.text)
    if len(texts) < 2:
        return None
    own_src = _lang_attr(tu, "srclang", name)
    first = next(iter(texts))
    srclang = next((c for c in (own_src, header_src) if c in texts), first)
    return Unit(
        tuid=tu.get("tuid") or _derived_tuid(texts, srclang),
        texts=texts,
        srclang=srclang,
        score=_float(props.get("x-score"), 1.0),
        status=props.get("x-status") or AUTO,
        flagged=props.get("x-flagged") == "yes",
        shape=props.get("x-shape") or "1-1",
        speaker=props.get("x-speaker", ""),
        section=int(_float(props.get("x-section"), 0)),
        doc=props.get("x-document", ""),
        source_url=props.get("x-source-url", ""),
        note="\n".join(notes),
        created=tu.get("creationdate") or tu.get("changedate") or header_date,
    )


def _float(value: Optional[str], default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _derived_tuid(texts: dict[str, str], srclang: str) -> str:
    """A stable id for a unit that came without one, so importing the same file twice adds nothing."""
    digest = hashlib.sha1(json.dumps([srclang, sorted(texts.items())], ensure_ascii=False).encode()).hexdigest()
    return f"tmx:{digest[:20]}"
