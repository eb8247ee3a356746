"""Where the list of other articles a page shows after its text begins: at its heading, its first item stamped
with a time, a run of items parted by lone dashes, or a run of headlines that ends the page. From there to the end
of the page is chrome."""

from __future__ import annotations

import bisect
import re

from workbench.ingest.boilerplate import is_list_opener
from workbench.ingest.captions import opens_with_role
from workbench.ingest.dateline import whole_dateline
from workbench.ingest.head_lines import DOT_BULLET
from workbench.ingest.line_kinds import LABEL_WORDS, label, name_line, section_label
from workbench.ingest.metadata import CLOCK, find_date
from workbench.ingest.paragraphs import is_dash, salutation

# an item of a news list stamped with its time, alone or after its rubric ("18:34", "Region17:50", "2025-07-12 21:05")
_LIST_STAMP = re.compile(r"\A[^.!?;,]{0,40}?\d{1,2}:\d{2}\Z")
_STAMP_WORDS = 6  # words: a stamp with its date in words and a bullet is no longer
_STAMP_WITHIN = 3  # lines: a list's first item shows its stamp this soon under the list's heading
_TEASER_WITHIN = 2  # lines: an item's teaser follows its stamp this closely
# a media player's clock ("0:00 0:18:43 0:00"): no list item's time, and the text goes on under it
_PLAYER = re.compile(r"\A(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})+\Z")
TEASERS = 2  # sentences a page may show above its dateline before the text
_LONE_DASHES = frozenset("-\u2013\u2014")
_HEADLINES = 3  # headlines in a row that end a page after its text: a list of other articles
_SIGNATURE_WORDS = 10  # words: an office under a signature is this short ("President of the Republic of Azerbaijan")
# what ends no headline: a sentence's stop, a list item's or a closing's comma, an introduction's colon
_NOT_HEADLINE_END = tuple(".!;:,")
_TEXT_END = tuple(".!?…\"”»’)")  # the end of a line of text, before another article's headline
_BULLETS = "-\u2013\u2014 " + "".join(DOT_BULLET)
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
    # a run of headlines after the text's last sentence, or of dashed ones, one of which may ask as a sentence does
    headlines = min(headline_run_start(lines, text_at[-1]), dashed_headlines_start(lines))
    if headlines < len(lines):
        return headlines
    for k in range(first, len(lines)):
        line = lines[k][1].strip()
        if (is_list_opener(line) or _item_stamp(line)) \
                and len(text_at) - bisect.bisect_right(text_at, k) <= TEASERS and k + 1 not in text:
            return k
    # items stamped with their dates, under a heading or bulleted, are a list however many teasers they show
    # ("Popular news" / "• Situation on contact line ... remains tense" / "18.04.2014 10:59" / its lead / "• ...")
    stamps = [k for k in range(text_at[0] + 1, len(lines)) if _item_stamp(lines[k][1], dated=True)]
    for k in range(text_at[0] + 1, len(lines)):
        line = lines[k][1].strip()
        if (is_list_opener(line) or line.startswith(DOT_BULLET)) and k + 1 not in text \
                and any(k < x <= k + _STAMP_WITHIN for x in stamps) and sum(x > k for x in stamps) >= _DASH_ITEMS:
            return k
    return _teased_items_start(lines, stamps, text)


def _teased_items_start(lines: list[tuple[int, str]], stamps: list[int], text: set[int]) -> int:
    """Where items that each show a date stamp and a teaser under it begin, when at least _DASH_ITEMS of them end
    the page ("-" / "- 13 September 2024, 23:46" / "Ilgar Mamedov ... has resigned ..." / "-" / ...): at the first
    stamp, or the lone dash and the label above it ("Difficult question"). A page's own date stamp has no teaser."""
    teased = [k for k in stamps if any(x in text for x in range(k + 1, k + 1 + _TEASER_WITHIN))]
    if len(teased) < _DASH_ITEMS:
        return len(lines)
    start = teased[0]
    while start > 0 and (lines[start - 1][1].strip() in _LONE_DASHES or label(lines[start - 1][1])) \
            and start - 1 not in text:
        start -= 1
    return start


def _item_stamp(line: str, dated: bool = False) -> bool:
    """A list item's time stamp: "18:34", "Region17:50"; ``dated``: or a date and a time, which a page's own date
    line may be too ("18.04.2014 10:59", "SOCIETY | 19:12 / 16.05.2024")."""
    stripped = line.strip()
    if len(stripped.split()) > _STAMP_WORDS or _PLAYER.match(stripped):
        return False
    if _LIST_STAMP.match(stripped) and len(stripped.split()) <= 4:
        return True
    # a date with its time: "18.04.2014 10:59", "SOCIETY | 19:12 / 16.05.2024", "- 13 September 2024, 23:46"
    return dated and bool(CLOCK.search(stripped)) and bool(find_date(stripped.lstrip(_BULLETS)))


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


def dashed_headlines_start(lines: list[tuple[int, str]]) -> int:
    """Where a run of at least _HEADLINES dashed headlines that ends the page begins (len(lines) when there is none):
    lines of a dash and a headline, no full stop at their end, though one may ask ("- Putin sülh sənədini qəbul
    edəcək: bəs, sülhü?"), under a line that ends a sentence. An interview's dashed turns answer with full stops."""
    k = len(lines)
    while k > 0:
        line = lines[k - 1][1].strip()
        if not (is_dash(line) and line[1:2] == " " and len(line.split()) <= _DASHED_HEADLINE_WORDS
                and not line.endswith(_NOT_HEADLINE_END)):
            break
        k -= 1
    if len(lines) - k < _HEADLINES or k == 0 or not lines[k - 1][1].rstrip().endswith(_TEXT_END):
        return len(lines)
    return k


_DASHED_HEADLINE_WORDS = 16


def headline_run_start(lines: list[tuple[int, str]], last_text: int) -> int:
    """Where a run of other articles' headlines that ends the page begins (len(lines) when there is none): after the
    text's last sentence, only headlines (lines of more than LABEL_WORDS words that end no sentence, bullets or
    not), short labels and time stamps follow, and at least _HEADLINES of them. A list the text introduces (its
    last line ends with a colon: "The following documents were signed:") is the text's; a signature (a name, an
    office under it, a place and date), a closing ("Sincerely,") or a sentence after the text ends no list. One
    headline is enough under a rubric in capitals ("SİYASƏT" / "Əliyev Ərdoğanı ... dəvət edib"): another article's."""
    if not lines[last_text][1].rstrip().endswith(_TEXT_END):
        return len(lines)
    count = 0
    rubric = False  # a rubric in capitals stands above the first headline
    after = [line.strip().lstrip(_BULLETS) for _, line in lines[last_text + 1:]]
    for n, stripped in enumerate(after):
        words = stripped.split()
        if is_list_opener(stripped):
            continue  # "Related News" is no signature's name
        if len(words) <= LABEL_WORDS or find_date(stripped) or whole_dateline(stripped):
            if name_line(stripped) or salutation(stripped) or stripped.endswith("."):
                return len(lines)  # a signature's name, a closing, a short sentence
            rubric = rubric or (not count and section_label(stripped))
            continue
        # an office beside a name, or before one on its line, is a signature ("İlham Əliyev" / "Azərbaycan
        # Respublikasının Prezidenti", "President of the Russian Federation Vladimir Putin"); a headline may open with
        # an office too ("Nazir Rus Evi ilə bağlı iddialara son qoydu")
        signer = any(0 <= x < len(after) and name_line(after[x]) for x in (n - 1, n + 1)) \
            or all(w[:1].isupper() for w in words[-2:])
        if stripped.endswith(_NOT_HEADLINE_END) or (opens_with_role(stripped) and len(words) <= _SIGNATURE_WORDS
                                                     and signer):
            return len(lines)
        count += 1
    return last_text + 1 if count >= _HEADLINES or (rubric and count) else len(lines)
