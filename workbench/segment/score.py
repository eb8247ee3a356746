"""Boundary precision / recall / F1 against one-sentence-per-line gold.

A boundary is identified by the number of non-whitespace characters before it, so tools that
re-space or trim their output (pySBD, blingfire) are compared fairly with exact-offset segmenters,
and a .sents file compares with its raw .txt whatever the paragraph breaks were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def boundaries(sentences: Iterable[str]) -> set[int]:
    """Inner boundaries of a sentence sequence, as non-whitespace character counts (the end is left out)."""
    out: set[int] = set()
    count = 0
    for sentence in sentences:
        n = sum(1 for ch in sentence if not ch.isspace())
        if n:
            count += n
            out.add(count)
    out.discard(count)
    return out


def score(gold: Iterable[str], predicted: Iterable[str]) -> Score:
    g, p = boundaries(gold), boundaries(predicted)
    return Score(len(g & p), len(p - g), len(g - p))


def read_gold(text: str) -> tuple[str, list[str]]:
    """A gold file (one sentence a line, blank line between paragraphs) -> (raw text, sentences).

    The raw text joins a paragraph's sentences with one space and paragraphs with a blank line."""
    paragraphs = [[line.strip() for line in block.splitlines() if line.strip()]
                  for block in text.replace("\r\n", "\n").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    raw = "\n\n".join(" ".join(p) for p in paragraphs)
    return raw, [s for p in paragraphs for s in p]
