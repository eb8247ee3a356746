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
from typing import Collection, Optional

from workbench.lang import lower_any
from workbench.ingest.dateline import Dateline, whole_dateline
from workbench.ingest.paragraphs import (SENTENCE_END, answer_label, ends_sentence, is_dash, line_key, question_label,
                                         salutation)
from workbench.ingest.headings import interview_heading, speech_heading
from workbench.ingest.speakers import full_name_surnames, inline_intro, parse_intro, split_label, surname_label
from workbench.model import BREAK, INTRO, LEAD, META, PARAGRAPH, SPEECH, TITLE, Block, Person
from workbench.sectionbreak import is_break

_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def dash_questions(paragraphs: list[str]) -> dict[int, bool]:
    """For each paragraph that opens a dash turn, whether the turn ends on a question. An interview whose turns
    open with a dash and name no one takes who answers from its heading or lead (headings.interview_heading): a
    turn that ends on a question is the asker's, any other the answer. A turn runs from its dash to the next dash
    or section break ("— Господин Президент, спасибо за встречу." / "Что для Вас власть сегодня?"): a question
    may open with thanks, and its asker goes on in a paragraph of its own."""
    out: dict[int, bool] = {}
    opened = None
    for k in range(len(paragraphs) + 1):
        last = k == len(paragraphs)
        if opened is not None and (last or is_dash(paragraphs[k]) or is_break(paragraphs[k])):
            out[opened] = ends_sentence(paragraphs[k - 1].rstrip(), ("?",)) \
                or ends_sentence(paragraphs[opened].rstrip(), ("?",))  # a question, then its answer without a dash
            opened = None
        if not last and is_dash(paragraphs[k]):
            opened = k
    return out


_VOCATIVE_WORDS = 3  # words: a turn that opens by calling someone names them this soon, then a comma


def _addresses(text: str, person: Person) -> bool:
    """A dash turn that opens by calling ``person`` by name ("- Vaqif müəllim, sizi yubileyiniz münasibətilə təbrik
    edirik.", "– Дмитрий Константинович, ..."): the interviewer's, however it ends; who answers does not call
    himself."""
    words = text.lstrip("-–— ").split()[:_VOCATIVE_WORDS]
    names = {lower_any(n) for n in (person.forename, person.surname, person.patronym) if n and "." not in n}
    for k, word in enumerate(words):
        if lower_any(word.rstrip(",")) in names:
            return any(w.endswith(",") for w in words[k:])
    return False


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
    dashed: bool = False  # an interview's first dash turn has been read
    answered: bool = False  # the last dash turn was the answer: the next one asks, however it ends

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
            if not (_opens_with_turn(text, lang) or salutation(text, ",!") or lead):
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
        question = question_label().match(text)
        answer = None if question else answer_label().match(text)
        if answer and state.interviewee:
            # "Cavab: Əvvəla, ...": the one the title or lead names as interviewed answers, as a named label would
            state.open_turn(_resolve(state.interviewee, state))
            blocks.append(Block(index, SPEECH, text[answer.end():].lstrip(), speaker=state.speaker,
                                section=state.section, turn=state.turn, label=answer.group()))
            seen_lead = True
            continue
        unnamed = question or answer
        if unnamed:
            # A journalist's question ends the current speaker's turn; the asker is not named, nor who answers when
            # the page does not say ("A.:" is no person). The label is no text of the turn, as a named speaker's is not
            said = text[unnamed.end():].lstrip()
            state.speaker = None
            blocks.append(Block(index, PARAGRAPH, said or text, section=state.section,
                                label=unnamed.group() if said else ""))
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
            # the interviewer's: its asker is not named; an interview opens with a question, even one with no "?"
            # ("- Bir neçə gün əvvəl AMEA tərəfindən ... medalı ilə təltif olundunuz."), unless the question came
            # just before without a dash ("Mr. President, ... ?" / "- Yes, the day started with that message.")
            first = not state.dashed and not (k and ends_sentence(paragraphs[k - 1].rstrip(), ("?",)))
            state.dashed = True
            if questions[k] or first or state.answered or _addresses(text, state.interviewee):
                # a question may say what it asks ("–Bir çox nüfuzlu ekspertlərin fikrincə, ... xüsusi rol oynayır.")
                state.speaker = None
                state.answered = False
                blocks.append(Block(index, PARAGRAPH, text, section=state.section))
            else:
                state.answered = True
                state.open_turn(_resolve(state.interviewee, state))
                blocks.append(Block(index, SPEECH, text, speaker=state.speaker, section=state.section,
                                    turn=state.turn))
            seen_lead = True
            continue
        if state.speaker:
            blocks.append(Block(index, SPEECH, text, speaker=state.speaker, section=state.section,
                                turn=state.turn))
            continue
        if state.interviewee and not state.labelled and not is_dash(text) and questions.get(k - 1) \
                and ends_sentence(paragraphs[k - 1].rstrip(), ("?",)):
            # "- In your view, what ...?" / "The fundamental difference is ...": the answer, written without a dash
            state.open_turn(_resolve(state.interviewee, state))
            blocks.append(Block(index, SPEECH, text, speaker=state.speaker, section=state.section, turn=state.turn))
            continue
        # nor is a salutation the lead: the letter's first sentence is
        # ("Hörmətli cənab Prezident.", "Möhtərəm Prezident, əziz İlham Heydər oğlu.": a stop ends some)
        greeting = salutation(text, ",!.")
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
            if salutation(block.text.split("\n", 1)[0], ",!"):
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
            if question_label().match(line) or split_label(line, lang) is not None \
                    or (salutation(line, ",!") and ends_sentence(current[-1], (".", "!", "?", "…"))):
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
        and not ends_sentence(rest, (*SENTENCE_END, ","))


def _opens_with_turn(text: str, lang: str) -> bool:
    """A page copied without its headline starts with the first turn ("Г.Алиев: Господин Президент ...,
    уважаемый Владимир Владимирович!"). A headline may quote someone too ("Lavrov: We hope the talks will be
    constructive"), but says it without the stop or the salutation's comma a spoken sentence ends with. So does an
    interview copied without its headline, with its first dash turn ("- Первый вопрос традиционный: ваша оценка
    отношений ...")."""
    if is_dash(text) and ends_sentence(text, (*SENTENCE_END, ",")):
        return True
    label = split_label(text, lang)
    return label is not None and ends_sentence(label.rest, (*SENTENCE_END, ","))


def _resolve(person: Person, state: _State) -> Person:
    """A speaker named by initials ("В.Путин") or surname alone ("President Putin") whose key is
    new takes the key of the one person already met with that surname (and initial); one named by initials alone
    ("L.Ə." after "Leyla Əliyeva:") the key of the one person whose name's initials they are."""
    if person.key in state.people:
        return person
    if "." in person.forename and not person.surname and person.forename.replace(".", "").isupper():
        matches = [k for k in state.people if len(person.key) > 1 and "".join(filter(str.isupper, k)) == person.key]
    elif "." in person.forename:
        matches = [k for k in state.people if len(person.key) > 1 and k[:1] == person.key[:1]
                   and k.endswith(person.key[1:])]
    elif not person.surname:
        matches = [k for k in state.people if k.endswith(person.key)]
    else:
        return person
    if len(matches) != 1:
        return person
    return Person(matches[0], person.name, person.forename, person.surname, person.patronym, person.role)
