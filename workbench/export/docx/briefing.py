"""The DOCX briefing: who met whom and when, key points, the text side by side, sources and statistics.

Built with python-docx; what it cannot express (fonts in every slot, proofing language, header rows,
page fields, a deterministic zip) is done in ``xml``. The row layout of the side-by-side table
comes from ``rows``, the key points from ``keypoints`` and the runs, tables and fields from ``draw``,
so this module only lays out the sections.
"""

from __future__ import annotations

from dataclasses import replace

import io
import os
from datetime import date
from pathlib import Path
from typing import Optional, Sequence

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt

import workbench
from workbench import clock, model
from workbench.export.atomic import atomic_write
from workbench.export.docx import xml as docx_xml
from workbench.export.docx.draw import (FONT, GREY, LABEL_LANG, Clean, Ctx, add_field, add_heading, add_para, add_row,
                                        add_run, add_table, setup_page)
from workbench.export.docx.keypoints import key_points
from workbench.export.docx.rows import Row, SectionBreak, layout_rows
from workbench.export.xmltext import ExportReport
from workbench.lang import LANG_NAMES


SPEAKER_W = 1800

FLAG_FILL = "FCE4D6"
BREAK_FILL = "F2F2F2"
FLAG_COLOR = "C00000"
SOURCE_LINE = 60  # characters: a reporting sentence shorter than this names its source and says nothing else


def write_docx(src: model.Document, path: str | os.PathLike[str], *,
               pairs: Sequence[tuple[model.Document, model.Alignment]] = (),
               tool_version: str = workbench.__version__) -> ExportReport:
    """Write the briefing for ``src`` (the transcript) and its ``pairs`` (original, alignment) to ``path``."""
    pairs = list(pairs)
    book = docx.Document()
    landscape = len(pairs) > 1  # three text columns need the width
    ctx = Ctx(book, clock.now(), Clean(), setup_page(book, landscape))
    docx_xml.style_fonts_everywhere(book.styles.element, FONT, LABEL_LANG)
    normal = book.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    book.styles["Title"].font.size = Pt(20)

    _top(ctx, src, pairs)
    _participants(ctx, src, pairs)
    _key_points(ctx, src)
    _background(ctx, src)
    layout = layout_rows(src, pairs)
    units = _side_by_side(ctx, src, pairs, layout.items)
    _annex(ctx, src, pairs, tool_version)
    _footer(ctx)
    _properties(ctx, src, tool_version)

    raw = io.BytesIO()
    book.save(raw)
    data = docx_xml.repack(raw.getvalue(), replace={"docProps/app.xml": docx_xml.app_properties(
        f"workbench {tool_version}")})
    with atomic_write(path) as handle:
        handle.write(data)
    return ExportReport(os.fspath(path), units=units, skipped=layout.skipped, removed_chars=ctx.clean.removed,
                        notes=list(layout.notes))


# -- sections of the briefing -----------------------------------------------------------------------

def _nice_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"  # %B in the C locale: English month names


def _languages_line(src: model.Document, pairs) -> str:
    own = LANG_NAMES.get(src.lang, src.lang)
    if not pairs:
        return own
    originals = ", ".join(LANG_NAMES.get(o.lang, o.lang) for o, _ in pairs)
    return f"{own} (translation); {originals} (original)"


def _top(ctx: Ctx, src: model.Document, pairs) -> None:
    title = ctx.book.add_paragraph(style="Title")
    add_run(ctx, title, src.title or "Untitled transcript", src.lang)
    for orig, _ in pairs:
        if orig.title:
            add_para(ctx, orig.title, orig.lang, italic=True, color=GREY)
    facts = [("Date", _nice_date(src.date)), ("Place", src.place),
             ("Source", src.source_url or Path(src.source_path).name), ("Languages", _languages_line(src, pairs)),
             ("Reference", src.id)]
    for label, value in facts:
        if not value:
            continue
        paragraph = ctx.book.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        add_run(ctx, paragraph, f"{label}: ", bold=True)
        add_run(ctx, paragraph, value, src.lang if label == "Place" else LABEL_LANG)


def _people(src: model.Document, pairs) -> list[str]:
    keys = [p.key for p in src.people]
    for orig, _ in pairs:
        keys += [p.key for p in orig.people if p.key not in keys]
    return keys


def _named_in_lead(doc: model.Document) -> list[model.Person]:
    """The people a title and lead name with their titles: a news item's participants, and those of a transcript
    whose turns the copy does not label ("Meeting with President of Azerbaijan Ilham Aliyev")."""
    from workbench.ingest.speakers import people_named

    found: dict[str, model.Person] = {}
    for block in doc.blocks:  # block by block: a name never runs from the title into the lead
        if block.kind in (model.TITLE, model.LEAD):
            for person in people_named(block.text, doc.lang):
                found.setdefault(person.key, person)
    return list(found.values())


def _participants(ctx: Ctx, src: model.Document, pairs) -> None:
    from workbench.ingest.names import same_person

    add_heading(ctx, "Participants")
    keys = _people(src, pairs)
    docs = [src] + [o for o, _ in pairs]
    # the speakers, then whom the title and lead name besides them; the originals show the same people where their
    # keys agree
    named = [p for p in _named_in_lead(src) if not any(same_person(p.key, k) for k in keys)]
    if named:
        keys = keys + [p.key for p in named]
        docs = [replace(d, people=[*d.people, *(named if d is src else _named_in_lead(d))]) for d in docs]
    if not keys:
        add_para(ctx, "No participants were identified in the transcript.", italic=True, color=GREY)
        return
    name_w = min(3200, (ctx.width - 3000) // len(docs))
    widths = [name_w] * len(docs) + [ctx.width - name_w * len(docs)]
    table = add_table(ctx, widths, [LANG_NAMES.get(d.lang, d.lang) for d in docs] + ["Role"])
    for key in keys:
        cells = add_row(table, widths)
        for cell, doc in zip(cells, docs):
            person = _person_in(doc, key)
            if person is None:
                add_run(ctx, cell.paragraphs[0], "—", color=GREY)
            else:
                add_run(ctx, cell.paragraphs[0], person.name, doc.lang, bold=doc is src)
        # the role in the first language that states one, preferring the transcript's
        role = next(((p.role, d.lang) for d in docs if (p := _person_in(d, key)) and p.role), None)
        if role:
            add_run(ctx, cells[-1].paragraphs[0], *role)


def _person_in(doc: model.Document, key: str) -> Optional[model.Person]:
    """The person ``key`` names in ``doc``: by key, else as a news lead names them in another grammatical case
    ("Владимиром Путиным", "İlham Əliyevə") or another spelling ("Zurabişvili" / "Zourabichvili")."""
    from workbench.ingest.names import inflected_of

    return doc.person(key) or next((p for p in doc.people if inflected_of(p.key, key)), None)


def _speaker_name(key: Optional[str], src: model.Document, pairs, short: bool = False) -> str:
    if not key:
        return ""
    for doc in [src] + [o for o, _ in pairs]:
        person = doc.person(key)
        if person is not None:
            return (person.surname or person.name) if short else person.name
    return key


def _key_points(ctx: Ctx, src: model.Document) -> None:
    add_heading(ctx, "Key points")
    points = key_points(src)
    if not points:
        add_para(ctx, "No sentences with figures, dates, agreements or commitments were found.", italic=True,
                 color=GREY)
        return
    blocks = {b.index: b for b in src.blocks}
    for seg in points:
        bullet = ctx.book.add_paragraph(style="List Bullet")
        speaker = _speaker_name(getattr(blocks.get(seg.block), "speaker", None), src, (), short=True)
        if speaker:
            add_run(ctx, bullet, f"{speaker}: ", src.lang, bold=True)
        add_run(ctx, bullet, seg.text.strip(), src.lang)


def _background(ctx: Ctx, src: model.Document) -> None:
    from workbench.align.kinds import introduces_quote, is_reporting

    def background(sentence: str) -> bool:
        # a news site's own line ("The letter reads:", "Icma.az, ссылаясь на сайт Vesti, отмечает.") tells no
        # background; a lead sentence that ends "..., Report informs." does
        return not (introduces_quote(sentence) or (is_reporting(sentence) and len(sentence) < SOURCE_LINE))

    leads = [text for b in src.blocks if b.kind == model.LEAD
             if (text := " ".join(s.text.strip() for s in b.segments if background(s.text))
                 if b.segments else b.text.strip())]
    if not leads:
        return
    add_heading(ctx, "Background")
    for text in leads:
        add_para(ctx, text, src.lang)


def _side_by_side(ctx: Ctx, src: model.Document, pairs, items) -> int:
    """The text table; returns the number of aligned rows written."""
    # The summary keeps page 1 to itself: it is what gets forwarded and printed.
    add_heading(ctx, "Text" if not pairs else "Text side by side", new_page=bool(pairs))
    columns = len(pairs) + 1
    text_w = (ctx.width - SPEAKER_W) // columns
    widths = [SPEAKER_W] + [text_w] * (columns - 1) + [ctx.width - SPEAKER_W - text_w * (columns - 1)]
    names = [f"{LANG_NAMES.get(o.lang, o.lang)} (original)" for o, _ in pairs]
    names.append(f"{LANG_NAMES.get(src.lang, src.lang)} (translation)" if pairs else
                 LANG_NAMES.get(src.lang, src.lang))
    table = add_table(ctx, widths, ["Speaker"] + names)
    langs = [o.lang for o, _ in pairs] + [src.lang]
    units = 0
    last_speaker: Optional[str] = None
    for item in items:
        if isinstance(item, SectionBreak):
            _break_row(ctx, table, widths, item)
            last_speaker = None
            continue
        units += 1
        cells = add_row(table, widths)
        # an introduction ("... Ilham Aliyev said:") is the narrator's: the speaker's name opens the speech under it
        speaker = item.speaker if item.kind != model.INTRO else None
        if speaker and speaker != last_speaker:
            add_run(ctx, cells[0].paragraphs[0], _speaker_name(speaker, src, pairs), src.lang, bold=True, size=9)
        elif speaker:
            # the turn goes on: its speaker is named again, quietly, so a row that opens a page says who speaks
            add_run(ctx, cells[0].paragraphs[0], _speaker_name(speaker, src, pairs, short=True), src.lang,
                    size=8, color=GREY)
        elif item.label and not item.speaker:
            # a journalist's question: its label says who asks, as a name would ("Question", "Вопрос")
            add_run(ctx, cells[0].paragraphs[0], item.label.rstrip(": "), src.lang, bold=True, size=9)
        last_speaker = speaker or last_speaker
        if item.flagged:
            _flag(ctx, cells[0], item)
        sides = [*item.originals, item.src]
        for cell, segments, lang in zip(cells[1:], sides, langs):
            _text_cell(ctx, cell, segments, lang, item)
    return units


def _flag(ctx: Ctx, cell, row: Row) -> None:
    """A doubtful alignment: a "?" with its score, and the text cells shaded, so a reviewer finds it."""
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].runs else cell.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    score = f" {row.score:.2f}" if row.score is not None else ""
    add_run(ctx, paragraph, f"? check{score}", bold=True, size=8, color=FLAG_COLOR)


def _text_cell(ctx: Ctx, cell, segments: list[model.Segment], lang: str, row: Row) -> None:
    paragraph = cell.paragraphs[0]
    text = " ".join(s.text.strip() for s in segments).strip()
    if not text:
        add_run(ctx, paragraph, "—", color=GREY)
    else:
        add_run(ctx, paragraph, text, lang, italic=row.kind in (model.INTRO, model.META),
                bold=row.kind == model.TITLE, color=GREY if row.kind == model.META else None)
    if row.flagged:
        docx_xml.shade_cell(cell._tc, FLAG_FILL)


def _break_row(ctx: Ctx, table, widths: list[int], item: SectionBreak) -> None:
    cells = add_row(table, widths)
    merged = cells[0].merge(cells[-1])
    docx_xml.set_cell_width(merged._tc, sum(widths))
    docx_xml.shade_cell(merged._tc, BREAK_FILL)
    paragraph = merged.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(ctx, paragraph, item.text, color=GREY)


def _annex(ctx: Ctx, src: model.Document, pairs, tool_version: str) -> None:
    add_heading(ctx, "Annex")
    add_heading(ctx, "Sources", level=2)
    widths = [1500, 1500, ctx.width - 5800, 2800]
    table = add_table(ctx, widths, ["Language", "Role", "Title and source", "Reference"])
    for doc, role in [(src, "translation" if pairs else "transcript")] + [(o, "original") for o, _ in pairs]:
        cells = add_row(table, widths)
        add_run(ctx, cells[0].paragraphs[0], LANG_NAMES.get(doc.lang, doc.lang))
        add_run(ctx, cells[1].paragraphs[0], role)
        add_run(ctx, cells[2].paragraphs[0], doc.title, doc.lang)
        where = doc.source_url or Path(doc.source_path).name
        if where:
            add_run(ctx, cells[2].add_paragraph(), where, size=8, color=GREY)
        add_run(ctx, cells[3].paragraphs[0], doc.id, size=8)
    if pairs:
        add_heading(ctx, "Alignment statistics", level=2)
        _statistics(ctx, src, pairs)
    stamp = ctx.now.strftime("%Y-%m-%d %H:%M UTC")
    add_para(ctx, f"Produced by workbench {tool_version} on {stamp}.", italic=True, color=GREY, size=8)


def _statistics(ctx: Ctx, src: model.Document, pairs) -> None:
    shapes = sorted({b.shape for _, a in pairs for b in a.beads}, key=lambda s: tuple(map(int, s.split("-"))))
    label_w = 2600
    col_w = min(2400, (ctx.width - label_w) // len(pairs))
    widths = [label_w] + [col_w] * len(pairs)
    header = [""] + [f"{src.lang}–{o.lang}" for o, _ in pairs]
    table = add_table(ctx, widths, header)
    lines = [("Beads", lambda a: str(len(a.beads)))]
    lines += [(f"  {shape} beads", lambda a, s=shape: str(sum(b.shape == s for b in a.beads))) for shape in shapes]
    lines += [("Flagged for review", lambda a: str(sum(b.flagged for b in a.beads))),
              ("Confirmed", lambda a: str(sum(b.status == model.CONFIRMED for b in a.beads))),
              ("Mean score", lambda a: f"{sum(b.score for b in a.beads) / len(a.beads):.3f}" if a.beads else "—")]
    for label, value in lines:
        cells = add_row(table, widths)
        add_run(ctx, cells[0].paragraphs[0], label)
        for cell, (_, alignment) in zip(cells[1:], pairs):
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_run(ctx, paragraph, value(alignment))


def _footer(ctx: Ctx) -> None:
    paragraph = ctx.book.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(ctx, paragraph, "Page ", size=8, color=GREY)
    add_field(paragraph, "PAGE", "1")
    add_run(ctx, paragraph, " of ", size=8, color=GREY)
    add_field(paragraph, "NUMPAGES", "1")


PROPERTY_LIMIT = 255  # characters python-docx (and Word) allow in a core property


def _property(text: str) -> str:
    """A core property cut to its limit at a word, with an ellipsis; the full text stays in the body."""
    text = " ".join(text.split())
    if len(text) <= PROPERTY_LIMIT:
        return text
    cut = text[:PROPERTY_LIMIT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _properties(ctx: Ctx, src: model.Document, tool_version: str) -> None:
    book = ctx.book
    props = book.core_properties
    props.title = _property(ctx.clean(src.title)) or "Untitled transcript"
    props.subject = "Briefing"
    props.author = "workbench"
    props.last_modified_by = "workbench"
    props.comments = f"Generated by workbench {tool_version}"
    props.keywords = ""
    props.category = "briefing"
    props.identifier = src.id
    props.language = docx_xml.lang_tag(src.lang)
    props.revision = 1
    stamp = ctx.now.replace(tzinfo=None)  # python-docx writes it as UTC "Z"
    props.created = stamp
    props.modified = stamp
    # The template's thumbnail shows a blank page; better none than a wrong one.
    for rid, rel in list(book.part.package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            book.part.package.rels.pop(rid)
