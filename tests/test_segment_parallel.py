"""Segmenting on several cores gives exactly the sentences of one pass over the whole text."""

import random
from pathlib import Path

import pytest

from workbench.segment import sentences
from workbench.segment import parallel
from workbench.segment.parallel import pieces, sentences_parallel

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _long_text(path: Path, repeats: int = 40) -> str:
    paras = path.read_text(encoding="utf-8").split("\n\n")
    rng = random.Random(3)
    out = []
    for _ in range(repeats):
        rng.shuffle(paras)
        out.extend(paras)
    # blank-line runs of every kind the cut has to step over
    return "\n\n".join(out).replace("\n\n", "\n \n\n", 7)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_parallel_sentences_equal_one_pass(path, monkeypatch):
    text = _long_text(path)
    monkeypatch.setattr(parallel, "MIN_PIECE", 10_000)  # force several pieces on a test-sized text
    assert len(pieces(text, 4)) == 4
    assert sentences_parallel(text, workers=4) == sentences(text)


def test_pieces_cut_only_after_blank_lines_and_cover_the_text():
    text = "One. Two.\n\nThree\nstill three.\n \n\nFour."
    spans = pieces(text, 3)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a == b0 for (_, a), (b0, _) in zip(spans, spans[1:]))
    for a, _ in spans[1:]:
        assert text[a - 1] == "\n" or text[a - 1].isspace()
    assert pieces("no blank line at all. " * 10, 4) == [(0, 220)]


def test_a_failing_worker_is_replaced_by_the_parent(monkeypatch):
    text = _long_text(SEEDS[0])
    monkeypatch.setattr(parallel, "MIN_PIECE", 10_000)
    monkeypatch.setattr(parallel, "_fork", lambda *args: None)
    assert sentences_parallel(text, workers=3) == sentences(text)


def test_lines_are_the_sentences_one_per_line(monkeypatch):
    text = _long_text(SEEDS[0])
    monkeypatch.setattr(parallel, "MIN_PIECE", 10_000)
    assert parallel.lines_parallel(text, workers=3) == "".join(s.replace("\n", " ") + "\n" for s in sentences(text))
