"""The memory: documents, blocks, people, segments, alignments (beads) and translation units.

A SQLite file by default, or a PostgreSQL database (workbench/backend/ decides from what it is given and
holds what the two say differently); versioned with forward-only migrations, and every public write runs
inside one transaction so a failure stores nothing.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from workbench import clock
from workbench.backend import Backend, is_postgres, open_backend
from workbench.errors import InputError, WorkbenchError
from workbench.highlight import LONG, mark, mark_window
from workbench.model import (
    CONFIRMED,
    Alignment,
    Bead,
    Block,
    Document,
    Person,
    Segment,
    Unit,
)
from workbench.schema import SCHEMA_VERSION
from workbench.units import keep_dates, texts_key, unit_id
from workbench.staging import ScratchSet, rename_clashes, temp_transaction

DEFAULT_DB = Path(".workbench") / "memory.sqlite"
# The columns an imported unit fills, named so that columns added by later migrations keep their defaults.
_ALIGNED = ("tuid, alignment_id, origin, srclang, texts, score, status, shape, speaker, section, doc, source_url,"
            " note, created, flagged")
_IMPORTED = ("tuid, origin, srclang, texts, score, status, shape, speaker, section, doc, source_url, note, created,"
             " flagged")


def memory_target(path: str | os.PathLike[str] | None = None) -> str | os.PathLike[str]:
    """The memory a command means: ``path``, else WORKBENCH_DB, else .workbench/memory.sqlite."""
    return path if path is not None else (os.environ.get("WORKBENCH_DB") or DEFAULT_DB)


def require_memory(path: str | os.PathLike[str] | None,
                   problem: str = "no such memory (ingest or run makes one)") -> None:
    """Refuse a memory file that does not exist (a server's memory is the server's to say)."""
    target = memory_target(path)
    if not is_postgres(target) and not Path(target).is_file():
        raise InputError(str(target), problem)


@dataclass(frozen=True)
class DocSummary:
    id: str
    lang: str
    title: str
    date: str
    blocks: int
    segments: int
    speakers: int


@dataclass(frozen=True)
class Hit:
    doc_id: str
    lang: str
    speaker: str  # the person's name as written, or ""
    segment: int
    text: str
    marked: str  # the sentence with hits wrapped in [ ]
    translation: str = ""  # the aligned text in another language, where there is one
    translation_lang: str = ""


@dataclass(frozen=True)
class AlignmentSummary:
    id: int
    src_doc: str
    tgt_doc: str
    src_lang: str
    tgt_lang: str
    beads: int
    confirmed: int
    flagged: int
    version: int = 0  # what an edit's --if-version names: each edit moves it on


def default_db_path() -> Path:
    return Path(memory_target())


class Memory:
    """A handle on one memory: a SQLite file, or a PostgreSQL database given as a ``postgresql://`` URL
    (workbench/backend/). Use as a context manager, or call close()."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.backend: Backend = open_backend(memory_target(path))
        self.conn = self.backend.conn
        self.path = self.backend.path  # what messages name: never a password
        self.location = self.backend.location  # what opens this memory again (a file, or the full URL)
        self.readonly = self.backend.readonly

    def __enter__(self) -> "Memory":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """All writes inside commit together or not at all; nested use joins the outer one. Takes the
        write lock (waiting for another command to finish), so keep reading and aligning outside."""
        if self.conn.in_transaction:
            yield self.conn
            return
        with self.backend.transaction() as conn:
            yield conn

    @property
    def schema_version(self) -> int:
        return self.backend.schema_version()

    # -- documents -------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add_document(self, doc: Document) -> bool:
        """Store a segmented document; False (and nothing written) when its id is already stored."""
        with self.transaction() as conn:
            # Checked under the lock: another command may have stored the same text meanwhile.
            if self.has_document(doc.id):
                return False
            conn.execute(
                "INSERT INTO documents (id, lang, title, date, place, source_url, source_path, dropped, added)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.lang, doc.title, storable(doc.date), storable(doc.place), storable(doc.source_url),
                 storable(doc.source_path),
                 json.dumps(doc.dropped, ensure_ascii=False), clock.tmx_stamp()),
            )
            conn.executemany(
                "INSERT INTO people (doc_id, position, key, name, forename, surname, patronym, role)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, i, p.key, p.name, p.forename, p.surname, p.patronym, p.role)
                 for i, p in enumerate(doc.people)],
            )
            conn.executemany(
                "INSERT INTO blocks (doc_id, idx, kind, text, speaker, section, turn, label)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc.id, b.index, b.kind, b.text, b.speaker, b.section, b.turn, b.label) for b in doc.blocks],
            )
            conn.executemany(
                'INSERT INTO segments (doc_id, idx, block, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
                [(doc.id, s.index, s.block, s.start, s.end, s.text) for s in doc.segments],
            )
        return True

    def correct_document(self, doc_id: str, **given: str) -> None:
        """Set a stored document's date, place or source_url to the non-empty values given: the user's --date
        on a text stored before (the text is the same, what it is said to be changes)."""
        with self.transaction() as conn:
            for name, value in given.items():
                if value and name in ("date", "place", "source_url"):
                    conn.execute(f"UPDATE documents SET {name} = ? WHERE id = ?", (storable(value), doc_id))

    def resolve_document(self, ref: str) -> str:
        """A full id, a unique id prefix, or a 1-based position in `list` order -> the id."""
        rows = [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE id = ?", (ref,))]
        if not rows:
            rows = [r[0] for r in self.conn.execute(
                "SELECT id FROM documents WHERE substr(id, 1, ?) = ? ORDER BY id", (len(ref), ref))]
        if not rows and ref.isdigit():
            rows = [r[0] for r in self.conn.execute(
                "SELECT id FROM documents ORDER BY rowid LIMIT 1 OFFSET ?", (int(ref) - 1,))]
        if not rows:
            raise WorkbenchError(f"no document {ref!r} in {self.path}")
        if len(rows) > 1:
            raise WorkbenchError(f"document {ref!r} is ambiguous in {self.path}: {', '.join(rows[:5])}")
        return rows[0]

    def get_document(self, ref: str) -> Document:
        doc_id = self.resolve_document(ref)
        row = self.conn.execute(
            "SELECT id, lang, title, date, place, source_url, source_path, dropped FROM documents WHERE id = ?",
            (doc_id,),
        ).fetchone()
        people = [Person(*r) for r in self.conn.execute(
            "SELECT key, name, forename, surname, patronym, role FROM people WHERE doc_id = ? ORDER BY position",
            (doc_id,))]
        blocks = [Block(index=r[0], kind=r[1], text=r[2], speaker=r[3], section=r[4], turn=r[5], label=r[6])
                  for r in self.conn.execute(
                      "SELECT idx, kind, text, speaker, section, turn, label FROM blocks"
                      " WHERE doc_id = ? ORDER BY idx", (doc_id,))]
        by_index = {b.index: b for b in blocks}
        for r in self.conn.execute(
                'SELECT idx, block, start, "end", text FROM segments WHERE doc_id = ? ORDER BY idx', (doc_id,)):
            by_index[r[1]].segments.append(Segment(*r))
        return Document(id=row[0], lang=row[1], title=row[2], blocks=blocks, people=people, date=row[3],
                        place=row[4], source_url=row[5], source_path=row[6], dropped=json.loads(row[7]))

    def documents(self) -> list[DocSummary]:
        return [DocSummary(*r) for r in self.conn.execute(
            """SELECT d.id, d.lang, d.title, d.date,
                      (SELECT count(*) FROM blocks b WHERE b.doc_id = d.id),
                      (SELECT count(*) FROM segments s WHERE s.doc_id = d.id),
                      (SELECT count(*) FROM people p WHERE p.doc_id = d.id)
               FROM documents d ORDER BY d.rowid""")]

    # -- search ----------------------------------------------------------------------------

    def search(self, text: str, lang: Optional[str] = None, limit: int = 50) -> list[Hit]:
        """Concordance (FTS5, or PostgreSQL's text search): every word of ``text`` must occur, as a word starting with its stem, so that
        inflected Russian and Azerbaijani forms are found ("Декларац" finds "Декларации", "Bəyannamə"
        "Bəyannamənin"). Each hit comes with its aligned translation."""
        words = _query_stems(text, lang)
        if not words:
            return []
        rows = self.backend.search_rows(words, lang, limit)
        return [self._with_translation(Hit(*r[:5], r[5] if r[5] is not None else _marked(r[4], words)))
                for r in rows]

    def _with_translation(self, hit: Hit) -> Hit:
        """The hit with the text its bead (or imported unit) pairs it with, in another language."""
        from dataclasses import replace

        if hit.segment < 0:
            row = self.conn.execute("SELECT texts FROM units WHERE tuid = ?", (hit.doc_id[4:],)).fetchone()
            others = sorted((k, v) for k, v in (json.loads(row[0]) if row else {}).items() if k != hit.lang)
            return replace(hit, translation=others[0][1], translation_lang=others[0][0]) if others else hit
        for src_doc, tgt_doc, src_lang, tgt_lang, bsrc, btgt in self.conn.execute(
                """SELECT a.src_doc, a.tgt_doc, a.src_lang, a.tgt_lang, b.src, b.tgt FROM alignments a
                   JOIN beads b ON b.alignment_id = a.id WHERE a.src_doc = ? OR a.tgt_doc = ?
                   ORDER BY a.id, b.position""", (hit.doc_id, hit.doc_id)):
            mine, other, other_doc, other_lang = ((bsrc, btgt, tgt_doc, tgt_lang) if src_doc == hit.doc_id
                                                  else (btgt, bsrc, src_doc, src_lang))
            if hit.segment in json.loads(mine):
                idx = json.loads(other)
                if not idx:
                    return hit
                marks = ", ".join("?" * len(idx))
                texts = [t for (t,) in self.conn.execute(
                    f"SELECT text FROM segments WHERE doc_id = ? AND idx IN ({marks}) ORDER BY idx", (other_doc, *idx))]
                return replace(hit, translation=" ".join(texts), translation_lang=other_lang)
        return hit

    # -- alignments and units --------------------------------------------------------------

    def save_alignment(self, alignment: Alignment, units: Sequence[Unit]) -> int:
        """Store beads and their units, replacing earlier automatic ones; confirmed beads stay as they were."""
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM alignments WHERE src_doc = ? AND tgt_doc = ?",
                               (alignment.src_doc, alignment.tgt_doc)).fetchone()
            if row is None:
                aid = conn.execute(
                    "INSERT INTO alignments (src_doc, tgt_doc, src_lang, tgt_lang, updated) VALUES (?, ?, ?, ?, ?)",
                    (alignment.src_doc, alignment.tgt_doc, alignment.src_lang, alignment.tgt_lang,
                     clock.tmx_stamp())).lastrowid
            else:
                aid = row[0]
                conn.execute("UPDATE alignments SET updated = ? WHERE id = ?", (clock.tmx_stamp(), aid))
            # A reviewer's bead keeps its status and note even when earlier beads change and its position moves.
            confirmed: dict[tuple, str] = {}
            for pos, s, t in conn.execute(
                    "SELECT position, src, tgt FROM beads WHERE alignment_id = ? AND status = 'confirmed'", (aid,)):
                note = conn.execute("SELECT note FROM units WHERE tuid = ?",
                                    (unit_id(alignment.src_doc, alignment.tgt_doc, pos),)).fetchone()
                confirmed[(tuple(json.loads(s)), tuple(json.loads(t)))] = note[0] if note else ""
            statuses = [CONFIRMED if (b.src, b.tgt) in confirmed else b.status for b in alignment.beads]
            conn.execute("DELETE FROM beads WHERE alignment_id = ?", (aid,))
            # Units derive from beads, so they are rebuilt whole; a unit whose texts come back keeps the date it was
            # first stored (a TMX's creationdate), however often the pair is aligned again
            units = keep_dates(units, self.unit_dates(alignment.src_doc, alignment.tgt_doc))
            conn.execute("DELETE FROM units WHERE alignment_id = ?", (aid,))
            conn.executemany(
                "INSERT INTO beads (alignment_id, position, src, tgt, score, status, flagged)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(aid, i, json.dumps(list(b.src)), json.dumps(list(b.tgt)), b.score, status,
                  int(b.flagged and status != CONFIRMED))
                 for i, (b, status) in enumerate(zip(alignment.beads, statuses))],
            )
            reviewed = {unit_id(alignment.src_doc, alignment.tgt_doc, i): confirmed.get((b.src, b.tgt), "")
                        for i, (b, status) in enumerate(zip(alignment.beads, statuses)) if status == CONFIRMED}
            conn.executemany(
                f"INSERT OR REPLACE INTO units ({_ALIGNED}) VALUES (?, ?, 'align', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(u.tuid, aid, u.srclang, texts_key(u.texts), u.score,
                  CONFIRMED if u.tuid in reviewed else u.status, u.shape, u.speaker, u.section, u.doc,
                  u.source_url, reviewed.get(u.tuid) or u.note, u.created, int(u.flagged and u.tuid not in reviewed))
                 for u in units],
            )
        return aid

    def unit_dates(self, src_doc: str, tgt_doc: str) -> dict[str, str]:
        """When each unit of a pair's alignment was first stored, by its texts (units.texts_key)."""
        return dict(self.conn.execute(
            "SELECT u.texts, MIN(u.created) FROM units u JOIN alignments a ON a.id = u.alignment_id"
            " WHERE a.src_doc = ? AND a.tgt_doc = ? GROUP BY u.texts", (src_doc, tgt_doc)).fetchall())

    def get_alignment(self, src_doc: str, tgt_doc: str) -> Optional[Alignment]:
        row = self.conn.execute(
            "SELECT id, src_lang, tgt_lang FROM alignments WHERE src_doc = ? AND tgt_doc = ?",
            (src_doc, tgt_doc)).fetchone()
        if row is None:
            return None
        beads = [Bead(tuple(json.loads(s)), tuple(json.loads(t)), score, status, bool(flagged), reviewer)
                 for s, t, score, status, flagged, reviewer in self.conn.execute(
                     """SELECT b.src, b.tgt, b.score, b.status, b.flagged, coalesce(r.reviewer, '') FROM beads b
                        LEFT JOIN bead_reviews r ON r.alignment_id = b.alignment_id AND r.src = b.src AND r.tgt = b.tgt
                        WHERE b.alignment_id = ? ORDER BY b.position""", (row[0],))]
        return Alignment(src_doc, tgt_doc, row[1], row[2], beads)

    def alignments(self) -> list[AlignmentSummary]:
        return [AlignmentSummary(*r) for r in self.conn.execute(
            """SELECT a.id, a.src_doc, a.tgt_doc, a.src_lang, a.tgt_lang, count(b.position),
                      coalesce(sum(CASE WHEN b.status = 'confirmed' THEN 1 ELSE 0 END), 0), coalesce(sum(b.flagged), 0),
                      a.version
               FROM alignments a LEFT JOIN beads b ON b.alignment_id = a.id
               GROUP BY a.id, a.version ORDER BY a.id""")]

    def confirm_beads(self, src_doc: str, tgt_doc: str, positions: Iterable[int], note: str = "") -> int:
        """Mark beads (by position) and their units confirmed, with a reviewer's note if given;
        returns how many beads there were to confirm."""
        changed = 0
        with self.transaction() as conn:
            row = conn.execute("SELECT id FROM alignments WHERE src_doc = ? AND tgt_doc = ?",
                               (src_doc, tgt_doc)).fetchone()
            if row is None:
                raise WorkbenchError(f"no alignment of {src_doc} with {tgt_doc}")
            for pos in positions:
                changed += conn.execute(
                    "UPDATE beads SET status = 'confirmed', flagged = 0 WHERE alignment_id = ? AND position = ?",
                    (row[0], pos)).rowcount
                conn.execute("UPDATE units SET status = 'confirmed', flagged = 0,"
                             " note = CASE WHEN ? != '' THEN ? ELSE note END"
                             " WHERE tuid = ?", (note, note, unit_id(src_doc, tgt_doc, pos)))
        return changed

    def add_units(self, units: Iterable[Unit], origin: str = "import", batch: int = 2000,
                  rename_taken: bool = False) -> tuple[int, int]:
        """Store units brought from elsewhere; returns (added, already present). They are staged in a
        temporary table as they stream in, with no lock held and memory flat, then copied into the memory
        in one transaction: an iterator that fails half-way stores nothing. ``rename_taken``: a unit whose
        tuid another command stored meanwhile under other texts is stored as ``tuid~2`` (~3...), as an
        import names a unit whose tuid it finds taken, rather than dropped as present."""
        conn = self.conn
        conn.execute("DROP TABLE IF EXISTS temp.staged_units")
        self.backend.create_staging("staged_units", f"SELECT {_IMPORTED}, '' AS extra FROM main.units")
        try:
            rows = ((u.tuid, origin, u.srclang, texts_key(u.texts),
                     u.score, u.status, u.shape, u.speaker, u.section, u.doc, u.source_url, u.note, u.created,
                     int(u.flagged), json.dumps(u.extra, ensure_ascii=False) if u.extra else "") for u in units)
            while True:
                chunk = list(itertools.islice(rows, batch))
                if not chunk:
                    break
                with temp_transaction(conn):
                    conn.executemany(f"INSERT INTO temp.staged_units ({_IMPORTED}, extra)"
                                     f" VALUES ({', '.join('?' * len(chunk[0]))})", chunk)
            total = conn.execute("SELECT count(*) FROM temp.staged_units").fetchone()[0]
            with self.transaction() as conn:
                if rename_taken:
                    rename_clashes(conn)
                before = conn.execute("SELECT coalesce(max(rowid), 0) FROM main.units").fetchone()[0]
                added = conn.execute(f"INSERT OR IGNORE INTO main.units ({_IMPORTED})"
                                     f" SELECT {_IMPORTED} FROM temp.staged_units ORDER BY rowid").rowcount
                # the extras of the units just added, not of a unit that was there under the same tuid
                conn.execute("INSERT OR REPLACE INTO main.unit_extra (tuid, extra) SELECT s.tuid, s.extra"
                             " FROM temp.staged_units s JOIN main.units u ON u.tuid = s.tuid"
                             " WHERE s.extra != '' AND u.rowid > ?", (before,))
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.staged_units")
        return added, total - added

    def units(self, *, docs: Sequence[str] = (), pair: Optional[tuple[str, str]] = None,
              min_score: float = 0.0, status: Optional[str] = None, flagged: bool = True) -> Iterator[Unit]:
        """Units in a stable order (alignment, then insertion), filtered; streamed from the database.
        ``flagged=False`` leaves out the units whose beads the aligner doubted."""
        where, params = _unit_filter(docs, pair, min_score, status, flagged)
        sql = (f"SELECT tuid, texts, srclang, score, status, shape, speaker, section, doc, source_url, note,"
               f" created, flagged, (SELECT extra FROM unit_extra x WHERE x.tuid = units.tuid)"
               f" FROM units WHERE {where} ORDER BY coalesce(alignment_id, 0),"
               f" CASE WHEN alignment_id IS NULL THEN rowid END, tuid")
        for r in self.backend.stream(sql, params):
            yield Unit(tuid=r[0], texts=json.loads(r[1]), srclang=r[2], score=r[3], status=r[4], shape=r[5],
                       speaker=r[6], section=r[7], doc=r[8], source_url=r[9], note=r[10], created=r[11],
                       flagged=bool(r[12]), extra=json.loads(r[13]) if r[13] else {})

    def scratch_set(self, name: str) -> "ScratchSet":
        """A set of integers in a temporary table of this connection: held on disk, not in memory, so an
        import's bookkeeping stays flat whatever the number of units; gone with the connection."""
        return ScratchSet(self.conn, name)

    def unit_texts_of(self, tuid: str) -> Optional[dict[str, str]]:
        """The texts of the unit stored under ``tuid``, or None."""
        row = self.conn.execute("SELECT texts FROM units WHERE tuid = ?", (tuid,)).fetchone()
        return json.loads(row[0]) if row else None

    def tuids(self) -> Iterator[str]:
        """Every stored unit's tuid, streamed."""
        for (tuid,) in self.backend.stream("SELECT tuid FROM units"):
            yield tuid

    def unit_texts(self) -> Iterator[dict[str, str]]:
        """Every unit's texts by language, streamed (what an import compares its units with)."""
        for texts, extra in self.backend.stream(
                "SELECT texts, (SELECT extra FROM unit_extra x WHERE x.tuid = units.tuid) FROM units"):
            yield with_inline(json.loads(texts), json.loads(extra) if extra else {})

    def aligned_unit_texts(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(alignment, texts) of every aligned unit, in bead order within each alignment, streamed."""
        for alignment, texts in self.backend.stream(
                "SELECT alignment_id, texts FROM units WHERE alignment_id IS NOT NULL ORDER BY alignment_id, tuid"):
            yield alignment, json.loads(texts)

    def unit_stats(self, *, docs: Sequence[str] = (), pair: Optional[tuple[str, str]] = None,
                   min_score: float = 0.0, status: Optional[str] = None,
                   origin: Optional[str] = None, flagged: bool = True) -> tuple[int, list[str]]:
        """How many units a filter selects and their source languages, most frequent first."""
        where, params = _unit_filter(docs, pair, min_score, status, flagged)
        if origin:
            where += " AND origin = ?"
            params.append(origin)
        rows = self.conn.execute(
            f"SELECT srclang, count(*) FROM units WHERE {where} GROUP BY srclang ORDER BY 2 DESC, 1", params
        ).fetchall()
        return sum(n for _, n in rows), [lang for lang, _ in rows]

    def confirmed_pairs(self, src_lang: str, tgt_lang: str) -> list[tuple[str, str]]:
        """Texts of confirmed units in two languages: what the aligner learns its lexicon from."""
        pairs = []
        for (texts,) in self.conn.execute("SELECT texts FROM units WHERE status = 'confirmed'"):
            t = json.loads(texts)
            if src_lang in t and tgt_lang in t:
                pairs.append((t[src_lang], t[tgt_lang]))
        return pairs


def with_inline(texts: dict[str, str], extra: dict) -> dict[str, str]:
    """A unit's texts with the inline codes it came with (the seg's XML) in place of the plain text: two units
    that differ only in their codes are two units."""
    inline = extra.get("inline")
    return {k: inline.get(k, v) for k, v in texts.items()} if inline else texts


def _marked(text: str, words: list[str]) -> str:
    """A hit's sentence with the words marked, where the database did not mark it: whole, or around the
    first hit when very long (highlight.py)."""
    return mark(text, words, prefix=True) if len(text) <= LONG else mark_window(text, words, prefix=True)


def _query_stems(text: str, lang: Optional[str]) -> list[str]:
    """The words of a search, each cut to its stem (lexicon.stem, language-aware case folding): the
    query asks for words that start with them, quoted, so user text is never FTS syntax."""
    from workbench.align.lexicon import stem
    from workbench.lang import detect_lang

    # ё is е in the index (schema step 9, unaccent on PostgreSQL)
    words = [storable(w) for w in re.findall(r"[^\W_]+", text.replace("ё", "е").replace("Ё", "Е"))]
    if not words:
        return []
    lang = lang or detect_lang(text)
    return [stem(w, lang) for w in words]


def storable(text: str) -> str:
    """A file name or option value as the database can store it: bytes that were not UTF-8 (kept by Python as
    lone surrogates) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _unit_filter(docs: Sequence[str], pair: Optional[tuple[str, str]], min_score: float,
                 status: Optional[str], flagged: bool = True) -> tuple[str, list[object]]:
    where, params = ["score >= ?"], [min_score]
    if not flagged:
        where.append("flagged = 0")
    if status:
        where.append("status = ?")
        params.append(status)
    if pair:
        where.append("alignment_id = (SELECT id FROM alignments WHERE src_doc = ? AND tgt_doc = ?)")
        params.extend(pair)
    if docs:
        marks = ", ".join("?" * len(docs))
        where.append(f"(alignment_id IN (SELECT id FROM alignments WHERE src_doc IN ({marks})"
                     f" OR tgt_doc IN ({marks})) OR doc IN ({marks}))")
        params.extend([*docs, *docs, *docs])
    return " AND ".join(where), params


__all__ = ["Memory", "DocSummary", "Hit", "AlignmentSummary", "default_db_path",
           "SCHEMA_VERSION"]
