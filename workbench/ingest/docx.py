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
            _check_bounds(archive, name)
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


def _check_bounds(archive: zipfile.ZipFile, name: str | Path) -> None:
    """Refuse a zip bomb, a flood of paragraphs, deep nesting or a DOCTYPE before python-docx loads the
    parts: from the zip's declared sizes (zipfile never inflates a member past its declared size) and one
    streamed pass over the body that keeps nothing."""
    from lxml import etree

    from workbench.ingest import limits

    bound = limits.current()
    expanded = sum(info.file_size for info in archive.infolist())
    if expanded > bound.input_bytes:
        raise InputError(name, f"DOCX expands to {expanded / 1e6:.0f} MB, over the {bound.input_mb:g} MB limit "
                               f"({limits.advice('size')})")
    with archive.open("word/document.xml") as body:
        head = body.read(4096)
    if b"<!DOCTYPE" in head.split(b"<w:document", 1)[0] or b"<!ENTITY" in head:
        raise InputError(name, "refusing a DOCX whose body declares a DOCTYPE (entities would be dropped or "
                               "expanded)")
    paragraphs = depth = 0
    with archive.open("word/document.xml") as body:
        try:
            for event, element in etree.iterparse(body, events=("start", "end"), resolve_entities=False,
                                                  no_network=True, load_dtd=False, huge_tree=True):
                if event == "start":
                    depth += 1
                    if depth > bound.depth:
                        raise InputError(name, f"DOCX markup nested over {bound.depth} levels deep "
                                               f"({limits.advice('depth')})")
                    continue
                depth -= 1
                if element.tag == f"{_W}p":
                    paragraphs += 1
                    if paragraphs > bound.paragraphs:
                        raise InputError(name, f"DOCX holds over {bound.paragraphs:,} paragraphs "
                                               f"({limits.advice('paragraphs')})")
                # Nothing is kept: a finished element and the siblings before it are dropped.
                element.clear(keep_tail=False)
                parent = element.getparent()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as err:
            detail = str(err.msg or err).splitlines()[0]
            raise InputError(name, f"corrupt DOCX: word/document.xml is not well-formed XML ({detail})") from None
