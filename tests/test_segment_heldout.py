"""Partition cases for the failures found on the held-out gold (bench/segment_texts/heldout), written
razdel-style as "first.| |Second." (see test_segment.py), plus the held-out F1 for all three ways a
document can reach the segmenter (paragraph at a time, blank lines, single line breaks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.segment import segment
from workbench.segment.score import score

HELDOUT = Path(__file__).resolve().parent.parent / "bench" / "segment_texts" / "heldout"

CASES = [
    # from the blind gold (bench/segment_texts/blind): an inline list separated by ";" is one sentence,
    # a list whose items carry no punctuation is several
    ("The priorities include: a) climate finance; b) adaptation; c) loss and damage.| |The end.", "en"),
    ("Prioritetlər bunlardır: a) iqlim maliyyəsi; b) uyğunlaşma; c) itki və zərər.| |Baş verdi.", "az"),
    ("1) The first item| |2) The second item", "en"),
    # a capital after an acronym starts a sentence when it is a usual opener, not a name
    ("Relations with the U.S.| |Over these years, trade grew.", "en"),
    ("Talks in the U.K.| |Both sides agreed.", "en"),
    ("The U.S. President arrived.", "en"),
    ("Строится порт Баку (пос. Алят).| |Ожидается, что к 2030 г. он заработает.", "ru"),
    # a section mark on its own line is a segment of its own, whatever follows or precedes it
    ("Please convey my greetings.|\n|x x x|\n|After the meeting, they left.", "en"),
    ("Спасибо.|\r|x x x|\r|Заявления для прессы", "ru"),
    ("Ümumilikdə 170 ölkə ilə ticarət aparılıb.|\n|* * *|\n|BMT-nin Baş katibi gəlib.", "az"),
    ("Baku, 31 May 2024|\n|x x x|\n|Press release No. 112/24", "en"),
    ("the last words of a line|\n|x x x|\n|and the next part", "en"),
    # an inline interpreter's note still opens the sentence after it
    ("(Говорит по-английски.) Мы высоко ценим наше сотрудничество.", "ru"),
    # a note alone on its line is a stage direction
    ("Потому что это в интересах всех!|\n|(Аплодисменты.)|\n|Ильхам Алиев: Дамы и господа!", "ru"),
    ("Thank you.|\n|(Applause.)|\n|Ladies and gentlemen!", "en"),
    # the last part of a hyphenated pair of abbreviations decides
    ("Cargo volumes doubled in Jan.-Feb. 2024 compared to 2023.", "en"),
    # "His/Her Excellency" is a title
    ("On March 15, 2024, H.E. Mr. Jeyhun Bayramov met with H.E. Mr. Peter Szijjarto.", "en"),
    # a currency or country acronym after a scale or currency abbreviation
    ("Их стоимость превышает 2 млрд долл. США.| |В 1994 г. был подписан контракт.", "ru"),
    ("Это 4,4 млрд долл.| |Это хороший результат.", "ru"),
    ("Xarici ticarət dövriyyəsi 10,8 mlrd. ABŞ dolları olub.| |İxrac artıb.", "az"),
    ("Layihəyə 1,2 mlrd. manat ayrılacaq.| |Qrup yaradılıb.", "az"),
    # "гг." after a range of years is a year, so a capital after it starts a sentence
    ("Программа на 2024–2026 гг.| |Договорились о форуме.", "ru"),
    ("В 1990-2000 гг. 15 раз встречались.", "ru"),
    ("Договорились о форуме в с.г. в Астрахани.", "ru"),
]


@pytest.mark.parametrize("case,lang", CASES)
def test_heldout_failures(case: str, lang: str, check_partition) -> None:
    check_partition(case, lang)


def _paragraphs(lang: str) -> list[list[str]]:
    text = (HELDOUT / f"{lang}.txt").read_text("utf-8")
    return [[s.strip() for s in block.splitlines() if s.strip()] for block in text.split("\n\n") if block.strip()]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("lang", ["en", "ru", "az"])
def test_heldout_f1(lang: str, sep: str) -> None:
    paras = _paragraphs(lang)
    gold = [s for p in paras for s in p]
    result = score(gold, [s.text for s in segment(sep.join(" ".join(p) for p in paras), lang)])
    assert result.tp > 100
    assert result.f1 >= 0.995, result


TOKENS = ["word", "Word", "Mr", "mr", "No", "etc", "e.g", "U.S", "S", "A", "I", "a", "1", "15", "2022", "x x x", "(In English",
          "Jan.-Feb", "H.E", "гг", "2024–2026", "долл", "США", "mlrd", "ABŞ", "İ", "Əliyev", "т.е", "и т.д", "relations",
          "\u00abДа", "\"Yes", "президент", "Президент", ")", "2)", "b", "*", "\u2022"]
MARKS = [". ", ".\n", "! ", "? ", ".\" ", ".\u00bb ", ".) ", "... ", ".", " ", " ", " ", "\n", "\n\n", ", ", ": "]


@pytest.mark.parametrize("lang", ["en", "ru", "az"])
def test_shortcuts_agree_with_the_rules_on_random_text(lang: str) -> None:
    # the scanner's shortcuts (taken only without a trace) must cut exactly where the rules do
    import random

    rng = random.Random(lang)
    for _ in range(300):
        text = "".join(rng.choice(TOKENS) + rng.choice(MARKS) for _ in range(rng.randint(1, 25)))
        plain = [(s.start, s.end) for s in segment(text, lang)]
        traced = [(s.start, s.end) for s in segment(text, lang, debug=True)]
        assert plain == traced, text


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n"])
@pytest.mark.parametrize("lang", ["en", "ru", "az"])
def test_shortcuts_agree_on_heldout(lang: str, sep: str) -> None:
    text = sep.join(" ".join(p) for p in _paragraphs(lang))
    assert [(s.start, s.end) for s in segment(text, lang)] == [(s.start, s.end) for s in segment(text, lang, debug=True)]
