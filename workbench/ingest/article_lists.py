"""Where the list of other articles a page shows after its text begins: at its heading, its first item stamped
with a time, or a run of items parted by lone dashes. From there to the end of the page is chrome."""

from __future__ import annotations

import bisect
import re

from workbench.ingest.boilerplate import is_list_opener
from workbench.ingest.line_kinds import label

# an item of a news list stamped with its time, alone or after its rubric ("18:34", "Region17:50", "2025-07-12 21:05")
_LIST_STAMP = re.compile(r"\A[^.!?;,]{0,40}?\d{1,2}:\d{2}\Z")
# a media player's clock ("0:00 0:18:43 0:00"): no list item's time, and the text goes on under it
_PLAYER = re.compile(r"\A(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})+\Z")
TEASERS = 2  # sentences a page may show above its dateline before the text
_LONE_DASHES = frozenset("-\u2013\u2014")
_DASH_ITEMS = 2  # lone dashes that part a list of other articles' titles after the text ("Politics" / "-" / title)


def list_start(lines: list[tuple[int, str]], text_at: list[int]) -> int:
    """Where the list of other articles a page shows after its text begins (len(lines) when it shows none): at
    its heading ("Latest News", "Лента новостей": data [list_openers]) or at its first item stamped with a time
    ("18:34", "Region17:50"). A list item may carry its lead, a sentence: the heading may stand above TEASERS
    lines of running text, never above more, and never right above one (kremlin.ru boxes its "Смотрите также"
    links inside the transcript, whose text goes on)."""
    if not text_at:
        return len(lines)
    # only the last few lines of running text can stand under a list's heading: look from there on
    first = text_at[max(0, len(text_at) - TEASERS - 1)] + 1 if len(text_at) > TEASERS else text_at[0] + 1
    text = set(text_at)
    dashed = dash_list_start(lines, text_at[0] + 1)
    if dashed < len(lines):
        return dashed
    for k in range(first, len(lines)):
        line = lines[k][1].strip()
        if (is_list_opener(line) or (_LIST_STAMP.match(line) and len(line.split()) <= 4 and not _PLAYER.match(line))) \
                and len(text_at) - bisect.bisect_right(text_at, k) <= TEASERS and k + 1 not in text:
            return k
    return len(lines)


def dash_list_start(lines: list[tuple[int, str]], first: int) -> int:
    """Where a list of other articles whose items a lone dash parts begins (len(lines) when there is none): the
    page ends in a run of at least _DASH_ITEMS dashes, each followed by one item, with at most one more line (its
    last item, or a button) after the run; a label without a sentence end right above the first dash ("Politics")
    heads the list. A dash between a text's paragraphs is a section mark, not a run of them to the end."""
    dashes = [k for k in range(first, len(lines)) if lines[k][1].strip() in _LONE_DASHES]
    if len(dashes) < _DASH_ITEMS or len(lines) - dashes[-1] > 3:
        return len(lines)
    run = 1
    while run < len(dashes) and dashes[-run] - dashes[-run - 1] == 2:
        run += 1
    if run < _DASH_ITEMS:
        return len(lines)
    start = dashes[-run]
    above = lines[start - 1][1].strip() if start > first else ""
    return start - 1 if above and label(above) else start
