"""Whether one line is site chrome by its own look and where it stands (ingest.chrome asks it of every line).

The rules are read in order, cheapest and surest first: an image, a citation or notice at the text's edge, the
headline repeated, a list item's "read more", a photo credit, a line of symbols, another script than the body's,
a counter or icon, a widget; at the edges (``edge``: before or after the running text) also bullets, a page's
fields, a relative time, contact lines, author's initials, the site's name; in the head clock times, stamped
captions, alt text and one-word tags in lower case, the site's contacts, and a rubric with the date over the
headline.
"""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.ingest.captions import SHORT_WORDS
from workbench.ingest.dateline import whole_dateline
from workbench.ingest.head_lines import DOT_BULLET, IMAGE
from workbench.ingest.metadata import find_date
from workbench.ingest.line_kinds import (CITATION, LONGEST, TERMINAL, control_row, is_running_text, notice,
                                         section_label, symbolic, tag_row)
from workbench.ingest.paragraphs import ends_mid_phrase, line_key, salutation
from workbench.ingest.tags import TAIL, field_labels
from workbench.lang import foreign_by_words, foreign_script, lower_any
from workbench.sectionbreak import is_break

# a clock time as a stamp gives it; one with a case ending is said by the text ("saat 16:00-da"), no stamp
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b(?!-[^\W\d_])")
_BULLET = DOT_BULLET + tuple("–—")
# "Photo: Press service ...", "Photo source: picture from an open source", "Фото с сайта Кремля", "Photo by ...",
# "Foto: ...", a caption before its credit ("Дмитрий Песков Фото: Наталья Шатохина/NEWS.ru")
@cache
def _photo_field() -> str:
    """"Photo:", "Photo source:", "Фото:" (data [photo_words], [photo_field_words])."""
    photo = "|".join(vocab.words("any", "photo_words"))
    field = "|".join(vocab.words("any", "photo_field_words"))
    return rf"(?:{photo})(?:\s+(?:{field}))?\s*:"


@cache
def credit_line() -> re.Pattern[str]:
    """A photo credit, a source or a copyright line: "Photo: ...", "Источник:", "©"."""
    photo = "|".join(vocab.words("any", "photo_words"))
    return re.compile(rf"^(?:source|источник|mənbə)\s*:|(?:^|[\s(\[]){_photo_field()}"
                      rf"|^(?:{photo})\s+(?:by|from|courtesy|credit|с|из)\b"
                      r"|©|all rights reserved|все права защищены", re.IGNORECASE)


@cache
def _caption_opener() -> re.Pattern[str]:
    return re.compile(_photo_field(), re.IGNORECASE)


# an image's caption stamped with the site and a numeric date, as its alt text shows it ("Mixail Şvıdkoy - Sputnik
# Azərbaycan, 1920, 16.05.2023"): a date in digits ends the line after a comma (a dateline is a line of its own)
_STAMPED = re.compile(r",\s*\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\s*\Z")
# a page's counters and icons' alt texts: "7990 views", "1 234 просмотра", "Просмотров: 1276", "Baxış sayı: 857",
# "date icon"; a counter may share its line with the date ("Baxış sayı: 2839 | Tarix: 25.04.2018"); so is an item's
# code ("Reporter's code: 50101", "News Code 1849")
_COUNTED = r"(?:views?|read|просмотр\w*|прочитано|baxış\w*|baxılıb|oxunub|oxunma|comments?|комментари\w*|şərh\w*" \
           r"|" + "|".join(re.escape(w) for w in vocab.words("any", "item_code_labels")) + r")(?:\s+say[ıi]\w*)?"
_COUNTER = re.compile(rf"\A[/|]?\s*(?:\d[\d\s.,]*\s*(?:views?|просмотр\w*|baxış\w*|comments?|комментари\w*|отзыв\w*|reviews?"
                      rf"|rəy\w*|şərh|dəfə oxun\w*)\.?"
                      rf"|(?:{_COUNTED})\s*:?\s*\d[\d\s.,]*(?:times|раз)?)(?:\|[^|]{{0,40}})?\Z", re.IGNORECASE)
# a counter after the page's date on one line: "16 October 2020    Read: 796"
_DATED_COUNTER = re.compile(rf"\s(?:{_COUNTED})\s*:?\s*\d[\d\s.,]*\Z", re.IGNORECASE)
# a list item's link to the rest of it: "Распоряжение Президента ... Монако   подробно...", "... Read more »"
MORE_LINK = re.compile(r"\s(?:подробно|подробнее|read more|ətraflı|davamı)\s*(?:\.{3}|…|»|>)\s*\Z", re.IGNORECASE)
_POSTSCRIPTS = frozenset({"p.s.", "p.p.s.", "п.с.", "п.п.с."})  # a letter's postscript looks like initials
_AUTHOR_INITIALS = re.compile(r"\A(?:[^\W\d_]\.\s?){1,3}(?:,\s*(?:[^\W\d_]\.\s?){1,3})*\Z")
# a site's contact lines in its footer: "E-mail: ...", "Tel.: ...", "Ünvan: Mirqasımov küç. 4/41 Bakı"
CONTACT = re.compile(r"\A(?:e-?mail|tel|phone|fax|faks|телефон|тел|факс|адрес|address|ünvan)\s*\.?\s*:", re.IGNORECASE)
_ICON = re.compile(r"\A(?:[^\W\d_]+\s+){1,2}icon\Z", re.IGNORECASE)
_AGENCY_LINE = re.compile(r"^[^\W\d_][\w.-]{1,20}:$")  # "Trend:" on its own after a dateline
_WIDGET_WORDS = 4  # words of a widget cut after its preposition ("Follow Trend on"); a longer line is wrapped text


def is_chrome_line(line: str, head: bool, edge: bool, body_script: str, after_dateline: bool, seen: set[str],
                   title_follows: bool) -> bool:
    """Whether a line is chrome; ``head``: before the running text, ``edge``: before or after it."""
    stripped = line.strip()
    words = stripped.split()
    if IMAGE.match(stripped):
        return True  # an image as the copy shows it, its caption in its alt text
    if edge and ((len(stripped) <= 2 * LONGEST and CITATION.search(stripped) and not head) or notice(stripped)):
        return True  # the source an archive page cites after its text, the site's terms for quoting it (above or below)
    if edge and line_key(stripped) in seen and not is_running_text(stripped):
        return True  # the page repeats its headline, however long ("... for ITAR-TASS news agency and “Russia-24” TV channel")
    if edge and not head and MORE_LINK.search(stripped, max(0, len(stripped) - TAIL)):
        return True  # another item of the site's list, however long: "Распоряжение Президента ... подробно..."
    if head and stripped.startswith("©") and len(stripped) <= 2 * LONGEST:
        return True  # a photo credit with its caption glued on, however it ends ("© РИА Новости / ... | Перейти в
        # медиабанкПрезидент Азербайджана Ильхам Алиев во время заседания ..."); no text opens with a copyright sign
    if edge and tag_row(stripped):
        return True  # "Сергей Лавров Энтони Блинкен Россия США Украина Киев Стокгольм ...", however many
    if len(stripped) > LONGEST or len(words) > 2 * SHORT_WORDS or is_break(stripped):
        return False
    if symbolic(stripped):
        return True
    if credit_line().search(stripped) and (len(words) <= SHORT_WORDS or not stripped.endswith(TERMINAL)
                                       or _caption_opener().match(stripped)):
        # "Photo: Press service of the President of the Republic of Azerbaijan" runs longer, and a caption that
        # opens so is one however it ends ("Photo: Azerbaijani President Ilham Aliyev and ... (archive picture)")
        return True
    if edge and stripped.startswith("©") and not stripped.endswith(TERMINAL):
        return True  # a photo credit with the caption glued to it ("© Sputnik / Murad OrujovRusiya ...")
    if foreign_script(stripped, body_script) or (edge and foreign_by_words(stripped, body_script)):
        return True  # another language's line: the sister page's title, a menu in the site's language
    if _COUNTER.match(stripped) or _ICON.match(stripped) or control_row(words):
        return True
    counted = _DATED_COUNTER.search(stripped)
    if counted and whole_dateline(stripped[:counted.start()]) is not None:
        return True
    if "ctrl+enter" in stripped.lower().replace(" ", ""):
        return True  # "Mətndə səhv var? Onu siçanla seçin və Ctrl+Enter düyməsini basın.": a widget
    if after_dateline and _AGENCY_LINE.match(stripped):
        return True
    if not edge:
        return False
    if stripped.startswith(_BULLET) and len(words) <= SHORT_WORDS and not salutation(stripped, ",!"):
        return True  # a menu's bullet; a speech's salutation after its dash stays ("— Уважаемый Ильхам Гейдарович!")
    if field_label(stripped):
        return True  # "Bölmə: Siyasət, BLOK XƏBƏR", "Автор: Эмин Алиев, главный редактор АМИ Trend"
    if _relative_time().match(stripped):
        return True  # "(1 час назад)": when the page was updated
    if CONTACT.match(stripped) and not head:
        return True
    if _AUTHOR_INITIALS.match(stripped) and not head and stripped.replace(" ", "").lower() not in _POSTSCRIPTS:
        return True  # the author's initials after the text: "О.Г.", "Р.Д., И.А."
    if not head and len(words) == 1 and stripped.isalpha() and not stripped.islower():
        return True  # the agency's or site's name after the text: "AzərTAc", "APA"
    if len(words) <= _WIDGET_WORDS and ends_mid_phrase(stripped):
        return True  # a widget whose icons followed its words: "Follow Trend on", "Share on"
    if head and CLOCK.search(stripped) and whole_dateline(stripped) is None:
        return True  # "Details added (first version posted on March 29, 15:07)"; a note after the text stays
    if head and _STAMPED.search(stripped) and whole_dateline(stripped) is None:
        return True  # a caption or banner with the site's name and a date
    if head and stripped[:1].islower() and not stripped.endswith(TERMINAL) \
            and (len(words) == 1 or any(lower_any(w) in _image_words() for w in words)):
        # an image's alt text ("news banner image Desktop news banner image Mobile"), a story's tag ("landslide"):
        # no headline is one word in lower case
        return True
    if title_follows and _labelled_stamp(stripped):
        return True  # "Press release 17 July 2022" over the headline: a rubric and the page's date
    if head and _EMAIL.search(stripped) and not is_running_text(stripped):
        return True  # the site's contacts: "info@site.gov.tm 68-91-55; 39-03-85 проспект Арчабил, г. Ашхабад"
    return title_follows and section_label(stripped)


@cache
def _image_words() -> frozenset[str]:
    return frozenset(vocab.words("any", "image_words"))


_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}")
_STAMP_LABEL_WORDS = 3  # words of a rubric before the date on a stamp line


def _labelled_stamp(line: str) -> bool:
    """A rubric and a whole date, nothing after it: "Press release 17 July 2022", "Politics 26 December 2020"."""
    found = _DATE_AT_END.search(line)
    if found is None or found.start() == 0:
        return False
    rubric = line[:found.start()].split()
    return len(rubric) <= _STAMP_LABEL_WORDS and all(w[:1].isupper() or w.islower() for w in rubric) \
        and rubric[0][:1].isupper() and find_date(line[found.start():]) != ""


_DATE_AT_END = re.compile(r"\s\d{1,2}\s+[^\W\d_]{3,}\.?\s+\d{4}\s*\Z")


@cache
def _relative_time() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in vocab.words("any", "relative_time"))
    return re.compile(rf"\A\(?\d{{1,3}}\s+[^\W\d_]+\s+(?:{words})\)?\Z", re.IGNORECASE)


def field_label(line: str) -> bool:
    """A page's field, its label and value on one line: section, author, tags, date (data [field_labels])."""
    return field_labels().match(lower_any(line)) is not None
