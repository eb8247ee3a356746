"""Raw WordprocessingML where python-docx has no API: fonts in every slot, proofing language,
table header/row flags, cell widths and shading, page-number fields, and a deterministic zip.

Each helper edits one element in place (or returns new bytes) and knows the schema order of the
children it inserts, because Word refuses files whose property children are out of order.
"""

from __future__ import annotations

import io
import zipfile
from typing import Iterable, Mapping, Optional

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

# BCP-47 tags Word and LibreOffice know for proofing (w:lang/@w:val).
LANG_TAGS = {"en": "en-US", "ru": "ru-RU", "az": "az-Latn-AZ"}

_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")

# Children that must come after the element being inserted (CT_TcPr / CT_TblPr schema order).
_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")
_TCPR_AFTER_TCW = ("w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd") + _TCPR_AFTER_SHD
_TBLPR_AFTER_TBLW = ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                     "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip entry can hold: no clock leaks into the bytes


def lang_tag(lang: str) -> str:
    return LANG_TAGS.get(lang, lang)


def _insert_before(parent: etree._Element, child: etree._Element, successors: Iterable[str]) -> None:
    """Insert ``child`` before the first existing successor, else append (keeps schema order)."""
    tags = {qn(s) for s in successors}
    for existing in parent:
        if existing.tag in tags:
            existing.addprevious(child)
            return
    parent.append(child)


def _replace_child(parent: etree._Element, tag: str, successors: Iterable[str]) -> etree._Element:
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    child = OxmlElement(tag)
    _insert_before(parent, child, successors)
    return child


_RPR_ORDER = ("w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
              "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
              "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
              "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
              "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def set_fonts(rpr: etree._Element, font: str) -> None:
    """Name ``font`` in all four slots and drop theme fonts, which would otherwise win over them
    (a Cyrillic or ə run is looked up in w:hAnsi or w:cs depending on the application)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        _insert_before(rpr, fonts, _RPR_ORDER[_RPR_ORDER.index("w:rFonts") + 1:])
    for slot in _THEME_SLOTS:
        fonts.attrib.pop(qn(slot), None)
    for slot in _FONT_SLOTS:
        fonts.set(qn(slot), font)


def set_lang(rpr: etree._Element, lang: str) -> None:
    """Proofing language of a run (``w:lang w:val``): spell-checkers and hyphenation follow it."""
    element = _replace_child(rpr, "w:lang", ("w:eastAsianLayout", "w:specVanish", "w:oMath"))
    element.set(qn("w:val"), lang_tag(lang))


def style_fonts_everywhere(styles_root: etree._Element, font: str, lang: str) -> None:
    """Give the document defaults and every style explicit fonts instead of theme fonts, so text
    with no direct formatting (numbering, empty cells, headings) also gets a Cyrillic/ə font."""
    defaults = styles_root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_root.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    set_fonts(rpr, font)
    set_lang(rpr, lang)
    for fonts in styles_root.iter(qn("w:rFonts")):
        if any(fonts.get(qn(slot)) for slot in _THEME_SLOTS):
            for slot in _THEME_SLOTS:
                fonts.attrib.pop(qn(slot), None)
            for slot in _FONT_SLOTS:
                fonts.set(qn(slot), font)


# -- tables -----------------------------------------------------------------------------------------

def _tr_pr(tr: etree._Element) -> etree._Element:
    return tr.get_or_add_trPr()


def mark_header_row(tr: etree._Element) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    trpr = _tr_pr(tr)
    if trpr.find(qn("w:tblHeader")) is None:
        trpr.append(OxmlElement("w:tblHeader"))


def keep_row_whole(tr: etree._Element) -> None:
    """Never split this row across pages (a sentence pair cut in half is hard to read)."""
    trpr = _tr_pr(tr)
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.append(OxmlElement("w:cantSplit"))


def set_cell_width(tc: etree._Element, twips: int) -> None:
    """``w:tcW`` in twentieths of a point: Word uses it, LibreOffice uses the grid; we set both."""
    tcpr = tc.get_or_add_tcPr()
    width = _replace_child(tcpr, "w:tcW", _TCPR_AFTER_TCW)
    width.set(qn("w:w"), str(int(twips)))
    width.set(qn("w:type"), "dxa")


def shade_cell(tc: etree._Element, fill: str) -> None:
    tcpr = tc.get_or_add_tcPr()
    shd = _replace_child(tcpr, "w:shd", _TCPR_AFTER_SHD)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def set_table_width(tbl: etree._Element, twips: int) -> None:
    """A fixed total width; with ``tblLayout fixed`` the columns no longer follow the content."""
    tblpr = tbl.tblPr
    width = _replace_child(tblpr, "w:tblW", _TBLPR_AFTER_TBLW)
    width.set(qn("w:w"), str(int(twips)))
    width.set(qn("w:type"), "dxa")
    layout = _replace_child(tblpr, "w:tblLayout", _TBLPR_AFTER_TBLW[_TBLPR_AFTER_TBLW.index("w:tblLayout") + 1:])
    layout.set(qn("w:type"), "fixed")


# -- fields -----------------------------------------------------------------------------------------

def field_runs(instruction: str, placeholder: str) -> list[etree._Element]:
    """A complex field (begin / instrText / separate / cached result / end) as ``w:r`` elements.
    The cached result is shown until the application updates the field; both Word and LibreOffice
    recompute PAGE and NUMPAGES on layout."""
    def run(child: etree._Element) -> etree._Element:
        r = OxmlElement("w:r")
        r.append(child)
        return r

    def fld(kind: str) -> etree._Element:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        return char

    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    result = OxmlElement("w:t")
    result.text = placeholder
    return [run(fld("begin")), run(instr), run(fld("separate")), run(result), run(fld("end"))]


# -- package ----------------------------------------------------------------------------------------

def app_properties(application: str) -> bytes:
    """docProps/app.xml naming us, instead of the template's "Microsoft Macintosh Word"."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    root = etree.Element(f"{{{ns}}}Properties", nsmap={None: ns})
    etree.SubElement(root, f"{{{ns}}}Application").text = application
    etree.SubElement(root, f"{{{ns}}}DocSecurity").text = "0"
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def repack(data: bytes, replace: Optional[Mapping[str, bytes]] = None, drop: Iterable[str] = ()) -> bytes:
    """Rewrite a zip so the same parts give the same bytes: a fixed entry order ([Content_Types].xml
    first, as some readers expect, then sorted names), a fixed date, fixed compression and attributes."""
    replace = dict(replace or {})
    dropped = set(drop)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {name: source.read(name) for name in source.namelist() if name not in dropped}
    parts.update(replace)
    first = "[Content_Types].xml"
    order = ([first] if first in parts else []) + sorted(n for n in parts if n != first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, parts[name], compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()
