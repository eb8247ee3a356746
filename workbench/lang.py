"""Language codes, detection (script, function words, tell-tale letters) and language-aware casing.

Detection needs no model: Cyrillic means Russian here; in Latin text the commonest English and
Azerbaijani function words decide ("the", "of" against "və", "ki"), and where there are too few of
them, ə/ı/ğ/ş/ç/ö/ü (or the capital forms) mean Azerbaijani, other Latin English. That is all the
workbench's three languages need, and it is fast and deterministic.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Optional, Sequence

from workbench.errors import WorkbenchError
from workbench.model import LANGS

# English names of the languages, as exports show them to a reader (TEI header, DOCX briefing).
LANG_NAMES: dict[str, str] = {"en": "English", "ru": "Russian", "az": "Azerbaijani"}

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
# ə and ı are decisive; the others (ş ç ğ ö ü) also occur in Turkish or German names in English text,
# so they count only in proportion.
_AZ_STRONG = re.compile(r"[əƏı]")
_AZ_WEAK = re.compile(r"[şŞçÇğĞöÖüÜİ]")
_SCHWA = re.compile(r"[əƏ]")  # only Azerbaijani writes it: a line's script (line_script), unlike ı, met in Turkish names
FOREIGN_WORDS = 6  # words: a Latin line judged by its function words (foreign_by_words) has at least this many

_WORD = re.compile(r"[^\W\d_]+")
# function words needed before they outvote the letters: a headline or a name list has too few to go by
DETECT_MIN_WORDS = 8


@cache
def _detect_words() -> tuple[frozenset[str], frozenset[str]]:
    from workbench import vocab
    return frozenset(vocab.words("en", "detect_words")), frozenset(vocab.words("az", "detect_words"))


_SAMPLE = 20000  # characters looked at: enough to decide, and keeps detection O(1) on huge files


def normalize_lang(code: str) -> str:
    """'EN', 'ru-RU', 'az_Latn_AZ' -> 'en', 'ru', 'az'. Raises WorkbenchError for other languages."""
    base = code.strip().replace("_", "-").split("-")[0].lower()
    if base not in LANGS:
        raise WorkbenchError(f"unknown language {code!r}: expected one of {', '.join(LANGS)}")
    return base


def function_words(text: str) -> tuple[int, int]:
    """How many of the text's words are English function words, and how many Azerbaijani ones."""
    en_words, az_words = _detect_words()
    words = _WORD.findall(text.lower())
    return sum(w in en_words for w in words), sum(w in az_words for w in words)


@cache
def _other_words() -> frozenset[str]:
    from workbench import vocab
    return frozenset(vocab.words("any", "other_function_words"))


def other_language(text: str) -> bool:
    """Whether a Latin line's function words are those of a language the workbench does not handle (German,
    French, Turkish...): two of them and more than English and Azerbaijani ones ("... und ... das ... in Baku"), or
    one in three of its words and no English or Azerbaijani one ("Nach Aserbaidschan gebunden")."""
    words = _WORD.findall(text.lower())
    others = sum(w in _other_words() for w in words)
    ours = sum(function_words(text))
    return (others >= 2 and others > ours) or (bool(others) and not ours and 3 * others >= len(words))


def detect_lang(text: str) -> str:
    """Guess en, ru or az: Cyrillic is Russian; in Latin text the commonest function words of English and
    Azerbaijani decide when there are enough of them, and the letters (ə, ı, then ş ç ğ ö ü) otherwise;
    English when there is nothing to go on."""
    sample = text[:_SAMPLE]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr > lat:
        return "ru"
    if lat == 0:
        return "en"
    en_hits, az_hits = function_words(sample)
    if en_hits + az_hits >= DETECT_MIN_WORDS and max(en_hits, az_hits) >= 2 * min(en_hits, az_hits):
        return "az" if az_hits > en_hits else "en"
    strong = len(_AZ_STRONG.findall(sample))
    weak = len(_AZ_WEAK.findall(sample))
    if strong >= 2 or strong / lat > 0.002 or weak / lat > 0.02:
        return "az"
    return "en"


# az_letters: a side of a pair that both look Azerbaijani is English when its share of ə and ı is under this part
# of the other side's (an English item full of "Çavuşoğlu" and "Türkiye" against the Azerbaijani original)
LETTERS_APART = 0.25


def az_letters(text: str) -> float:
    """Share of ə and ı (which only Azerbaijani writes) among the Latin letters of ``text``."""
    sample = text[:_SAMPLE]
    lat = len(_LATIN.findall(sample))
    return len(_AZ_STRONG.findall(sample)) / lat if lat else 0.0


def tell_apart(texts: Sequence[str]) -> Optional[int]:
    """Of two texts both detected as Azerbaijani, the index of the one to read as English: the one with far
    fewer ə and ı (LETTERS_APART); None when they look alike (then they may really be one language)."""
    shares = [az_letters(t) for t in texts]
    low = min(range(len(shares)), key=shares.__getitem__)
    high = max(shares)
    return low if high and shares[low] < LETTERS_APART * high else None


_AZ_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_AZ_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def lower(text: str, lang: str) -> str:
    """Lower-case with Azerbaijani (Turkic) dotted/dotless i; plain str.lower elsewhere."""
    if lang == "az":
        return text.translate(_AZ_LOWER).lower()
    return text.lower()


def lower_any(text: str) -> str:
    """Lower case for a key of words in any language: "İ" is "i" (str.lower would give i and a combining dot,
    and "VİDEO" would miss "video"), "I" is "i" as English and Russian write it."""
    return text.replace("\u0130", "i").lower()


def upper(text: str, lang: str) -> str:
    if lang == "az":
        return text.translate(_AZ_UPPER).upper()
    return text.upper()


def fold(text: str, lang: str) -> str:
    """A caseless comparison key that stays one code point per letter in Azerbaijani
    ("İlham" -> "ilham", never "i̇lham")."""
    return lower(text, lang).casefold() if lang != "az" else lower(text, lang)


def line_script(text: str) -> str:
    """"cyrillic", "latin-az" (with ə, which only Azerbaijani writes), "latin", or "" (no letters)."""
    cyr, lat = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if not cyr and not lat:
        return ""
    if cyr > lat:
        return "cyrillic"
    return "latin-az" if _SCHWA.search(text) else "latin"


def foreign_script(line: str, body: str) -> bool:
    """A line in another script than the body (``line_script`` of the page's text), or Azerbaijani (ə) on a page
    whose text has none. An
    Azerbaijani line without ə looks like any Latin line: it is left to the aligner."""
    mine = line_script(line)
    if not mine or not body:
        return False
    if (mine == "cyrillic") != (body == "cyrillic"):
        return True
    return mine == "latin-az" and body == "latin"


def foreign_by_words(line: str, body: str) -> bool:
    """A Latin line that the function words show to be English on an Azerbaijani page, or Azerbaijani on an
    English one, written without ə ("President: Over past 80 years, no other country has achieved ..."): the
    sister page's title. Only lines of FOREIGN_WORDS or more: a short line has too few such words to tell. A line
    in a third language (other_language) is foreign on either page: a foreign site's header or title."""
    if line_script(line) != "latin" or body not in ("latin", "latin-az"):
        return False
    if other_language(line):
        return True
    if len(line.split()) < FOREIGN_WORDS:
        return False
    en, az = function_words(line)
    return (en >= 2 and not az) if body == "latin-az" else (az >= 2 and not en)
