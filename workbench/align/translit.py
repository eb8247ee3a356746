"""Cyrillic -> Latin transliteration and Azerbaijani letter folding, as fast str.translate tables.

The aligner compares names and international words across scripts ("Алиев"/"Aliyev"/"Əliyev"),
so all three languages are brought into one plain-ASCII-ish Latin spelling first.
(workbench.ingest.names did not exist when the aligner was written, hence this module.)
"""

from __future__ import annotations

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_AZ = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u", "İ": "I", "Ə": "A",
       "Ş": "Sh", "Ç": "Ch", "Ğ": "G", "Ö": "O", "Ü": "U"}

_TABLE: dict[int, str] = {}
for _k, _v in _CYR.items():
    _TABLE[ord(_k)] = _v
    _TABLE[ord(_k.upper())] = _v.capitalize()
for _k, _v in _AZ.items():
    _TABLE[ord(_k)] = _v
_TABLE[ord("\u0307")] = ""  # combining dot left by "İ".lower()

# In Azerbaijani "x" is the sound Russian writes "х" (Xocalı, xarici), so it becomes "kh".
_AZ_TABLE = dict(_TABLE)
_AZ_TABLE[ord("x")] = "kh"
_AZ_TABLE[ord("X")] = "Kh"
# ... and "c" is the sound Russian writes "дж" (Ceyhun/Джейхун/Jeyhun).
_AZ_TABLE[ord("c")] = "dzh"
_AZ_TABLE[ord("C")] = "Dzh"


def transliterate(text: str, lang: str = "") -> str:
    """Latin spelling of ``text``: Cyrillic transliterated, Azerbaijani letters folded (ə->a, ş->sh ...)."""
    return text.translate(_AZ_TABLE if lang == "az" else _TABLE)
