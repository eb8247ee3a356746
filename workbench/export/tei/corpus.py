"""A whole memory as one TEI corpus in ParlaMint's shape: a root ``teiCorpus`` whose header counts the
corpus (documents, speeches, sentences and words per language; the languages; the tool) and which
includes each document's own TEI file with XInclude.

Each document file is write_tei's, with its xml:ids prefixed by the document's id: the ids of one file
start with its language, so without the prefix two files would clash once the root includes them (jing
resolves the includes and checks id uniqueness across the whole corpus).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from lxml import etree

import workbench
from workbench import clock, model
from workbench.errors import WorkbenchError
from workbench.export.atomic import atomic_write
from workbench.export.tei.ids import ncname
from workbench.export.xmlbuild import Builder, indent
from workbench.export.xmltext import ExportReport
from workbench.lang import LANG_NAMES
from workbench.wording import counted

TEI_NS = "http://www.tei-c.org/ns/1.0"
XI_NS = "http://www.w3.org/2001/XInclude"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ROOT_NAME = "corpus.tei.xml"
_ROOT_CONTAINERS = ("teiCorpus", "teiHeader", "fileDesc", "titleStmt", "respStmt", "extent", "publicationStmt",
                    "sourceDesc", "encodingDesc", "appInfo", "application", "profileDesc", "langUsage")


@dataclass
class Counts:
    """Per language: documents, speeches (``<u>``), sentences (``<s>``) and words."""

    by_lang: dict[str, list[int]] = field(default_factory=dict)

    def add(self, tree: etree._Element) -> None:
        for tei in tree.iter(f"{{{TEI_NS}}}TEI"):
            row = self.by_lang.setdefault(tei.get(XML_LANG, "und"), [0, 0, 0, 0])
            row[0] += 1
            row[1] += sum(1 for _ in tei.iter(f"{{{TEI_NS}}}u"))
            for s in tei.iter(f"{{{TEI_NS}}}s"):
                row[2] += 1
                row[3] += len("".join(s.itertext()).split())


def prefix_ids(tree: etree._Element, prefix: str) -> None:
    """Prefix every xml:id in ``tree`` and every ``#id`` pointing at one (who, target, resp, corresp...)."""
    ids = {el.get(XML_ID) for el in tree.iter() if el.get(XML_ID)}
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            if name == XML_ID:
                el.set(name, f"{prefix}.{value}")
            elif "#" in value:
                el.set(name, " ".join(f"#{prefix}.{t[1:]}" if t.startswith("#") and t[1:] in ids else t
                                      for t in value.split()))


def write_document_file(docs: Sequence[model.Document], alignments: Sequence[model.Alignment],
                        path: Path) -> tuple[ExportReport, etree._Element]:
    """One document's TEI file (its language versions and links), ids prefixed by its first document's id."""
    from workbench.export.tei import write_tei

    report = write_tei(docs, alignments, path)
    tree = etree.parse(str(path)).getroot()
    prefix_ids(tree, ncname(docs[0].id, "d"))
    data = etree.tostring(tree.getroottree(), encoding="UTF-8", xml_declaration=True)
    with atomic_write(path) as handle:
        handle.write(data + b"\n")
    return report, tree


def write_tei_corpus(groups: Iterable[tuple[Sequence[model.Document], Sequence[model.Alignment]]],
                     out_dir: str | os.PathLike[str], *, tool_version: str = workbench.__version__) -> ExportReport:
    """Write each group (a document's language versions and their alignments) to ``out_dir/<id>.tei.xml``
    and the root ``out_dir/corpus.tei.xml`` including them all. Groups are taken one at a time, so the
    memory used does not grow with the corpus."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = Counts()
    files: list[str] = []
    report = ExportReport(str(out / ROOT_NAME))
    for docs, alignments in groups:
        name = f"{ncname(docs[0].id, 'd')}.tei.xml"
        part, tree = write_document_file(docs, alignments, out / name)
        counts.add(tree)
        files.append(name)
        report.units += part.units if alignments else 0
        report.skipped += part.skipped
        report.removed_chars += part.removed_chars
    if not files:
        raise WorkbenchError(f"{out}: nothing to export as TEI: the memory holds no documents")
    with atomic_write(out / ROOT_NAME) as handle:
        handle.write(_root(files, counts, tool_version))
    report.notes.append(f"{counted(len(files), 'document file')} and {ROOT_NAME} in {out}")
    return report


def _root(files: Sequence[str], counts: Counts, tool_version: str) -> bytes:
    from workbench.export.tei.header import app_version

    b = Builder(TEI_NS)
    root = etree.Element(f"{{{TEI_NS}}}teiCorpus", nsmap={None: TEI_NS, "xi": XI_NS})
    root.set(XML_LANG, "en")
    header = b.sub(root, "teiHeader")
    file_desc = b.sub(header, "fileDesc")
    titles = b.sub(file_desc, "titleStmt")
    langs = sorted(counts.by_lang)
    names = ", ".join(LANG_NAMES.get(lang, lang) for lang in langs)
    b.sub(titles, "title", {"type": "main"}, f"Aligned transcripts in {names}: {len(files)} documents")
    resp = b.sub(titles, "respStmt")
    b.sub(resp, "resp", None, "Sentence segmentation, automatic alignment and TEI encoding")
    b.sub(resp, "name", None, f"workbench {tool_version}")
    extent = b.sub(file_desc, "extent")
    for lang in langs:
        label = LANG_NAMES.get(lang, lang)
        for unit, quantity in zip(("texts", "speeches", "sentences", "words"), counts.by_lang[lang]):
            b.sub(extent, "measure", {"unit": unit, "quantity": str(quantity), "xml:lang": "en"},
                  f"{quantity} {unit} in {label}")
    publication = b.sub(file_desc, "publicationStmt")
    b.sub(publication, "p", None, f"Exported from a workbench translation memory on {clock.iso_date()}; "
                                  "each text belongs to its original publisher.")
    b.sub(b.sub(file_desc, "sourceDesc"), "p", None,
          "Official transcripts and their translations; each document file's header names its sources.")
    app = b.sub(b.sub(b.sub(header, "encodingDesc"), "appInfo"), "application",
                {"ident": "workbench", "version": app_version(tool_version)})
    b.sub(app, "label", None, "workbench")
    b.sub(app, "desc", None, f"workbench {tool_version}: segmentation, sentence alignment and TEI export")
    usage = b.sub(b.sub(header, "profileDesc"), "langUsage")
    for lang in langs:
        b.sub(usage, "language", {"ident": lang}, LANG_NAMES.get(lang, lang))
    for name in files:
        etree.SubElement(root, f"{{{XI_NS}}}include", {"href": name})
    indent(root, _ROOT_CONTAINERS)
    return etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True) + b"\n"
