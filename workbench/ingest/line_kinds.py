"""What one line of a page is, read on its own: running text, a label or rubric, a legal notice, a row of
symbols or controls. ingest.chrome decides from these and from where a line stands whether it is chrome."""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.ingest.dateline import names_place, whole_dateline
from workbench.ingest.paragraphs import ends_sentence
from workbench.sectionbreak import is_break

LONGEST = 200  # characters: a longer line is never chrome, whatever it is made of
# a word of a person's name: a capital, then letters with one in lower case ("Gasimov", "Seymurqızı", "Хоштария",
# "Bulbul-oglu"); a word in capitals is a rubric's ("SİYASƏT")
_NAME_WORD = re.compile(r"[^\W\d_a-zа-яёəıöüğşç][^\W\d_]*[a-zа-яёəıöüğşç][^\W\d_]*(?:[-'’][^\W\d_]+)?")
TAG_WORDS = 8  # words of a row of tags at least
_TAG_STOPS = frozenset(".,:;!?\"«»“”()")
_NAME_CHARS = 80  # a longer line is no name (and the outlet's pattern is never run over a long line)
# the outlet after a byline: 'Нана Хоштария "Москва-Баку"', "Maria Novoselova / Vestnik Kavkaza"
_OUTLET = re.compile(r"\s+(?:[\"«“„][^\"«»“”]{2,30}[\"»”]|[/|]\s+[^/|]{2,30})\s*\Z")
TERMINAL = tuple(".!?…:;»\"”’)")
# a site's terms for quoting it, after the text ("Media can quote materials of with hyperlink to the certain material
# quoted. The hyperlink should be placed ..."): sentences, but never the article's
# and the site's word to its readers on the same line as its greeting ("Dear User, please take into the consideration
# ..."; a letter's salutation is a line of its own)
_NOTICE = re.compile(r"hyperlink|гиперссылк|hiperlink|hiperistinad"
                     r"|\A(?:dear (?:user|reader|visitor)s?|уважаем\w* (?:пользовател|читател|посетител)\w*"
                     r"|hörmətli (?:oxucu|istifadəçi|ziyarətçi)\w*)\s*[,!]\s*\S", re.IGNORECASE)
# the site's legal lines, which may be sentences too: a disclaimer, a rights notice, a cookie or script banner (lower case, as
# substrings: cheaper than a regex, on every line of running text). Looked for in lines no longer than 2 * LONGEST
_LEGAL = ("without warranty of any kind", "cookie", "kukilər", "all rights reserved", "все права защищены",
          "bütün hüquqlar qorunur", "enable javascript", "включите javascript",
          # a comment form's and a reprint notice's words
          "will not be published", "не будет опубликован", "dərc edilməyəcək", "written permission",
          "письменного разрешения", "yazılı icazə")
# a bibliographic reference an archive page ends with: "... - Azerneshr, Baku - 2004, vol. XIII, p. 387-388."
CITATION = re.compile(r"\b(?:19|20)\d{2}\b.*\b(?:p|pp|s|с|стр|səh)\.\s*\d+", re.IGNORECASE)
_TEXT_WORDS = 8  # a line of running text has at least this many words and ends a sentence
LABEL_WORDS = 3  # words: a rubric under the headline ("Foreign policy") is this short


def notice(line: str) -> bool:
    """The site's terms for quoting it, or one of its legal lines (_LEGAL)."""
    if _NOTICE.search(line):
        return True
    low = line.lower() if len(line) <= 2 * LONGEST else ""
    return any(phrase in low for phrase in _LEGAL)


def label(line: str) -> bool:
    """A section label, rubric or byline under the headline ("Foreign policy", "Внешняя политика", "Asif Mehman"):
    three words at most, no digit, no punctuation at its end. Above the text, after the title, such a line is
    never a sentence of it."""
    stripped = line.strip()
    words = stripped.split()
    return (0 < len(words) <= LABEL_WORDS and not any(c.isdigit() for c in stripped)
            and not stripped.endswith(TERMINAL + (":", ",")) and not is_break(stripped))


def dashed_label(line: str) -> bool:
    """A menu's item under a dash ("- Главная", "- Политика"): a label, never an interview's reply, which
    says something and ends on a stop."""
    stripped = line.lstrip()
    return stripped.startswith(("-", "–", "—")) and label(stripped.lstrip("-–— "))


def section_label(line: str) -> bool:
    """A section label in capitals ("OFFICIAL NEWS", "ВНЕШНЯЯ ПОЛИТИКА"): short, no sentence end."""
    stripped = line.strip()
    return (stripped.isupper() and len(stripped.split()) <= 5 and not stripped.endswith(TERMINAL)
            and not is_break(stripped))


def is_running_text(line: str) -> bool:
    """Eight words or more ending a sentence (before closing quotes or brackets)."""
    stripped = line.strip()
    return (len(stripped.split()) >= _TEXT_WORDS and ends_sentence(stripped)
            and not CITATION.search(stripped))


def symbolic(line: str) -> bool:
    """More symbols and digits than letters: "+ ↺ − 16 px", "| | |", "1 2 3 4 5 »"."""
    stripped = line.rstrip()
    if stripped[-1:] in ".!?" and stripped[-2:-1].isalpha():
        return False  # a short sentence with a number in it: "365 gün.", "7 May."
    chars = [c for c in line if not c.isspace()]
    letters = sum(c.isalpha() for c in chars)
    return bool(chars) and letters < 0.5 * len(chars) and whole_dateline(line) is None


def control_row(words: list[str]) -> bool:
    """A row of controls: numbers and one word over and over ("12 Punto 14 Punto 16 Punto 18 Punto")."""
    names = [w.lower() for w in words if w.isalpha()]
    return len(names) >= 2 and len(set(names)) == 1 and sum(w.isdigit() for w in words) >= 2 \
        and len(names) + sum(w.isdigit() for w in words) == len(words)


def name_line(line: str) -> bool:
    """A person's name alone on a line, with the outlet after it or not: two or three capitalised words and no
    function word ("Ali Gasimov", "Gülər Seymurqızı", 'Нана Хоштария "Москва-Баку"'). Where it stands says whether
    it is a byline, a photo's caption or a letter's signature."""
    if len(line) > _NAME_CHARS:
        return False
    words = _OUTLET.sub("", line.strip()).split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not any(w.lower() in _function_words() or names_place(w) for w in words)  # "Mövlud Çavuşoğlu Bakıda"


@cache
def _function_words() -> frozenset[str]:
    return frozenset(vocab.every_lang("stopwords")) | frozenset(vocab.words("any", "other_function_words"))


def tag_row(line: str) -> bool:
    """A row of a page's tags run onto one line: TAG_WORDS or more capitalised words with no function word and no
    punctuation ("Сергей Лавров Энтони Блинкен Россия США Украина Киев Стокгольм"). A headline has its verbs and
    function words, and is rarely that long without them."""
    if len(line) > LONGEST or line.isupper():
        return False  # a line all in capitals is a headline written so ("ПРЕЗИДЕНТ АЗЕРБАЙДЖАНА ВЫРАЗИЛ ..."); tags are not
    words = line.split()
    return len(words) >= TAG_WORDS and not any(c in _TAG_STOPS for c in line) \
        and all(w[:1].isupper() for w in words) and not any(w.lower() in _function_words() for w in words) \
        and not any(len(w) <= 3 and w[1:].islower() for w in words)  # a headline in title case: "... To President Of"
