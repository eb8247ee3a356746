"""Check the built-in trilingual stem lexicon (en<TAB>ru<TAB>az, one concept per line).

    python bench/check_lexicon.py [LEXICON] [--vocab FILE:LANG ...] [--summary] [--max-words N]

LEXICON defaults to workbench/data/lexicon/seed.tsv. Reports:
  * lines whose column count is not 3, empty columns and multi-word entries (the loader ignores those);
  * stems shorter than 3 letters after folding (ConceptIndex never looks them up), stems with a
    character that no word token contains (a hyphen, a digit) and stems in another script;
  * a stem listed under two or more concepts in one language (it gives a token both keys:
    should be rare and deliberate) and stems that are a prefix of another concept's stem;
  * for each language, the words of a small vocabulary each stem is a prefix of, so that false
    matches (a stem hitting clearly unrelated words) can be reviewed by eye.
The vocabulary comes from bench/segment_texts/{en,ru,az}.txt (not heldout/ or blind/) and
seeds/*.txt (``*.ru.txt`` Russian, ``*.az.txt`` Azerbaijani, other ``*.txt`` English); --vocab adds
any word list or text (FILE:LANG). Exit status 1 when a line has the wrong column count or a stem is
too short or cannot match, else 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.lang import fold  # noqa: E402

LANGS = ("en", "ru", "az")
MIN_STEM = 3  # workbench.align.lexicon.MIN_STEM
DEFAULT = ROOT / "workbench" / "data" / "lexicon" / "seed.tsv"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def load(path: Path):
    """(concepts, problems): concepts are (line number, label, {lang: [stems]})."""
    concepts, problems = [], defaultdict(list)
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 3:
            problems["columns"].append(f"line {n}: {len(cols)} columns: {raw!r}")
            if len(cols) < 3:
                continue
        stems = {}
        for lang, col in zip(LANGS, cols):
            items = [x.strip() for x in col.split(",") if x.strip()]
            if not items:
                problems["empty"].append(f"line {n}: no {lang} stem ({cols[0].strip() or '?'})")
            kept = []
            for x in items:
                if " " in x:
                    problems["multiword"].append(f"line {n}: {lang} {x!r}")
                    continue
                f = fold(x, lang)
                exact = f.endswith("=")  # a whole word, not a prefix (workbench.align.lexicon.EXACT)
                f = f.rstrip("=")
                if not _WORD.fullmatch(f):
                    problems["chars"].append(f"line {n}: {lang} {x!r} has a non-letter: no token can match it")
                    continue
                cyr = bool(_CYR.search(f))
                if (lang == "ru") != cyr or (cyr and _LAT.search(f)):
                    problems["script"].append(f"line {n}: {lang} {x!r} is not in the {lang} script")
                if f != x.rstrip("="):
                    problems["case"].append(f"line {n}: {lang} {x!r} is not folded ({f!r})")
                if len(f) < (2 if exact else MIN_STEM):
                    problems["short"].append(f"line {n}: {lang} {x!r}")
                    continue
                kept.append(f + "=" if exact else f)
            stems[lang] = kept
        label = (stems["en"] or stems["ru"] or stems["az"] or ["?"])[0]
        concepts.append((n, label, stems))
    return concepts, problems


def vocabulary(extra: list[str]) -> dict[str, dict[str, int]]:
    """Folded word -> count, per language."""
    files = [(ROOT / "bench" / "segment_texts" / f"{lang}.txt", lang) for lang in LANGS]
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        if p.name.endswith(".ru.txt"):
            files.append((p, "ru"))
        elif p.name.endswith(".az.txt"):
            files.append((p, "az"))
        elif p.name.lower() != "readme.txt":
            files.append((p, "en"))
    for spec in extra:
        name, _, lang = spec.rpartition(":")
        if lang not in LANGS or not name:
            raise SystemExit(f"--vocab wants FILE:LANG with LANG in {LANGS}, got {spec!r}")
        files.append((Path(name), lang))
    vocab: dict[str, dict[str, int]] = {lang: defaultdict(int) for lang in LANGS}
    for path, lang in files:
        if not path.exists():
            continue
        for w in _WORD.findall(path.read_text(encoding="utf-8")):
            vocab[lang][fold(w, lang)] += 1
    return vocab


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lexicon", nargs="?", default=str(DEFAULT))
    ap.add_argument("--vocab", action="append", default=[], metavar="FILE:LANG",
                    help="another text or word list to match stems against")
    ap.add_argument("--summary", action="store_true", help="counts only, no per-stem word lists")
    ap.add_argument("--max-words", type=int, default=12, help="words shown per stem (default 12)")
    args = ap.parse_args(argv)

    path = Path(args.lexicon)
    concepts, problems = load(path)
    out = print

    # a stem under several concepts, and stems that are a prefix of another concept's stem
    owners: dict[str, dict[str, set]] = {lang: defaultdict(set) for lang in LANGS}
    for n, label, stems in concepts:
        for lang in LANGS:
            for s in stems[lang]:
                owners[lang][s].add((n, label))
    dups = {lang: {s: sorted(o) for s, o in owners[lang].items() if len(o) > 1} for lang in LANGS}
    nested = {}
    for lang in LANGS:
        found = []
        keys = sorted(owners[lang])
        for i, s in enumerate(keys):
            for t in keys[i + 1:]:
                if not t.startswith(s):
                    break
                if owners[lang][s] - owners[lang][t] and owners[lang][t] - owners[lang][s]:
                    found.append((s, t))
        nested[lang] = found

    vocab = vocabulary(args.vocab)
    hits: dict[str, dict[str, list[str]]] = {}
    for lang in LANGS:
        words = sorted(vocab[lang])
        per = {}
        for s in owners[lang]:
            per[s] = [w for w in words if (w == s[:-1] if s.endswith("=") else w.startswith(s))]
        hits[lang] = per

    if not args.summary:
        for kind, title in (("columns", "wrong number of columns"), ("short", "stems shorter than 3 letters"),
                            ("chars", "stems with a character other than a letter"),
                            ("script", "stems in another script than their column's language"),
                            ("case", "stems not in folded (lower) case"),
                            ("multiword", "multi-word entries (ignored by the loader)"),
                            ("empty", "empty columns (no stem in that language)")):
            if problems[kind]:
                out(f"== {title} ({len(problems[kind])})")
                for line in problems[kind]:
                    out("  " + line)
        for lang in LANGS:
            if dups[lang]:
                out(f"== {lang}: stems under more than one concept ({len(dups[lang])})")
                for s, o in sorted(dups[lang].items()):
                    out(f"  {s}: " + "; ".join(f"line {n} ({label})" for n, label in o))
        for lang in LANGS:
            if nested[lang]:
                out(f"== {lang}: stem is a prefix of another concept's stem ({len(nested[lang])})")
                for s, t in nested[lang]:
                    a = ", ".join(lbl for _, lbl in sorted(owners[lang][s]))
                    b = ", ".join(lbl for _, lbl in sorted(owners[lang][t]))
                    out(f"  {s} ({a}) < {t} ({b})")
        for lang in LANGS:
            out(f"== {lang}: vocabulary words matched per stem")
            for s in sorted(hits[lang]):
                ws = hits[lang][s]
                if ws:
                    more = f" ... (+{len(ws) - args.max_words})" if len(ws) > args.max_words else ""
                    owner = ", ".join(lbl for _, lbl in sorted(owners[lang][s]))
                    out(f"  {s} [{owner}]: {' '.join(ws[:args.max_words])}{more}")

    out("== summary")
    out(f"  file: {path}")
    out(f"  concept lines: {len(concepts)}")
    for lang in LANGS:
        n_stems = len(owners[lang])
        matched = sum(1 for s in hits[lang] if hits[lang][s])
        out(f"  {lang}: {n_stems} stems, {len(dups[lang])} under several concepts, "
            f"{len(nested[lang])} prefix-nested across concepts, {matched} match the vocabulary "
            f"({len(vocab[lang])} words)")
    for kind in ("columns", "short", "chars", "script", "case", "multiword", "empty"):
        out(f"  {kind}: {len(problems[kind])}")
    return 1 if problems["columns"] or problems["short"] or problems["chars"] else 0


if __name__ == "__main__":
    sys.exit(main())
