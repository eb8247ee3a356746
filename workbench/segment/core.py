"""The scanner: walk the candidate boundaries once, ask the rules, cut the text into spans.

Besides the rules' join/split decisions the scanner makes two kinds of cut by itself: a blank line
(paragraph break) always ends a sentence, and an inline list ("1) The first item 2) The second item",
"a. ... b. ...") is cut before every marker that continues a numbering begun earlier in the paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from workbench.lang import detect_lang, normalize_lang
from workbench.segment import langdata
from workbench.segment.candidates import BULLETS, CANDIDATE, Candidate
from workbench.segment.rules import LINE_RULES, TERM_RULES

SPLIT = "split"  # no rule joined the candidate
PARAGRAPH = "paragraph"  # a blank line: never joined
LIST_ITEM = "list_item"  # a cut made before a list marker

_LIST_DISTANCE = 3000  # markers further apart than this are not read as one list


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence: ``text == source[start:end]``, with no whitespace at either end.

    ``trace`` is filled only by ``segment(..., debug=True)``: the candidate boundaries inside and at
    the end of the span as (offset, rule name or "split"). It takes no part in comparisons.
    """

    start: int
    end: int
    text: str
    trace: tuple[tuple[int, str], ...] = field(default=(), compare=False, repr=False)


def _marker_key(c: Candidate, style: str) -> Optional[tuple[str, str, int]]:
    """(kind, style, value) when the token before ``c`` is a list marker ("2", "⁃10", "b"), else None."""
    prev = c.prev
    if not prev or len(prev) > 2 or c.text[c.prev_start:c.start].lstrip(BULLETS) != prev:
        return None
    if prev.isdigit() and prev.isascii():
        return ("num", style, int(prev))
    if len(prev) == 1 and "a" <= prev <= "z":
        return ("alpha", style, ord(prev))
    return None


def _list_cut(c: Candidate, style: str, markers: dict) -> Optional[int]:
    """Where to cut before ``c``'s marker when it continues a list (9 after 8, b after a), else None."""
    found = _marker_key(c, style)
    if found is None:
        return None
    kind, style, value = found
    last = markers.get((kind, style))
    continues = last is not None and last[0] == value - 1 and c.start - last[1] < _LIST_DISTANCE
    if continues or kind == "num" or value == ord("a"):
        markers[(kind, style)] = (value, c.start)
    if not continues:
        return None
    k = c.prev_start
    text = c.text
    if k >= 2 and text[k - 1] in " \t" and text[k - 2] in "\u2022\u2043":
        k -= 2  # "item • 10. The second item": the bullet opens the item
    return k


def _term_cut(text: str, start: int, end: int, term: str) -> int:
    """Where a split at a term ends the sentence: after its closers, but "compounds. . . . The" ends
    after the first dot (the spaced ". . ." opens the next sentence, as in the Golden Rules)."""
    if len(term) >= 7 and term[1] in " \u00a0" and term.count(".") >= 4 and start > 0 \
            and not text[start - 1].isspace():
        return start + 1
    return end


def scan(text: str, lang: str, trace: Optional[list[tuple[int, str]]] = None) -> list[int]:
    """Cut offsets (sentence ends) in ``text``; every decision is appended to ``trace`` when given.

    Without a trace, candidates whose outcome is already certain - a blank line, "word. Next",
    "3.5" - are decided without building a Candidate; tests check that both paths agree."""
    data = langdata.load(lang)
    n = len(text)
    cuts: list[int] = []
    markers: dict = {}
    sent_start = 0
    last_cut = 0
    term_rules, line_rules = TERM_RULES, LINE_RULES
    fast = trace is None
    key = data.key if lang == "az" else str.lower  # the same as data.key outside Azerbaijani
    abbrev = data.abbrev
    for m in CANDIDATE.finditer(text):
        rest, close, ws, line_ws = m.groups()
        if rest is not None:
            start = m.start()
            q = m.end()
            if q >= n:
                continue
            if fast:
                if not ws:
                    nc = text[q]
                    if nc.islower() or nc.isdigit():
                        continue  # "3.5", "president.az": no_space joins, nothing else looks at it
                elif (ws == " " or ws == "\n") and rest == "" and not close:
                    # "word. Next": one mark, one space, a capital, a plain lower-case word before it
                    # that is no abbreviation. No rule joins that (each needs a closer, an abbreviation,
                    # a letter or number token, or no capital next).
                    if text[q].isupper():
                        i = text.rfind(" ", start - 40 if start > 40 else 0, start)
                        prev = text[i + 1:start]
                        if (len(prev) > 2 and prev.isalpha() and prev[-1].islower() and i + 1 >= sent_start
                                and key(prev) not in abbrev):
                            cuts.append(start + 1)
                            last_cut = start + 1
                            sent_start = q
                            continue
                elif "\n\n" in ws:
                    cut = _term_cut(text, start, m.end(2), text[start] + rest)
                    if cut > last_cut:
                        cuts.append(cut)
                        last_cut = cut
                    sent_start = q if cut == m.end(2) else cut
                    markers.clear()
                    continue
            term = text[start] + rest if rest else text[start]
            c = Candidate(text, "term", start, m.end(2), term, close, ws, sent_start)
            if c.paragraph:
                name = PARAGRAPH
                markers.clear()
            else:
                if ws and term == "." and (c.prev[:1].isdigit() or len(c.prev) == 1):
                    k = _list_cut(c, ".)" if c.close[:1] == ")" else ".", markers)
                    if k is not None and k > last_cut:
                        cuts.append(k)
                        last_cut = sent_start = c.sent_start = k
                        if trace is not None:
                            trace.append((k, LIST_ITEM))
                name = SPLIT
                for rule in term_rules:
                    if rule(c, data):
                        name = rule.__name__
                        break
            if name is SPLIT or name is PARAGRAPH:
                c.cut = _term_cut(text, start, c.end, term)
                if c.cut > last_cut:
                    cuts.append(c.cut)
                    last_cut = c.cut
                sent_start = c.next_pos if c.cut == c.end else c.cut
        elif line_ws is not None:
            start = m.start()
            c = Candidate(text, "line", start, start, "", "", text[start] + line_ws, sent_start)
            if c.next_pos >= n:
                continue
            if c.paragraph:
                name = PARAGRAPH
                markers.clear()
            else:
                name = SPLIT
                for rule in line_rules:
                    if rule(c, data):
                        name = rule.__name__
                        break
            if name is SPLIT or name is PARAGRAPH:
                if start > last_cut:
                    cuts.append(start)
                    last_cut = start
                sent_start = c.next_pos
        else:
            start = m.start()
            if fast and not (start > 0 and text[start - 1].isalnum()):
                continue  # "(see above) and": no list marker before the bracket
            c = Candidate(text, "paren", start, m.end(), "", ")", " ", sent_start)
            k = _list_cut(c, ")", markers)
            if k is not None and k > last_cut:
                cuts.append(k)
                last_cut = sent_start = k
                if trace is not None:
                    trace.append((k, LIST_ITEM))
            continue
        if trace is not None:
            trace.append((c.cut, name))
    return cuts


def _spans(text: str, cuts: list[int], trace: Optional[list[tuple[int, str]]]) -> list[Span]:
    spans: list[Span] = []
    begin = 0
    ti = 0
    for cut in cuts + [len(text)]:
        piece = text[begin:cut]
        stripped = piece.strip()
        if stripped:
            # everything before the first character of ``stripped`` is whitespace, so find() lands on it
            start = begin + piece.find(stripped[0])
            if trace is None:
                spans.append(Span(start, start + len(stripped), stripped))
            else:
                mine = []
                while ti < len(trace) and trace[ti][0] <= cut:
                    mine.append(trace[ti])
                    ti += 1
                spans.append(Span(start, start + len(stripped), stripped, tuple(mine)))
        begin = cut
    return spans


def segment(text: str, lang: Optional[str] = None, *, debug: bool = False) -> list[Span]:
    """Split ``text`` into sentences; ``lang`` (en, ru, az) is detected when None.

    With ``debug`` each span's ``trace`` lists the candidate boundaries it covers and the rule that
    decided each one (the same information as ``explain``)."""
    lang = normalize_lang(lang) if lang else detect_lang(text)
    trace: Optional[list[tuple[int, str]]] = [] if debug else None
    cuts = scan(text, lang, trace)
    return _spans(text, cuts, trace)


def explain(text: str, lang: str) -> list[tuple[int, str]]:
    """Every candidate boundary as (offset, rule): the name of the rule that joined it, "split",
    "paragraph" (a blank line) or "list_item" (a cut before a list marker)."""
    trace: list[tuple[int, str]] = []
    scan(text, normalize_lang(lang), trace)
    return trace
