"""Person names across scripts: transliteration and the stable ASCII person key.

"Ильхам Алиев", "İlham Əliyev" and "Ilham Aliyev" must all give the key "IlhamAliyev", because
the key links a speaker across the language versions (TEI ``who``, aligner anchors, the store).
``transliterate`` is a plain str.translate (fast enough for the aligner's cognate scoring over
every token); ``person_key`` adds what a character table cannot do for names: official spellings
of Azerbaijani names written in Cyrillic (Ильхам -> Ilham, not Ilkham) and "ye" after vowels.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.ingest.namedata import ASCII_VARIANTS, CYRILLIC_NAMES, KNOWN_BY_INITIAL

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Azerbaijani Cyrillic letters still met in older texts.
    "ә": "a", "ғ": "g", "ҹ": "j", "һ": "h", "ө": "o", "ү": "u", "ҝ": "g", "ј": "y",
}
# Azerbaijani Latin letters, folded the way official English spellings do: Əliyev -> Aliyev,
# Ceyhun -> Jeyhun, Xəlilov -> Khalilov, Tofiq -> Tofig.
_AZ = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u", "i̇": "i",
       "x": "kh", "c": "j", "q": "g"}
# Only the unambiguous letters are folded outside Azerbaijani text: English keeps its x, c and q.
_AZ_LETTERS_ONLY = ("ə", "ı", "ş", "ç", "ğ", "ö", "ü")


def _table(extra: dict[str, str]) -> dict[int, str]:
    table: dict[int, str] = {}
    for src, dst in {**_CYR, **extra}.items():
        if len(src) != 1:
            continue
        table[ord(src)] = dst
        upper = "İ" if src == "i" else src.upper()
        if len(upper) == 1 and upper != src:
            table[ord(upper)] = dst[:1].upper() + dst[1:]
    table[ord("İ")] = "I"
    table[ord("\u0307")] = ""  # the combining dot "İ".lower() leaves behind
    return table


_BASE_TABLE = _table({k: _AZ[k] for k in _AZ_LETTERS_ONLY})
_AZ_TABLE = _table(_AZ)


def transliterate(text: str, lang: str = "") -> str:
    """Latin spelling of ``text``: Cyrillic transliterated (х -> kh, ж -> zh), Azerbaijani letters
    folded (ə -> a, ş -> sh; in ``lang == "az"`` also x -> kh, c -> j, q -> g). Case is kept;
    other characters pass through unchanged. One str.translate call."""
    return text.translate(_AZ_TABLE if lang == "az" else _BASE_TABLE)


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
            out.append(ch.translate(_BASE_TABLE))
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
