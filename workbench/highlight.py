"""Search hits marked inside a very long sentence, in time that does not grow with the sentence.

FTS5's ``highlight()`` rebuilds its output string for every token it copies, so its time grows with the
square of the sentence's length (33 s for one 8 MB sentence). The memory uses it for ordinary sentences,
where it is exact and fast, and this module for sentences longer than ``LONG``: the first match is found
with one regular expression, and only a window around it is marked.

Matching follows the concordance's tokenizer (unicode61, remove_diacritics 2): a word matches whole
words, ignoring case and diacritics ("sahin" finds "Şahin").
"""

from __future__ import annotations

import functools
import re
import unicodedata

LONG = 10_000  # characters: above this, a sentence is marked around its first hit only
WINDOW = 300  # characters kept on each side of the first hit
_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without diacritics, as the tokenizer compares words."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Every letter -> the letters that fold to it (e -> eéèêëē...), from the Latin and Cyrillic blocks."""
    table: dict[str, set[str]] = {}
    for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x400, 0x530), *range(0x1E00, 0x1F00)):
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base != char:
            table.setdefault(base, set()).add(char)
    return {base: "".join(sorted(chars)) for base, chars in table.items()}


def _pattern(words: list[str], prefix: bool = False) -> re.Pattern[str]:
    variants = _variants()
    alternatives = []
    for token in dict.fromkeys(t for w in words for t in _TOKEN.findall(fold(w))):
        parts = [f"[{re.escape(c + variants[c])}]" if c in variants else re.escape(c) for c in token]
        alternatives.append("".join(parts))
    if not alternatives:
        return re.compile(r"(?!)")
    # Whole tokens (or, for a prefix search, tokens that start with a word): no letter or digit before.
    end = r"[^\W_]*" if prefix else r"(?![^\W_])"
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)}){end}", re.IGNORECASE)


def mark(text: str, words: list[str], prefix: bool = False) -> str:
    """Every occurrence of one of ``words`` in ``text`` wrapped in [ ], as FTS5's highlight() marks a hit
    (the PostgreSQL backend has no such function)."""
    return _pattern(words, prefix).sub(lambda m: f"[{m.group(0)}]", text)


def mark_window(text: str, words: list[str], prefix: bool = False) -> str:
    """``text`` cut to a window around the first occurrence of one of ``words`` (with ``prefix``, of a word
    starting with one), every occurrence in the window wrapped in [ ]; "…" where the text was cut."""
    pattern = _pattern(words, prefix)
    first = pattern.search(text)
    at = first.start() if first else 0
    start, end = max(0, at - WINDOW), min(len(text), at + WINDOW + (first.end() - at if first else 0))
    window = pattern.sub(lambda m: f"[{m.group(0)}]", text[start:end])
    return ("…" if start else "") + window + ("…" if end < len(text) else "")

