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
    # the report's counts are those of what was stored
    ru = seed["ru"]
    beads, flagged, mean = db.execute("SELECT count(*), sum(flagged), avg(score) FROM beads JOIN alignments a"
                                      " ON a.id = alignment_id WHERE src_doc = ? AND tgt_doc = ?",
                                      (ru["src_id"], ru["tgt_id"])).fetchone()
    assert (int(ru["beads"]), int(ru["flagged"])) == (beads, flagged) and abs(float(ru["mean_score"]) - mean) < 1e-4
    assert [int(ru["src_sentences"]), int(ru["tgt_sentences"])] == [
        db.execute("SELECT count(*) FROM segments WHERE doc_id = ?", (doc,)).fetchone()[0]
        for doc in (ru["src_id"], ru["tgt_id"])]
    assert (ru["src_lang"], ru["tgt_lang"], ru["error"]) == ("en", "ru", "")
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
    assert (rows["lonely"]["status"], rows["lonely"]["warnings"], rows["lonely"]["error"]) == \
        ("unpaired", "no other language version (only ru)", "")
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


def test_what_cannot_be_paired_is_in_the_report_and_a_file_that_cannot_be_read_fails(run, tmp_path, build_archive):
    folder, keys = _archive(tmp_path, build_archive, limit=1)
    (folder / "noen.ru.txt").write_text("Только по-русски.\n", encoding="utf-8")
    (folder / "noen.az.txt").write_text("Yalnız azərbaycanca.\n", encoding="utf-8")
    (folder / "gone.html").symlink_to(folder / "deleted.html")  # listed, but it cannot be opened
    (folder / "gone.ru.txt").write_text("Президент провёл совещание.\n", encoding="utf-8")
    shutil.copy(folder / f"{keys[0]}.en.txt", folder / f"{keys[0]}.txt")  # a second English version
    result = run("batch", folder, "--workers", "1", "--report", tmp_path / "r.json")
    assert result.exit_code == 1
    assert "unpaired: noen: no English version to align ru and az with" in result.output
    assert f"left out: {folder / keys[0]}." in result.output
    rows = {r["job"]: r for r in json.loads((tmp_path / "r.json").read_text())}
    assert rows["noen"]["status"] == "unpaired" and rows["noen"]["tgt_path"] == str(folder / "noen.az.txt")
    left_out = [r for r in rows.values() if r["status"] == "left out"]
    assert len(left_out) == 1 and f"{keys[0]} already has a en version" in left_out[0]["warnings"]
    assert left_out[0]["job"] in (str(folder / f"{keys[0]}.txt"), str(folder / f"{keys[0]}.en.txt"))
    assert rows["gone:en-ru"]["status"] == "failed" and "No such file" in rows["gone:en-ru"]["error"]
    assert _db(tmp_path).execute("SELECT job, status FROM batch_jobs WHERE status != 'done'").fetchall() == \
        [("gone:en-ru", "failed")]
    assert sum(r["status"] == "done" for r in rows.values()) == 3  # the seed's two pairs and the archive's


_SCRIPT = """
import sys
import workbench

def main():
    with workbench.Memory(sys.argv[1]) as memory:
        print(workbench.run_batch(memory, [sys.argv[2]], workers=2).counts())

{call}
"""


def test_a_script_without_the_main_guard_is_stopped_with_advice_and_records_nothing(tmp_path, build_archive):
    import subprocess
    import sys

    folder, keys = _archive(tmp_path, build_archive, limit=1)
    for name, call in (("unguarded", "main()"), ("guarded", "if __name__ == '__main__':\n    main()")):
        (tmp_path / f"{name}.py").write_text(_SCRIPT.format(call=call), encoding="utf-8")
    # Each spawned worker imports the script again: unguarded, it would start a batch of its own.
    bad = subprocess.run([sys.executable, "unguarded.py", "u.sqlite", str(folder)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and 'if __name__ == "__main__":' in bad.stderr.splitlines()[-1]
    assert sqlite3.connect(tmp_path / "u.sqlite").execute("SELECT count(*) FROM batch_jobs").fetchone() == (0,)
    good = subprocess.run([sys.executable, "guarded.py", "g.sqlite", str(folder)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert good.returncode == 0 and good.stdout.strip() == f"{{'done': {len(keys) + 2}}}", good.stderr


def test_batch_counts_trilingual_units_as_run_exports_them(run, tmp_path):
    # the Russian is no translation: every bead of en-ru is flagged, so no trilingual unit reaches a TMX
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(SEEDS / f"{SEED}.txt", folder / "talks.txt")
    shutil.copy(SEEDS / f"{SEED}.az.txt", folder / "talks.az.txt")
    shutil.copy(Path(__file__).parent / "fixtures" / "ingest" / "ru_talks.txt", folder / "talks.ru.txt")
    alone = run("--db", "run.sqlite", "run", folder / "talks.txt", "--original", folder / "talks.ru.txt",
                "--original", folder / "talks.az.txt", "--out-dir", "out")
    assert alone.exit_code == 0, alone.output
    # (run names the trilingual units only when there are some)
    said = next((line for line in alone.output.splitlines() if line.startswith("trilingual units:")),
                "trilingual units: 0")
    assert run("batch", folder, "--report", tmp_path / "report.csv").exit_code == 0
    rows = list(csv.DictReader(open(tmp_path / "report.csv", encoding="utf-8")))
    assert {r["trilingual"] for r in rows} == {said.split(":")[1].strip()} == {"0"}
