"""``<teiHeader>`` for one language version and for the ``<teiCorpus>`` that gathers them.

In a corpus the speakers are listed once, in the corpus header, with a ``<persName>`` per language
(as ParlaMint does), because a ``<person xml:id>`` repeated in every ``<TEI>`` would break id uniqueness.
The same holds for the ``#workbench`` and ``#reviewer`` ids that links point to with ``@resp``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence
from urllib.parse import urlsplit

from lxml import etree

from workbench import model
from workbench.export.tei.ids import REVIEWER_ID, WORKBENCH_ID, reviewer_id
from workbench.export.xmlbuild import Builder
from workbench.lang import LANG_NAMES

HEADER_CONTAINERS = (
    "TEI", "teiCorpus", "teiHeader", "fileDesc", "titleStmt", "respStmt", "extent", "publicationStmt",
    "sourceDesc", "bibl", "encodingDesc", "appInfo", "application", "profileDesc", "langUsage",
    "particDesc", "listPerson", "person", "settingDesc", "setting", "revisionDesc",
)


_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# TEI's pattern for application/@version.
_APP_VERSION = re.compile(r"\d+[a-z]*\d*(\.\d+[a-z]*\d*){0,3}")


@dataclass(frozen=True)
class HeaderInfo:
    tool_version: str
    today: str  # ISO date of the export (workbench.clock, so SOURCE_DATE_EPOCH fixes it)


@dataclass
class PersonEntry:
    """One ``<person>``: its xml:id and how each language version names it."""

    xml_id: str
    names: list[tuple[str, model.Person]]  # (lang, person as that document has it)


def app_version(version: str) -> str:
    """The longest leading part of ``version`` TEI accepts ("0.1.0.dev3" -> "0.1.0")."""
    match = _APP_VERSION.match(version)
    return match.group(0) if match else "0"


def iso_date(text: str) -> Optional[str]:
    return text if text and _ISO_DATE.fullmatch(text) else None


def host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def doc_title(doc: model.Document) -> str:
    if doc.title.strip():
        return doc.title
    first = next((b.text for b in doc.blocks if b.kind == model.TITLE and b.text.strip()), "")
    return first or f"Transcript {doc.id}"


def _sub_if(b: Builder, parent: etree._Element, tag: str, text: str, attrs: Optional[dict] = None) -> None:
    if text.strip():
        b.sub(parent, tag, attrs, text)


def _resp(b: Builder, parent: etree._Element, resp: str, names: Sequence[str], xml_id: Optional[str] = None) -> None:
    stmt = b.sub(parent, "respStmt", {"xml:id": xml_id})
    b.sub(stmt, "resp", None, resp)
    for name in names:
        b.sub(stmt, "name", None, name)


def _publishers(docs: Sequence[model.Document]) -> list[str]:
    hosts = [host(d.source_url) for d in docs]
    return list(dict.fromkeys(h for h in hosts if h)) or ["the original publisher (not recorded)"]


def _extent(b: Builder, parent: etree._Element, docs: Sequence[model.Document]) -> None:
    extent = b.sub(parent, "extent")
    for doc in docs:
        count = str(len(doc.segments))
        b.sub(extent, "measure", {"unit": "sentences", "quantity": count, "xml:lang": "en"},
              f"{count} sentences ({LANG_NAMES.get(doc.lang, doc.lang)})")


def _publication(b: Builder, parent: etree._Element, info: HeaderInfo) -> None:
    stmt = b.sub(parent, "publicationStmt")
    b.sub(stmt, "p", None, f"Exported from a workbench translation memory on {info.today}; "
                           "the text belongs to its original publisher.")


def _bibl(b: Builder, parent: etree._Element, doc: model.Document) -> None:
    bibl = b.sub(parent, "bibl", {"xml:lang": doc.lang or None})
    b.sub(bibl, "title", {"type": "main", "xml:lang": doc.lang or None}, doc_title(doc))
    _sub_if(b, bibl, "publisher", host(doc.source_url))
    _sub_if(b, bibl, "idno", doc.source_url, {"type": "URI"})
    if doc.date.strip():
        b.sub(bibl, "date", {"when": iso_date(doc.date)}, doc.date)


def _application(b: Builder, parent: etree._Element, info: HeaderInfo, xml_id: Optional[str]) -> None:
    app_info = b.sub(b.sub(parent, "encodingDesc"), "appInfo")
    app = b.sub(app_info, "application", {"ident": "workbench", "version": app_version(info.tool_version),
                                          "xml:id": xml_id})
    b.sub(app, "label", None, "workbench")
    b.sub(app, "desc", None, f"workbench {info.tool_version}: segmentation, sentence alignment and TEI export")


def _pers_name(b: Builder, parent: etree._Element, lang: str, person: model.Person) -> None:
    name = b.sub(parent, "persName", {"xml:lang": lang or None})
    parts = [("roleName", person.role, None), ("forename", person.forename, None),
             ("addName", person.patronym, "patronym"), ("surname", person.surname, None)]
    if not (person.forename or person.surname or person.patronym):
        parts = [parts[0]]
        plain = person.name or person.key
    else:
        plain = ""
    for tag, text, kind in parts:
        if text.strip():
            b.append_text(name, " " if len(name) else "")
            b.sub(name, tag, {"type": kind}, text)
    if plain:
        b.append_text(name, (" " if len(name) else "") + plain)


def _people(b: Builder, parent: etree._Element, people: Sequence[PersonEntry]) -> None:
    if not people:
        return
    listing = b.sub(b.sub(parent, "particDesc"), "listPerson")
    for entry in people:
        person = b.sub(listing, "person", {"xml:id": entry.xml_id})
        for lang, named in entry.names:
            _pers_name(b, person, lang, named)


def _settings(b: Builder, parent: etree._Element, docs: Sequence[model.Document]) -> None:
    known = [d for d in docs if d.place.strip() or d.date.strip()]
    if not known:
        return
    desc = b.sub(parent, "settingDesc")
    for doc in known:
        setting = b.sub(desc, "setting", {"xml:lang": doc.lang or None})
        _sub_if(b, setting, "placeName", doc.place)
        if doc.date.strip():
            b.sub(setting, "date", {"when": iso_date(doc.date)}, doc.date)


def _profile(b: Builder, parent: etree._Element, docs: Sequence[model.Document],
             people: Sequence[PersonEntry]) -> None:
    profile = b.sub(parent, "profileDesc")
    usage = b.sub(profile, "langUsage")
    for lang in dict.fromkeys(d.lang for d in docs if d.lang):
        b.sub(usage, "language", {"ident": lang}, LANG_NAMES.get(lang, lang))
    _people(b, profile, people)
    _settings(b, profile, docs)


def _revision(b: Builder, parent: etree._Element, info: HeaderInfo, what: str) -> None:
    desc = b.sub(parent, "revisionDesc")
    b.sub(desc, "change", {"when": info.today}, f"Exported by workbench {info.tool_version}: {what}.")


def doc_header(b: Builder, parent: etree._Element, doc: model.Document, info: HeaderInfo, *,
               people: Sequence[PersonEntry] = (), standalone: bool = True) -> etree._Element:
    """The header of one language version. ``standalone``: not inside a corpus, so it carries the ids
    (people, ``#workbench``) itself."""
    header = b.sub(parent, "teiHeader")
    file_desc = b.sub(header, "fileDesc")
    titles = b.sub(file_desc, "titleStmt")
    b.sub(titles, "title", {"type": "main", "xml:lang": doc.lang or None}, doc_title(doc))
    _resp(b, titles, "Transcription", _publishers([doc]))
    _resp(b, titles, "Sentence segmentation and TEI encoding", [f"workbench {info.tool_version}"])
    _extent(b, file_desc, [doc])
    _publication(b, file_desc, info)
    _bibl(b, b.sub(file_desc, "sourceDesc"), doc)
    _application(b, header, info, WORKBENCH_ID if standalone else None)
    _profile(b, header, [doc], people)
    _revision(b, header, info, f"{LANG_NAMES.get(doc.lang, doc.lang)} version, document {doc.id}")
    return header


def corpus_header(b: Builder, parent: etree._Element, docs: Sequence[model.Document], info: HeaderInfo, *,
                  people: Sequence[PersonEntry], aligned: bool, reviewers: Sequence[str] = (),
                  unnamed_review: bool = False) -> etree._Element:
    """The corpus's header. A review is claimed only where links were confirmed: by each named ``reviewers``, and
    by an unnamed person when ``unnamed_review`` (a link confirmed before reviewers were recorded)."""
    header = b.sub(parent, "teiHeader")
    file_desc = b.sub(header, "fileDesc")
    titles = b.sub(file_desc, "titleStmt")
    for doc in docs:
        b.sub(titles, "title", {"type": "main", "xml:lang": doc.lang or None}, doc_title(doc))
    _resp(b, titles, "Transcription and translation", _publishers(docs))
    _resp(b, titles, "Sentence segmentation, automatic alignment and TEI encoding",
          [f"workbench {info.tool_version}"])
    if aligned:
        if unnamed_review:
            _resp(b, titles, "Alignment review (links confirmed by a person)", ["workbench user"], REVIEWER_ID)
        for name in reviewers:
            _resp(b, titles, "Alignment review (links this reviewer confirmed)", [name], reviewer_id(name))
    _extent(b, file_desc, docs)
    _publication(b, file_desc, info)
    source = b.sub(file_desc, "sourceDesc")
    for doc in docs:
        _bibl(b, source, doc)
    _application(b, header, info, WORKBENCH_ID)
    _profile(b, header, docs, people)
    langs = ", ".join(LANG_NAMES.get(d.lang, d.lang) for d in docs)
    _revision(b, header, info, f"{len(docs)} language versions ({langs})" + (" with alignments" if aligned else ""))
    return header
