"""Speakers: introductions ("Russian Foreign Minister Sergey Lavrov said:") and inline labels
("В.Путин: Господин Президент!") -> model.Person.

Both are recognised from the shape of official transcripts rather than a name list: a name is a
short run of capitalised words (or initials + surname) standing after an optional role and
before an optional speech verb. Only a bounded prefix of a paragraph is ever inspected, so a
multi-megabyte paragraph costs no more than a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from workbench.ingest.names import NAME_LINKS, is_patronym, person_key
from workbench.model import Person

# Role words: they are capitalised in roles ("President", "Minister") but are never part of a name.
TITLES = frozenset("""
president vice-president minister prime premier deputy foreign chairman chairwoman chair secretary
ambassador speaker head adviser advisor assistant general director mayor king queen prince emperor
chancellor governor spokesperson spokesman spokeswoman commissioner envoy representative
mr mrs ms dr sir madam lady first
президент вице-президент министр премьер-министр премьер председатель посол помощник советник
глава заместитель секретарь спикер губернатор мэр канцлер король королева руководитель генеральный
первый представитель
prezident prezidenti vitse-prezident nazir naziri baş sədr sədri səfir səfiri köməkçisi köməkçi
müşavir müşaviri başçısı katib katibi rəhbər rəhbəri müavini nümayəndəsi birinci xanım cənab
""".split())

# First words of an intro's tail after the name: the speech verb.
_VERBS = {
    "en": ("said", "say", "stated", "noted", "added", "replied", "answered", "asked", "continued",
           "remarked", "declared", "made", "delivered", "addressed", "spoke", "emphasi", "stress",
           "concluded", "responded", "commented", "then", "also", "first", "began", "opened", "thanked"),
    "ru": ("сказал", "заявил", "отметил", "добавил", "ответил", "выступил", "подчеркнул", "спросил",
           "продолжил", "произн", "обратил", "поблагодарил", "начал", "также", "затем", "констатировал"),
    "az": ("dedi", "deyib", "bildir", "qeyd", "söylə", "vurğula", "əlavə", "cavab", "çıxış", "nitq",
           "müraciət", "sonra", "həmçinin", "təşəkkür"),
}
_ALL_VERBS = tuple(v for verbs in _VERBS.values() for v in verbs)
# Azerbaijani intros open with a participle clause and no comma: "Görüşdə çıxış edən Prezident ...".
_AZ_CLAUSE_END = frozenset({"edən", "alan", "söyləyən", "verən", "danışan", "deyən"})
# Capitalised phrases that end in a colon but are not speakers.
_NOT_SPEAKERS = frozenset("""
note notes source sources photo video update updated read also see subject agenda tags tag reference
dear ladies gentlemen colleagues friends question answer attention warning important summary
примечание источник фото видео читайте см тема теги уважаемые уважаемый дамы господа коллеги друзья
вопрос ответ внимание справка
qeyd mənbə foto video oxuyun mövzu teqlər hörmətli xanımlar cənablar həmkarlar dostlar sual cavab diqqət
""".split())

# Sentence adverbs that open an intro but belong to no role ("Then President ... said:").
_ADVERBS = frozenset("then later afterwards next finally also затем потом далее затем также sonra daha həmçinin".split())

_JOINT = frozenset({"and", "и", "və", "with", "ilə"})

_INTRO_MAX = 300  # characters: an introduction is one short sentence
_LABEL_MAX = 90  # characters before the colon of an inline label
_LABEL_WORDS = 6
_EDGE = "«»\"“”„'‘’()[],;"
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.){1,2}(?:[^\W\d_][\w’'-]+)?$")


@dataclass(frozen=True)
class Label:
    """An inline speaker label split off a paragraph: ``label + " " + rest`` is the paragraph."""

    label: str
    rest: str
    person: Person


def _capitalised(token: str) -> bool:
    word = token.strip(_EDGE)
    return bool(word) and word[0].isupper()


def _is_title(token: str) -> bool:
    return token.strip(_EDGE + ".").lower() in TITLES


def _name_run(tokens: list[str]) -> int:
    """Index where the trailing name in ``tokens`` starts (len(tokens) when there is none)."""
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        word = tok.strip(_EDGE)
        if word != tok and i < len(tokens):
            break  # punctuation inside the run ("Russia, Sergey") ends the name
        if word.lower() in NAME_LINKS or (_capitalised(tok) and not _is_title(tok)):
            i -= 1
            continue
        break
    run = tokens[i:]
    while run and run[0].strip(_EDGE).lower() in NAME_LINKS:
        run = run[1:]
    # Keep the words that make a personal name: forename [patronym | father's name + oglu] surname.
    n = len(run)
    if n >= 4 and run[-2].strip(_EDGE).lower() in NAME_LINKS:
        keep = 4
    elif n >= 3 and is_patronym(run[-2]):
        keep = 3
    elif n >= 3 and all(_INITIALS.match(t.strip(_EDGE)) for t in run[-3:-1]):
        keep = 3
    else:
        keep = min(n, 2)
    if keep == 2 and _INITIALS.match(run[-1].strip(_EDGE)):
        keep = 1  # "В.Путин" is a whole name on its own
    return len(tokens) - keep


def _person(name_tokens: list[str], role: str, lang: str) -> Optional[Person]:
    words = [t.strip(_EDGE) for t in name_tokens]
    name = " ".join(words)
    key = person_key(name, lang)
    if not key:
        return None
    if len(words) == 1 and "." in words[0]:
        forename, _, surname = words[0].rpartition(".")
        forename += "."
    else:
        forename, surname = words[0], words[-1] if len(words) > 1 else ""
    patronym = ""
    if len(words) == 3 and is_patronym(words[1]):
        patronym = words[1]
    elif len(words) == 4 and words[2].lower() in NAME_LINKS:
        patronym = f"{words[1]} {words[2]}"
    return Person(key=key, name=name, forename=forename, surname=surname, patronym=patronym,
                  role=role.strip(_EDGE + " "))


def _role(tokens: list[str]) -> str:
    """The role before a name, without a leading clause ("Speaking at the meeting, President")."""
    start = 0
    for i, tok in enumerate(tokens):
        if tok.endswith(",") or tok.lower() in _AZ_CLAUSE_END:
            start = i + 1
    while start < len(tokens) and tokens[start].strip(_EDGE).lower() in _ADVERBS:
        start += 1
    return " ".join(tokens[start:])


def parse_intro(text: str, lang: str) -> Optional[Person]:
    """The speaker a paragraph like "Speaking at the meeting, President Ilham Aliyev said:" or
    "Сергей Лавров:" introduces; None when the paragraph is not a speaker introduction."""
    text = text.strip()
    if not text.endswith(":") or len(text) > _INTRO_MAX or "\n" in text:
        return None
    tokens = text[:-1].split()
    if not tokens:
        return None
    # The tail after the name is the speech verb phrase: lower-case words only.
    end = len(tokens)
    while end > 0 and not _capitalised(tokens[end - 1]):
        end -= 1
    tail = tokens[end:]
    if tail and (not tail[0].lower().startswith(_ALL_VERBS) or any(t.endswith(",") for t in tail)):
        return None
    if end == 0 or tokens[end - 1].endswith((",", ";")):
        return None
    head = tokens[:end]
    start = _name_run(head)
    if start >= end:
        return None
    if not tail and not _bare_intro(head, start):
        return None
    if end - start == 1 and not _INITIALS.match(head[start].strip(_EDGE)) and not any(
            _is_title(t) for t in head[:start]):
        return None  # one capitalised word ("He said:") is a name only after a title ("President Putin")
    role = _role(head[:start])
    if any(t.lower() in _JOINT for t in role.split()):
        return None  # "Ilham Aliyev and Vladimir Putin made statements:" introduces no single speaker
    return _person(head[start:], role, lang)


def _bare_intro(tokens: list[str], start: int) -> bool:
    """An intro without a verb ("Сергей Лавров:", "Министр иностранных дел России Сергей Лавров:")
    needs a full name (two words or initials) and a role that is empty, capitalised or has a title."""
    name = tokens[start:]
    if len(tokens) > 10 or any(c.isdigit() for t in tokens for c in t):
        return False
    if tokens[0].strip(_EDGE + ".").lower() in _NOT_SPEAKERS:
        return False
    if len(name) < 2 and not _INITIALS.match(name[0].strip(_EDGE)):
        return False
    role = tokens[:start]
    return not role or _label_like(role) or any(_is_title(t) for t in role)


def _label_like(tokens: list[str]) -> bool:
    """Capitalised words (or name links), at most six, no digits, not "Note" and the like."""
    if not tokens or len(tokens) > _LABEL_WORDS or any(c.isdigit() for t in tokens for c in t):
        return False
    if tokens[0].strip(_EDGE + ".").lower() in _NOT_SPEAKERS:
        return False
    return all(_capitalised(t) or t.strip(_EDGE).lower() in NAME_LINKS for t in tokens)


def split_label(text: str, lang: str) -> Optional[Label]:
    """An inline label at the start of a paragraph ("President Ilham Aliyev: Thank you ...").

    The label is everything up to and including the first colon, which must be followed by one
    space and text; the words before it must look like a role and a name (capitalised, at most
    six words, no digits), so "Note: ..." and "10:30 ..." are not labels.
    """
    colon = text.find(": ", 0, _LABEL_MAX + 2)
    if colon <= 0 or colon + 2 >= len(text) or text[colon + 2].isspace():
        return None
    tokens = text[:colon].split()
    if not _label_like(tokens):
        return None
    start = _name_run(tokens)
    if start >= len(tokens):
        return None
    name_tokens = tokens[start:]
    # A single word before the colon is a name only when written with initials ("В.Путин").
    if len(name_tokens) == 1 and not _INITIALS.match(name_tokens[0].strip(_EDGE)):
        return None
    person = _person(name_tokens, " ".join(tokens[:start]), lang)
    if person is None:
        return None
    return Label(label=text[:colon + 1], rest=text[colon + 2:], person=person)
