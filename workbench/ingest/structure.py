"""Plain text -> paragraphs -> blocks with kinds, speakers, turns and sections.

Conventions of official transcripts (see DESIGN.md): the first line is the title, the first
paragraph after it the lead, "... said:" paragraphs introduce a speaker whose speech follows
(often opened by "- "), "Name: text" labels open a turn inline, "x x x" separates sections and
ends the turn. Paragraph text is kept verbatim, so the blocks give back the text as written:
``block.label + " " + block.text`` for a labelled block, ``block.text`` otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Collection, Optional

from workbench import vocab
from workbench.lang import lower_any
from workbench.ingest.boilerplate import is_boilerplate
from workbench.ingest.dateline import Dateline, whole_dateline
from workbench.ingest.metadata import find_date
from workbench.ingest.speakers import (full_name_surnames, inline_intro, interview_heading, parse_intro, speech_heading,
                                       split_label, surname_label)
from workbench.model import BREAK, INTRO, LEAD, META, PARAGRAPH, SPEECH, TITLE, Block, Person
from workbench.sectionbreak import is_break

_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


@cache
def _question() -> re.Pattern[str]:
    """A journalist's question: "Question:", "Вопрос:", "Sual:" (workbench/data/lang/<lang>.txt)."""
    labels = "|".join(re.escape(word) for word in vocab.every_lang("question_labels"))
    return re.compile(rf"(?:{labels})\s*:", re.IGNORECASE)


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
    return Paragraphs(["\n".join(p) for p in paragraphs], dropped)


_SENTENCE_END = tuple(".!?…:;")
_CLOSING = ")»\"”’'"


def is_dash(text: str) -> bool:
    """A paragraph that opens a turn with a dash ("- Mr. President, ...", "— В первую очередь, ..."), or with a
    dash run onto its first word ("–Gələcək planınız nədir?", "-Mən cəmi iki gündür ki, ...")."""
    return text[:1] in "-–—" and (text[1:2] == " " or text[1:2].isupper())


def dash_questions(paragraphs: list[str]) -> dict[int, bool]:
    """For each paragraph that opens a dash turn, whether the turn ends on a question. An interview whose turns
    open with a dash and name no one takes who answers from its heading or lead (speakers.interview_heading): a
    turn that ends on a question is the asker's, any other the answer. A turn runs from its dash to the next dash
    or section break ("— Господин Президент, спасибо за встречу." / "Что для Вас власть сегодня?"): a question
    may open with thanks, and its asker goes on in a paragraph of its own."""
    out: dict[int, bool] = {}
    opened = None
    for k in range(len(paragraphs) + 1):
        last = k == len(paragraphs)
        if opened is not None and (last or is_dash(paragraphs[k]) or is_break(paragraphs[k])):
            out[opened] = ends_sentence(paragraphs[k - 1].rstrip(), ("?",))
            opened = None
        if not last and is_dash(paragraphs[k]):
            opened = k
    return out


def line_key(line: str) -> str:
    """A line as chrome is compared: case and white space folded."""
    return " ".join(lower_any(line).split())


def ends_sentence(text: str, ends: tuple[str, ...] = _SENTENCE_END) -> bool:
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
        capital_goes_on = wrapped and (len(out) > 1 or joined) and not _salutation(prev)
        if open_end and not wrapped and _signature_name(prev):
            open_end = False  # "Сергей Михайлов" / "генеральный директор ... ТАСС": a letter's signature
        if open_end and (line[:1].islower() or (capital_goes_on and line[:1].isupper())
                         or (line[:1].isdigit() and (_cut_prose(prev) or prev.endswith(","))) or _cut_inside(prev)
                         or _headline_middle(prev, line)):
            out[-1] = f"{prev} {line}"
            joined = True
        else:
            out.append(line)
            joined = False
    return out


def _signature_name(line: str) -> bool:
    """A line that is a name alone, two or three capitalised words: a letter's signature, whose next line
    (the signer's post, "генеральный директор ...") starts in lower case in Russian."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


_WRAP_WIDTH = 120  # most of a text cut at a width is in lines no longer than this
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
    return len(prev) <= _SHORT and len(line) <= _SHORT and not _salutation(prev) and _cut_inside(line)


# a sentence end inside a line, after a word (not "1." of a list item), before the next sentence's capital
_INNER_END = re.compile(r"[^\W\d_]{2}[.!?…][\"»”’)]*\s+[\"«“„(]?[^\W\d_]", re.UNICODE)


def _cut_prose(line: str) -> bool:
    """A line of prose cut inside its last sentence: it holds a whole sentence before ("... xitam verdi. Bu
    qələbə həm də" / "2023-cü il sentyabrın ..."), so it is no headline, list item or verse line, whose next
    line may well start with a number. A page with one paragraph per line breaks a sentence there when
    its lines were copied from a narrow column."""
    return _INNER_END.search(line) is not None


@cache
def _courtesy_words() -> tuple[str, ...]:
    return tuple(word.lower() for word in vocab.every_lang("courtesy"))


def _salutation(line: str, ends: str = ",") -> bool:
    """"Dear Emomali Sharipovich," / "«Уважаемый Эмомали Шарипович,": a line of its own in a letter, or a speech's
    first line after a dialogue dash ("- Dear President Ilham Aliyev!")."""
    stripped = line.strip()
    if is_dash(stripped):
        stripped = stripped[1:]
    stripped = stripped.lstrip(" \"'«“„")
    first = lower_any(stripped.split(" ", 1)[0])
    return stripped.endswith(tuple(ends)) and len(stripped) <= 60 and first.startswith(_courtesy_words())


def _signed_date(text: str, dateline: Dateline) -> bool:
    """A place and a date after the text has begun, with no clock time: the place and date a letter, decree or
    message is signed with ("Baku city, 4 November 2011" under "Ilham Aliyev"), which its translation
    gives too. It is part of the text; a page's publication stamp ("06 November 2021, 16:10") is not."""
    return bool(dateline.date and dateline.place) and _CLOCK.search(text) is None


@dataclass
class _State:
    section: int = 0
    turn: int = -1
    speaker: Optional[str] = None
    people: dict[str, Person] = field(default_factory=dict)
    interviewee: Optional[Person] = None  # who answers an interview's dash turns (dash_questions)
    labelled: bool = False  # a label has named a turn: the page's dashes then go on its turns, they name no one

    def open_turn(self, person: Person) -> None:
        self.turn += 1
        self.speaker = person.key
        known = self.people.get(person.key)
        self.people[person.key] = _merge(known, person) if known else person


def _merge(known: Person, new: Person) -> Person:
    """Keep the first-seen entry but complete it: a full name replaces initials ("В.Путин" ->
    "Владимир Путин"), and an empty role or patronym is filled from a later introduction."""
    fuller = "." in known.forename and "." not in new.forename and bool(new.surname)
    base = new if fuller else known
    return Person(key=known.key, name=base.name, forename=base.forename, surname=base.surname,
                  patronym=known.patronym or new.patronym, role=known.role or new.role)


# a news page names the people it quotes in its first paragraphs ("... принял Владимир Путин."); a transcript's
# labels further down name them in full or by initials, so only these paragraphs are read for surnames
_NAMING_PARAGRAPHS = 30
_INTERVIEW_INTRO = 5  # blocks: a paragraph this near the top may name who answers an interview's questions


def build_blocks(paragraphs: list[str], lang: str, repeated: Collection[str] = (),
                 dated: Collection[str] = ()) -> tuple[list[Block], list[Person]]:
    """Classify paragraphs into blocks; returns the blocks and the people in order of appearance. ``repeated``: lines
    the page showed twice (case and white space folded), one copy set aside as chrome: a headline, however it ends.
    ``dated``: lines a dateline opened ("BAKI, 25 iyul - Sputnik. “Rusiya ... maraqlıdır”."), the lead's first
    sentence however short, never the title."""
    blocks: list[Block] = []
    state = _State()
    seen_title = seen_lead = False
    surnames: set[str] = set()  # surnames the text has written after a forename: a turn may be labelled so
    pending: set[str] = set()  # ... in the paragraph before, added once the next one is read
    paragraphs = _split_at_turns(paragraphs, lang)
    questions = dash_questions(paragraphs)
    for k, text in enumerate(paragraphs):
        index = len(blocks)
        surnames |= pending
        pending = full_name_surnames(text) if index < _NAMING_PARAGRAPHS else set()
        if not seen_title and whole_dateline(text) is None:
            seen_title = True
            # a letter copied without its headline opens with its salutation ("Dear Madame President,",
            # "Уважаемая госпожа Президент!"), which is no title
            dated_below = k + 1 < len(paragraphs) and whole_dateline(paragraphs[k + 1]) is not None
            lead = ((_lead_sentence(text) and not dated_below) or line_key(text.split("\n", 1)[0]) in dated) \
                and line_key(text) not in repeated
            if not (_opens_with_turn(text, lang) or _salutation(text, ",!") or lead):
                blocks.append(Block(index, TITLE, text, section=state.section))
                heading = speech_heading(text, lang)
                if heading:  # "... mərasimdə İlham Əliyevin nitqi": the page is that speech
                    state.open_turn(_resolve(heading, state))
                state.interviewee = interview_heading(text, lang)
                continue
        if is_break(text):
            blocks.append(Block(index, BREAK, text, section=state.section))
            state.section += 1
            state.speaker = None
            continue
        dateline = whole_dateline(text)
        if dateline is not None and not (seen_lead and _signed_date(text, dateline)):
            blocks.append(Block(index, META, text, section=state.section))
            continue
        # a speech heading first: an intro's name run would keep its genitive ("İlham Əliyevin nitqi:")
        person = speech_heading(text, lang) or parse_intro(text, lang)
        if person:
            state.open_turn(_resolve(person, state))
            blocks.append(Block(index, INTRO, text, speaker=state.speaker, section=state.section,
                                turn=state.turn))
            seen_lead = True
            continue
        if _question().match(text):
            # A journalist's question ends the current speaker's turn; the asker is not named.
            state.speaker = None
            blocks.append(Block(index, PARAGRAPH, text, section=state.section))
            seen_lead = True
            continue
        label = split_label(text, lang)
        if label is None and is_dash(text):
            # a label after a dialogue dash ("- Maarif Hüseynov: Öpürəm Sizi."): the dash goes with the label
            dashed = split_label(text[1:].lstrip(), lang)
            if dashed is not None:
                label = replace(dashed, label=text[:len(text) - len(dashed.rest)].rstrip())
        if label is None:
            label = surname_label(text, lang, surnames)
            label = label if label and ends_sentence(label.rest) else None
        if label and not state.labelled and _quoting_headline(label.rest):
            # "Фазиль Мустафа: Отношения между Россией и Азербайджаном не ухудшатся" over a news item, or as a
            # crosshead in it: a headline quoting someone, before any turn a transcript's labels open
            blocks.append(Block(index, TITLE if not any(b.kind == TITLE for b in blocks) else PARAGRAPH, text,
                                section=state.section))
            continue
        if label:
            state.labelled = True
            state.open_turn(_resolve(label.person, state))
            blocks.append(Block(index, SPEECH, label.rest, speaker=state.speaker, section=state.section,
                                turn=state.turn, label=label.label))
            seen_lead = True
            continue
        introduced = inline_intro(text, lang)
        if introduced:
            # the turn opens here; the paragraph stays whole, as a sentence runs over the colon
            state.open_turn(_resolve(introduced, state))
            blocks.append(Block(index, SPEECH, text, speaker=state.speaker, section=state.section, turn=state.turn))
            seen_lead = True
            continue
        if state.interviewee and not state.labelled and k in questions:
            if questions[k]:  # the interviewer's question: its asker is not named
                state.speaker = None
                blocks.append(Block(index, PARAGRAPH, text, section=state.section))
            else:
                state.open_turn(_resolve(state.interviewee, state))
                blocks.append(Block(index, SPEECH, text, speaker=state.speaker, section=state.section,
                                    turn=state.turn))
            seen_lead = True
            continue
        if state.speaker:
            blocks.append(Block(index, SPEECH, text, speaker=state.speaker, section=state.section,
                                turn=state.turn))
            continue
        # nor is a salutation the lead: the letter's first sentence is
        # ("Hörmətli cənab Prezident.", "Möhtərəm Prezident, əziz İlham Heydər oğlu.": a stop ends some)
        greeting = _salutation(text, ",!.")
        kind = LEAD if not (seen_lead or is_dash(text) or greeting) else PARAGRAPH
        if state.interviewee is None and (kind == LEAD or (index < _INTERVIEW_INTRO and not is_dash(text))):
            # "President Ilham Aliyev has been interviewed by ...": the lead, or a paragraph under it before the first
            # question, names who answers
            state.interviewee = interview_heading(text.split("\n", 1)[0], lang)
        seen_lead = seen_lead or not greeting
        blocks.append(Block(index, kind, text, section=state.section))
    return _narration_before_address(blocks, lang), list(state.people.values())


_NARRATION = 4  # paragraphs of a report that may stand between a speech's heading and the speech's salutation


def _narration_before_address(blocks: list[Block], lang: str) -> list[Block]:
    """A speech's heading opens its turn ("Azərbaycan Respublikasının Prezidenti İlham Əliyevin nitqi"), but a
    report may tell the ceremony before the speaker's salutation ("Mayın 27-də Gülüstan Sarayında ... keçirilmişdir."
    / "Hörmətli xanımlar və cənablar!"): those paragraphs are nobody's speech. Only a salutation within
    _NARRATION paragraphs of the heading says so; a heading straight over the speech changes nothing."""
    out = list(blocks)
    for h, head in enumerate(blocks):
        if head.kind not in (INTRO, TITLE) or h + 1 >= len(blocks) or speech_heading(head.text, lang) is None:
            continue  # "... said:" is followed by the speech itself
        run = range(h + 1, min(len(blocks), h + 1 + _NARRATION + 1))
        turn = blocks[h + 1].turn
        for j in run:
            block = blocks[j]
            if block.kind != SPEECH or block.turn != turn or block.label:
                break
            if _salutation(block.text.split("\n", 1)[0], ",!"):
                if j > h + 1:
                    for k in range(h + 1, j):
                        out[k] = replace(blocks[k], kind=PARAGRAPH, speaker=None, turn=None)
                break
    return out


def _split_at_turns(paragraphs: list[str], lang: str) -> list[str]:
    """A paragraph whose lines open with speaker or question labels ("Vladimir Putin: Good afternoon." /
    "Question: Mr President, ..." in a transcript copied with blank lines only between its parts) is one
    paragraph per turn: a label inside a paragraph would be read as text of the turn before. So is a salutation
    line after a line that ends a sentence ("... nitq söylədi." / "Hörmətli xanımlar və cənablar!")."""
    out = []
    for para in paragraphs:
        lines = para.split("\n")
        current = lines[:1]
        for line in lines[1:]:
            if _question().match(line) or split_label(line, lang) is not None \
                    or (_salutation(line, ",!") and ends_sentence(current[-1], (".", "!", "?", "…"))):
                out.append("\n".join(current))
                current = []
            current.append(line)
        out.append("\n".join(current))
    return out


_QUOTED_HEADLINE_WORDS = 16  # words: a headline quoting someone after a colon is no longer
_HEADLINE_WORDS = 14  # a first paragraph this long that ends with a full stop is the lead of a page copied without
# its headline ("Oktyabrın 15-də Milli Məclisin Sədri Sahibə Qafarova ... qəbul edib."), not its title, unless the
# page's date stands under it or the page repeats it, as president.az does with its headlines, which end so


def _lead_sentence(text: str) -> bool:
    return "\n" not in text and len(text.split()) >= _HEADLINE_WORDS and ends_sentence(text, (".",))


def _quoting_headline(rest: str) -> bool:
    """What a label's colon introduces is a headline's words, not a spoken turn: one short line that ends no
    sentence ("Отношения между Россией и Азербайджаном не ухудшатся"). A turn ends on its stop, or on a salutation's
    comma."""
    return "\n" not in rest and len(rest.split()) <= _QUOTED_HEADLINE_WORDS \
        and not ends_sentence(rest, (*_SENTENCE_END, ","))


def _opens_with_turn(text: str, lang: str) -> bool:
    """A page copied without its headline starts with the first turn ("Г.Алиев: Господин Президент ...,
    уважаемый Владимир Владимирович!"). A headline may quote someone too ("Lavrov: We hope the talks will be
    constructive"), but says it without the stop or the salutation's comma a spoken sentence ends with."""
    label = split_label(text, lang)
    return label is not None and ends_sentence(label.rest, (*_SENTENCE_END, ","))


def _resolve(person: Person, state: _State) -> Person:
    """A speaker named by initials ("В.Путин") or surname alone ("President Putin") whose key is
    new takes the key of the one person already met with that surname (and initial)."""
    if person.key in state.people:
        return person
    if "." in person.forename:
        matches = [k for k in state.people if len(person.key) > 1 and k[:1] == person.key[:1]
                   and k.endswith(person.key[1:])]
    elif not person.surname:
        matches = [k for k in state.people if k.endswith(person.key)]
    else:
        return person
    if len(matches) != 1:
        return person
    return Person(matches[0], person.name, person.forename, person.surname, person.patronym, person.role)
