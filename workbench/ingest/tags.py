"""What a line carries at its end that is no text of it: a headline's media tags ("- FOTO", "(Updated, Photo)",
"-ОБНОВЛЕНО"), the site's name after it ("» Memur.az"), a page's field run onto it ("Tarix: Bu gün, 11:43 | Çap
et"), and a wire desk's code after an article's last sentence ("-02D-"). Each is looked for in the line's last
TAIL characters only: a search over a long line of spaces would be quadratic."""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.ingest.boilerplate import genre_markers, media_markers
from workbench.ingest.dateline import whole_dateline
from workbench.lang import lower_any

TAIL = 64  # characters at a line's end where a headline's tags or a desk's code are looked for
@cache
def _site_suffix() -> re.Pattern[str]:
    """The site's name after the headline, and what a page's title puts after it: "» Memur.az", "| 1news.az |
    Новости", "» Median.Az - Bütün xəbərlər bir ünvanda" (its domain ending from data [site_endings])."""
    endings = "|".join(sorted(vocab.words("any", "site_endings"), key=len, reverse=True))
    return re.compile(rf"\s+[»|–—-]\s+[^\s»|]{{2,30}}\.(?i:{endings}|news)(?:\s+[|–—-]\s+[^|»\n]{{1,40}})?\s*\Z")
_FIELD_VALUE = 40  # characters of a field's value run onto a headline ("Bu gün, 11:43 | Çap et")
_FIELD_AFTER_WORDS = 3  # words of headline before a field run onto it
_TAG_DASHES = ("-", "\u2013", "\u2014", "|")
_COUNTED = re.compile(r"(?:-|=)\d{1,2}\Z")
_BRACKETED_TAGS = re.compile(r"\s+[(\[]([^()\[\]]{1,40})[)\]]\s*\Z")
# a wire desk's code after the text's last sentence (Turan: "... будущего сотрудничества. -02D-")
# ("-02D-", "--06В--", "-03В---", glued: "... negotiations.-0-"), or the agency the story is taken from between
# slashes ("... qarışdırırlar"./ANS/") or after one ("... bildirib. /Oxu.az"), or a Latin name of up to three words
# after a dash glued to the stop ("... that of allied relations.—Azer News"; a reply in a dialogue, "?—Конечно", is text)
_DESK_CODE = re.compile(r"(?<=[.!?»\"”])\s*(?:-{1,3}\d{1,3}[^\W\d_]{0,3}-{1,3}|/[^\W\d_][\w.-]{1,24}/"
                        r"|/[^\W\d_][\w-]{1,20}\.[a-z]{2,4})\s*\Z"
                        r"|(?<=\.)[–—][A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}\s*\Z")


def headline_without_tags(line: str) -> str:
    """A headline without the page's "VIDEO" / "PHOTO" / "ФОТО" tag at its end, or its tags in brackets
    ("... next visit' (Updated, Photo)")."""
    # looked for in the line's end only: a search over a long line of spaces would be quadratic
    at = max(0, len(line) - TAIL)
    field = _field_tail().search(line, at)
    if field and len(line[:field.start()].split()) >= _FIELD_AFTER_WORDS:
        line = line[:field.start()]  # "... - Vüsalə Mahirqızı Tarix: Bu gün, 11:43 | Çap et"
    site = _site_suffix().search(line, at)
    if site and whole_dateline(line[:site.start()]) is None:
        line = line[:site.start()]  # "Mehriban Əliyeva ... görüşüb - FOTO » Memur.az"; a stamp keeps its site
    tags = _BRACKETED_TAGS.search(line, at)
    while tags and all(_marker(w) for w in re.split(r"[\s,/]+", tags.group(1)) if w):
        line = line[:tags.start()]  # "... ediblər (YENİLƏNİB-2) (FOTO)"
        tags = _BRACKETED_TAGS.search(line, max(0, len(line) - TAIL))
    words = line.rstrip().split(" ")
    glued = words[-1].rsplit("-", 1)
    if len(glued) == 2 and glued[0] and glued[1].isupper() and lower_any(glued[1]) in media_markers():
        words[-1:] = [glued[0], glued[1]]  # "... видеоконференции-ОБНОВЛЕНО"
    marked = False
    # a tag in capitals, or set off by a dash whatever its case ("... bəyəm?!” - Video")
    while len(words) > 3 and (words[-1].isupper() or words[-2] in _TAG_DASHES) \
            and lower_any(words[-1].strip("()[]")) in media_markers() and not _needed(words):
        words.pop()
        marked = True
    # the dash that set the tag off goes with it ("... Алексея Оверчука — ВИДЕО"), and one whose tag the copy lost
    # ("“Qarabağ məsələsində qardaş Azərbaycanın yanındayıq” -")
    while (marked or words[-1] in _TAG_DASHES) and len(words) > 3 and words[-1] in (*_TAG_DASHES, ""):
        words.pop()
    return " ".join(words).rstrip()


@cache
def field_labels() -> re.Pattern[str]:
    """A page's field label and its colon (data [field_labels]: "Tarix:", "Автор:", "Publication date:")."""
    words = "|".join(re.escape(w) for w in sorted(vocab.words("any", "field_labels"), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s*:", re.IGNORECASE)


@cache
def _field_tail() -> re.Pattern[str]:
    # the value holds no colon but a clock's ("11:43")
    return re.compile(rf"\s(?:{field_labels().pattern})(?:[^:\n]|(?<=\d):(?=\d)){{0,{_FIELD_VALUE}}}\Z", re.IGNORECASE)


@cache
def _genre_leads() -> frozenset[str]:
    return frozenset(vocab.words("any", "genre_leads"))


def _needed(words: list[str]) -> bool:
    """The last word is a genre the headline needs: "... Siyavuş Novruzovla maraqlı MÜSAHİBƏ" ends on a word in lower
    case that goes on to it, where a tag is set off ("... - MÜSAHİBƏ") or follows a whole headline."""
    return lower_any(words[-1].strip("()[]")) in genre_markers() and words[-2] in _genre_leads()


def _marker(word: str) -> bool:
    """A media tag, or an update's tag with its count ("YENİLƏNİB-2", "+PHOTO=7")."""
    return lower_any(_COUNTED.sub("", word.lstrip("+"))) in media_markers()


# an embedded post's signature and picture link after its text ("... #Türkiye.— Jeyhun Bayramov (@Bayramov_Jeyhun)
# October 18, 2024", "Informed about… pic.twitter.com/M3mqJQbBaX")
_EMBED_TAIL = re.compile(r"\s*(?:[—–-]\s*[^()\n]{2,60}\(@\w{1,30}\)\s+[^\W\d_]+\.?\s+\d{1,2},\s+\d{4}"
                         r"|(?:pic\.twitter\.com|https?://t\.co)/\w+)\s*\Z")


def without_desk_code(line: str, dropped: list[str]) -> str:
    """The line without a wire desk's code after its last sentence, or an embedded post's signature; the code goes
    to ``dropped``."""
    at = max(0, len(line) - 2 * TAIL)
    tail = line[at:]
    code = _EMBED_TAIL.search(line, at) if "(@" in tail or "t.co/" in tail or "twitter.com/" in tail else None
    if code and line[:code.start()].strip():
        dropped.append(code.group().strip())
        line = line[:code.start()]
    code = _DESK_CODE.search(line, max(0, len(line) - TAIL))
    if not code:
        return line
    dropped.append(code.group().strip())
    return line[:code.start()]
