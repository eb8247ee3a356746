"""Edits of a stored pair through the library: link, unlink, merge, split, sentence fixes, realign, undo, history,
versions; and what the exports make of them. On both backends (``memory_url``)."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from workbench.align.formats import read_beads
from workbench.errors import WorkbenchError
from workbench.review import beads as ops
from workbench.review import edits
from workbench.review.presegmented import align_presegmented
from workbench.store import Memory

FIXTURES = Path(__file__).parent / "fixtures" / "align"
PAIRS = ["statement-en-ru", "statement-en-az", "transcript-en-ru"]


@pytest.fixture
def memory(memory_url):
    with Memory(memory_url) as m:
        yield m


def _stored(memory, name):
    src, tgt = FIXTURES / name / "src.sents", FIXTURES / name / "tgt.sents"
    align_presegmented(memory, src, tgt)
    return str(src), str(tgt)


def _shape(memory, src, tgt):
    return [(r["src"], r["tgt"]) for r in edits.bead_rows(memory, src, tgt)]


def _gold(name, src_count, tgt_count):
    beads = [ops.Bead(tuple(s), tuple(t)) for s, t in read_beads((FIXTURES / name / "gold.align").read_text())]
    return [(list(b.src), list(b.tgt)) for b in ops.order(beads, src_count, tgt_count)]


def _counts(memory, src, tgt):
    pair = edits.resolve_pair(memory, src, tgt)
    count = "SELECT count(*) FROM segments WHERE doc_id = ?"
    return (memory.conn.execute(count, (pair.src,)).fetchone()[0],
            memory.conn.execute(count, (pair.tgt,)).fetchone()[0])


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_linking_every_gold_bead_in_any_order_gives_the_gold_alignment(memory, name, seed):
    src, tgt = _stored(memory, name)
    # start from a wrong alignment: every bead unlinked
    for n in reversed(range(len(_shape(memory, src, tgt)))):
        edits.unlink(memory, src, tgt, n)
    gold = _gold(name, *_counts(memory, src, tgt))
    order = list(gold)
    random.Random(seed).shuffle(order)
    for s, t in order:
        edits.link(memory, src, tgt, s, t, user="tester")
    assert _shape(memory, src, tgt) == gold
    assert all(r["status"] == "confirmed" and r["reviewer"] == "tester" for r in edits.bead_rows(memory, src, tgt))


def test_link_takes_sentences_from_their_beads_and_leaves_the_rest(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    before = _shape(memory, src, tgt)
    holder = next(n for n, (s, t) in enumerate(before) if len(s) >= 1 and len(t) == 2)
    s, t = before[holder]
    result = edits.link(memory, src, tgt, s, t[:1])
    after = _shape(memory, src, tgt)
    assert after[result.position] == (s, t[:1])
    assert ([], t[1:]) in after  # what remains of the old bead stays, as a 0:1 bead
    assert len(after) == len(before) + 1


def test_link_refuses_gaps_and_missing_sentences(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    with pytest.raises(WorkbenchError, match="not consecutive"):
        edits.link(memory, src, tgt, [1, 3], [1])
    with pytest.raises(WorkbenchError, match="does not exist"):
        edits.link(memory, src, tgt, [99], [1])
    assert edits.history(memory, src, tgt) == []  # a refused edit leaves no trace


def test_unlinked_sentences_are_never_units_and_status_filters_exports(memory, tmp_path):
    from workbench.exporting import Selection, export_memory

    src, tgt = _stored(memory, "statement-en-ru")
    n_units = memory.unit_stats()[0]
    edits.unlink(memory, src, tgt, 1)
    assert memory.unit_stats()[0] == n_units - 1
    pair = edits.resolve_pair(memory, src, tgt)
    texts = [u.texts for u in memory.units(pair=(pair.src, pair.tgt))]
    unlinked = memory.conn.execute("SELECT text FROM segments WHERE doc_id = ? AND idx = 1", (pair.src,)).fetchone()[0]
    assert not any(unlinked in t["en"] for t in texts)
    edits.confirm(memory, src, tgt, [0], note="checked")
    report = export_memory(memory, "tmx", Selection(pair=(src, tgt)), tmp_path / "c.tmx", status="confirmed")
    assert report.units == 1
    assert "checked" in (tmp_path / "c.tmx").read_text()


def test_merge_split_and_undo_walk_back_to_the_start(memory):
    src, tgt = _stored(memory, "transcript-en-ru")
    start = _shape(memory, src, tgt)
    edits.merge_next(memory, src, tgt, 0)
    merged = _shape(memory, src, tgt)
    assert merged[0] == (start[0][0] + start[1][0], start[0][1] + start[1][1])
    edits.split_bead(memory, src, tgt, 0, len(start[0][0]), len(start[0][1]))
    assert _shape(memory, src, tgt)[:2] == start[:2]
    edits.undo(memory, src, tgt)
    assert _shape(memory, src, tgt) == merged
    edits.undo(memory, src, tgt)
    assert _shape(memory, src, tgt) == start
    assert [r["status"] for r in edits.bead_rows(memory, src, tgt)][:1] == ["auto"]
    with pytest.raises(WorkbenchError, match="nothing to undo"):
        edits.undo(memory, src, tgt)
    ops_done = [(h["op"], bool(h["undone_by"])) for h in edits.history(memory, src, tgt)]
    assert ops_done == [("merge", True), ("split", True), ("undo", False), ("undo", False)]


def test_history_names_the_user_and_versions_rise(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    v0 = edits.version_of(memory, edits.resolve_pair(memory, src, tgt).alignment_id)
    first = edits.confirm(memory, src, tgt, [0], user="ann")
    second = edits.unlink(memory, src, tgt, 2)
    assert v0 < first.version < second.version
    rows = edits.history(memory, src, tgt)
    assert rows[0]["user"] == "ann" and rows[0]["op"] == "confirm"
    assert rows[1]["user"] == edits.current_user() and rows[1]["at"]


def test_a_stale_version_is_refused_and_nothing_is_overwritten(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    version = edits.version_of(memory, edits.resolve_pair(memory, src, tgt).alignment_id)
    edits.confirm(memory, src, tgt, [0], version=version)  # the first tab saves
    shape = _shape(memory, src, tgt)
    with pytest.raises(edits.ConflictError, match="changed by someone else"):
        edits.unlink(memory, src, tgt, 0, version=version)  # the second tab still has the old version
    assert _shape(memory, src, tgt) == shape and len(edits.history(memory, src, tgt)) == 1


def _check_offsets(memory, doc):
    rows = memory.conn.execute("SELECT s.text, s.start, s.end, b.text FROM segments s JOIN blocks b"
                               " ON b.doc_id = s.doc_id AND b.idx = s.block WHERE s.doc_id = ? ORDER BY s.idx",
                               (doc,)).fetchall()
    for text, start, end, block in rows:
        assert block[start:end] == text
    return [r[0] for r in rows]


def test_split_and_join_a_sentence_keep_offsets_and_the_beads_follow(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    pair = edits.resolve_pair(memory, src, tgt)
    sentences = _check_offsets(memory, pair.src)
    before = _shape(memory, src, tgt)
    long = max(range(len(sentences)), key=lambda i: len(sentences[i]))
    cut = sentences[long].index(" ", len(sentences[long]) // 2) + 1
    edits.split_sentence(memory, src, tgt, "src", long, cut)
    after = _check_offsets(memory, pair.src)
    assert after[long] + " " + after[long + 1] == sentences[long] and len(after) == len(sentences) + 1
    holder = next(s for s, t in _shape(memory, src, tgt) if long in s)
    assert long + 1 in holder
    assert _shape(memory, src, tgt)[-1][0] == [i + 1 for i in before[-1][0]]
    edits.join_sentences(memory, src, tgt, "src", long)
    assert _check_offsets(memory, pair.src) == sentences
    assert _shape(memory, src, tgt) == before
    edits.undo(memory, src, tgt)
    edits.undo(memory, src, tgt)
    assert _check_offsets(memory, pair.src) == sentences and _shape(memory, src, tgt) == before
    assert [h["text"] for h in []] == []
    assert memory.search(sentences[long].split()[0])  # the concordance follows the segments table


def test_joining_sentences_of_two_beads_merges_them(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    shape = _shape(memory, src, tgt)
    n = next(n for n in range(len(shape) - 1) if shape[n][1] and shape[n + 1][1])
    last_tgt = shape[n][1][-1]
    pair = edits.resolve_pair(memory, src, tgt)
    blocks = memory.conn.execute("SELECT block FROM segments WHERE doc_id = ? AND idx IN (?, ?)",
                                 (pair.tgt, last_tgt, last_tgt + 1)).fetchall()
    if blocks[0] != blocks[1]:
        with pytest.raises(WorkbenchError, match="different paragraphs"):
            edits.join_sentences(memory, src, tgt, "tgt", last_tgt)
        return
    edits.join_sentences(memory, src, tgt, "tgt", last_tgt)
    merged = _shape(memory, src, tgt)[n]
    assert merged[0] == shape[n][0] + shape[n + 1][0]


def test_realign_keeps_confirmed_beads(memory):
    src, tgt = _stored(memory, "transcript-en-ru")
    edits.unlink(memory, src, tgt, 1)
    shape = _shape(memory, src, tgt)
    kept = [b for b, r in zip(shape, edits.bead_rows(memory, src, tgt)) if r["status"] == "confirmed"]
    result = edits.realign(memory, src, tgt)
    assert result.op == "realign"
    after = _shape(memory, src, tgt)
    assert all(b in after for b in kept)


@pytest.mark.parametrize("name", PAIRS)
def test_confirming_most_beads_leaves_the_rest_as_sure_as_before(memory, name):
    # confirmed beads are no evidence the pair is no translation: the aligner never compared their sentences
    src, tgt = _stored(memory, name)
    rows = edits.bead_rows(memory, src, tgt)
    before = {(tuple(r["src"]), tuple(r["tgt"])): r["flagged"] for r in rows}
    edits.confirm(memory, src, tgt, list(range(len(rows) * 2 // 3)))
    edits.realign(memory, src, tgt)
    after = [r for r in edits.bead_rows(memory, src, tgt) if r["status"] != "confirmed"]
    assert after and not any(r["flagged"] and not before.get((tuple(r["src"]), tuple(r["tgt"])), True) for r in after)


def test_a_memory_from_before_review_is_migrated(tmp_path):
    from workbench.schema import MIGRATIONS, statements

    path = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        for statement in statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Memory(path) as m:
        assert m.conn.execute("SELECT count(*) FROM edits").fetchone()[0] == 0
        assert json.loads("[]") == []


def test_an_edit_that_changes_nothing_leaves_no_version_and_no_history(memory):
    src, tgt = _stored(memory, "statement-en-ru")
    first = edits.confirm(memory, src, tgt, [0, 1], user="ann")
    again = edits.confirm(memory, src, tgt, [0, 1], user="ann", version=first.version)
    assert again.version == first.version and again.detail.get("unchanged")
    row = edits.bead_rows(memory, src, tgt)[2]
    relinked = edits.link(memory, src, tgt, row["src"], row["tgt"], user="ann")  # auto -> confirmed: a change
    assert relinked.version == first.version + 1
    same = edits.link(memory, src, tgt, row["src"], row["tgt"], user="ann")
    assert same.version == relinked.version
    assert [h["op"] for h in edits.history(memory, src, tgt)] == ["confirm", "link"]
    # another reviewer vouching for the same beads is a change: the beads are theirs now
    vouched = edits.confirm(memory, src, tgt, [0], user="bob")
    assert vouched.version == relinked.version + 1 and edits.bead_rows(memory, src, tgt)[0]["reviewer"] == "bob"
    noted = edits.confirm(memory, src, tgt, [0], note="checked", user="bob")  # a new note is a change
    assert noted.version == vouched.version + 1
