"""Section breaks: a line of three or more marks ("x x x", "х х х", "* * *", "***", "×××") between parts
of a transcript. One pattern, used by ingest (a BREAK block), the segmenter (a line of its own) and the
aligner (a sentence that pairs only with another break)."""

from __future__ import annotations

import re

SHOWN = "x x x"  # written where a break is shown and the document's own mark is not known (DOCX)
# Latin and Cyrillic x in either case, the asterisk, and the multiplication sign some editors type
_MARK = "[xXхХ*×]"
# three to twelve marks, spaces or tabs between them, an optional closing dot ("x x x."); a longer run
# is decoration or a word ("xxxxxxxxxxxx" standing in for a name), not a break. A live page's break carries the
# time of the update under it ("* * * 15:03").
PATTERN = rf"(?:{_MARK}[ \t]*){{2,11}}{_MARK}\.?(?:[ \t]+\d{{1,2}}:\d{{2}})?"
_BREAK = re.compile(PATTERN)


def is_break(text: str) -> bool:
    """A paragraph, line or sentence that is a section break and nothing else."""
    return _BREAK.fullmatch(text.strip()) is not None


