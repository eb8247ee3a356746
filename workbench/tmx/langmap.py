"""Language codes on the way out (our bare en/ru/az to what a CAT tool wants) and on the way in.

Most TMX failures in the field are language codes: Trados wants regional codes (en-US, ru-RU,
az-Latn-AZ), OmegaT and most readers are happy with bare ones. The writer takes a map with two presets
and per-language overrides; the reader accepts any case and ``_`` and gives BCP 47 casing.
"""

from __future__ import annotations

import re

from workbench.errors import WorkbenchError
from workbench.model import LANGS

PRESETS: dict[str, dict[str, str]] = {
    "bare": {"en": "en", "ru": "ru", "az": "az"},
    "regional": {"en": "en-US", "ru": "ru-RU", "az": "az-Latn-AZ"},
}

# A BCP 47 tag as the reader will accept it: letters and digits in subtags of 1-8, any case.
_TAG = re.compile(r"^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$")


def normalize_code(code: str) -> str:
    """BCP 47 casing for a code in any case with ``_`` or ``-``: "EN_us" -> "en-US",
    "az-latn-az" -> "az-Latn-AZ". Raises WorkbenchError for something that is not a language tag."""
    raw = code.strip()
    if not _TAG.match(raw):
        raise WorkbenchError(f"not a language code: {code!r}")
    parts = raw.replace("_", "-").split("-")
    out = [parts[0].lower()]
    singleton = False  # after an extension or private-use singleton (x-, u-) the casing rules stop
    for part in parts[1:]:
        if singleton or len(part) == 1:
            singleton = True
            out.append(part.lower())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())  # script: Latn, Cyrl
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())  # region: AZ, 419
        else:
            out.append(part.lower())  # variants and extlang
    return "-".join(out)


def bare_code(code: str) -> str:
    """Our key for a language code: en/ru/az for any of their variants ("EN_us", "az-Latn-AZ"),
    the normalised BCP 47 tag for other languages ("fr_fr" -> "fr-FR")."""
    norm = normalize_code(code)
    base = norm.split("-")[0]
    return base if base in LANGS else norm


def resolve_lang_map(spec: str | None) -> dict[str, str]:
    """A lang map from the user's spec: "bare" (also None/""), "regional", or comma-separated items that are
    a preset name or ``lang=code`` overrides applied over "bare", e.g. "en=en-GB,ru=ru-RU" or "regional,en=en-GB"."""
    result = dict(PRESETS["bare"])
    if not spec or not spec.strip():
        return result
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        if item in PRESETS:
            result.update(PRESETS[item])
            continue
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise WorkbenchError(
                f"bad language map item {item!r}: expected bare, regional or lang=code (e.g. en=en-GB)")
        result[bare_code(key)] = normalize_code(value)
    return result
