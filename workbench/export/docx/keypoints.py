"""Key points for the DOCX briefing: the sentences an analyst would underline.

An analyst skimming a transcript looks for figures, dates, agreements and commitments. Each
sentence earns points per *kind* of signal it carries (not per occurrence, so a sentence listing
five numbers does not drown one announcing a signed declaration); the best ``limit`` are returned
in document order, so the bullets read like the transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Pattern

from workbench import lang as langs
from workbench import model

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

_SIGNALS = (
    _Signal("agreement", 2, {
        "en": _rx(r"\b(agreements?|declarations?|treat(y|ies)|memorand(um|a)|accords?|contracts?|protocols?"
                  r"|deals?|roadmap)\b"),
        "ru": _rx(r"\b(соглашени|декларац|договор|меморандум|протокол|контракт|дорожн\w* карт)\w*"),
        "az": _rx(r"\b(saziş|bəyannamə|müqavilə|memorandum|protokol|kontrakt|yol xəritə)\w*"),
    }),
    # an agreement being made, not just mentioned
    _Signal("act", 2, {
        "en": _rx(r"\b(signed|signing|sign|ratif(y|ied)|adopted|concluded)\b"),
        "ru": _rx(r"\b(подпис|ратифиц|принят|заключ)\w*"),
        "az": _rx(r"\b(imzala|imzalan|ratifikasiya|qəbul edil|bağlan)\w*"),
    }),
    _Signal("figure", 3, {
        "en": _rx(_NUMBER + r"|\b(hundred|thousand|million|billion|trillion|percent|per cent|dozens?)\b|%"),
        "ru": _rx(_NUMBER + r"|\b(сот|тысяч|миллион|миллиард|триллион|млн|млрд|трлн|процент)\w*|%"),
        "az": _rx(_NUMBER + r"|\b(yüz|min|milyon|milyard|trilyon|mln|mlrd|faiz)\b|%"),
    }),
    _Signal("date", 2, {
        # English months are matched case-sensitively below ("may" is a verb, "May 9" a date).
        "ru": _rx(_YEAR + r"|\b(январ|феврал|март|апрел|ма[йя]\b|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"),
        "az": _rx(_YEAR + r"|\b(yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)\w*"),
    }),
    _Signal("commitment", 1, {
        "en": _rx(r"\b(will|shall|agreed?|agrees|committed|commitment|determined|pledged?|intend|plan(ned|ning)?)\b"),
        "ru": _rx(r"\b(будем|будет|будут|договорил|соглас|намерен|обязу|обязатель|планиру|готов)\w*"),
        "az": _rx(r"\w+(acaq|əcək|acağ|əcəy)\w*|\b(razıyıq|razılaş|öhdəlik|qərarlı|əzm|hazırıq|planlaş)\w*"),
    }),
)

_EN_DATE = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December)\b"
    r"|\bMay\s+\d|\d\s+May\b|" + _YEAR
)


def score_sentence(text: str, lang: str) -> int:
    """Points for the kinds of signal ``text`` carries; 0 means it is not a key point."""
    words = len(text.split())
    if words < _MIN_WORDS:
        return 0
    low = langs.lower(text, lang)
    score = 0
    for signal in _SIGNALS:
        pattern = signal.patterns.get(lang)
        hit = bool(pattern and pattern.search(low))
        if signal.name == "date" and lang == "en":
            hit = bool(_EN_DATE.search(text))
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
    lang = doc.lang if doc.lang in _ANY else "en"
    seen: set[str] = set()
    scored: list[tuple[int, int, model.Segment]] = []
    for position, seg in enumerate(doc.segments):
        if kinds.get(seg.block) not in _ELIGIBLE:
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
