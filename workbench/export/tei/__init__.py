"""Export to TEI P5 (``write`` assembles ``header``, ``body`` and ``links``; ``ids`` keeps every xml:id
unique) and to InterText's stand-off alignment files, the XML its editor corrects alignments in."""

from __future__ import annotations

from workbench.export.tei.intertext import write_intertext
from workbench.export.tei.write import TEI_NS, write_tei

__all__ = ["TEI_NS", "write_intertext", "write_tei"]
