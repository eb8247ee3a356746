"""Per-language segmentation data: abbreviations by behaviour, sentence starters, months.

The rules in ``rules.py`` are the same for every language; what differs is kept here as data, loaded
once per language from ``workbench/data/abbrev/<lang>.txt`` (through ``workbench.vocab``, the one reader
of language data) on top of the Moses non-breaking prefixes that sacremoses ships for English and
Russian (a declared dependency, so nothing is copied or downloaded).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from workbench import vocab
from workbench.errors import WorkbenchError
from workbench.lang import lower, normalize_lang

TITLE = "title"  # always joined to the next word
NUMERIC = "numeric"  # joined only before a number
OTHER = "other"  # joined before lower case / digits, a capital after it starts a sentence
_CATEGORIES = (TITLE, NUMERIC, OTHER)
_SETS = ("year", "starters", "months", "continuations", "before_acronym", "letter_openers", "numbered")


@dataclass(frozen=True)
class LangData:
    lang: str
    abbrev: dict[str, str]  # lower-cased abbreviation without its final dot -> category
    year: frozenset[str]  # title abbreviations that mean "year" right after a number ("2023 г.")
    starters: frozenset[str]  # lower-cased words that usually open a sentence
    months: frozenset[str]
    continuations: frozenset[str]  # a line ending in one of these words goes on on the next line
    before_acronym: frozenset[str] = frozenset()  # joined before an all-caps word: "млрд долл. США"
    # the first word of a letter's salutation ("Dear", "Уважаемый", "Hörmətli"): a quote opened by one after a
    # colon starts a sentence (rules.quoted_letter)
    letter_openers: frozenset[str] = frozenset()
    # words a number and its stop follow as a heading's ("Maddə 2.", "Статья 5.", "Article 3."): no list item, no end
    numbered: frozenset[str] = frozenset()

    def key(self, token: str) -> str:
        """The lookup form of a token: language-aware lower case ("İ" -> "i" in Azerbaijani)."""
        return lower(token, self.lang)


def _moses_prefixes(lang: str) -> dict[str, str]:
    """Moses non-breaking prefixes as {key: category}; single letters are left to the initials rule."""
    if lang not in ("en", "ru"):
        return {}
    out: dict[str, str] = {}
    for line in _moses_lines(lang):
        word, _, flag = line.partition("#")
        word = word.strip()
        if len(word) < 2 or line.startswith("#"):
            continue
        out[lower(word, lang)] = NUMERIC if "NUMERIC_ONLY" in flag else OTHER
    return out


def _moses_lines(lang: str) -> list[str]:
    """The lines of sacremoses' prefix file for ``lang``, read without importing sacremoses: its package
    compiles hundreds of regular expressions on import (0.75 s), which the segmenter never uses.
    sacremoses 0.2 keeps the files as a Python dict (_data_nonbreaking_prefixes.py), 0.1 as data files."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("sacremoses")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise WorkbenchError("sacremoses is not installed: reinstall workbench with its dependencies")
    base = Path(list(spec.submodule_search_locations)[0])
    name = f"nonbreaking_prefix.{lang}"
    module_file = base / "_data_nonbreaking_prefixes.py"
    if module_file.is_file():
        mod_spec = importlib.util.spec_from_file_location("_workbench_moses_prefixes", module_file)
        module = importlib.util.module_from_spec(mod_spec)
        mod_spec.loader.exec_module(module)  # type: ignore[union-attr]
        return module.NONBREAKING_PREFIXES[name].splitlines()
    data_file = base / "data" / "nonbreaking_prefixes" / name
    if data_file.is_file():
        return data_file.read_text(encoding="utf-8").splitlines()
    from sacremoses.corpus import NonbreakingPrefixes  # a layout we do not know: the slow, public way

    return list(NonbreakingPrefixes().words(lang))


def _sections(lang: str) -> dict[str, list[str]]:
    """The file's sections, entries in language-aware lower case; an unknown section is an error."""
    path = f"abbrev/{lang}.txt"
    out: dict[str, list[str]] = {}
    for section, entries in vocab.sections(path).items():
        if section not in _CATEGORIES + _SETS:
            raise WorkbenchError(f"workbench/data/{path}: unknown section [{section}]")
        out[section] = [lower(entry, lang) for entry in entries]
    return out


@lru_cache(maxsize=None)
def load(lang: str) -> LangData:
    """The data for ``lang`` (en, ru, az); cached, so it is read once per process."""
    lang = normalize_lang(lang)
    sections = _sections(lang)
    abbrev = _moses_prefixes(lang)
    for category in _CATEGORIES:
        for word in sections.get(category, []):
            abbrev[word] = category
    return LangData(
        lang=lang,
        abbrev=abbrev,
        year=frozenset(sections.get("year", [])),
        starters=frozenset(sections.get("starters", [])),
        months=frozenset(sections.get("months", [])),
        continuations=frozenset(sections.get("continuations", [])),
        before_acronym=frozenset(sections.get("before_acronym", [])),
        letter_openers=frozenset(sections.get("letter_openers", [])),
        numbered=frozenset(sections.get("numbered", [])),
    )
