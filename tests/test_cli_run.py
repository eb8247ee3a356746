"""The main job and the alignment/export commands through the CLI."""

import json
from pathlib import Path

import pytest
from lxml import etree


ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EN, RU, AZ = (SEEDS / f"000_cad0dfaeb5419f53{suffix}" for suffix in (".txt", ".ru.txt", ".az.txt"))
DTD = etree.DTD(str(ROOT / "workbench" / "data" / "schemas" / "tmx14.dtd"))
DEV = ROOT / "tests" / "fixtures" / "align"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677499200")  # 2023-02-27T12:00:00Z


def test_run_writes_all_three_exports_and_a_trilingual_tmx(run, tmp_path):
    result = run("run", EN, "--original", RU, "--original", AZ, "--date", "2023-02-27", "--out-dir", "out")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["000_cad0dfaeb5419f53.docx", "000_cad0dfaeb5419f53.en-az.tmx",
                     "000_cad0dfaeb5419f53.en-ru.tmx", "000_cad0dfaeb5419f53.tei.xml",
                     "000_cad0dfaeb5419f53.tmx"]
    assert "beads (" in result.output and "flagged for review" in result.output
    # the units a pair's line counts are those its TMX holds, plus the flagged ones left out of it
    import re
    counted = re.search(r"\(en\) <-> \S+ \(ru\): .*; (\d+) units, (\d+) of them flagged", result.output)
    en_ru = etree.parse(str(tmp_path / "out" / "000_cad0dfaeb5419f53.en-ru.tmx")).findall(".//tu")
    assert counted and int(counted.group(1)) - int(counted.group(2)) == len(en_ru)
    trilingual = etree.parse(str(tmp_path / "out" / "000_cad0dfaeb5419f53.tmx"))
    assert DTD.validate(trilingual), DTD.error_log
    tus = trilingual.findall(".//tu")
    assert tus and all(len(tu.findall("tuv")) == 3 for tu in tus)
    langs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in trilingual.iter("tuv")}
    assert langs == {"en", "ru", "az"}


def test_the_trilingual_tmx_takes_the_coarser_grain_where_the_pairs_cut_the_source_apart_differently():
    from workbench.model import Alignment, Bead
    from workbench.pipeline import AlignedPair, read_text
    from workbench.trilingual import trilingual_units
    from workbench.units import units_for

    en = read_text("The talks went well. The sides signed two documents. The press was told.", lang="en")
    ru = read_text("Переговоры прошли успешно, стороны подписали два документа. Прессе сообщили.", lang="ru")
    az = read_text("Danışıqlar uğurla keçdi. Tərəflər iki sənəd imzaladı.", lang="az")

    def pair(tgt, beads):
        alignment = Alignment(en.id, tgt.id, "en", tgt.lang, beads)
        return AlignedPair(en, tgt, alignment, units_for(alignment, en, tgt))

    # en-ru joins the first two sentences into one; en-az gives each its own and leaves the third alone
    first = pair(ru, [Bead([0, 1], [0]), Bead([2], [1])])
    second = pair(az, [Bead([0], [0]), Bead([1], [1]), Bead([2], [])])
    (unit,) = trilingual_units(first, second)
    assert unit.texts == {"en": "The talks went well. The sides signed two documents.",
                          "ru": "Переговоры прошли успешно, стороны подписали два документа.",
                          "az": "Danışıqlar uğurla keçdi. Tərəflər iki sənəd imzaladı."}
    assert unit.shape == "2-1-2"


def test_run_is_byte_identical_the_second_time(run, tmp_path):
    run("run", EN, "--original", RU, "--out-dir", "a")
    run("run", EN, "--original", RU, "--out-dir", "b")
    for first in sorted((tmp_path / "a").iterdir()):
        assert first.read_bytes() == (tmp_path / "b" / first.name).read_bytes(), first.name


def test_run_without_an_original_writes_tei_and_docx(run, tmp_path):
    result = run("run", EN, "--out-dir", "solo")
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in (tmp_path / "solo").iterdir()) == [".docx", ".xml"]


def test_align_presegmented_prints_beads_covering_every_sentence(run):
    result = run("align", DEV / "statement-en-ru" / "src.sents", DEV / "statement-en-ru" / "tgt.sents",
                 "--presegmented")
    assert result.exit_code == 0, result.output
    gold = (DEV / "statement-en-ru" / "gold.align").read_text().split()
    assert result.stdout.split() == gold


def test_align_tsv_and_json_formats(run, tmp_path):
    (tmp_path / "en.txt").write_text("We met in Baku on 22 February.\nThank you!\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Мы встретились в Баку 22 февраля.\nСпасибо!\n", encoding="utf-8")
    tsv = run("align", "en.txt", "ru.txt", "--presegmented", "--format", "tsv").stdout.splitlines()
    assert [line.split("\t")[:2] for line in tsv] == [
        ["We met in Baku on 22 February.", "Мы встретились в Баку 22 февраля."], ["Thank you!", "Спасибо!"]]
    beads = json.loads(run("align", "en.txt", "ru.txt", "--presegmented", "--format", "json").stdout)
    assert [(b["src"], b["tgt"]) for b in beads] == [([0], [0]), ([1], [1])]
    assert all(0.0 <= b["score"] <= 1.0 for b in beads)


def test_align_same_language_both_sides_warns(run, tmp_path):
    (tmp_path / "a.txt").write_text("One sentence here.\nAnother one.\n", encoding="utf-8")
    result = run("align", "a.txt", "a.txt", "--presegmented")
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "same language" in result.stderr
    assert result.stdout.split() == ["[0]:[0]", "[1]:[1]"]


def test_align_stored_documents_then_export_each_format(run, tmp_path):
    ids = [line.split("\t")[0] for line in run("ingest", EN, RU).stdout.splitlines()]
    aligned = run("align", ids[0], ids[1])
    assert aligned.exit_code == 0, aligned.output
    assert "units" in aligned.output

    tmx = run("export", "tmx", "--pair", ids[0], ids[1], "--lang-map", "regional", "--out", "pair.tmx")
    assert tmx.exit_code == 0, tmx.output
    tree = etree.parse(str(tmp_path / "pair.tmx"))
    assert DTD.validate(tree)
    assert tree.find("header").get("srclang") == "ru-RU"
    assert run("export", "tei", "--doc", ids[0], "--out", "pair.tei.xml").exit_code == 0
    assert b"<teiCorpus" in (tmp_path / "pair.tei.xml").read_bytes()
    assert run("export", "docx", "--pair", ids[0], ids[1], "--out", "pair.docx").exit_code == 0
    assert (tmp_path / "pair.docx").read_bytes()[:2] == b"PK"

    # What went out comes back in: a fresh memory imports every unit.
    imported = run("--db", "other.sqlite", "import-tmx", "pair.tmx")
    assert imported.exit_code == 0, imported.output
    count = len(tree.findall(".//tu"))
    assert f"{count} units imported" in imported.output
    again = run("--db", "other.sqlite", "import-tmx", "pair.tmx")
    assert f"0 units imported, {count} already" in again.output


def test_export_needs_a_selection_and_units(run):
    assert run("export", "tmx", "--out", "x.tmx").exit_code == 2
    run("ingest", EN)
    result = run("export", "tmx", "--all", "--out", "x.tmx")
    assert result.exit_code == 1 and "no units" in result.output
    assert not Path("x.tmx").exists()


def test_import_tmx_refuses_a_broken_file(run, tmp_path):
    (tmp_path / "broken.tmx").write_text("<tmx version='1.4'><body><tu>", encoding="utf-8")
    result = run("import-tmx", "broken.tmx")
    assert result.exit_code == 1
    assert "broken.tmx" in result.output and len(result.output.strip().splitlines()) == 1


def test_run_tei_passes_jing(run, tmp_path, tei_check):
    run("run", EN, "--original", AZ, "--out-dir", "out")
    rc, errors = tei_check.jing(tmp_path / "out" / "000_cad0dfaeb5419f53.tei.xml")
    assert rc == 0, errors


def test_export_intertext_for_a_pair(run, tmp_path):
    ids = [line.split("\t")[0] for line in run("ingest", EN, AZ).stdout.splitlines()]
    run("align", ids[0], ids[1])
    result = run("export", "intertext", "--pair", ids[0], ids[1], "--out", "links.xml")
    assert result.exit_code == 0, result.output
    links = etree.parse(str(tmp_path / "links.xml")).getroot()
    assert links.tag == "linkGrp" and len(links.findall("link")) > 50
    assert run("export", "intertext", "--doc", ids[0], "--out", "x.xml").exit_code == 2


def test_confirmed_beads_are_exported_alone_and_survive_realignment(run, tmp_path):
    ids = [line.split("\t")[0] for line in run("ingest", EN, RU).stdout.splitlines()]
    beads = json.loads(run("align", ids[0], ids[1], "--format", "json").stdout)
    confirmed = run("confirm", ids[0], ids[1], "3", "4", "--note", "checked against the audio")
    assert confirmed.output.startswith("2 beads confirmed in")
    assert "2 confirmed" in run("list").output
    run("align", ids[0], ids[1])
    assert "2 confirmed" in run("list").output
    run("export", "tmx", "--pair", ids[0], ids[1], "--status", "confirmed", "--out", "ok.tmx")
    exported = etree.parse(str(tmp_path / "ok.tmx"))
    assert [n.text for n in exported.iter("note")] == ["checked against the audio"] * 2
    segs = [seg.text for seg in exported.iter("seg")]
    assert sorted(segs) == sorted([beads[3]["src_text"], beads[3]["tgt_text"],
                                   beads[4]["src_text"], beads[4]["tgt_text"]])


@pytest.mark.parametrize("name, langs", [("omegat_ru_en_tmx11.tmx", "en, ru"), ("omegat_az_en_level2.tmx", "az, en")])
def test_import_tmx_written_by_omegat(run, name, langs):
    result = run("import-tmx", ROOT / "tests" / "fixtures" / "tmx" / name)
    assert result.exit_code == 0, result.output
    assert f"4 units imported, 0 already in the memory ({langs})" in result.output
    assert "units\t4 in the memory (4 imported from TMX)" in run("list").output


def test_import_tmx_says_what_it_skipped(run, tmp_path):
    (tmp_path / "half.tmx").write_text(
        '<tmx version="1.4"><header srclang="en" creationtool="x" creationtoolversion="1" segtype="sentence"'
        ' o-tmf="x" adminlang="en" datatype="plaintext"/><body>'
        '<tu tuid="a"><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="ru"><seg>Привет.</seg></tuv></tu>'
        '<tu tuid="b"><tuv xml:lang="en"><seg>Lonely.</seg></tuv><tuv xml:lang="ru"><seg></seg></tuv></tu>'
        '</body></tmx>', encoding="utf-8")
    result = run("import-tmx", "half.tmx")
    assert "1 unit imported" in result.output and "1 skipped" in result.output


def test_docx_names_the_source_file_not_its_local_path(run, tmp_path):
    import docx

    run("run", EN, "--original", RU, "--out-dir", "out")
    document = docx.Document(str(tmp_path / "out" / "000_cad0dfaeb5419f53.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "000_cad0dfaeb5419f53.txt" in text
    assert str(SEEDS) not in text


def test_run_records_where_each_original_was_published(run, tmp_path):
    ru_url, az_url = "http://kremlin.ru/events/president/news/1", "https://president.az/az/articles/view/1"
    result = run("run", EN, "--original", RU, "--original", AZ, "--source-url", "http://en.kremlin.ru/1",
                 "--original-url", ru_url, "--original-url", az_url, "--out-dir", "out", "--json")
    assert result.exit_code == 0, result.output
    shown = [json.loads(run("show", str(n), "--json").output) for n in (1, 2, 3)]
    assert {d["lang"]: d["source_url"] for d in shown} == {"en": "http://en.kremlin.ru/1", "ru": ru_url, "az": az_url}
    tei = (tmp_path / "out" / "000_cad0dfaeb5419f53.tei.xml").read_text(encoding="utf-8")
    assert ru_url in tei and az_url in tei
    extra = run("run", EN, "--original", RU, "--original-url", ru_url, "--original-url", az_url, "--out-dir", "x")
    assert extra.exit_code == 1 and "2 original URLs for 1 originals" in extra.output


def test_run_refuses_two_originals_in_one_language_and_stores_nothing(run, tmp_path):
    other = tmp_path / "other.ru.txt"
    other.write_text("Переговоры в Москве\n\nСегодня министры встретились в Москве.\n", encoding="utf-8")
    result = run("run", EN, "--original", RU, "--original", other, "--out-dir", "out")
    assert result.exit_code == 1 and "two originals in one language (ru)" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "is empty" in run("list").output and not (tmp_path / "out").exists()


def test_run_says_when_the_trilingual_tmx_has_no_unit(run, tmp_path):
    unrelated = tmp_path / "unrelated.az.txt"
    unrelated.write_text("Futbol yarışı\n\n" + " ".join(
        f"Komanda {n}-ci turda qalib gəldi və azarkeşlər sevindi." for n in range(1, 40)) + "\n", encoding="utf-8")
    result = run("run", EN, "--original", RU, "--original", unrelated, "--out-dir", "out")
    assert result.exit_code == 0, result.output
    assert "trilingual units" not in result.output
    assert "000_cad0dfaeb5419f53.tmx: no unit: no source sentence is linked, unflagged, to both" in result.output


def test_run_reads_originals_from_docx_and_html(run, tmp_path):
    import html

    import docx

    paragraphs = RU.read_text(encoding="utf-8").split("\n\n")
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "ru.docx"))
    az_paragraphs = AZ.read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in az_paragraphs)
    (tmp_path / "az.html").write_text(
        f"<html><head><title>{html.escape(az_paragraphs[0])} » Rəsmi internet səhifəsi</title>"
        "<script>var menu = 1;</script></head><body><nav><a href='/'>Ana səhifə</a>"
        f"</nav><article>{body}</article><footer>© president.az</footer></body></html>", encoding="utf-8")

    from_files = run("run", EN, "--original", RU, "--original", AZ, "--out-dir", "a")
    from_formats = run("run", EN, "--original", "ru.docx", "--original", "az.html", "--out-dir", "b")
    assert from_formats.exit_code == 0, from_formats.output
    # Same text, so the same document ids and the same alignments, whatever the container.
    expected = [line.replace(str(RU), "ru.docx").replace(str(AZ), "az.html").replace("\tstored\t", "\talready stored\t")
                for line in from_files.output.splitlines()[:5]]
    assert from_formats.output.splitlines()[:5] == expected


def test_align_with_a_bad_second_file_stores_nothing(run, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("align", EN, "empty.txt")
    assert result.exit_code == 1 and "empty.txt" in result.output
    assert "empty" in run("list").output  # the first file was not kept either


def test_an_english_page_that_looks_azerbaijani_is_told_apart_by_its_letters(run, tmp_path):
    # a short English item full of Turkish names (ş, ğ, ç, ü) and too few function words to go by: both files
    # look Azerbaijani, but only the original writes ə and ı
    (tmp_path / "en.txt").write_text("Mevlüt Çavuşoğlu in Baku\n\nPresident Ilham Aliyev received Mevlüt Çavuşoğlu "
                                     "of Türkiye.\n\nÇavuşoğlu thanked Azerbaijan.\n", encoding="utf-8")
    (tmp_path / "az.txt").write_text("Mövlud Çavuşoğlu Bakıda\n\nPrezident İlham Əliyev Türkiyənin nümayəndəsi Mövlud "
                                     "Çavuşoğlunu qəbul edib.\n\nÇavuşoğlu Azərbaycana təşəkkür edib.\n",
                                     encoding="utf-8")
    result = run("run", "en.txt", "--original", "az.txt", "--out-dir", "out")
    assert result.exit_code == 0, result.output
    assert "en.txt: both files looked Azerbaijani; read as English" in result.output
    assert "same language" not in result.output
    tmx = etree.parse(str(tmp_path / "out" / "en.tmx"))
    tus = tmx.findall(".//tu")
    assert len(tus) == 3
    assert {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tmx.iter("tuv")} == {"en", "az"}


def test_two_azerbaijani_files_alike_are_left_as_they_are_and_warned_about(run, tmp_path):
    text = "Prezident İlham Əliyev nümayəndə heyətini qəbul edib.\n\nGörüşdə əlaqələr müzakirə olunub.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("heyətini", "heyətlərini"), encoding="utf-8")
    result = run("run", "a.txt", "--original", "b.txt", "--out-dir", "out")
    assert result.exit_code == 0, result.output
    assert "same language" in result.output and "read as English" not in result.output


def test_align_on_two_files_says_which_it_read_as_english(run, tmp_path):
    (tmp_path / "en.txt").write_text("Mevlüt Çavuşoğlu in Baku\n\nPresident Ilham Aliyev received Mevlüt Çavuşoğlu "
                                     "of Türkiye.\n", encoding="utf-8")
    (tmp_path / "az.txt").write_text("Mövlud Çavuşoğlu Bakıda\n\nPrezident İlham Əliyev Türkiyənin nümayəndəsi Mövlud "
                                     "Çavuşoğlunu qəbul edib.\n", encoding="utf-8")
    result = run("align", "en.txt", "az.txt")
    assert result.exit_code == 0, result.output
    assert "en.txt: both files looked Azerbaijani; read as English" in result.output
    assert "(en) <-> " in result.output
    # a language given is kept
    given = run("--db", "other.sqlite", "align", "en.txt", "az.txt", "--src-lang", "az")
    assert "read as English" not in given.output and "same language" in given.output


def test_running_again_keeps_what_a_reviewer_unlinked_and_its_unit_stays_out(run, tmp_path):
    first = run("run", EN, "--original", RU, "--out-dir", "out")
    assert first.exit_code == 0, first.output
    rows = json.loads(run("beads", "1", "2", "--json").output)
    one = next(r for r in rows if len(r["src"]) == 1 and len(r["tgt"]) == 1 and r["n"] > 3)
    assert run("unlink", "1", "2", str(one["n"])).exit_code == 0
    unlinked = [(r["src"], r["tgt"]) for r in json.loads(run("beads", "1", "2", "--json").output)]
    again = run("run", EN, "--original", RU, "--out-dir", "out")
    assert again.exit_code == 0, again.output
    after = json.loads(run("beads", "1", "2", "--json").output)
    assert [(r["src"], r["tgt"]) for r in after] == unlinked
    assert {(tuple(r["src"]), tuple(r["tgt"])): r["status"] for r in after}[(tuple(one["src"]), ())] == "confirmed"
    segs = [seg.text for seg in etree.parse(str(tmp_path / "out" / "000_cad0dfaeb5419f53.tmx")).iter("seg")]
    en_text = run("show", "1", "--json")
    sentence = [s["text"] for b in json.loads(en_text.output)["blocks"] for s in b["segments"]][one["src"][0]]
    assert sentence not in segs


def test_the_tei_header_claims_a_review_only_where_links_were_confirmed(run, tmp_path, tei_check):
    run("run", EN, "--original", RU, "--out-dir", "out")
    tei = (tmp_path / "out" / "000_cad0dfaeb5419f53.tei.xml").read_text(encoding="utf-8")
    assert "Alignment review" not in tei
    assert run("confirm", "1", "2", "3", "--user", "ann").exit_code == 0
    assert run("export", "tei", "--pair", "1", "2", "--out", "reviewed.tei.xml").exit_code == 0
    reviewed = (tmp_path / "reviewed.tei.xml").read_text(encoding="utf-8")
    assert "links this reviewer confirmed" in reviewed and ">ann<" in reviewed
    assert "links confirmed by a person" not in reviewed
    rc, errors = tei_check.jing(tmp_path / "reviewed.tei.xml")
    assert rc == 0, errors


def test_a_unit_keeps_the_date_it_was_first_stored_when_the_pair_is_run_again(run, tmp_path, monkeypatch):
    run("run", EN, "--original", RU, "--out-dir", "a")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # a later day
    run("run", EN, "--original", RU, "--out-dir", "b")
    first = etree.parse(str(tmp_path / "a" / "000_cad0dfaeb5419f53.tmx")).findall(".//tu")
    again = etree.parse(str(tmp_path / "b" / "000_cad0dfaeb5419f53.tmx")).findall(".//tu")
    assert [tu.get("creationdate") for tu in again] == [tu.get("creationdate") for tu in first]
    assert first[0].get("creationdate").startswith("20230227")


def test_an_introduction_is_the_narrators_not_the_speakers(run, tmp_path):
    assert run("run", EN, "--original", RU, "--out-dir", "out").exit_code == 0
    tmx = etree.parse(str(tmp_path / "out" / "000_cad0dfaeb5419f53.tmx"))
    speakers = {}
    for tu in tmx.iter("tu"):
        en = next(tuv.findtext("seg") for tuv in tu.iter("tuv")
                  if tuv.get("{http://www.w3.org/XML/1998/namespace}lang") == "en")
        speakers[en] = next((p.text for p in tu.iter("prop") if p.get("type") == "x-speaker"), None)
    intros = [text for text in speakers if text.rstrip().endswith("said:")]
    assert intros and all(speakers[text] is None for text in intros)
    assert any(name for name in speakers.values())  # the speeches keep theirs
