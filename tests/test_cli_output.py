"""Command-line conventions: --out - writes to standard output, a closed pipe ends quietly, --json everywhere,
mistakes said in one line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EN, RU = SEEDS / "000_cad0dfaeb5419f53.txt", SEEDS / "000_cad0dfaeb5419f53.ru.txt"


@pytest.fixture
def aligned(run):
    result = run("align", EN, RU, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_export_to_standard_output_writes_no_file_named_dash(run, aligned, tmp_path):
    result = run("export", "tmx", "--pair", aligned["src"], aligned["tgt"], "--out", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">')
    assert result.stdout.count("<tu ") == aligned["units"]
    assert "wrote -" in result.stderr
    assert not (tmp_path / "-").exists()


def test_export_into_a_fifo_writes_into_it(run, aligned, tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = {}
    reader = threading.Thread(target=lambda: got.setdefault("data", fifo.read_bytes()))
    reader.start()
    assert run("export", "tmx", "--pair", aligned["src"], aligned["tgt"], "--out", fifo).exit_code == 0
    reader.join(10)
    assert got["data"].count(b"<tu ") == aligned["units"]
    assert fifo.is_fifo()


def test_json_summaries(run, aligned):
    assert aligned["beads"] >= aligned["units"] > 50 and aligned["src_lang"] == "en" and aligned["tgt_lang"] == "ru"
    listing = json.loads(run("list", "--json").output)
    assert [d["id"] for d in listing["documents"]] == [aligned["src"], aligned["tgt"]]
    assert listing["alignments"][0]["beads"] == aligned["beads"]
    shown = json.loads(run("show", aligned["tgt"], "--json").output)
    assert shown["id"] == aligned["tgt"] and shown["lang"] == "ru" and shown["blocks"]
    hits = json.loads(run("search", "Azerbaijan", "--json").output)
    assert hits and all("Azerbaijan" in h["text"] for h in hits)


def test_import_and_run_summaries_as_json(run, aligned, tmp_path):
    assert run("export", "tmx", "--pair", aligned["src"], aligned["tgt"], "--out", tmp_path / "p.tmx").exit_code == 0
    report = json.loads(run("import-tmx", tmp_path / "p.tmx", "--json").output)
    assert report["added"] == 0 and report["already_present"] == aligned["units"]
    summary = json.loads(run("run", EN, "--original", RU, "--out-dir", tmp_path / "out", "--json").output)
    assert [p["tgt"] for p in summary["pairs"]] == [aligned["tgt"]]
    assert sorted(Path(p).suffix for p in summary["written"]) == [".docx", ".tmx", ".xml"]


def test_a_closed_pipe_ends_quietly(tmp_path):
    env = {"WORKBENCH_DB": str(tmp_path / "m.sqlite"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "segment", str(EN)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(30) == 0
    assert "Traceback" not in err and "Broken pipe" not in err


def test_search_finds_inflected_forms_and_shows_the_translation(run, aligned):
    hits = json.loads(run("search", "Азербайджан", "--json").output)
    assert any("Азербайджана" in h["text"] or "Азербайджанской" in h["text"] for h in hits)
    assert all(h["translation_lang"] == "en" and h["translation"] for h in hits if h["lang"] == "ru")
    en_hits = json.loads(run("search", "Azerbaijan", "--lang", "en", "--json").output)
    assert en_hits and all(h["translation_lang"] == "ru" for h in en_hits)
    shown = run("search", "Азербайджан").output.splitlines()[0]
    assert "\ten: " in shown


def test_a_folder_given_as_the_file_to_write_is_one_clear_line(run, aligned, tmp_path):
    (tmp_path / "exports").mkdir()
    result = run("export", "tmx", "--all", "--out", "exports/")
    assert result.exit_code == 1 and result.output.strip() == "Error: exports/: is a folder: give the file to write"
    assert list((tmp_path / "exports").iterdir()) == []


def test_an_export_in_a_script_prints_no_progress_label(tmp_path):
    # a real process, its standard error a file: click would print the bar's label there
    subprocess.run([sys.executable, "-m", "workbench", "--db", str(tmp_path / "m.sqlite"), "align", str(EN), str(RU)],
                   check=True, capture_output=True)
    done = subprocess.run([sys.executable, "-m", "workbench", "--db", str(tmp_path / "m.sqlite"), "export", "tmx",
                           "--all", "--out", str(tmp_path / "all.tmx")], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""


def test_merging_the_last_bead_and_an_unknown_language_option_say_what_is_wrong(run, aligned):
    last = len(json.loads(run("beads", EN, RU, "--json").output)) - 1
    result = run("merge", EN, RU, last)
    assert result.exit_code == 1 and f"bead {last} is the last one" in result.output
    result = run("align", EN, RU, "--src-lang", "xx")
    assert result.exit_code == 1 and "given with --src-lang" in result.output
