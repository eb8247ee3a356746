"""Bytes -> clean text: encoding detection, binary refusal, newline and control-character clean-up.

Official transcripts reach us as UTF-8 (with or without BOM), UTF-16 exported from Word, or a legacy
code page from older sites: Russian in cp1251, KOI8-R, ISO-8859-5, cp866 or MacCyrillic, Azerbaijani in
cp1254 (charset-normalizer tells them apart). Anything else is refused with a message rather than
decoded into mojibake, because a wrongly decoded text would align silently and badly.
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
    bad = f"bad byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}"
    if _mostly_utf8(data):
        raise InputError(name, f"not valid UTF-8 ({bad}): the file looks like UTF-8 with damaged bytes")
    text = _legacy(data)
    if text is None:
        raise InputError(name, f"cannot decode: not UTF-8 ({bad}), UTF-16, nor Russian or Azerbaijani in a "
                               f"legacy code page ({', '.join(_LEGACY_NAMES)})")
    return text


# Legacy code pages of the three languages' pages: Russian in five, Azerbaijani Latin in the Turkish one.
_CYRILLIC_CODECS = ("cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic")
_LEGACY_NAMES = ("cp1251", "KOI8-R", "ISO-8859-5", "cp866", "MacCyrillic", "cp1254")
_TURKIC = re.compile(r"[ıİşŞğĞ]")


def _mostly_utf8(data: bytes) -> bool:
    """Nearly every non-ASCII sequence is valid UTF-8: a damaged UTF-8 file, which no code page reads right."""
    text = data.decode("utf-8", errors="replace")
    wide = sum(1 for c in text if ord(c) > 127)
    return wide > 0 and text.count("\ufffd") <= 0.05 * wide


def _legacy(data: bytes) -> str | None:
    """The text in the legacy code page charset-normalizer finds likeliest, when its letters are what that
    code page is for: mostly Cyrillic for the Russian ones, Azerbaijani/Turkish letters for cp1254."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[*_CYRILLIC_CODECS, "cp1254"]).best()
    if best is None:
        return None
    text = str(best)
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    if best.encoding in _CYRILLIC_CODECS:
        if len(_CYRILLIC.findall(sample)) / letters < _MIN_CYRILLIC_SHARE:
            return None
        return _likeliest_russian(data, best.encoding, text)
    return text if len(_TURKIC.findall(sample)) >= max(2, 0.005 * letters) else None


_RUSSIAN_WORD = re.compile(r"[А-Яа-яЁё]+")
_JUNK = re.compile(r"[^\x00-\x7f\w«»—–…№“”„’‘•·°€₽\u00a0\u2009\u202f\u2116]")
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _russian_score(text: str) -> float:
    """How much ``text`` reads as Russian: the share of its Cyrillic letters that Russian writes, times the share of
    its words in a case Russian writes them ("Переговоры", "МИД", "прошли"). One code page read as another gives
    letters of other alphabets ("Џереговоры": MacCyrillic as cp1251) or case turned inside out ("рЕТЕЗПЧПТЩ":
    KOI8-R as cp1251)."""
    sample = text[:_SAMPLE]
    cyrillic = len(_ANY_CYRILLIC.findall(sample))
    words = _RUSSIAN_WORD.findall(sample)
    if not cyrillic or not words:
        return 0.0
    # a word in capitals is as Russian as one in lower case ("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ" in cp1251 reads all lower case
    # in KOI8-R): only a small letter before capitals tells a misreading
    cased = sum(1 for w in words if w[1:].islower() or w.isupper() or len(w) == 1)
    junk = len(_JUNK.findall(sample)) / max(1, len(sample.split()))  # box drawing, "‹", "√" between the words
    return sum(map(len, words)) / cyrillic * cased / len(words) * max(0.0, 1.0 - junk)


def _likeliest_russian(data: bytes, guessed: str, text: str) -> str:
    """The Russian code page whose reading of ``data`` reads most as Russian; charset-normalizer's guess on a tie.
    Its guess from a line or two is often a neighbour code page (KOI8-R read as cp1251 gives every word's case
    inverted), which the letters themselves show."""
    best_codec, best_score = guessed, _russian_score(text)
    for codec in _CYRILLIC_CODECS:
        if codec == guessed:
            continue
        try:
            score = _russian_score(data[:_SAMPLE].decode(codec))  # one byte a letter: a sample cuts none in two
        except UnicodeDecodeError:
            continue
        if score > best_score + _SCORE_MARGIN:
            best_codec, best_score = codec, score
    if best_codec == guessed:
        return text
    try:
        return data.decode(best_codec)
    except UnicodeDecodeError:
        return text


_SCORE_MARGIN = 0.05  # a code page beats charset-normalizer's guess only by reading clearly more as Russian


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
