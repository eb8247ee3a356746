"""Write aligner test pairs (src.sents, tgt.sents, gold.align, meta.json) under bench/align_data/.

Base pairs come from the seed transcript and its Russian and Azerbaijani versions (seeds/*.ru.txt,
*.az.txt, written by the team paragraph by paragraph; their merges and splits are listed in
seeds/README.md and encoded in SPECS below). Harder variants are derived with a fixed seed: merged
and split target sentences, dropped greetings, inserted reporting sentences, no paragraph breaks,
and everything joined into one long document.

    python bench/make_align_pairs.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "align_data"
SEED = ROOT / "seeds" / "000_cad0dfaeb5419f53"
SPLIT = re.compile(r'(?<=[.!?…])["»”]?\s+(?=[-–—"«“A-ZА-ЯЁƏÜÖĞÇŞİ0-9])')

# paragraph (1-based) -> {EN sentence (1-based): "merge" with the next one | "split" into two}
SPECS = {
    "ru": {4: {5: "merge", 7: "merge"}, 5: {2: "merge"}, 6: {2: "merge"}, 8: {6: "split"}, 12: {5: "split"}},
    "az": {4: {5: "merge", 7: "merge"}, 7: {2: "merge"}, 8: {9: "split"}, 13: {4: "merge"}, 16: {3: "split"}},
}
REPORTING = {
    "ru": ["Об этом сообщает пресс-служба главы государства.", "Его слова приводит агентство АЗЕРТАДЖ."],
    "az": ["Bu barədə Prezidentin mətbuat xidməti məlumat verib.", "AZƏRTAC xəbər verir ki, görüş Bakıda keçib."],
}

Bead = tuple  # (src sentences, tgt sentences, paragraph ends after this bead)


def sentences(par: str) -> list[str]:
    return [s.strip() for s in SPLIT.split(par.strip()) if s.strip()]


def base_pair(lang: str) -> list[Bead]:
    en = (SEED.parent / (SEED.name + ".txt")).read_text(encoding="utf-8").split("\n\n")
    tg = (SEED.parent / (SEED.name + f".{lang}.txt")).read_text(encoding="utf-8").split("\n\n")
    beads: list[Bead] = []
    for n, (pe, pt) in enumerate(zip(en, tg), 1):
        es, ts = sentences(pe), sentences(pt)
        spec = SPECS[lang].get(n, {})
        i = j = 0
        start = len(beads)
        while i < len(es):
            kind = spec.get(i + 1)
            if kind == "merge":
                beads.append(([es[i], es[i + 1]], [ts[j]], False))
                i, j = i + 2, j + 1
            elif kind == "split":
                beads.append(([es[i]], [ts[j], ts[j + 1]], False))
                i, j = i + 1, j + 2
            else:
                beads.append(([es[i]], [ts[j]], False))
                i, j = i + 1, j + 1
        if j != len(ts):
            sys.exit(f"{lang} paragraph {n}: spec leaves {len(ts) - j} target sentences")
        s, t, _ = beads[-1]
        beads[-1] = (s, t, True)
        assert len(beads) > start
    return beads


def merge_two(a: str, b: str) -> str:
    return a.rstrip(".") + ", " + (b[0].lower() + b[1:] if b[:1].isupper() and not b[1:2].isupper() else b)


def split_one(s: str) -> list[str]:
    cut = s.find(", ", len(s) * 2 // 5)
    if cut < 0 or cut > len(s) - 25:
        return [s]
    rest = s[cut + 2:]
    return [s[:cut] + ".", rest[0].upper() + rest[1:]]


def variant(beads: list[Bead], lang: str, rng: random.Random, *, merge=0.0, split=0.0, drop=0.0,
            report=0.0, src_split=0.0) -> list[Bead]:
    out: list[Bead] = []
    for s, t, end in beads:
        if out and not out[-1][2] and out[-1][1] and t and len(out[-1][1]) == 1 and len(t) == 1 \
                and rng.random() < merge and len(out[-1][0]) + len(s) <= 3:
            ps, pt, _ = out.pop()
            out.append((ps + s, [merge_two(pt[0], t[0])], end))
            continue
        if len(t) == 1 and len(s) == 1 and rng.random() < split and len(split_one(t[0])) == 2:
            t = split_one(t[0])
        elif len(t) == 1 and len(s) == 1 and rng.random() < src_split and len(split_one(s[0])) == 2:
            s = split_one(s[0])
        if t and len(s) == 1 and rng.random() < (drop * 4 if len(s[0]) < 60 else drop):
            out.append((s, [], end))
            continue
        out.append((s, t, end))
        if rng.random() < report:
            out.append(([], [rng.choice(REPORTING[lang])], False))
    return out


def write_pair(name: str, beads: list[Bead], lang: str, paragraphs: bool, note: str) -> None:
    d = OUT / name
    d.mkdir(parents=True, exist_ok=True)
    src_lines: list[str] = []
    tgt_lines: list[str] = []
    gold: list[str] = []
    ns = nt = 0
    for s, t, end in beads:
        gold.append(f"[{','.join(str(ns + k) for k in range(len(s)))}]:[{','.join(str(nt + k) for k in range(len(t)))}]")
        src_lines += s
        tgt_lines += t
        ns, nt = ns + len(s), nt + len(t)
        if end and paragraphs:
            src_lines.append("")
            tgt_lines.append("")
    (d / "src.sents").write_text("\n".join(src_lines).strip("\n") + "\n", encoding="utf-8")
    (d / "tgt.sents").write_text("\n".join(tgt_lines).strip("\n") + "\n", encoding="utf-8")
    (d / "gold.align").write_text("\n".join(gold) + "\n", encoding="utf-8")
    (d / "meta.json").write_text(json.dumps({"id": name, "src_lang": "en", "tgt_lang": lang, "notes": note},
                                            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    rng = random.Random(20230227)
    for lang in ("ru", "az"):
        base = base_pair(lang)
        write_pair(f"seed-en-{lang}", base, lang, True, "seed transcript, hand-written translation, gold from seeds/README.md")
        write_pair(f"seed-en-{lang}-flat", base, lang, False, "as seed, no paragraph breaks")
        long: list[Bead] = []
        for k in range(3):
            v = variant(base, lang, rng, merge=0.15, split=0.1, drop=0.04, report=0.04, src_split=0.05)
            write_pair(f"seed-en-{lang}-v{k}", v, lang, True, "merged/split/dropped/inserted sentences")
            write_pair(f"seed-en-{lang}-v{k}-flat", v, lang, False, "as v, no paragraph breaks")
            long += v
        write_pair(f"long-en-{lang}", long + base, lang, True, "variants joined into one long document")


if __name__ == "__main__":
    main()
