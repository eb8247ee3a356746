"""Alignment I/O: vecalign's `[i,j]:[k]` bead lines, one-sentence-per-line files for `align --presegmented`,
and the beads printed in each output format.

Kept in one module so every format the aligner reads or writes is found in one place.
"""

from __future__ import annotations

import json
import re
from typing import Iterable, Sequence, Union

from workbench.errors import WorkbenchError
from workbench.model import Bead

_LINE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.replace(" ", "").split(",") if x]


def read_beads(text: str) -> list[tuple[list[int], list[int]]]:
    """Parse bead lines; blank lines are skipped, anything else raises WorkbenchError naming the line."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.match(line)
        if not m:
            raise WorkbenchError(f"bead line {n}: expected [i,j]:[k], got {line.strip()[:60]!r}")
        out.append((_ints(m.group(1)), _ints(m.group(2))))
    return out


def format_beads(beads: Iterable[Union[Bead, tuple]]) -> str:
    lines = []
    for b in beads:
        src, tgt = (b.src, b.tgt) if isinstance(b, Bead) else b
        lines.append(f"[{','.join(map(str, src))}]:[{','.join(map(str, tgt))}]")
    return "\n".join(lines) + ("\n" if lines else "")


def read_presegmented(path: str) -> list[list[str]]:
    """Paragraphs of sentences: one sentence per line, a blank line between paragraphs."""
    from workbench.ingest.decode import read_text

    paragraphs: list[list[str]] = [[]]
    for line in read_text(path).split("\n"):
        line = line.strip()
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def format_result(beads: Sequence[Bead], src: Sequence[str], tgt: Sequence[str], fmt: str) -> str:
    """``beads``: vecalign's `[i,j]:[k]` lines; ``tsv``: source, target, score; ``json``: a list of beads."""
    if fmt == "beads":
        text = format_beads(beads)
        return text if text.endswith("\n") or not text else text + "\n"
    if fmt == "tsv":
        def clean(text: str) -> str:
            return text.replace("\t", " ").replace("\n", " ")

        return "".join(
            f"{clean(' '.join(src[i] for i in b.src))}\t{clean(' '.join(tgt[k] for k in b.tgt))}\t{b.score:.3f}\n"
            for b in beads)
    if fmt == "json":
        return json.dumps([
            {"src": list(b.src), "tgt": list(b.tgt), "score": round(b.score, 4), "flagged": b.flagged,
             "status": b.status, "src_text": " ".join(src[i] for i in b.src),
             "tgt_text": " ".join(tgt[k] for k in b.tgt)}
            for b in beads], ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown format {fmt!r}")
