"""Score the aligner on every pair folder under DIR (src.sents, tgt.sents, gold.align[, meta.json]).

    python bench/align_eval.py tests/fixtures/dev [bench/align_data] [bench/align_data/heldout] [-v] [--length-only] [--flat]

bench/align_data/heldout* hold pairs written only to check the aligner, never to tune it.

Prints per-pair and overall strict/lax precision, recall and F1 (vecalign's definitions), then the
overall per language pair (en-ru, en-az) over every DIR given. ``--length-only`` scores a baseline:
the same DP with Gale-Church lengths alone (no anchors, lexicon or sentence kinds), which tells how
hard a set is (hunalign without a dictionary is a length aligner of this kind). ``--flat`` drops the
blank lines (paragraph ends) from both sides first, as a test set without paragraphs would come.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.align import format_beads, read_beads  # noqa: E402
from workbench.align.config import AlignConfig, AnchorCosts, KindCosts, Priors  # noqa: E402
from workbench.pipeline import align_files  # noqa: E402
from workbench.align.evaluate import score_alignments  # noqa: E402
from workbench.lang import detect_lang  # noqa: E402


def pair_dirs(root: Path) -> list[Path]:
    """Pair folders under root; a held-out folder is scored only when named as the root itself."""
    return sorted(p.parent for p in root.rglob("gold.align")
                  if not any(x.startswith("heldout") for x in p.relative_to(root).parts[:-1]))


def length_only() -> AlignConfig:
    """The configuration with every term but length and the shape priors switched off."""
    skip = Priors().skip
    return AlignConfig(anchors=AnchorCosts(gain=0.0, miss=0.0, skip_shared=0.0),
                       kinds=KindCosts(short_bonus=0.0, polite_bonus=0.0, polite_merge=0.0, note_link=0.0,
                                       note_pair=0.0, report_link=0.0, para_bonus=0.0, para_cross=0.0,
                                       note_skip=skip, report_skip=skip))


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    baseline = "--length-only" in argv
    flat = "--flat" in argv
    roots = [Path(a) for a in argv if not a.startswith("-")] or [Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "dev"]
    by_lang: dict[str, tuple[list, list]] = {}
    for root in roots:
        golds, tests = [], []
        print(f"{root}")
        print(f"{'pair':40s} {'src':>5s} {'tgt':>5s} {'P_s':>6s} {'R_s':>6s} {'F1_s':>6s} {'F1_lax':>6s}")
        start = time.perf_counter()
        for d in pair_dirs(root):
            # exactly what `workbench align SRC TGT --presegmented` does, languages detected
            paths = [d / "src.sents", d / "tgt.sents"]
            with tempfile.TemporaryDirectory() as tmp:
                if flat:
                    for k, p in enumerate(paths):
                        paths[k] = Path(tmp) / p.name
                        paths[k].write_text("\n".join(x for x in p.read_text(encoding="utf-8").splitlines()
                                                       if x.strip()) + "\n", encoding="utf-8")
                res, src, tgt = align_files(paths[0], paths[1], config=length_only() if baseline else AlignConfig())
            sl, tl = detect_lang("\n".join(src)), detect_lang("\n".join(tgt))
            gold = read_beads((d / "gold.align").read_text())
            test = [(list(b.src), list(b.tgt)) for b in res.beads]
            r = score_alignments([gold], [test])
            golds.append(gold)
            tests.append(test)
            lg = by_lang.setdefault(f"{sl}-{tl}", ([], []))
            lg[0].append(gold)
            lg[1].append(test)
            print(f"{str(d.relative_to(root)):40s} {len(src):5d} {len(tgt):5d} "
                  f"{r['precision_strict']:6.3f} {r['recall_strict']:6.3f} {r['f1_strict']:6.3f} {r['f1_lax']:6.3f}")
            if verbose and r["f1_strict"] < 1.0:
                gs = {(tuple(a), tuple(b)) for a, b in gold}
                for a, b in test:
                    if (tuple(a), tuple(b)) not in gs:
                        print("   wrong:", format_beads([(a, b)]).strip())
                ts = {(tuple(a), tuple(b)) for a, b in test}
                for a, b in gold:
                    if (tuple(a), tuple(b)) not in ts:
                        print("   missed:", format_beads([(a, b)]).strip())
        r = score_alignments(golds, tests)
        print(f"{'OVERALL (' + str(len(golds)) + ' pairs)':40s} {'':5s} {'':5s} {r['precision_strict']:6.3f} "
              f"{r['recall_strict']:6.3f} {r['f1_strict']:6.3f} {r['f1_lax']:6.3f}   "
              f"({time.perf_counter() - start:.2f}s)")
    if by_lang:
        for pair, (gl, tl_) in sorted(by_lang.items()):
            r = score_alignments(gl, tl_)
            print(f"{'ALL ' + pair + ' (' + str(len(gl)) + ' pairs)':40s} {'':5s} {'':5s} {r['precision_strict']:6.3f} "
                  f"{r['recall_strict']:6.3f} {r['f1_strict']:6.3f} {r['f1_lax']:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
