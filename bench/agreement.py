"""How far two people agree on the gold beads of real pages, and how far the aligner agrees with each.

    python bench/agreement.py [DIR ...] [--errors]   # default: bench/real_data

A pair folder with a `gold2.align` beside its `gold.align` was aligned a second time by another annotator,
blind: given only the two `.sents` files and the written conventions, never the first gold or the tool's output
(`gold2.notes` says why each hard bead went the way it did). Per language pair and kind it prints strict / lax F1
of the second gold against the first (agreement between people: the ceiling a goal on these pages can ask for),
of the aligner against the first gold, and of the aligner against the second.
``--errors`` lists the beads where both annotators agree and the aligner does not: its own errors, whatever
either person's taste.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from real_eval import kind  # noqa: E402
from workbench.align import align_texts, read_beads  # noqa: E402
from workbench.align.evaluate import score_alignments  # noqa: E402
from workbench.align.formats import read_presegmented  # noqa: E402
from workbench.lang import detect_lang  # noqa: E402


def beads_of(path: Path) -> list[tuple[list[int], list[int]]]:
    return read_beads(path.read_text(encoding="utf-8"))


def tool_beads(d: Path) -> list[tuple[list[int], list[int]]]:
    src, tgt = read_presegmented(str(d / "src.sents")), read_presegmented(str(d / "tgt.sents"))
    sl = detect_lang(" ".join(s for p in src for s in p))
    tl = detect_lang(" ".join(s for p in tgt for s in p))
    return [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, sl, tl).beads]


def main(argv: list[str]) -> int:
    show = "--errors" in argv
    roots = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "bench" / "real_data"]
    dirs = sorted(p.parent for root in roots for p in root.rglob("gold2.align"))
    groups: dict[str, list] = defaultdict(list)
    for d in dirs:
        first, second, tool = beads_of(d / "gold.align"), beads_of(d / "gold2.align"), tool_beads(d)
        lang = d.name[-5:]
        for key in ("all", lang, f"{lang} {kind(d)}"):
            groups[key].append((first, second, tool))
        if show:
            agreed = {(tuple(a), tuple(b)) for a, b in first} & {(tuple(a), tuple(b)) for a, b in second}
            got = {(tuple(a), tuple(b)) for a, b in tool}
            for a, b in sorted(agreed - got):
                print(f"{d.parent.name}/{d.name}: both annotators {list(a)}:{list(b)}, the aligner not")
    print(f"{'pairs':22s} {'n':>3s}  {'second vs first':>15s}  {'tool vs first':>13s}  {'tool vs second':>14s}")
    for key in sorted(groups):
        rows = groups[key]
        cells = []
        for gold, test in ((0, 1), (0, 2), (1, 2)):
            r = score_alignments([x[gold] for x in rows], [x[test] for x in rows])
            cells.append(f"{r['f1_strict']:.3f}/{r['f1_lax']:.3f}")
        print(f"{key:22s} {len(rows):3d}  {cells[0]:>15s}  {cells[1]:>13s}  {cells[2]:>14s}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
