"""Page widgets, counters and menus met on real pages are chrome; a dateline's place is a place."""

import pytest

from workbench.ingest.dateline import whole_dateline
from workbench.pipeline import read_text

TEXT = ("President Ilham Aliyev received the delegation led by the Minister of Foreign Affairs of Georgia.\n\n"
        "The sides discussed the development of cooperation between the two countries in many fields.\n")


def sentences(doc):
    return [s.text for s in doc.segments]


@pytest.mark.parametrize("widget", ["12 Punto 14 Punto 16 Punto 18 Punto", "7990 views", "1 234 просмотра",
                                    "date icon", "Фото с сайта Кремля"])
def test_a_widget_above_the_headline_is_neither_title_nor_text(widget):
    doc = read_text(f"{widget}\n\nAliyev receives Georgian delegation\n\n{TEXT}", lang="en")
    assert doc.title == "Aliyev receives Georgian delegation"
    assert widget in doc.dropped


def test_a_row_of_one_word_is_not_a_control_row_without_numbers_repeated():
    doc = read_text(f"12 December 2023 10:00 (UTC+04:00)\n\nAliyev receives Georgian delegation\n\n{TEXT}", lang="en")
    assert doc.date == "2023-12-12"


def test_a_menu_under_dashes_is_not_the_title():
    page = ("Политика\n- Главная\n- Политика\nИльхам Алиев: Некоторые страны до сих пор страдают от колониализма\n\n"
            "Мы начали активно заниматься этим вопросом сразу после того, как стали председательствовать в Движении.\n")
    doc = read_text(page, lang="ru")
    assert doc.title.startswith("Ильхам Алиев: Некоторые страны")
    assert "- Главная" in doc.dropped and not any("Главная" in s for s in sentences(doc))


def test_an_interview_reply_under_a_dash_stays_text():
    page = ("Интервью Президента\n\n— Господин Президент, как Вы оцениваете итоги визита в Москву?\n"
            "— Очень высоко. Мы обсудили все вопросы двусторонних отношений и подписали важные документы.\n")
    doc = read_text(page, lang="ru")
    assert any(s.startswith("— Очень высоко.") for s in sentences(doc))


def test_the_sister_pages_english_title_on_an_azerbaijani_page_is_chrome():
    page = ("Son 80 il ərzində Azərbaycan kimi tam və mütləq Qələbə qazanan ikinci ölkə olmayıb.\n\n"
            "\"Report\" xəbər verir ki, bu sözləri Prezident İlham Əliyev sakinlərlə görüşdə bildirib.\n\n"
            "President: Over past 80 years, no other country has achieved such complete victory as Azerbaijan\n")
    doc = read_text(page, lang="az")
    assert not any(s.startswith("President:") for s in sentences(doc))
    assert any(d.startswith("President: Over past 80 years") for d in doc.dropped)


def test_the_title_is_the_first_line_after_a_time_of_its_own():
    page = "11:45\n\n" + TEXT.replace("\n\n", "\n")
    doc = read_text(page, lang="en")
    assert doc.title.startswith("President Ilham Aliyev received") and "\n" not in doc.title
    assert sentences(doc)[-1].startswith("The sides discussed")


@pytest.mark.parametrize("line, place", [("June 13, 2018, The Kremlin, Moscow", "Kremlin"),
                                         ("Politics Materials 13 January 2026 10:15 (UTC +04:00)", ""),
                                         ("Tashkent, 5 May 2024", "Tashkent"),
                                         ("24 декабря 2024, 21:05 — Голос Кавказа", ""),
                                         ("13 июня 2018 года, Москва, Кремль", "Москва")])
def test_a_datelines_place_is_a_place_not_a_rubric_or_an_article(line, place):
    assert whole_dateline(line).place == place


def test_images_left_in_the_copy_are_chrome_and_hide_no_headline():
    page = ("Ильхам Алиев встретился с генеральным директором ИСЕСКО\n<image>/images/icon-size.png</image>\n"
            "<image>/images/icon-size.png</image>\n17 ноября 2024, 12:50\n"
            "17 ноября Президент Азербайджанской Республики Ильхам Алиев встретился с генеральным директором ИСЕСКО.\n"
            "![Ильхам Алиев и Салим аль-Малик](/uploads/photo.jpg)\n"
            "Глава государства выразил благодарность генеральному директору ИСЕСКО за участие в COP29.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "Ильхам Алиев встретился с генеральным директором ИСЕСКО" and doc.date == "2024-11-17"
    assert not any("image" in s or "uploads" in s for s in sentences(doc))
    assert sentences(doc)[-1].startswith("Глава государства")
