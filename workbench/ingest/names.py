"""Person names across scripts: the stable ASCII person key.

"Ильхам Алиев", "İlham Əliyev" and "Ilham Aliyev" must all give the key "IlhamAliyev", because
the key links a speaker across the language versions (TEI ``who``, aligner anchors, the store).
``person_key`` adds to the letter table of ``workbench.translit`` what it cannot do for names:
official spellings of Azerbaijani names written in Cyrillic (Ильхам -> Ilham, not Ilkham, from
workbench/data/names.txt) and "ye" after vowels.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

from workbench import vocab
from workbench.translit import phonetic, transliterate


@dataclass(frozen=True)
class _NameData:
    """workbench/data/names.txt: what a letter table cannot derive."""

    cyrillic: dict[str, str]  # Cyrillic name word (lower case) -> official Latin spelling
    ascii_variants: dict[str, str]  # ASCII spelling met in English texts -> the one the key uses
    by_initial: dict[tuple[str, str], str]  # (first initial, surname) -> key, for "В.Путин:" / "I.Aliyev:"
    links: frozenset[str]  # "oglu", "qızı": between a father's name and the surname
    patronym: re.Pattern[str]


@cache
def _data() -> _NameData:
    path = "names.txt"
    endings = "|".join(vocab.section(path, "patronym_endings"))
    return _NameData(
        cyrillic=dict(vocab.table(path, "cyrillic", 2)),
        ascii_variants=dict(vocab.table(path, "ascii_variants", 2)),
        by_initial={(initial, surname): key for initial, surname, key in vocab.table(path, "by_initial", 3)},
        links=frozenset(vocab.section(path, "links")),
        patronym=re.compile(f"(?:{endings})$", re.IGNORECASE),
    )


def name_links() -> frozenset[str]:
    """Words linking a forename to the father's name, lower case: "oglu", "qızı", "оглы"."""
    return _data().links


_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯьъЬЪ")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def is_patronym(word: str) -> bool:
    """True for Russian-style patronyms (Viktorovich, Викторович) and Turkic "oglu"/"qızı" links."""
    w = word.strip(".,")
    return bool(_data().patronym.search(w)) and len(w) > 5 or w.lower() in _data().links


def _cyrillic_word(word: str) -> str:
    """A Cyrillic name word in its official Latin spelling."""
    known = _data().cyrillic.get(word.lower())
    if known:
        return known
    out: list[str] = []
    prev = ""
    for ch in word:
        low = ch.lower()
        if low == "е" and (not prev or prev in _VOWELS):
            out.append("Ye" if ch.isupper() else "ye")
        else:
            out.append(transliterate(ch))
        prev = ch
    latin = "".join(out)
    # Russian "-ий"/"-ый" endings are spelled -y in official English (Dmitry, Yury).
    return re.sub(r"(?:iy|yy)$", "y", latin)


def _ascii(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum())


def name_words(name: str, lang: str) -> list[str]:
    """The name's words in ASCII official spelling, patronyms and "oglu" links left out."""
    words = _TOKEN.findall(name)
    kept = [w for w in words if not is_patronym(w)] if len(words) > 2 else words
    if len(words) >= 4 and words[-2].lower() in _data().links:
        kept = [words[0], words[-1]]  # "Heydar Alirza oglu Aliyev": father's name and link dropped
    out = []
    for word in kept:
        if re.search(r"[\u0400-\u04ff]", word):
            latin = _cyrillic_word(word)
        else:
            latin = transliterate(word, "az" if lang == "az" else "")
        ascii_word = _ascii(latin)
        if ascii_word:
            ascii_word = ascii_word[0].upper() + ascii_word[1:].lower()
            out.append(_data().ascii_variants.get(ascii_word, ascii_word))
    return out


def person_key(name: str, lang: str) -> str:
    """Stable ASCII key: "Ильхам Алиев" / "İlham Əliyev" / "Ilham Aliyev" -> "IlhamAliyev".

    Patronyms are left out (so "Vladimir Vladimirovich Putin" is "VladimirPutin"); a name given
    by initials ("В.Путин") becomes the full key when the person is well known ("VladimirPutin"),
    else the initials stay ("VPutin"). Returns "" when the name has no letters.
    """
    words = name_words(name, lang)
    if not words:
        return ""
    if len(words) >= 2 and all(len(w) == 1 for w in words[:-1]):
        known = _data().by_initial.get((words[0], words[-1]))
        if known:
            return known
    return "".join(words)


# Two spellings of one surname ("Sarkozy" / Саркози) differ in a letter or two once spelt phonetically
# (translit.phonetic); two people's surnames seldom come this close
SURNAME_LIKENESS = 0.8
_KEY_WORD = re.compile(r"[A-Z][a-z]*")


def same_person(a: str, b: str) -> bool:
    """Whether two person keys (person_key) name one person as two languages spell a name the names table does
    not know: "NicholasSarkozy" and "NSarkozi" (Н.Саркози). The surnames must be alike letter for letter, and
    the first initials the same where both keys have a forename."""
    if a == b:
        return True
    wa, wb = _KEY_WORD.findall(a), _KEY_WORD.findall(b)
    if not wa or not wb or len(wa[-1]) < 3 or len(wb[-1]) < 3:
        return False
    if len(wa) > 1 and len(wb) > 1 and wa[0][0] != wb[0][0]:
        return False
    return SequenceMatcher(None, phonetic(wa[-1]), phonetic(wb[-1])).ratio() >= SURNAME_LIKENESS


# a name in another grammatical case adds at most this many letters ("Путиным", "Əliyevə", "Шалвой" for Шалва)
CASE_ENDING = 3


def inflected_of(key: str, base: str) -> bool:
    """Whether person key ``key`` names the person of ``base`` in another grammatical case, word for word: a
    news lead writes "с Президентом России Владимиром Путиным" ("VladimiromPutinym" / "VladimirPutin"),
    "Gürcüstanın Prezidenti Salome Zurabişviliyə", "Шалвой Папуашвили" (Shalva). Each word, spelt phonetically,
    starts with the base word but its last letter and runs on by at most CASE_ENDING letters."""
    if same_person(key, base) and len(_KEY_WORD.findall(key)) == len(_KEY_WORD.findall(base)) == 1:
        return True
    words, bases = _KEY_WORD.findall(key), _KEY_WORD.findall(base)
    if not words or len(words) != len(bases):
        return False
    for word, stem in zip(words, bases):
        w, b = phonetic(word), phonetic(stem)
        if not (w.startswith(b[:-1] if len(b) > 3 else b) and len(w) - len(b) <= CASE_ENDING) \
                and SequenceMatcher(None, w, b).ratio() < SURNAME_LIKENESS:
            return False
    return True

