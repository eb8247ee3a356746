"""Where a line stands in a page's head, judged from the lines around it: the headline over its dateline, the
site's short labels over the headline, a headline shown twice, a rubric over a bullet, a story's tag. ingest.chrome
asks these of each line above the running text."""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.ingest.captions import HEAD_SCAN, caption
from workbench.ingest.dateline import leading_dateline, whole_dateline
from workbench.ingest.metadata import find_date
from workbench.ingest.line_kinds import (LABEL_WORDS, LONGEST, TERMINAL, dashed_label, is_running_text, label, name_line,
                                         section_label)
from workbench.ingest.paragraphs import ends_sentence, line_key, question_label, salutation

# an image left in the copy: "<image>/images/icon-size.png</image>", "<img src=...>", "![alt](url)"
IMAGE = re.compile(r"\A(?:<image>[^<>]*</image>|<img\b[^<>]*>|!\[[^\]]*\]\([^()\s]*\))+\Z")
DOT_BULLET = tuple("•·▪►◦●■□")
_HEADLINE_WORDS = 6  # words: a headline under a rubric is at least this long (a subtitle under a name is shorter)
_TWICE_WORDS = 4  # words: a line this long said twice in a row is a copy
_TITLE_WORDS = 5  # words: the first line above the text this long is the headline (shorter ones over it are labels)
_TEASED_WORDS = 4  # words of a headline a teaser under it may open with
_HEADLINE_MAX = 25  # words: a line over a rubric and a date this short is the headline, however it ends
_HEAD_ITEMS = 3  # bulleted headlines in a row above the text: a list of other articles
_TAG_LIST_WORDS = 6  # words: a story tag a comma ends above the text is this short


def title_over_dateline(lines: list[tuple[int, str]], first_text: int) -> tuple[int, int]:
    """Where the headline and the dateline under it stand when a dateline line of its own follows the headline
    before any text ("Meeting with President of Azerbaijan Ilham Aliyev" / "July 20, 2021, The Kremlin, Moscow"),
    else (-1, -1). What stands above that headline is the site's header: its name, settings panel and breadcrumb
    ("View settings", "Official website of the President of Russia", "Transcripts /"); a rubric stands between
    the two ("Xarici siyasət")."""
    # the dateline nearest the text: a site may date the page in its header too ("Azernews.Az" / "Friday February 6
    # 2026" / headline / "6 February 2026 18:34 (UTC+04:00)")
    for k in range(min(first_text, HEAD_SCAN) - 1, 0, -1):
        if not whole_dateline(lines[k][1]) or whole_dateline(lines[k - 1][1]):
            continue
        title = k - 1
        while title > 0 and (label(lines[title][1]) or IMAGE.match(lines[title][1].strip()) or name_line(lines[title][1])
                             or caption(lines[title][1], set())
                             or (quoted_name(lines[title][1]) and not label(lines[title - 1][1]))):
            # a rubric, image, byline or photo's caption between the headline and its date ("Foreign policy" / "• 21
            # October, 2025"; "... in Baku. Photo by PM's press office" / "Agenda.ge, 11 Sep 2014 - 14:34, Tbilisi";
            # the site's name in quotes under the headline: '"Москва-Баку"' / "12.07.2016 10:37"; under a menu's
            # label it is the headline: "Новости" / "«Время действовать»")
            title -= 1
        # a teaser that opens with a headline above it is that headline's ("... başsağlığı verib" / "... başsağlığı
        # verib Dekabrın 26-da ... zəng edib." / "Xarici siyasət" / "26 Dekabr , 2024 14:04")
        key = line_key(lines[title][1])
        above = next((j for j in range(title) if len(lines[j][1].split()) >= _TEASED_WORDS
                      and key.startswith(line_key(lines[j][1]) + " ")), None)
        if above is not None:
            return above, k
        # a headline may end like a sentence ('... CAVAB: “Ona demişəm ki...”'): over a rubric it is still one
        headline = title < k - 1 and len(lines[title][1].split()) <= _HEADLINE_MAX
        return (-1, -1) if is_running_text(lines[title][1]) and not headline else (title, k)
    return -1, -1


def quoted_name(line: str) -> bool:
    """A short name wholly in quotes, on a line of its own: a site's or paper's byline ('"Москва-Баку"')."""
    stripped = line.strip()
    return len(stripped) > 2 and stripped[0] in "\"«“„" and stripped[-1] in "\"»”" \
        and len(stripped.split()) <= LABEL_WORDS and not any(c in stripped[1:-1] for c in ".!?")


def labels_over_title(head: list[str]) -> list[int]:
    """Which of the lines kept above the text (``head``, in order) are the site's own short lines over its
    headline, which no rule knew: a rubric or section name ("Бывший СССР", "В мире22", "Найти в Дзене" over "Песков:
    в Кремле не видели признаков ..."). The headline is the first head line of _TITLE_WORDS or more, no longer than a
    headline runs, and it ends with no stop (a line that does may be the lead under a short title; a headline may
    ask, but a line that exclaims is a turn's greeting as often, and a question label opens no headline); every
    line above it but the page's date must be a short one (LABEL_WORDS at most) that ends no
    sentence, holds no comma (a letter's "Cəfər Məmmədovdan, Gəncə, Azərbaycan") and names no one (a name over its
    subtitle stays), else nothing is dropped. A short title over a longer subtitle is no label over a headline: the
    title is under _TITLE_WORDS."""
    words = [len(line.split()) for line in head]
    title = next((k for k, n in enumerate(words) if n >= _TITLE_WORDS), 0)
    if title == 0 or words[title] > _HEADLINE_MAX or ends_sentence(head[title].strip(), (".", "…", ":", ";", "!")) \
            or question_label().match(head[title]) or labelled_question(head[title]):
        return []
    above = [k for k in range(title) if whole_dateline(head[k]) is None]
    if all(words[k] <= LABEL_WORDS and "," not in head[k] and not name_line(head[k])
           and not ends_sentence(head[k].strip()) for k in above):
        return above
    return []


def shown_twice(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k repeats the line right above it word for word, and is long enough to be a headline or a sentence: the
    page shows its headline twice ("What did Lavrov discuss with ...?" over itself, where a question mark makes it
    read as text). A short line may be said twice ("Спасибо." / "Спасибо."). Asked only when the line above was
    kept: a copy another rule set aside leaves this one the only one."""
    return k > 0 and len(lines[k][1].split()) >= _TWICE_WORDS and line_key(lines[k][1]) == line_key(lines[k - 1][1])


def labelled_question(line: str) -> bool:
    """A question after a person's name and a colon ("Tuttı Larsen: Sizin təşkilat nə edir?"): an interview's first
    turn, not a headline that asks."""
    label, colon, _ = line.partition(":")
    return bool(colon) and line.rstrip().endswith("?") and name_line(label)


def labels_over_shown_twice(lines: list[tuple[int, str]], head_end: int) -> int:
    """Where a headline the head shows twice first stands, when only short labels stand above it: the site's
    name over it ("Xəzər Xəbər" / headline / "Gündəm | 15:59 • 14 May 2021" / headline); or a list of other items,
    bulleted, with their stamps ("• Press release on a briefing ... December 3, 2020" / "mid-live-video-start
    3 December 2020 15:00"); else -1."""
    keys = [line_key(line) for _, line in lines[:head_end]]
    for k, key in enumerate(keys):
        if k and key and key in keys[k + 1:] and not is_running_text(lines[k][1]):
            return k if _labels_or_list([line for _, line in lines[:k]]) else -1
    return -1


def _labels_or_list(lines: list[str]) -> bool:
    """Short labels, or the items of a list of other articles: bulleted lines, and the stamps under them."""
    listed = False
    for line in lines:
        stripped = line.strip()
        listed = listed or (stripped.startswith(DOT_BULLET) and not is_running_text(stripped))
        if not (label(line) or (listed and not is_running_text(stripped)
                                and (stripped.startswith(DOT_BULLET) or find_date(stripped)))):
            return False
    return True


def rubric_over_headline(lines: list[tuple[int, str]], k: int, head_end: int) -> bool:
    """The page's first line is a rubric over the headline ("Day newsfeed", "Новости", "В мире" over "Vladimir
    Putin and Ilham Aliyev spoke over the phone"): a label of one word or with a word in lower case, and the next
    line a headline of _HEADLINE_WORDS or more that ends no sentence. A name over a subtitle ("Ramazan
    Abdulatipov" / "Former Head of the Republic of Dagestan") and a title over the lead stay."""
    words = lines[k][1].split()
    if not label(lines[k][1]) or not (len(words) == 1 or any(w[:1].islower() for w in words)) \
            or k + 1 >= head_end:
        return False
    nxt = lines[k + 1][1].strip()
    return len(nxt) <= LONGEST and len(nxt.split()) >= _HEADLINE_WORDS \
        and not nxt.rstrip(")»\"”’'").endswith(TERMINAL) and whole_dateline(nxt) is None


def rubric_tagline(lines: list[tuple[int, str]], k: int, head_end: int) -> bool:
    """Line k describes the rubric in capitals above it, the two a block of their own over the headline's ("QARABAĞ" /
    "Azərbaycanın Qarabağ bölgəsinin ... barədə aktual xəbərlər", then "Ceyhun Bayramov ... anladıb"): it ends
    its block with no stop, and the next block opens with a headline, a line of _HEADLINE_WORDS or more that is
    neither text nor a date (a stamp there, "02.05.2020 [01:00]", makes line k the headline)."""
    p = lines[k][0]
    if not (0 < k < head_end - 1 and lines[k - 1][0] == p and lines[k + 1][0] != p and section_label(lines[k - 1][1])):
        return False
    nxt = lines[k + 1][1].strip()
    return not ends_sentence(lines[k][1].strip()) and len(nxt.split()) >= _HEADLINE_WORDS \
        and not is_running_text(nxt) and whole_dateline(nxt) is None


def agency_over_dateline(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k is one word, the agency the dateline opening the next line names ("Sputnik" over "BAKI, 8 oktyabr —
    Sputnik. Azərbaycan ..."): the site's credit under its standfirst."""
    word = lines[k][1].strip()
    if k + 1 >= len(lines) or " " in word or not word[:1].isupper() or len(word) > _AGENCY_CHARS:
        return False
    nxt = lines[k + 1][1]
    found = leading_dateline(nxt) or whole_dateline(nxt)
    return found is not None and word.lower() in nxt[:found.end].lower()


_AGENCY_CHARS = 25


def story_thread(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k names the story thread the label above it in its block announces ("Сюжет" / "Обострение между Москвой и
    Баку"): a short line with no stop (data [story_labels])."""
    if k == 0 or lines[k - 1][0] != lines[k][0]:
        return False
    line = lines[k][1].strip()
    return line_key(lines[k - 1][1]).strip(":") in _story_labels() and len(line.split()) <= LABEL_WORDS * 2 \
        and not ends_sentence(line)


@cache
def _story_labels() -> frozenset[str]:
    return frozenset(vocab.every_lang("story_labels"))


def over_bullet(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k stands over a bulleted line of its paragraph: a rubric over the page's date and time ("Domestic
    policy" / "• 02 March, 2026" / "• 17:46"), never a title, even when the copy starts there. (A dash opens a
    reply in a Russian interview too: a dash counts only before a label.)"""
    if k + 1 >= len(lines) or lines[k + 1][0] != lines[k][0]:
        return False
    nxt = lines[k + 1][1].lstrip()
    return nxt.startswith(DOT_BULLET) or dashed_label(nxt)


def in_block(lines: list[tuple[int, str]], k: int) -> bool:
    """Line k shares its paragraph with another line: it sits in the page's header block ("Foreign policy" /
    "• 21 October, 2025"; headline / "Xроника"; "Asif Mehman" / "Read more"), not alone as a subtitle
    ("бывший Президент СССР" under "Михаил Горбачев")."""
    p = lines[k][0]
    return (k > 0 and lines[k - 1][0] == p) or (k + 1 < len(lines) and lines[k + 1][0] == p)


def title_follows(lines: list[tuple[int, str]], k: int, head_end: int) -> bool:
    """Some later head line could be the headline: not a dateline, not a speech's salutation ("— Уважаемый Ильхам
    Гейдарович!" under "РЕЧЬ ПРЕЗИДЕНТА РОССИИ ДМИТРИЯ МЕДВЕДЕВА", the title in capitals), and not in capitals unless
    it runs to a headline's length ("RƏSMİ SƏNƏDLƏR" over "AZƏRBAYCAN RESPUBLİKASININ PREZİDENTİ ... HEYDƏR ƏLİYEVƏ")."""
    return any(whole_dateline(line) is None and not salutation(line, ",!")
               and (not line.strip().isupper() or len(line.split()) >= _HEADLINE_WORDS)
               for _, line in lines[k + 1:head_end])


def story_tag(lines: list[tuple[int, str]], k: int) -> bool:
    """A story's tag above the text, run on with a comma ("Конфликт Армении и Азербайджана,"): no salutation, no
    turn's label ("Heydar Aliyev: Mr Putin,"), and
    no heading whose place and date the next line gives ("Брифинг ... М.В.Захаровой," / "Москва, 12 мая 2016 года")."""
    line = lines[k][1].strip()
    if not line.endswith(",") or len(line.split()) > _TAG_LIST_WORDS or salutation(line) or ":" in line:
        return False
    return k + 1 >= len(lines) or whole_dateline(lines[k + 1][1]) is None


def bulleted_headlines(lines: list[tuple[int, str]], head_end: int) -> set[int]:
    """The head lines in runs of _HEAD_ITEMS or more bulleted headlines: other articles listed above the text
    ("- Azərbaycan nümayəndəsi BMT-də komitə sədrinin müavini seçilib" / "- Tiflis qarışdı: ..." / ...). An item
    is longer than a label and ends no sentence (an interview's dash turns do)."""
    out: set[int] = set()
    run: list[int] = []
    for k in range(head_end + 1):
        line = lines[k][1].strip() if k < head_end else ""
        item = line[:1] in "-\u2013\u2014" + "".join(DOT_BULLET) and line[1:2] == " " \
            and len(line.split()) > LABEL_WORDS + 1 and not line.endswith(TERMINAL)
        if item:
            run.append(k)
            continue
        if len(run) >= _HEAD_ITEMS:
            out.update(run)
        run = []
    return out
