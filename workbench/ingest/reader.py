"""A file on disk -> Document: format detected from the content (plain text, HTML, DOCX), not
only from the name, so a renamed file is read for what it is and a text file named .docx is
refused with a clear message instead of a zip traceback."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Collection

from workbench.errors import InputError
from workbench.ingest.decode import decode_bytes, read_bytes
from workbench.model import Document

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
_REFUSED = ((b"%PDF-", "a PDF file; convert it to text, HTML or DOCX first"),
            (_OLE, "a legacy Word .doc (OLE) file; save it as DOCX first"),
            (b"{\\rtf", "an RTF file; save it as DOCX or plain text first"))


def read_document(path: str | Path, *, lang: str | None = None, source_url: str = "", date: str = "",
                  place: str = "", repeated: Collection[str] = ()) -> Document:
    """Read a transcript file (plain text, HTML or DOCX) into a Document without segments.

    ``repeated``: keys of lines its other language versions repeat (ingest.repeated), dropped as chrome.
    Raises InputError naming ``path`` for a missing path, a folder, an empty or boilerplate-only
    file, binary or undecodable bytes, an unknown ``lang``, a corrupt DOCX or a non-DOCX named .docx.
    """
    from workbench.ingest.transcript import parse_transcript

    name = str(path)
    data = read_bytes(path)
    text = extract_text(data, name)
    return parse_transcript(text, lang=lang, source_url=source_url, date=date, place=place, source_path=name,
                            repeated=repeated)


def extract_text(data: bytes, name: str) -> str:
    """The text of a file's bytes, whatever its format."""
    from workbench.ingest.sniff import declared_charset, looks_like_html

    if not data.strip():
        raise InputError(name, "empty file")
    for magic, what in _REFUSED:
        if data.startswith(magic):
            raise InputError(name, f"unsupported format: {what}")
    suffix = Path(name).suffix.lower()
    if data.startswith(_ZIP):
        from workbench.ingest.docx import docx_to_text

        return docx_to_text(data, name)
    if suffix == ".docx":
        raise InputError(name, "named .docx but is not a DOCX file (not a zip archive)")
    charset = declared_charset(data) if suffix in (".html", ".htm", ".xhtml") or b"<" in data[:1024] else None
    text = _decode_declared(data, charset, name) if charset else decode_bytes(data, name)
    if suffix in (".html", ".htm", ".xhtml") or looks_like_html(text):
        from workbench.ingest.html import html_to_text

        return html_to_text(text, name)
    return text


def _decode_declared(data: bytes, charset: str, name: str) -> str:
    """Honour a page's declared charset when it decodes cleanly; otherwise detect as for text."""
    try:
        info = codecs.lookup(charset)
    except LookupError:
        return decode_bytes(data, name)
    # A page may name any codec Python knows, and some are not character sets at all (base64, hex,
    # zlib, rot13, punycode...): those are ignored, as browsers ignore a charset they do not know.
    if info.name in ("utf-8", "ascii") or not getattr(info, "_is_text_encoding", True) \
            or info.name in _NOT_CHARSETS:
        return decode_bytes(data, name)
    try:
        return decode_bytes(data.decode(info.name).encode("utf-8"), name)
    except (UnicodeError, ValueError):
        return decode_bytes(data, name)


# Text codecs that no web page uses as its character set: their decoding of ordinary bytes is not text.
_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7",
                           "mbcs", "oem"})
