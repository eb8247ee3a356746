"""The workbench on real pages: bench/real_data/{dev,blind}/<pair>/ (raw page text with its clutter,
gold sentences, gold beads, the pages' URLs in `sources`).

    python bench/real_eval.py [DIR ...] [-v] [--errors] [--kind]   # default: bench/real_data/dev

``-v`` lists each pair's wrong, clutter and missed units from `run`; ``--errors`` lists the aligner's wrong
beads on the gold sentences next to the gold beads they overlap, with the sentences' text (for classifying
errors on dev; never use it on blind while tuning).
``--kind`` splits each language pair into translations (or one release on two sites) and retellings (two
sites' own accounts of one event, as the pair's `sources` or `meta.json` says).

Per language pair it prints:
- strict / lax F1 of the aligner on the gold sentences (`workbench align --presegmented`, languages detected);
- exact unit F1 from the raw pages through `workbench run` (one memory per pair, default options): a unit is
  right when its two texts equal a gold bead's joined sentences (white space folded);
- clutter units: exported units whose two sides hold no gold sentence at all (menus, datelines, bylines...);
- flag rates on the gold sentences: the share of wrong beads flagged, and of right beads flagged.

bench/real_data/blind is scored once, before any tuning, and reported apart.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import Memory, read_tmx, run  # noqa: E402
from workbench.align import read_beads  # noqa: E402
from workbench.align.evaluate import score_alignments  # noqa: E402
from workbench.align.formats import read_presegmented  # noqa: E402
from workbench.errors import WorkbenchError  # noqa: E402
from workbench.pipeline import align_files  # noqa: E402

_SPACE = re.compile(r"\s+")
# The gold keeps a speaker label in the sentence it opens ("Vladimir Putin: Good afternoon."); the workbench
# keeps it apart as the speaker. Units are compared without a leading label of up to ten words (kremlin.ru's
# "President of the People's Republic of China Xi Jinping (retranslated):").
_LABEL = re.compile(r"^(?:[^\W\d_]+(?:['’][^\W\d_]+)?(?:\.\s*|[\s-]+)){0,9}[^\W\d_]+\.?\s*(?:\([^()]{1,40}\)\s*)?:\s+")


def norm(text: str) -> str:
    return _LABEL.sub("", _SPACE.sub(" ", text).strip())


def pair_dirs(roots: list[Path]) -> list[Path]:
    return sorted(p.parent for root in roots for p in root.rglob("gold.align"))


def gold_units(d: Path) -> tuple[set[tuple[str, str]], list[str], list[str]]:
    src = [s for p in read_presegmented(str(d / "src.sents")) for s in p]
    tgt = [s for p in read_presegmented(str(d / "tgt.sents")) for s in p]
    units = {(norm(" ".join(src[i] for i in a)), norm(" ".join(tgt[k] for k in b)))
             for a, b in read_beads((d / "gold.align").read_text(encoding="utf-8")) if a and b}
    return units, src, tgt


def run_units(d: Path) -> tuple[list[tuple[str, str]], str]:
    """Units of the TMX that `workbench run` writes from the raw pages (flagged beads are left out of it),
    read back with the workbench's TMX reader: what a translator gets."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            with Memory(Path(tmp) / "m.sqlite") as memory:
                result = run(memory, d / "src.raw.txt", [d / "tgt.raw.txt"], Path(tmp) / "out")
        except WorkbenchError as err:
            return [], f"error: {err}"
        tmx = next((Path(tmp) / "out").glob("*.tmx"), None)
        out = []
        for u in read_tmx(tmx) if tmx else []:
            texts = list(u.texts.items())
            en = next(t for lang, t in texts if lang == "en") if any(lang == "en" for lang, _ in texts) else texts[0][1]
            other = next(t for lang, t in texts if lang != "en")
            out.append((norm(en), norm(other)))
        return out, "; ".join(result.pairs[0].warnings)


def is_clutter(unit: tuple[str, str], src: list[str], tgt: list[str]) -> bool:
    """Neither side holds a gold sentence, nor lies inside one."""
    def touches(text: str, sents: list[str]) -> bool:
        return any(norm(s) in text or (len(text) > 15 and text in norm(s)) for s in sents)

    return not touches(unit[0], src) and not touches(unit[1], tgt)


def bead_text(bead: tuple, src: list[str], tgt: list[str]) -> str:
    a, b = bead
    return (f"{list(a)}:{list(b)}  " + " | ".join(src[i][:60] for i in a) + "  <>  "
            + " | ".join(tgt[k][:60] for k in b))


def error_lines(gold: list, test: list, src: list[str], tgt: list[str]) -> list[str]:
    """Each wrong test bead, then the gold beads sharing a sentence with it (what it should have been)."""
    gold_set = {(tuple(a), tuple(b)) for a, b in gold}
    lines = []
    for a, b in test:
        if (tuple(a), tuple(b)) in gold_set:
            continue
        lines.append("    got:  " + bead_text((a, b), src, tgt))
        for ga, gb in gold:
            if set(ga) & set(a) or set(gb) & set(b):
                lines.append("    gold: " + bead_text((ga, gb), src, tgt))
    return lines


def kind(d: Path) -> str:
    """"retelling" for two sites' own accounts of one event (the helper's sources or meta note says so), else
    "translation" (a translation, or one release carried by two sites)."""
    said = " ".join((d / name).read_text(encoding="utf-8") for name in ("sources", "meta.json") if (d / name).exists())
    said = said.lower()
    # "Not a retelling", "rather than an independent retelling", "None is a retelling" say the opposite
    negated = re.compile(r"\b(?:not|none|than)\b[^.;:]{0,30}$")
    told = [m for m in re.finditer(r"retell", said) if not negated.search(said[max(0, m.start() - 40):m.start()])]
    return "retelling" if told else "translation"


def prf(right: int, got: int, want: int) -> tuple[float, float, float]:
    p = right / got if got else 0.0
    r = right / want if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    errors = "--errors" in argv
    by_kind = "--kind" in argv
    roots = [Path(a) for a in argv if not a.startswith("-")] or [ROOT / "bench" / "real_data" / "dev"]
    stats: dict[str, dict] = defaultdict(lambda: {"gold": [], "test": [], "right": 0, "got": 0, "want": 0,
                                                   "clutter": 0, "wrong": 0, "wrong_flagged": 0, "ok": 0,
                                                   "ok_flagged": 0, "pairs": 0})
    print(f"{'pair':66s} {'F1_s':>5s} {'units P/R':>11s} {'clutter':>7s}")
    for d in pair_dirs(roots):
        result, _, _ = align_files(d / "src.sents", d / "tgt.sents")
        gold = read_beads((d / "gold.align").read_text(encoding="utf-8"))
        test = [(list(b.src), list(b.tgt)) for b in result.beads]
        gold_set = {(tuple(a), tuple(b)) for a, b in gold}
        lang = d.name.rsplit("-", 2)[-2] + "-" + d.name.rsplit("-", 1)[-1]
        st = stats[lang + (f" {kind(d)}" if by_kind else "")]
        st["pairs"] += 1
        st["gold"].append(gold)
        st["test"].append(test)
        for b in result.beads:
            right = (b.src, b.tgt) in gold_set
            st["ok" if right else "wrong"] += 1
            st["ok_flagged" if right else "wrong_flagged"] += b.flagged
        units, src, tgt = gold_units(d)
        got, warn = run_units(d)
        right = sum(1 for u in got if u in units)
        clutter = [u for u in got if is_clutter(u, src, tgt)]
        st["right"] += right
        st["got"] += len(got)
        st["want"] += len(units)
        st["clutter"] += len(clutter)
        r = score_alignments([gold], [test])
        p, rc, _ = prf(right, len(got), len(units))
        print(f"{d.parent.name + '/' + d.name:66s} {r['f1_strict']:5.3f} {p:5.2f}/{rc:5.2f} {len(clutter):7d}"
              + (f"  {warn}" if warn and verbose else ""))
        if errors:
            print("\n".join(error_lines(gold, test, src, tgt)))
        if verbose:
            for u in got:
                if u not in units:
                    print(f"    {'CLUTTER' if u in clutter else 'wrong'}: {u[0][:70]!r} <> {u[1][:70]!r}")
            for u in units - set(got):
                print(f"    missed: {u[0][:70]!r} <> {u[1][:70]!r}")
    print()
    print(f"{'language pair':24s} {'pairs':>5s} {'strict':>7s} {'lax':>7s} {'unit P':>7s} {'unit R':>7s} {'unit F1':>7s} "
          f"{'clutter':>7s} {'wrong flagged':>13s} {'right flagged':>13s}")
    for lang, st in sorted(stats.items()):
        r = score_alignments(st["gold"], st["test"])
        p, rc, f = prf(st["right"], st["got"], st["want"])
        wf = st["wrong_flagged"] / st["wrong"] if st["wrong"] else 0.0
        of = st["ok_flagged"] / st["ok"] if st["ok"] else 0.0
        print(f"{lang:24s} {st['pairs']:5d} {r['f1_strict']:7.3f} {r['f1_lax']:7.3f} {p:7.3f} {rc:7.3f} {f:7.3f} "
              f"{st['clutter']:7d} {wf:8.2f} ({st['wrong']:3d}) {of:8.3f} ({st['ok']:3d})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
