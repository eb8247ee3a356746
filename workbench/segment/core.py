"""The scanner: walk the candidate boundaries once, ask the rules, cut the text into spans.

Besides the rules' join/split decisions (and the CUT_RULES' own cuts) the scanner makes two kinds of cut by itself: a blank line
(paragraph break) always ends a sentence, and an inline list ("1) The first item 2) The second item",
"a. ... b. ...") is cut before every marker that continues a numbering begun earlier in the paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from workbench.lang import detect_lang, normalize_lang
from workbench.segment import langdata
from workbench.segment.langdata import TITLE
from workbench.segment.candidates import BULLETS, CANDIDATE, Candidate
from workbench.segment.rules import TITLE_SPAN, CUT_RULES, LINE_RULES, TERM_RULES, in_quoted_title, numbered_heading

SPLIT = "split"  # no rule joined the candidate
PARAGRAPH = "paragraph"  # a blank line: never joined
LIST_ITEM = "list_item"  # a cut made before a list marker

_LIST_DISTANCE = 3000  # markers further apart than this are not read as one list
# a closing quote after a mark ('relations." Then'): no rule looks at it (brackets are another matter)
_QUOTE_CLOSERS = frozenset(["\"", "\u201d", "\u00bb", "\u2019", "'"])


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
    before = text[max(0, k - 8):k].rstrip()
    if before.endswith((";", ",")):
        return None  # "include: a) finance; b) adaptation": items of one sentence, not sentences
    if k >= 2 and text[k - 1] in " \t" and text[k - 2] in "\u2022\u2043":
        k -= 2  # "item • 10. The second item": the bullet opens the item
    return k


def _term_cut(text: str, start: int, end: int, term: str, sent_start: int = 0) -> int:
    """Where a split at a term ends the sentence: after its closers, but "compounds. . . . The" ends
    after the first dot (the spaced ". . ." opens the next sentence, as in the Golden Rules), and a quote
    glued to the next word opens the next sentence (``opening_quote``)."""
    if len(term) >= 7 and term[1] in " \u00a0" and term.count(".") >= 4 and start > 0 \
            and not text[start - 1].isspace():
        return start + 1
    if end < len(text) and text[end].isalnum() and opening_quote(text, sent_start, end - 1):
        return end - 1
    return end


def opening_quote(text: str, sent_start: int, q: int) -> bool:
    """The quote at ``q``, after a sentence's final mark and glued to the next word, opens the next
    sentence ('reports.\u201cThis Victory', 'said."This'), unless it closes one this sentence opened
    ('\u201eДа.\u201cОн' in the German-style quotes, 'He said "stop."Then')."""
    mark = text[q]
    if mark == "\u201c":
        return text.count("\u201e", sent_start, q) <= text.count("\u201c", sent_start, q)
    if mark == '"':
        return text.count('"', sent_start, q) % 2 == 0
    return False


# a bracket opened shortly before a mark: rules.inside_brackets may join there, so the fast path leaves the mark to it
_OPEN = re.compile(r"\(")
_CLOSE = re.compile(r"\)")
_OPEN_BACK = 60
# a quote opened shortly before a mark: rules.quoted_title may join there ('"Москва. Кремль. Путин" на')
_QUOTE = re.compile("[\"\u00ab\u201c]")


def _opened(opens: list[int], closes: list[int], lo: int, hi: int) -> bool:
    """Whether a bracket opened in text[lo:hi] is still open at ``hi`` (``opens``, ``closes``: the offsets of the
    text's "(" and ")", sorted)."""
    k = bisect_left(opens, hi) - 1
    if k < 0 or opens[k] < lo:
        return False
    j = bisect_left(closes, opens[k])
    return j == len(closes) or closes[j] >= hi


def _within(offsets: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``offsets`` lies in [lo, hi)."""
    k = bisect_left(offsets, lo)
    return k < len(offsets) and offsets[k] < hi


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
    opens = [o.start() for o in _OPEN.finditer(text)] if fast else []
    closes = [o.start() for o in _CLOSE.finditer(text)] if opens else []
    quotes = [o.start() for o in _QUOTE.finditer(text)] if fast else []
    key = data.key if lang == "az" else str.lower  # the same as data.key outside Azerbaijani
    abbrev = data.abbrev
    year = data.year
    initial_pronouns = "IA" if lang == "en" else ""
    for m in CANDIDATE.finditer(text):
        rest, close, ws, line_ws = m.groups()
        if rest is not None:
            start, q = m.span()
            if q >= n:
                continue
            if fast:
                if not ws:
                    nc = text[q]
                    if nc.islower() or nc.isdigit() or nc.isalpha() and text[start - 1].isupper():
                        # "3.5", "president.az", "U.S.": no_space joins (two glued words need a
                        # lower-case letter or a number before the mark), nothing else looks at it
                        continue
                elif (ws == " " or ws == "\n") and rest == "" and (not close or close in _QUOTE_CLOSERS) \
                        and not _opened(opens, closes, start - _OPEN_BACK if start - _OPEN_BACK > sent_start
                                        else sent_start, start):
                    # One mark and one space or line break: the token before it (found without a
                    # Candidate) settles the common cases exactly as the rules would:
                    # - a capital after a plain lower-case word that is no abbreviation, or after a
                    #   number of three digits or more ("in 2022. The"): no rule joins (each needs a
                    #   closer, an abbreviation, a letter token, a number of at most two digits, or
                    #   no capital next), and such a token is no list marker;
                    # - a capital after a title ("Mr. Smith") or a digit after any abbreviation
                    #   ("No. 5"): ``abbreviation`` joins, and no earlier rule looks at them;
                    # - a capital after one capital letter ("S. Lavrov"): ``initials`` joins, except
                    #   English "I." and "A.", which it checks further;
                    # - lower case after a token of two letters or more that starts and ends with a
                    #   letter ("e.g. in", "etc. and"): ``lowercase_next`` joins (not before a line
                    #   break, where a section mark may follow).
                    nc = text[q]
                    i = text.rfind(" ", start - 40 if start > 40 else 0, start)
                    prev = text[i + 1:start] if i >= 0 and i + 1 >= sent_start else ""
                    if len(prev) > 1:
                        if nc.isupper():
                            if prev.isalpha():
                                k = key(prev)
                                category = abbrev.get(k)
                                if category is None:
                                    if len(prev) > 2 and prev[-1].islower() and not (
                                            _within(quotes, start - TITLE_SPAN, start)
                                            and in_quoted_title(text, sent_start, start, m.end(2))):
                                        cuts.append(q - 1)
                                        last_cut = q - 1
                                        sent_start = q
                                        continue
                                elif category == TITLE and k not in year and not close and text[start] == ".":
                                    continue
                            elif len(prev) > 2 and prev.isdigit() and prev.isascii() and not (
                                    _within(quotes, start - TITLE_SPAN, start)
                                    and in_quoted_title(text, sent_start, start, m.end(2))):
                                cuts.append(q - 1)
                                last_cut = q - 1
                                sent_start = q
                                continue
                        elif close:
                            pass
                        elif nc.isdigit():
                            if text[start] == "." and prev.isalpha() and key(prev) in abbrev:
                                continue
                        elif (nc.islower() and ws == " " and prev[0].isalpha() and prev[-1].isalpha()
                              and prev.isprintable()):
                            continue
                    elif prev and not close and nc.isupper() and prev.isupper() and text[start] == "." and prev not in initial_pronouns:
                        continue  # "S. Lavrov": ``initials`` joins; an upper-case letter is no list marker
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
                if ws and term == "." and (c.prev[:1].isdigit() or len(c.prev) == 1) \
                        and not numbered_heading(c, data):  # "Maddə 2." numbers no list item
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
                c.cut = _term_cut(text, start, c.end, term, sent_start)
                if c.cut > last_cut:
                    cuts.append(c.cut)
                    last_cut = c.cut
                sent_start = c.next_pos if c.cut == c.end else c.cut
        elif line_ws is not None:
            start = m.start()
            if fast and "\n\n" in text[start] + line_ws:
                # a blank line after a line with no final stop (a heading): a paragraph break
                if start + 1 + len(line_ws) >= n:
                    continue
                if start > last_cut:
                    cuts.append(start)
                    last_cut = start
                sent_start = start + 1 + len(line_ws)
                markers.clear()
                continue
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
    return _add_cuts(text, data, cuts, trace)


def _add_cuts(text: str, data: langdata.LangData, cuts: list[int], trace: Optional[list[tuple[int, str]]]) -> list[int]:
    """The cuts of the CUT_RULES, merged into ``cuts`` (and ``trace``) in order."""
    extra = {k: rule.__name__ for rule in CUT_RULES for k in rule(text, data)}
    extra = {k: name for k, name in extra.items() if k not in cuts}
    if not extra:
        return cuts
    if trace is not None:
        trace.extend(extra.items())
        trace.sort(key=lambda item: item[0])
    return sorted(cuts + list(extra))


def _spans(text: str, cuts: list[int], trace: Optional[list[tuple[int, str]]]) -> list[Span]:
    spans: list[Span] = []
    begin = 0
    ti = 0
    for cut in cuts + [len(text)]:
        # one slice a sentence: the strip methods return the string itself when there is nothing to strip
        piece = text[begin:cut].lstrip()
        if piece:
            start = cut - len(piece)
            stripped = piece.rstrip()
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


def sentences(text: str, lang: Optional[str] = None) -> list[str]:
    """The sentences of ``text`` as strings: ``segment`` without the spans, for large texts."""
    lang = normalize_lang(lang) if lang else detect_lang(text)
    out = []
    begin = 0
    for cut in scan(text, lang) + [len(text)]:
        piece = text[begin:cut].strip()
        if piece:
            out.append(piece)
        begin = cut
    return out


def explain(text: str, lang: str) -> list[tuple[int, str]]:
    """Every candidate boundary as (offset, rule): the name of the rule that joined it, "split",
    "paragraph" (a blank line) or "list_item" (a cut before a list marker)."""
    trace: list[tuple[int, str]] = []
    scan(text, normalize_lang(lang), trace)
    return trace
