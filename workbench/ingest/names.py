"""Person names across scripts: the stable ASCII person key.

"Ильхам Алиев", "İlham Əliyev" and "Ilham Aliyev" must all give the key "IlhamAliyev", because
the key links a speaker across the language versions (TEI ``who``, aligner anchors, the store).
``person_key`` adds to the letter table of ``workbench.translit`` what it cannot do for names:
official spellings of Azerbaijani names written in Cyrillic (Ильхам -> Ilham, not Ilkham) and
"ye" after vowels.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.ingest.namedata import ASCII_VARIANTS, CYRILLIC_NAMES, KNOWN_BY_INITIAL
from workbench.translit import transliterate

_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯьъЬЪ")
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PATRONYM = re.compile(r"(?:vich|vna|ovich|evich|ovna|evna|ich|viç|vic|ovic|ович|евич|овна|евна|ич|ична|инична)$",
                       re.IGNORECASE)
NAME_LINKS = frozenset({"oglu", "oğlu", "ogly", "оглы", "qızı", "qizi", "kyzy", "кызы", "gizi"})


def is_patronym(word: str) -> bool:
    """True for Russian-style patronyms (Viktorovich, Викторович) and Turkic "oglu"/"qızı" links."""
    w = word.strip(".,")
    return bool(_PATRONYM.search(w)) and len(w) > 5 or w.lower() in NAME_LINKS


def _cyrillic_word(word: str) -> str:
    """A Cyrillic name word in its official Latin spelling."""
    known = CYRILLIC_NAMES.get(word.lower())
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
    if len(words) >= 4 and words[-2].lower() in NAME_LINKS:
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
            out.append(ASCII_VARIANTS.get(ascii_word, ascii_word))
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
        known = KNOWN_BY_INITIAL.get((words[0], words[-1]))
        if known:
            return known
    return "".join(words)
