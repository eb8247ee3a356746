"""Dates and places written in transcripts, in the three languages."""

import pytest

from workbench.ingest.dateline import leading_dateline, whole_dateline
from workbench.ingest.metadata import find_date
from workbench.pipeline import read_text


@pytest.mark.parametrize("text,iso", [
    ("27 February 2023", "2023-02-27"),
    ("February 27, 2023", "2023-02-27"),
    ("27 февраля 2023 года", "2023-02-27"),
    ("1 мая 2021 г.", "2021-05-01"),
    ("27 fevral 2023-cü il", "2023-02-27"),
    ("3 oktyabr 2022-ci il", "2022-10-03"),
    ("2023-02-27T10:00", "2023-02-27"),
    ("27.02.2023", "2023-02-27"),
    ("2020.11.04", "2020-11-04"),
    ("Signed on 9 May 2020 and 1 June 2021", "2020-05-09"),  # the first one
    ("June 5, 2019 was earlier than 1 May 2020", "2019-06-05"),
])
def test_find_date(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize("text", ["31 February 2023", "45.13.2023", "in 2023", "on February 22 last year", "135 flights"])
def test_no_date(text):
    assert find_date(text) is None


@pytest.mark.parametrize("line,expected", [
    ("27 February 2023, Baku", ("2023-02-27", "Baku")),
    ("Baku, 27 February 2023", ("2023-02-27", "Baku")),
    ("27 февраля 2023 года, Москва", ("2023-02-27", "Москва")),
    ("27 fevral 2023-cü il, Bakı", ("2023-02-27", "Bakı")),
    ("27 February 2023, 14:20", ("2023-02-27", "")),
    ("Bakı", ("", "Bakı")),
    ("Москва", ("", "Москва")),
    ("Azərbaycan, Bakı, 21 yanvar /Trend, müxbir Səba Ağayeva/", ("", "Bakı")),  # the reporter inside the slashes
    # a site's clock with a weekday of two words: a date, never a place or a headline
    ("Çərşənbə axşamı, 23 Aprel 2024", ("2024-04-23", "")),
    ("Bazar günü, 14 dekabr 2025", ("2025-12-14", "")),
])
def test_datelines(line, expected):
    found = whole_dateline(line)
    assert found is not None and (found.date, found.place) == expected


@pytest.mark.parametrize("line", [
    "Welcome to Baku.",
    "On 27 February 2023 the President received the minister in Baku.",
    "Ilham Aliyev",
    "x x x",
])
def test_not_datelines(line):
    assert whole_dateline(line) is None


@pytest.mark.parametrize("line", [
    ("06 November 2021, 16:10"), ("29 марта 2018, 14:40"), ("23 Август, 14:39"), ("18 Mar. 12:30 (UTC+3 MSK)"),
    ("Baku, Azerbaijan, March 29"), ("• 12 March, 2026"), ("08.09.2015 18:49, Dushanbe city"),
])
def test_timestamps_and_year_less_datelines(line):
    assert whole_dateline(line.lstrip("• ")) is not None


@pytest.mark.parametrize("text,dateline,rest", [
    ("BAKU, Azerbaijan, March 2. President Ilham Aliyev said", "BAKU, Azerbaijan, March 2. ", "President"),
    ("Baku, May 14, AZERTAC President of the Republic", "Baku, May 14, AZERTAC ", "President"),
    ("Baku, January 23, AZERTAC President Ilham Aliyev", "Baku, January 23, AZERTAC ", "President"),
    ("БАКУ /Trend/ - Президент Ильхам Алиев", "БАКУ /Trend/ - ", "Президент"),
    ("Bakı, 14 may, AZƏRTAC Prezident İlham Əliyev", "Bakı, 14 may, AZƏRTAC ", "Prezident"),
    ("TAJIKISTAN, September 8 - In connection with", "TAJIKISTAN, September 8 - ", "In"),
    ("12:38 - 1.04.2021 April 1, Fineko/abc.az. Today the", "12:38 - 1.04.2021 April 1, Fineko/abc.az. ", "Today"),
    ("Avesta.Tj | 09.09.2015 | В связи с праздником", "Avesta.Tj | 09.09.2015 | ", "В"),
    ("MOSCOW — International mediators should", "MOSCOW — ", "International"),
    ("Баку/21.05.19/Turan: Во вторник глава государства", "Баку/21.05.19/Turan: ", "Во"),
    ("МОСКВА, 12 окт — РИА Новости. Пресс-секретарь президента", "МОСКВА, 12 окт — РИА Новости. ", "Пресс-секретарь"),
    ("БАКУ - Президент Ильхам Алиев", "БАКУ - ", "Президент"),
    ("(MENAFN - Trend News Agency)Azerbaijan's Foreign Ministry", "(MENAFN - Trend News Agency)", "Azerbaijan's"),
    ("MENAFN - Trend News Agency)Azerbaijan's Foreign Ministry", "MENAFN - Trend News Agency)", "Azerbaijan's"),
    ("(AP) BAKU, Azerbaijan, March 2. President Aliyev", "(AP) BAKU, Azerbaijan, March 2. ", "President"),
    ("MOSCOW, August 2 (RIA Novosti) – Recent escalation", "MOSCOW, August 2 (RIA Novosti) – ", "Recent"),
    ("BAKU, Dec. 3 (Xinhua) -- Azerbaijan said", "BAKU, Dec. 3 (Xinhua) -- ", "Azerbaijan"),
    ("НОВО-ОГАРЕВО, 23 марта. /ТАСС/. Президент России", "НОВО-ОГАРЕВО, 23 марта. /ТАСС/. ", "Президент"),
    ("БАКУ/ Trend/ - Ведущие российские СМИ", "БАКУ/ Trend/ - ", "Ведущие"),
    ("МОСКВА, 5 октября/ Радио Sputnik. Президент Азербайджана", "МОСКВА, 5 октября/ Радио Sputnik. ", "Президент"),
])
def test_a_dateline_is_cut_off_the_text_it_opens(text, dateline, rest):
    found = leading_dateline(text)
    assert found is not None and text[:found.end] == dateline and text[found.end:].startswith(rest)


def test_a_hyphenated_place_in_capitals_is_one_place():
    assert leading_dateline("НОВО-ОГАРЕВО, 23 марта. /ТАСС/. Президент России").place == "Ново-Огарево"
    assert leading_dateline("САНКТ-ПЕТЕРБУРГ, 23 марта. /ТАСС/. Президент России").place == "Санкт-Петербург"


@pytest.mark.parametrize("text", [
    "14 мая Президент Азербайджанской Республики Ильхам Алиев принял делегацию.",
    "On May 14, President Aliyev received the delegation.",
    "President Ilham Aliyev received the OSCE delegation.",
    "Ilham Aliyev. Thank you.",
    "MOSCOW — the talks went on.",
    "Moscow — the capital — welcomed the delegation.",
    "The NATO summit) said the delegation.",
    "(and others) were received.",
    "May 14 (Monday) the talks went on.",
    "On May 14 (AP) the talks went on.",
])
def test_a_sentence_that_opens_with_a_date_or_a_name_keeps_it(text):
    assert leading_dateline(text) is None


def test_a_letter_with_no_dateline_above_is_dated_where_it_was_signed():

    letter = ("Президенту Грузии госпоже Саломе Зурабишвили\n\nУважаемая госпожа Президент!\n\n"
              "От имени народа Азербайджана сердечно поздравляю Вас с Днем независимости.\n\n"
              "С уважением,\n\nИльхам Алиев\n\nБаку, 24 мая 2022 года")
    doc = read_text(letter, lang="ru")
    assert (doc.date, doc.place) == ("2022-05-24", "Баку")
    assert doc.blocks[-1].text == "Баку, 24 мая 2022 года"  # the signature's place and date stay in the text
    stamped = read_text("Заголовок письма\n\n20 мая 2022, 10:15\n\n" + letter.split("\n\n", 1)[1], lang="ru")
    assert stamped.date == "2022-05-20"  # the page's own date above the text wins


@pytest.mark.parametrize("lead, lang, place", [
    ("Vladimir Putin held talks with President of Azerbaijan Ilham Aliyev in Sochi today.", "en", "Sochi"),
    ("Переговоры президентов прошли сегодня в Москве в узком составе.", "ru", "Москва"),
    ("Prezident İlham Əliyev Naxçıvan şəhərində mərasimdə iştirak edib.", "az", "Naxçıvan"),
    ("President Ilham Aliyev received the Lord Mayor of London at the Presidential Palace.", "en", ""),
    ("Переговоры прошли в Минске в узком составе.", "ru", "Минск"),
    # an adjective names no place; nor does a place that speaks for its government
    ("Захарова рассказала о роли России в Минской группе ОБСЕ.", "ru", ""),
    ("В Кремле оценили важность звонка Алиева Путину.", "ru", ""),
    ("Позже в Баку посчитали, что это невозможно.", "ru", ""),
])
def test_a_page_with_no_dateline_is_placed_where_its_lead_says_the_event_is(lead, lang, place):

    doc = read_text(f"Meeting of the presidents\n\n{lead}\n\nThe sides discussed cooperation in many fields.", lang=lang)
    assert doc.place == place


@pytest.mark.parametrize("text,date", [
    ("İyul 17, 2020 21:23 Asia/Baku", "2020-07-17"),
    ("Политика19 декабря 2019 9:38", "2019-12-19"),
    ("1.5 мая 2020", None),
])
def test_dates_written_with_a_capital_dotted_i_or_run_onto_a_rubric(text, date):
    from workbench.ingest.metadata import find_date
    assert find_date(text) == date


@pytest.mark.parametrize("text,date", [
    ("1/28/2025 3:12:03 PM", "2025-01-28"),  # month first: the day-first reading has no month 28
    ("05/06/2025", "2025-06-05"),  # both readings possible: day first, as the three languages write it
])
def test_a_numeric_date_is_read_day_first_unless_only_month_first_makes_one(text, date):
    from workbench.ingest.metadata import find_date
    assert find_date(text) == date


@pytest.mark.parametrize("text,iso", [
    ("по Указу Президента от 22 февраля 2022 года посол вызван 1 марта 2022 года", "2022-03-01"),
    ("the Decree dated 12 May 2023 entered into force", None),
    ("2018-ci il 1 may tarixli Fərmanı ilə", None),
    ("Prezidentin 30 iyun 1918-ci il tarixli qərarı", None),
])
def test_the_date_an_act_or_letter_is_known_by_is_not_a_date_of_the_page(text, iso):
    assert find_date(text) == iso


def test_a_news_lead_that_cites_a_decree_gives_the_page_no_date():
    page = ("Галузин пригласил посла Азербайджана в связи с указом от 22 февраля 2022 года о союзническом "
            "взаимодействии.\n\nКак сказано в сообщении МИД РФ, стороны обсудили выполнение декларации.\n")
    assert read_text(page, lang="ru").date == ""


@pytest.mark.parametrize("lead, lang, place", [
    ("Президент России Владимир Путин проведет встречу с азербайджанским лидером Ильхамом Алиевым в Душанбе завтра.",
     "ru", ""),
    ("В Кремле раскрыли подробности телефонного разговора Путина и Алиева.", "ru", ""),
    ("Лидеры смогут увидеться на неформальном саммите СНГ в Санкт-Петербурге.", "ru", ""),
    ("Russian and Azerbaijani foreign ministers are to negotiate in Moscow on December 23.", "en", ""),
    ("Oktyabrın sonunadək Brüsseldə keçirilməsi planlaşdırılan görüşdən imtina edilib.", "az", ""),
    ("Президент России Владимир Путин встретился с Ильхамом Алиевым в Душанбе.", "ru", "Душанбе"),
])
def test_a_place_only_planned_or_speaking_for_its_government_is_no_place_of_the_page(lead, lang, place):
    assert read_text(lead + "\n", lang=lang).place == place


@pytest.mark.parametrize("page, place", [
    # report.az, 7 November 2025: the minister recalls the leaders' first contact
    ("Внешняя политика\n• 07 ноября, 2025\n• 22:24\nГлава МИД рассказал о первом контакте лидеров\n\n"
     "Первый контакт Президента Азербайджана Ильхама Алиева с премьер-министром Армении Николом Пашиняном "
     "состоялся в сентябре 2018 года в Душанбе.\n", ""),
    ("Внешняя политика\n• 07 ноября, 2025\n• 22:24\nГлава МИД провел переговоры\n\n"
     "Министры иностранных дел встретились 7 ноября 2025 года в Душанбе.\n", "Душанбе"),
])
def test_a_lead_that_dates_what_it_tells_to_another_year_does_not_place_the_page(page, place):
    doc = read_text(page, lang="ru")
    assert doc.date == "2025-11-07" and doc.place == place


def test_a_mastheads_today_line_gives_way_to_the_items_own_stamp():
    page = ("Azernews.Az\n\nTuesday January 6 2026\n\nPresident Ilham Aliyev interviewed by local TV channels [PHOTOS]\n\n"
            "5 January 2026 16:58 (UTC+04:00)\nPresident Ilham Aliyev interviewed by local TV channels [PHOTOS]\n\n"
            "On January 5, President of the Republic of Azerbaijan Ilham Aliyev was interviewed by local TV channels.\n")
    assert read_text(page, lang="en").date == "2026-01-05"
    # with no stamp of its own, the page is still dated by its masthead
    alone = "Tuesday January 6 2026\n\nAliyev receives delegation\n\nPresident Ilham Aliyev received a delegation.\n"
    assert read_text(alone, lang="en").date == "2026-01-06"


def test_a_venue_line_under_the_date_places_the_page_and_is_no_text():
    page = ("Transcript of the Press Conference for the Russian and Foreign Media\n\nJanuary 31, 2006\n\n"
            "Circular Hall, The Kremlin, Moscow\n\nPRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon dear ladies and "
            "gentlemen!\n\nThank you for the warm welcome.\n")
    doc = read_text(page, lang="en")
    assert (doc.date, doc.place) == ("2006-01-31", "Moscow")
    assert doc.segments[1].text == "Good afternoon dear ladies and gentlemen!"
    # a label in capitals names the person as one in mixed case does
    assert [(p.key, p.name, p.role) for p in doc.people] == [("VladimirPutin", "Vladimir Putin", "President of Russia")]


def test_a_space_before_the_comma_of_a_stamp_and_a_teaser_under_the_headline():
    page = ("Özbəkistan Prezidenti İlham Əliyevə başsağlığı verib\n\n"
            "Özbəkistan Prezidenti İlham Əliyevə başsağlığı verib Dekabrın 26-da Özbəkistan Respublikasının Prezidenti "
            "Şavkat Mirziyoyev Azərbaycan Respublikasının Prezidenti İlham Əliyevə zəng edib.\n"
            "Xarici siyasət\n26 Dekabr , 2024 14:04\n\n"
            "Özbəkistan Prezidenti Şavkat Mirziyoyev Azərbaycan Prezidenti İlham Əliyevə zəng edib.\n")
    doc = read_text(page, lang="az")
    assert doc.date == "2024-12-26" and doc.title == "Özbəkistan Prezidenti İlham Əliyevə başsağlığı verib"


def test_a_lead_that_also_names_a_later_year_still_places_the_page():
    from workbench.ingest.dateline import place_named

    assert place_named("The conference in Baku discussed the Azerbaijan 2030 strategy.", "2025") == "Baku"
    assert place_named("The first contact took place in September 2018 in Baku.", "2025") == ""


@pytest.mark.parametrize("line, place", [("July 15, 2006, Strelna, St Petersburg", "St Petersburg"),
                                         ("June 1, 2019, Saint Petersburg", "Saint Petersburg"),
                                         ("St. Petersburg, June 1, 2019", "St. Petersburg")])
def test_a_saints_city_keeps_its_saint(line, place):
    assert whole_dateline(line).place == place


def test_a_date_that_opens_a_sentence_is_no_dateline():
    assert leading_dateline("27 сентября - в День памяти Президент Азербайджанской Республики Ильхам Алиев посетил "
                            "Аллею почетного захоронения.") is None


def test_a_title_set_off_by_dashes_after_a_dateline_is_text():
    text = ("Astana, May 16, 2025 – Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu "
            "held a meeting.")
    found = leading_dateline(text)
    assert (found.date, found.place) == ("2025-05-16", "Astana")
    assert text[found.end:].startswith("Deputy Prime Minister – Minister")
    # an agency's short name after the dash is still the dateline's
    wire = "БАКУ, 27 окт — Sputnik. Признание"
    assert wire[leading_dateline(wire).end:] == "Признание"
