"""The briefing's drawing primitives: page set-up, runs, paragraphs, tables and fields, each marked
with the font and proofing language, and the text cleaner every string passes through.

They live apart from the sections in ``briefing`` so that file reads as the document's outline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor, Twips
from docx.text.run import Run

from workbench.export.docx import xml as docx_xml
from workbench.export.xmltext import clean_xml_text

FONT = "Arial"  # has Cyrillic and ə everywhere Word runs; LibreOffice maps it to metric-equal Liberation Sans
LABEL_LANG = "en"  # the briefing's own words (headings, labels) are English

PAGE_W, PAGE_H = 11906, 16838  # A4 in twips: the paper of the offices these transcripts come from
MARGIN = 1021  # 18 mm

HEADER_FILL = "D9E2F3"
GREY = "6B6B6B"


class Clean:
    """Every string passes through here on its way into the document, so the count is complete.
    A string written twice (the title is in the top block, the properties and the annex) counts once:
    the report tells the user how much of *their* text was lost."""

    def __init__(self) -> None:
        self.removed = 0
        self._seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        text = text or ""
        if text not in self._seen:
            clean, removed = clean_xml_text(text)
            self.removed += removed
            self._seen[text] = clean
        return self._seen[text]


@dataclass
class Ctx:
    book: WordDocument
    now: datetime  # read once, so the properties and the annex agree
    clean: Clean
    width: int  # usable page width, twips


def setup_page(book: WordDocument, landscape: bool) -> int:
    section = book.sections[0]
    width, height = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(width), Twips(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Twips(MARGIN))
    section.footer_distance = Twips(500)
    return width - 2 * MARGIN


def add_run(ctx: Ctx, paragraph, text: str, lang: str = LABEL_LANG, *, bold: bool = False, italic: bool = False,
            size: Optional[float] = None, color: Optional[str] = None):
    run = paragraph.add_run(ctx.clean(text))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    mark_lang(run._r, lang)
    return run


def mark_lang(r, lang: str) -> None:
    rpr = r.get_or_add_rPr()
    docx_xml.set_fonts(rpr, FONT)
    docx_xml.set_lang(rpr, lang)


def add_para(ctx: Ctx, text: str = "", lang: str = LABEL_LANG, style: Optional[str] = None, **run_kw):
    paragraph = ctx.book.add_paragraph(style=style)
    if text:
        add_run(ctx, paragraph, text, lang, **run_kw)
    return paragraph


def add_table(ctx: Ctx, widths: list[int], header: Optional[list[str]] = None):
    table = ctx.book.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Twips(width)
    docx_xml.set_table_width(table._tbl, sum(widths))
    if header:
        cells = add_row(table, widths)
        for cell, label in zip(cells, header):
            add_run(ctx, cell.paragraphs[0], label, bold=True, size=9)
            docx_xml.shade_cell(cell._tc, HEADER_FILL)
        docx_xml.mark_header_row(table.rows[-1]._tr)
    return table


def add_row(table, widths: list[int]):
    row = table.add_row()
    docx_xml.keep_row_whole(row._tr)
    for cell, width in zip(row.cells, widths):
        docx_xml.set_cell_width(cell._tc, width)
        cell.paragraphs[0].paragraph_format.space_after = Pt(0)
    return row.cells


def add_heading(ctx: Ctx, text: str, level: int = 1, new_page: bool = False) -> None:
    heading = ctx.book.add_heading(level=level)
    heading.paragraph_format.page_break_before = new_page
    add_run(ctx, heading, text)


def add_field(paragraph, instruction: str, placeholder: str) -> None:
    for r in docx_xml.field_runs(instruction, placeholder):
        paragraph._p.append(r)
        run = Run(r, paragraph)
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor.from_string(GREY)
        mark_lang(r, LABEL_LANG)
