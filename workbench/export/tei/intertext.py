"""InterText's stand-off alignment format, so people can correct an alignment in InterText's editor.

InterText reads two text documents whose sentences carry ids (``<doc><p id="1"><s id="1:1">``, the
"paragraph:sentence" numbering of its own examples) and an alignment file
``<linkGrp fromDoc toDoc><link type="2-1" xtargets="1:1 1:2;1:1" status="man|auto"/>``, where, as in
InterText's example alignments (czcorpus/InterText_editor, examples/), the ids before ";" are the toDoc's and
``type`` counts them first. Unlike TEI links, 1-0 and 0-1 beads are kept (``xtargets="3:1;"``): the editor
expects every sentence in a link. workbench/review/intertext.py reads such a file back.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from workbench import model
from workbench.errors import WorkbenchError
from workbench.export.atomic import atomic_write
from workbench.export.xmlbuild import Builder, indent
from workbench.export.xmltext import ExportReport


def _text_doc(b: Builder, doc: model.Document) -> tuple[etree._Element, dict[int, str]]:
    root = b.root("doc", {"id": doc.id, "language": doc.lang})
    ids: dict[int, str] = {}
    number = 0
    for block in doc.blocks:
        if not block.segments:
            continue
        number += 1
        para = b.sub(root, "p", {"id": str(number)})
        for n, seg in enumerate(block.segments, start=1):
            ids[seg.index] = f"{number}:{n}"
            b.sub(para, "s", {"id": ids[seg.index]}, seg.text)
    return root, ids


def _bytes(root: etree._Element, containers: frozenset[str]) -> bytes:
    indent(root, containers, step="")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _write(path: Path, data: bytes) -> None:
    with atomic_write(path) as handle:
        handle.write(data)


def intertext_names(path: str | os.PathLike[str], src: model.Document, tgt: model.Document) -> tuple[Path, Path]:
    """The two text documents written beside the alignment file ``NAME.xml``: ``NAME.en.xml``, ``NAME.ru.xml``."""
    target = Path(path)
    base = target.name[:-4] if target.name.endswith(".xml") else target.name
    src_lang, tgt_lang = src.lang or "src", tgt.lang or "tgt"
    if src_lang == tgt_lang:
        src_lang, tgt_lang = f"{src_lang}.1", f"{tgt_lang}.2"
    return target.with_name(f"{base}.{src_lang}.xml"), target.with_name(f"{base}.{tgt_lang}.xml")


def write_intertext(alignment: model.Alignment, src: model.Document, tgt: model.Document,
                    path: str | os.PathLike[str]) -> ExportReport:
    """Write the alignment file to ``path`` and its two text documents beside it (see ``intertext_names``).

    ``report.units`` counts links; beads pointing at sentences the documents lack are skipped.
    """
    if (alignment.src_doc, alignment.tgt_doc) != (src.id, tgt.id):
        raise WorkbenchError(f"{path}: the alignment links {alignment.src_doc} -> {alignment.tgt_doc}, "
                             f"not the documents given ({src.id} -> {tgt.id})")
    b = Builder()
    src_root, src_ids = _text_doc(b, src)
    tgt_root, tgt_ids = _text_doc(b, tgt)
    src_path, tgt_path = intertext_names(path, src, tgt)
    report = ExportReport(str(path))
    group = b.root("linkGrp", {"toDoc": tgt_path.name, "fromDoc": src_path.name})
    for bead in alignment.beads:
        if any(i not in src_ids for i in bead.src) or any(i not in tgt_ids for i in bead.tgt):
            report.skipped += 1
            continue
        # InterText's own examples put the toDoc's ids first: xtargets="to;from", type "len(to)-len(from)".
        xtargets = " ".join(tgt_ids[i] for i in bead.tgt) + ";" + " ".join(src_ids[i] for i in bead.src)
        b.sub(group, "link", {"type": f"{len(bead.tgt)}-{len(bead.src)}", "xtargets": xtargets,
                              "status": "man" if bead.status == model.CONFIRMED else "auto"})
        report.units += 1
    if report.skipped:
        report.notes.append(f"{report.skipped} beads point at sentences the documents do not have; left out")
    texts = frozenset({"doc", "p"})
    _write(src_path, _bytes(src_root, texts))
    _write(tgt_path, _bytes(tgt_root, texts))
    # The alignment file last, so it never names text files that are not there yet.
    _write(Path(path), _bytes(group, frozenset({"linkGrp"})))
    report.removed_chars = b.removed
    report.notes.append(f"text documents: {src_path.name}, {tgt_path.name}")
    return report
