"""Bytes -> clean text: encoding detection, binary refusal, newline and control-character clean-up.

Official transcripts reach us as UTF-8 (with or without BOM), UTF-16 exported from Word, or
cp1251 from older Russian sites. Anything else is refused with a message rather than decoded
into mojibake, because a wrongly decoded text would align silently and badly.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from workbench.errors import InputError

# Control characters other than \t and \n (C0, DEL, C1) carry no text; stray ones are dropped,
# many of them mean the file is not text at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# Word writes a manual line break as \v and a page break as \f: both are line ends, not noise.
_CARRIAGE_RETURNS = re.compile(r"\r\n?")
# one character class: the engine skips to the next hit in C (an alternation first tries every character)
_OTHER_NEWLINES = re.compile(r"[\v\f\u2028\u2029\x85]")
# anything clean_text would change but NFC: most files have none of it, and one search is cheaper than the subs
_UNUSUAL = re.compile(r"[\r\v\f\u2028\u2029\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_CYRILLIC = re.compile(r"[\u0410-\u044f\u0401\u0451]")
_LETTER = re.compile(r"[^\W\d_]")
# Characters cp1251 maps from 0x80-0xBF besides Ё/ё: frequent in mojibake, rare in Russian prose.
_CP1251_ODD = re.compile(r"[\u0402\u0403\u201a\u0453\u201e\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c"
                         r"\u040b\u040f\u0452\u0459\u203a\u045a\u045c\u045b\u045f\u040e\u045e\u0408\u0490"
                         r"\u0404\u0407\u0406\u0456\u0491\u0454\u0458\u0405\u0455\u0457]")

_SAMPLE = 65536  # bytes inspected for binary tell-tales: keeps the check O(1) on huge files
_MAX_CONTROL_SHARE = 0.01
_MIN_CYRILLIC_SHARE = 0.6


def read_bytes(path: str | Path) -> bytes:
    """The raw bytes of ``path``; InputError for a missing path, a folder or an unreadable file."""
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a folder, not a file")
    try:
        return p.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read: {err.strerror or err}") from err


def read_text(path: str | Path) -> str:
    """Read and decode a plain-text file (see decode_bytes)."""
    return decode_bytes(read_bytes(path), str(path))


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode ``data`` and clean it: newlines to \\n, control characters dropped, NFC.

    Accepts UTF-8 (BOM optional), UTF-16/UTF-32 with a BOM, UTF-16 without BOM when its NUL
    pattern is unmistakable, and cp1251 when the result is mostly Cyrillic. Raises InputError
    (naming ``name``) for binary data and for bytes that fit none of these.
    """
    text = _decode(data, name)
    return clean_text(text, name)


def clean_text(text: str, name: str = "<input>") -> str:
    """Normalise decoded text; InputError when control characters show it is not text."""
    if _UNUSUAL.search(text) is None:
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = _CARRIAGE_RETURNS.sub("\n", text)
    text = _OTHER_NEWLINES.sub("\n", text)
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(name, "binary file (control characters), not text")
    text = _CONTROL.sub("", text)
    text = text.replace("\ufeff", "")  # zero-width no-break spaces left inside by concatenated files
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _decode(data: bytes, name: str) -> str:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(name, f"not valid {codec.upper()} despite its byte-order mark "
                                       f"(byte offset {err.start + len(bom)})") from err
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    sample = data[:_SAMPLE]
    if len(_CONTROL_BYTES.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(name, "binary file (NUL or control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    text = data.decode("cp1251", errors="replace")
    letters = len(_LETTER.findall(text[:_SAMPLE]))
    cyrillic = len(_CYRILLIC.findall(text[:_SAMPLE]))
    odd = len(_CP1251_ODD.findall(text[:_SAMPLE]))
    if "\ufffd" not in text and letters and cyrillic / letters >= _MIN_CYRILLIC_SHARE and odd <= cyrillic / 50:
        return text
    raise InputError(name, f"cannot decode: not UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
                           f"{utf8_error.start}), UTF-16 or Cyrillic cp1251 text")


def _bomless_utf16(data: bytes) -> str:
    """'utf-16-le'/'utf-16-be' when NULs sit in every other byte, as in BOM-less UTF-16 of
    Latin or Cyrillic text; '' otherwise."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return ""
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    # Cyrillic in UTF-16 has 0x04 high bytes rather than NULs, so count both.
    even_high = even.count(0) + even.count(4)
    odd_high = odd.count(0) + odd.count(4)
    if odd.count(0) and odd_high > 0.9 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) and even_high > 0.9 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return ""
