"""Bilingual lexicons: read from TSV, learned with IBM Model 1, and turned into anchor keys.

Entries are matched on word stems (a prefix), because Russian and Azerbaijani inflect heavily:
"отношений" and "münasibətlərin" must still hit "отношен" and "münasibət".
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Optional

from workbench import vocab
from workbench.errors import InputError
from workbench.lang import fold

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_STEM = 3
# A stem ending in "=" matches that whole word only: "gün=" is "day" but "günəş" is the sun, and
# "мир=" is peace while "мировой" is global; such words may be two letters long ("il=", year).
EXACT = "="


def _usable(stem: str) -> bool:
    return len(stem) >= MIN_STEM or (stem.endswith(EXACT) and len(stem) >= 3)


def stem(word: str, lang: str) -> str:
    """Folded prefix that survives inflection: 6 letters for long words, the word itself otherwise."""
    w = fold(word, lang)
    return w[:6] if len(w) > 6 else w


def content_words(text: str, lang: str) -> list[str]:
    return [stem(w, lang) for w in _WORD.findall(text) if len(w) >= 3]


def load_lexicon(path) -> dict[str, dict[str, float]]:
    """TSV lines ``src_word<TAB>tgt_word[<TAB>prob]``; '#' starts a comment line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(p, f"cannot read lexicon: {exc}") from None
    lex: dict[str, dict[str, float]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise InputError(p, f"line {n}: expected src_word<TAB>tgt_word[<TAB>prob]")
        prob = 1.0
        if len(cols) > 2 and cols[2].strip():
            try:
                prob = float(cols[2])
            except ValueError:
                raise InputError(p, f"line {n}: probability {cols[2]!r} is not a number") from None
        lex.setdefault(cols[0].strip(), {})[cols[1].strip()] = prob
    return lex


def learn_lexicon(pairs: Iterable[tuple[str, str]], src_lang: str, tgt_lang: str, *, iterations: int = 5,
                  min_prob: float = 0.3, min_count: int = 2) -> dict[str, dict[str, float]]:
    """IBM Model 1 (EM with a NULL word) over sentence pairs; keeps confident stem translations."""
    # stems become integers and a pair (s, t) the integer s * width + t: EM's inner loop is then
    # plain int-keyed dict work
    ids: dict[str, int] = {"": 0}
    tids: dict[str, int] = {}
    corpus: list[tuple[list[int], list[int]]] = []
    src_count: dict[int, int] = defaultdict(int)
    for s, t in pairs:
        sw, tw = sorted(set(content_words(s, src_lang))), sorted(set(content_words(t, tgt_lang)))
        if sw and tw:
            si = [ids.setdefault(w, len(ids)) for w in sw]
            corpus.append((si + [0], [tids.setdefault(w, len(tids)) for w in tw]))
            for x in si:
                src_count[x] += 1
    if not corpus:
        return {}
    width = len(tids)
    prob: dict[int, float] = {}
    for it in range(iterations):
        counts: dict[int, float] = defaultdict(float)
        totals: dict[int, float] = defaultdict(float)
        for sw, tw in corpus:
            for t in tw:
                keys = [x * width + t for x in sw]
                ps = [prob[k] for k in keys] if it else [1.0] * len(keys)
                z = 1.0 / sum(ps)
                for x, k, pv in zip(sw, keys, ps):
                    c = pv * z
                    counts[k] += c
                    totals[x] += c
        prob = {k: v / totals[k // width] for k, v in counts.items()}
    src_words = {v: k for k, v in ids.items()}
    tgt_words = {v: k for k, v in tids.items()}
    lex: dict[str, dict[str, float]] = {}
    for k, pv in prob.items():
        x, t = divmod(k, width)
        if x and pv >= min_prob and src_count[x] >= min_count:
            lex.setdefault(src_words[x], {})[tgt_words[t]] = round(pv, 4)
    return lex


_SEED = "lexicon/seed.tsv"  # in workbench/data
_COLUMNS = {"en": 0, "ru": 1, "az": 2}


@functools.cache
def seed_pairs(src_lang: str, tgt_lang: str) -> list[tuple[str, str, int]]:
    """Stem pairs with their concept (line) number from the built-in table (workbench/data/lexicon/seed.tsv)."""
    return table_pairs(vocab.text(_SEED), src_lang, tgt_lang)


def table_pairs(table: str, src_lang: str, tgt_lang: str) -> list[tuple[str, str, int]]:
    """Stem pairs with their concept (line) number from a table with columns en, ru, az; a cell may hold
    several stems separated by commas."""
    if src_lang not in _COLUMNS or tgt_lang not in _COLUMNS or src_lang == tgt_lang:
        return []
    a, b = _COLUMNS[src_lang], _COLUMNS[tgt_lang]
    out: list[tuple[str, str, int]] = []
    for n, line in enumerate(table.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        # an editor may strip a trailing tab: a missing last column is an empty one
        parts = (line.split("\t") + ["", ""])[:3]
        for x in parts[a].split(","):
            for y in parts[b].split(","):
                if x.strip() and y.strip() and " " not in x.strip() + y.strip():
                    out.append((x.strip(), y.strip(), n))
    return out


class ConceptIndex:
    """Maps a token to lexicon keys: a token carries key k when one of its prefixes is a stem of k."""

    def __init__(self, src_lang: str, tgt_lang: str) -> None:
        self.langs = (src_lang, tgt_lang)
        self.stems: tuple[dict[str, set], dict[str, set]] = ({}, {})
        self._cache: dict[tuple[str, str], tuple] = {}
        self.size = 0

    @classmethod
    def seeded(cls, src_lang: str, tgt_lang: str) -> "ConceptIndex":
        """An index holding the built-in table's concepts for the two languages."""
        index = cls(src_lang, tgt_lang)
        for a, b, concept in seed_pairs(src_lang, tgt_lang):
            index.add(a, b, concept)
        return index

    def add(self, src_word: str, tgt_word: str, concept: object = None) -> None:
        """Link two stems; pairs given the same ``concept`` share one key, so a word weighs once."""
        s, t = fold(src_word, self.langs[0]), fold(tgt_word, self.langs[1])
        if not (_usable(s) and _usable(t)):
            return
        key = ("l", concept) if concept is not None else ("l", s, t)
        self.stems[0].setdefault(s, set()).add(key)
        self.stems[1].setdefault(t, set()).add(key)
        self.size += 1
        self._cache.clear()

    def add_lexicon(self, lex: Optional[dict[str, dict[str, float]]], min_prob: float = 0.1) -> None:
        for s, tgts in (lex or {}).items():
            for t, pv in tgts.items():
                if pv >= min_prob:
                    self.add(stem(s, self.langs[0]), stem(t, self.langs[1]))

    def keys(self, token: str, lang: str) -> tuple:
        ck = (token, lang)
        got = self._cache.get(ck)
        if got is not None:
            return got
        side = 0 if lang == self.langs[0] else 1
        table = self.stems[side]
        w = fold(token, lang)
        found: set = set()
        for k in range(MIN_STEM, len(w) + 1):
            hit = table.get(w[:k])
            if hit:
                found |= hit
        hit = table.get(w + EXACT)
        if hit:
            found |= hit
        got = tuple(sorted(found, key=repr))
        self._cache[ck] = got
        return got

    def as_function(self) -> Callable[[str, str], tuple]:
        return self.keys
