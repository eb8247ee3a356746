"""Stable xml:ids for the TEI export, derived from languages, positions, keys and indices only.

Ids must be unique across a whole ``<teiCorpus>`` (jing checks it), so every id inside a ``<TEI>``
starts with that document's prefix (its language, plus its position when two documents share one).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from workbench import model

_NOT_NAME = re.compile(r"[^A-Za-z0-9._-]+")

# Ids the header itself uses; a person key equal to one of them is renamed.
WORKBENCH_ID = "workbench"
REVIEWER_ID = "reviewer"


def reviewer_id(name: str) -> str:
    """The xml:id of a named reviewer's respStmt: "reviewer.anna", whatever characters the name holds."""
    slug = "".join(c if c.isalnum() or c in "-_" else "_" for c in name.strip()) or "unnamed"
    return f"{REVIEWER_ID}.{slug}"


def ncname(text: str, fallback: str = "x") -> str:
    """An ASCII NCName (what xml:id accepts) made from ``text``; never empty."""
    name = _NOT_NAME.sub("_", text).strip("_") or fallback
    return name if re.match(r"[A-Za-z_]", name) else f"{fallback}{name}"


def doc_prefixes(docs: Sequence[model.Document]) -> list[str]:
    """One prefix per document: ``en``, or ``en1``/``en3`` (1-based position) when a language repeats."""
    langs = [ncname(d.lang or "", "doc") for d in docs]
    counts = Counter(langs)
    return [lang if counts[lang] == 1 else f"{lang}{pos}" for pos, lang in enumerate(langs, start=1)]


def person_ids(keys: Iterable[str], reserved: Iterable[str]) -> dict[str, str]:
    """Map each Person.key to a unique xml:id, keeping the key itself whenever it is already valid."""
    taken = set(reserved)
    out: dict[str, str] = {}
    for key in keys:
        if key in out:
            continue
        base = ncname(key, "p")
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        out[key] = name
    return out


def sentence_id(prefix: str, segment: model.Segment) -> str:
    return f"{prefix}.s{segment.index}"
