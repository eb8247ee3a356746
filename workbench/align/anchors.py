"""What two sentences in different languages can share: numbers, months, ?/!, quotations, cognates and names.

Each sentence becomes a small dict of *keys* (hashable, language-independent) with weights; the
aligner's similarity of two beads is the weight of the keys they share. Keys are built per distinct
token and cached, so a 100k-sentence text costs one pass over its vocabulary.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from workbench import vocab
from workbench.translit import phonetic
from workbench.model import LANGS

NUMBER_W = 2.0
MONTH_W = 1.5
COGNATE_W = 1.0
LEXICON_W = 1.0
PUNCT_W = 0.5

# Opening quotation marks of the three languages' typographies (not ’ or ', which are apostrophes too).
_QUOTES = re.compile('[«“„"]')
_TOKEN = re.compile(r"\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
# A speaker label opening a sentence ("Ilham Aliyev:", "В.Путин:", "İlham Əliyev:"): up to five
# words or initials, then a colon. The same speaker talks in many turns, so the label's name says
# that two turns agree, not that a sentence translates one that mentions the speaker: its keys are kept
# apart and match only another label.
# Every word but the last needs a separator after it, so the match cannot backtrack through
# the ways of cutting one long word into several.
_LABEL = re.compile(r"\s*((?:[^\W\d_]+(?:\.\s*|[\s-]+)){0,4}[^\W\d_]+\.?)\s*:(?:\s|$)")

# Month stems, stop words and scale words are data (workbench/data/lang/<lang>.txt), read on first use.


@cache
def _month_stems() -> dict[str, tuple[str, ...]]:
    return {lang: vocab.words(lang, "month_stems") for lang in LANGS}


@cache
def _ru_may() -> frozenset[str]:
    # Russian "ма" must be exactly май/мая/мае/маю
    return frozenset(vocab.words("ru", "may_forms"))


@cache
def _ambiguous_en() -> frozenset[str]:
    # English "may" and "march" are also verbs, so they count only next to a number (checked in sentence_keys)
    return frozenset(vocab.words("en", "verb_months"))


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    # short function words whose consonant skeletons would collide with content words
    return {lang: frozenset(vocab.words(lang, "stopwords")) for lang in LANGS}


_VOWELS = set("aeiouy")


def cognate_key(word: str, lang: str) -> str:
    """Consonant skeleton of a word's Latin spelling: first letter plus up to three consonants."""
    w = phonetic(word, lang)
    key = [w[0]]
    last = w[0]
    for ch in w[1:]:
        if ch not in _VOWELS and ch != last and ch.isalpha():
            key.append(ch)
            if len(key) == 4:
                break
        last = ch
    return "".join(key)


def month_of(token_lower: str, lang: str) -> int:
    """1-12 when the token names a month in ``lang``, else 0."""
    table = _month_stems().get(lang)
    if not table:
        return 0
    if lang == "ru":
        if token_lower in _ru_may():
            return 5
        if token_lower.startswith("ма"):
            return 3 if token_lower.startswith("март") else 0
    for i, stem in enumerate(table):
        if token_lower.startswith(stem) and (lang != "en" or token_lower == stem or len(stem) > 3 and
                                             token_lower[:3] == stem[:3] and len(token_lower) <= len(stem)):
            return i + 1
    return 0


def number_value(token: str) -> str:
    """Canonical digits of a number token: "2,500" and "2 500" -> "2500", "07" -> "7", "4,3" -> "4.3"."""
    digits = re.sub(r"[.,\u00a0 ](?=\d{3}\b)", "", token).replace(",", ".")
    return digits.lstrip("0") or "0"


@cache
def _scales() -> tuple[tuple[str, int], ...]:
    """(stem, power of ten) of the words that scale the number before them, all languages: "8,000" is
    written "8 тысяч" / "8 min", "4.3 billion" is "4,3 млрд"; the key is the scaled value, so all
    spellings meet. Matched as prefixes after a number."""
    return tuple((stem, int(exp)) for lang in LANGS for stem, exp in vocab.table(f"lang/{lang}.txt", "scales", 2))


@cache
def _az_min() -> frozenset[str]:
    # "min" (thousand) as a case form, not "minus"
    return frozenset(vocab.words("az", "thousand_forms"))


def scaled_value(value: str, word: str) -> str:
    """``value`` times the scale ``word`` names ("4.3", "billion" -> "4300000000"), or "" for no scale word."""
    low = word.lower()
    for stem, exp in _scales():
        if low.startswith(stem) and (stem != "min" or low in _az_min()):
            whole, _, frac = value.partition(".")
            frac = frac.rstrip("0")
            if len(frac) > exp:
                return ""
            return (whole + frac + "0" * (exp - len(frac))).lstrip("0") or "0"
    return ""


@lru_cache(maxsize=300_000)
def _word_keys(token: str, lang: str) -> tuple:
    lower = token.lower() if lang != "az" else token.replace("I", "ı").replace("İ", "i").lower()
    keys = []
    if lower in _stopwords().get(lang, ()):
        return ()
    if len(token) >= 5 or (len(token) >= 4 and token[0].isupper()):
        key = cognate_key(token, lang)
        if len(key) >= 3:
            keys.append(("c", key))
    return tuple(keys)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def sentence_keys(text: str, lang: str, concepts=None) -> dict:
    """Keys of one sentence with their weights. ``concepts(token, lang)`` adds lexicon keys."""
    return _keys_of(text, lang, concepts, {})


def texts_keys(texts, lang: str, concepts=None) -> list[dict]:
    """sentence_keys of many sentences, sharing one per-token cache (a text repeats its vocabulary)."""
    cache: dict = {}
    return [_keys_of(t, lang, concepts, cache) for t in texts]


def _token_keys(tok: str, lang: str, concepts) -> tuple:
    """(month, ambiguous month, keys) of a word token: everything that does not depend on its neighbours."""
    low = tok.lower()
    m = month_of(low, lang)
    found = list(_word_keys(tok, lang))
    if concepts is not None:
        found.extend(concepts(tok, lang))
    return m, lang == "en" and low in _ambiguous_en(), tuple(found)


def split_label(text: str) -> tuple[str, str]:
    """(leading speaker label, the rest): the label's words are all capitalised; "" when there is none."""
    if ":" not in text[:80]:
        return "", text
    m = _LABEL.match(text)
    if m is None or not all(w[0].isupper() for w in _TOKEN.findall(m.group(1))):
        return "", text
    return m.group(1), text[m.end():]


def _keys_of(text: str, lang: str, concepts, cache: dict) -> dict:
    keys: dict = {}
    label, text = split_label(text)
    for tok in _TOKEN.findall(label):
        # a label matches only a label: the two sides' turns agree, but a speaker's name in a label
        # says nothing about a sentence that mentions that person
        for k in _word_keys(tok, lang):
            keys[("s",) + k] = COGNATE_W
    toks = _TOKEN.findall(text)
    prev_number = False
    for n, tok in enumerate(toks):
        if tok[0].isdecimal():  # _TOKEN's number tokens start with a digit, its words never do
            value = number_value(tok)
            nxt = toks[n + 1] if n + 1 < len(toks) else ""
            keys[("n", (scaled_value(value, nxt) if nxt and not nxt[0].isdecimal() else "") or value)] = NUMBER_W
            prev_number = True
            continue
        got = cache.get(tok)
        if got is None:
            got = cache[tok] = _token_keys(tok, lang, concepts)
        m, ambiguous, found = got
        if m:
            if ambiguous:
                nxt = toks[n + 1] if n + 1 < len(toks) else ""
                if not (prev_number or nxt[:1].isdecimal()):
                    m = 0
            if m:
                keys[("m", m)] = MONTH_W
        prev_number = False
        for k in found:
            # cognate keys come first, so a lexicon key wins a (never seen) collision as before
            keys[k] = COGNATE_W if k[0] == "c" else LEXICON_W
    if _QUOTES.search(text):
        # a quotation is kept as one in translation: «историческим» / “historic” / "tarixi"
        keys[("p", "quote")] = PUNCT_W
    if "?" in text:
        keys[("p", "?")] = PUNCT_W
    if "!" in text:
        keys[("p", "!")] = PUNCT_W
    return keys


def scale_common_keys(src_keys: list[dict], tgt_keys: list[dict], df0: float,
                      exp: float) -> tuple[list[dict], list[dict]]:
    """Keys held by more than ``df0`` sentences on a side scaled by (df0 / df) ** exp, df counted on the
    side where the key is more frequent: "Azerbaijan" in every other sentence says little about which
    sentence translates which, a date found twice says a lot. The dicts are changed in place (a long
    text's keys are not worth a copy) and returned."""
    if not exp:
        return src_keys, tgt_keys
    df: dict = {}
    for side in (src_keys, tgt_keys):
        seen: dict = {}
        for keys in side:
            for k in keys:
                seen[k] = seen.get(k, 0) + 1
        for k, c in seen.items():
            if c > df.get(k, 0):
                df[k] = c
    scale = {k: (df0 / c) ** exp for k, c in df.items() if c > df0}
    if not scale:
        return src_keys, tgt_keys

    get = scale.get
    for side in (src_keys, tgt_keys):
        for keys in side:
            for k, w in keys.items():
                f = get(k)
                if f is not None:
                    keys[k] = w * f  # a value changes, the dict's size does not: safe while iterating
    return src_keys, tgt_keys
