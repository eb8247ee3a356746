"""How messages count things: "1 unit", "2 units", "1 speech", "3 speeches"."""

from __future__ import annotations


def counted(n: int, word: str, plural: str = "") -> str:
    """``n`` and the word in the number it takes ("1 bead", "2 beads"; ``plural`` for an irregular one)."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"
