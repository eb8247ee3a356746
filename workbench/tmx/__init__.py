"""TMX in and out: the reader for other tools' memories, the streaming writer, and the language codes
both sides have to agree on (kept together so a change to one is seen next to the other)."""

from __future__ import annotations

from workbench.tmx.langmap import PRESETS, bare_code, normalize_code, resolve_lang_map
from workbench.tmx.read import read_tmx
from workbench.tmx.write import write_tmx

__all__ = ["PRESETS", "bare_code", "normalize_code", "read_tmx", "resolve_lang_map", "write_tmx"]
