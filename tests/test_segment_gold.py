"""Boundary F1 on the hand-written transcript gold (bench/segment_texts) and the dev corpus .sents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.model import BREAK, SPEECH, Block, Document
from workbench.segment import segment, segment_document
from workbench.segment.score import Score, boundaries, read_gold, score

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "bench" / "segment_texts"
DEV_DIR = ROOT / "tests" / "fixtures" / "dev"  # a copy of shared/corpus/dev


def test_score_counts_boundaries_ignoring_whitespace() -> None:
    assert boundaries(["A b.", "C d.", "E."]) == {3, 6}
    result = score(["A b.", "C d.", "E."], ["A b. C d.", "E."])
    assert (result.tp, result.fp, result.fn) == (1, 0, 1)
    assert result.precision == 1.0 and result.recall == 0.5


def test_read_gold_joins_sentences_and_paragraphs() -> None:
    raw, sentences = read_gold("One.\nTwo.\n\nThree.\n")
    assert raw == "One. Two.\n\nThree."
    assert sentences == ["One.", "Two.", "Three."]


@pytest.mark.parametrize("lang", ["en", "ru", "az"])
def test_gold_f1(lang: str) -> None:
    raw, gold = read_gold((GOLD_DIR / f"{lang}.txt").read_text("utf-8"))
    result = score(gold, [s.text for s in segment(raw, lang)])
    assert result.tp > 40
    assert result.f1 >= 0.995, result


def _dev_pairs() -> list[tuple[str, str, str]]:
    out = []
    for meta_path in sorted(DEV_DIR.glob("*/meta.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        for side in ("src", "tgt"):
            out.append((str(meta_path.parent), side, meta[f"{side}_lang"]))
    return out


@pytest.mark.parametrize("folder,side,lang", _dev_pairs())
def test_dev_corpus(folder: str, side: str, lang: str) -> None:
    raw = Path(folder, f"{side}.txt").read_text("utf-8")
    gold = [line for line in Path(folder, f"{side}.sents").read_text("utf-8").splitlines() if line.strip()]
    result: Score = score(gold, [s.text for s in segment(raw, lang)])
    assert result.f1 == 1.0, result


def test_dev_corpus_is_there() -> None:
    assert len(_dev_pairs()) >= 8


def test_segment_document_numbers_across_blocks() -> None:
    doc = Document(id="d1", lang="ru", title="t", blocks=[
        Block(0, SPEECH, "В.Путин: Добрый день! Рад вас видеть."),
        Block(1, BREAK, "x x x"),
        Block(2, SPEECH, "  Спасибо. (Как переведено.) Да."),
    ])
    out = segment_document(doc)
    assert doc.blocks[0].segments == []  # the input is left as it was
    assert [s.text for s in out.segments] == ["В.Путин: Добрый день!", "Рад вас видеть.", "Спасибо.",
                                               "(Как переведено.) Да."]
    assert [s.index for s in out.segments] == [0, 1, 2, 3]
    assert [s.block for s in out.segments] == [0, 0, 2, 2]
    assert out.blocks[1].segments == []
    for block in out.blocks:
        for seg in block.segments:
            assert block.text[seg.start:seg.end] == seg.text
