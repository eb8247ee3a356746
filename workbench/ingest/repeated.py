"""Lines a site repeats in every language version of a page: chrome that only the pair shows.

A page's own chrome is judged line by line (ingest.chrome); some of it is only plain once the other language
version is at hand: a line that stands verbatim in both, "×", "12:19", a site name, an English menu item on the
Russian page, carries no translation and is the site's furniture. `run` and `batch` read a transcript and its
originals, find such lines here, and read the files again with them dropped (kept in ``dropped``, shown by
`workbench show`), before anything is aligned or stored.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from workbench.ingest.paragraphs import line_key
from workbench.ingest.dateline import whole_dateline
from workbench.ingest.names import person_key
from workbench.ingest.transcript import block_text
from workbench.model import Document
from workbench.sectionbreak import is_break

MAX_WORDS = 8  # a longer line is text, whatever both versions share
# A line the other version dropped as its own chrome is chrome here too when it is this short (a menu item,
# a site name); a longer one may be a sister page's headline, which the other version shows as its own title.
MAX_WORDS_DROPPED = 3


def _kept_lines(doc: Document) -> dict[str, str]:
    """key -> line of every line of the document's blocks."""
    return {line_key(line): line for block in doc.blocks for line in block_text(block).split("\n") if line.strip()}


def _chrome_like(line: str, max_words: int) -> bool:
    """Short, not a sentence of running text, not a section break, not a dateline with a date (the date the
    document is dated with)."""
    stripped = line.strip()
    if len(stripped.split()) > max_words or is_break(stripped):
        return False
    if stripped.rstrip(")»\"”’'").endswith((".", "!", "?", "…")) and len(stripped.split()) > 1:
        return False  # a sentence, however short ("Thank you.")
    found = whole_dateline(stripped)
    return found is None or not found.date


# a capitalised name word ("Abdulatipov", "Al-Sabah", "O'Neill") or an initial ("R.")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]*[-'’])?[^\W\d_]*\Z|[^\W\d_]\.\Z")


def person_heading(line: str, doc: Document) -> bool:
    """A line that is a person's name, spelt the same in both versions ("Ramazan Abdulatipov" heading an
    Azerbaijani and an English page, both in Latin script): text, not chrome, when it is the document's title
    or names one of its people (a signature). Two to four capitalised words and nothing else."""
    words = line.split()
    if not 2 <= len(words) <= 4:
        return False
    if not all(w[0].isupper() and _NAME_WORD.match(w) and (len(w) == 2 or not w[1:].isupper()) for w in words):
        return False
    if line.strip() == doc.title.strip():
        return True
    key = person_key(line, doc.lang)
    return any(p.key == key for p in doc.people)


def repeated_lines(doc: Document, other: Document) -> frozenset[str]:
    """Keys (chrome.line_key) of the lines of ``doc`` that ``other`` has verbatim: among its kept lines, or,
    for the shortest, among the lines it dropped as chrome; but never a person's name heading the document
    (person_heading)."""
    mine, theirs = _kept_lines(doc), _kept_lines(other)
    dropped = {line_key(line) for line in other.dropped}
    return frozenset(key for key, line in mine.items()
                     if ((key in theirs and _chrome_like(line, MAX_WORDS))
                         or (key in dropped and _chrome_like(line, MAX_WORDS_DROPPED)))
                     and not person_heading(line, doc))


def drop_repeated(docs: Sequence[Document], reread: Callable[[int, frozenset[str]], Document]) -> list[Document]:
    """A transcript (``docs[0]``) and its originals without the lines the transcript shares with any of them
    (ingest.repeated): ``reread(k, keys)`` reads document k again with those lines dropped. Documents with
    nothing repeated are kept as they are."""
    src, others = docs[0], docs[1:]
    theirs = [repeated_lines(other, src) for other in others]
    mine = frozenset().union(*(repeated_lines(src, other) for other in others)) if others else frozenset()
    out = [reread(0, mine) if mine else src]
    out.extend(reread(k + 1, keys) if keys else other for k, (other, keys) in enumerate(zip(others, theirs)))
    return out
