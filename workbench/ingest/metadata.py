"""Date and place written in a transcript ("27 February 2023, Baku", "27 февраля 2023 года, Москва",
"27 fevral 2023-cü il, Bakı") -> ISO date and place name.

Only datelines and the title/lead are searched (never speech, which is full of other dates), and
only a bounded prefix of each, so the cost does not grow with the paragraph.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import Optional

from workbench import vocab
from workbench.errors import WorkbenchError
from workbench.model import LANGS


@cache
def _months() -> dict[str, int]:
    """Month name as written in dates (English, Russian genitive, Azerbaijani) -> month number."""
    out: dict[str, int] = {}
    for lang in LANGS:
        for number, name in enumerate(vocab.words(lang, "months"), 1):
            out.setdefault(name, number)
    return out


@cache
def month_prefixes() -> dict[str, int]:
    """Stem or short form -> month number, in every language: a word that starts with one names the month
    ("июнь" and "Июн" June as "июня" does). "ма" stands for May only in the forms [may_forms] lists."""
    return {word: number for lang in LANGS for section in ("month_stems", "month_short")
            for number, word in enumerate(vocab.words(lang, section), 1)}


@cache
def _long_prefixes() -> tuple[tuple[str, int], ...]:
    """month_prefixes of three letters or more, longest first: what a date's month may start with."""
    return tuple(sorted(((w, n) for w, n in month_prefixes().items() if len(w) >= 3), key=lambda item: -len(item[0])))


def month_number(word: str) -> int:
    """1-12 for a month's name, genitive, nominative or short form in any of the three languages ("June",
    "июня", "Июнь", "окт", "Sep."), else 0. "ма" alone is no month: "май" is, "март" is March."""
    word = word.lower().rstrip(".")
    if word in _months():
        return _months()[word]
    for prefix, number in _long_prefixes():
        if word.startswith(prefix):
            return number
    return 5 if word in vocab.words("ru", "may_forms") else 0


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    names = {*_months(), *vocab.words("ru", "may_forms"), *(prefix for prefix, _ in _long_prefixes())}
    month = "(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")[^\W\d_]*\.?"
    return (
        # 27 February 2023 / 27 февраля 2023 года / 27 fevral 2023-cü il / 21 October, 2025 / 17-sentyabr-2025
        # (a rubric run onto the day is no word boundary: "Политика19 декабря 2019 9:38")
        re.compile(rf"(?<![\d.,:/-])(?P<d>\d{{1,2}})(?:\s+|-)(?P<m>{month})(?:\s?,?\s+|-)(?P<y>\d{{4}})"
                   rf"(?:\s*(?:года|г\.)|-?(?:c[iıuü])\s+il)?", re.IGNORECASE),
        # February 27, 2023; "December, 23, 2016" (norway.mid.ru)
        re.compile(rf"\b(?P<m>{month}),?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.IGNORECASE),
        # 2023-02-27, 2023.02.27
        re.compile(r"(?<![\d.])(?P<y>\d{4})([-.])(?P<m>\d{2})\2(?P<d>\d{2})(?![\d.]\d|\d)"),
        # 27.02.2023, 27-02-2023, 27/02/2023; 21.05.19 (day first, as the three languages write it); a rubric run
        # onto the day ("Политика08.10.2024 - 14:10")
        re.compile(r"(?<![\d.,:/-])(?P<d>\d{1,2})([./-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d.,]\d|\d)"),
        # ... with spaces around its slashes ("18 / 08 / 2024", 1news.az)
        re.compile(r"(?<![\d.,:/-])(?P<d>\d{1,2}) / (?P<m>\d{1,2}) / (?P<y>\d{4})(?!\d)"),
        # ... with a year of two digits, day and month written with two each ("21.05.19"; "5.3.12" is a clause)
        re.compile(r"\b(?P<d>\d{2})([./])(?P<m>\d{2})\2(?P<y>\d{2})(?![\d.,]\d|\d)"),
    )


CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")  # a clock time: "11:43"


# the words that make a date an act's or letter's ("от 22 февраля", "dated 12 May", "1 may tarixli")
_BY_DATE_BEFORE = re.compile(r"(?:\bот|\bdated)\s+\Z", re.IGNORECASE)
_BY_DATE_AFTER = re.compile(r"(?:\s*(?:года|г\.|il|ildə|ilin))?\s*tarixli\b", re.IGNORECASE)
_SCAN = 300  # characters of a line looked at for a date


def find_date(text: str) -> Optional[str]:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    # a capital dotted İ lowers to two characters, which no month's stem matches ("İyul 17, 2020")
    head = text[:_SCAN].replace("İ", "I")
    best: Optional[tuple[int, str]] = None
    for pattern in _date_patterns():
        m = next((m for m in pattern.finditer(head) if not _names_a_document(head, m)), None)
        if not m:
            continue
        iso = _iso(m.group("y"), m.group("m"), m.group("d"))
        if iso is None and m.group("m").isdigit() and int(m.group("m")) > 12:
            iso = _iso(m.group("y"), m.group("d"), m.group("m"))  # month first, as an American stamp writes it: "1/28/2025"
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
    return best[1] if best else None


def _names_a_document(text: str, m: re.Match[str]) -> bool:
    """The date is the one an act or letter is known by, not the page's: "Указ ... от 22 февраля 2022 года", "the
    Decree dated 12 May", "2018-ci il 1 may tarixli Fərman"."""
    return bool(_BY_DATE_BEFORE.search(text, max(0, m.start() - 8), m.start())) \
        or bool(_BY_DATE_AFTER.match(text, m.end(), m.end() + 24))


def _iso(year: str, month: str, day: str) -> Optional[str]:
    m = int(month) if month.isdigit() else month_number(month)
    d, y = int(day), int(year)
    if len(year) == 2:
        y += 2000  # "21.05.19": the pages are of this century
    if not 1900 <= y <= 2100:
        return None
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:  # 31 February, month 13
        return None


_GIVEN = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


def given_date(value: str) -> str:
    """A date the user gave (--date): YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known (what TEI's
    ``when`` takes). Raises WorkbenchError for anything else, or for a day the calendar has not (2026-02-30)."""
    value = value.strip()
    m = _GIVEN.match(value)
    try:
        if m:
            datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
            return value
    except ValueError:
        pass
    raise WorkbenchError(f"--date {value!r} is not a date: give YYYY-MM-DD (or YYYY-MM, YYYY)")
