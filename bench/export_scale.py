"""TMX export at scale: workbench's streamed writer against translate-toolkit's tmxfile.

Each writer runs in its own subprocess (so peak RSS is its own) over the same lazily generated units:
real sentence pairs from the seed transcript (en-ru and en-az, paragraph by paragraph) and the dev
corpus's 1:1 gold beads, cycled, with the cycle number appended so every unit differs.

    python bench/export_scale.py [--units 1000000]

Prints one table row per writer: wall time of generating + writing, peak RSS of the child
(resource.getrusage), its RSS after imports, the file size and the units found in the file.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing the package
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "fixtures" / "dev"  # a copy of shared/corpus/dev
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[-–—«\"A-ZА-ЯƏÖÜÇŞĞİ])")


def _paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def sentence_pairs() -> list[tuple[str, str, str]]:
    """(lang, english, other) pairs: sentences where a paragraph splits into as many sentences on both sides,
    whole paragraphs otherwise."""
    english = _paragraphs(SEEDS / "000_cad0dfaeb5419f53.txt")
    pairs = []
    for lang in ("ru", "az"):
        other = _paragraphs(SEEDS / f"000_cad0dfaeb5419f53.{lang}.txt")
        for en_par, other_par in zip(english, other):
            en_s, other_s = _SENTENCE_END.split(en_par), _SENTENCE_END.split(other_par)
            if len(en_s) == len(other_s):
                pairs += [(lang, e, o) for e, o in zip(en_s, other_s)]
            else:
                pairs.append((lang, en_par, other_par))
    for folder in sorted(DEV.glob("*/")) if DEV.is_dir() else []:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        src = (folder / "src.sents").read_text(encoding="utf-8").splitlines()
        tgt = (folder / "tgt.sents").read_text(encoding="utf-8").splitlines()
        for line in (folder / "gold.align").read_text(encoding="utf-8").splitlines():
            m = re.fullmatch(r"\[(\d+)\]:\[(\d+)\]", line.strip())
            if m and meta["src_lang"] == "en":
                pairs.append((meta["tgt_lang"], src[int(m[1])], tgt[int(m[2])]))
    return pairs


def units(n: int) -> Iterator:
    """``n`` Units, generated one at a time so the generator itself needs no memory."""
    from workbench.model import Unit

    pool = sentence_pairs()
    for i in range(n):
        lang, en, other = pool[i % len(pool)]
        cycle = i // len(pool)
        yield Unit(tuid=f"bench:{lang}:{i:08d}", texts={"en": f"{en} ({cycle})", lang: f"{other} ({cycle})"},
                   srclang=lang, score=0.5 + (i % 500) / 1000, speaker="Ilham Aliyev", doc="bench",
                   source_url="https://president.az/en/articles/view/58925", section=i % 3,
                   created="20230227T120000Z")


def _ours(n: int, out: Path) -> None:
    from workbench.tmx import write_tmx

    write_tmx(units(n), out, srclang="ru")


def _ttk(n: int, out: Path) -> None:
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage="ru", targetlanguage="en")
    for unit in units(n):
        other = next(lang for lang in unit.texts if lang != "en")
        store.addsourceunit(unit.texts[other]).target = unit.texts["en"]
    with open(out, "wb") as handle:
        store.serialize(handle)


def _count_units(path: Path) -> int:
    count, tail = 0, b""
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            count += (tail + chunk).count(b"</tu>")
            tail = chunk[-4:]  # "</tu>" can straddle chunks; 4 bytes cannot hold a whole one
    return count


def child(writer: str, n: int, out: Path) -> dict:
    import workbench.model  # noqa: F401  (imports counted in the baseline, not in the writer's memory)
    import lxml.etree  # noqa: F401

    if writer == "translate-toolkit":
        import translate.storage.tmx  # noqa: F401
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    (_ours if writer == "workbench" else _ttk)(n, out)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"writer": writer, "seconds": seconds, "peak_mb": peak, "base_mb": base,
            "size_mb": out.stat().st_size / 1e6, "units": _count_units(out)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=1_000_000)
    parser.add_argument("--child", choices=["workbench", "translate-toolkit"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.units, args.out)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for writer in ("workbench", "translate-toolkit"):
            out = Path(folder) / f"{writer}.tmx"
            done = subprocess.run([sys.executable, __file__, "--child", writer, "--units", str(args.units),
                                   "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
            if done.returncode:
                sys.exit(f"{writer} failed:\n{done.stderr}")
            rows.append(json.loads(done.stdout))
            out.unlink()
    print(f"TMX export of {args.units:,} units ({len(sentence_pairs())} distinct sentence pairs, cycled)")
    print(f"{'writer':<18} {'seconds':>8} {'units/s':>9} {'peak RSS MB':>12} {'after imports MB':>17}"
          f" {'file MB':>8} {'units in file':>14}")
    for r in rows:
        print(f"{r['writer']:<18} {r['seconds']:>8.1f} {args.units / r['seconds']:>9,.0f} {r['peak_mb']:>12.0f}"
              f" {r['base_mb']:>17.0f} {r['size_mb']:>8.0f} {r['units']:>14,}")
    ours, theirs = rows
    print(f"workbench is {theirs['seconds'] / ours['seconds']:.1f}x faster and peaks at"
          f" {ours['peak_mb'] / theirs['peak_mb']:.1%} of translate-toolkit's memory")


if __name__ == "__main__":
    main()
