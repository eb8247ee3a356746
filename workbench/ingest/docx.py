"""A DOCX file -> text, one paragraph per Word paragraph (table cells included, in body order)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workbench.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(data: bytes, name: str | Path) -> str:
    """Paragraph texts joined by blank lines; InputError for a corrupt or non-DOCX zip."""
    import docx  # python-docx; imported here so plain-text ingest does not pay for it
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(name, "not a DOCX file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise InputError(name, "zip archive without word/document.xml: not a DOCX file")
            bad = archive.testzip()
            if bad:
                raise InputError(name, f"corrupt DOCX: damaged member {bad}")
        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as err:  # python-docx surfaces zip, XML and package errors under many types
        raise InputError(name, f"corrupt DOCX: {type(err).__name__}: {err}") from err
    paragraphs: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            paragraphs.append(Paragraph(child, document).text)
        elif child.tag == f"{_W}tbl":
            for p in child.iter(f"{_W}p"):
                paragraphs.append(Paragraph(p, document).text)
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())
