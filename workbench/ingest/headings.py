"""Headings that name who speaks below them: a speech's ("Speech by President Ilham Aliyev", "Prezident İlham
Əliyevin nitqi") or an interview's answerer ("Интервью Президента Ильхама Алиева ...", "Maksim Musayev "Yeni
Müsavat"a müsahibə verib"), by each language's patterns (data [speech_headings], [interview_headings])."""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from workbench import vocab
from workbench.ingest.speakers import (EDGE, TITLE_LINKS, capitalised, folded, is_title, make_person, name_run,
                                       not_names)
from workbench.model import LANGS, Person

_HEADING_MAX = 300  # characters: a heading naming a speech's speaker, or an interview's, is one short line


@cache
def _headings(section: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """Each language's heading patterns, one per line, each naming its person as the group ``who``."""
    return {lang: tuple(re.compile(rf"(?:{line})\s*:?\s*", re.IGNORECASE) for line in vocab.words(lang, section))
            for lang in LANGS}


def speech_heading(text: str, lang: str) -> Optional[Person]:
    """The speaker a heading over a speech names: "Speech by President Ilham Aliyev", "Prezident İlham Əliyevin
    nitqi", "Выступление Президента Ильхама Алиева" (the genitive taken back to the nominative)."""
    return _heading_person(text, lang, "speech_headings")


def interview_heading(text: str, lang: str) -> Optional[Person]:
    """The person a heading over an interview names as the one who answers: "Interview of President Ilham Aliyev
    to Euronews", "Ilham Aliyev was interviewed by ...", "Интервью Президента Ильхама Алиева Михаилу Гусману ...",
    "Prezident İlham Əliyevin Euronews telekanalına müsahibəsi" (data [interview_headings])."""
    return _heading_person(text, lang, "interview_headings")


def _opening_run(tokens: list[str]) -> Optional[tuple[int, int]]:
    """(start, end) of the name in the capitalised run ``tokens`` open with, up to a punctuation mark, or None."""
    k = 0
    while k < len(tokens) and (capitalised(tokens[k]) or tokens[k].lower() in TITLE_LINKS) \
            and not (k and tokens[k - 1].endswith((",", ".", ";", ":"))):
        k += 1
    start = name_run(tokens[:k])
    return (start, k) if 2 <= k - start <= 3 else None


def _plain_name_run(tokens: list[str]) -> Optional[tuple[int, int]]:
    """(start, end) of the last run of two or three plain capitalised words in ``tokens``: no quote, dot, digit or
    bracket in them, not in capitals, no title; an outlet ('"Yeni Müsavat"a', "Modern.az", "AZƏRTAC-a") is none."""
    def plain(tok: str) -> bool:
        return capitalised(tok) and tok.rstrip(",") == tok.strip(EDGE) and not _outlet_like(tok) \
            and not tok.isupper() and not any(c.isdigit() for c in tok) and not is_title(tok)

    end = len(tokens)
    while end > 0:
        while end > 0 and not plain(tokens[end - 1]):
            end -= 1
        if end == 0:
            break
        start = end - 1  # a comma may end the run's last word ("Robert Hoyland, tarixçi"), not one inside it
        while start > 0 and plain(tokens[start - 1]) and not tokens[start - 1].endswith(","):
            start -= 1
        if 2 <= end - start <= 3:
            return start, end
        end = start
    return None


def _heading_person(text: str, lang: str, section: str) -> Optional[Person]:
    if len(text) > _HEADING_MAX:
        return None
    patterns = _headings(section)
    # a heading may introduce what follows with a colon ("Azərbaycan Prezidenti İlham Əliyevin nitqi:")
    line = text.strip().removesuffix(":").rstrip()
    for pattern in patterns.get(lang, patterns["en"]):
        found = pattern.fullmatch(line)
        person = found and (section == "interview_headings" and lang == "az" and _heading_name(found, lang, True)
                            or _heading_name(found, lang))
        if person:
            return person
    return None


def _outlet_like(token: str) -> bool:
    """A token no name is made of: a quoted or dotted outlet ('"Yeni', "Modern.az"), or an acronym in capitals with
    its case ending ("AZƏRTAC-a")."""
    head = token.split("-", 1)[0]
    return any(c in token for c in "\"“”«»„.") or (len(head) > 1 and head.isupper() and "-" in token)


def _heading_name(found: re.Match, lang: str, outlet: bool = False) -> Optional[Person]:
    """The person a heading pattern's ``who`` names, or None. ``outlet``: look only before the outlet an Azerbaijani
    interview is given to (_before_outlet)."""
    tokens = found.group("who").split()
    if outlet:
        tokens = _before_outlet(tokens)
    start = name_run(tokens)
    if not 2 <= len(tokens) - start <= 3 or any(_outlet_like(t) for t in tokens[start:]):
        # Azerbaijani puts the verb last, the outlet between it and the name ('Maksim Musayev "Yeni Müsavat"a
        # müsahibə verib', "Cavid Osmanov Modern.az saytına ..."): the heading's last plain name. Russian and English
        # open with the subject ("Сергей Лавров выступил в Баку перед прессой и ответил на вопросы"): the capitalised
        # run the line opens with.
        plain = _plain_name_run(tokens)
        opening = _opening_run(tokens) if found.start("who") == 0 else None
        run = (plain or opening) if lang == "az" else (opening or plain)
        if run is None:
            return None
        start, end = run
        tokens = tokens[:end]
    if any(folded(t) in not_names() for t in tokens[start:]):
        return None  # "Выступление на заседании Совета Безопасности" names no one
    # the role is what stands before the name when it opens with a title ("President of the Republic of
    # Azerbaijan"), else only the capitalised words right before it, not a clause ("... mərasimdə İlham Əliyevin")
    role = 0 if start and is_title(tokens[0]) else start
    while role > 0 and capitalised(tokens[role - 1]):
        role -= 1
    # Russian headings name the speaker in the genitive ("Интервью Президента Ильхама Алиева"); a heading that
    # puts the name first names it in the nominative ("Сергей Лавров ответил на вопросы ...")
    genitive = lang == "ru" and found.start("who") > 0
    name = [_nominative(t) for t in tokens[start:]] if genitive else tokens[start:]
    if lang == "az":
        # an Azerbaijani surname in the genitive is named in the nominative: the heading's genitive ending stays on it
        # when an outlet stands between it and the word for interview ('Heydər Əliyevin "Literaturnaya qazeta"nın
        # xüsusi müxbirləri ilə müsahibəsi')
        name[-1] = _AZ_GENITIVE.sub(r"\1", name[-1])
    return make_person(name, " ".join(tokens[role:start]), lang)


# Russian names a speech's speaker in the genitive ("Выступление Президента Ильхама Алиева"): the endings that
# take a man's name and surname, or a woman's surname, back to the nominative, longest first
_GENITIVE = (("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ея", "ей"), ("ия", "ий"), ("а", ""))


# a noun with its possessive and dative: the outlet an interview is given to ("telekanalına", "Şirkətinə", "saytına")
# a surname's genitive: "Əliyevin", "Qafarovanın", "Həsənzadənin"
_AZ_GENITIVE = re.compile(r"^(.{3,}(?:ov|ev|yev|ova|eva|yeva|zadə))(?:un|in|ın|nın|nin)$")
_AZ_DATIVE = re.compile(r"[^\W\d_]{3}[ıiuü]n[aə]$")


def _before_outlet(tokens: list[str]) -> list[str]:
    """An Azerbaijani heading's words before the outlet the interview is given to: "İlham Əliyev Euronews
    telekanalına" and 'İlham Əliyev “Mir” Dövlətlərarası Teleradio Şirkətinə' both name İlham Əliyev. The outlet
    opens at a quoted or dotted word, or is the one word before a common noun ("telekanalına")."""
    cut = next((k for k, tok in enumerate(tokens) if k and _AZ_DATIVE.search(tok.strip(EDGE))), None)
    if cut is None:
        return tokens
    keep = tokens[:cut]
    outlet = next((k for k, tok in enumerate(keep) if k and _outlet_like(tok)), None)
    if outlet is not None:
        return keep[:outlet]
    return keep[:-1] if tokens[cut][:1].islower() and len(keep) > 2 else keep


def _nominative(word: str) -> str:
    if word.isupper():  # "ДМИТРИЯ МЕДВЕДЕВА" in a heading in capitals
        return _nominative(word.lower()).upper()
    for ending, nominative in _GENITIVE:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + nominative
    return word
