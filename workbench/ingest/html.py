"""An HTML page -> the article's text, one paragraph per block element, "\\n\\n" between them.

Pages from president.az, kremlin.ru or mid.ru wrap the transcript in menus, share bars, footers
and scripts. The main content node is chosen the way readability tools do: an <article> or
<main>, else an element whose class/id says it holds the content, else the element whose direct
<p> children hold the most text. The tree is walked iteratively (deeply nested markup cannot
exhaust the Python stack) and each node is visited once.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from workbench.errors import InputError

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
              "button", "select", "template", "object", "embed", "canvas", "menu", "input", "textarea")
_JUNK = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|share|sharing|social|breadcrumbs?|cookie|"
                   r"banner|comments?|related|advert|ads|popup|modal|subscribe|search|pagination|tags)(?:$|[\s_-])",
                   re.IGNORECASE)
_CONTENT = re.compile(r"(?:^|[\s_-])(?:article|content|post|entry|news|text|story|body|main|materials?|"
                      r"news_text|read)(?:$|[\s_-])", re.IGNORECASE)
_BLOCKS = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th section
article main figure figcaption address hr center""".split())
_SITE_SUFFIX = re.compile(r"\s+[|»«]\s+")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")


def html_to_text(markup: str, name: str) -> str:
    """The main text of an HTML page; InputError when the page has no text."""
    from workbench.ingest import limits

    bound = limits.current()
    if len(markup) > bound.input_bytes:
        raise InputError(name, f"HTML page of {len(markup) / 1e6:.0f} MB, over the {bound.input_mb:g} MB limit "
                               f"({limits.advice('size')})")
    # huge_tree lifts libxml2's 256-level depth and 10 MB text-node limits; what still exceeds
    # them is refused rather than silently cut.
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise InputError(name, f"cannot parse HTML: {err}") from err
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise InputError(name, "HTML nested too deeply or too large for the parser")
    _check_bounds(root, name, bound)
    title = _page_title(root)
    _drop_furniture(root)
    main = _main_node(root)
    paragraphs = _paragraphs(main)
    if title and (not paragraphs or _norm(paragraphs[0]) != _norm(title)) and not _has_heading(main):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _check_bounds(root, name: str, bound) -> None:
    """Refuse markup nested deeper, or holding more paragraphs, than the limits allow (ingest/limits.py)."""
    from workbench.ingest import limits

    depth = blocks = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > bound.depth:
            raise InputError(name, f"HTML nested too deeply: over {bound.depth} levels ({limits.advice('depth')})")
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            blocks += 1
            if blocks > bound.paragraphs:
                raise InputError(name, f"HTML page with over {bound.paragraphs:,} paragraphs "
                                       f"({limits.advice('paragraphs')})")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _page_title(root) -> str:
    """The page's <h1>, else its <title>: article bodies often leave the headline outside."""
    for xpath in ("//h1", "//title"):
        for el in root.xpath(xpath):
            text = _SPACE.sub(" ", el.text_content()).strip()
            if xpath == "//title":
                text = _SITE_SUFFIX.split(text, 1)[0].strip()  # "Headline » Official web-site of ..."
            if text:
                return text
    return ""


def _has_heading(node) -> bool:
    return bool(node.xpath(".//h1|.//h2")) or (isinstance(node.tag, str) and node.tag in ("h1", "h2"))


def _drop_furniture(root) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        _remove(el)
    # Lengths are taken before any junk goes: the loop visits a node before everything inside it, and
    # removing what precedes it changes nothing inside it, so they are the lengths at the visit.
    lengths = _text_lengths(root)
    total = lengths[root]
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body"):
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        # A wrapper named after its sidebar ("page-with-sidebar") may hold the article: keep big ones.
        if marks.strip() and _JUNK.search(marks) and lengths[el] < 0.5 * total:
            _remove(el)
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(el)


def _remove(el) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text_lengths(root) -> dict:
    """Every element's count of non-space characters of text, in one pass from the leaves up: asking each
    element for its text_content() costs the size times the depth (minutes for 2,000 nested <div>s)."""
    lengths: dict = {}
    for _, el in etree.iterwalk(root, events=("end",)):
        total = _nonspace(el.text) if isinstance(el.tag, str) else 0
        for child in el:
            total += lengths.get(child, 0) + _nonspace(child.tail)
        lengths[el] = total
    return lengths


def _nonspace(text: str | None) -> int:
    return len(_SPACE.sub("", text)) if text else 0


def _main_node(root):
    body = root.find("body")
    body = body if body is not None else root
    lengths = _text_lengths(body)
    for tag in ("article", "main"):
        found = [el for el in body.iter(tag)]
        if found:
            return max(found, key=lengths.__getitem__)
    marked = [el for el in body.iter() if isinstance(el.tag, str) and el.tag in ("div", "section", "td")
              and _CONTENT.search(f"{el.get('class', '')} {el.get('id', '')}")]
    if marked:
        best = max(marked, key=lengths.__getitem__)
        if lengths[best] > 0.3 * lengths[body]:
            return best
    # Text density: the parent whose own <p> children carry the most text.
    scores: dict = {}
    for p in body.iter("p"):
        parent = p.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + lengths[p]
    if scores:
        best = max(scores, key=scores.get)
        if scores[best] > 0.3 * lengths[body]:
            return best
    return body


def _paragraphs(node) -> list[str]:
    """Text of ``node`` cut at block elements and <br><br>; one <br> becomes a line break."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        # <br><br> is how older pages separate paragraphs.
        for chunk in _BLANK_LINE.split("".join(current)):
            lines = [_SPACE.sub(" ", line).strip() for line in chunk.split("\n")]
            joined = "\n".join(line for line in lines if line)
            if joined:
                out.append(joined)
        current.clear()

    for event, el in etree.iterwalk(node, events=("start", "end")):
        if not isinstance(el.tag, str):
            if event == "end" and el.tail:
                current.append(el.tail)
            continue
        tag = el.tag.lower()
        if event == "start":
            if tag in _BLOCKS:
                flush()
            if tag == "br":
                current.append("\n")
            if el.text:
                current.append(el.text)
        else:
            if tag in _BLOCKS:
                flush()
            if el.tail and el is not node:
                current.append(el.tail)
    flush()
    return out
