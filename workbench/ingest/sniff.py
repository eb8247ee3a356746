"""Is it HTML, and what charset does it declare? Answered without loading an HTML parser, so that
reading a plain-text file never pays for lxml."""

from __future__ import annotations

import re
from typing import Optional

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_-]{1,20})""", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is HTML markup rather than prose mentioning a tag."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head:
        return True
    return bool(re.match(r"<(?:head|body|div|article|p|section|main|meta|title)\b", head))


def declared_charset(data: bytes) -> Optional[str]:
    """The charset named in a <meta> tag near the top of the page, if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None
