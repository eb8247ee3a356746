"""The one reader of the language data shipped in ``workbench/data``.

Word lists live in data files, not in code, so that a linguist can review and extend them without
reading Python, and so that every module gets its words the same way. All files share one format
("sectioned lists", UTF-8):

- a line whose first non-blank character is ``#`` is a comment; blank lines are skipped;
- ``[name]`` opens a section; every other line is one entry of the current section, stripped of
  surrounding white space (an entry may contain inner spaces: "print version");
- in a table section an entry's columns are separated by a TAB (see ``table``).

Files: ``abbrev/<lang>.txt`` (segmentation), ``lang/<lang>.txt`` (everything else said in one
language), ``lang/any.txt`` (words met in every language: social network names), ``names.txt``
(spellings of person names) and, in a TSV format of its own (see its header), ``lexicon/seed.tsv``
(the aligner's built-in en/ru/az stems). Each file is read once, on first use, and a missing file or section is
an error: an empty list would quietly change what the workbench recognises.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from workbench.errors import WorkbenchError
from workbench.model import LANGS


def _read(path: str) -> str:
    resource = resources.files("workbench").joinpath("data", *path.split("/"))
    try:
        return resource.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkbenchError(f"cannot read language data workbench/data/{path}: {exc}") from None


@cache
def text(path: str) -> str:
    """The whole of ``workbench/data/<path>`` (a file with a format of its own: lexicon/seed.tsv); cached."""
    return _read(path)


@cache
def sections(path: str) -> dict[str, tuple[str, ...]]:
    """All sections of ``workbench/data/<path>`` ("lang/ru.txt") as {name: entries in file order}.

    Cached: the file is read once per process. Raises WorkbenchError for a missing file or an
    entry before the first section. Callers must not change the returned dict."""
    out: dict[str, list[str]] = {}
    current = None
    for number, raw in enumerate(_read(path).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
            continue
        if current is None:
            raise WorkbenchError(f"workbench/data/{path}:{number}: entry {line!r} before any [section]")
        out[current].append(line)
    return {name: tuple(entries) for name, entries in out.items()}


def section(path: str, name: str) -> tuple[str, ...]:
    """The entries of section ``[name]`` of ``workbench/data/<path>``; WorkbenchError when it is missing."""
    found = sections(path).get(name)
    if found is None:
        raise WorkbenchError(f"workbench/data/{path}: no section [{name}]")
    return found


def words(lang: str, name: str) -> tuple[str, ...]:
    """Section ``[name]`` of ``lang/<lang>.txt`` (``lang`` is en, ru, az or "any")."""
    return section(f"lang/{lang}.txt", name)


def every_lang(name: str) -> tuple[str, ...]:
    """Section ``[name]`` of each language's file, concatenated in the order en, ru, az."""
    return tuple(word for lang in LANGS for word in words(lang, name))


def table(path: str, name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """Section ``[name]`` of ``workbench/data/<path>`` split into ``columns`` TAB-separated columns."""
    rows = []
    for entry in section(path, name):
        row = tuple(cell.strip() for cell in entry.split("\t"))
        if len(row) != columns:
            raise WorkbenchError(f"workbench/data/{path} [{name}]: {entry!r} does not have {columns} columns")
        rows.append(row)
    return tuple(rows)
