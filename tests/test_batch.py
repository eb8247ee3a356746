"""`workbench batch`: every group aligned through worker processes and one writer; re-runs skip what is
done with the same content and retry what failed; a bad file is reported and the batch goes on."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import workbench
from workbench.batch import REPORT_FIELDS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = "000_cad0dfaeb5419f53"


def _archive(tmp_path, build_archive, limit=6):
    folder = tmp_path / "archive"
    keys = build_archive(folder, limit=limit)
    for lang in ("", ".ru", ".az"):
        shutil.copy(SEEDS / f"{SEED}{lang}.txt", folder / f"{SEED}{lang}.txt")
    return folder, keys


def _db(tmp_path):
    return sqlite3.connect(tmp_path / ".workbench" / "memory.sqlite")


def test_batch_aligns_every_pair_and_reports_each(run, tmp_path, build_archive):
    folder, keys = _archive(tmp_path, build_archive)
    result = run("batch", folder, "--workers", "2", "--report", tmp_path / "report.csv")
    assert result.exit_code == 0, result.output
    assert f"{len(keys) + 1} documents, {len(keys) + 2} pairs: {len(keys) + 2} done" in result.output
    rows = list(csv.DictReader(open(tmp_path / "report.csv", encoding="utf-8")))
    assert tuple(rows[0]) == REPORT_FIELDS
    assert {r["status"] for r in rows} == {"done"} and len(rows) == len(keys) + 2
    seed = {r["tgt_lang"]: r for r in rows if r["group"] == SEED}
    assert set(seed) == {"ru", "az"}
    assert int(seed["ru"]["beads"]) > 50 and float(seed["ru"]["mean_score"]) > 0.9
    assert seed["ru"]["trilingual"] == seed["az"]["trilingual"] != "0"
    db = _db(tmp_path)
    assert db.execute("SELECT count(*) FROM alignments").fetchone()[0] == len(keys) + 2
    assert db.execute("SELECT count(*) FROM batch_jobs WHERE status = 'done'").fetchone()[0] == len(keys) + 2
    # what the batch stored is what aligning the pair on its own gives
    en, ru = workbench.read(SEEDS / f"{SEED}.txt", lang="en"), workbench.read(SEEDS / f"{SEED}.ru.txt", lang="ru")
    alone = workbench.align_pair(en, ru)
    stored = db.execute("SELECT tuid, texts FROM units u JOIN alignments a ON a.id = u.alignment_id"
                        " WHERE a.src_doc = ? AND a.tgt_doc = ? ORDER BY tuid", (en.id, ru.id)).fetchall()
    assert stored == sorted((u.tuid, json.dumps(u.texts, ensure_ascii=False, sort_keys=True)) for u in alone.units)


def test_rerun_skips_done_pairs_and_aligns_a_changed_one(run, tmp_path, build_archive):
    folder, keys = _archive(tmp_path, build_archive, limit=3)
    assert run("batch", folder, "--workers", "1").exit_code == 0
    again = run("batch", folder, "--json")
    summary = json.loads(again.output)
    assert again.exit_code == 0 and summary["skipped"] == len(keys) + 2 and "done" not in summary
    changed = next(folder.glob(f"{keys[0]}.*.txt"))
    if changed.name.endswith(".en.txt"):
        changed = next(p for p in folder.glob(f"{keys[0]}.*.txt") if not p.name.endswith(".en.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nP.S.\n", encoding="utf-8")
    third = json.loads(run("batch", folder, "--json").output)
    assert third["done"] == 1 and third["skipped"] == len(keys) + 1
    db = _db(tmp_path)
    assert db.execute("SELECT attempts FROM batch_jobs WHERE job LIKE ?", (f"{keys[0]}:%",)).fetchone()[0] == 2
    # the old version of the changed document stays stored (documents are never deleted), its pair is new
    assert db.execute("SELECT count(*) FROM alignments").fetchone()[0] == len(keys) + 3


def test_a_bad_file_is_recorded_the_batch_goes_on_and_a_rerun_retries_it(run, tmp_path, build_archive):
    folder, keys = _archive(tmp_path, build_archive, limit=3)
    bad = folder / "broken.az.txt"
    (folder / "broken.txt").write_text("President Ilham Aliyev met the delegation.\n", encoding="utf-8")
    bad.write_bytes(b"\x00\x01\x02 not text \x00")
    (folder / "lonely.ru.txt").write_text("Только по-русски.\n", encoding="utf-8")
    result = run("batch", folder, "--report", tmp_path / "r.json")
    assert result.exit_code == 1
    assert "failed: broken:en-az: " in result.output and "binary" in result.output
    rows = {r["job"]: r for r in json.loads((tmp_path / "r.json").read_text())}
    assert rows["broken:en-az"]["status"] == "failed" and "binary" in rows["broken:en-az"]["error"]
    assert rows["lonely"]["status"] == "unpaired"
    assert sum(r["status"] == "done" for r in rows.values()) == len(keys) + 2
    db = _db(tmp_path)
    assert db.execute("SELECT status, error != '' FROM batch_jobs WHERE job = 'broken:en-az'").fetchone() == \
        ("failed", 1)
    bad.write_text("Prezident İlham Əliyev nümayəndə heyətini qəbul edib.\n", encoding="utf-8")
    fixed = run("batch", folder, "--json")
    summary = json.loads(fixed.output)
    assert fixed.exit_code == 0 and summary["done"] == 1 and summary.get("failed", 0) == 0
    assert db.execute("SELECT status, attempts FROM batch_jobs WHERE job = 'broken:en-az'").fetchone() == ("done", 2)


def test_run_batch_is_one_library_call(tmp_path, build_archive):
    folder, keys = _archive(tmp_path, build_archive, limit=2)
    seen = []
    with workbench.Memory(tmp_path / "m.sqlite") as memory:
        result = workbench.run_batch(memory, [folder], workers=1, progress=lambda d, t: seen.append((d, t)))
    assert result.failed == 0 and len(result.rows) == len(keys) + 2
    assert seen[0] == (0, len(keys) + 1) and seen[-1] == (len(keys) + 1, len(keys) + 1)
