"""Section breaks: a line of three marks ("x x x", "х х х", "* * *", "***") between parts of a transcript.

The one definition of the mark, for the three places that look for it. Each was written on its own
with its own tolerance, and this refactor keeps them exactly (the aligner's output must not move):

- ``is_break``: a whole paragraph in ingest (a BREAK block): exactly three marks, evenly spaced,
  "×" accepted too;
- ``is_mark_line``: a line inside a paragraph for the segmenter: three or more marks, any spaces;
- ``NOTE_PATTERN``: a sentence the aligner may leave unpaired: three marks with any white space, or
  three or more stars, then an optional dot.

Making them one pattern would change what each accepts ("×××", "xxxx", "x x x."): a behaviour change
to decide and measure on its own.
"""

from __future__ import annotations

import re

SHOWN = "x x x"  # written where a break is shown and the document's own mark is not known (DOCX)
MARKS = "xXхХ*"  # Latin and Cyrillic x in either case, and the asterisk
_PARAGRAPH_MARKS = MARKS + "×"  # ingest also takes the multiplication sign some editors type

_PARAGRAPH = re.compile(rf"[{_PARAGRAPH_MARKS}]([ \t]*)[{_PARAGRAPH_MARKS}]\1[{_PARAGRAPH_MARKS}]")
_PARAGRAPH_MAX = 12
_LINE = re.compile(rf"[ \t]*(?:[{MARKS}][ \t]*){{3,}}\Z")
# regex source for use inside a larger alternation (align.kinds): no anchors, no groups
NOTE_PATTERN = rf"(?:[{MARKS}]\s*){{3}}|\*{{3,}}"


def is_break(text: str) -> bool:
    """A paragraph that is a section break: "x x x", "X X X", "х х х", "* * *", "***", "×××"."""
    return len(text) <= _PARAGRAPH_MAX and bool(_PARAGRAPH.fullmatch(text.strip()))


def is_mark_line(line: str) -> bool:
    """A line (no line break in it) that is a section mark: three or more marks, spaces optional."""
    return _LINE.match(line) is not None
