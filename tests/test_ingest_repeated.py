"""Lines a site repeats in both language versions ("×", "12:19", its name, an English menu on the Russian page)
are chrome: `run` drops them from both documents before aligning, and `show` lists them."""

import json
from pathlib import Path

import workbench
from workbench.pipeline import read_text
from workbench.ingest.repeated import repeated_lines

PAGES = Path(__file__).parent / "fixtures" / "ingest" / "repeated"
EN, RU = PAGES / "osce.en.txt", PAGES / "osce.ru.txt"
CHROME = ["Report.az", "Politics", "×", "12:19", "Baku Energy Week"]


def test_read_alone_the_english_page_drops_its_header_by_position_and_keeps_the_rest():
    # the headline is the line over the page's time; what stands above it is the site's header. Alone, the page
    # cannot tell that "12:19" after its text is the site's too ("Baku Energy Week", a short line of capitalised
    # words after the text's last sentence, it drops as it drops a byline).
    en = workbench.read(EN)
    assert en.title == "President Ilham Aliyev received the OSCE Chairperson-in-Office"
    assert {"Report.az", "Politics", "×"} <= set(en.dropped)
    assert "12:19" in {b.text for b in en.blocks}


def test_read_as_a_group_both_versions_drop_what_they_repeat():
    en, (ru,) = workbench.read_group(EN, [RU])
    assert en.title == "President Ilham Aliyev received the OSCE Chairperson-in-Office"
    assert ru.title == "Ильхам Алиев принял действующего председателя ОБСЕ"
    for doc in (en, ru):
        assert set(CHROME) <= set(doc.dropped)
        assert not any(line in b.text for b in doc.blocks for line in CHROME)
    pair = workbench.align_pair(en, ru)
    assert len(pair.units) == 4 and not any("Report.az" in t for u in pair.units for t in u.texts.values())


def test_a_sentence_or_a_long_line_both_versions_share_is_not_chrome():
    en = workbench.read_text("Title of the page\n\nCOP29 in Baku opened today with the heads of state.\n\nThank you.")
    az = workbench.read_text("Səhifənin başlığı\n\nCOP29 in Baku opened today with the heads of state.\n\nThank you.",
                             lang="az")
    assert repeated_lines(en, az) == frozenset()


def test_run_drops_the_repeated_lines_and_show_lists_them(run, tmp_path):
    result = run("run", EN, "--original", RU, "--out-dir", "out")
    assert result.exit_code == 0, result.output
    tmx = (tmp_path / "out" / "osce.en.tmx").read_text(encoding="utf-8")
    assert "Report.az" not in tmx and "Politics" not in tmx and "12:19" not in tmx
    shown = run("show", EN)  # the path still names the document run stored
    assert shown.exit_code == 0, shown.output
    for line in CHROME:
        assert f"dropped: {line}" in shown.output
    stored = json.loads(run("show", RU, "--json").output)
    assert set(CHROME) <= set(stored["dropped"])


def test_batch_drops_them_as_run_does(tmp_path):
    import shutil

    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(EN, folder / "osce.en.txt")
    shutil.copy(RU, folder / "osce.ru.txt")
    with workbench.Memory(tmp_path / "m.sqlite") as memory:
        workbench.run_batch(memory, [folder], workers=1)
        docs = [memory.get_document(d.id) for d in memory.documents()]
    assert len(docs) == 2
    for doc in docs:
        assert set(CHROME) <= set(doc.dropped)



def test_a_name_heading_spelt_the_same_in_both_versions_is_kept():
    # "Ramazan Abdulatipov" heads the English and the Azerbaijani page alike: the title, not the site's chrome;
    # a line of capitalised words both share that is no name of the page's is still chrome
    en = workbench.read_text("Ramazan Abdulatipov\n\nFormer Head of the Republic of Dagestan\n\n"
                             "You have many friends and students.\n\nBaku Energy Forum 2025")
    az = workbench.read_text("Ramazan Abdulatipov\n\nDağıstan Respublikasının keçmiş başçısı\n\n"
                             "Sizin dostlarınız və şagirdləriniz çoxdur.\n\nBaku Energy Forum 2025", lang="az")
    for keys in (repeated_lines(en, az), repeated_lines(az, en)):
        assert len(keys) == 1 and "energy" in next(iter(keys)).lower()


def test_a_list_of_other_items_above_a_headline_shown_twice_is_the_sites_header():
    heading = ("Foreign Minister Sergey Lavrov's remarks at a joint news conference following a trilateral meeting, "
               "Baku, April 7, 2016")
    page = ("Asset Publisher\n\n  • Showing 1 - 20 of 195 results.\n\n"
            "    • Press release on a briefing by the Foreign Ministry's spokeswoman on December 3, 2020\n\n"
            "      mid-live-video-start 3 December 2020 15:00\n      mid-live-video-end 3 December 2020 18:00\n\n"
            f"    Asset Publisher\n\n{heading}\n\n{heading}\n\n"
            "First, I'd like to express gratitude to our Azerbaijani hosts for their hospitality and for organising "
            "an important meeting.\n")
    doc = read_text(page, lang="en")
    assert (doc.title, doc.date, doc.place) == (heading, "2016-04-07", "Baku")
    assert [b.kind for b in doc.blocks] == ["title", "lead"]
    # a heading with its date over a headline shown twice is no list item
    doc = read_text("From the talk of Heydar Aliyev with the observers - 6 January, 2001\n\nscotch egg\nscotch egg\n\n"
                    "Heydar Aliyev: Distinguished guests, I welcome you in Azerbaijan.\n", lang="en")
    assert doc.title.startswith("From the talk of Heydar Aliyev")
