"""Candidate sentence boundaries: where they are in the text and what the rules look at around them.

One compiled regex finds every place a sentence could end (a run of terminal punctuation with the
closing quotes and brackets after it, a line break, or the ")" of a list marker such as "2)"); the
scanner builds a ``Candidate`` only there, so the cost is proportional to the number of candidates,
not to the number of characters. Every look-around below is bounded by a small window, which keeps
the whole pass linear even on a multi-megabyte line with no sentence end or a run of thousands of dots.
"""

from __future__ import annotations

import re

# The pattern opens with one character class, so the regex engine skips to the next candidate in C
# (a leading alternation would make it try a match at every character); look-behinds then pick the
# kind. A spaced ellipsis (". . .") is taken whole as part of the term. Nothing after the first
# character can fail once a branch is chosen, so a run of thousands of dots is read once.
_TERM_CHARS = ".!?\u2026\u203c\u2047\u2048\u2049"
CANDIDATE = re.compile(
    "[" + _TERM_CHARS + "\r\n)]"
    "(?:(?<=[" + _TERM_CHARS + "])((?:[" + _TERM_CHARS + "]|[ \u00a0]\\.)*)"  # 1 rest of the term
    "([\"'\u00bb\u201d\u2019\u201c)\\]}]*)"  # 2 closing quotes and brackets
    "(\\s*)"  # 3 whitespace after
    "|(?<=[\r\n])(\\s*)"  # 4 a line break: whitespace after it
    "|(?<=\\))(?=[ \t]))"  # the bracket of a "2) " list marker
)

OPENERS = "\"'\u00ab\u201e\u201c\u201d\u2018\u2019([{\u2014\u2013\u2012-\u2022\u2043*\u00a0 \t"
CLOSERS = "\"'\u00bb\u201d\u2019\u201c)]}"
BULLETS = "\u2022\u2043\u2013\u2014-*"
ELLIPSIS_CHARS = frozenset(".\u2026 \u00a0")

_WINDOW = 48  # characters looked at before a candidate for the previous token
_NEXT_WINDOW = 64  # and after it for the next token
_NEXT = re.compile(r"([\"'\u00ab\u201e\u201c\u201d\u2018\u2019(\[{\u2014\u2013\u2012\-\u2022\u2043*\s]*)(\S*)")
_BLANK = re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)")


class Candidate:
    """One possible boundary. ``start``/``end`` bound the term and its closers; ``cut`` is where the
    sentence would end; ``next_pos`` is where the following text starts (after whitespace)."""

    __slots__ = ("text", "kind", "start", "end", "cut", "next_pos", "term", "close", "ws", "prev",
                 "prev_start", "nxt", "next_char", "opened", "sent_start")

    def __init__(self, text: str, kind: str, start: int, end: int, term: str, close: str, ws: str,
                 sent_start: int) -> None:
        self.text = text
        self.kind = kind  # "term", "line" or "paren"
        self.start = start
        self.end = end
        self.cut = end
        self.term = term
        self.close = close
        self.ws = ws
        self.next_pos = end + len(ws)
        self.sent_start = sent_start
        lo = start - _WINDOW if start - _WINDOW > sent_start else sent_start
        chunk = text[lo:start]
        parts = chunk.rsplit(None, 1)
        if not parts:
            self.prev, self.prev_start = "", start
        else:
            last = parts[-1]
            self.prev_start = start - len(last) if chunk[-1:].strip() else start
            if self.prev_start == start:
                last = ""
            self.prev = last.lstrip(OPENERS).rstrip(CLOSERS)
        m = _NEXT.match(text, self.next_pos, self.next_pos + _NEXT_WINDOW)
        self.opened = m.group(1)
        self.nxt = m.group(2)
        self.next_char = self.nxt[:1]

    @property
    def paragraph(self) -> bool:
        """A blank line follows: always a boundary."""
        ws = self.ws
        return ("\n" in ws or "\r" in ws) and _BLANK.search(ws) is not None

    @property
    def ellipsis(self) -> bool:
        term = self.term
        return len(term) > 1 and term[0] == "." and term[1] in ELLIPSIS_CHARS or "\u2026" in term

    def before_prev(self) -> str:
        """The token before ``prev`` (bounded look-back)."""
        lo = self.prev_start - _WINDOW if self.prev_start > _WINDOW else 0
        parts = self.text[lo:self.prev_start].rsplit(None, 1)
        return parts[-1].lstrip(OPENERS).rstrip(CLOSERS + ",;:") if parts else ""

    def line_before(self) -> str:
        """The end of the line before a line-break candidate (at most the look-back window)."""
        lo = self.start - 80 if self.start > 80 else 0
        chunk = self.text[lo:self.start]
        cut = max(chunk.rfind("\n"), chunk.rfind("\r"))
        return chunk[cut + 1:] if cut >= 0 else chunk

    def sentence_so_far(self, limit: int = 80) -> str:
        """Text from the start of the current sentence to the candidate, or "" when longer than ``limit``."""
        if self.start - self.sent_start > limit:
            return ""
        return self.text[self.sent_start:self.start]
