"""Interviews whose turns open with a dash and name no one ("— Господин Президент, ... ?" / "— В первую очередь,
..."): the heading or the lead names who answers (speakers.interview_heading); a dash turn that ends on a question
is the interviewer's, any other is the answer."""

from __future__ import annotations

from workbench.sectionbreak import is_break

_CLOSERS = "»\"”’')]"


def is_dash(text: str) -> bool:
    """A paragraph that opens a turn with a dash ("- Mr. President, ...", "— В первую очередь, ..."), or with a
    dash run onto its first word ("–Gələcək planınız nədir?", "-Mən cəmi iki gündür ki, ...")."""
    return text[:1] in "-–—" and (text[1:2] == " " or text[1:2].isupper())


def dash_questions(paragraphs: list[str]) -> dict[int, bool]:
    """For each paragraph that opens a dash turn, whether the turn ends on a question. A turn runs from its dash
    to the next dash or section break ("— Господин Президент, спасибо за встречу." / "Что для Вас власть
    сегодня?"): a question may open with thanks, and its asker goes on in a paragraph of its own."""
    out: dict[int, bool] = {}
    opened = None
    for k in range(len(paragraphs) + 1):
        last = k == len(paragraphs)
        if opened is not None and (last or is_dash(paragraphs[k]) or is_break(paragraphs[k])):
            out[opened] = paragraphs[k - 1].rstrip().rstrip(_CLOSERS).endswith("?")
            opened = None
        if not last and is_dash(paragraphs[k]):
            opened = k
    return out
