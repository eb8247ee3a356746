"""The memory's schema as forward-only migrations: entry i moves a file from version i to i+1."""

from __future__ import annotations

import sqlite3

# Each entry moves the schema from version i to i+1; never edit a shipped entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        lang TEXT NOT NULL,
        title TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        source_url TEXT NOT NULL DEFAULT '',
        source_path TEXT NOT NULL DEFAULT '',
        dropped TEXT NOT NULL DEFAULT '[]',
        added TEXT NOT NULL
    );
    CREATE TABLE people (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        forename TEXT NOT NULL DEFAULT '',
        surname TEXT NOT NULL DEFAULT '',
        patronym TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (doc_id, key)
    );
    CREATE TABLE blocks (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        speaker TEXT,
        section INTEGER NOT NULL DEFAULT 0,
        turn INTEGER,
        label TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (doc_id, idx)
    );
    CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        block INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (doc_id, idx),
        FOREIGN KEY (doc_id, block) REFERENCES blocks(doc_id, idx) ON DELETE CASCADE
    );
    CREATE VIRTUAL TABLE segments_fts USING fts5(
        text, content='segments', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
        INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
        INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TABLE alignments (
        id INTEGER PRIMARY KEY,
        src_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        tgt_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        src_lang TEXT NOT NULL,
        tgt_lang TEXT NOT NULL,
        updated TEXT NOT NULL,
        UNIQUE (src_doc, tgt_doc)
    );
    CREATE TABLE beads (
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        src TEXT NOT NULL,
        tgt TEXT NOT NULL,
        score REAL NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('auto', 'confirmed')),
        flagged INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (alignment_id, position)
    );
    CREATE TABLE units (
        tuid TEXT PRIMARY KEY,
        alignment_id INTEGER REFERENCES alignments(id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        srclang TEXT NOT NULL,
        texts TEXT NOT NULL,
        score REAL NOT NULL DEFAULT 1.0,
        status TEXT NOT NULL DEFAULT 'auto',
        shape TEXT NOT NULL DEFAULT '1-1',
        speaker TEXT NOT NULL DEFAULT '',
        section INTEGER NOT NULL DEFAULT 0,
        doc TEXT NOT NULL DEFAULT '',
        source_url TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX units_alignment ON units(alignment_id);
    """,
    # 2: imported TMX units join the concordance (aligned units are already there as segments).
    """
    CREATE VIRTUAL TABLE unit_texts_fts USING fts5(
        text, tuid UNINDEXED, lang UNINDEXED, tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER units_ai AFTER INSERT ON units WHEN new.origin = 'import' BEGIN
        INSERT INTO unit_texts_fts(text, tuid, lang) SELECT value, new.tuid, key FROM json_each(new.texts);
    END;
    CREATE TRIGGER units_ad AFTER DELETE ON units WHEN old.origin = 'import' BEGIN
        DELETE FROM unit_texts_fts WHERE tuid = old.tuid;
    END;
    INSERT INTO unit_texts_fts(text, tuid, lang)
        SELECT j.value, u.tuid, j.key FROM units u, json_each(u.texts) j WHERE u.origin = 'import';
    """,
    # 3: a unit whose bead the aligner doubted is marked, so exports can leave it out.
    """
    ALTER TABLE units ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
    UPDATE units SET flagged = 1 WHERE alignment_id IS NOT NULL AND status != 'confirmed' AND EXISTS (
        SELECT 1 FROM beads b WHERE b.alignment_id = units.alignment_id AND b.flagged
          AND units.tuid LIKE '%:' || printf('%05d', b.position));
    """,
    # 4: review. A pair's version goes up whenever its beads are written (save_alignment and every edit
    # touch `updated`), so a stale browser tab is caught without store.py knowing about versions. Edits
    # keep what they replaced, for undo; a reviewer is remembered per bead content, which survives a
    # bead's position moving.
    """
    ALTER TABLE alignments ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    CREATE TRIGGER alignments_version AFTER UPDATE OF updated ON alignments BEGIN
        UPDATE alignments SET version = version + 1 WHERE id = new.id;
    END;
    CREATE TABLE edits (
        id INTEGER PRIMARY KEY,
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        op TEXT NOT NULL,
        detail TEXT NOT NULL,
        before TEXT NOT NULL,
        user TEXT NOT NULL,
        at TEXT NOT NULL,
        undone_by INTEGER
    );
    CREATE INDEX edits_alignment ON edits(alignment_id, id);
    CREATE TABLE bead_reviews (
        alignment_id INTEGER NOT NULL REFERENCES alignments(id) ON DELETE CASCADE,
        src TEXT NOT NULL,
        tgt TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (alignment_id, src, tgt)
    );
    """,
    # 5: translation memory. What another tool's TMX held beyond the texts (full tags, inline codes, its
    # attributes, props and notes) is kept per unit, to be written back as it came; every unit's texts get
    # a trigram index, the prefilter of fuzzy look-up. The texts sit in a plain table indexed by tuid, so a
    # unit's rows are found without scanning the index; an insert first clears the tuid's rows, because
    # INSERT OR REPLACE does not fire the delete trigger.
    """
    CREATE TABLE unit_extra (
        tuid TEXT PRIMARY KEY,
        extra TEXT NOT NULL
    );
    CREATE TABLE unit_segments (
        id INTEGER PRIMARY KEY,
        tuid TEXT NOT NULL,
        lang TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX unit_segments_tuid ON unit_segments(tuid);
    CREATE VIRTUAL TABLE unit_trigram USING fts5(
        text, content='unit_segments', content_rowid='id', tokenize='trigram'
    );
    CREATE TRIGGER unit_segments_ai AFTER INSERT ON unit_segments BEGIN
        INSERT INTO unit_trigram(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER unit_segments_ad AFTER DELETE ON unit_segments BEGIN
        INSERT INTO unit_trigram(unit_trigram, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER units_tm_ai AFTER INSERT ON units BEGIN
        DELETE FROM unit_segments WHERE tuid = new.tuid;
        INSERT INTO unit_segments(tuid, lang, text) SELECT new.tuid, key, value FROM json_each(new.texts);
    END;
    CREATE TRIGGER units_tm_au AFTER UPDATE OF texts ON units BEGIN
        DELETE FROM unit_segments WHERE tuid = old.tuid;
        INSERT INTO unit_segments(tuid, lang, text) SELECT new.tuid, key, value FROM json_each(new.texts);
    END;
    CREATE TRIGGER units_tm_ad AFTER DELETE ON units BEGIN
        DELETE FROM unit_segments WHERE tuid = old.tuid;
        DELETE FROM unit_extra WHERE tuid = old.tuid;
    END;
    INSERT INTO unit_segments(tuid, lang, text) SELECT u.tuid, j.key, j.value FROM units u, json_each(u.texts) j;
    """,
    # 6: batch jobs (workbench/batch/). One row per pair of files: the hash of their bytes, whether it was
    # stored or failed, and its report row, so a re-run skips what is done and retries what failed. Written
    # in the same transaction as the pair's documents and alignment, so a kill leaves both or neither.
    """
    CREATE TABLE batch_jobs (
        job TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
        src_doc TEXT NOT NULL DEFAULT '',
        tgt_doc TEXT NOT NULL DEFAULT '',
        error TEXT NOT NULL DEFAULT '',
        report TEXT NOT NULL DEFAULT '{}',
        attempts INTEGER NOT NULL DEFAULT 1,
        updated TEXT NOT NULL
    );
    """,
    # 7: the look-up's trigram index is filled when a look-up needs it, not by a trigger on every insert: an
    # import of a million units then pays nothing for it (it had quadrupled the import's time). Units past
    # the watermark (rowids only grow; a replaced unit gets a new one) are indexed at the next look-up.
    """
    DROP TRIGGER units_tm_ai;
    CREATE TABLE tm_index_state (id INTEGER PRIMARY KEY CHECK (id = 1), watermark INTEGER NOT NULL);
    INSERT INTO tm_index_state VALUES (1, (SELECT coalesce(max(rowid), 0) FROM units));
    """,
    # 8: the look-up's prefilter becomes word-pair shingles (workbench/tm/shingles.py): ranking by the
    # trigram index took seconds a query on a million units. The texts are indexed again at the next
    # look-up. A unit whose texts change is indexed again from its rowid on (no command rewrites texts
    # today; the trigger keeps the index right if one ever does).
    """
    DROP TRIGGER units_tm_au;
    DROP TRIGGER unit_segments_ai;
    DROP TRIGGER unit_segments_ad;
    DROP TABLE unit_trigram;
    DELETE FROM unit_segments;
    UPDATE tm_index_state SET watermark = 0;
    CREATE TABLE tm_shingle_df (h INTEGER PRIMARY KEY, df INTEGER NOT NULL);
    CREATE TABLE tm_shingles (h INTEGER NOT NULL, seg INTEGER NOT NULL, PRIMARY KEY (h, seg)) WITHOUT ROWID;
    CREATE TRIGGER units_tm_au AFTER UPDATE OF texts ON units BEGIN
        UPDATE tm_index_state SET watermark = min(watermark, old.rowid - 1);
    END;
    """,
    # 9: the concordance reads ё as е, as PostgreSQL's unaccent does and as most Russian sites write it
    # ("партнерство" finds kremlin.ru's "партнёрство"): unicode61's remove_diacritics folds Latin letters only.
    # Both indexes hold the folded text (the triggers fold what they add and delete alike; the query is folded
    # in store._query_stems); highlight() reads the sentence as stored, its tokens in the same places.
    """
    DROP TRIGGER segments_ai;
    DROP TRIGGER segments_ad;
    CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
        INSERT INTO segments_fts(rowid, text) VALUES (new.id, replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
    END;
    CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
        INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, replace(replace(old.text, 'ё', 'е'), 'Ё', 'Е'));
    END;
    INSERT INTO segments_fts(segments_fts) VALUES ('delete-all');
    INSERT INTO segments_fts(rowid, text) SELECT id, replace(replace(text, 'ё', 'е'), 'Ё', 'Е') FROM segments;
    DROP TRIGGER units_ai;
    CREATE TRIGGER units_ai AFTER INSERT ON units WHEN new.origin = 'import' BEGIN
        INSERT INTO unit_texts_fts(text, tuid, lang) SELECT replace(replace(value, 'ё', 'е'), 'Ё', 'Е'), new.tuid, key FROM json_each(new.texts);
    END;
    UPDATE unit_texts_fts SET text = replace(replace(text, 'ё', 'е'), 'Ё', 'Е') WHERE text LIKE '%ё%' OR text LIKE '%Ё%';
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Split a migration into statements; trigger bodies hold ';', so only complete statements end one."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out
