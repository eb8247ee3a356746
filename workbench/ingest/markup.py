"""Markup a copy keeps inside its lines: an empty image ("![]()", "![photo](/img/1.jpg)"), inline tags ("<b>",
"</strong>", "<br/>") and a widget's identifiers ("10 Oct 2020 rating_stars rating_stars"). They are no words of
the text; a line of nothing but an image is ingest.head_lines' IMAGE."""

from __future__ import annotations

import re

# an image in Markdown, with its alt text and address bounded (never a regex run over a long line unbounded)
_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^()\s]{0,500}\)")
# a tag that formats inline text; a tag of another kind ("<image>...</image>", "<script>") is left to the line rules
_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|br|p|font|small|big|sup|sub|mark)\b[^<>\n]{0,200}?/?>", re.IGNORECASE)
# an identifier in snake case, as an icon's class or alt text shows it; no word of any language is written so
_IDENTIFIER = re.compile(r"(?<![\w/.])[a-z]+(?:_[a-z0-9]+)+(?![\w/.])")
_SPACES = re.compile(r"[ \t]{2,}")  # where a cut left two spaces


def without_markup(line: str, dropped: list[str]) -> str:
    """The line without inline markup; what was cut is added to ``dropped``. A line that is only markup is left
    whole, for the line rules to judge."""
    if "<" not in line and "![" not in line and "_" not in line:
        return line
    cut: list[str] = []
    text = line
    for pattern in (_IMAGE, _TAG, _IDENTIFIER):
        text = pattern.sub(lambda m: cut.append(m.group()) or "", text)
    if not cut or not text.strip():
        return line
    dropped.extend(cut)
    return _SPACES.sub(" ", text).strip()
