"""`align --presegmented` with a memory: the two files stored as documents and their alignment as a pair, so a
pair aligned from one-sentence-per-line files is reviewed like any other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional, Union

from workbench.align.config import DEFAULT, AlignConfig
from workbench.model import CONFIRMED, Alignment

if TYPE_CHECKING:
    from workbench.align.result import AlignResult
    from workbench.store import Memory


def align_presegmented(memory: "Memory", src: Union[str, Path], tgt: Union[str, Path], *,
                       src_lang: Optional[str] = None, tgt_lang: Optional[str] = None,
                       config: AlignConfig = DEFAULT, lexicon_path: Optional[Union[str, Path]] = None
                       ) -> tuple["AlignResult", list[str], list[str]]:
    """Align two one-sentence-per-line files exactly as `align_files` does and store both and the beads.
    Beads a reviewer confirmed earlier are kept (what lies between them is aligned again)."""
    from workbench.align.result import AlignResult
    from workbench.pipeline import align_files, align_in_memory
    from workbench.review.refs import presegmented_document
    from workbench.units import units_for

    result, src_sents, tgt_sents = align_files(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, config=config,
                                               lexicon_path=lexicon_path)
    from workbench.align.formats import read_presegmented
    from workbench.lang import detect_lang

    docs = []
    for path, lang, sents in ((src, src_lang, src_sents), (tgt, tgt_lang, tgt_sents)):
        paragraphs = read_presegmented(str(path))
        docs.append(presegmented_document(paragraphs, lang or detect_lang("\n".join(sents)), source_path=str(path)))
    src_doc, tgt_doc = docs
    with memory.transaction():
        for doc in docs:
            memory.add_document(doc)
        previous = memory.get_alignment(src_doc.id, tgt_doc.id)
        if previous and any(b.status == CONFIRMED for b in previous.beads):
            pair = align_in_memory(memory, src_doc, tgt_doc, config=config, lexicon_path=lexicon_path)
            return AlignResult(pair.alignment.beads, [*result.warnings, *pair.warnings]), src_sents, tgt_sents
        alignment = Alignment(src_doc.id, tgt_doc.id, src_doc.lang, tgt_doc.lang, list(result.beads))
        memory.save_alignment(alignment, units_for(alignment, src_doc, tgt_doc))
    return result, src_sents, tgt_sents
