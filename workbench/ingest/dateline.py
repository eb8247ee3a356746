"""Datelines: the place, date, time and agency a news page puts before its text or on a line of its own.

    "BAKU, Azerbaijan, March 2. President ..."        "Baku, May 14, AZERTAC President ..."
    "БАКУ /Trend/ - Президент ..."                     "TAJIKISTAN, September 8 - In connection ..."
    "12:38 - 1.04.2021 April 1, Fineko/abc.az. Today"  "Avesta.Tj | 09.09.2015 | В связи ..."
    "05.12.2022 | 17:13Россия заинтересована ..."       "17-sentyabr-2025"
    "06 November 2021, 16:10"                          "18 Mar. 12:30 (UTC+3 MSK)"

A dateline is read as a run of fields (a date, a time, a place, an agency) joined by commas, bars,
slashes or dashes. It is one when it holds a date or a time (or an agency between slashes, "/Trend/"),
and, before text, when it ends in a stop, a colon, a dash or a bar, or in an all-capitals agency right
before a capital ("AZERTAC President"). What follows a dateline is the sentence, never part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from workbench import vocab
from workbench.ingest.metadata import find_date, month_prefixes
from workbench.lang import line_script

_LONGEST = 100  # characters: a dateline is short; longer runs of capitalised words are a sentence


@dataclass(frozen=True)
class Dateline:
    end: int  # where the text after the dateline starts
    date: str  # ISO date when the dateline has a full one, else ""
    place: str  # the first place named, else ""


@cache
def _field() -> re.Pattern[str]:
    # months are written short in datelines ("Nov. 25", "18 Mar.", "12 окт"): their short forms are enough there
    month = "|".join(re.escape(s) for s in sorted(month_prefixes(), key=len, reverse=True))
    year = r"(?:\s?,?[\s-]+\d{4}(?:\s*(?:года|г\.)|-?c[iıuü]\s+il)?)?"  # "26 Dekabr , 2024" too
    month = rf"(?i:{month})"  # "March", "MARCH", "Август": the stems are lower case
    saints = "|".join(re.escape(w) for w in vocab.words("any", "place_prefixes"))
    regions = "|".join(re.escape(w) for w in vocab.words("any", "region_words"))
    return re.compile(
        rf"(?P<date>\d{{1,2}}(?:\s+|-){month}[^\W\d_]*\.?{year}"
        rf"|{month}[^\W\d_]*\.?,?\s+\d{{1,2}}(?:st|nd|rd|th)?\b{year}"
        r"|\d{1,2}(?P<dsep>[./-])\d{1,2}(?P=dsep)\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d))"
        r"|(?P<time>\[?\d{1,2}:\d{2}(?!\d)\]?(?:\s*\((?:UTC|GMT|МСК)[^()]{0,12}\))?)"
        # "/Trend/", "/Trend, müxbir Səba Ağayeva/", "/ Trend/", and one the text's stop closes: "/ Радио Sputnik."
        r"|(?P<slash>/\s?[^\W\d_]{2,20}(?:,[^/\n]{2,40}|\s[^\W\d_][^/\n.]{1,30}(?=\.\s))?(?:/|(?=:)|(?=\.\s)))"
        r"|(?P<site>(?:[^\W\d_]|\d(?=[^\W\d_]))[\w-]{1,20}(?:/[\w-]{2,20})?\.(?i:[a-z]{2,3})\b/?)"  # "1NEWS.AZ"
        r"|(?P<caps>[^\W\d_a-zа-яёəıöüğşç]{3,}(?:-[^\W\d_a-zа-яёəıöüğşç]{2,})*\b)"  # "НОВО-ОГАРЕВО"
        # a place, a saint's city ("St Petersburg", "Saint Petersburg"), a region ("Московская область"), or a
        # weekday of two words ("Çərşənbə axşamı", "Bazar günü")
        rf"|(?P<place>(?:(?:{saints})\.?\s+(?=[^\W\d_a-zа-яёəıöüğşç]))?[^\W\d_a-zа-яёəıöüğşç][^\W\d_]*(?:-[^\W\d_]+)?"
        rf"(?:\s+(?:city|şəhəri|axşamı|ertəsi|günü|{regions}))*\b)")


_SEP = re.compile(r"\s*(?:[,|]|\s[-–—]\s)\s*|\.\s+|\s+")
# a stop joins two fields only before a date, a time or an agency ("Baku. 1 June. REPORT.AZ/ President ..."):
# before a capitalised word it ends the dateline ("BAKU, Azerbaijan, March 2. President ...")
_AFTER_STOP = frozenset({"date", "time", "slash", "site"})
# after the last field: a stop, a colon, a dash or a bar before the text
_END = re.compile(r"\s*(?:[.:](?=\s)|[-–—](?=\s)|\|)\s*")
# a wire dateline's place in capitals before its comma or slash: "БАКУ, 27 окт — Sputnik.", "MOSCOW, August 2"
WIRE_PLACE = re.compile(r"[^\W\d_a-zа-яёəıöüğşç]{3,}\b[,/]")
# a place run onto a slash and a date or an agency between slashes, in any case: "Baku/12/23/23/Turan:",
# "Баку/21.05.19/Turan:", "Bakı/Trend/": no sentence opens so
SLASHED_PLACE = re.compile(r"[^\W\d_a-zа-яёəıöüğşç][^\W\d_]{2,}/\s?(?:\d{1,2}[./]\d|[^\W\d_][^/\s]{1,20}/)")
_STARTS_TEXT = re.compile(r"[\"'«“„(]?[^\W\d_]")
_OPENERS = "\"'«“„("


# a wire's credit in brackets before the text, run onto it or not: "(MENAFN - Trend News Agency)Azerbaijan's ...",
# "(AP) ...": an all-capitals agency or an agency word inside (the opening bracket is often lost in the copy)
_WIRE_CREDIT = re.compile(r"\(?(?=[^()]{2,40}\))"
                          r"(?:[^()]*\b[^\W\d_a-zа-яёəıöüğşç]{2,}\b|[^()]*(?i:agency|агентств|agentliy))"
                          r"[^()]*\)\s*(?=[\"'«“„(]?[^\W\d_a-zа-яёəıöüğşç])")
# a wire's credit in brackets between its dateline and the text: "MOSCOW, August 2 (RIA Novosti) – Recent ...",
# "BAKU, Dec. 3 (Xinhua) -- Azerbaijan ...", "WASHINGTON, Jan 5 (Reuters) - The ..."
_CREDIT_END = re.compile(r"\s*\([^\W\d_a-zа-яёəıöüğşç][^()]{1,38}\)\s*[-–—]{1,2}\s+")
# a wire's all-capitals place and a dash, with no date: "MOSCOW — International mediators ...", "БАКУ - ..."
_DASH_END = re.compile(r"\s+[-–—]\s+")
# "Bakı. Trend:", and with the reporter's name before the agency: "Bakı. Elçin Mehdiyev - Trend:"
_PLACE_AGENCY = re.compile(r"[.,]\s*(?:[^\W\d_][^\W\d_]+(?:\s+[^\W\d_][^\W\d_]+){1,2}\s+[-–—]\s+)?[^\W\d_a-zа-яёəıöüğşç][\w.-]{1,20}:\Z")


def leading_dateline(text: str) -> Optional[Dateline]:
    """The dateline that opens ``text``, when there is one and text follows it."""
    credit = _WIRE_CREDIT.match(text)
    if credit:
        after = leading_dateline(text[credit.end():])
        return Dateline(credit.end() + after.end, after.date, after.place) if after else Dateline(credit.end(), "", "")
    fields = _fields(text)
    if fields and fields[0][0] == "caps" and text[:fields[0][2]].lower() in _places():
        # "MOSCOW — International mediators ...", "DUSHANBE (Sputnik) - The interests ...", with the country
        # between: "BAKU, Azerbaijan (MNTV) — The ..."
        country = len(fields) > 1 and fields[1][0] in ("place", "caps") and text[fields[0][2]:fields[1][1]].strip() == ","
        # ... or the agency in capitals after a stop: "NUR-SULTAN. KAZINFORM – President ..."
        agency = len(fields) > 1 and fields[1][0] == "caps" and text[fields[0][2]:fields[1][1]].strip() == "."
        for end in (fields[0][2], *((fields[1][2],) if country or agency else ())):
            dash = _DASH_END.match(text, end) or _CREDIT_END.match(text, end)
            if dash and _opens_capital(text, dash.end()):
                return Dateline(dash.end(), "", _place(text, fields[:1]))
    for j, (kind, _, end) in enumerate(fields[:-1]):
        if kind == "slash" and set(text[end:fields[j + 1][1]].strip()) & set("-–—"):
            # "БАКУ /Trend/ - Главы МИД ...": the dash after the agency ends the dateline; what follows is text,
            # whatever capitals it opens with
            fields = fields[:j + 1]
            break
    for k in range(len(fields), 0, -1):
        kinds = {kind for kind, _, _ in fields[:k]}
        if not kinds & {"date", "time", "slash"} or _words_after_dash(text, fields[:k]):
            continue
        kind, start, end = fields[k - 1]
        m = _END.match(text, end)
        if kinds <= {"date", "time"} and m and text[m.end():m.end() + 1].islower():
            continue  # a date that opens a sentence: "27 сентября - в День памяти Президент ... посетил ..."
        bracketed = _CREDIT_END.match(text, end)
        # after a dash the text may open with a number ("БАКУ /Trend/ - 1 мая в Баку прошел ...")
        opens = m and m.end() < len(text) and (_STARTS_TEXT.match(text, m.end())
                                               or (text[m.end()].isdigit() and m.group().strip() in "-–—"))
        if opens:
            cut = m.end()
        elif bracketed and _opens_capital(text, bracketed.end()):
            cut = bracketed.end()
        elif kind in ("caps", "site") and text[end:end + 1] == " " and _opens_capital(text, end + 1):
            cut = end + 1  # "Baku, May 14, AZERTAC President ...", "Baku. 27 September. REPORT.AZ/ "Russian ..."
        elif kind in ("date", "time") and text[end - 1:end].isdigit() and text[end:end + 1].isupper():
            cut = end  # the page's time run onto the text: "05.12.2022 | 17:13Россия заинтересована ..."
        elif kind == "time" and text[end - 1:end] == ")" and text[end:end + 1] == " " and _opens_capital(text, end + 1):
            cut = end + 1  # an update's time with its zone: "20:33 (GMT +4) A meeting between ..."
        else:
            continue
        return Dateline(cut, find_date(text[:end]) or "", _place(text, fields[:k]))
    return None


def _words_after_dash(text: str, fields: list[tuple[str, int, int]]) -> bool:
    """A date or time set off by a dash, then capitalised words in a list: the dash ended the dateline and the
    words open the text ("AZERBAIJAN, May 29 - His Excellency, Mr. Ilham Aliyev, ..."), however they end. An
    agency's name after the dash is one run of words ("БАКУ, 27 окт — Sputnik.", "МОСКВА, 12 окт — РИА Новости.")."""
    for j in range(len(fields) - 1):
        if fields[j][0] in ("date", "time") and _DASH_END.match(text, fields[j][2]) \
                and all(kind == "place" for kind, _, _ in fields[j + 1:]) \
                and ("," in text[fields[j + 1][1]:fields[-1][2]]
                     # ... or a title of _TITLE_RUN words or more set off by a dash of its own: "Astana, May 16,
                     # 2025 – Deputy Prime Minister – Minister of Foreign Affairs ... held talks"
                     or (len(fields) - j - 1 >= _TITLE_RUN and _DASH_END.match(text, fields[-1][2]))):
            return True
    return False


_TITLE_RUN = 3  # words: an agency's name after a dateline's dash is shorter ("РИА Новости")


def _opens_capital(text: str, at: int) -> bool:
    """A capital at ``at``, or after an opening quote or bracket there."""
    at += text[at:at + 1] in _OPENERS
    return text[at:at + 1].isupper()


def whole_dateline(line: str) -> Optional[Dateline]:
    """A line that is a dateline and nothing else ("06 November 2021, 16:10", "Baku, Azerbaijan, March 29",
    "- 17 September, 2025", "17-sentyabr-2025")."""
    dashed = line.lstrip()[:1] in "-–—"
    line = line.strip().lstrip("-–—•·▪ ")
    if not line or len(line) > _LONGEST or "\n" in line:
        return None
    # a place and the agency reporting from it, on a line of their own ("Bakı. Trend:", "Баку. APA:", "Bakı. Elçin
    # Mehdiyev - Trend:"), or a hall, venue and city ("Circular Hall, The Kremlin, Moscow")
    agency = _PLACE_AGENCY.search(line)
    place = (_known_place(line[:agency.start()].strip(" .,")) if agency else "") or _venue_line(line)
    if place:
        return Dateline(len(line), "", place.title())
    fields = _fields(line)
    if not fields or line[fields[-1][2]:].strip(" .,;:-–—|/()") or fields[0][1] != 0:
        return None
    if not {kind for kind, _, _ in fields} & {"date", "time", "slash"}:
        # a place of its own ("Moscow, Kremlin", "Bakı"), when it is one the transcripts are dated from; after a
        # dash it is an interview's answer ("- Ən çox sevdiyiniz şəhər?" / "- Bakı.")
        if dashed or len(fields) > 3 or not all(line[a:b].lower() in _places() for kind, a, b in fields):
            return None
    return Dateline(len(line), find_date(line) or "", _place(line, fields))


# a part of a venue line: a capitalised word and up to two more ("Circular Hall", "Екатерининский зал")
_VENUE_PART = re.compile(r"[^\W\d_a-zа-яёəıöüğşç][^\W\d_]*(?:-[^\W\d_]+)?(?:\s[^\W\d_]+(?:-[^\W\d_]+)?){0,2}")


def _venue_line(line: str) -> str:
    """The city of a line that names a hall, the venue it is in and the city ("Circular Hall, The Kremlin, Moscow"),
    as kremlin.ru writes it under the date; "" for any other line."""
    lower = line.lower()
    if "," not in line or not any(v in lower for v in _venues()):
        return ""
    parts = [p.strip() for p in line.rstrip(" .").split(",")]
    if not 2 <= len(parts) <= 4 or not all(_VENUE_PART.fullmatch(p) for p in parts):
        return ""
    venue = parts[-2].lower()
    return _known_place(parts[-1]) if any(v in venue for v in _venues()) else ""


def find_date_place(lines: Iterable[str]) -> tuple[str, str]:
    """The first date and first place found in datelines, then the first date in the other lines."""
    date = place = ""
    candidates = list(lines)
    for line in candidates:
        found = whole_dateline(line)
        if found:
            date = date or found.date
            place = place or found.place
    if not date:
        for line in candidates:
            date = find_date(line) or ""
            if date:
                break
    return date, place


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CASE_ENDING = 2  # letters a Russian case puts after a place's stem ("в Москве", "в Минске"; "в Минской" is an adjective)
_AT = frozenset({"in", "at", "в", "во"})  # before a place where something happens
_AZ_AT = ("da", "də", "ta", "tə")  # Azerbaijani's locative ("Naxçıvanda", "Bakıda")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def place_named(text: str, year: str = "") -> str:
    """The first place the text says something happens in, of the places transcripts are dated from ("... held
    talks in Sochi", "в Москве", "Naxçıvanda", "Naxçıvan şəhərində"), as the places list spells it; "" when none.
    For a page whose dateline names none. "The Lord Mayor of London" names no place of the event. ``year``: the
    page's; a text that dates what it tells to earlier years only tells the past ("... состоялся в сентябре 2018
    года в Душанбе" on a page of 2025), which happened somewhere else than the page."""
    years = _YEAR.findall(text)
    if year and years and max(years) < year:
        return ""  # a plan for 2030 or a page of its own year may still say where it is
    words = [(m.group(), m.group().lower().rstrip("'’s")) for m in _WORD.finditer(text)]
    for k, (written, word) in enumerate(words):
        if not written[:1].isupper():
            continue
        before = words[k - 1][1] if k else ""
        after = words[k + 1][1] if k + 1 < len(words) else ""
        verb = words[k + 2][1] if after == "не" and k + 2 < len(words) else after  # "в Кремле не видели"
        if before in _AT and verb.startswith(_source_verbs()):
            continue  # the place speaks for its government: "в Кремле оценили", "в Баку посчитали"
        if _planned(words, k):
            continue  # "проведет встречу ... в Душанбе завтра", "to visit Azerbaijan": no place of the page
        if before in _INTO and any(_goes_to(word, place) for place in _places()) \
                and not _arrived(words[k - 2][1] if k > 1 else ""):
            continue
        # the place as written before a case form of another ("in Baku" is Baku, not Bakı), and in a fixed order:
        # the set's order changes from run to run
        if word in _places() and (before in _AT or after.startswith("şəhər")):
            return word.title()
        for place in _sorted_places():
            if before in _AT and len(place) >= 4 and line_script(word) == "cyrillic" and word.startswith(place[:-1]) \
                    and 0 < len(word) - len(place) + 1 <= _CASE_ENDING:
                return place.title()  # "в Москве", "в Минске"; not the adjective "в Минской группе"
            if word.startswith(place) and word[len(place):] in _AZ_AT:
                return place.title()  # "Naxçıvanda"
    # a heading that ends with where and when ("... news conference with Foreign Minister of Azerbaijan Elmar
    # Mammadyarov, Baku, December 3, 2019", as mid.ru and kremlin.ru write them)
    parts = text.rstrip(" .").rsplit(", ", 3)
    for n in (3, 2):
        if len(parts) > n:
            found = whole_dateline(", ".join(parts[-n:]))
            if found and found.place and found.place.lower() in _places():
                return found.place
    # a letter's sender line that ends with the city and the country ("Hamlet Salahovdan, Bakı, Azərbaycan")
    if len(parts) >= 3 and len(text.split()) <= _SENDER_WORDS and len(parts[-1].split()) <= 2 \
            and parts[-1][:1].isupper():
        place = _known_place(parts[-2].strip())
        if place:
            return place.title()
    return ""


def _planned(words: list[tuple[str, str]], k: int) -> bool:
    """A word of plan or possibility (data [plan_words]) stands within _PLAN_WINDOW words of word k."""
    near = [w for _, w in words[max(0, k - _PLAN_WINDOW):k + _PLAN_WINDOW + 1]]
    phrase = " ".join(near)
    single, multi = _plan_words()
    return any(w.startswith(single) for w in near) or any(m in phrase for m in multi)


@cache
def _plan_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = vocab.every_lang("plan_words")
    return tuple(w for w in words if " " not in w), tuple(w for w in words if " " in w)


_PLAN_WINDOW = 8  # words either side of a place where a word of plan makes it a planned venue
_SENDER_WORDS = 10  # words: a letter's sender line with its city and country is this short
_INTO = frozenset({"в", "во"})
_VOWELS = frozenset("аеёиоуыэюя")


def _goes_to(word: str, place: str) -> bool:
    """Russian "в" with the accusative says where someone goes, not where anything happens yet: "приедет в Москву",
    "в Ереван" (a name that declines, unchanged); after a verb in the past tense the trip is made (_arrived). An
    indeclinable name is the same either way ("в Баку")."""
    if line_script(place) != "cyrillic":
        return False  # only Cyrillic names decline so
    if word == place:
        return place[-1] not in _VOWELS
    return place[-1] in "ая" and word[:-1] == place[:-1] and word[-1:] in "ую"


def _arrived(verb: str) -> bool:
    """A Russian verb in the past tense ("прибыл в Кремль", "прилетели в Баку"): the trip is made, the event is there."""
    return verb.endswith(("л", "ла", "ло", "ли", "лся", "лась", "лись"))


def _known_place(word: str) -> str:
    """The places list's spelling of a place the word names, or "". A capital I lowers to a dotted i: "BAKI" is
    "bakı"."""
    return next((p for p in (word.lower(), word.replace("I", "ı").lower()) if p in _places()), "")


def names_place(word: str) -> bool:
    """The word is a place transcripts are dated from, in any case form ("Bakıda", "Москве", "Baku's")."""
    key = word.lower()
    return bool(_known_place(word)) or any(key.startswith(p) for p in _places() if len(p) >= 4)


@cache
def _source_verbs() -> tuple[str, ...]:
    return tuple(vocab.every_lang("source_verbs"))


@cache
def _venues() -> frozenset[str]:
    return frozenset(vocab.every_lang("venues"))


def opens_with_weekday(line: str) -> bool:
    """The line's first word is a weekday ("Tuesday January 6 2026", "Вторник, 6 января")."""
    words = _WORD.findall(line[:_WEEKDAY_SPAN])
    return bool(words) and words[0].lower() in _weekdays()


_WEEKDAY_SPAN = 20


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(vocab.every_lang("weekdays"))


@cache
def _sorted_places() -> tuple[str, ...]:
    return tuple(sorted(_places()))


@cache
def _places() -> frozenset[str]:
    """Places transcripts are dated from, lower case, in each language's spelling (a place line with no date)."""
    return frozenset(vocab.every_lang("places"))


def _fields(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the fields that open ``text``, as long as fields follow each other."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    pattern = _field()
    while pos < min(len(text), _LONGEST):
        m = pattern.match(text, pos)
        if not m:
            break
        if out and text[out[-1][2]:m.start()].strip().startswith(".") and m.lastgroup not in _AFTER_STOP \
                and not (m.lastgroup in ("caps", "place") and _DASH_END.match(text, m.end())):
            # ... but an agency before its dash: "NUR-SULTAN. KAZINFORM – President ...", "Astana. July 4. KazTAG - ..."
            break
        out.append((m.lastgroup or "", m.start(), m.end()))
        sep = _SEP.match(text, m.end())
        if (not sep or sep.end() == m.end()) and text.startswith("/", m.end()) and m.lastgroup != "slash":
            # an agency between slashes right after the place: "БАКУ/Trend/ - ..."; a date: "Баку/21.05.19/Turan:"
            pos = m.end() + text[m.end() + 1:m.end() + 2].isdigit()
            continue
        if not sep or sep.end() == m.end():
            break
        pos = sep.end()
    return [f for f in out if f[2] <= _LONGEST]


def _place(text: str, fields: list[tuple[str, int, int]]) -> str:
    """The first place a transcript is dated from, a city before a venue in it ("The Kremlin, Moscow" -> "Moscow"), else the first capitalised
    word set off by a comma, stop, dash or bar ("Tashkent, 5 May"): a word run onto the next by a space is a
    rubric, an article or a name of several words ("Politics Materials 13 January 2026", "The Kremlin", "— Голос
    Кавказа"), never the place."""
    fields = [f for f in fields if text[f[1]:f[2]].lower().split()[0] not in _weekdays()]
    words = [text[start:end] for kind, start, end in fields if kind in ("place", "caps")]
    # "Bakı şəhəri", "Baku city": the city a signature names with the word for city after it
    known = [p for p in (_known_place(w) or _known_place(w.split()[0]) for w in words if w.split()) if p]
    if known:
        # the city before the venue inside it, as every language version of the page then agrees
        return sorted(known, key=lambda p: p in _venues())[0].title()
    loose = [text[start:end] for k, (kind, start, end) in enumerate(fields)
             if kind in ("place", "caps") and (k + 1 == len(fields) or text[end:fields[k + 1][1]].strip())
             and (k == 0 or text[fields[k - 1][2]:start].strip())]
    word = (known or loose or [""])[0]
    return word if not word.isupper() else "-".join(part.capitalize() for part in word.split("-"))
