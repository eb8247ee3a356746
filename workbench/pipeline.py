"""The stages joined up: reading, aligning, the main job. Library calls only: nothing here prints.

Each CLI command is one call into this module or exporting.py; the web app and scripts make the same calls.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Collection, Optional, Sequence, Union

from workbench.align.config import DEFAULT, AlignConfig
from workbench.errors import WorkbenchError
from workbench.model import BREAK, CONFIRMED, META, Alignment, Bead, Document, Unit

if TYPE_CHECKING:
    from workbench.store import Memory
    from workbench.align.result import AlignResult

PathLike = Union[str, Path]
_DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".docx")


# -- reading ---------------------------------------------------------------------------------------

def read(path: PathLike, *, lang: Optional[str] = None, source_url: str = "", date: str = "",
         place: str = "", repeated: Collection[str] = ()) -> Document:
    """Read a transcript file (plain text in any common encoding, HTML or DOCX) into a segmented Document.
    ``repeated``: keys of lines to drop as chrome wherever they stand (see read_group)."""
    from workbench.ingest import read_document
    from workbench.segment import segment_document

    return segment_document(read_document(path, lang=lang, source_url=source_url, date=date, place=place,
                                          repeated=repeated))


def read_group(source: PathLike, originals: Sequence[PathLike], *, lang: Optional[str] = None,
               original_lang: Optional[str] = None, source_url: str = "", date: str = "",
               place: str = "", notes: Optional[list[str]] = None,
               original_urls: Sequence[str] = ()) -> tuple[Document, list[Document]]:
    """Read a transcript and its originals as `run` does: short lines that the transcript and an original
    both hold verbatim ("×", "12:19", a site name, an English menu on the Russian page) are the site's chrome,
    dropped from both before anything is aligned (kept in ``dropped``, which `workbench show` lists).
    The originals record the same event: they share its date and place unless their text says otherwise.
    When the transcript and an original both look Azerbaijani and no language was given, the one with far
    fewer ə and ı is read as English (lang.tell_apart); what was decided is appended to ``notes``."""
    from workbench.ingest.repeated import drop_repeated
    from workbench.lang import tell_apart

    paths = [source, *originals]
    langs = [lang] + [original_lang] * len(originals)
    if len(original_urls) > len(originals):
        raise WorkbenchError(f"{len(original_urls)} original URLs for {len(originals)} originals: give one "
                             "--original-url per --original, in the same order")
    urls = [source_url, *original_urls] + [""] * (len(originals) - len(original_urls))

    def reread(k: int, keys: Collection[str] = ()) -> Document:
        return read(paths[k], lang=langs[k], date=date, place=place, source_url=urls[k], repeated=keys)

    docs = [reread(k) for k in range(len(paths))]
    if lang is None and original_lang is None:
        for k in range(1, len(docs)):
            if docs[0].lang == docs[k].lang == "az":
                english = tell_apart([_body(docs[0]), _body(docs[k])])
                if english is not None:
                    x = 0 if english == 0 else k
                    langs[x] = "en"
                    docs[x] = reread(x)
                    if notes is not None:
                        notes.append(f"{paths[x]}: both files looked Azerbaijani; read as English, having far fewer "
                                     "ə and ı than the other (a language given with --lang, --src-lang or "
                                     "--tgt-lang is never second-guessed)")
                break
    docs = drop_repeated(docs, reread)
    return docs[0], docs[1:]


def _body(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks)


def read_text(text: str, *, lang: Optional[str] = None, html: bool = False, name: str = "<text>",
              source_url: str = "", date: str = "", place: str = "") -> Document:
    """Read a transcript given as a string (``html=True``: a web page's source) into a segmented Document."""
    from workbench.ingest import parse_transcript
    from workbench.segment import segment_document

    if html:
        from workbench.ingest.html import html_to_text

        text = html_to_text(text, name)
    return segment_document(parse_transcript(text, lang=lang, source_url=source_url, date=date, place=place,
                                             source_path="" if name == "<text>" else name))


def split_sentences(text: str, lang: Optional[str] = None) -> list[str]:
    """The sentences of ``text`` (language detected when None)."""
    from workbench.segment import sentences

    return sentences(text, lang)


@dataclass(frozen=True)
class Segmented:
    """A file's text cut into sentences; ``decisions`` (with ``debug``): every candidate boundary's
    offset and the rule that decided it."""

    lang: str
    text: str
    sentences: list[str]
    decisions: list[tuple[int, str]] = field(default_factory=list)
    lines: str = ""  # with ``as_lines``: the sentences one per line, as `workbench segment` prints them


def segment_file(path: PathLike, *, lang: Optional[str] = None, debug: bool = False,
                 as_lines: bool = False, page: bool = False) -> Segmented:
    """Segment a file (``-``: standard input) read as `ingest` reads it: HTML and DOCX by their article text.
    A large file is segmented on every core (segment/parallel.py), with the same result. ``as_lines``:
    the sentences come as one text, a sentence a line (the workers join them too), not as a list.
    ``page``: the file is a page copied with its chrome: only the sentences of its text, as `ingest` stores them
    (menus, datelines, captions and speaker labels set aside); ``debug`` then explains the cuts in that text."""
    import sys

    from workbench.ingest.decode import read_bytes
    from workbench.ingest.reader import extract_text
    from workbench.lang import detect_lang
    from workbench.segment import explain
    from workbench.segment.parallel import lines_parallel, sentences_parallel

    name = "<stdin>" if str(path) == "-" else str(path)
    data = sys.stdin.buffer.read() if name == "<stdin>" else read_bytes(path)
    text = extract_text(data, name)
    if page:
        from workbench.ingest import parse_transcript
        from workbench.segment import segment_document

        doc = segment_document(parse_transcript(text, lang=lang, source_path=name))
        if debug:
            # the blocks ingest segments, each apart (a dateline or section break has no sentence)
            text = "\n\n".join(b.text for b in doc.blocks if b.kind not in (BREAK, META))
            return Segmented(doc.lang, text, [], explain(text, doc.lang))
        sentences = [s.text for s in doc.segments]
        return Segmented(doc.lang, text, sentences, lines="".join(f"{s}\n" for s in sentences))
    lang = lang or detect_lang(text)
    if debug:
        return Segmented(lang, text, [], explain(text, lang))
    if as_lines:
        return Segmented(lang, text, [], lines=lines_parallel(text, lang))
    return Segmented(lang, text, sentences_parallel(text, lang))


# -- aligning --------------------------------------------------------------------------------------

@dataclass
class AlignedPair:
    """Two documents, their alignment and the translation units it gives."""

    src: Document
    tgt: Document
    alignment: Alignment
    units: list[Unit]
    warnings: list[str] = field(default_factory=list)

    @property
    def shapes(self) -> Counter:
        return Counter(b.shape for b in self.alignment.beads)

    @property
    def flagged(self) -> int:
        return sum(b.flagged for b in self.alignment.beads)

    def summary(self) -> dict:
        """What the CLI reports of the pair, as plain data."""
        return {"src": self.src.id, "src_lang": self.src.lang, "tgt": self.tgt.id, "tgt_lang": self.tgt.lang,
                "beads": len(self.alignment.beads), "shapes": dict(sorted(self.shapes.items())),
                "units": len(self.units), "flagged": self.flagged, "warnings": list(self.warnings)}


def align_pair(src: Document, tgt: Document, *, config: AlignConfig = DEFAULT,
          lexicon: Optional[dict[str, dict[str, float]]] = None, confirmed: Sequence[Bead] = ()) -> AlignedPair:
    """Align two segmented documents (a translation and its original) and derive their units.
    ``lexicon``: word -> {translation: probability}, added to the built-in table; ``confirmed``: beads
    a reviewer checked, kept as they are."""
    from workbench.align import align_documents

    if src.id == tgt.id:
        raise WorkbenchError(f"{src.id}: cannot align a document with itself")
    from workbench.units import units_for

    result = align_documents(src, tgt, lexicon=lexicon, confirmed=confirmed, config=config)
    alignment = Alignment(src.id, tgt.id, src.lang, tgt.lang, list(result.beads))
    return AlignedPair(src, tgt, alignment, units_for(alignment, src, tgt), list(result.warnings))


def align_sentences(src: Sequence[str] | Sequence[Sequence[str]], tgt: Sequence[str] | Sequence[Sequence[str]], *,
                    src_lang: Optional[str] = None, tgt_lang: Optional[str] = None, config: AlignConfig = DEFAULT,
                    lexicon: Optional[dict[str, dict[str, float]]] = None) -> "AlignResult":
    """Align two lists of sentences, or two lists of paragraphs of sentences; bead indices count sentences
    from 0 across paragraphs. Languages are detected when not given."""
    from workbench.align import align_texts
    from workbench.lang import detect_lang

    src_paras, tgt_paras = _paragraphs(src), _paragraphs(tgt)
    src_lang = src_lang or detect_lang("\n".join(s for p in src_paras for s in p))
    tgt_lang = tgt_lang or detect_lang("\n".join(s for p in tgt_paras for s in p))
    return align_texts(src_paras, tgt_paras, src_lang, tgt_lang, lexicon=lexicon, config=config)


def _paragraphs(sents: Sequence[str] | Sequence[Sequence[str]]) -> list[list[str]]:
    if sents and not isinstance(sents[0], str):
        return [list(p) for p in sents]  # type: ignore[arg-type]
    return [list(sents)] if sents else []  # type: ignore[list-item]


def align_files(src: PathLike, tgt: PathLike, *, src_lang: Optional[str] = None, tgt_lang: Optional[str] = None,
                config: AlignConfig = DEFAULT, lexicon_path: Optional[PathLike] = None
                ) -> tuple["AlignResult", list[str], list[str]]:
    """Align two one-sentence-per-line files (blank lines end paragraphs): the usual aligner input.
    Returns the result and the two sides' sentences."""
    from workbench.align import load_lexicon
    from workbench.align.formats import read_presegmented
    from workbench.errors import InputError

    src_paras, tgt_paras = read_presegmented(str(src)), read_presegmented(str(tgt))
    if not src_paras and not tgt_paras:
        raise InputError(src, f"both sides are empty (and {tgt})")
    lexicon = load_lexicon(lexicon_path) if lexicon_path else None
    result = align_sentences(src_paras, tgt_paras, src_lang=src_lang, tgt_lang=tgt_lang, config=config,
                             lexicon=lexicon)
    return result, [s for p in src_paras for s in p], [s for p in tgt_paras for s in p]


# -- the memory ------------------------------------------------------------------------------------

def ingest_files(memory: Memory, paths: Sequence[PathLike], *, lang: Optional[str] = None, source_url: str = "",
           date: str = "", place: str = "") -> list[tuple[Document, bool]]:
    """Read files into the memory: (document, newly stored) each. Every file is read before anything is
    stored, so one bad file stores nothing."""
    docs = [read(p, lang=lang, source_url=source_url, date=date, place=place) for p in paths]
    with memory.transaction():
        stored = [(d, memory.add_document(d)) for d in docs]
        for d, new in stored:
            if not new:
                memory.correct_document(d.id, date=date, place=place, source_url=source_url)
        return stored


def _is_file(ref: str) -> bool:
    return Path(ref).exists() or ref.endswith(_DOCUMENT_SUFFIXES)


def load_ref(memory: Memory, ref: str, *, lang: Optional[str] = None) -> tuple[Document, bool]:
    """A path is read (True: it still has to be stored); anything else is looked up as a stored document.
    Reads only, so no write lock is taken."""
    if _is_file(ref):
        doc = read(ref, lang=lang)
        return doc, not memory.has_document(doc.id)
    return memory.get_document(ref), False


def prepare_alignment(memory: Memory, src: Document, tgt: Document, *, config: AlignConfig = DEFAULT,
                      lexicon_path: Optional[PathLike] = None) -> AlignedPair:
    """Align two documents, learning from the memory's confirmed units and keeping its confirmed beads.
    Reads the memory only: the caller stores the result in one short transaction."""
    from workbench.align import learn_lexicon, load_lexicon
    from workbench.units import keep_dates

    lexicon: dict[str, dict[str, float]] = {}
    confirmed_pairs = memory.confirmed_pairs(src.lang, tgt.lang)
    if confirmed_pairs:
        lexicon.update(learn_lexicon(confirmed_pairs, src.lang, tgt.lang))
    if lexicon_path:
        for word, translations in load_lexicon(lexicon_path).items():
            lexicon.setdefault(word, {}).update(translations)
    previous = memory.get_alignment(src.id, tgt.id)
    confirmed = [b for b in previous.beads if b.status == CONFIRMED] if previous else []
    pair = _keep_unlinked(align_pair(src, tgt, config=config, lexicon=lexicon or None, confirmed=confirmed),
                          [b for b in confirmed if not (b.src and b.tgt)])
    return replace(pair, units=keep_dates(pair.units, memory.unit_dates(src.id, tgt.id)))


def _keep_unlinked(pair: AlignedPair, lone: Sequence[Bead]) -> AlignedPair:
    """The pair with the sentences a reviewer unlinked (confirmed 1:0 and 0:1 beads) unlinked again: the aligner
    keeps confirmed links only, and a run over the same files must not bring back a unit a reviewer broke up."""
    from workbench.review import beads as ops
    from workbench.units import units_for

    beads = pair.alignment.beads
    made = {(b.src, b.tgt) for b in beads}
    for bead in lone:
        if (bead.src, bead.tgt) not in made:
            beads = ops.link(beads, bead.src, bead.tgt, len(pair.src.segments), len(pair.tgt.segments),
                             bead.score).beads
    if beads is pair.alignment.beads:
        return pair
    alignment = replace(pair.alignment, beads=list(beads))
    return replace(pair, alignment=alignment, units=units_for(alignment, pair.src, pair.tgt))


def align_in_memory(memory: Memory, src: Document, tgt: Document, *, config: AlignConfig = DEFAULT,
                    lexicon_path: Optional[PathLike] = None) -> AlignedPair:
    """Align two stored documents (see prepare_alignment) and store beads and units."""
    pair = prepare_alignment(memory, src, tgt, config=config, lexicon_path=lexicon_path)
    memory.save_alignment(pair.alignment, pair.units)
    return pair


def align_stored(memory: Memory, src: str, tgt: str, *, src_lang: Optional[str] = None,
                 tgt_lang: Optional[str] = None, config: AlignConfig = DEFAULT,
                 lexicon_path: Optional[PathLike] = None) -> AlignedPair:
    """`workbench align SRC TGT`: files are read, ids looked up, the pair aligned; then the new documents
    and the alignment are stored in one short transaction (other commands wait only for that)."""
    decided: list[str] = []
    if _is_file(src) and _is_file(tgt):
        # two files: read as `run` reads them, lines both repeat dropped (read_group)
        src_doc, (tgt_doc,) = read_group(src, [tgt], lang=src_lang, original_lang=tgt_lang, notes=decided)
    else:
        src_doc, _ = load_ref(memory, src, lang=src_lang)
        tgt_doc, _ = load_ref(memory, tgt, lang=tgt_lang)
    pair = prepare_alignment(memory, src_doc, tgt_doc, config=config, lexicon_path=lexicon_path)
    pair.warnings[:0] = decided
    with memory.transaction():
        memory.add_document(src_doc)
        memory.add_document(tgt_doc)
        memory.save_alignment(pair.alignment, pair.units)
    return pair


# -- the main job ----------------------------------------------------------------------------------

@dataclass
class RunResult:
    documents: list[tuple[Document, bool]]
    pairs: list[AlignedPair]
    written: list[str]
    removed_chars: int = 0
    trilingual: int = 0
    notes: list[str] = field(default_factory=list)  # what the writers left out and why

    def summary(self) -> dict:
        return {"documents": [{"id": d.id, "lang": d.lang, "sentences": len(d.segments), "stored": new,
                               "path": d.source_path} for d, new in self.documents],
                "pairs": [p.summary() for p in self.pairs], "trilingual_units": self.trilingual,
                "removed_chars": self.removed_chars, "written": list(self.written), "notes": list(self.notes)}


def run(memory: Memory, source: PathLike, originals: Sequence[PathLike], out_dir: PathLike, *,
        lang: Optional[str] = None, lexicon_path: Optional[PathLike] = None, config: AlignConfig = DEFAULT,
        lang_map: Optional[dict[str, str]] = None, date: str = "", place: str = "",
        source_url: str = "", include_flagged: bool = False, original_urls: Sequence[str] = ()) -> RunResult:
    """The main job: read, segment and store every file (read_group: lines repeated across the versions are
    dropped as chrome), align the source with each original, export
    TMX (per pair, and trilingual with two originals), TEI and a DOCX briefing named after the source.
    The TMX files leave out units whose beads the aligner flagged, unless ``include_flagged``; TEI keeps
    every link with its score."""
    from workbench.export.atomic import staged, uninterrupted

    decided: list[str] = []
    src, origs = read_group(source, originals, lang=lang, date=date, place=place, source_url=source_url,
                            notes=decided, original_urls=original_urls)
    same = [o for o in origs if [p.lang for p in origs].count(o.lang) > 1]
    if same:
        # their TMX files would share a name, and a trilingual unit would hold one language twice
        raise WorkbenchError(f"{', '.join(o.source_path for o in same)}: two originals in one language "
                             f"({same[0].lang}): run takes one original per language; align the other with "
                             "`workbench align`")
    pairs = [prepare_alignment(memory, src, orig, lexicon_path=lexicon_path, config=config) for orig in origs]
    # All or nothing: the exports are written under temporary names, then the memory commits, then the
    # files are renamed. Commit before rename because a commit can fail (disk full, the lock's wait runs
    # out) and cannot be undone once the old exports are replaced, while a rename within one folder does
    # not fail in practice; either failure removes every temporary file.
    with staged() as staging, contextlib.ExitStack() as hold:
        reports, trilingual = _write_run_exports(src, origs, pairs, Path(out_dir),
                                                 Path(source).stem or "transcript", lang_map, include_flagged)
        with memory.transaction():
            documents = [(doc, memory.add_document(doc)) for doc in (src, *origs)]
            for doc, new in documents:
                if not new:  # a text stored before: what the user now says of it wins
                    memory.correct_document(doc.id, date=date, place=place, source_url=doc.source_url)
            for pair in pairs:
                memory.save_alignment(pair.alignment, pair.units)
            # From here to the last rename a signal waits: not during the wait for the lock, which may be long.
            hold.enter_context(uninterrupted())
        staging.publish()
    notes = [f"{Path(r.path).name}: {note}" for r in reports for note in r.notes
             if not note.endswith("sentences")]  # the TEI's own count is no news
    for pair, report in zip(pairs, reports):
        left_out = sum(u.flagged for u in pair.units) if not include_flagged else 0
        if left_out:
            notes.append(f"{Path(report.path).name}: {left_out} units the aligner flagged for review were left out "
                         "(--include-flagged keeps them)")
    if len(pairs) >= 2 and not trilingual:
        notes.append(f"{Path(reports[len(pairs)].path).name}: no unit: no source sentence is linked, unflagged, to "
                     "both originals (the per-pair TMX files hold what each pair has)")
    return RunResult(documents, pairs, [r.path for r in reports], sum(r.removed_chars for r in reports),
                     trilingual, decided + notes)


def _write_run_exports(src: Document, origs: Sequence[Document], pairs: Sequence[AlignedPair], out: Path,
                       name: str, lang_map: Optional[dict[str, str]], include_flagged: bool) -> tuple[list, int]:
    """`run`'s files: TMX per pair (and trilingual with two originals), TEI, the DOCX briefing."""
    from workbench.export.docx import write_docx
    from workbench.export.tei import write_tei
    from workbench.exporting import briefing_pairs
    from workbench.tmx import write_tmx

    def exported(units: list[Unit]) -> list[Unit]:
        return units if include_flagged else [u for u in units if not u.flagged]

    reports = []
    for pair in pairs:
        suffix = "" if len(pairs) == 1 else f".{pair.src.lang}-{pair.tgt.lang}"
        reports.append(write_tmx(exported(pair.units), out / f"{name}{suffix}.tmx", srclang=pair.tgt.lang,
                                 lang_map=lang_map))
    trilingual = 0
    if len(pairs) >= 2:
        from workbench.trilingual import trilingual_units

        units = exported(trilingual_units(pairs[0], pairs[1]))
        trilingual = len(units)
        reports.append(write_tmx(units, out / f"{name}.tmx", srclang=pairs[0].tgt.lang, lang_map=lang_map))
    alignments = [p.alignment for p in pairs]
    reports.append(write_tei([src, *origs], alignments, out / f"{name}.tei.xml"))
    reports.append(write_docx(src, out / f"{name}.docx", pairs=briefing_pairs(src, origs, alignments)))
    return reports, trilingual
