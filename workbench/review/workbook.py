"""A review workbook in the style of LF Aligner's: one row per bead (texts, score, flag colour, status, note),
written with openpyxl and read back after a reviewer edited it.

What a reviewer may change: ``status`` (confirmed/auto), ``note``, and the sentence-number columns, to re-link:
put ``7,8`` in a row's source sentences and clear the row that held 8 (a row with no sentences is dropped; a
sentence no row holds is left unlinked). The texts are for reading; edits to them are ignored. The import is one
undoable edit, refused whole when the pair changed since the workbook was written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from workbench.errors import InputError, WorkbenchError
from workbench.export.xmltext import ExportReport
from workbench.extras import need
from workbench.model import AUTO, CONFIRMED, Bead

if TYPE_CHECKING:
    from workbench.review.edits import EditResult
    from workbench.store import Memory

HEADER = ["bead", "source sentences", "source text", "target text", "target sentences", "score", "status", "note"]
FILLS = {"flagged": "F4CCCC", "confirmed": "D9EAD3", "low": "FCE5CD"}  # LF Aligner-like traffic colours
META = "pair"


def _numbers(value: object) -> tuple[int, ...]:
    if value is None or str(value).strip() in ("", "-"):
        return ()
    try:
        return tuple(int(float(v)) for v in str(value).replace(";", ",").split(",") if v.strip())
    except ValueError:
        raise WorkbenchError(f"sentence numbers must look like 3 or 3,4, not {value!r}") from None


def write_workbook(memory: "Memory", src: str, tgt: str, path: str | os.PathLike[str]) -> ExportReport:
    Workbook = need("openpyxl", "a workbook (.xlsx)", "review").Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from workbench.export.atomic import atomic_write
    from workbench.export.xmltext import clean_xml_text as clean_text
    from workbench.review.edits import load_beads, resolve_pair, version_of

    pair = resolve_pair(memory, src, tgt)
    texts = {doc: dict(memory.conn.execute("SELECT idx, text FROM segments WHERE doc_id = ?", (doc,)))
             for doc in (pair.src, pair.tgt)}
    notes = dict(memory.conn.execute("SELECT tuid, note FROM units WHERE alignment_id = ?", (pair.alignment_id,)))
    book = Workbook()
    sheet = book.active
    sheet.title = "review"
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    from workbench.units import unit_id

    beads = load_beads(memory, pair.alignment_id)
    for n, bead in enumerate(beads):
        sheet.append([n, ",".join(map(str, bead.src)),
                      clean_text(" ".join(texts[pair.src][i] for i in bead.src))[0],
                      clean_text(" ".join(texts[pair.tgt][k] for k in bead.tgt))[0],
                      ",".join(map(str, bead.tgt)), round(bead.score, 3), bead.status,
                      notes.get(unit_id(pair.src, pair.tgt, n), "")])
        colour = FILLS["confirmed"] if bead.status == CONFIRMED else FILLS["flagged"] if bead.flagged else \
            FILLS["low"] if bead.score < 0.8 else None
        if colour:
            for cell in sheet[n + 2]:
                cell.fill = PatternFill("solid", fgColor=colour)
    for column, width in zip("ABCDEFGH", (6, 10, 60, 60, 10, 7, 11, 30)):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row[2:4]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    meta = book.create_sheet(META)
    meta.append(["src", pair.src])
    meta.append(["tgt", pair.tgt])
    meta.append(["version", version_of(memory, pair.alignment_id)])
    meta.sheet_state = "hidden"
    with atomic_write(Path(path)) as handle:
        book.save(handle)
    report = ExportReport(str(path))
    report.units = len(beads)
    return report


def import_workbook(memory: "Memory", path: str | os.PathLike[str], *, user: Optional[str] = None) -> "EditResult":
    load_workbook = need("openpyxl", "a workbook (.xlsx)", "review").load_workbook

    from workbench.review.edits import replace_beads

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a file that is not a workbook
        raise InputError(path, f"not a review workbook ({err})") from None
    if META not in book.sheetnames or "review" not in book.sheetnames:
        raise InputError(path, "not a review workbook: it has no 'review' and 'pair' sheets")
    meta = {row[0]: row[1] for row in book[META].iter_rows(values_only=True) if row and row[0]}
    rows = list(book["review"].iter_rows(min_row=2, values_only=True))
    beads, notes = [], {}
    try:
        for number, row in enumerate(rows, 2):
            row = tuple(row) + (None,) * (len(HEADER) - len(row))
            s, t = _numbers(row[1]), _numbers(row[4])
            if not s and not t:
                continue
            status = str(row[6] or AUTO).strip().lower()
            if status not in (AUTO, CONFIRMED):
                raise WorkbenchError(f"row {number}: status must be auto or confirmed, not {row[6]!r}")
            score = float(row[5]) if isinstance(row[5], (int, float)) else 1.0
            beads.append(Bead(s, t, score, status))
            if row[7]:
                notes[(s, t)] = str(row[7])
    except WorkbenchError as err:
        raise InputError(path, str(err)) from None

    def make(pair, old: list[Bead]) -> list[Bead]:
        # the sheet shows rounded scores: an unchanged bead keeps its exact one
        scores = {(b.src, b.tgt): b.score for b in old}
        return [Bead(b.src, b.tgt, scores.get((b.src, b.tgt), b.score), b.status) for b in beads]

    def note_positions(ordered: list[Bead]) -> dict[int, str]:
        return {n: notes[(b.src, b.tgt)] for n, b in enumerate(ordered) if (b.src, b.tgt) in notes}

    version = meta.get("version")
    return replace_beads(memory, str(meta["src"]), str(meta["tgt"]), "import-xlsx", make, notes=note_positions,
                         detail={"file": str(path)}, user=user,
                         version=int(version) if isinstance(version, (int, float)) else None)
