"""XML-safe text for every XML writer (TMX, TEI, DOCX), and the report every exporter returns.

XML 1.0 cannot carry some code points at all, not even as character references: C0 controls other
than tab, LF and CR, lone UTF-16 surrogates, and U+FFFE/U+FFFF. lxml refuses them with a ValueError
half-way through a file, so they are removed before any text reaches a writer and counted, so the
user learns that the export differs from the memory. Markup characters (&, <, ]]>) need nothing here:
lxml escapes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# One character class, so cleaning stays a single C-level pass over each string.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_xml_text(text: str) -> tuple[str, int]:
    """Return ``text`` without XML-1.0-invalid characters, and how many were removed."""
    return _INVALID.subn("", text)


def has_invalid_xml(text: str) -> bool:
    """True when ``text`` holds a character XML 1.0 cannot carry (a search is cheaper than a substitution)."""
    return _INVALID.search(text) is not None


@dataclass
class ExportReport:
    """What an exporter wrote: units written, units left out (too few languages), characters removed."""

    path: str
    units: int = 0
    skipped: int = 0
    item: str = "unit"  # what ``units`` counts: "briefing" for a folder of DOCX briefings
    removed_chars: int = 0
    notes: list[str] = field(default_factory=list)
