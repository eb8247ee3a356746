"""Decoded transcript text -> model.Document (blocks, people, title, date, place, stable id)."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Collection

from workbench import vocab
from workbench.errors import InputError, WorkbenchError
from workbench.ingest.chrome import strip_chrome
from workbench.ingest.decode import clean_text
from workbench.ingest.dateline import find_date_place, place_named, whole_dateline
from workbench.ingest.metadata import given_date
from workbench.ingest.speakers import bare_label, labels_joined
from workbench.ingest.joins import join_attributions, join_broken_sentences, join_list_items
from workbench.ingest.paragraphs import line_key, split_paragraphs
from workbench.ingest.structure import build_blocks
from workbench.lang import detect_lang, normalize_lang
from workbench.model import INTRO, LEAD, META, PARAGRAPH, SPEECH, TITLE, Block, Document, Person
from workbench.sectionbreak import is_break


@cache
def _patronym_after() -> str:
    """Regex source of a patronym or father's name + link after a forename in speech ("Sergey Viktorovich",
    "Ilham Heydar oglu"); its one group is what follows the forename."""
    endings = "|".join(vocab.section("names.txt", "address_patronym_endings"))
    links = "|".join(vocab.section("names.txt", "address_links"))
    return rf"\s+([^\W\d_]+(?:{endings})|[^\W\d_]+\s+(?:{links}))\b"


def parse_transcript(text: str, *, lang: str | None = None, source_url: str = "", date: str = "",
                     place: str = "", source_path: str = "", repeated: Collection[str] = ()) -> Document:
    """Structure a transcript given as text. ``lang`` is detected when None; ``date``/``place``
    given here win over those found in the text; ``repeated``: keys of lines its other language versions
    repeat (ingest.repeated), dropped as chrome. Raises InputError (naming ``source_path`` or
    "<text>") for an unknown language or a text with nothing but white space and boilerplate."""
    name = source_path or "<text>"
    date = given_date(date) if date else ""
    text = clean_text(text, name)
    found = split_paragraphs(text)
    chrome = strip_chrome(labels_joined(found.texts), repeated)
    paragraphs = _split_title_line(join_attributions(join_broken_sentences(join_list_items(chrome.paragraphs))))
    if not paragraphs:
        problem = "only page boilerplate, no text" if found.dropped or chrome.dropped else "empty (no text)"
        raise InputError(name, problem)
    if lang:
        try:
            lang = normalize_lang(lang)
        except WorkbenchError as err:
            raise InputError(name, str(err)) from err
    else:
        lang = body_lang(paragraphs)
    blocks, people = build_blocks(paragraphs, lang, {line_key(line) for line in found.dropped + chrome.dropped},
                                  {line_key(line) for line in chrome.dated})
    people = _with_patronyms(people, blocks)
    title = next((b.text for b in blocks if b.kind == TITLE), "")
    found_date, found_place = find_date_place(b.text for b in blocks[:6] if b.kind in (META, TITLE, LEAD))
    if not (found_date or chrome.date):
        # a letter or decree says where and when it was signed below its text ("Баку, 24 мая 2022 года"); a print
        # page stamps its date there ("23 may 2016" / "GO BACK")
        found_date, signed_place = find_date_place(b.text for b in blocks[-4:][::-1] if b.kind in (PARAGRAPH, META)
                                                   and whole_dateline(b.text))
        found_place = found_place or signed_place
    if not (found_place or chrome.place):
        # no dateline names a place: the title or lead may ("... held talks in Sochi", "Naxçıvan şəhərində ...")
        year = (date or found_date or chrome.date)[:4]
        found_place = next((p for b in blocks[:6] if b.kind in (TITLE, LEAD) and (p := place_named(b.text, year))), "")
    body = "\n\n".join(block_text(b) for b in blocks)
    doc_id = f"{lang}-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    return Document(id=doc_id, lang=lang, title=title, blocks=blocks, people=people,
                    date=date or found_date or chrome.date, place=place or found_place or chrome.place,
                    source_url=source_url, source_path=source_path, dropped=found.dropped + chrome.dropped)


def body_lang(paragraphs: list[str]) -> str:
    """The language of the running text: its longest paragraphs decide, whatever a page's menus, a
    sister page's title or a quoted name say."""
    longest = sorted(paragraphs, key=len, reverse=True)[:12]
    return detect_lang("\n".join(longest))


def block_text(block: Block) -> str:
    """The paragraph as written: an inline label and its text joined by one space."""
    return f"{block.label} {block.text}" if block.label else block.text


def _split_title_line(paragraphs: list[str]) -> list[str]:
    """The title is the first line: when the first paragraph has more lines, the rest is a paragraph
    of its own (so the blocks then give back "title\\nrest" as "title\\n\\nrest")."""
    for i, para in enumerate(paragraphs):
        if is_break(para) or whole_dateline(para) is not None:
            continue  # the title is the first paragraph that is neither (structure.build_blocks): "11:45" / text
        if "\n" in para:
            first, rest = para.split("\n", 1)
            if bare_label(first):
                return paragraphs  # a page copied from its first turn: "President Vladimir Putin:" / "Dear ..."
            return paragraphs[:i] + [first, rest] + paragraphs[i + 1:]
        return paragraphs
    return paragraphs


def _with_patronyms(people: list[Person], blocks: list[Block]) -> list[Person]:
    """Fill a speaker's patronym from how others address them ("Dear Sergey Viktorovich",
    "Ilham Heydar oglu"), when exactly one speaker has that forename."""
    forenames = [p.forename for p in people]
    speech = [b.text for b in blocks if b.kind in (SPEECH, INTRO)]
    out = []
    for person in people:
        if person.patronym or not person.forename or "." in person.forename or forenames.count(person.forename) > 1:
            out.append(person)
            continue
        pattern = re.compile(re.escape(person.forename) + _patronym_after())
        found = ""
        for block, text in zip((b for b in blocks if b.kind in (SPEECH, INTRO)), speech):
            if block.speaker == person.key:
                continue  # people do not address themselves
            m = pattern.search(text)
            if m:
                found = m.group(1)
                break
        out.append(Person(person.key, person.name, person.forename, person.surname, found, person.role)
                   if found else person)
    return out
