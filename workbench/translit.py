"""Latin spelling of Cyrillic and Azerbaijani text, for comparing words across the three languages.

Next to ``workbench.lang`` because it is a property of the languages' alphabets, not of any one use:
person keys (``ingest.names``) and the aligner's cognate keys (``align.anchors``) both rely on it.
It is a plain str.translate, fast enough for cognate scoring over every token; the tables map letters,
not words, so they stay in code (word-level spellings are data: workbench/data/names.txt).
"""

from __future__ import annotations

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


# Digraphs first, then letters: one "phonetic" Latin alphabet for all three languages, so that
# президент/prezident/president, Гейдар/Heydar and Ильхам/İlham/Ilham are spelt alike.
_DIGRAPHS = (("tion", "sion"), ("shch", "s"), ("kh", "g"), ("dzh", "j"), ("zh", "j"), ("ts", "s"), ("sh", "s"),
             ("ch", "c"), ("ph", "f"), ("th", "t"), ("ck", "k"))
_LETTERS = str.maketrans({"h": "g", "c": "k", "q": "k", "z": "s", "w": "v", "x": "ks", "j": "i"})


def phonetic(word: str, lang: str = "") -> str:
    """The word's Latin spelling, lower case, in that one phonetic alphabet (Саркози / Sarkozy -> "sarkosi")."""
    w = transliterate(word, lang).lower()
    for a, b in _DIGRAPHS:
        if a in w:
            w = w.replace(a, b)
    return w.translate(_LETTERS)
