"""The named rules. Each looks at one candidate boundary and says "join" (True) or nothing (False).

A candidate that no rule joins is a sentence boundary. The rule lists at the bottom give the order;
the first rule that joins wins, and its name is what ``explain`` reports. Rules never decide a split,
so adding one can only remove boundaries - which keeps each rule small and its effect easy to test.

Decisions documented here (the issue asked to decide them):
- Interpreters' notes and other stand-alone parenthesised sentences ("(In English.)", "(Как переведено.)")
  belong to the sentence after them (rule ``interpreter_note``).
- A single line break is a boundary unless the next line plainly continues the sentence: it starts in
  lower case after a line of three words or more, or the line ended mid-phrase (comma, hyphen,
  "and"/"и"/"və"...). So headings and intro lines ending in a colon stand alone, wrapped lines do not.
  A blank line is always a boundary (checked before any rule).
- A section mark on a line of its own ("x x x", "* * *", "***") is a segment of its own: no line rule
  joins it to the line before or after. ``segment`` keeps it (it is text in the source, and a gold file
  written one sentence a line lists it); ``segment_document`` gives BREAK blocks no segments.
- One cut no candidate makes: after a colon that opens a quoted letter ('... məktubda deyilir: "Hörmətli ...',
  '... the letter reads: "Dear ...'), the attribution and the letter are two sentences (rule ``quoted_letter``,
  one of the CUT_RULES, which find their own places and only ever add a boundary).
- A parenthesised note on a line of its own ("(Applause.)" / "(Аплодисменты.)" then a line break) is a
  stage direction, not an interpreter's note opening a sentence: it stands alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable

from workbench import vocab
from workbench.segment.candidates import Candidate
from workbench.sectionbreak import is_break
from workbench.segment.langdata import NUMERIC, OTHER, TITLE, LangData

Rule = Callable[[Candidate, LangData], bool]

_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]\Z")
_NUMBER = re.compile(r"[\d.,\u00a0]*\d\Z")
_MARKER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|[ivxIVX]{1,4})\Z")  # "2.1.1." numbers a clause
_UNIT_AFTER_NUMBER = re.compile(r"\d+([^\W\d_]+)\Z")
_TRAILING = ",;:\u2026"
_NUMBER_SIGNS = frozenset("+#\u2116")  # "Tel. +994", "No. #5", "стр. №"
_YEAR_RANGE = re.compile(r"\d{4}[-\u2010-\u2015]\d{2,4}\Z")  # "2024–2026 гг."
_LINE = re.compile(r"[^\r\n]*")
_COMPOUND = re.compile(r"[-\u2010-\u2013/]")  # "Jan.-Feb.": the last part is the abbreviation
_SUFFIX = re.compile(r"[-'\u2019]")
_DIALOGUE_DASH = re.compile(r"[-\u2013\u2014][ \t\u00a0]+[\"'«“„(]?[^\W\d_a-zа-яёəıöüğşç]")
_DASHES = frozenset("-\u2013\u2014")
_CLOSING_QUOTES = "\"'\u00bb\u201d\u2019"
_QUOTE_WINDOW = 200  # characters before a line break where the quote it breaks inside was opened
_BRACKET_NOTE = 60  # characters: how far a stop may stand before the ")" of the note it is inside
TITLE_SPAN = 40  # characters: the longest stretch of a quoted name on either side of a stop inside it
_TITLE_CLOSE = re.compile("[\"\u00bb\u201d]")
_NOT_IN_TITLE = frozenset(",;:!?\n\r\u00ab\u201c")


@cache
def _site_endings() -> frozenset[str]:
    return frozenset(vocab.words("any", "site_endings"))


def _is_number(token: str) -> bool:
    return bool(token) and token[-1].isdigit() and _NUMBER.match(token) is not None


def _next_line(c: Candidate) -> str:
    """The start of the line after a candidate (bounded)."""
    return _LINE.match(c.text, c.next_pos, c.next_pos + 80).group()


def _word_key(token: str, data: LangData) -> str:
    return data.key(token.rstrip(".,;:!?" + "\"'\u00bb\u201d\u2019)"))


# --- rules for terminal punctuation ---------------------------------------------------------------

def no_space(c: Candidate, d: LangData) -> bool:
    """No whitespace after the mark: inside "U.S.A", "president.az", "info@mfa.gov.az", "3.5".
    Only two glued words ("world.Today", "1,000.That") are a boundary."""
    if c.ws or not c.next_char:
        return False
    if _DIALOGUE_DASH.match(c.text, c.end):
        return False  # an interview's turns run together: "... in 2015.- Mr. President, ...", "... then?- We have"
    prev, nxt = c.prev, c.nxt
    plain_prev = (len(prev) > 1 and (prev.isalpha() and prev[-1].islower() and d.key(prev) not in d.abbrev)
                  or _is_number(prev) and "." not in prev)
    glued_next = (len(nxt) > 1 and nxt[0].isupper() and nxt[1].islower()
                  and "@" not in nxt and "/" not in nxt and not c.opened)
    if plain_prev and glued_next:
        word = nxt.rstrip(".,;:!?\"')\u00bb\u201d")
        # "News.Az", "Trend.Az": a capitalised domain ending is a site name ("Cooperation.In turn" is two sentences),
        # with an Azerbaijani case ending too ("RePost.Az-ın", "Report.Az'a")
        return _SUFFIX.split(word, 1)[0].lower() in _site_endings() and prev[0].isupper()
    return True


def lowercase_next(c: Candidate, d: LangData) -> bool:
    """The next word starts in lower case: 'great." she said', "Yahoo! in", "т. е. так"
    (but not a section mark on the next line: "таких.\nx x x")."""
    if not c.next_char.islower():
        return False
    return not (("\n" in c.ws or "\r" in c.ws) and is_break(_next_line(c).rstrip()))


def punctuation_next(c: Candidate, d: LangData) -> bool:
    """A comma, semicolon or colon follows: the mark ended an abbreviation, not a sentence."""
    return c.next_char != "" and c.next_char in _TRAILING


def bracketed_ellipsis(c: Candidate, d: LangData) -> bool:
    """"[...]" marks an omission inside a quotation."""
    return c.close[:1] == "]" and c.start > 0 and c.text[c.start - 1] == "["


def abbreviation(c: Candidate, d: LangData) -> bool:
    """A listed abbreviation: titles always join, numeric ones before a number, others before digits."""
    if c.term != "." or not c.prev or len(c.prev) == 1 and c.prev.isupper():
        return False  # a capital letter alone is an initial ("С. Лавров"), not "с." (page)
    key = d.key(c.prev)
    category = d.abbrev.get(key)
    if category is None and _COMPOUND.search(key):
        key = _COMPOUND.split(key)[-1]
        category = d.abbrev.get(key)
    if category is None:
        m = _UNIT_AFTER_NUMBER.match(key)  # "2023г." -> "г" after a number
        if m is None or m.group(1) not in d.abbrev:
            return False
        return c.next_char.isdigit()
    if key in d.before_acronym and len(c.nxt) > 1 and c.nxt.isupper():
        return True  # "2 млрд долл. США", "10,8 mlrd. ABŞ dolları"
    if category == TITLE:
        if key in d.year and (_is_number(c.before_prev()) or _YEAR_RANGE.match(c.before_prev())):
            # "в 2023 г. Он ..." ends a sentence; "от 7 сентября 2010 г. № 1099" goes on to the act's number
            return c.next_char.isdigit() or c.next_char in _NUMBER_SIGNS
        return c.next_char != ""
    if category in (NUMERIC, OTHER):
        return c.next_char.isdigit() or c.next_char in _NUMBER_SIGNS
    return False


def initials(c: Candidate, d: LangData) -> bool:
    """Initials and acronyms: "В.В. Путин", "S. Lavrov", "İ. Əliyev", "Vladimir V. Putin", "U.S. Government".
    In English "I." and "A." join only after a capitalised word ("Albert I. Jones", not "you and I. Did") or
    at a sentence's start ("A. We wouldn't ...": an answer label),
    and an acronym before a usual sentence opener ("the U.S. How ...") ends the sentence."""
    prev = c.prev
    if c.term != "." or not prev or not c.next_char.isupper() or _INITIALS.match(prev) is None:
        return False
    if len(prev) > 1 and d.key(prev) in d.abbrev:
        return False  # its own category already decided
    if len(prev) == 1:
        if not prev.isupper():
            return False
        if d.lang == "en" and prev in "IA":
            if not c.text[c.sent_start:c.prev_start].strip():
                return True  # "A. We wouldn't ...": an interview's answer label, or a list's letter, opens a sentence
            before = c.before_prev()
            return bool(before) and before[0].isupper() and before[-1].isalpha()
        return True
    if d.lang != "en" and prev.isupper():
        return True  # Cyrillic / Azerbaijani initials chains
    nxt = _word_key(c.nxt, d)
    if nxt in d.starters or d.abbrev.get(nxt) == TITLE:
        # "At 5 a.m. Mr. Smith went" is no sentence before "Mr.": too short to stand alone.
        so_far = c.sentence_so_far(40)
        return bool(so_far) and len(so_far.split()) < 4
    return True


def ordinal_date(c: Candidate, d: LangData) -> bool:
    """A day written as an ordinal: "1. Mai", "22. February" (not "May 1. May I ...")."""
    prev = c.prev
    if c.term != "." or not prev.isdigit() or len(prev) > 2 or _word_key(c.nxt, d) not in d.months:
        return False
    return _word_key(c.before_prev(), d) not in d.months


def numbered_heading(c: Candidate, d: LangData) -> bool:
    """A heading's number after its word, which opens the sentence: "Maddə 2. Təltif edən orqan", "Статья 5.
    Награды" (data [numbered]); "... under Article 5. The rest" ends a sentence."""
    if c.term != "." or not c.prev.isdigit() or len(c.prev) > 3:
        return False
    word = c.before_prev()
    return _word_key(word, d) in d.numbered and not c.text[c.sent_start:c.prev_start].strip()[:-len(word)].strip()


def list_marker(c: Candidate, d: LangData) -> bool:
    """A list number or letter opening the sentence: "1. First item", "• 9. The first item", "a. ..."."""
    if c.term != "." or _MARKER.match(c.prev) is None:
        return False
    return c.text[c.sent_start:c.prev_start].strip(" \t\r\n" + "\u2022\u2043\u2013\u2014-*") == ""


def interpreter_note(c: Candidate, d: LangData) -> bool:
    """"(In English.)", "(Как переведено.)": the note belongs to the sentence after it."""
    if ")" not in c.close or not c.next_char or "\n" in c.ws or "\r" in c.ws:
        return False  # alone on its line: a stage direction such as "(Applause.)"
    lo = max(c.sent_start, c.start - 80)
    opening = c.text.rfind("(", lo, c.start)
    if opening < 0 or ")" in c.text[opening:c.start]:
        return False
    before = c.text[c.sent_start:opening].strip()
    return before == "" or before.endswith(":")


def inside_brackets(c: Candidate, d: LangData) -> bool:
    """A stop inside an editor's note in brackets, before its own dash: "(переговоров. — Прим. ред.)". The note
    closes within a few words and no other stop comes first."""
    if c.text[c.next_pos:c.next_pos + 1] not in _DASHES or ")" in c.close:
        return False
    opening = c.text.rfind("(", max(c.sent_start, c.start - _BRACKET_NOTE), c.start)
    if opening < 0 or ")" in c.text[opening:c.start]:
        return False
    closing = c.text.find(")", c.end, c.end + _BRACKET_NOTE)
    return closing > 0 and "(" not in c.text[c.end:closing]


def quote_attribution(c: Candidate, d: LangData) -> bool:
    """A quote whose sentence ends inside its marks, then a dash and who said it, on one line: a headline's
    form ("«Мы готовы к диалогу!» — Лавров о переговорах", "“Evimdə oturmuşam, söz verirəm ki…” — Elmar
    Məmmədyarov danışdı"). A dash before another quote opens the next speaker's turn."""
    if not c.close or c.close[0] not in _CLOSING_QUOTES or "\n" in c.ws or "\r" in c.ws:
        return False
    return c.opened.strip() in _DASHES


def _quote_open(before: str) -> bool:
    """Whether ``before`` opens a quote it does not close."""
    return before.count("\u00ab") > before.count("\u00bb") or before.count("\u201c") > before.count("\u201d") \
        or before.count('"') % 2 == 1


def in_quoted_title(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the stop at text[start:end] stands inside a short quoted name opened after ``lo`` that its
    sentence runs on after in lower case (rule ``quoted_title``)."""
    if not _quote_open(text[max(lo, start - TITLE_SPAN):start]):
        return False
    after = text[end:end + TITLE_SPAN]
    m = _TITLE_CLOSE.search(after)
    if m is None:
        return False
    inside = after[:m.start()].rstrip()
    if not inside[-1:].isalnum() or any(ch in inside for ch in _NOT_IN_TITLE):
        return False
    return after[m.end():].lstrip(" \u00a0")[:1].islower()


def quoted_title(c: Candidate, d: LangData) -> bool:
    """A stop inside a short quoted name that its sentence runs on after, in lower case: 'в программе
    "Москва. Кремль. Путин" на телеканале'. The quote opened and closes within TITLE_SPAN characters of the
    stop, and what it holds after the stop has no comma or other mark: a quoted sentence followed by who said
    it ('"Peace is possible. We see the will in Baku," he said') is no name."""
    if c.close or "\n" in c.ws or "\r" in c.ws:
        return False
    return in_quoted_title(c.text, c.sent_start, c.start, c.end)


def ellipsis_pronoun(c: Candidate, d: LangData) -> bool:
    """English ". . . I didn't mean it": a pause before "I" goes on with the sentence."""
    return d.lang == "en" and c.nxt[:1] == "I" and c.nxt[1:2] in ("", "'", "\u2019") and c.ellipsis


# --- rules for a line break with no terminal punctuation before it ----------------------------------

def line_continues(c: Candidate, d: LangData) -> bool:
    """A wrapped line: the next line starts in lower case and this one is no short list item.
    A section mark ("x x x") on either line stands alone."""
    if not c.next_char.islower():
        return False
    line = c.line_before().rstrip()
    if is_break(line) or is_break(_next_line(c).rstrip()):
        return False
    return line.endswith((",", "-", "\u2010")) or len(line.split()) >= 3


def line_ends_mid_phrase(c: Candidate, d: LangData) -> bool:
    """The line ends in a conjunction or preposition ("between Azerbaijan and" / "Russia ...")."""
    line = c.line_before().rstrip()
    if not line or not c.next_char.isalpha():
        return False
    last = line.rsplit(None, 1)[-1]
    return d.key(last) in d.continuations and not is_break(_next_line(c).rstrip())


def line_inside_quote(c: Candidate, d: LangData) -> bool:
    """The line breaks inside a quote its sentence opened ('... закона "О Знамени' / 'Победы". Мы ...',
    "«Азербайджан —" / "наш партнер»"): a hard-wrapped line, whatever case the next starts in. Only a quote
    opened within the last _QUOTE_WINDOW characters counts, and never before a section mark."""
    if not c.next_char.isalpha() or is_break(_next_line(c).rstrip()):
        return False
    before = c.text[max(c.sent_start, c.start - _QUOTE_WINDOW):c.start]
    if not (before.rstrip()[-1:].isalnum() or before.rstrip()[-1:] in _DASHES):
        return False  # a line that ends on its own mark ('"Dear Mr. President,') is a line of its own
    return _quote_open(before)


# --- rules that cut where no candidate is ----------------------------------------------------------

# a colon, then an opening quote and the quote's first word
_COLON_QUOTE = re.compile(r":[ \t\u00a0]*(?=[\"«“„']+[ \t]*([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?))")


def quoted_letter(text: str, d: LangData) -> list[int]:
    """Offsets right after a colon that introduces a quoted letter: the quote opens with a salutation word
    ('... məktubda deyilir: "Hörmətli Aleksandr Qriqoryeviç.', '... the letter reads: "Dear ...'). A colon
    before any other quote ('He said: "We agree."') stays inside the sentence."""
    return [m.start() + 1 for m in _COLON_QUOTE.finditer(text) if d.key(m.group(1)) in d.letter_openers]


CutRule = Callable[[str, LangData], list[int]]

TERM_RULES: tuple[Rule, ...] = (
    no_space,
    lowercase_next,
    punctuation_next,
    bracketed_ellipsis,
    abbreviation,
    initials,
    ordinal_date,
    numbered_heading,
    list_marker,
    interpreter_note,
    inside_brackets,
    quote_attribution,
    quoted_title,
    ellipsis_pronoun,
)

LINE_RULES: tuple[Rule, ...] = (
    line_continues,
    line_ends_mid_phrase,
    line_inside_quote,
)

CUT_RULES: tuple[CutRule, ...] = (
    quoted_letter,
)
