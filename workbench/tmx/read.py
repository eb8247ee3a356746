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
from workbench.tmx.langmap import bare_code, normalize_code

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Inline elements whose content is a native format code, not text (TMX 1.4b, section 3.7).
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut", "sub"})


def read_tmx(path: str | os.PathLike[str], skipped: Optional[list[str]] = None) -> Iterator[Unit]:
    """Yield a Unit per ``<tu>`` with text in at least two languages. Raises InputError for a file that
    is missing, not well-formed XML, not TMX, truncated, or that declares entities.

    ``skipped``, when given, receives the tuid (or position) of every ``<tu>`` left out."""
    name = os.fspath(path)
    if os.path.isdir(name):
        raise InputError(name, "is a folder, not a file")
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
                units = _units(elem, header_src, header_date, name)
                if units:
                    yield from units
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
        return _bare_code(_std_tag(value))
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


def _units(tu: etree._Element, header_src: Optional[str], header_date: str, name: str) -> list[Unit]:
    """The units of one ``<tu>``: one for its first text per language, and one more for every further
    variant of a language (a second translation of the source is a unit of its own)."""
    tuvs: list[_Tuv] = []
    props: list[list] = []
    notes: list[list] = []
    for child in tu:
        tag = _local(child)
        if tag == "tuv":
            tuv = _tuv(child, name)
            if tuv is not None:
                tuvs.append(tuv)
        elif tag == "prop" and child.get("type"):
            props.append(_annotation(child, "type"))
        elif tag == "note" and child.text:
            notes.append(_annotation(child))
    keys = _keys([t.std for t in tuvs])
    primary: dict[str, _Tuv] = {}
    variants: list[_Tuv] = []
    for tuv in tuvs:
        tuv.key = keys[tuv.std]
        if tuv.key in primary:
            variants.append(tuv)
        else:
            primary[tuv.key] = tuv
    if len(primary) < 2:
        return []
    known = {p[0]: p[1] for p in props}
    own_src = (tu.get("srclang") or "").strip()
    src_keys = [keys.get(_std(v, name)) or _code(v, name) for v in (own_src,) if v and v.lower() != "*all*"]
    srclang = next((c for c in (*src_keys, header_src) if c in primary), next(iter(primary)))
    tu_attrs = {k: v for k, v in _attrs(tu).items() if k != "tuid"}
    shared: dict = {}
    if tu_attrs and tu_attrs.get("creationid") != "workbench":
        shared["tu"] = tu_attrs  # another tool's attributes (usagecount, lastusagedate, changeid...) go back out
    if any(p[0] not in _OWN_PROPS or p[2] for p in props):
        shared["props"] = props  # every prop in its order, ours included, so the tu is written back whole
    if len(notes) > 1 or any(n[1] for n in notes):
        shared["notes"] = notes
    base = tu.get("tuid")
    units = []
    for n, chosen in enumerate([dict(primary)] + [{**primary, v.key: v} for v in variants]):
        texts = {k: t.text for k, t in chosen.items()}
        extra = dict(shared)
        tags = {k: t.tag for k, t in chosen.items() if t.tag != k}
        inline = {k: t.inline for k, t in chosen.items() if t.inline is not None}
        tuv_extra = {k: t.extra for k, t in chosen.items() if t.extra}
        for field_name, value in (("tags", tags), ("inline", inline), ("tuv", tuv_extra)):
            if value:
                extra[field_name] = value
        tuid = (f"{base}#{n + 1}" if n else base) if base else _derived_tuid(texts, srclang)
        units.append(Unit(
            tuid=tuid,
            texts=texts,
            srclang=srclang,
            score=_float(known.get("x-score"), 1.0),
            status=known.get("x-status") or AUTO,
            flagged=known.get("x-flagged") == "yes",
            shape=known.get("x-shape") or "1-1",
            speaker=known.get("x-speaker", ""),
            section=int(_float(known.get("x-section"), 0)),
            doc=known.get("x-document", ""),
            source_url=known.get("x-source-url", ""),
            note="\n".join(n[0] for n in notes),
            created=tu.get("creationdate") or tu.get("changedate") or header_date,
            extra=extra,
        ))
    return units


# The props our writer makes from Unit fields: a tu with only these needs nothing else kept.
_OWN_PROPS = frozenset({"x-document", "x-source-url", "x-speaker", "x-section", "x-shape", "x-score", "x-status",
                        "x-flagged"})


class _Tuv:
    __slots__ = ("tag", "std", "text", "inline", "extra", "key")

    def __init__(self, tag: str, std: str, text: str, inline: Optional[str], extra: dict) -> None:
        self.tag, self.std, self.text, self.inline, self.extra, self.key = tag, std, text, inline, extra, ""


def _tuv(elem: etree._Element, name: str) -> Optional[_Tuv]:
    tag = (elem.get(XML_LANG) or elem.get("lang") or "").strip()
    seg = next((c for c in elem if _local(c) == "seg"), None)
    if not tag or seg is None:
        return None  # a <tuv> without a language or a segment tells us nothing usable
    text = seg_text(seg)
    if not text.strip():
        return None
    extra: dict = {}
    attrs = {k: v for k, v in _attrs(elem).items() if k not in ("lang", XML_LANG)}
    if attrs:
        extra["attrs"] = attrs
    props = [_annotation(c, "type") for c in elem if _local(c) == "prop" and c.get("type")]
    notes = [_annotation(c) for c in elem if _local(c) == "note" and c.text]
    if props:
        extra["props"] = props
    if notes:
        extra["notes"] = notes
    inline = inner_xml(seg) if len(seg) else None
    return _Tuv(tag, _std(tag, name), text, inline, extra)


def _attrs(elem: etree._Element) -> dict[str, str]:
    return {_qname(k): v for k, v in elem.attrib.items()}


def _qname(key: str) -> str:
    return "xml:" + key.rsplit("}", 1)[1] if key.startswith("{http://www.w3.org/XML/1998/namespace}") else key


def _annotation(elem: etree._Element, key_attr: Optional[str] = None) -> list:
    """A prop as [type, text, other attributes] or a note as [text, attributes]."""
    attrs = {k: v for k, v in _attrs(elem).items() if k != key_attr}
    return [elem.get(key_attr), elem.text or "", attrs] if key_attr else [elem.text or "", attrs]


def inner_xml(seg: etree._Element) -> str:
    """The content of a ``<seg>`` as XML (text and inline elements), to be written back as it came."""
    from xml.sax.saxutils import escape

    return escape(seg.text or "") + "".join(
        etree.tostring(child, encoding="unicode", with_tail=True) for child in seg)


@functools.lru_cache(maxsize=1024)
def _std_tag(tag: str) -> str:
    """A tag standardised for matching: "eng" -> "en", "iw" -> "he", "es_es" -> "es-ES", "EN-us" -> "en-US";
    a tag langcodes cannot parse keeps BCP 47 casing only ("FR-FR-mt" -> "fr-FR-MT")."""
    import langcodes

    try:
        return normalize_code(langcodes.standardize_tag(tag.replace("_", "-")))
    except (ValueError, WorkbenchError):
        return normalize_code(tag)


def _std(tag: str, name: str) -> str:
    try:
        return _std_tag(tag)
    except WorkbenchError:
        raise InputError(name, f"not a language code: {tag!r}") from None


def _keys(stds: list[str]) -> dict[str, str]:
    """Our key for each standardised tag of one tu: en/ru/az bare (other languages whole), except where two
    different tags of one language meet in the tu (en-US and en-GB): then each keeps its whole tag, so
    neither text is lost and the choice does not depend on the order of the tuvs."""
    by_key: dict[str, set[str]] = {}
    for std in stds:
        by_key.setdefault(_bare_code(std), set()).add(std)
    return {std: (key if len(group) == 1 else std) for key, group in by_key.items() for std in group}


def _float(value: Optional[str], default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _derived_tuid(texts: dict[str, str], srclang: str) -> str:
    """A stable id for a unit that came without one, so importing the same file twice adds nothing."""
    digest = hashlib.sha1(json.dumps([srclang, sorted(texts.items())], ensure_ascii=False).encode()).hexdigest()
    return f"tmx:{digest[:20]}"
