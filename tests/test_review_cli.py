"""The review commands as a script uses them: document refs of every kind, the exact JSON of `beads`, edits,
undo and history, and presegmented pairs stored for review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cad0dfaeb5419f53"
EN, RU = f"{SEED}.txt", f"{SEED}.ru.txt"
PRE = Path(__file__).parent / "fixtures" / "align" / "statement-en-ru"


@pytest.fixture
def seeded(run):
    assert run("align", EN, RU).exit_code == 0
    return run


def _beads(run, *pair):
    result = run("beads", *pair, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_beads_json_has_the_issue_shape(seeded):
    rows = _beads(seeded, EN, RU)
    assert set(rows[0]) == {"n", "src", "tgt", "score", "status", "flagged"}
    assert [r["n"] for r in rows] == list(range(len(rows)))
    assert rows[0]["src"] == [0] and rows[0]["status"] == "auto" and isinstance(rows[0]["score"], float)
    covered = [i for r in rows for i in r["src"]]
    assert covered == sorted(covered) == list(range(len(covered)))


def test_every_kind_of_document_ref_names_the_pair(seeded):
    listing = seeded("list", "--json")
    ids = [d["id"] for d in json.loads(listing.output)["documents"]]
    for src, tgt in ((EN, RU), (ids[0], ids[1]), (ids[0][:6], ids[1][:6]), ("1", "2")):
        assert _beads(seeded, src, tgt)
    result = seeded("confirm", EN, RU, "0", "--user", "ann")  # the issue's example, which used to fail
    assert result.exit_code == 0 and "1 bead confirmed" in result.output
    assert _beads(seeded, "1", "2")[0]["status"] == "confirmed"
    missing = seeded("beads", str(PRE / "src.sents"), RU)
    assert missing.exit_code == 1 and "not in the memory" in missing.output
    reversed_pair = seeded("beads", "2", "1")
    assert reversed_pair.exit_code == 1 and "aligned the other way round" in reversed_pair.output
    assert "(1 2)" in reversed_pair.output


def test_link_unlink_undo_and_history(seeded):
    rows = _beads(seeded, EN, RU)
    two = next(r for r in rows if len(r["src"]) == 2)
    assert seeded("unlink", EN, RU, two["n"], "--user", "ann").exit_code == 0
    after = _beads(seeded, EN, RU)
    assert {"src": [two["src"][0]], "tgt": []}.items() <= after[two["n"]].items()
    assert seeded("link", EN, RU, "--src", ",".join(map(str, two["src"])), "--tgt",
                  ",".join(map(str, two["tgt"]))).exit_code == 0
    assert [(r["src"], r["tgt"]) for r in _beads(seeded, EN, RU)] == [(r["src"], r["tgt"]) for r in rows]
    lone = seeded("link", EN, RU, "--src", str(two["src"][0]), "--tgt", "-", "--json")
    assert json.loads(lone.output)["op"] == "link"
    assert seeded("undo", EN, RU).exit_code == 0
    history = json.loads(seeded("history", EN, RU, "--json").output)
    assert [h["op"] for h in history] == ["unlink", "link", "link", "undo"]
    assert history[0]["user"] == "ann" and history[2]["undone_by"] == history[3]["id"]


def test_a_stale_version_exits_1_with_a_clear_message(seeded):
    stale = seeded("beads", EN, RU, "--json")
    assert stale.exit_code == 0
    assert seeded("confirm", EN, RU, "1").exit_code == 0
    result = seeded("unlink", EN, RU, "1", "--if-version", "0")
    assert result.exit_code == 1 and "changed by someone else" in result.output


def test_confirm_takes_if_version_and_json_like_every_edit(seeded):
    version = json.loads(seeded("list", "--json").output)["alignments"][0]["version"]
    assert f"version {version}" in seeded("list").output
    done = seeded("confirm", EN, RU, "2", "3", "--if-version", str(version), "--json")
    assert done.exit_code == 0, done.output
    summary = json.loads(done.output)
    assert summary["op"] == "confirm" and summary["version"] == version + 1 and summary["beads"] == [2, 3]
    stale = seeded("confirm", EN, RU, "4", "--if-version", str(version))
    assert stale.exit_code == 1 and "changed by someone else" in stale.output
    assert [r["status"] for r in _beads(seeded, EN, RU)[2:5]] == ["confirmed", "confirmed", "auto"]


def test_sentence_split_and_join_commands(seeded):
    rows = _beads(seeded, EN, RU)
    assert seeded("split-sentence", EN, RU, "--src", "1", "--at", "10").exit_code == 0
    assert len(_beads(seeded, EN, RU)[1]["src"]) == 2
    assert seeded("join-sentences", EN, RU, "--src", "1").exit_code == 0
    assert [(r["src"], r["tgt"]) for r in _beads(seeded, EN, RU)] == [(r["src"], r["tgt"]) for r in rows]
    both = seeded("join-sentences", EN, RU, "--src", "1", "--tgt", "1")
    assert both.exit_code == 2


def test_presegmented_pairs_are_stored_and_reviewable(run):
    src, tgt = PRE / "src.sents", PRE / "tgt.sents"
    printed = run("align", src, tgt, "--presegmented")
    assert printed.exit_code == 0
    rows = _beads(run, src, tgt)
    assert printed.output == "".join(f"[{','.join(map(str, r['src']))}]:[{','.join(map(str, r['tgt']))}]\n"
                                     for r in rows)
    # sentence numbers are line numbers without the blank lines
    lines = [line.strip() for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    shown = run("beads", src, tgt).output.splitlines()
    assert lines[rows[1]["src"][0]] in shown[1]
    assert run("confirm", src, tgt, "0").exit_code == 0
    assert run("realign", src, tgt).exit_code == 0
    assert _beads(run, src, tgt)[0]["status"] == "confirmed"


def test_tei_links_name_the_reviewer_who_confirmed_them(run, tmp_path, tei_check):
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    en, ru = seeds / "000_cad0dfaeb5419f53.txt", seeds / "000_cad0dfaeb5419f53.ru.txt"
    assert run("align", en, ru).exit_code == 0
    assert run("confirm", en, ru, "0", "1", "--user", "anna").exit_code == 0
    assert run("export", "tei", "--pair", en, ru, "--out", "pair.tei.xml").exit_code == 0
    tree = tei_check.parse(tmp_path / "pair.tei.xml")
    links = list(tree.iter(f"{tei_check.TEI}link"))
    assert [l.get("resp") for l in links[:2]] == ["#reviewer.anna", "#reviewer.anna"]
    assert all(l.get("resp") == "#workbench" for l in links[2:])
    names = [s.findtext(f"{tei_check.TEI}name") for s in tree.iter(f"{tei_check.TEI}respStmt")
             if s.get(tei_check.XML_ID) == "reviewer.anna"]
    assert names == ["anna"]
    code, out = tei_check.jing(tmp_path / "pair.tei.xml")
    assert code == 0, out
