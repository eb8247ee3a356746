"""Short head and tail lines that name someone or show a photo: a caption and its alt text, a byline, a name
heading over its subtitle, a letter's signature. ingest.chrome drops the captions and bylines and keeps the rest."""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.lang import lower_any
from workbench.ingest.dateline import leading_dateline, whole_dateline
from workbench.ingest.line_kinds import LABEL_WORDS, TERMINAL, is_running_text, name_line
from workbench.ingest.metadata import find_date
from workbench.ingest.speakers import is_title
from workbench.ingest.paragraphs import line_key

SHORT_WORDS = 8  # words: chrome lines are short
HEAD_SCAN = 15  # lines: a dateline further down is not the one that opens the text
# a photo's caption above the text, as its marker ends it: "Владимир Путин и Ильхам Алиев во время встречи в Душанбе.
# Архивное фото", "... in Samarkand [PHOTOVIDEO] - Gallery Image"
# ... or its credit in brackets: "... in Astana, Kazakhstan Nov. 3, 2023. (Reuters Photo)", "(AP Photo/Ivan Sekretarev)"
_CAPTION = re.compile(r"(?:(?:[.!?]|\s[-–—|])\s*(?:архивное фото|фото|archive photo|photo|gallery image|foto|arxiv foto)"
                      # ... or its credit after its stop: "... at Zagulba Presidential Palace in Baku. Photo by PM's press office"
                      r"|[.!?]\s+(?:photo|фото|foto)(?:\s+(?:by|from|courtesy of|с|из))?\s*:?\s+[^.!?]{2,40}\.?"
                      r"|\s\((?:[^\W\d_][\w.&-]*\s+){0,3}(?:photo|фото|foto)\b[^()]{0,40}\)"
                      # ... or credited so: "Hikmat Hajiyev (Credits: Asharq Al-Awsat)"
                      r"|\s\(credits?\s*:[^()]{1,40}\))\s*$", re.IGNORECASE)


def caption(line: str, captions: set[str]) -> bool:
    """A photo's caption, or its text again without the marker (the image's alt text under it)."""
    marked = _CAPTION.search(line.strip())
    if marked and marked.group().strip(" .-–—|").isupper():
        return False  # "... etimadnaməsini qəbul edib - FOTO": a headline's media tag, not a caption's marker
    if marked:
        captions.add(line_key(line.strip()[:marked.start() + 1].rstrip(".-–—| ")))
        return True
    return line_key(line.strip().rstrip(".")) in captions


_NAMES_CAPTION_WORDS = 14  # words: a photo's caption names two or three people and their offices
# a video still's caption: its place, a colon, who is in it ("Tashkent, Uzbekistan: US Ambassador ... talking with ...")
_PLACED = re.compile(r"^[^\W\d_][\w-]+(?:\s[^\W\d_][\w-]+)?,\s[^\W\d_][\w-]+:\s")
# a photo agency's credit after a slash, as a caption ends ("..., Kremlin Pool/Global Look Press")
_SLASH_CREDIT = re.compile(r",\s[^,/]{2,30}/[^\W\d_][^,/]{1,30}\Z")


@cache
def _name_joiners() -> frozenset[str]:
    return frozenset(vocab.words("any", "name_joiners"))


@cache
def _joiners() -> frozenset[str]:
    return frozenset(vocab.every_lang("speaker_joiners"))


def photo_caption(line: str) -> bool:
    """A caption under the headline, above the lead, that no marker or credit names as one: it ends no sentence and
    only names who is in the photo ("Iran and Turkey Presidents Raisi and Erdogan": capitals and function words), says
    where first ("Tashkent, Uzbekistan: US Ambassador ... talking with VOA's ..."), or ends with a photo agency after a
    slash ("президент России Владимир Путин, Kremlin Pool/Global Look Press"). A subtitle says what happened, in words
    of lower case."""
    stripped = line.strip()
    words = stripped.split()
    if not 2 <= len(words) <= _NAMES_CAPTION_WORDS or stripped.endswith((*TERMINAL, ",")) \
            or whole_dateline(stripped) is not None:
        return False  # a letter's "Your Excellency,"; a venue's "Circular Hall, The Kremlin, Moscow" places the text
    if _PLACED.match(stripped) or _SLASH_CREDIT.search(stripped):
        return True
    # ... two of them at least, and their office: an office under a name ("Former President of the USSR") or an
    # address ("His Excellency Mr. Ilham Aliyev, President of ...") names one; a deck in Title Case ("Aliyev and
    # Putin Discuss Karabakh Settlement") names no office
    return ":" not in stripped and words[0][:1].isupper() and any(lower_any(w) in _joiners() for w in words) \
        and any(is_title(w) or is_title(w.rstrip("s")) for w in words) \
        and all(w[:1].isupper() or lower_any(w) in _name_joiners() for w in words)


def doubled(lines: list[tuple[int, str]], k: int) -> bool:
    """A line its neighbour repeats in its paragraph: a photo's caption and its alt text under the headline
    ("Здание МИД Азербайджана в Баку" twice)."""
    key = line_key(lines[k][1])
    return not is_running_text(lines[k][1]) and any(
        0 <= j < len(lines) and lines[j][0] == lines[k][0] and line_key(lines[j][1]) == key for j in (k - 1, k + 1))


def over_subtitle(lines: list[tuple[int, str]], k: int) -> bool:
    """A name line above the text heads the page when a subtitle follows it ("Ramazan Abdulatipov" / "Former Head of
    the Republic of Dagestan"): a line that is neither text nor a date, nor the headline the page shows again. Above
    the text, a date or that headline it is a byline or a photo's caption ("Ali Gasimov", "Akbar Novruz")."""
    if k + 1 >= len(lines):
        return False
    nxt = lines[k + 1][1]
    shown_again = line_key(nxt) in {line_key(line) for _, line in lines[k + 2:k + 2 + HEAD_SCAN]}
    return not is_running_text(nxt) and whole_dateline(nxt) is None and not leading_dateline(nxt) \
        and not name_line(nxt) and not shown_again  # a headline the page shows twice is no subtitle


def signs_off(lines: list[tuple[int, str]], k: int, end: int) -> bool:
    """A name line after the text is its author's byline ("Gülər Seymurqızı"), not a letter's signature: it follows
    a sentence of the text, not a closing ("Sincerely,"), nothing but short lines follow it, none of them an office
    or a date right under it ("President of the Republic of Azerbaijan", "Baku city, 4 November 2011"), and its
    surname is nowhere in the text (a letter's signer is named in the page's lead)."""
    if k == 0 or not is_running_text(lines[k - 1][1]) or any(is_running_text(line) for _, line in lines[k + 1:end]):
        return False
    if k + 1 < end and (opens_with_role(lines[k + 1][1]) or whole_dateline(lines[k + 1][1]) or find_date(lines[k + 1][1])):
        return False  # the signer's office or the letter's place and date under the name
    surname = line_key(lines[k][1]).split()[1]
    return not any(surname in line_key(line) for _, line in lines[:k])


def under_byline(line: str) -> bool:
    """A byline's second line: the author's post or outlet ("AZƏRTAC-ın xüsusi müxbiri", "Special correspondent"),
    short and ending no sentence."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= SHORT_WORDS and not stripped.endswith(TERMINAL)


def opens_with_role(line: str) -> bool:
    """An office under a name: "President of the Republic of Azerbaijan", "Президент Российской Федерации"."""
    words = line.split()
    return bool(words) and is_title(words[0])


def credited(line: str, credits: list[str]) -> bool:
    """A short head line that a photo credit repeats: the site's name ("Вестник Кавказа" under "© Фото: ... /
    “Вестник Кавказа“"), or a caption naming who is in the photo ("Vladimir Putin, Ilham Aliyev" over "© APA |
    Vladimir Putin, Ilham Aliyev"), which ends no sentence."""
    words = len(line.split())
    if words > SHORT_WORDS or (words > LABEL_WORDS and line.rstrip().endswith(TERMINAL)):
        return False
    key = line_key(line)
    # ... or that caption with the site after a dash, as the image's alt text gives it ("Министр обороны РФ Сергей
    # Шойгу - Sputnik Азербайджан" under "© Sputnik / ... / Перейти в фотобанкМинистр обороны РФ Сергей Шойгу")
    named = key.rsplit(" - ", 1)[0]
    return any((key in credit and key != credit) or (named != key and named in credit) for credit in credits)
