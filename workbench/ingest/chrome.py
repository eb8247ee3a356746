"""Site chrome copied along with an article: what a page shows around the text, kept out of sentences.

Users paste whole pages: menus, section labels, timestamps, share bars, bylines, a search index's
"date 2026-03-12" prefix, a dateline glued to the lead. Word lists (ingest.boilerplate) catch the
common furniture; this stage judges lines by their features:

- position: the *head* (lines before the first line of running text) and the *tail* (after the last);
- form: a line of symbols more than letters ("+ ↺ − 16 px"), a bullet, all capitals ("OFFICIAL NEWS"),
  a clock time ("Details added (posted on March 29, 15:07)"), a copyright or photo credit (with the caption
  glued to it), a caption stamped with the site and a date in digits, a book reference
  after the text ("... Azerneshr, Baku - 2004, vol. XIII, p. 387-388.");
- language: a line in another script than the body (the sister page's title on an English page);
- repetition: a headline the page shows twice counts once;
- datelines (ingest.dateline): a line of its own stays (a META block: the document's date and place,
  never a sentence; but the place and date a letter is signed with, after its text, are text:
  ingest.structure); one glued to the first paragraph is cut off it.

Everything taken out is kept in ``dropped`` (shown by `workbench show`), nothing is silently lost.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Collection, Optional

from workbench.ingest.article_lists import TEASERS, list_start
from workbench.ingest.boilerplate import is_boilerplate, is_list_opener
from workbench.ingest.captions import (HEAD_SCAN, SHORT_WORDS, caption, credited, doubled, over_subtitle, photo_caption,
                                      signs_off, under_byline)
from workbench.ingest.chrome_line import CLOCK, CONTACT, MORE_LINK, credit_line, field_label, is_chrome_line
from workbench.ingest.dateline import SLASHED_PLACE, WIRE_PLACE, leading_dateline, opens_with_weekday, whole_dateline
from workbench.ingest.glued import glued_prefix
from workbench.ingest.head_lines import (DOT_BULLET, IMAGE, agency_over_dateline, bulleted_headlines, in_block,
                                         labels_over_shown_twice, labels_over_title, over_bullet, rubric_over_headline,
                                         quoted_name, rubric_tagline, shown_twice, story_tag, story_thread,
                                         title_follows, title_over_dateline)
from workbench.ingest.line_kinds import (CITATION, LABEL_WORDS, LONGEST, dashed_label, is_running_text, label, name_line,
                                         notice, section_label)
from workbench.ingest.markup import without_markup
from workbench.ingest.metadata import find_date, month_prefixes
from workbench.ingest.paragraphs import ends_sentence, is_dash, line_key
from workbench.ingest.tags import TAIL, headline_without_tags, without_desk_code
from workbench.lang import line_script, lower_any

# a site index's date prefix, to the day or only to the month ("date 2026-03-12", "date 2020-12")
_INDEX_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")
# a breadcrumb trail: two or more short steps, each before the same kind of separator ("Əsas Səhifə > Политика > ...")
# (not "/": a photo credit's steps are "© Sputnik / Mihail Klimentev / ...")
_TRAIL = re.compile(r"^(?:[^>»›|\n]{1,30}\s(?:>|»|›)\s){2,}")
# ... and one with slashes, from the home page ("Ana səhifə / Sosial / Türkiyə və ..."): a photo credit's slashed steps
# ("© Sputnik / Mihail Klimentev / ...") start from no home page; the site's name may be the only step ("Qadin.NET / ...")
_SLASHED_TRAIL = re.compile(r"^(?:[^/|\n]{1,30}\s/\s)+")
_TRAILING_COUNTER = re.compile(r"[.!?…»”\"]\s+(\d{1,3})\s*\Z")  # a count after the last stop: no year, no sentence
_TEASER_CHARS = 40  # a teaser cut this long or longer that a line below goes on is that line's copy
_TEASER_SCAN = 4  # lines below a teaser where the whole paragraph stands
_PHONE = re.compile(r"\+\d{1,3}[\s(-]*\d{2,3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}\b")  # "+994 77 530 95 85"
_SCRIPT_LINES = 20  # lines of running text whose script is the body's
_SLASHED_AT = 3  # lines of text from the top where a slashed dateline may stand


@dataclass
class Cleaned:
    paragraphs: list[str]
    dropped: list[str] = field(default_factory=list)
    date: str = ""
    place: str = ""
    dated: list[str] = field(default_factory=list)  # lines a dateline opened: the text's lead, never its title


def strip_chrome(paragraphs: list[str], known: Collection[str] = ()) -> Cleaned:
    """The paragraphs without site chrome; the date and place its datelines gave. ``known``: keys (``line_key``)
    of lines already known to be chrome, wherever they stand (lines the other language version repeats,
    ingest.repeated)."""
    out = Cleaned([])
    if not paragraphs:
        return out
    first = _INDEX_PREFIX.match(paragraphs[0])
    if first:
        out.date = first.group(1)
        out.dropped.append(first.group(0).strip())
        paragraphs = [paragraphs[0][first.end():], *paragraphs[1:]]
        head, _, rest = paragraphs[0].partition("\n")
        if is_boilerplate(head):  # the menu the prefix stood on ("date 2024-02-27     US     Europe     Arab")
            out.dropped.append(head.strip())
            paragraphs = [rest, *paragraphs[1:]] if rest.strip() else paragraphs[1:]
    lines = [(p, without_desk_code(without_markup(line, out.dropped), out.dropped))
             for p, para in enumerate(paragraphs) for line in para.split("\n") if line.strip()]
    lines = [(p, _without_counter(line, out.dropped)) for p, line in _trails_cut(lines, out.dropped)]
    text_at = [k for k, (_, line) in enumerate(lines) if is_running_text(line) and not notice(line)
               and not MORE_LINK.search(line, max(0, len(line) - TAIL)) and not line.lstrip().startswith("©")]
    head_end = text_at[0] if text_at else len(lines)
    # a page that shows its lead as a teaser above the dateline ("Politics Materials 31 August 2016 21:15" / lead /
    # headline again / "Baku, Azerbaijan, Aug. 31" / "Trend:" / lead): the head runs to the dateline. The text
    # goes on under it: a short letter's place and date after its signature open nothing.
    head_end = max((k + 1 for k in range(head_end + 1, min(len(lines), HEAD_SCAN))
                    if whole_dateline(lines[k][1]) and sum(x < k for x in text_at) <= TEASERS
                    and any(x > k for x in text_at)), default=head_end)
    # (a page with no running text at all may be a short letter signed with its place and date: no header there)
    title_at, dated_at = title_over_dateline(lines, head_end) if text_at else (-1, -1)
    list_at = list_start(lines, text_at)
    # the tail runs from the last line of text above the list of other articles (whose teasers are no text)
    tail_start = max((k + 1 for k in text_at if k < list_at), default=len(lines))
    body_script = _body_script([lines[k][1] for k in text_at[:_SCRIPT_LINES] if k < list_at])
    # the site's name as a photo credit above the text names it ("© Фото: Мария Новоселова/ “Вестник Кавказа“"): the
    # same words on a line of their own there are the site's header, not the headline
    credits = [line_key(line) for _, line in lines[:head_end] if credit_line().search(line)]
    # an interview whose turns open with a dash: a short turn before the first long line or after the last is
    # its opening question or closing exchange ("— Они развиваются очень успешно."), not a menu's dashed item,
    # which ends no sentence
    dialogue = any(is_dash(lines[k][1].strip()) for k in text_at)
    # a wire's dateline may open the second line of text, under a subtitle that is a sentence ("Признанием
    # Карабаха Ереван ... считает Байрамов." / "БАКУ, 27 окт — Sputnik. Признание ...")
    second_text = text_at[1] if len(text_at) > 1 else -1
    kept: dict[int, list] = {}
    kept_head: dict[str, tuple[int, int]] = {}  # key of a line kept before the running text -> where it is
    seen: set[str] = set()
    captions: set[str] = set()  # keys of the photo captions met above the text, without their "Архивное фото"
    after_dateline = False
    glued_dateline_seen = False
    glued_seen = False
    last_kept = -2  # index of the last line kept
    byline_at = -2  # index of the last line of an author's byline after the text
    asking = None  # where the first line of text is kept when it ends with a question mark
    today = ""  # the date of a masthead's "today" line, when the page gives no other
    # the site's header: whatever stands above a section label in capitals ("The Azerbaijan State News
    # Agency" / "OFFICIAL NEWS" / headline)
    header_end = max((k for k in range(head_end) if section_label(lines[k][1]) and title_follows(lines, k, head_end)),
                     default=-1)
    header_end = max(header_end, labels_over_shown_twice(lines, head_end))
    notice_at = -1  # the paragraph of a notice to the reader: its lines that go on are the notice's too
    head_items = bulleted_headlines(lines, head_end)
    for k, (p, line) in enumerate(lines):
        if k < header_end or k >= list_at or p == notice_at or k in head_items or (k < title_at and not is_running_text(line)) \
                or (title_at < k < dated_at and (label(line) or quoted_name(line))):
            out.dropped.append(line.strip())
            if k < head_end and not kept_head and _masthead_day(line):
                today = today or _stamp_date(line)
            elif k < head_end:
                out.date = out.date or _stamp_date(line)
            continue
        if (known and line_key(line) in known) or is_list_opener(line):
            out.dropped.append(line.strip())
            continue
        head = k < head_end
        if dialogue and is_dash(line.strip()) and ends_sentence(line.strip()):
            kept.setdefault(p, []).append(line)
            last_kept = k
            continue
        reason = is_chrome_line(line, head, head or k >= tail_start, body_script, after_dateline, seen,
                                title_follows=head and title_follows(lines, k, head_end)) \
            or (head and bool(kept) and label(line) and in_block(lines, k)) \
            or (head and not kept and rubric_over_headline(lines, k, head_end)) \
            or (head and rubric_tagline(lines, k, head_end)) \
            or (head and story_thread(lines, k)) \
            or (k < HEAD_SCAN and agency_over_dateline(lines, k)) \
            or (head and (label(line) or dashed_label(line)) and over_bullet(lines, k)) \
            or (head and dashed_label(line) and in_block(lines, k)) \
            or (k >= tail_start and not dialogue and dashed_label(line)) \
            or (k >= tail_start and _repeats_headline(line, kept_head)) \
            or (head and story_tag(lines, k)) \
            or _teaser_of(lines, k) \
            or (head and (caption(line, captions) or (bool(kept) and k + 1 in text_at and photo_caption(line)))) \
            or (head and credited(line, credits)) \
            or (head and bool(kept) and doubled(lines, k)) \
            or (k - 1 == last_kept and shown_twice(lines, k)) \
            or (name_line(line) and head and not over_subtitle(lines, k))
        # an author's byline after the text, and the post or outlet under it ("Sabir Şahtaxtı" / "AZƏRTAC-ın xüsusi
        # müxbiri")
        byline = k >= tail_start and ((name_line(line) and signs_off(lines, k, list_at))
                                      or (k - 1 == byline_at and under_byline(line)))
        byline_at = k if byline else byline_at
        reason = reason or byline
        dateline = whole_dateline(line)
        after_dateline = dateline is not None
        if reason:
            out.dropped.append(line.strip())
            notice_at = p if notice(line) else notice_at
            if head and caption(line, captions):
                pass  # a photo's caption dates the photo, not the page ("... in Astana, Kazakhstan Nov. 3, 2023.")
            elif head and not kept_head and _masthead_day(line):
                today = today or dateline.date
            elif dateline and head:  # "• 13 yanvar, 2026" under the rubric: a bullet, and still the page's date
                out.date = _finer(out.date, dateline.date)
            elif head or field_label(line.strip()):
                out.date = out.date or _stamp_date(line)  # "Publication date: December 5, 2017, 17:20" below too
            elif k >= tail_start and CITATION.search(line):
                # the newspaper an archive page cites after its text dates it ("Azərbaycan.- 2012.- 13 mart.- S. 5.")
                out.date = out.date or find_date(line) or ""
            continue
        if dateline and head and in_block(lines, k):
            # a dateline on a line of its own inside the lead's paragraph ("2 Dekabr 2015" / "Baku, December 2,
            # AZERTAC" / "President ... has received ..."): a dateline paragraph of its own is the structure's
            out.dropped.append(line.strip())
            out.date = _finer(out.date, dateline.date)
            out.place = out.place or dateline.place
            continue
        if not glued_seen and k <= head_end and is_running_text(line):
            # the first line of text may open with site text run onto it (ingest.glued)
            glued_seen = True
            cut = glued_prefix(line, (kept[hp][hi] for hp, hi in kept_head.values()))
            if cut.end:
                out.dropped.append(line[:cut.end].strip())
                line = line[cut.end:]
        found = None
        # ... and a dateline with its place run onto slashes ("Baku/12/23/23/Turan: On December 22, ...") may open any
        # of the first lines of text, under a headline the page repeats
        if not glued_dateline_seen and dateline is None and (
                k <= head_end or (k == second_text and (WIRE_PLACE.match(line) or _dated_dateline(line)))
                or (k in text_at[:_SLASHED_AT] and SLASHED_PLACE.match(line))):
            found = leading_dateline(line)
            if found:
                glued_dateline_seen = True
                out.dropped.append(line[:found.end].strip())
                out.date = _finer(out.date, found.date)
                out.place = out.place or found.place
                line = line[found.end:]
                out.dated.append(line)
        if k < head_end:
            seen.add(line_key(line))  # the page may repeat its headline with its tags ("... qəbul edib - YENİLƏNİB")
            line = headline_without_tags(line).lstrip("".join(DOT_BULLET) + " ")  # "• Zərif ... danışıb"
        key = line_key(line)
        if key in kept_head and (found or (k >= head_end and is_running_text(line))):
            # the lead a page shows above its dateline as a teaser and again after it counts once, as the text
            hp, hi = kept_head.pop(key)
            out.dropped.append(kept[hp][hi].strip())
            kept[hp][hi] = None
        seen.add(key)
        kept.setdefault(p, []).append(line)
        last_kept = k
        if k < head_end:
            kept_head[key] = (p, len(kept[p]) - 1)
        elif k == head_end and ends_sentence(line.strip(), ("?",)):
            asking = (p, len(kept[p]) - 1)  # a headline that asks reads as text: it may still be the headline
    if last_kept >= tail_start and lines[last_kept][1].rstrip().endswith(":") and kept.get(lines[last_kept][0]) \
            and any(CONTACT.match(line.strip()) or _PHONE.search(line) for _, line in lines[last_kept + 1:last_kept + 3]):
        # the page's last kept line, after the text, introduces the site's contacts, all dropped: a footer's
        # "Şikayət və təkliflər üçün qaynar xətt:" over "Əlaqə whatsapp: +994 77 530 95 85"
        out.dropped.append(kept[lines[last_kept][0]].pop().strip())
    head = [(hp, hi) for hp, hi in kept_head.values() if kept[hp][hi] is not None]
    if asking and head:
        head.append(asking)
    for k in labels_over_title([kept[hp][hi] for hp, hi in head]):
        hp, hi = head[k]
        out.dropped.append(kept[hp][hi].strip())
        kept[hp][hi] = None
    out.date = out.date or today
    out.paragraphs = ["\n".join(x for x in kept[p] if x is not None) for p in sorted(kept)]
    out.paragraphs = _without_copies([para for para in out.paragraphs if para], out.dropped)
    return out


_COPY_RUN = 2  # paragraphs: a page that shows its article twice repeats at least this many in a row


def _without_copies(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """The paragraphs without a second copy of the article: a run of paragraphs of running text that each repeat
    one met before, word for word (a page that prints its text twice). A sentence said twice stays."""
    first: set[str] = set()
    copy = [False] * len(paragraphs)
    for k, para in enumerate(paragraphs):
        # word for word as the page gives it (the paragraphs are stripped lines already); the page's last paragraph
        # may be a copy the store cut short
        copy[k] = para in first or (k == len(paragraphs) - 1 and len(para) >= _HEADLINE_CHARS
                                    and any(earlier.startswith(para) for earlier in first))
        first.add(para)
    keep = []
    k = 0
    while k < len(paragraphs):
        end = k
        while end < len(paragraphs) and copy[end]:
            end += 1
        if sum(is_running_text(p.split("\n")[0]) for p in paragraphs[k:end]) >= _COPY_RUN:
            dropped.extend(paragraphs[k:end])
            k = end
            continue
        keep.append(paragraphs[k])
        k += 1
    return keep


def _teaser_of(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k is a teaser the store cut with an ellipsis, and a line just below gives it whole: "Россия и
    Азербайджан ... посетил Баку с государственным..." over the paragraph that goes on."""
    line = lines[k][1].strip()
    if not line.endswith(("...", "\u2026")):
        return False
    prefix = line.rstrip(".\u2026 ")
    return len(prefix) >= _TEASER_CHARS and any(
        other.strip().startswith(prefix) and len(other.strip()) > len(prefix) + 1
        for _, other in lines[k + 1:k + 1 + _TEASER_SCAN])


def _without_counter(line: str, dropped: list[str]) -> str:
    """The line without a counter the copy ran onto its last sentence ("... fəaliyyətini dayandırıb. 03")."""
    counter = _TRAILING_COUNTER.search(line, max(0, len(line) - TAIL))
    if counter is None or whole_dateline(line) or leading_dateline(line):
        return line  # "BAKU, Azerbaijan, Dec. 26": a day after its month
    before = line[:counter.start()].rsplit(None, 1)[-1:]
    if before and lower_any(before[0].strip(".")) in month_prefixes():
        return line
    dropped.append(counter.group(1))
    return line[:counter.start(1)].rstrip()


def _home_trail(line: str) -> Optional[re.Match]:
    trail = _SLASHED_TRAIL.match(line)
    return trail if trail and is_boilerplate(trail.group(0).split(" / ", 1)[0]) else None


def _trails_cut(lines: list[tuple[int, str]], dropped: list[str]) -> list[tuple[int, str]]:
    """The page's head without its breadcrumb trails ("Today.Az » Politics » President Ilham Aliyev received ...",
    "Əsas Səhifə > Политика > ..."): the steps are chrome; a last step of a headline's length is the headline, which
    a page copied without its own headline has only there (and a page that repeats it counts once)."""
    out = []
    for k, (p, line) in enumerate(lines):
        trail = (_TRAIL.match(line.strip()) or _home_trail(line.strip())) if k < HEAD_SCAN else None
        if trail is None:
            out.append((p, line))
            continue
        last = line.strip()[trail.end():].strip()
        if len(last.split()) > LABEL_WORDS:
            dropped.append(trail.group(0).strip())
            out.append((p, last))
        else:
            dropped.append(line.strip())
    return out


def _body_script(text: list[str]) -> str:
    """The script most lines of running text are in (lang.line_script): one line with an ə (a name, an Azerbaijani
    site's title among English ones) does not make an English page's body Azerbaijani."""
    counts = Counter(line_script(line) for line in text)
    counts.pop("", None)
    if not counts:
        return ""
    latin = counts["latin"] + counts["latin-az"]
    if counts["cyrillic"] > latin:
        return "cyrillic"
    return "latin-az" if 2 * counts["latin-az"] >= latin else "latin"


_HEADLINE_CHARS = 20  # a line kept above the text this long may be its headline


def _repeats_headline(line: str, head: Collection[str]) -> bool:
    """A line after the text that ends with a line kept above it, after the site's name: the page's trailer
    repeating its headline ("AZERTAG.AZ :OSCE PA president visits National Parliament of Azerbaijan")."""
    key = line_key(line)
    return any(key.endswith(h) and key != h for h in head if len(h) >= _HEADLINE_CHARS) and len(key) < 2 * LONGEST


def _stamp_date(line: str) -> str:
    """The date of a short head line dropped as chrome: a stamp in the site's own form, with its site name or
    counter ("24 February 2006 [10:06] - Today.Az", "2017-04-11 16:50 | www.trend.az | 0", "Tarix: 25.04.2018",
    "Politics Materials 26 December 2020 10:46 (UTC +04:00)") is still the page's date. An image's address is
    not: its cache-busting stamp is when the file changed ("thumb.jpg?2021-02-17+09%3A23")."""
    if len(line.split()) > 2 * SHORT_WORDS or IMAGE.match(line.strip()):
        return ""
    return find_date(line) or ""


def _dated_dateline(line: str) -> bool:
    """A dateline with a whole date opens the line: "Prague, 5 February 2004 (RFE/RL) -- Russia and ...", under a
    standfirst that is a sentence."""
    found = leading_dateline(line)
    return found is not None and len(found.date) == len("2004-02-05")


def _masthead_day(line: str) -> bool:
    """A weekday and a date with no time, above the headline: the site's masthead says what day it is ("Tuesday
    January 6 2026" over the item's "5 January 2026 16:58 (UTC+04:00)"); the page's own stamp wins."""
    return opens_with_weekday(line) and not CLOCK.search(line) and whole_dateline(line) is not None


def _finer(known: str, found: str) -> str:
    """The more precise of two ISO dates that agree: a month-only index prefix gives way to the day the
    dateline names; a date that disagrees never replaces the one already read."""
    if not known or (found and len(found) > len(known) and found.startswith(known)):
        return found or known
    return known
