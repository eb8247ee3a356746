"""Page furniture copied along with a transcript ("Search in archive", "Print", share buttons).

Matched as whole lines only, case-insensitively and ignoring surrounding punctuation, so a
sentence that merely mentions printing is never touched. One list per language
(workbench/data/lang/<lang>.txt, [boilerplate]) and one of social network names (lang/any.txt); all
lists apply to every document because pages mix them (an English page with a Russian menu).
"""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.lang import lower_any


@cache
def _lines() -> tuple[frozenset[str], frozenset[str]]:
    """(every language's furniture lines, the words a row of share buttons is made of)."""
    social = vocab.words("any", "social")
    # an entry is matched as a line's key is made: "интервал между буквами (кернинг)" loses its ")" as a line does
    lines = frozenset(line.strip(_EDGES) for line in vocab.every_lang("boilerplate")) | frozenset(social)
    return lines, frozenset(social) | frozenset(vocab.every_lang("share"))


_EDGES = " \t:|•·»«>›<‹-–—/\\()[]*"  # "*": a form's required field ("Ad:*")
# a count in brackets after a label, its ")" already stripped as an edge, or inside it ("Обсуждение ( 0 ) Посмотреть все")
_COUNT = re.compile(r"\s*\(\s*\d+(?:\s*\))?(?=\s|$)")
_MAX_LINE = 80  # boilerplate lines are short; a long line is never furniture (and stays O(1) to test)
# a site's name or address alone on its line ("www.RIA24.az", "Rus.com.az", "https://report.az/en/")
_ADDRESS = re.compile(r"^(?:https?://\S+|(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.(?i:az|ru|com|org|net|info|gov|int|tv|news"
                      r"|uk|eu|tj|kz|ge|am|tr|ua|by|uz|kg|tm|ir|cn|de|fr|biz|media|online)/?)$")
# a breadcrumb: a few words before a separator that ends the line ("Transcripts   /", "Выступления и стенограммы /")
_CRUMB = re.compile(r"^[^.!?:;]{1,60}\s(?:/|›|>|→|\\)\s*$")
# a trail of steps between backslashes, however long they are ("Главная страница \ Информация о текущей
# деятельности МИД России \ ... \")
_BACKSLASH_TRAIL = re.compile(r"^(?:[^\\\n]{1,80}\s\\\s*){2,}$")
# a trail whose steps the copy lost, its separators left ("» » Böhtan xarakterli yazıdır” -")
_BARE_TRAIL = re.compile(r"^(?:[»›>]\s*){2,}")
# the agency a story is taken from, alone between slashes ("/Teleqraf", "/ANS/")
_SLASHED_SOURCE = re.compile(r"^/[^\W\d_][\w.-]{1,24}/?$")
# a menu's items kept apart by runs of spaces: "US          Europe          Arab          Asia          Africa"
_SPACED_ITEMS = re.compile(r"\S+(?: \S+)*(?:\s{3,}\S+(?: \S+)*){2,}")
_ITEM_WORDS = 3
_TICKER_TIME = re.compile(r"(?:^|\|)\s*\d{1,2}:\d{2}\s")  # an item's time after the bar that parts the items
_TICKER_ITEMS = 3
_TICKER_MAX = 4000
# a weather widget's temperatures: "+25 ° Baku / +18 ° Quba / +17 ° Qusar"
_WEATHER = re.compile(r"(?:[+\-−]?\d{1,2}\s?°\s?[CF]?\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*/?\s*)+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}")  # a site index's prefix ("date 2025-01-23   TOP STORIES WEEK   04") dates the page
# a link to a recording or document with its size: "AudioAudio part 1 mp3Audio part 1 mp3 (58678 kb)", "Video part 2
# wmv (141151 kb)"
_MEDIA_FILE = re.compile(r"(?i:\b(?:mp3|mp4|wmv|avi|flv|pdf|docx?|zip)\b).{0,40}\(\s*(?:[^\W\d_]+,\s*)?\d[\d\s.,]*[kKmMgG][bB]\s*\)$")


_INVITATION_WORDS = 10  # "Read on the website Vestnik Kavkaza" is short; a sentence that starts so goes on


def _key(line: str) -> str:
    """A line as the word lists hold it: edges stripped, lower case, a count after it dropped."""
    key = lower_any(line.strip(_EDGES))
    return _COUNT.sub("", key).strip()  # "Comments (0)", "Комментарии (12)"


def is_boilerplate(line: str) -> bool:
    """True when the whole line is page furniture."""
    if len(line) <= _TICKER_MAX and line.count("|") >= _TICKER_ITEMS - 1 \
            and len(_TICKER_TIME.findall(line)) >= _TICKER_ITEMS:
        return True  # a news ticker: "22:55 Rusiya hərbçiləri ... | 22:48 Almaniyada ... | ..."
    if len(line) <= 4 * _MAX_LINE and _BACKSLASH_TRAIL.match(line.strip()):
        return True
    if len(line) > _MAX_LINE:
        return False
    key = _key(line)
    if not key:
        return False
    stripped = line.strip()
    if _CRUMB.match(stripped) or _ADDRESS.match(stripped) or _BARE_TRAIL.match(stripped) \
            or _SLASHED_SOURCE.match(stripped) or _MEDIA_FILE.search(stripped):
        return True
    if _WEATHER.fullmatch(stripped):
        return True
    if _SPACED_ITEMS.fullmatch(stripped) and not _ISO_DATE.search(stripped) \
            and all(len(item.split()) <= _ITEM_WORDS and not item.endswith((".", "!", "?"))
                    for item in re.split(r"\s{3,}", stripped)):
        return True
    half = len(stripped) // 2
    if half and stripped[:half] == stripped[half:] and is_boilerplate(stripped[:half]):
        return True  # a link copied with its icon's label: "Printer-friendly versionPrinter-friendly version"
    lines, social = _lines()
    if key in lines or (_invitation().match(key) and len(key.split()) <= _INVITATION_WORDS):
        return True
    # a row of share buttons collapsed onto one line: "Facebook Twitter Telegram WhatsApp"; a row of the site's
    # languages: "Az Iw En Ru"
    words = [w.strip(_EDGES) for w in re.split(r"[\s|•·,/]+", key) if w.strip(_EDGES)]
    return len(words) > 1 and (all(w in social for w in words) or all(w in _language_codes() for w in words))


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(vocab.words("any", "language_codes"))


@cache
def _invitation() -> re.Pattern[str]:
    """An invitation to follow the site ("Read on the website ...") or a byline ("Редакция сайта ТАСС")."""
    return re.compile("(?:" + "|".join(vocab.every_lang("invitations") + vocab.every_lang("bylines")) + ")")


@cache
def _list_openers() -> frozenset[str]:
    return frozenset(line.strip(_EDGES) for line in vocab.every_lang("list_openers"))


def is_list_opener(line: str) -> bool:
    """True when the line is the heading of a list of other articles ("Latest News", "Лента новостей",
    "Oxşar xəbərlər"): after the text, the page ends there."""
    return len(line) <= _MAX_LINE and _key(line) in _list_openers()


@cache
def media_markers() -> frozenset[str]:
    """The tags a headline carries for its media or genre ("VIDEO", "ФОТО", "MÜSAHİBƏ"), lower case: never part of
    the title."""
    return frozenset(vocab.words("any", "media_markers")) | genre_markers()


@cache
def genre_markers() -> frozenset[str]:
    """The genre tags among media_markers ("MÜSAHİBƏ", "ЭКСКЛЮЗИВ"): a headline may need the word itself."""
    return frozenset(vocab.words("any", "genre_markers"))
