"""Paragraphs from pasted text: blank lines part them, boilerplate lines go, and lines cut at a width (a text copied
with hard line breaks inside its sentences) are joined back. Also the line tests the later stages share: where a
sentence ends, a dialogue dash, a salutation line, a question label, a line's comparison key."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from workbench import vocab
from workbench.ingest.boilerplate import is_boilerplate
from workbench.ingest.dateline import WIRE_PLACE, leading_dateline, whole_dateline
from workbench.ingest.metadata import find_date
from workbench.lang import lower_any
from workbench.sectionbreak import is_break


def question_label() -> re.Pattern[str]:
    """A journalist's question: "Question:", "Вопрос:", "Sual:" (workbench/data/lang/<lang>.txt)."""
    return _label("question_labels")


def answer_label() -> re.Pattern[str]:
    """The answer to a journalist's question: "Answer:", "Ответ:", "Cavab:" (workbench/data/lang/<lang>.txt)."""
    return _label("answer_labels")


@cache
def _label(section: str) -> re.Pattern[str]:
    labels = "|".join(re.escape(word) for word in vocab.every_lang(section))
    # "Question (retranslated):", "Вопрос (как переведено):", "A.:"
    # a space after the colon: the label is set apart from the turn's text, which comes back as "label text"
    return re.compile(rf"(?:{labels})\.?(?:\s*\([^()\n]{{1,40}}\))?\s*:(?=\s|\Z)", re.IGNORECASE)


@dataclass
class Paragraphs:
    texts: list[str]
    dropped: list[str] = field(default_factory=list)


def split_paragraphs(text: str) -> Paragraphs:
    """Paragraphs separated by blank lines, boilerplate lines removed (and kept in ``dropped``).

    Text with no blank lines at all (copied from a web page line by line) has one paragraph per
    line. Lines inside a paragraph are kept, stripped of surrounding white space.
    """
    lines = text.split("\n")
    dropped: list[str] = []
    paragraphs: list[list[str]] = [[]]
    blank_separated = False
    for raw in lines:
        line = raw.strip()
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
                blank_separated = True
            continue
        if is_boilerplate(line):
            dropped.append(line)
            continue
        paragraphs[-1].append(line)
    paragraphs = [p for p in paragraphs if p]
    if not blank_separated or len(paragraphs) == 1:
        return Paragraphs(unwrap([line for p in paragraphs for line in p]), dropped)
    if _wrapped_paragraphs(paragraphs):
        return Paragraphs([_join_wrapped(p) if _cut_at_width(p) else "\n".join(p) for p in paragraphs], dropped)
    return Paragraphs(["\n".join(p) for p in paragraphs], dropped)


_WRAPPED_SHARE = 5  # one line in this many inside paragraphs goes on in lower case: the text was cut at a width


def _wrapped_paragraphs(paragraphs: list[list[str]]) -> bool:
    """Paragraphs set apart by blank lines whose lines were cut at a width ("... the visit of" / "our distinguished
    guest, ..."): many lines inside a paragraph go on a sentence in lower case, and lines are short."""
    pairs = [(prev, line) for p in paragraphs for prev, line in zip(p, p[1:])]
    goes_on = sum(1 for prev, line in pairs if line[:1].islower() and not ends_sentence(prev))
    lengths = sorted(len(line) for p in paragraphs for line in p)
    return len(pairs) >= 3 and goes_on >= max(2, len(pairs) // _WRAPPED_SHARE) \
        and lengths[len(lengths) // 2] <= _WRAP_WIDTH


def _cut_at_width(lines: list[str]) -> bool:
    """A paragraph whose lines but its last are no longer than a width, and not short: a longer line was never cut,
    and a site's header block ("President of the Russian Federation" / "Sept 16 2008") is short lines."""
    return len(lines) > 1 and all(_WRAPPED_LINE <= len(line) <= _WRAP_WIDTH for line in lines[:-1])


def _join_wrapped(lines: list[str]) -> str:
    """A paragraph of text cut at a width as one line per run: a line goes on the one before, whatever its case,
    unless that one ends a sentence and this one opens a turn (a dash, a question or speaker label's colon), or
    either is a section break ("* * *")."""
    out = lines[:1]
    for line in lines[1:]:
        turn = is_dash(line) or question_label().match(line) or ":" in line[:_LABEL_SPAN]
        if (turn and ends_sentence(out[-1])) or is_break(line) or is_break(out[-1]):
            out.append(line)
        else:
            out[-1] = f"{out[-1]} {line}"
    return "\n".join(out)


SENTENCE_END = tuple(".!?…:;")
_CLOSING = ")»\"”’'"


def is_dash(text: str) -> bool:
    """A paragraph that opens a turn with a dash ("- Mr. President, ...", "— В первую очередь, ..."), or with a
    dash run onto its first word ("–Gələcək planınız nədir?", "-Mən cəmi iki gündür ki, ...")."""
    return text[:1] in "-–—" and (text[1:2] == " " or text[1:2].isupper())


def line_key(line: str) -> str:
    """A line as chrome is compared: case and white space folded."""
    return " ".join(lower_any(line).split())


def ends_sentence(text: str, ends: tuple[str, ...] = SENTENCE_END) -> bool:
    """The text ends with a stop (or colon, semicolon) before any closing quotes or brackets."""
    return text.rstrip(_CLOSING).endswith(ends)


def unwrap(lines: list[str]) -> list[str]:
    """Lines of a text copied with hard line breaks inside its sentences, joined back into paragraphs.

    A line that does not end a sentence goes on on the next line when that one starts in lower case
    ("внешнюю / политику"). When lines start in lower case that often, the text is wrapped at a width,
    and a capital on the next line goes on too ("Azərbaycan / Respublikasının"), except after the first
    line, the headline."""
    continued = sum(1 for line in lines[1:] if line[:1].islower())
    # Text cut at a width is mostly short lines: a page of whole paragraphs with a headline broken over a
    # few lines is not.
    short = sum(len(line) for line in lines if len(line) <= _WRAP_WIDTH)
    wrapped = len(lines) >= 3 and continued >= max(2, len(lines) // 10) \
        and 2 * short >= sum(len(line) for line in lines)
    width = sorted(len(line) for line in lines)[len(lines) * 9 // 10] if wrapped else 0
    out: list[str] = []
    joined = False  # the last line out already took a continuation: it is no headline
    closed = False  # the last line out ends a paragraph, though it has no stop: a headline's last line
    for line in lines:
        prev = out[-1] if out else ""
        open_end = bool(prev) and not closed and not ends_sentence(prev)
        closed = False
        if wrapped and len(out) == 1 and not joined and open_end and _ends_short(line, width) \
                and not _stamp(line):  # the page's stamp under its headline is no part of it
            # a wrapped headline's last line: short, no stop ("... Albaniyanın Prezidenti" / "İlir Meta ilə
            # görüşüb" / "Azərbaycan Respublikasının" / ...), where the lead's first line runs the full width
            out[-1] = f"{prev} {line}"
            closed = True
            continue
        capital_goes_on = wrapped and (len(out) > 1 or joined) and not salutation(prev)
        if open_end and not wrapped and _signature_name(prev):
            open_end = False  # "Сергей Михайлов" / "генеральный директор ... ТАСС": a letter's signature
        if open_end and (line[:1].islower() or (capital_goes_on and line[:1].isupper())
                         or (line[:1].isdigit() and (cut_prose(prev) or prev.endswith(",")))
                         or (_cut_inside(prev) and not _wire_dateline(line)) or _headline_middle(prev, line)):
            out[-1] = f"{prev} {line}"
            joined = True
        else:
            out.append(line)
            joined = False
    return out


def _wire_dateline(line: str) -> bool:
    """The line opens with a wire's dateline, its place in capitals ("МОСКВА, 5 октября/ Радио Sputnik. ..."): it
    starts the text, whatever widget's words stand cut above it ("Читать в")."""
    return bool(WIRE_PLACE.match(line)) and leading_dateline(line) is not None


def _signature_name(line: str) -> bool:
    """A line that is a name alone, two or three capitalised words: a letter's signature, whose next line
    (the signer's post, "генеральный директор ...") starts in lower case in Russian."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


_WRAP_WIDTH = 120  # most of a text cut at a width is in lines no longer than this
_LABEL_SPAN = 60  # characters: a speaker label's colon stands this near a line's start
_WRAPPED_LINE = 40  # characters: a line cut at a width (but a paragraph's last) is at least this long
_SHORT = 60  # a line of a headline broken over a few lines
_LAST_LINE = 0.6  # share of a wrapped text's width (its 90th-percentile line) below which a line ends a paragraph
_PAIRS = ("«»", "“”", "()")


@cache
def _goes_on_words() -> frozenset[str]:
    return frozenset(word.lower() for word in vocab.every_lang("line_goes_on"))


def ends_mid_phrase(line: str) -> bool:
    """The line's last word is a preposition or conjunction ("... Михаилу Гусману для", "Follow Trend on"):
    nothing ends there, so the line goes on, or what followed it was no text (a widget's icons)."""
    words = line.split()
    return bool(words) and words[-1].lower() in _goes_on_words()


def _cut_inside(line: str) -> bool:
    """A line cut where nothing can end: after a preposition or conjunction, or inside quotes or brackets it
    opened ("и телеканала «Россия"). A headline copied from a narrow box breaks so, and its next line may start
    with a capital or a number."""
    if ends_mid_phrase(line):
        return True
    # A quote opened at the line's start, or one before a salutation's comma, may run over paragraphs (a
    # letter quoted whole); one opened inside a line that stops on a word is a name or title it cut.
    if not line[-1:].isalnum():
        return False
    inner = line[1:]  # „...“ closes with the opener of “...”
    return any(inner.count(left) - (inner.count("„") if left == "“" else 0) > line.count(right)
               for left, right in _PAIRS) or (line.count('"') % 2 == 1 and line[:1] != '"')


def _ends_short(line: str, width: int) -> bool:
    """A line with no stop that ends well short of the text's width: the last line of a paragraph."""
    return len(line) <= _LAST_LINE * width and not ends_sentence(line)


def _stamp(line: str) -> bool:
    """A date on a short line of its own, in whatever form ("1/28/2025 3:12:03 PM", "06 November 2021, 16:10")."""
    return whole_dateline(line) is not None or (len(line.split()) <= _STAMP_WORDS and find_date(line) is not None)


_STAMP_WORDS = 4


def _headline_middle(prev: str, line: str) -> bool:
    """A short line that is itself cut inside ("Михаилу Гусману для") after a short line with no sentence end
    ("Интервью Президента Ильхама Алиева"): the middle of a headline broken over lines, even at a capital."""
    return len(prev) <= _SHORT and len(line) <= _SHORT and not salutation(prev) and _cut_inside(line)


# a sentence end inside a line, after a word (not "1." of a list item), before the next sentence's capital
_INNER_END = re.compile(r"[^\W\d_]{2}[.!?…][\"»”’)]*\s+[\"«“„(]?[^\W\d_]", re.UNICODE)


def cut_prose(line: str) -> bool:
    """A line of prose cut inside its last sentence: it holds a whole sentence before ("... xitam verdi. Bu
    qələbə həm də" / "2023-cü il sentyabrın ..."), so it is no headline, list item or verse line, whose next
    line may well start with a number. A page with one paragraph per line breaks a sentence there when
    its lines were copied from a narrow column."""
    return _INNER_END.search(line) is not None


@cache
def _courtesy_words() -> tuple[str, ...]:
    return tuple(word.lower() for word in vocab.every_lang("courtesy"))


def salutation(line: str, ends: str = ",") -> bool:
    """"Dear Emomali Sharipovich," / "«Уважаемый Эмомали Шарипович,": a line of its own in a letter, or a speech's
    first line after a dialogue dash ("- Dear President Ilham Aliyev!")."""
    stripped = line.strip()
    if is_dash(stripped):
        stripped = stripped[1:]
    stripped = stripped.lstrip(" \"'«“„")
    first = lower_any(stripped.split(" ", 1)[0])
    return stripped.endswith(tuple(ends)) and len(stripped) <= 60 and first.startswith(_courtesy_words())
