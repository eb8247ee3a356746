"""Site text run into the first sentence without a break: what a copy of a page loses between the header
and the lead. Each rule is a small named function that returns where the text starts (0: no cut), so
`glued_prefix` can say which rule fired (razdel's debug mode):

- ``source_tag``: a wire service's tag in brackets ("(MENAFN- AzerNews) On February 26, ...", "(AZERTAC) ...");
- ``repeated_headline``: the headline the page showed above, shown again with the lead run onto it
  ("... Алексея Оверчука ВИДЕО23 января Президент ...");
- ``link_label``: a link's label and the site it names, glued onto the lead ("Читать на сайте Вестник
  КавказаПрезидент ...": data ``[link_labels]``);
- ``agency_name``: an agency's name in one word with a capital inside it, and its stop ("ArmInfo. Official ...").

Only the first line of text is looked at (ingest.chrome): deeper in a page, a bracket or a capital inside a word
is the text's own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Callable, Iterable, NamedTuple

from workbench import vocab
from workbench.lang import lower_any
from workbench.ingest.boilerplate import media_markers

_TAG = re.compile(r"\A\s*\((?P<tag>[^()\d]{2,30})\)\s*(?:[-–—]\s+)?(?=[\"«“„]?[^\W\d_])")
_TAG_WORDS = 3  # a wire tag names a service and a paper at most ("MENAFN- AzerNews")
_TEXT_AFTER = 40  # characters: what is left after a cut must be a sentence, not a fragment
_TITLE_WORDS = 5  # a headline shorter than this is too likely to open a sentence of the text itself
# a word with a capital inside it after a small letter: where a link's site name ends and the lead begins
_GLUE = re.compile(r"[^\W\d_A-ZА-ЯЁƏÖÜĞŞÇİ](?=[A-ZА-ЯЁƏÖÜĞŞÇİ][^\W\d_A-ZА-ЯЁƏÖÜĞŞÇİ])")
_SITE_WORDS = 4  # words of a site's name after a link label
_MARKER = re.compile(r"[\s\-–—:|]*([^\W\d_]+)?")  # separators, then the word after the headline


class Cut(NamedTuple):
    end: int  # where the text starts
    rule: str  # the rule that found it


@cache
def _link_labels() -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in vocab.every_lang("link_labels")}, key=len, reverse=True))


def source_tag(line: str, titles: Iterable[str] = ()) -> int:
    """A bracketed tag of up to three capitalised words before the text: "(MENAFN- AzerNews) On ..."."""
    m = _TAG.match(line)
    if not m:
        return 0
    words = m.group("tag").replace("-", " ").split()
    if not 0 < len(words) <= _TAG_WORDS or not all(w[0].isupper() for w in words):
        return 0
    return m.end()


def repeated_headline(line: str, titles: Iterable[str] = ()) -> int:
    """The line opens with a headline already kept above it, letters and digits alike (case, spaces and
    dashes aside), and a media tag glued after it ("ВИДЕО23 января") goes with it."""
    folded, where = _alnum(line)
    for title in titles:
        if len(title.split()) < _TITLE_WORDS:
            continue
        key, _ = _alnum(title)
        if key and folded.startswith(key) and len(folded) > len(key):
            end = _after_marker(line, where[len(key) - 1] + 1)
            # the text starts anew after the headline; a lead that goes on from its words ("... OSCE delegation
            # led by ...") repeats the headline inside its own sentence
            if len(line) - end >= _TEXT_AFTER and (line[end].isupper() or line[end].isdigit()):
                return end
    return 0


def link_label(line: str, titles: Iterable[str] = ()) -> int:
    """A link label ("Читать на сайте", "Read on") and a site name of a few words glued to the text by a capital
    inside a word ("Вестник КавказаПрезидент")."""
    lower = line.lower()
    label = next((w for w in _link_labels() if lower.startswith(w)), None)
    if label is None:
        return 0
    m = _GLUE.search(line, len(label))
    if not m or len(line[len(label):m.end()].split()) > _SITE_WORDS:
        return 0
    return m.end() if len(line) - m.end() >= _TEXT_AFTER else 0


# an agency's one-word name with a capital after a small letter inside it, then its stop: "ArmInfo. ", "AzerNews. "
_AGENCY = re.compile(r"\A\s*(?!Mc|Mac)[A-ZА-Я][a-zа-я]+[A-ZА-Я][A-Za-zА-Яа-я]*"
                     # its stop, or its short name in brackets and a dash ("CentralAsia (CA) - Президент ...")
                     r"(?:\.|\s\([A-ZА-Я]{2,6}\)\s[-–—])\s+(?=[\"«“„]?[A-ZА-ЯƏÖÜĞŞÇİ])")


def agency_name(line: str, titles: Iterable[str] = ()) -> int:
    """An agency's name of one word with a capital inside it, and its stop, before the text ("ArmInfo. Official
    Yerevan reacted ...", "CentralAsia (CA) - Президент ..."): a name of a person or place has no capital inside it
    ("McDonald" aside)."""
    m = _AGENCY.match(line)
    return m.end() if m and len(line) - m.end() >= _TEXT_AFTER else 0


RULES: tuple[Callable[..., int], ...] = (source_tag, link_label, agency_name, repeated_headline)


def glued_prefix(line: str, titles: Iterable[str] = ()) -> Cut:
    """Where the text starts on the first line of text, and which rule cut there; ``titles``: the lines kept
    above it (the headline)."""
    titles = list(titles)
    for rule in RULES:
        end = rule(line, titles)
        if end:
            return Cut(end, rule.__name__)
    return Cut(0, "")


def _alnum(text: str) -> tuple[str, list[int]]:
    """The letters and digits of ``text``, case-folded, and where each stands in it."""
    chars, where = [], []
    for k, c in enumerate(text):
        if c.isalnum():
            chars.append(c.lower())
            where.append(k)
    return "".join(chars), where


def _after_marker(line: str, k: int) -> int:
    """Past separators and a media tag in capitals ("VIDEO", "ФОТО") that may follow the headline at ``k``."""
    m = _MARKER.match(line, k)
    if m and m.group(1) and m.group(1).isupper() and lower_any(m.group(1)) in media_markers():
        k = m.end(1)
    return k + len(line[k:]) - len(line[k:].lstrip(" \t-–—:|"))
