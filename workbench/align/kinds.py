"""Sentence kinds the cost model treats apart: editorial notes, courtesy formulas, news-source lines,
headings, and a letter's salutation and closing lines.

Both are what one side of an official translation adds or drops on its own: interpreters' and
editors' remarks ("(Как переведено.)", "(Applause.)") never translate a spoken sentence, and
greetings and thanks ("Dear friends!", "Sağ olun.") are split, merged or left out at will.
"""

from __future__ import annotations

import re
from functools import cache

from workbench import vocab
from workbench.ingest.speakers import is_title
from workbench.lang import fold
from workbench.sectionbreak import PATTERN as BREAK_PATTERN

# a bracketed remark, or a section-break line ("x x x", "х х х", "* * *"), which one side may drop
_NOTE = re.compile(rf"^\s*(?:\([^()]{{1,80}}\)|\[[^\[\]]{{1,80}}\]|{BREAK_PATTERN})\s*\.?\s*$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

COURTESY_MAX_LEN = 80


@cache
def _courtesy() -> tuple[tuple[str, ...], frozenset[str]]:
    """(folded word prefixes of salutations, vocatives and thanks; whole words that join them) in all
    three languages. Joiners are whole words because "и" would start half of Russian."""
    prefixes = tuple(sorted({fold(w, "az") for w in vocab.every_lang("courtesy")}))
    return prefixes, frozenset(vocab.every_lang("courtesy_joiners"))


@cache
def _reporting() -> re.Pattern[str]:
    # News agencies add a sentence naming their source that the other language's release does not have
    # ("Об этом сообщает пресс-служба ...", "Metbuat.az xəbər verir ki, ..."): a short sentence with one of these.
    parts = [p for lang in ("ru", "az", "en") for p in vocab.words(lang, "reporting")]
    return re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)


REPORTING_MAX_LEN = 120


def is_reporting(sentence: str) -> bool:
    """A short sentence that only names where the news came from."""
    return source_kinds(sentence)[1]


def introduces_quote(sentence: str) -> bool:
    """A news-source line that introduces the quote after it ("Metbuat.az xəbər verir ki, məktubda deyilir:",
    "Как сообщает Day.Az, в письме говорится:"): the other site's own line, never a piece of its lead."""
    return source_kinds(sentence)[2]


def names_source(sentence: str) -> bool:
    """A sentence of any length that says where the news came from ("..., Report informs.", "Как сообщает
    Report, в письме говорится:"): what a crossing 2:2 moves from one sentence to another (dp.moved_source)."""
    return source_kinds(sentence)[0]


def source_kinds(sentence: str) -> tuple[bool, bool, bool]:
    """(names_source, is_reporting, introduces_quote) from one search of the news-source phrases, a long
    alternation the aligner would otherwise run three times a sentence."""
    named = bool(_reporting().search(sentence))
    report = named and len(sentence) <= REPORTING_MAX_LEN
    return named, report, report and sentence.rstrip().endswith(":")


@cache
def _mentions() -> re.Pattern[str]:
    parts = [p for lang in ("ru", "az", "en") for p in vocab.words(lang, "source_mentions")]
    return re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)


def cites(sentence: str) -> bool:
    """A sentence of the text that introduces its quote as it goes on ("The statement says, “Today ..."): the
    other site's line that introduces it ("Как сообщает Day.Az, в заявлении говорится:") is part of its
    translation, not a line of its own. A lead that only names its agency ("..., News.Az reports.") is not
    enough: the other site's "Metbuat.az xəbər verir ki, məktubda deyilir:" then says what it does not."""
    return len(sentence) > REPORTING_MAX_LEN and bool(_mentions().search(sentence))


_CLOSERS = ")]»\"”’'"
_ENDS = tuple(".!?…:;,")


def is_heading(sentence: str) -> bool:
    """A line that ends no sentence: a headline, a letter's address or signature line ("From Irakli
    Garibashvili, Prime Minister of Georgia", "Ilham Aliyev"). Headlines translate headlines; a site
    that gives a headline on one side and only a lead on the other does not make them one bead."""
    stripped = sentence.strip().rstrip(_CLOSERS)
    return bool(stripped) and not stripped.endswith(_ENDS) and any(c.isalpha() for c in stripped) \
        and not is_note(sentence)


ADDRESS_MAX_LEN = 200


@cache
def _address_openers() -> tuple[str, ...]:
    return tuple(sorted({w.lower() + " " for w in vocab.every_lang("address_openers")}))


@cache
def _address_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(honorifics, words after an opener that make a title instead), lower case, every language."""
    return (tuple(w.lower() for w in vocab.every_lang("address_honorifics")),
            tuple(w.lower() + " " for w in vocab.every_lang("address_not_after")))


def is_address(sentence: str) -> bool:
    """A letter's sender or addressee line: "From Mikhail Shvydkoy, Special Representative ...", "To His
    Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan,", "Президенту Азербайджанской
    Республики ...", "Qazaxıstan Respublikasının Prezidenti Zati-aliləri cənab Kasım-Jomart Tokayevə". It ends
    with a comma or with no stop, so it is a heading however long its titles run."""
    stripped = sentence.strip().rstrip(_CLOSERS)
    if not stripped or len(stripped) > ADDRESS_MAX_LEN or stripped.endswith(tuple("!?…:;")):
        return False
    lower = stripped.lstrip(_OPENERS).lower()
    honorifics, not_after = _address_words()
    if not stripped.endswith((".", ",")) and any(h in lower for h in honorifics):
        # "Hörmətli cənab Prezident" is a salutation that lost its comma, not an addressee line
        return not is_courtesy(stripped, "az")
    opener = next((o for o in _address_openers() if lower.startswith(o)), None)
    if opener is None or lower[len(opener):].startswith(not_after):
        return False
    # with a full stop it is still an address line when names and titles make it up ("From Mikhail Shvydkoy,
    # Special Representative of Russian President on International Cultural Cooperation."), not a sentence
    # that happens to start with "From" ("From the first days of independence, we ...")
    return not stripped.endswith(".") or _title_cased(stripped)


def _title_cased(text: str) -> bool:
    """A name before the first comma, all of its words capitalised ("From Mikhail Shvydkoy,"), and most words
    of four letters or more capitalised ("Special Representative of Russian President ...")."""
    head, comma, _ = text.partition(",")
    name = head.split()[1:]
    if not comma or not 1 <= len(name) <= 6 or not all(w[:1].isupper() for w in name):
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def is_note(sentence: str) -> bool:
    """A sentence that is only a bracketed remark ("(Как переведено.)", "(Applause.)", "[In English]")
    or a section break ("x x x")."""
    return bool(_NOTE.match(sentence))


def is_courtesy(sentence: str, lang: str) -> bool:
    """A short sentence made mostly of greeting, address or thanks words ("Dear friends!", "Sağ olun.",
    "Уважаемый господин Президент!"): at least half its words are courtesy words."""
    if len(sentence) > COURTESY_MAX_LEN:
        return False
    # speaker labels ("В.Путин:") are not part of what was said
    words = [fold(w, lang) for w in _WORD.findall(_spoken(sentence))] \
        or [fold(w, lang) for w in _WORD.findall(sentence)]
    if not words:
        return False
    prefixes, joiners = _courtesy()
    hits = sum(1 for w in words if w in joiners or w.startswith(prefixes))
    return 2 * hits >= len(words)


SALUTATION_MAX_LEN = 60
_OPENERS = "«“„\"'‘(["
_CLAUSE = re.compile(r"[,!.?:;]")
GREETING_MAX_WORDS = 5


def _words(text: str, lang: str) -> list[str]:
    return [fold(w, lang) for w in _WORD.findall(text)]


def is_salutation(sentence: str) -> bool:
    """A letter's salutation, closing or address line: a short line that ends in a comma ("Dear Friend,",
    "«Уважаемый Александр Григорьевич,", "Ваш,", "Sincerely,", "His Excellency Mr Kassym-Jomart Tokayev,").
    Such a line ends no sentence: it stands in a paragraph of its own, whatever words it holds."""
    text = _spoken(sentence).strip().rstrip(_CLOSERS).lstrip(_OPENERS)
    return 0 < len(text) <= SALUTATION_MAX_LEN and text.endswith(",") and ":" not in text


LABEL_SPAN = 80  # a colon this near the start ends a speaker label ("В.Путин:", "Heydar Aliyev:")


def _spoken(sentence: str) -> str:
    """What was said, after a speaker label if there is one ("Heydar Aliyev: Mr Putin," -> " Mr Putin,"); a line
    that ends on its colon ("The letter reads:") says nothing after it."""
    return sentence.split(":", 1)[1] if ":" in sentence[:LABEL_SPAN] else sentence


VOCATIVE_MAX_LEN = 40


@cache
def _greeting_words() -> tuple[str, ...]:
    return tuple(sorted({fold(w, "az") for w in vocab.every_lang("greeting_words")}))


def is_vocative(sentence: str, lang: str) -> bool:
    """A short line that only addresses ("Zati-aliləri.", "Your Excellency!", "Уважаемый господин Президент!"):
    courtesy words, none of which greets or thanks. Like a salutation line, it is the other side's "Your
    Excellency, ..." when that side opens its next sentence with one, and nothing else's translation."""
    # what was said, after a speaker label ("И.Алиев: Уважаемый Владимир Владимирович!")
    text = _spoken(sentence).strip().rstrip(_CLOSERS).lstrip(_OPENERS)
    if not text.endswith((".", "!")) or len(text) > VOCATIVE_MAX_LEN:
        return False
    words = _words(text, lang)
    if not words or any(w.startswith(_greeting_words()) for w in words):
        return False
    if is_courtesy(text, lang):
        return True
    # an address word before names and titles is an address too, though they outnumber it: "Уважаемый Владимир
    # Владимирович!", "ПРЕЗИДЕНТ ПУТИН: Уважаемый г‑н госсекретарь!"
    rest = _WORD.findall(text)[1:]
    starts, whole = _vocative_openers()
    return len(words) <= GREETING_MAX_WORDS and (words[0].startswith(starts) or words[0] in whole) and bool(rest) \
        and all(w[0].isupper() or len(w) <= 2 or is_title(w) or fold(w, lang).startswith(_courtesy()[0]) for w in rest)


@cache
def _vocative_openers() -> tuple[tuple[str, ...], frozenset[str]]:
    """(word starts, whole words: an entry ending in "=") that open an address: "your=" is not "Yours,", "əziz=" not
    the name Əzizov."""
    words = {fold(w, "az") for w in vocab.every_lang("vocative_openers")}
    return tuple(sorted(w for w in words if not w.endswith("="))), frozenset(w[:-1] for w in words if w.endswith("="))


def greets(sentence: str, lang: str) -> bool:
    """A sentence that opens with an address or greeting: a courtesy formula, a salutation line, or a
    first clause of a few words with a courtesy word ("Əziz dost, əməkdaşlığımızın ...", "Уважаемый Ильхам
    Гейдар оглу.", "Qazaxıstan Respublikasının Prezidenti zati-aliləri")."""
    if is_courtesy(sentence, lang) or is_salutation(sentence):
        return True
    sentence = _spoken(sentence)  # after a speaker label ("В.Путин: Уважаемый Ильхам Гейдарович!")
    first = _CLAUSE.split(sentence.lstrip().lstrip(_OPENERS), 1)[0]
    words = _words(first, lang)
    prefixes, _ = _courtesy()
    return 0 < len(words) <= GREETING_MAX_WORDS and any(w.startswith(prefixes) for w in words)
