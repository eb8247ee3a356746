"""Sentence kinds the cost model treats apart: editorial notes and courtesy formulas.

Both are what one side of an official translation adds or drops on its own: interpreters' and
editors' remarks ("(Как переведено.)", "(Applause.)") never translate a spoken sentence, and
greetings and thanks ("Dear friends!", "Sağ olun.") are split, merged or left out at will.
"""

from __future__ import annotations

import re

from workbench.lang import fold

# a bracketed remark, or a section-break line ("x x x", "х х х", "* * *"), which one side may drop
_NOTE = re.compile(r"^\s*(?:\([^()]{1,80}\)|\[[^\[\]]{1,80}\]|(?:[xXхХ*]\s*){3}|\*{3,})\s*\.?\s*$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Word prefixes (folded) of salutations, vocatives and thanks in English, Russian and Azerbaijani.
_COURTESY = (
    "thank", "dear", "friend", "colleague", "ladies", "gentlem", "mr", "mrs", "madam", "excellen", "welcome",
    "hello", "greet", "distinguish", "honourab", "honorab", "sir", "morning", "afternoon", "evening",
    "спасиб", "благодар", "уважаем", "дорог", "друз", "друг", "коллег", "дамы", "господ", "госпож",
    "превосходит", "добр", "здравств", "приветств", "пожалова",
    "təşəkkür", "hörmətli", "əziz", "dost", "həmkar", "xanım", "cənab", "zati", "xoş", "salam",
    "sabahınız", "axşamınız", "günortanız", "olun", "sağ",
    # addresses to a people: "Dear brothers and sisters!", "Дорогие соотечественники!", "Əziz həmvətənlər!"
    "brother", "sister", "compatriot", "брат", "сестр", "соотечественн", "qardaş", "bacı", "həmvətən",
    # what thanks and addresses are padded with: "Thank you very much, Mr President." / "Çox sağ olun."
    "you", "very", "much", "all", "president", "большое", "огромное", "вам", "вас", "всем", "президент",
    "çox", "edirəm", "sizə", "hamınıza", "prezident",
)
_COURTESY_FOLDED = tuple(sorted({fold(w, "az") for w in _COURTESY}))
# whole words only: "и" would start half of Russian
_COURTESY_JOINERS = frozenset({"and", "и", "və"})
COURTESY_MAX_LEN = 80


# News agencies add a sentence naming their source that the other language's release does not have
# ("Об этом сообщает пресс-служба ...", "Metbuat.az xəbər verir ki, ..."): a short sentence with one of these.
_REPORTING = re.compile(
    r"(?:\bоб этом (?:сообщ|заяв|сказал|рассказал|говорит)|\bсообща(?:ет|ют)\b|\bпереда[её]т\b|\bприводит\b"
    r"|xəbər verir|xəbər verib|məlumat verib|məlumat verir|\bbu barədə\b"
    r"|\breports\b|\bwas reported\b|\breported by\b|\bnews agency\b)", re.IGNORECASE)
REPORTING_MAX_LEN = 120


def is_reporting(sentence: str) -> bool:
    """A short sentence that only names where the news came from."""
    return len(sentence) <= REPORTING_MAX_LEN and bool(_REPORTING.search(sentence))


def is_note(sentence: str) -> bool:
    """A sentence that is only a bracketed remark ("(Как переведено.)", "(Applause.)", "[In English]")
    or a section break ("x x x")."""
    return bool(_NOTE.match(sentence))


def is_courtesy(sentence: str, lang: str) -> bool:
    """A short sentence made mostly of greeting, address or thanks words ("Dear friends!", "Sağ olun.",
    "Уважаемый господин Президент!"): at least half its words are courtesy words."""
    if len(sentence) > COURTESY_MAX_LEN:
        return False
    words = [fold(w, lang) for w in _WORD.findall(sentence)]
    # speaker labels ("В.Путин:") are not part of what was said
    if ":" in sentence:
        words = [fold(w, lang) for w in _WORD.findall(sentence.split(":", 1)[1])] or words
    if not words:
        return False
    hits = sum(1 for w in words if w in _COURTESY_JOINERS or w.startswith(_COURTESY_FOLDED))
    return 2 * hits >= len(words)
