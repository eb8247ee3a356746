"""Paragraphs a page broke inside one sentence, joined again: a bulleted list that goes on the sentence introducing
it, and a quote whose attribution the page set as a paragraph of its own."""

from __future__ import annotations

from workbench.ingest.paragraphs import cut_prose, ends_sentence, is_dash

_BULLETS = tuple("•·▪◦●")  # not dashes: "- " opens a speech after "... said:"
_ITEM_GOES_ON = tuple(",;")
# a quote that goes on after its closing mark with a comma: '... relations",' / '... отношений», '
_QUOTE_GOES_ON = ('",', '”,', '»,', ',"', ',”', ',»')
_ATTRIBUTION_WORDS = 8  # words: "Sergey Lavrov said." / "— сказал глава МИД России Сергей Лавров."
_STOPS = tuple(".!?")
_QUOTE_CLOSES = tuple('"”»')


def join_list_items(paragraphs: list[str]) -> list[str]:
    """A bulleted list that goes on the sentence introducing it ("... including:" / "• the drafting of a peace
    treaty," / "• border delimitation," / "• unblocking of transport lines.") as one paragraph: its items, ending in
    commas, are that sentence's parts, which the other language may write inline ("..., включая вопросы ...").
    A list of whole sentences, or one whose first item ends a sentence, stays as it is."""
    out: list[str] = []
    open_list = False  # the last paragraph out introduces a list, or holds items that go on
    for para in paragraphs:
        item = para.startswith(_BULLETS) and "\n" not in para
        if out and item and (open_list or (out[-1].endswith(":") and para.endswith(_ITEM_GOES_ON))):
            out[-1] = f"{out[-1]} {para}"
            open_list = para.endswith(_ITEM_GOES_ON)
            continue
        out.append(para)
        open_list = False
    return out


def join_broken_sentences(paragraphs: list[str]) -> list[str]:
    """A paragraph of prose that stops in the middle of a sentence ("... as well as on the sidelines of international
    organizations. ... President Ilham Aliyev also") and the paragraph after it, which goes on in lower case ("noted
    that the inauguration of ..."), as one paragraph: a stray break on the page."""
    out: list[str] = []
    for para in paragraphs:
        last = out[-1].rsplit("\n", 1)[-1] if out else ""
        if last and para[:1].islower() and not ends_sentence(last) and cut_prose(last):
            out[-1] = f"{out[-1]} {para}"
            continue
        out.append(para)
    return out


def join_attributions(paragraphs: list[str]) -> list[str]:
    """A quote that ends on a comma ('"... normalization of relations",') and the paragraph of a few words after
    it that says who spoke ("Sergey Lavrov said.") as one paragraph: one sentence the page broke in two. So is a
    quote and a dash with lower case after it, however the quote ended ('"... по региональным вопросам"' / "–
    сообщение"): a turn of a dialogue opens with a capital."""
    out: list[str] = []
    for para in paragraphs:
        if out and "\n" not in para and len(para.split()) <= _ATTRIBUTION_WORDS and (
                _said_after_comma(out[-1], para) or _said_after_dash(out[-1], para)):
            out[-1] = f"{out[-1].rstrip()} {para.strip()}"
            continue
        out.append(para)
    return out


def _said_after_comma(quote: str, para: str) -> bool:
    return quote.rstrip().endswith(_QUOTE_GOES_ON) and para.rstrip().endswith(_STOPS) \
        and not para.lstrip().startswith(("\"", "«", "“"))


def _said_after_dash(quote: str, para: str) -> bool:
    text = para.strip()
    return quote.rstrip().rstrip(".!?…").endswith(_QUOTE_CLOSES) and is_dash(text) and text[1:2] == " " \
        and text[2:3].islower()
