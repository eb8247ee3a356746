"""Sentence segmentation: our segmenter against pySBD, sentencex, razdel and blingfire.

    python bench/segment.py [--quick]

Speed: >= 5 MB (UTF-8) of English and of Russian transcript text, built by repeating the seed
transcript and the gold texts in a shuffled paragraph order; CPU time, best of 3 (1 with --quick).
pySBD is far slower, so it is timed on a smaller slice and its MB/s extrapolated (marked "*").
Quality, tuned: boundary precision / recall / F1 on bench/segment_texts/<lang>.txt and the dev corpus
(tests/fixtures/dev/*/{src,tgt}.sents, a copy of shared/corpus/dev); every tool gets the same paragraphs one at a time, so
paragraph breaks are given to all of them and only the boundaries inside paragraphs are scored.
Quality, held-out: bench/segment_texts/heldout/<lang>.txt (written apart from the rules, in the real
genres) scored three ways: "para" (paragraphs one at a time, as above), "doc" (the whole document in
one call, paragraphs separated by a blank line) and "nl" (the whole document, paragraphs separated by a
single line break - headings, datelines and signature lines with no final stop then have to be found
by the tool itself).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.segment import segment  # noqa: E402
from workbench.segment.score import Score, boundaries, read_gold, score  # noqa: E402

GOLD_DIR = ROOT / "bench" / "segment_texts"
HELDOUT_DIR = GOLD_DIR / "heldout"
BLIND_DIR = GOLD_DIR / "blind"  # written by someone who had not read the rules
DEV_DIR = ROOT / "tests" / "fixtures" / "dev"  # a copy of shared/corpus/dev
SEEDS = {"en": ROOT / "seeds" / "000_cad0dfaeb5419f53.txt", "ru": ROOT / "seeds" / "000_cad0dfaeb5419f53.ru.txt",
         "az": ROOT / "seeds" / "000_cad0dfaeb5419f53.az.txt"}

Splitter = Callable[[str], list[str]]


def _ours(lang: str) -> Splitter:
    return lambda text: [s.text for s in segment(text, lang)]


def _pysbd(lang: str) -> Splitter:
    import pysbd

    seg = pysbd.Segmenter(language=lang if lang in ("en", "ru") else "en", clean=False)
    return seg.segment


def _sentencex(lang: str) -> Splitter:
    from sentencex import segment as sx

    return lambda text: list(sx(lang, text))


def _razdel(lang: str) -> Splitter:
    from razdel import sentenize

    return lambda text: [s.text for s in sentenize(text)]


def _blingfire(lang: str) -> Splitter:
    from blingfire import text_to_sentences

    return lambda text: text_to_sentences(text).split("\n")


TOOLS: dict[str, Callable[[str], Splitter]] = {
    "workbench": _ours, "pysbd": _pysbd, "sentencex": _sentencex, "razdel": _razdel, "blingfire": _blingfire,
}


def gold_sets(lang: str) -> list[list[list[str]]]:
    """Gold documents for ``lang``: each a list of paragraphs, each a list of sentences."""
    docs = []
    text = (GOLD_DIR / f"{lang}.txt").read_text("utf-8")
    docs.append([[s.strip() for s in block.splitlines() if s.strip()] for block in text.split("\n\n") if block.strip()])
    for meta_path in sorted(DEV_DIR.glob("*/meta.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        for side in ("src", "tgt"):
            if meta[f"{side}_lang"] != lang:
                continue
            raw = (meta_path.parent / f"{side}.txt").read_text("utf-8")
            sents = [s for s in (meta_path.parent / f"{side}.sents").read_text("utf-8").splitlines() if s.strip()]
            docs.append(_paragraphs_of(raw, sents))
    return docs


def _paragraphs_of(raw: str, sents: list[str]) -> list[list[str]]:
    """Group .sents lines into the raw text's paragraphs (by non-whitespace character counts)."""
    limits, total = [], 0
    for block in raw.split("\n\n"):
        total += len("".join(block.split()))
        limits.append(total)
    out: list[list[str]] = [[] for _ in limits]
    done, k = 0, 0
    for sentence in sents:
        while k < len(limits) - 1 and done >= limits[k]:
            k += 1
        out[k].append(sentence)
        done += len("".join(sentence.split()))
    return [p for p in out if p]


def quality(split: Splitter, docs: list[list[list[str]]]) -> Score:
    total = Score(0, 0, 0)
    for doc in docs:
        for para in doc:
            gold, got = boundaries(para), boundaries(s for s in split(" ".join(para)) if s.strip())
            total = total + Score(len(gold & got), len(got - gold), len(gold - got))
    return total


def heldout(lang: str, folder: Path = HELDOUT_DIR) -> list[list[str]]:
    text = (folder / f"{lang}.txt").read_text("utf-8")
    return [[s.strip() for s in block.splitlines() if s.strip()] for block in text.split("\n\n") if block.strip()]


def quality_whole(split: Splitter, paras: list[list[str]], sep: str) -> Score:
    """The document in one call, paragraphs joined by ``sep``; every boundary (inside and between
    paragraphs) is scored."""
    gold = [s for p in paras for s in p]
    got = [s for s in split(sep.join(" ".join(p) for p in paras)) if s.strip()]
    return score(gold, got)


def speed_text(lang: str, size: int) -> str:
    paras = SEEDS[lang].read_text("utf-8").split("\n\n")
    raw, _ = read_gold((GOLD_DIR / f"{lang}.txt").read_text("utf-8"))
    paras += raw.split("\n\n")
    rng = random.Random(7)
    out, n = [], 0
    while n < size:
        rng.shuffle(paras)
        for p in paras:
            out.append(p)
            n += len(p.encode("utf-8")) + 2
    return "\n\n".join(out)


def mb_per_s(split: Splitter, text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        split(text)
        best = min(best, time.process_time() - t0)
    return len(text.encode("utf-8")) / 1e6 / max(best, 1e-9)


def heldout_table(folder: Path = HELDOUT_DIR) -> None:
    print(f"F1 on bench/segment_texts/{folder.name}: para = paragraph at a time, doc = whole text with "
          "blank lines, nl = whole text with single line breaks")
    langs = ("en", "ru", "az")
    print(f"{'tool':<10} " + " ".join(f"{lang + ' ' + mode:>8}" for lang in langs for mode in ("para", "doc", "nl")))
    sets = {lang: heldout(lang, folder) for lang in langs}
    for name, make in TOOLS.items():
        cells = []
        for lang in langs:
            try:
                split = make(lang)
                split("Warm up. Yes.")
            except Exception:
                cells += ["-"] * 3
                continue
            cells.append(f"{quality(split, [sets[lang]]).f1:.3f}")
            cells += [f"{quality_whole(split, sets[lang], sep).f1:.3f}" for sep in ("\n\n", "\n")]
        print(f"{name:<10} " + " ".join(f"{c:>8}" for c in cells))
    print()


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="0.5 MB speed texts, one timing run")
    parser.add_argument("--quality", action="store_true", help="only the held-out quality table")
    args = parser.parse_args(argv)
    heldout_table(HELDOUT_DIR)
    heldout_table(BLIND_DIR)
    if args.quality:
        return 0
    size = 500_000 if args.quick else 5_000_000
    slow_size = 100_000 if args.quick else 300_000
    repeats = 1 if args.quick else 3
    texts = {lang: speed_text(lang, size) for lang in ("en", "ru")}
    golds = {lang: gold_sets(lang) for lang in ("en", "ru", "az")}
    notes = []
    print(f"speed text: {size / 1e6:.1f} MB per language; pySBD timed on {slow_size / 1e6:.1f} MB (*)")
    print(f"{'tool':<10} {'lang':<4} {'MB/s':>8}   {'P':>6} {'R':>6} {'F1':>6}  boundaries")
    for name, make in TOOLS.items():
        for lang in ("en", "ru", "az"):
            try:
                split = make(lang)
                split("Warm up. Yes.")
            except Exception as exc:  # a peer that fails to import or run is reported, not fatal
                notes.append(f"{name} ({lang}) skipped: {type(exc).__name__}: {exc}")
                continue
            speed = ""
            if lang in texts:
                text = texts[lang]
                if name == "pysbd":
                    cut = text.rfind("\n\n", 0, slow_size)
                    speed = f"{mb_per_s(split, text[:cut], 1):7.2f}*"
                else:
                    speed = f"{mb_per_s(split, text, repeats):8.1f}"
            q = quality(split, golds[lang])
            print(f"{name:<10} {lang:<4} {speed:>8}   {q.precision:6.3f} {q.recall:6.3f} {q.f1:6.3f}  "
                  f"tp={q.tp} fp={q.fp} fn={q.fn}")
    for note in notes:
        print("note:", note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
