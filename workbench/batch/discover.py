"""Finding an archive's documents and grouping each document's language versions. Pure functions over paths
and text: nothing is read into the memory here.

A group is one document in up to three languages. Three ways to tell which files belong together, tried in
this order for each folder: a manifest CSV (the archivist says so), the article id in a saved page's URL
(president.az and kremlin.ru publish each language under the same id), and the file name (`X.txt` or
`X.en.txt` beside `X.ru.txt` and `X.az.txt`, as in seeds/).
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from workbench.errors import InputError

SUFFIXES = (".txt", ".html", ".htm", ".docx")
LANGS = ("en", "ru", "az")
MANIFEST_FIELDS = ("id", "lang", "path")
_NOT_UTF8 = "a manifest CSV must be UTF-8 text"
# A page names its own address in its head; 64 KB is far past where any site puts it.
_HEAD_BYTES = 65536


@dataclass(frozen=True)
class Version:
    """One language version of a document: where it is, and what the archive says about it."""

    lang: str
    path: str
    url: str = ""
    date: str = ""


@dataclass(frozen=True)
class LeftOut:
    """A file found but not put in any group, and why: a second version of one language, an unreadable
    folder or CSV. The report has a row for each, so that the archivist sees what was not aligned."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Group:
    """One document's language versions, under a key unique in the batch."""

    key: str
    versions: dict[str, Version] = field(default_factory=dict)

    def pairs(self) -> list[tuple[Version, Version]]:
        """English against each original it has (en-ru, en-az): the pairs the batch aligns."""
        en = self.versions.get("en")
        if en is None:
            return []
        return [(en, self.versions[lang]) for lang in ("ru", "az") if lang in self.versions]


# -- by name ---------------------------------------------------------------------------------------

def name_key(path: str | os.PathLike[str]) -> tuple[str, str]:
    """(group stem, language) from a file name: `X.ru.txt` -> (X, ru); `X.txt` and `X.en.txt` -> (X, en); a
    folder per document, its files named by language (`7/en.txt`, `7/ru.txt`) -> (7, en), (7, ru)."""
    name = Path(path).name
    stem, _ = os.path.splitext(name)
    if stem.lower() in LANGS:
        return Path(path).parent.name or stem, stem.lower()
    base, dot, lang = stem.rpartition(".")
    if dot and lang.lower() in LANGS and base:
        return base, lang.lower()
    return stem, "en"


# -- by URL ----------------------------------------------------------------------------------------

_PRESIDENT_AZ = re.compile(r"^https?://(?:www\.)?president\.az/(en|ru|az)/articles/view/(\d+)", re.I)
_KREMLIN = re.compile(r"^https?://(?:(en)\.)?kremlin\.ru/events/president/(?:news|transcripts)/(\d+)", re.I)


def article_key(url: str) -> Optional[tuple[str, str]]:
    """(group key, language) of an article address both sites publish in several languages under one id;
    None for any other address. kremlin.ru is Russian, en.kremlin.ru English."""
    url = url.strip()
    match = _PRESIDENT_AZ.match(url)
    if match:
        return f"president.az/{match.group(2)}", match.group(1).lower()
    match = _KREMLIN.match(url)
    if match:
        return f"kremlin.ru/{match.group(2)}", "en" if match.group(1) else "ru"
    return None


_TAG = re.compile(r"<(link|meta)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def page_url(html: str) -> str:
    """The address a saved page gives itself: `<link rel="canonical">`, else `og:url`; "" when neither.
    A regular expression over the head rather than a parser, so that grouping a large archive stays cheap."""
    canonical = og = ""
    for tag, attrs in _TAG.findall(html):
        values = {m.group(1).lower(): m.group(2) if m.group(2) is not None else (m.group(3) or m.group(4) or "")
                  for m in _ATTR.finditer(attrs)}
        if tag.lower() == "link" and "canonical" in values.get("rel", "").lower().split():
            canonical = canonical or values.get("href", "")
        elif tag.lower() == "meta" and values.get("property", values.get("name", "")).lower() == "og:url":
            og = og or values.get("content", "")
    return (canonical or og).strip()


def saved_page_url(path: str | os.PathLike[str]) -> str:
    """page_url of an HTML file's head ("" for any other file, and for one that cannot be read: it is then
    grouped by name, and its pair fails with the reason when the batch reads it)."""
    if Path(path).suffix.lower() not in (".html", ".htm"):
        return ""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError:
        return ""
    return page_url(head.decode("utf-8", "replace"))


# -- by manifest -----------------------------------------------------------------------------------

def read_manifest(path: str | os.PathLike[str]) -> list[Group]:
    """Groups from a CSV with a header `id,lang,path[,url,date]`; paths are relative to the CSV's folder."""
    try:
        return _manifest_groups(path)
    except UnicodeDecodeError:
        raise InputError(path, _NOT_UTF8) from None


def _manifest_groups(path: str | os.PathLike[str]) -> list[Group]:
    base = Path(path).parent
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [f for f in MANIFEST_FIELDS if f not in (reader.fieldnames or ())]
        if missing:
            raise InputError(path, f"a manifest needs the columns id,lang,path (missing: {', '.join(missing)})")
        groups: dict[str, Group] = {}
        for line, row in enumerate(reader, start=2):
            lang = (row.get("lang") or "").strip().lower()
            if lang not in LANGS:
                raise InputError(path, f"line {line}: language {lang!r} is not one of {', '.join(LANGS)}")
            key = (row.get("id") or "").strip()
            if not key or not (row.get("path") or "").strip():
                raise InputError(path, f"line {line}: id and path must not be empty")
            group = groups.setdefault(key, Group(key))
            if lang in group.versions:
                raise InputError(path, f"line {line}: {key} has two {lang} versions")
            group.versions[lang] = Version(lang, str(base / row["path"].strip()), (row.get("url") or "").strip(),
                                           (row.get("date") or "").strip())
    return list(groups.values())


def is_manifest(path: str | os.PathLike[str]) -> bool:
    if Path(path).suffix.lower() != ".csv":
        return False
    with open(path, newline="", encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh), [])
    return all(f in [h.strip().lower() for h in header] for f in MANIFEST_FIELDS)


# -- a whole folder --------------------------------------------------------------------------------

def document_files(folder: str | os.PathLike[str], left_out: Optional[list[LeftOut]] = None) -> list[str]:
    """Every transcript under ``folder`` (txt, html, docx), sorted, hidden files and folders left out.
    A subfolder that cannot be listed goes to ``left_out`` (os.walk would pass over it in silence)."""
    found = []

    def unlisted(err: OSError) -> None:
        if left_out is not None:
            left_out.append(LeftOut(str(err.filename), f"folder not read: {err.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files
                     if not f.startswith(".") and f.lower().endswith(SUFFIXES))
    return sorted(found)


def group_files(paths: Iterable[str], root: str | os.PathLike[str], urls: Optional[dict[str, str]] = None
                ) -> tuple[list[Group], list[LeftOut]]:
    """Group files by article URL where ``urls`` gives one that names an article, else by name (the stem
    relative to ``root``). Returns the groups, sorted by key, and the files left out as clashes."""
    urls = urls or {}
    groups: dict[str, Group] = {}
    notes: list[LeftOut] = []
    for path in paths:
        url = urls.get(path, "")
        by_url = article_key(url) if url else None
        if by_url:
            key, lang = by_url
        else:
            stem, lang = name_key(path)
            folder = os.path.dirname(path)
            # a file named by its language alone ("7/ru.txt") is its folder's document
            named = os.path.splitext(os.path.basename(path))[0].lower() not in LANGS
            key = os.path.relpath(os.path.join(folder, stem) if named else folder, root)
            key = Path(root).name or stem if key == "." else key
        group = groups.setdefault(key, Group(key))
        if lang in group.versions:
            notes.append(LeftOut(path, f"{key} already has a {lang} version ({group.versions[lang].path})"))
            continue
        group.versions[lang] = Version(lang, path, url)
    return [groups[k] for k in sorted(groups)], notes


def discover(sources: Sequence[str | os.PathLike[str]]) -> tuple[list[Group], list[LeftOut]]:
    """The groups of every folder or manifest in ``sources``. A folder holding a manifest CSV is read by its
    manifest only; otherwise its files are grouped by URL or name. Returns the groups and the files left out."""
    groups: list[Group] = []
    notes: list[LeftOut] = []
    for source in sources:
        source = os.fspath(source)
        if os.path.isfile(source):
            try:
                manifest = is_manifest(source)
            except UnicodeDecodeError:
                raise InputError(source, _NOT_UTF8) from None
            if not manifest:
                raise InputError(source, "is not a folder or a manifest CSV (id,lang,path[,url,date])")
            groups.extend(read_manifest(source))
            continue
        if not os.path.isdir(source):
            raise InputError(source, "no such folder")
        manifests = _folder_manifests(source, notes)
        if manifests:
            for manifest in manifests:
                groups.extend(read_manifest(manifest))
            continue
        files = document_files(source, notes)
        urls = {p: u for p in files if (u := saved_page_url(p))}
        found, clashes = group_files(files, source, urls)
        groups.extend(found)
        notes.extend(clashes)
    seen: set[str] = set()
    for group in groups:
        # Two folders may hold the same stem: keys must stay unique, since the jobs table is keyed by them.
        if group.key in seen:
            base, n = group.key, 2
            while f"{base}#{n}" in seen:
                n += 1
            group.key = f"{base}#{n}"
        seen.add(group.key)
    return groups, notes


def _folder_manifests(folder: str, notes: list[LeftOut]) -> list[str]:
    """The manifest CSVs directly in ``folder``. Any other CSV is the archive's own data, and one that cannot
    be read (or is not UTF-8) is noted: were it meant as the manifest, the names would group the folder."""
    found = []
    for path in sorted(Path(folder).glob("*.csv")):
        try:
            if is_manifest(path):
                found.append(str(path))
        except (OSError, UnicodeDecodeError, csv.Error) as err:
            reason = err.strerror if isinstance(err, OSError) else str(err)
            notes.append(LeftOut(str(path), f"not read as a manifest: {reason}"))
    return found
