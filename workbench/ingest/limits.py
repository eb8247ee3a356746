"""How large an input may be before it is refused: a DOCX's expanded size, an HTML page's size, the
paragraphs either holds and how deeply its markup nests.

A 3 MB DOCX can expand to gigabytes, and a page of nested <div>s can hold thousands of levels; both once
ran for minutes and exhausted memory. Real transcripts are far below these limits (a long one is under
1 MB of text, a few thousand paragraphs, 50 levels of markup); the refusal is quick, in bounded memory
and one line. Raise them with `workbench --max-input-mb N` (or ``WORKBENCH_MAX_INPUT_MB``),
``WORKBENCH_MAX_PARAGRAPHS`` and ``WORKBENCH_MAX_DEPTH``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from workbench.errors import WorkbenchError


@dataclass(frozen=True)
class Limits:
    input_mb: float = 64.0  # an HTML file, or the expanded parts of a DOCX, in MB
    paragraphs: int = 200_000  # paragraphs in a DOCX or an HTML page
    depth: int = 2_000  # levels of nested elements (libxml2 stops at 2,048 in any case)

    @property
    def input_bytes(self) -> int:
        return int(self.input_mb * 1_000_000)


def current() -> Limits:
    """The limits in force: the defaults, raised or lowered by the environment."""
    return Limits(input_mb=_number("WORKBENCH_MAX_INPUT_MB", Limits.input_mb, float),
                  paragraphs=_number("WORKBENCH_MAX_PARAGRAPHS", Limits.paragraphs, int),
                  depth=_number("WORKBENCH_MAX_DEPTH", Limits.depth, int))


def _number(name: str, default, kind):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise WorkbenchError(f"{name} must be a number, not {raw!r}") from None
    if value <= 0:
        raise WorkbenchError(f"{name} must be above 0, not {raw!r}")
    return value


def advice(what: str) -> str:
    return {"size": "raise it with --max-input-mb or WORKBENCH_MAX_INPUT_MB",
            "paragraphs": "raise it with WORKBENCH_MAX_PARAGRAPHS",
            "depth": "raise it with WORKBENCH_MAX_DEPTH"}[what]
