"""Key points for the DOCX briefing: the sentences an analyst would underline.

An analyst skimming a transcript looks for figures, dates, agreements and commitments. Each
sentence earns points per *kind* of signal it carries (not per occurrence, so a sentence listing
five numbers does not drown one announcing a signed declaration); the best ``limit`` are returned
in document order, so the bullets read like the transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Pattern

from workbench import lang as langs
from workbench import model, vocab

# Blocks whose sentences can be key points: the title and the lead are shown elsewhere in the
# briefing, speaker introductions and breaks carry no content.
_ELIGIBLE = (model.SPEECH, model.PARAGRAPH)

_MIN_WORDS = 5  # shorter sentences are greetings or fragments ("Thank you very much.")
_MAX_WORDS = 60  # longer ones make poor bullets; they still qualify, with a penalty


@dataclass(frozen=True)
class _Signal:
    name: str
    weight: int
    patterns: dict[str, Pattern[str]]  # lang -> pattern, matched against language-aware lower case


def _rx(text: str) -> Pattern[str]:
    return re.compile(text)


_ANY = ("en", "ru", "az")

# A digit that does not start a bare year: "135 flights", "22 February", "100th"; "2023" alone is a date.
_NUMBER = r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d"
_YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"

# name, weight, what the data's pattern is prefixed with; each language's pattern is the alternatives
# of its [keypoint_<name>] section (workbench/data/lang/<lang>.txt)
_KINDS = (
    ("agreement", 2, ""),
    ("act", 2, ""),  # an agreement being made, not just mentioned
    ("figure", 3, _NUMBER + "|"),
    ("date", 2, _YEAR + "|"),
    ("commitment", 1, ""),
)


@cache
def _signals() -> tuple[_Signal, ...]:
    out = []
    for name, weight, prefix in _KINDS:
        patterns = {}
        for lang in _ANY:
            if name == "date" and lang == "en":
                continue  # English months are matched case-sensitively (_en_date): "may" is a verb, "May 9" a date
            patterns[lang] = _rx(prefix + "|".join(vocab.words(lang, f"keypoint_{name}")))
        out.append(_Signal(name, weight, patterns))
    return tuple(out)


@cache
def _en_date() -> Pattern[str]:
    return re.compile("|".join(vocab.words("en", "keypoint_date")) + "|" + _YEAR)


def score_sentence(text: str, lang: str) -> int:
    """Points for the kinds of signal ``text`` carries; 0 means it is not a key point."""
    words = len(text.split())
    if words < _MIN_WORDS:
        return 0
    low = langs.lower(text, lang)
    score = 0
    for signal in _signals():
        pattern = signal.patterns.get(lang)
        hit = bool(pattern and pattern.search(low))
        if signal.name == "date" and lang == "en":
            hit = bool(_en_date().search(text))
        if hit:
            score += signal.weight
    if score and words > _MAX_WORDS:
        score -= 1
    return max(score, 0)


def key_points(doc: model.Document, limit: int = 8) -> list[model.Segment]:
    """Sentences carrying figures, dates, agreements, commitments: the best ``limit``, in document order."""
    if limit <= 0:
        return []
    kinds = {b.index: b.kind for b in doc.blocks}
    # a text that is all lead (an excerpt of a speech, one paragraph under its title) has its points there
    eligible = _ELIGIBLE if any(k in _ELIGIBLE for k in kinds.values()) else (*_ELIGIBLE, model.LEAD)
    lang = doc.lang if doc.lang in _ANY else "en"
    seen: set[str] = set()
    scored: list[tuple[int, int, model.Segment]] = []
    for position, seg in enumerate(doc.segments):
        if kinds.get(seg.block) not in eligible:
            continue
        text = seg.text.strip()
        if text in seen:  # a repeated sentence ("Thank you.") is one point at most
            continue
        seen.add(text)
        score = score_sentence(text, lang)
        if score > 0:
            scored.append((score, position, seg))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:limit]
    return [seg for _, _, seg in sorted(best, key=lambda item: item[1])]
