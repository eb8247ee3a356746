"""The `[i,j]:[k]` bead lines vecalign reads and writes."""

from __future__ import annotations

import re
from typing import Iterable, Union

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
