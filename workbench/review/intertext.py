"""`workbench import-intertext`: a pair corrected in InterText comes back into the memory as one undoable edit.

The alignment file names its two text documents (``fromDoc``, ``toDoc``) beside it; their ``<s>`` elements in
reading order are the stored sentences (what `export intertext` wrote). Following InterText's own examples, the
ids before ";" in ``xtargets`` belong to the toDoc. Sentence edits made in InterText cannot come back (the
stored segments and offsets would no longer match): such a file is refused with the sentence that differs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from lxml import etree

from workbench.errors import InputError
from workbench.model import AUTO, CONFIRMED, Bead

if TYPE_CHECKING:
    from workbench.review.edits import EditResult
    from workbench.store import Memory

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _parse(path: Path) -> etree._Element:
    try:
        return etree.parse(str(path), _PARSER).getroot()
    except (OSError, etree.XMLSyntaxError) as err:
        raise InputError(path, f"not readable XML ({err})") from None


def _text_doc(path: Path) -> tuple[str, dict[str, int], list[str]]:
    """The doc's id attribute, its sentence ids in reading order -> 0-based numbers, and the texts."""
    root = _parse(path)
    ids: dict[str, int] = {}
    texts = []
    for s in root.iter("s"):
        ids[s.get("id", "")] = len(texts)
        texts.append(" ".join("".join(s.itertext()).split()))
    return root.get("id", ""), ids, texts


def import_intertext(memory: "Memory", path: str | os.PathLike[str], *, pair: Optional[tuple[str, str]] = None,
                     user: Optional[str] = None) -> "EditResult":
    from workbench.review.edits import replace_beads

    path = Path(path)
    group = _parse(path)
    if group.tag != "linkGrp" or not group.get("fromDoc") or not group.get("toDoc"):
        raise InputError(path, "not an InterText alignment: expected <linkGrp fromDoc=... toDoc=...>")
    from_id, from_ids, from_texts = _text_doc(path.parent / group.get("fromDoc"))
    to_id, to_ids, to_texts = _text_doc(path.parent / group.get("toDoc"))
    src, tgt = pair or (from_id, to_id)

    def parse_links() -> list[Bead]:
        beads = []
        for n, link in enumerate(group.iter("link"), 1):
            to_part, _, from_part = (link.get("xtargets") or "").partition(";")
            try:
                to_side = tuple(to_ids[i] for i in to_part.split())
                from_side = tuple(from_ids[i] for i in from_part.split())
            except KeyError as err:
                raise InputError(path, f"link {n} points at sentence {err.args[0]!r}, which its documents lack")
            status = CONFIRMED if link.get("status") == "man" else AUTO
            beads.append(Bead(from_side, to_side, 1.0 if status == CONFIRMED else 0.5, status))
        return beads

    links = parse_links()

    def make(ids, old: list[Bead]) -> list[Bead]:
        for doc, texts in ((ids.src, from_texts), (ids.tgt, to_texts)):
            stored = [" ".join(t.split()) for (t,) in memory.conn.execute(
                "SELECT text FROM segments WHERE doc_id = ? ORDER BY idx", (doc,))]
            if stored != texts:
                where = next((i for i, (a, b) in enumerate(zip(stored, texts)) if a != b), min(len(stored),
                                                                                                len(texts)))
                raise InputError(path, f"the sentences of {doc} differ from the memory's at sentence {where} "
                                       "(sentence edits made in InterText cannot come back: split or join them "
                                       "with `workbench split-sentence`/`join-sentences`, then export again)")
        scores = {(b.src, b.tgt): b.score for b in old}
        return [Bead(b.src, b.tgt, scores.get((b.src, b.tgt), b.score), b.status, False) for b in links]

    return replace_beads(memory, src, tgt, "import-intertext", make, detail={"file": str(path)}, user=user)
