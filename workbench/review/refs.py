"""Documents and pairs as a user names them: a stored id, its unique prefix, its `list` number, or the path of a
file whose content is in the memory; and one-sentence-per-line files as stored documents, so that pairs aligned
with `align --presegmented` can be reviewed like any other."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

from workbench.errors import InputError, WorkbenchError
from workbench.model import PARAGRAPH, Block, Document, Segment

if TYPE_CHECKING:
    from workbench.store import Memory


@dataclass(frozen=True)
class PairIds:
    """A stored alignment: its row id and its two documents."""

    alignment_id: int
    src: str
    tgt: str


def presegmented_document(paragraphs: Sequence[Sequence[str]], lang: str, *, source_path: str = "") -> Document:
    """One block per paragraph, one segment per line: sentence numbers are line numbers without the blank
    lines. The id hashes the lines and their breaks, apart from a transcript's id of the same file."""
    blocks, index = [], 0
    for number, para in enumerate(paragraphs):
        text = " ".join(para)
        block = Block(number, PARAGRAPH, text)
        start = 0
        for sentence in para:
            block.segments.append(Segment(index, number, start, start + len(sentence), sentence))
            index += 1
            start += len(sentence) + 1
        blocks.append(block)
    body = "\n\n".join("\n".join(p) for p in paragraphs)
    doc_id = f"{lang}-p" + hashlib.sha256(("presegmented\n" + body).encode("utf-8")).hexdigest()[:11]
    title = paragraphs[0][0][:200] if paragraphs and paragraphs[0] else Path(source_path).name
    return Document(id=doc_id, lang=lang, title=title, blocks=blocks, source_path=source_path)


def read_presegmented_document(path: str | os.PathLike[str], lang: Optional[str] = None) -> Document:
    from workbench.align.formats import read_presegmented
    from workbench.lang import detect_lang

    paragraphs = read_presegmented(str(path))
    lang = lang or detect_lang("\n".join(s for p in paragraphs for s in p))
    return presegmented_document(paragraphs, lang, source_path=str(path))


def resolve_ref(memory: "Memory", ref: str) -> str:
    """The stored document ``ref`` names. A file is read (as a transcript, then as one sentence per line) and
    its content id looked up, so a path works wherever an id does."""
    path = Path(ref)
    if path.is_file():
        if not path.read_bytes().strip():
            raise InputError(ref, "empty file")  # no document has its content
        candidates = []
        for reader in (_transcript_id, _presegmented_id):
            try:
                doc_id = reader(path)
            except WorkbenchError:
                continue
            if memory.has_document(doc_id):
                return doc_id
            candidates.append(doc_id)
        found = _read_in_group(memory, path)
        if found:
            return found
        if not memory.conn.execute("SELECT 1 FROM documents WHERE id = ?", (ref,)).fetchone():
            # a file read as a transcript or, with a "p" in its id, as one sentence a line (align --presegmented)
            raise WorkbenchError(f"{ref}: the content of this file is not in the memory "
                                 f"(ingest or align it first; its id would be {' or '.join(candidates)})")
    return memory.resolve_document(ref)


def _transcript_id(path: Path) -> str:
    from workbench.pipeline import read

    return read(path).id


def _read_in_group(memory: "Memory", path: Path) -> Optional[str]:
    """The stored document `run` (or `align`) made of this file while it dropped the lines the file shares with
    its other language versions (pipeline.read_group): read alone, the file has another id. A document stored
    from this path counts when the file, read with that document's dropped lines, gives its id again."""
    import json

    from workbench.ingest.paragraphs import line_key
    from workbench.pipeline import read

    target = path.resolve()
    rows = memory.conn.execute("SELECT id, source_path, dropped FROM documents WHERE source_path != ''"
                               " ORDER BY rowid DESC").fetchall()
    for doc_id, stored, dropped in rows:
        if stored != str(path) and Path(stored).resolve() != target:
            continue
        try:
            if read(path, repeated=frozenset(line_key(x) for x in json.loads(dropped))).id == doc_id:
                return doc_id
        except WorkbenchError:
            continue
    return None


def _presegmented_id(path: Path) -> str:
    return read_presegmented_document(path).id


def resolve_pair(memory: "Memory", src: str, tgt: str) -> PairIds:
    """The stored alignment of two named documents (SRC is the translation, TGT its original, as `align` took them)."""
    src_id, tgt_id = resolve_ref(memory, src), resolve_ref(memory, tgt)
    row = memory.conn.execute("SELECT id FROM alignments WHERE src_doc = ? AND tgt_doc = ?",
                              (src_id, tgt_id)).fetchone()
    if row is None:
        if memory.conn.execute("SELECT 1 FROM alignments WHERE src_doc = ? AND tgt_doc = ?",
                               (tgt_id, src_id)).fetchone():
            raise WorkbenchError(f"{src_id} and {tgt_id} are aligned the other way round: name the translation "
                                 f"first ({tgt} {src})")
        raise WorkbenchError(f"{src_id} and {tgt_id} are not aligned: run `workbench align {src} {tgt}` first")
    return PairIds(row[0], src_id, tgt_id)
