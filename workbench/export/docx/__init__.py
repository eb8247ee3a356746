"""The DOCX briefing: ``briefing`` lays out its sections, ``rows`` works out the side-by-side table,
``keypoints`` picks the sentences to bullet, ``xml`` does the WordprocessingML python-docx cannot."""

from __future__ import annotations

from workbench.export.docx.briefing import write_docx

__all__ = ["write_docx"]
