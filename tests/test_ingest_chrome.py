"""Real pages come with their menus: chrome is kept out of sentences, datelines become date and place."""

import pytest

from workbench.model import META
from workbench.pipeline import read_text
from workbench.ingest.paragraphs import unwrap

AZERTAG = """The Azerbaijan State News Agency
OFFICIAL NEWS
President Ilham Aliyev received OSCE delegation led by its Chair-in-Office VIDEO
Baku, May 14, AZERTAC President of the Republic of Azerbaijan Ilham Aliyev received the OSCE Chair-in-Office.
The sides discussed the peace process between Azerbaijan and Armenia in detail.
+ ↺ − 16 px
Поделиться в соцсетях:
"""

TREND = """ date 2018-03-30 Details added (first version posted on March 29, 15:07)

Baku, Azerbaijan, March 29

President of the Republic of Azerbaijan Ilham Aliyev has received a delegation of architects today.

Thomas Vonier noted that the main goal of the visit is to attend a meeting in Baku.
"""


def sentences(doc):
    return [s.text for s in doc.segments]


def test_a_news_agency_page_keeps_only_its_article():
    doc = read_text(AZERTAG, lang="en")
    assert doc.title == "President Ilham Aliyev received OSCE delegation led by its Chair-in-Office"
    assert sentences(doc)[1].startswith("President of the Republic of Azerbaijan Ilham Aliyev received")
    assert doc.place == "Baku"
    for chrome in ("OFFICIAL NEWS", "+ ↺ − 16 px", "Поделиться в соцсетях:", "Baku, May 14, AZERTAC"):
        assert chrome in doc.dropped
        assert not any(chrome in s for s in sentences(doc))


def test_an_index_prefix_and_a_posting_note_go_and_the_dateline_is_metadata():
    doc = read_text(TREND, lang="en")
    assert doc.date == "2018-03-30"
    assert "Details added (first version posted on March 29, 15:07)" in doc.dropped
    meta = [b for b in doc.blocks if b.kind == META]
    assert [b.text for b in meta] == ["Baku, Azerbaijan, March 29"] and not meta[0].segments
    assert sentences(doc)[0].startswith("President of the Republic")


def test_a_month_only_index_prefix_goes_too_and_the_dateline_gives_the_day():
    page = (" date 2023-05 Belarus Prezidenti Aleksandr Lukaşenko Prezident İlham Əliyevə məktub ünvanlayıb.\n\n"
            "Məktubda deyilir: Hörmətli İlham Heydəroviç, sizi təbrik edirəm.")
    doc = read_text(page, lang="az")
    assert "date 2023-05" in doc.dropped and doc.date == "2023-05"
    assert sentences(doc)[0].startswith("Belarus Prezidenti") and not doc.title.startswith("date")
    dated = read_text(" date 2023-05 Baku, May 11, 2023, AZERTAC President Ilham Aliyev received a letter.\n\n"
                      "The letter reads as follows.", lang="en")
    assert dated.date == "2023-05-11"  # the dateline's day refines the index's month


def test_timestamps_between_repeated_headlines_are_metadata_and_the_repeat_counts_once():
    page = ("Ильхам Алиев принял делегацию архитекторов\n\n29 марта 2018, 14:40\n"
            "Ильхам Алиев принял делегацию архитекторов\n\n"
            "Президент Азербайджанской Республики Ильхам Алиев принял делегацию во главе с президентом союза.")
    doc = read_text(page, lang="ru")
    assert sentences(doc) == ["Ильхам Алиев принял делегацию архитекторов",
                              "Президент Азербайджанской Республики Ильхам Алиев принял делегацию во главе с "
                              "президентом союза."]
    assert doc.date == "2018-03-29"


def test_the_language_comes_from_the_body_not_from_a_foreign_title_in_the_chrome():
    page = ("Prezident İlham Əliyev Novruz bayramı münasibətilə xalqı təbrik edib\n\n"
            "President Ilham Aliyev congratulates people of Azerbaijan on Novruz holiday\n\n"
            "President Ilham Aliyev has congratulated the people of Azerbaijan on the occasion of Novruz.\n\n"
            "The congratulatory message wishes every family peace and prosperity in the coming year.")
    doc = read_text(page)
    assert doc.lang == "en"
    assert doc.title == "President Ilham Aliyev congratulates people of Azerbaijan on Novruz holiday"
    assert "Prezident İlham Əliyev Novruz bayramı münasibətilə xalqı təbrik edib" in doc.dropped


@pytest.mark.parametrize("section_break", ["x x x", "* * *"])
def test_section_breaks_are_never_chrome(section_break):
    doc = read_text(f"Title of the talks\n\nThe first part of the talks ended.\n\n{section_break}\n\n"
                    "Президент продолжил.", lang="en")
    assert section_break not in doc.dropped


def test_hard_wrapped_lines_are_joined_back():
    lines = ["Avesta.Tj | 09.09.2015 | В связи с праздником – 24-й", "годовщиной Дня независимости страны.",
             "Отмечу, что за последние годы", "Ваша страна добилась успехов.", "Таджикистан проводит",
             "конструктивную политику."]
    assert unwrap(lines) == ["Avesta.Tj | 09.09.2015 | В связи с праздником – 24-й годовщиной Дня независимости страны.",
                             "Отмечу, что за последние годы Ваша страна добилась успехов.",
                             "Таджикистан проводит конструктивную политику."]


def test_lines_of_a_text_that_is_not_wrapped_stay_apart():
    lines = ["Президент Ильхам Алиев поздравил Нурсултана Назарбаева", "Президент направил письмо.",
             "Как передает Report, в письме говорится:", "Уважаемый Нурсултан Абишевич,"]
    assert unwrap(lines) == lines


def test_a_wrapped_first_line_goes_on_but_a_salutation_stays_apart():
    lines = ["Avesta.Tj | 09.09.2015 | В связи с праздником – 24-й", "годовщиной Дня независимости в адрес президента",
             "РТ Эмомали Рахмона поступают телеграммы.", "«Уважаемый Эмомали Шарипович,", "Поздравляю Вас с",
             "праздником."]
    assert unwrap(lines) == ["Avesta.Tj | 09.09.2015 | В связи с праздником – 24-й годовщиной Дня независимости в адрес "
                             "президента РТ Эмомали Рахмона поступают телеграммы.", "«Уважаемый Эмомали Шарипович,",
                             "Поздравляю Вас с праздником."]
    doc = read_text("\n".join(lines), lang="ru")
    assert doc.date == "2015-09-09" and doc.segments[0].text.startswith("В связи с праздником")


def test_a_book_reference_after_the_text_is_chrome_a_sentence_with_a_year_is_not():
    page = ("Answers to journalists\n\nQuestion: What could you say about the summit?\n\n"
            "Answer: The summit is an important event of the international life in 1997.\n\n"
            '"Heydar Aliyev: Our independence is eternal" (speeches, statements) - Azerneshr, Baku - 2004, '
            "vol. XIII, p. 387-388.")
    doc = read_text(page, lang="en")
    assert any("p. 387" in d for d in doc.dropped)
    assert any("1997" in s for s in sentences(doc))


def test_the_place_and_date_a_letter_is_signed_with_stay_text_a_publication_stamp_does_not():
    page = ("Ilham Aliyev congratulated the Muslims of Azerbaijan on Eid al-Adha\n\n"
            "Dear compatriots!\n\nI sincerely congratulate you on the occasion of Eid al-Adha, a holiday of mercy.\n\n"
            "Ilham Aliyev\nPresident of the Republic of Azerbaijan\n\nBaku city, 4 November 2011\n\n"
            "06 November 2011, 16:10")
    doc = read_text(page, lang="en")
    assert sentences(doc)[-1] == "Baku city, 4 November 2011"
    assert [b.text for b in doc.blocks if b.kind == META] == ["06 November 2011, 16:10"]
    # the city a signature names with the word for city after it is the place
    from workbench.ingest.dateline import whole_dateline
    assert [whole_dateline(line).place for line in ("Baku city, 4 November 2011", "Bakı şəhəri, 29 iyun 2015-ci il.")] \
        == ["Baku", "Bakı"]


def test_a_prose_line_cut_before_a_number_goes_on():
    # one paragraph per line; the break inside "Bu qələbə həm də / 2023-cü il ..." is no sentence end
    lines = ["Zati-aliləri!", "Torpaqlar azad edildi. Bu qələbə həm də",
             "2023-cü il sentyabrın 19-20-də həyata keçirilmiş tədbirlərin əsasını qoydu.", "Hörmətlə,"]
    assert unwrap(lines) == ["Zati-aliləri!", "Torpaqlar azad edildi. Bu qələbə həm də 2023-cü il sentyabrın 19-20-də "
                             "həyata keçirilmiş tədbirlərin əsasını qoydu.", "Hörmətlə,"]


def test_a_headline_or_list_item_before_a_number_stays_apart():
    lines = ["Heydar Aliyev's speech at the meeting in Baku", "12 May 2003", "1. Economy", "2. Security",
             "Our priorities", "2024 will be a year of peace."]
    assert unwrap(lines) == lines


def test_a_credit_glued_to_its_caption_and_a_caption_stamped_with_the_site_and_date_are_chrome():
    page = ("Ulu öndər Heydər Əliyev - Sputnik Azərbaycan, 1920, 20.01.2023\n"
            "Heydər Əliyevin müdrikliyinə heyran qalmışam\n"
            "© Sputnik / Murad OrujovRusiya Federasiyası Prezidentinin xüsusi nümayəndəsi Mixail Şvıdkoy\n"
            "Rusiya Federasiyası Prezidentinin xüsusi nümayəndəsi Mixail Şvıdkoy - Sputnik Azərbaycan, 1920, 16.05.2023\n"
            "Abunə olmaq\n"
            "Rusiya Federasiyası Prezidentinin xüsusi nümayəndəsi Mixail Şvıdkoy qeyd edib ki, Heydər Əliyevin "
            "şəxsiyyətinin dəyərini təyin etmək mümkün deyil.\n"
            "Mənə Heydər Əliyevlə bir neçə dəfə görüşmək nəsib olmuşdur və bu görüşlər yaddaşımda qalıb.")
    doc = read_text(page, lang="az")
    assert doc.title == "Heydər Əliyevin müdrikliyinə heyran qalmışam"
    assert len(doc.dropped) == 4 and "Abunə olmaq" in doc.dropped
    assert not any("Sputnik" in s or "Abunə" in s for s in sentences(doc))
    # a dateline with a date in digits is a line of its own: metadata, not a stamped caption
    assert read_text("Title\nBaku, 16.05.2023\nThe President received the delegation of the bank today.",
                     lang="en").date == "2023-05-16"


def test_datelines_on_lines_of_their_own_above_the_lead_are_metadata():
    # metbuat.az's English page: its date in Azerbaijani, then AZERTAC's dateline, then the lead, one paragraph
    text = ("President Ilham Aliyev received a delegation from Ukraine\n\n"
            "2 Dekabr 2015\nBaku, December 2, AZERTAC \n"
            "President of the Republic of Azerbaijan Ilham Aliyev has received a delegation led by Borys Lozhkin.\n"
            "Borys Lozhkin handed a letter of Ukraine's President to the head of state.\n")
    doc = read_text(text, lang="en")
    assert doc.date == "2015-12-02" and doc.place == "Baku"
    assert sentences(doc)[1].startswith("President of the Republic of Azerbaijan")
    assert {"2 Dekabr 2015", "Baku, December 2, AZERTAC"} <= set(doc.dropped)
    assert not any("Dekabr" in s or "AZERTAC" in s for s in sentences(doc))


def test_a_lead_shown_as_a_teaser_above_the_dateline_counts_once():
    # trend.az: the lead under the headline without a stop, then again after "БАКУ /Trend/ - "
    lead = "Президент Азербайджана Ильхам Алиев в понедельник принял делегацию во главе с лордом-мэром Лондона"
    text = ("Президент Азербайджана принял делегацию\n\nПолитика Материалы 1 июня 2015 15:04 (UTC +04:00)\n"
            f"{lead}\nПрезидент Азербайджана принял делегацию\n\nБАКУ /Trend/ - {lead}\n\n"
            "Лорд-мэр города Лондон сказал, что процессы развития в Азербайджане произвели на них глубокое впечатление.\n")
    doc = read_text(text, lang="ru")
    assert sum(lead in s for s in sentences(doc)) == 1
    assert doc.place == "Баку" and "БАКУ /Trend/ -" in doc.dropped


def test_a_dateline_with_stops_between_its_fields_is_cut_off():
    doc = read_text(" date 2015-06-01 Baku. 1 June. REPORT.AZ/ President of the Republic of Azerbaijan Ilham "
                    "Aliyev has received a delegation led by Lord Mayor of the City of London.\n\n"
                    "The Lord Mayor said they were deeply impressed by rapid development processes in Azerbaijan.\n",
                    lang="en")
    assert doc.date == "2015-06-01" and doc.place == "Baku"
    assert all("REPORT.AZ" not in s and not s.startswith("Baku") for s in sentences(doc))
    assert any(s.startswith("President of the Republic of Azerbaijan") for s in sentences(doc))


def test_a_trend_page_with_its_lead_above_the_dateline_keeps_headline_and_lead_once():
    text = ("...\n\nIlham Aliyev: Azerbaijan, Georgia linked by projects in transport, energy fields\n\n"
            "Politics Materials 31 August 2016 21:15 (UTC +04:00)\n"
            "Azerbaijan’s President Ilham Aliyev received Georgia’s Prime Minister Giorgi Kvirikashvili Aug. 31.\n"
            "Ilham Aliyev: Azerbaijan, Georgia linked by projects in transport, energy fields\n\n"
            "Baku, Azerbaijan, Aug. 31\n\nTrend:\n\n"
            "Azerbaijan’s President Ilham Aliyev received Georgia’s Prime Minister Giorgi Kvirikashvili Aug. 31.\n\n"
            "Ilham Aliyev expressed confidence that this visit will promote the strengthening of relations.\n")
    doc = read_text(text, lang="en")
    assert doc.title.endswith("linked by projects in transport, energy fields")
    said = sentences(doc)
    assert sum("received Georgia’s Prime Minister" in s for s in said) == 1
    assert sum("linked by projects" in s for s in said) == 1
    assert "Trend:" in doc.dropped and not any(s.strip() == "Trend:" for s in said)


@pytest.mark.parametrize("page, label", [
    # report.az: the rubric between the headline and the bulleted date and time
    ("President Ilham Aliyev: Cooperation between Baku and Astana holds geopolitical importance\n\n"
     "Foreign policy\n• 21 October, 2025\n• 13:42\n"
     "\"Cooperation between Baku and Astana carries geopolitical importance,\" the President said, Report informs.\n",
     "Foreign policy"),
    ("Президент: Взаимодействие между Баку и Астаной имеет геополитическое значение\n\n"
     "Внешняя политика\n• 21 октября, 2025\n• 13:21\n"
     "Активное взаимодействие между Баку и Астаной имеет серьезное геополитическое значение для региона.\n",
     "Внешняя политика"),
    # 1news.az: the rubric right under the headline, in its paragraph
    ("Президент Азербайджана Ильхам Алиев встретился с Президентом Албании\nXроника\n\n"
     "15 марта Президент Азербайджанской Республики Ильхам Алиев встретился с Президентом Албании Илиром Мета.\n",
     "Xроника"),
])
def test_a_rubric_in_the_header_block_is_chrome(page, label):
    doc = read_text(page)
    assert label in doc.dropped and not any(label in s for s in sentences(doc))


def test_a_subtitle_in_a_paragraph_of_its_own_stays():
    doc = read_text("Михаил Горбачев\n\nбывший Президент СССР\n\n"
                    "Гейдар Алиев - выдающийся политик, умный, волевой и осторожный человек.\n", lang="ru")
    assert "бывший Президент СССР" in sentences(doc)


def test_toolbar_and_overlay_lines_are_chrome_in_any_language():
    # AZERTAC's toolbar and 1news' "Важно Маншет" above the headline (which became the title), APA's overlay after
    # the text (exported as a unit with its Azerbaijani twin)
    doc = read_text("×\nA\nSettings\n\nPresident Ilham Aliyev received Deputy Prime Minister of Russia Alexei "
                    "Overchuk\n\nPresident of the Republic of Azerbaijan Ilham Aliyev has received Alexei Overchuk "
                    "today in Baku.\n\nTHE OPERATION IS BEING PERFORMED\n", lang="en")
    assert doc.title.startswith("President Ilham Aliyev received")
    assert {"Settings", "THE OPERATION IS BEING PERFORMED"} <= set(doc.dropped)
    ru = read_text("Важно Маншет\n\nПрезидент Азербайджана Ильхам Алиев принял Алексея Оверчука\n\n"
                   "Президент Азербайджанской Республики Ильхам Алиев принял сегодня в Баку Алексея Оверчука.\n",
                   lang="ru")
    assert ru.title.startswith("Президент Азербайджана") and "Важно Маншет" in ru.dropped


@pytest.mark.parametrize("page, lang, glued, lead", [
    # a wire tag in brackets (MENAFN's copy of AzerNews)
    ("Aliyev, Erdogan discuss jubilee events\n\n(MENAFN- AzerNews) On February 26, Azerbaijani President Ilham "
     "Aliyev made a phone call to President of Türkiye Recep Tayyip Erdogan.\n", "en",
     "(MENAFN- AzerNews)", "On February 26, Azerbaijani President"),
    # an AMP page's link to the article, its site's name run onto the lead
    ("Ильхам Алиев поздравил Владимира Путина с победой\n\nЧитать на сайте Вестник КавказаПрезидент "
     "Азербайджанской Республики Ильхам Алиев сегодня позвонил Президенту России Владимиру Путину.\n", "ru",
     "Читать на сайте Вестник Кавказа", "Президент Азербайджанской Республики"),
    # the headline shown again with the lead run onto it, its media tag glued to the date
    ("Президент Азербайджана Ильхам Алиев принял заместителя председателя Правительства России — ВИДЕО\n\n"
     "Президент Азербайджана Ильхам Алиев принял заместителя председателя Правительства России ВИДЕО23 января "
     "Президент Азербайджанской Республики Ильхам Алиев принял Алексея Оверчука.\n", "ru",
     "Президент Азербайджана Ильхам Алиев принял заместителя председателя Правительства России ВИДЕО",
     "23 января Президент Азербайджанской Республики"),
    # an agency's one-word name and its stop
    ("Official Yerevan reacted to Aliyev's statements\n\nArmInfo. Official Yerevan reacted to the statements of "
     "the President of Azerbaijan made on Wednesday.\n", "en", "ArmInfo.", "Official Yerevan reacted to the"),
])
def test_site_text_glued_onto_the_lead_is_chrome(page, lang, glued, lead):
    doc = read_text(page, lang=lang)
    said = sentences(doc)
    assert glued in doc.dropped
    assert any(s.startswith(lead) for s in said) and not any(glued in s for s in said)


def test_a_lead_that_goes_on_from_its_headline_or_opens_with_a_bracket_keeps_its_words():
    lead = ("President Ilham Aliyev received the OSCE delegation led by its Chair-in-Office in Baku on Monday "
            "and discussed the peace process.")
    doc = read_text(f"President Ilham Aliyev received the OSCE delegation\n\n{lead}\n", lang="en")
    assert lead in sentences(doc)
    doc = read_text("Talks in Baku\n\n(in Russian) the talks were held in Baku on Monday between the two "
                    "delegations of the countries.\n", lang="en")
    assert any(s.startswith("(in Russian) the talks") for s in sentences(doc))


def test_a_headline_keeps_no_dash_after_its_media_tag():
    doc = read_text("Ильхам Алиев принял заместителя председателя Правительства России — ВИДЕО\n\n"
                    "Президент Азербайджанской Республики Ильхам Алиев принял сегодня в Баку Алексея Оверчука.\n",
                    lang="ru")
    assert doc.title == "Ильхам Алиев принял заместителя председателя Правительства России"


@pytest.mark.parametrize("page, date, place, lead, glued", [
    # factor.am: rubric, then the date and time with the lead glued to the minutes
    ("Лавров о мирном договоре между Баку и Ереваном\nПОЛИТИКА\n05.12.2022 | 17:13Россия заинтересована в мирном "
     "договоре между Ереваном и Баку, заверил министр Сергей Лавров.\n", "2022-12-05", "", "Россия заинтересована",
     "17:13"),
    # trend.az: the agency between slashes glued to the place
    ("Ховаев посетит Баку\n\nБАКУ/Trend/ - Новый сопредседатель Минской группы ОБСЕ от России Игорь Ховаев совершит "
     "визит в регион.\n\nОб этом заявила официальный представитель МИД России.\n", "", "Баку",
     "Новый сопредседатель", "/Trend/"),
])
def test_a_dateline_glued_without_a_space_is_cut_off_the_lead(page, date, place, lead, glued):
    doc = read_text(page, lang="ru")
    assert (doc.date, doc.place) == (date, place)
    assert any(s.startswith(lead) for s in sentences(doc))
    assert not any(glued in s for s in sentences(doc))


def test_a_rubric_over_the_headline_is_chrome_a_name_over_its_subtitle_is_not():
    doc = read_text("Day newsfeed\n\nVladimir Putin and Ilham Aliyev spoke over the phone\n\n"
                    "President of Russia Vladimir Putin and President of Azerbaijan Ilham Aliyev spoke over the phone.\n",
                    lang="en")
    assert doc.title == "Vladimir Putin and Ilham Aliyev spoke over the phone" and "Day newsfeed" in doc.dropped
    doc = read_text("Ramazan Abdulatipov\n\nFormer Head of the Republic of Dagestan\n\n"
                    "Heydar Aliyev was a great politician and a wise statesman of his time.\n", lang="en")
    assert doc.title == "Ramazan Abdulatipov" and "Former Head of the Republic of Dagestan" in sentences(doc)


def test_comment_widgets_and_the_sites_terms_for_quoting_it_are_chrome():
    doc = read_text("Putin and Aliyev spoke over the phone\n\n"
                    "President of Russia Vladimir Putin and President of Azerbaijan Ilham Aliyev spoke over the phone.\n\n"
                    "Media can quote materials of with hyperlink to the certain material quoted. The hyperlink should "
                    "be placed on the first passage of the text.\n\nComments (0)\n\nLeave a Reply\n", lang="en")
    assert sentences(doc)[-1] == ("President of Russia Vladimir Putin and President of Azerbaijan Ilham Aliyev "
                                  "spoke over the phone.")
    assert {"Comments (0)", "Leave a Reply"} <= set(doc.dropped)


def test_a_bulleted_list_that_goes_on_its_sentence_is_one_paragraph():
    text = ("Talks in Moscow\n\nThe Presidents discussed the situation in the South Caucasus, including:\n\n"
            "• the drafting of a peace treaty between Azerbaijan and Armenia,\n\n• border delimitation,\n\n"
            "• unblocking of transport lines between the two states.\n\nThey agreed to stay in contact.\n")
    said = sentences(read_text(text, lang="en"))
    assert said[1] == ("The Presidents discussed the situation in the South Caucasus, including: • the drafting of a "
                       "peace treaty between Azerbaijan and Armenia, • border delimitation, • unblocking of transport "
                       "lines between the two states.")
    # a list of whole sentences keeps its items apart
    said = sentences(read_text("Talks in Moscow\n\nThe sides signed three documents on trade and culture during the "
                               "visit:\n\n• A memorandum on trade.\n\n"
                               "• A programme on culture.\n\nThe next meeting will be held in Baku next year.\n",
                               lang="en"))
    assert "• A memorandum on trade." in said


def test_a_long_photo_credit_is_chrome():
    doc = read_text(" date 2026-03-02 Photo: Press service of the President of the Republic of Azerbaijan\n\n"
                    "BAKU, Azerbaijan, March 2. Azerbaijan and Russia will soon take steps in connection with the "
                    "crash.\n\nThis was announced on March 2 during a meeting between the two delegations.\n",
                    lang="en")
    assert "Photo: Press service of the President of the Republic of Azerbaijan" in doc.dropped
    assert sentences(doc)[0].startswith("Azerbaijan and Russia will soon")


@pytest.mark.parametrize("page, lang, date", [
    # report.az's English page: the date and time as dash-led lines under the rubric
    ("Tahir Gozel: We dedicate the victory to the President\nFootball\n- 17 September, 2025\n- 09:11\n"
     "Qarabag FK dedicates its victory over Benfica in the Champions League to the President, Report informs.\n",
     "en", "2025-09-17"),
    # post-media.az: the date written with hyphens
    ("Futbol\n\n\"Qarabağ\"ın qələbəsini Prezidentə həsr edirik\"\n\n17-sentyabr-2025\n\n"
     "Çempionlar Liqasında “Benfika”ya qalib gələn “Qarabağ” bu qələbəni Azərbaycan Prezidentinə həsr edib.\n",
     "az", "2025-09-17"),
])
def test_dash_led_and_hyphenated_dates_are_datelines_not_sentences(page, lang, date):
    doc = read_text(page, lang=lang)
    assert doc.date == date
    assert not any("2025" in s for s in sentences(doc))


def test_a_headline_broken_over_short_lines_is_one_line_again():
    # a narrow headline box: cut after a preposition, inside a «name», and before a capital
    lines = ["Интервью Президента Ильхама Алиева", "Михаилу Гусману для", "агентства ИТАР-ТАСС",
             "и телеканала «Россия", "24»",
             "Президент Азербайджанской Республики Ильхам Алиев дал интервью первому заместителю генерального "
             "директора ИТАР-ТАСС Михаилу Гусману. АзерТАдж предлагает текст данного интервью.",
             "— Господин Президент, большое спасибо за возможность встретиться с Вами. Если позволите, я хотел "
             "бы начать наш разговор с вопроса, который обычно задают в конце нашей программы."]
    assert unwrap(lines) == ["Интервью Президента Ильхама Алиева Михаилу Гусману для агентства ИТАР-ТАСС "
                             "и телеканала «Россия 24»", *lines[5:]]


def test_a_quote_that_opens_a_line_or_ends_on_a_comma_may_run_on_past_it():
    lines = ["Президент направил письмо.", "«Уважаемый Владимир Владимирович,", "Сердечно поздравляю Вас.",
             "В письме говорится: «Уважаемый Эмомали Шарипович,", "Поздравляю Вас с праздником.»"]
    assert unwrap(lines) == lines


def test_a_long_headline_the_page_repeats_under_its_date_counts_once():
    headline = ("Ilham Aliyev was interviewed by the first deputy director-general of ITAR-TASS, Mikhail Gusman, "
                "for ITAR-TASS news agency and “Russia-24” TV channel")
    page = (f"{headline}\n\n26 December 2011, 23:00\n{headline}\n\nPresident Ilham Aliyev has been interviewed "
            "by Mikhail Gusman for ITAR-TASS news agency.\n\nMr. President, thank you very much for the "
            "opportunity to meet with you.")
    doc = read_text(page, lang="en")
    assert sentences(doc).count(headline) == 1
    assert headline in doc.dropped and doc.title == headline


KREMLIN_EN = """View settings

Font size:
Site colours:
Images

Settings

Official website of the President of Russia

Transcripts   /

Start of Negotiations between Russia and Azerbaijan

January 9, 2001, Baku

Heydar Aliyev: Mr Putin,

Today sees the start of the official visit by the President of the Russian Federation to Azerbaijan.
"""

KREMLIN_RU = """Выберите шрифт Arial Times New Roman
Интервал между буквами (Кернинг): Стандартный Средний Большой
Выступления и стенограммы /
Г.Алиев: Господин Президент Российской Федерации, уважаемый Владимир Владимирович!
Сегодня начался официальный визит Президента Российской Федерации в Азербайджан.
"""


def test_the_header_above_a_headline_and_its_dateline_is_chrome():
    doc = read_text(KREMLIN_EN)
    assert doc.title == "Start of Negotiations between Russia and Azerbaijan"
    assert {"View settings", "Site colours:", "Images", "Official website of the President of Russia",
            "Transcripts   /"} <= set(doc.dropped)
    assert sentences(doc)[1:] == ["Mr Putin,", "Today sees the start of the official visit by the President of the "
                                  "Russian Federation to Azerbaijan."]
    assert doc.date == "2001-01-09"


def test_a_page_without_its_headline_opens_with_a_turn_not_a_title():
    doc = read_text(KREMLIN_RU)
    assert doc.title == ""
    assert {"Интервал между буквами (Кернинг): Стандартный Средний Большой", "Выступления и стенограммы /"} \
        <= set(doc.dropped)
    first = doc.blocks[0]
    assert first.label == "Г.Алиев:" and first.speaker
    assert sentences(doc)[0] == "Господин Президент Российской Федерации, уважаемый Владимир Владимирович!"


def test_a_headline_quoting_someone_stays_the_title():
    doc = read_text("Lavrov: We hope the talks will be constructive\n\nSergey Lavrov said the ministers would "
                    "meet in Moscow on Monday to discuss the peace treaty.", lang="en")
    assert doc.title == "Lavrov: We hope the talks will be constructive"


def test_a_rubric_between_the_headline_and_its_date_lines_is_chrome():
    page = ("İlham Əliyev I Türkoloji Qurultayın 100 illik yubileyinin keçirilməsini təklif edib\nXarici siyasət\n"
            "- 07 oktyabr, 2025\n- 14:00\nAzərbaycan Prezidenti İlham Əliyev gələn il birinci Türkoloji Qurultayın "
            "100 illik yubileyinin keçirilməsini təklif edib.\n")
    doc = read_text(page, lang="az")
    assert "Xarici siyasət" in doc.dropped and doc.title.startswith("İlham Əliyev I Türkoloji")


@pytest.mark.parametrize("line", ["Follow Trend on", "www.RIA24.az", "Rus.com.az", "https://report.az/en/politics/",
                                  "Политика /"])
def test_widgets_addresses_and_breadcrumbs_at_the_edges_are_chrome(line):
    page = (f"Aliyev receives the OSCE chair\n\n{line}\n\nPresident Ilham Aliyev received the OSCE Chairperson-in-"
            f"Office in Baku today.\n\nThe sides discussed the peace process in detail.\n\n{line}\n")
    doc = read_text(page, lang="en")
    assert not any(line.strip(" /") in s for s in sentences(doc))
    assert doc.dropped.count(line.strip()) == 2


def test_a_dateline_before_a_quote_is_cut_off_the_sentence():
    doc = read_text('Putin visit shows high level of relations\n\nBaku. 27 September. REPORT.AZ/ "Russian President '
                    'Vladimir Putin\'s visit to Baku indicates the high level of relations," Aydin Mirzazade said.',
                    lang="en")
    assert sentences(doc)[1].startswith('"Russian President') and doc.place == "Baku"


def test_a_short_letter_signed_with_place_and_date_keeps_its_lines():
    doc = read_text("Dear Friend,\n\nI congratulate you.\n\nIlham Aliyev\n\nBaku, 4 November 2011", lang="en")
    assert "Dear Friend," in sentences(doc) and "I congratulate you." in sentences(doc)


def test_a_wrapped_headline_ends_on_its_short_last_line():
    lines = ["Azərbaycan Prezidenti İlham Əliyev Albaniyanın Prezidenti", "İlir Meta ilə görüşüb",
             "Azərbaycan Respublikasının Prezidenti İlham", "Əliyev martın 15-də Albaniya Respublikasının",
             "Prezidenti İlir Meta ilə görüşüb. Görüşdə iki", "ölkə arasında əlaqələrin inkişafı müzakirə",
             "olunub, əməkdaşlığın perspektivləri qeyd edilib.", "Prezident İlir Meta səfərindən məmnunluğunu",
             "bildirib və dəvətə görə təşəkkür edib."]
    assert unwrap(lines) == [
        "Azərbaycan Prezidenti İlham Əliyev Albaniyanın Prezidenti İlir Meta ilə görüşüb",
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev martın 15-də Albaniya Respublikasının Prezidenti İlir "
        "Meta ilə görüşüb. Görüşdə iki ölkə arasında əlaqələrin inkişafı müzakirə olunub, əməkdaşlığın perspektivləri "
        "qeyd edilib.",
        "Prezident İlir Meta səfərindən məmnunluğunu bildirib və dəvətə görə təşəkkür edib."]


def test_a_sites_terms_for_quoting_it_above_the_headline_are_chrome():
    page = ("apple store\nplay market\n\nAny use of materials is allowed only if there is a hyperlink to © 2024. .\n\n"
            "Aliyev meets Russian PM\n\n06 March 2024 13:38\n\nPresident Ilham Aliyev met with Prime Minister of Russia "
            "Mikhail Mishustin in Baku today.\n")
    doc = read_text(page, lang="en")
    assert any("hyperlink" in d for d in doc.dropped) and not any("hyperlink" in s for s in sentences(doc))


def test_a_wire_desks_code_after_the_last_sentence_is_chrome_a_dash_in_the_text_is_not():
    page = ("Баку/21.05.19/Turan: Во вторник Ильхам Алиев принял президента Академии наук России.\n"
            "Стороны обменялись мнениями о перспективах сотрудничества. -02D-\nНаписать отзыв\n")
    doc = read_text(page, lang="ru")
    assert sentences(doc)[-1] == "Стороны обменялись мнениями о перспективах сотрудничества."
    assert "-02D-" in doc.dropped
    kept = read_text("Встреча прошла 12 мая. Итоги подведут в 2025 - 2026 годах.\n", lang="ru")
    assert sentences(kept)[-1] == "Итоги подведут в 2025 - 2026 годах."


def test_a_foreign_sites_header_in_a_third_language_is_chrome_a_newspapers_name_is_not():
    page = ("Nach Aserbaidschan gebunden\n\n"
            "Ilham Aliyev und Recep Tayyip Erdogan besuchten das TEKNOFEST Aserbaidschan Festival in Baku\n\n"
            "President Ilham Aliyev and President Recep Tayyip Erdogan have attended the TEKNOFEST festival in Baku.\n\n"
            "The heads of state viewed the exhibition of aircraft and met the young engineers there.\n")
    doc = read_text(page, lang="en")
    assert sentences(doc)[0].startswith("President Ilham Aliyev and President")
    assert "Nach Aserbaidschan gebunden" in doc.dropped
    italian = read_text("Il Sole 24 Ore interview\n\nPresident Ilham Aliyev gave an interview to the Italian "
                        "newspaper Il Sole 24 Ore in Brussels.\n", lang="en")
    assert italian.title == "Il Sole 24 Ore interview"


@pytest.mark.parametrize("byline,lang", [
    ("Редакция сайта ТАСС", "ru"),
    ("Сергей Болиев (редактор отдела «Бывший СССР»)", "ru"),
    ("By John Smith", "en"),
])
def test_a_byline_under_the_headline_is_chrome(byline, lang):
    body = {"ru": "Президент Азербайджана Ильхам Алиев позвонил по телефону Президенту России Владимиру Путину.\n\n"
                  "Стороны обсудили вопросы двустороннего сотрудничества и региональную повестку.\n",
            "en": "President Ilham Aliyev has made a phone call to President of Russia Vladimir Putin today.\n\n"
                  "The sides discussed the issues of bilateral cooperation and the regional agenda.\n"}[lang]
    doc = read_text(f"Headline of the page\n\n{byline}\n\n{body}", lang=lang)
    assert byline in doc.dropped and not any(byline in s for s in sentences(doc))


def test_a_headlines_tags_in_brackets_and_a_live_pages_timed_break_are_not_text():
    page = ("Vladimir Putin: 'Moscow is preparing for Ilham Aliyev's next visit' (Updated, Photo)\n\n"
            "Russian President Vladimir Putin hopes that President Ilham Aliyev will visit Moscow soon.\n\n"
            "* * * 15:03\n\n"
            "A meeting between the two presidents has started in the Kremlin, the press service said.\n")
    doc = read_text(page, lang="en")
    assert doc.title == "Vladimir Putin: 'Moscow is preparing for Ilham Aliyev's next visit'"
    assert [(b.kind, b.section) for b in doc.blocks][-2:] == [("break", 0), ("paragraph", 1)]
    kept = read_text("Talks in Baku (Part 2)\n\nThe ministers met in Baku on Monday and discussed the "
                     "peace agenda.\n", lang="en")
    assert kept.title == "Talks in Baku (Part 2)"


def test_a_caption_that_its_photo_credit_repeats_is_chrome():
    page = ('President Ilham Aliyev: "Attitude towards Russia has always been positive"\n\n'
            "Vladimir Putin, Ilham Aliyev\n\n© APA | Vladimir Putin, Ilham Aliyev\n\n"
            '"We have a very trusting relationship with the President of Russia," the head of state said.\n')
    doc = read_text(page, lang="en")
    assert "Vladimir Putin, Ilham Aliyev" in doc.dropped
    assert sentences(doc)[1].startswith('"We have a very trusting relationship')


def test_a_wire_dateline_under_a_subtitle_that_is_a_sentence_is_cut_off():
    page = ("Джейхун Байрамов прокомментировал возможность признания Карабаха Арменией\n\n"
            "Признанием Карабаха Ереван официально подтвердит, что Азербайджан является единым, считает Байрамов.\n\n"
            "БАКУ, 27 окт — Sputnik. Признание Арменией Карабаха неизбежно приведет к новому витку эскалации.\n")
    doc = read_text(page, lang="ru")
    assert doc.place == "Баку" and "БАКУ, 27 окт — Sputnik." in doc.dropped
    assert sentences(doc)[-1].startswith("Признание Арменией Карабаха")


def test_the_sites_name_over_a_headline_the_page_shows_twice_is_its_header():
    page = ("Xəzər Xəbər\n\nNazir Ceyhun Bayramov və ABŞ dövlət katibinin köməkçisi arasında telefon danışığı olub\n\n"
            "Gündəm | 15:59 • 14 May 2021\n"
            "Nazir Ceyhun Bayramov və ABŞ dövlət katibinin köməkçisi arasında telefon danışığı olub\n\n"
            "14 may 2021-ci il tarixində Azərbaycanın xarici işlər naziri Ceyhun Bayramov ilə telefon danışığı olub.\n\n"
            "Tərəflər bölgədə mövcud olan vəziyyəti və gərginliyin aradan qaldırılmasını müzakirə ediblər.\n")
    doc = read_text(page, lang="az")
    assert doc.title.startswith("Nazir Ceyhun Bayramov") and "Xəzər Xəbər" in doc.dropped
    assert sentences(doc)[1].startswith("14 may 2021-ci il")


def test_a_heading_that_ends_with_where_and_when_gives_the_place():
    page = ("Foreign Minister Sergey Lavrov’s remarks at a joint news conference with Foreign Minister of "
            "Azerbaijan Elmar Mammadyarov, Baku, December 3, 2019\n\n"
            "Ladies and gentlemen, we have held very useful talks with my colleague today.\n")
    doc = read_text(page, lang="en")
    assert (doc.place, doc.date) == ("Baku", "2019-12-03")


def test_counters_contact_lines_tag_lines_and_widgets_are_chrome():
    page = ("Hikmet Hajiyev: Armenia must end the occupation\n\n16 October 2020    Read: 796\n\n"
            "Baxılıb:158\n\n"
            "With the instigation of the Armenian government, the provocations continue on the border.\n\n"
            "The assistant to the President said so in his statement on Friday evening in Baku.\n\n"
            "More about: Hikmet-Hajiyev\n\nMətndə səhv var? Onu siçanla seçin və Ctrl+Enter düyməsini basın.\n\n"
            "E-mail: info@example.az\n")
    doc = read_text(page, lang="en")
    assert doc.date == "2020-10-16"
    assert [s for s in sentences(doc)][1:] == [
        "With the instigation of the Armenian government, the provocations continue on the border.",
        "The assistant to the President said so in his statement on Friday evening in Baku."]


def test_an_images_cache_stamp_dates_nothing_a_bulleted_headline_loses_its_bullet():
    page = ("• Zərif Azərbaycanın yeni xarici işlər naziri ilə danışıb\n\n"
            "![foto](/images/articles/2009/08/28/thumb_1.jpg?2021-02-17+09%3A23%3A27)\n\n"
            "İyul 17, 2020 21:23 Asia/Baku\n\n"
            "İran İslam Respublikası Xarici İşlər Naziri Azərbaycanın yeni naziri ilə telefonla danışıb.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "Zərif Azərbaycanın yeni xarici işlər naziri ilə danışıb"
    assert doc.date == "2020-07-17"


def test_a_sentence_cut_after_its_comma_before_a_year_goes_on_and_keeps_its_date():
    page = ("(MENAFN- Trend News Agency) BAKU, Azerbaijan, December 5. On December 5,\n"
            "2023, the Minister of Foreign Affairs of Azerbaijan met with his Iranian counterpart, Trend reports.\n"
            "The parties discussed plans for the development of transport corridors in the region.\n")
    doc = read_text(page, lang="en")
    assert sentences(doc)[0].startswith("On December 5, 2023, the Minister")
    assert (doc.date, doc.place) == ("2023-12-05", "Baku")


def test_a_letters_address_after_a_dated_dash_keeps_its_words():
    page = ("From Sultan Raev, TURKSOY Secretary General\n\n"
            "AZERBAIJAN, May 29 - His Excellency, Mr. Ilham Aliyev, President of the Republic of Azerbaijan\n\n"
            "Dear Mr. President!\n\nI sincerely congratulate you on the occasion of the Independence Day.\n\n"
            "Submit Release\n")
    doc = read_text(page, lang="en")
    assert "His Excellency, Mr. Ilham Aliyev, President of the Republic of Azerbaijan" in sentences(doc)
    assert "AZERBAIJAN, May 29 -" in doc.dropped and "Submit Release" in doc.dropped


def test_a_letters_signature_name_and_post_stay_apart_and_a_list_link_after_the_text_is_chrome():
    page = ("От генерального директора ТАСС\nУважаемый Ильхам Гейдар оглу!\n"
            "Сердечно поздравляю Вас с днем рождения и желаю Вам крепкого здоровья и успехов.\n"
            "Сергей Михайлов\nгенеральный директор Информационного агентства России ТАСС\n"
            "Распоряжение Президента Азербайджанской Республики об отзыве посла из Монако   подробно...\n")
    doc = read_text(page, lang="ru")
    assert sentences(doc)[-2:] == ["Сергей Михайлов", "генеральный директор Информационного агентства России ТАСС"]


def test_a_salutation_ending_in_a_stop_is_not_the_lead():
    page = ("Azərbaycan Respublikasının Prezidenti Zati-aliləri cənab İlham Əliyevə\n\n"
            "Möhtərəm Prezident, əziz İlham Heydər oğlu.\n\n"
            "Sizi Azərbaycan xalqının ümummilli lideri Heydər Əliyevin anadan olmasının yüz illiyi münasibətilə təbrik edirəm.\n")
    doc = read_text(page, lang="az")
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "lead"]


@pytest.mark.parametrize("headline,title", [
    ("Prezident İlham Əliyev Avstraliya səfirinin etimadnaməsini qəbul edib - FOTO",
     "Prezident İlham Əliyev Avstraliya səfirinin etimadnaməsini qəbul edib"),
    ("Rusiyanın ölkəmizə yeni səfir təyin etməsi nədən xəbər verir?  - ŞƏRH",
     "Rusiyanın ölkəmizə yeni səfir təyin etməsi nədən xəbər verir?"),
    # a dotted capital İ in the tag, an update's tag with its count, a tag in title case after its dash
    ("Sərdar Cəlaloğlu: “Namizədlər arasında özümə rəqib görmürəm” - MÜSAHİBƏ",
     "Sərdar Cəlaloğlu: “Namizədlər arasında özümə rəqib görmürəm”"),
    ("Prezident İlham Əliyev səfirin etimadnaməsini qəbul edib (YENİLƏNİB-2) (FOTO)",
     "Prezident İlham Əliyev səfirin etimadnaməsini qəbul edib"),
    ("“Bura uşaq bağçasıdır bəyəm?!” - Video", "“Bura uşaq bağçasıdır bəyəm?!”"),
])
def test_a_headlines_tag_in_capitals_after_a_dash_is_a_tag_not_a_captions_marker(headline, title):
    page = (f"{headline}\n\nAzərbaycan Respublikasının Prezidenti İlham Əliyev yanvarın 30-da Avstraliyanın "
            "yeni səfirinin etimadnaməsini qəbul edib.\n\nSəfir etimadnaməsini dövlətimizin başçısına təqdim edib.\n")
    assert read_text(page, lang="az").title == title


def test_a_cookie_banner_and_a_place_with_its_agency_on_a_line_of_their_own_are_not_text():
    page = ("На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия\n\n"
            "Алиев поздравил Путина с днем рождения\n\n"
            "Президент Азербайджана Ильхам Алиев поздравил Президента России Владимира Путина с днем рождения.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "Алиев поздравил Путина с днем рождения"
    az = read_text("Bakı. Trend:\n\nXarici İşlər naziri Elmar Məmmədyarov Türkdilli Dövlətlərin Əməkdaşlıq "
                   "Şurasının toplantısında iştirak edib.\n", lang="az")
    assert az.place == "Bakı" and not any(b.speaker for b in az.blocks)


@pytest.mark.parametrize("page,place,first", [
    ("БАКУ /Trend/ - 1 мая в Баку прошел первый раунд политических консультаций между МИД.", "Баку", "1 мая"),
    ("DUSHANBE (Sputnik) - The interests of Russia and Azerbaijan coincide in many ways, Putin said.",
     "Dushanbe", "The interests"),
    # capitals after the agency's dash open the text, not the agency's name
    ("БАКУ /Trend/ - Главы МИД Азербайджана и России провели телефонный разговор.", "Баку", "Главы МИД"),
    ("BAKU, Azerbaijan (MNTV) — The president received the delegation of the union.", "Baku", "The president"),
])
def test_a_wire_dateline_before_a_number_or_with_its_credit_in_brackets_is_cut_off(page, place, first):
    doc = read_text(page + "\n", lang="ru" if page.startswith("БАКУ") else "en")
    assert doc.place == place and sentences(doc)[0].startswith(first)


def test_a_weekday_in_a_pages_stamp_is_not_its_place():
    from workbench.ingest.dateline import whole_dateline
    assert whole_dateline("Tuesday, 02 January 2024 12:17 GMT").place == ""


def test_a_stamp_under_the_headline_of_a_wrapped_page_is_not_the_headlines_last_line():
    page = ("Russian Ambassador To Azerbaijan Summoned To Foreign Ministry\nDate\n1/28/2025 3:12:03 PM\n"
            "(MENAFN- AzerNews)\nAmbassador Extraordinary and Plenipotentiary of the Russian\n"
            "Federation to the Republic of Azerbaijan Mikhail Yevdokimov has\n"
            "been summoned to Azerbaijan's Ministry of Foreign Affairs, Azernews\nreports, via the ministry.\n"
            "He was handed a note of protest over the statements made in Moscow\nlast week, the ministry said.\n")
    doc = read_text(page, lang="en")
    assert (doc.title, doc.date) == ("Russian Ambassador To Azerbaijan Summoned To Foreign Ministry", "2025-01-28")


def test_the_authors_initials_after_the_text_are_chrome_a_signature_is_not():
    page = ("Состоялся телефонный разговор президентов\n\n"
            "Президент Азербайджана Ильхам Алиев провел телефонный разговор с премьер-министром Турции.\n\n"
            "Стороны обсудили вопросы двустороннего сотрудничества и региональную повестку.\n\nО.Г.\n")
    assert "О.Г." in read_text(page, lang="ru").dropped
    signed = read_text(page.replace("О.Г.", "И.Алиев"), lang="ru")
    assert sentences(signed)[-1] == "И.Алиев"


def test_more_footer_and_header_lines_are_chrome():
    page = ("Главная страница \\ Информация о текущей деятельности МИД России \\ Выступления Министра \\\n\n"
            "Mehriban Əliyeva xarici qonaqlarla görüşüb - FOTO » Memur.az\n\n"
            "Birinci vitse-prezident Mehriban Əliyeva xarici qonaqlarla görüşüb və onlarla söhbət edib.\n\n"
            "Görüşdə mədəni əlaqələrin inkişafı ilə bağlı məsələlər müzakirə olunub.\n\n"
            "Bütün hüquqlar qorunur. Hər hansı bir lisenziyalı materialdan istifadə etmək üçün əlaqə saxlayın.\n\n"
            "Gizlilik Siyasəti\n")
    doc = read_text(page, lang="az")
    assert doc.title == "Mehriban Əliyeva xarici qonaqlarla görüşüb"
    assert sentences(doc)[1:] == ["Birinci vitse-prezident Mehriban Əliyeva xarici qonaqlarla görüşüb və onlarla söhbət edib.",
                                  "Görüşdə mədəni əlaqələrin inkişafı ilə bağlı məsələlər müzakirə olunub."]


def test_a_wrapped_line_ending_in_a_preposition_is_text_not_a_widget():
    page = ("Заседание № 111\n\n"
            "8-й вопрос, проект постановления о примерной программе законопроектной\n"
            "работы Государственной Думы Федерального Собрания Российской Федерации в\n"
            "период осенней сессии 2013 года.\n")
    doc = read_text(page, lang="ru")
    assert "работы Государственной Думы Федерального Собрания Российской Федерации в" not in doc.dropped


def test_a_wire_dateline_in_capitals_keeps_the_dotless_i_of_its_place():
    doc = read_text("BAKI, 1 sentyabr — Sputnik. Azərbaycan XİN-in sözçüsü Almaniya XİN başçısına cavab verib.\n",
                    lang="az")
    assert doc.place == "Bakı"


@pytest.mark.parametrize("page, byline", [
    ("Photo: Ministry of Foreign Affairs of Russia\n\nAli Gasimov\n\n"
     "BAKU, Azerbaijan, March 21. President of the Russian Federation Vladimir Putin has sent a letter to President "
     "Ilham Aliyev.\n\nThe letter congratulates him on the occasion of Novruz.\n", "Ali Gasimov"),
    ("21 July 2025 14:35 (UTC+04:00)\n\nAkbar Novruz\n\nKremlin spokesperson Dmitry Peskov has admitted that the "
     "relations are going through a difficult period.\n\nHe said the cooperation is mutually beneficial.\n",
     "Akbar Novruz"),
    ("Marianna Mkrtchyan\n\nOfficial Yerevan reacted to the statements on Armenia\n\n"
     "Official Yerevan reacted to the statements on Armenia\n\nThe Foreign Ministry of Armenia responded to the "
     "statements made in Baku on Wednesday.\n\nThe spokeswoman said so on Thursday.\n", "Marianna Mkrtchyan"),
    ("Azerbaijan urges Armenia to return to talks\n\nMaria Novoselova / Vestnik Kavkaza\n\nThe Foreign Ministry "
     "of Azerbaijan urged Armenia to return to the negotiation table on Friday.\n\nThe ministry said so.\n",
     "Maria Novoselova / Vestnik Kavkaza"),
    ("Peskov comments on relations with Baku\n\nKremlin spokesperson Dmitry Peskov has admitted that the relations "
     "are going through a difficult period.\n\nHe said the cooperation between the two countries is mutually "
     "beneficial.\n\nVasif Hasanli\n", "Vasif Hasanli"),
])
def test_a_byline_or_caption_naming_one_person_above_or_after_the_text_is_chrome(page, byline):
    doc = read_text(page, lang="en")
    assert byline in doc.dropped and byline not in sentences(doc) and doc.title != byline


def test_a_signature_under_the_text_stays_with_the_office_under_it():
    page = ("Eid al-Adha message\n\nDear compatriots! I cordially congratulate you on the holiday of Eid al-Adha.\n\n"
            "I wish you happiness and prosperity in your families on this holiday.\n\n"
            "Ilham Aliyev\nPresident of the Republic of Azerbaijan\n\nBaku city, 4 November 2011\n")
    assert "Ilham Aliyev" in sentences(read_text(page, lang="en"))


def test_a_headline_that_ends_like_a_sentence_over_a_rubric_and_a_date_is_the_title():
    headline = "Siyavuş Novruzovdan Razi Nurullayevə CAVAB: “Ona demişəm ki, hər şeyi açıq deyək...”"
    page = (f"• USD - 1.7\n\n{headline}\n\nSİYASƏT\n\n04 Fevral 2025 | 18:40\n\n{headline}\n\n"
            "“Mən Razi Nurullayevə sözümü demişəm”. Bunu Bakıvaxtı.az-a millət vəkili Siyavuş Novruzov deyib.\n")
    doc = read_text(page, lang="az")
    assert doc.title == headline and "SİYASƏT" in doc.dropped and doc.date == "2025-02-04"
    assert sentences(doc).count(headline) == 1


def test_a_row_of_tags_above_the_headline_is_chrome_a_headline_in_title_case_is_not():
    row = "Сергей Лавров Энтони Блинкен Россия США Украина Киев Стокгольм Сергей Лавров Энтони Блинкен"
    page = (f"{row}\n\nГлава МИД Лавров попросил журналистов не кричать\n\n"
            "СТОКГОЛЬМ, 2 дек - РИА Новости. Глава МИД РФ Сергей Лавров шутливо ответил журналистам на встрече.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "Глава МИД Лавров попросил журналистов не кричать" and row in doc.dropped
    headline = "President Ilham Aliyev Sends Congratulatory Letter To President Of Malta"
    doc = read_text(f"{headline}\n\nPresident Ilham Aliyev has sent a congratulatory letter to President of Malta "
                    "Myriam Spiteri Debono.\n", lang="en")
    assert doc.title == headline


def test_a_short_first_sentence_a_dateline_opened_is_the_lead_not_the_title():
    page = ("BAKI, 25 iyul - Sputnik. “Rusiya Cənubi Qafqazda sülhün təmin olunmasında maraqlıdır”.\n"
            "“Report” xəbər verir ki, bunu Rusiyanın xarici işlər naziri Sergey Lavrov deyib.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "" and doc.place == "Bakı"
    assert doc.blocks[0].kind == "lead" and doc.blocks[0].text.startswith("“Rusiya Cənubi Qafqazda")


def test_a_caption_shown_twice_under_the_headline_is_chrome_both_times():
    page = ("МИД Азербайджана повторяет требование о выводе войск\n\n"
            "Здание МИД Азербайджана в Баку\nЗдание МИД Азербайджана в Баку\n\n"
            "Как сообщает «Интерфакс-Азербайджан», в МИД Азербайджана повторили требование о выводе войск.\n")
    doc = read_text(page, lang="ru")
    assert doc.dropped.count("Здание МИД Азербайджана в Баку") == 2
    assert doc.place == "" and doc.blocks[1].text.startswith("Как сообщает")


def test_a_byline_between_the_headline_and_its_date_leaves_the_headline_the_title():
    headline = "Захарова: Для России карабахский конфликт приоритетен, если у США по-другому – вопрос к ним"
    page = (f"Новости дня\nA\n{headline}\n{headline}\nНана Хоштария    \"Москва-Баку\"\n16.11.2017 16:34\n\n"
            "Официальный представитель МИД России Мария Захарова в четверг на брифинге прокомментировала слова "
            "бывшего посла США.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == headline and doc.date == "2017-11-16"
    assert not any("Хоштария" in s.text for s in doc.segments)


@pytest.mark.parametrize("over, headline", [
    ("Бывший СССР", "Встреча Путина и Алиева в Душанбе завершилась"),
    ("Найти в Дзене\nRT на русском", "Встреча Путина и Алиева в Душанбе завершилась"),
    ("В мире22", "Встреча Путина и Алиева в Душанбе завершилась?"),
])
def test_short_site_lines_over_a_headline_are_chrome(over, headline):
    page = (f"{over}\n{headline}\n"
            "Встреча президентов России и Азербайджана прошла в резиденции Кохи Сомон и длилась три часа.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == headline
    assert sentences(doc)[0] == doc.title and over.split("\n")[0] in doc.dropped


@pytest.mark.parametrize("page", [
    # a short title over a longer subtitle
    "Azərbaycan diplomatiyasının parlaq səhifələri\nAzərbaycan Respublikasının diplomatik orqanlarının "
    "100 illiyinə həsr olunub\nQədim tarixi və dövlətçilik ənənələri olan hər dövlət zəngin diplomatiya tarixinə "
    "sahibdir.\n",
    # a letter's sender line over its addressee
    "Cəfər Məmmədovdan, Gəncə\nAzərbaycan Respublikasının Prezidenti cənab İlham Əliyevə\nHörmətli cənab Prezident, "
    "Sizi ürəkdən təbrik edir və Sizə möhkəm cansağlığı arzulayıram.\n",
])
def test_a_short_first_line_that_is_a_title_or_a_letters_line_stays(page):
    doc = read_text(page, lang="az")
    assert sentences(doc)[0] == page.split("\n")[0]


def test_a_headline_shown_twice_in_a_row_counts_once_even_as_a_question():
    page = ("What did Lavrov discuss with the foreign ministers?\nWhat did Lavrov discuss with the foreign ministers?\n"
            "On December 22, the foreign ministers of Russia and Azerbaijan had a telephone conversation.\n")
    doc = read_text(page, lang="en")
    assert sentences(doc) == ["What did Lavrov discuss with the foreign ministers?",
                              "On December 22, the foreign ministers of Russia and Azerbaijan had a telephone "
                              "conversation."]


@pytest.mark.parametrize("line, lang", [("Перейти к основному контенту", "ru"), ("Print the page", "en"),
                                        ("Читайте последние новости на нашей странице в Instagram", "ru"),
                                        ("Telegramda izləyin", "az"), ("Region:World News, Armenia, Azerbaijan", "en"),
                                        ("Twitter Facebook Myspace Stumbleupon Technorati blogger google", "en"),
                                        ("Read 154 times", "en"), ("/ 1 067 dəfə oxundu.", "az"),
                                        ("Open news feed Close news feed", "en"), ("Rəy bildir", "az")])
def test_site_widgets_are_chrome(line, lang):
    body = {"ru": "Президент России провел переговоры с президентом Азербайджана в Москве.",
            "en": "The President of Russia held talks with the President of Azerbaijan in Moscow.",
            "az": "Rusiya Prezidenti Moskvada Azərbaycan Prezidenti ilə danışıqlar aparıb."}[lang]
    doc = read_text(f"{body[:-1]}\n{line}\n{body}\n{body[:-1]} today.\n", lang=lang)
    assert line not in " ".join(sentences(doc))


def test_paragraphs_cut_at_a_width_are_joined_back_whatever_case_a_line_opens_with():
    page = ("Press statements following talks\n\n"
            "I would like to say a few words on the occasion of the visit of\n"
            "our distinguished guest, President of Azerbaijan Ilham Geidarovich\n"
            "Aliyev. First and foremost, I would like once again to welcome Ilham\n"
            "Geidarovich and express my gratitude.\n\n"
            "We discussed international issues, and of course\n"
            "I am referring to an exchange of information in connection with the\n"
            "crisis in the Caucasus.\n\n* * *\n\nThank you.\n")
    doc = read_text(page, lang="en")
    assert sentences(doc)[1:5] == [
        "I would like to say a few words on the occasion of the visit of our distinguished guest, President of "
        "Azerbaijan Ilham Geidarovich Aliyev.",
        "First and foremost, I would like once again to welcome Ilham Geidarovich and express my gratitude.",
        "We discussed international issues, and of course I am referring to an exchange of information in "
        "connection with the crisis in the Caucasus.",
        "Thank you."]


@pytest.mark.parametrize("lead, place", [
    ("Президент Азербайджана намерен приехать с визитом в Москву на юбилей Победы.", ""),
    ("Президент Азербайджана прибыл в Кремль для переговоров с Президентом России.", "Кремль"),
    ("Переговоры президентов прошли в Москве в узком составе.", "Москва"),
])
def test_a_trip_to_a_place_not_yet_made_does_not_place_the_event(lead, place):
    doc = read_text(f"Алиев и Путин\n\n{lead}\n", lang="ru")
    assert doc.place == place


def test_a_headlines_counted_media_tags_and_a_source_credit_run_onto_the_last_stop_are_cut():
    doc = read_text("Ilham Aliyev chaired a meeting on the results of the year (+PHOTO=7, +VİDEO)\n\n"
                    "President Ilham Aliyev chaired a meeting on the results of the year.\n\n"
                    "He said that the economy had grown.”/Yenisabah.az\n", lang="en")
    assert doc.title == "Ilham Aliyev chaired a meeting on the results of the year"
    assert sentences(doc)[-1] == "He said that the economy had grown.”"


@pytest.mark.parametrize("page, lang, gone", [
    ("Михеев о Карабахе\n\n«Карабахский вопрос был бы давно решен», - добавил Михеев. -03В---\n", "ru", "-03В---"),
    ("Hajiyev on talks\n\nHis statement is the answer of Baku to the recent statement of Armenia.-0-\n", "en", "-0-"),
    ("Встреча в Баку\n\nБАКУ, 2 июл – 1NEWS.AZ Президент Азербайджана провел встречу с делегацией.\n", "ru",
     "1NEWS.AZ"),
    ("Minister on the talks today\n\nBAKU, Azerbaijan, Dec. 6\n\nBy Anastasia Savchenko - Trend:\n\n"
     "The minister said that Armenia does not want to get out of the impasse.\n", "en", "Savchenko"),
])
def test_a_wire_desks_code_agency_and_byline_are_no_text(page, lang, gone):
    doc = read_text(page, lang=lang)
    assert gone not in " ".join(sentences(doc)) and len(sentences(doc)) == 2


def test_a_headline_that_says_a_time_with_its_case_ending_is_no_stamp():
    doc = read_text("Siyasət hara istiqamətlənib? – Zərdüşt Əlizadə saat 16:00-da Çətin sualda\n\n"
                    "Bu gün Zərdüşt Əlizadə verilişin qonağı olacaq və suallara cavab verəcək.\n", lang="az")
    assert doc.title.startswith("Siyasət hara") and not doc.dropped


def test_a_letters_sender_line_with_city_and_country_places_it():
    doc = read_text("Hamlet Salahovdan, Bakı, Azərbaycan\n\nHörmətli cənab Prezident,\n\n"
                    "Sizi ürəkdən təbrik edirəm və Sizə möhkəm cansağlığı arzulayıram.\n", lang="az")
    assert doc.place == "Bakı"


def test_a_publication_block_under_the_text_is_chrome_and_dates_the_page():
    doc = read_text("Meeting with Governor Natalya Zhdanova\n\nVladimir Putin met with Trans-Baikal Territory Governor "
                    "Natalya Zhdanova in the Kremlin today.\n\nPublished in sections: News, Transcripts\n"
                    "Publication date: December 5, 2017, 17:20\nDirect link: en.kremlin.ru/d/56295\n", lang="en")
    assert len(sentences(doc)) == 2 and doc.date == "2017-12-05"


def test_an_update_stamp_and_a_review_count_are_chrome():
    doc = read_text("Последнее обновление\n(1 неделю назад)\nЭксперт: язык отчета отличается от предыдущих\n\n"
                    "Язык отчета отличается от предыдущих отчетов, сказал эксперт в беседе с журналистами.\n\n"
                    "1 отзыв\n", lang="ru")
    assert doc.title == "Эксперт: язык отчета отличается от предыдущих" and len(sentences(doc)) == 2


def test_a_speech_heading_names_the_speaker_before_where_he_spoke():
    from workbench.ingest.headings import speech_heading
    person = speech_heading("Speech by Ilham Aliyev at the opening of the Heydar Aliyev Center in Ganja", "en")
    assert person.key == "IlhamAliyev"


def test_the_place_a_lead_names_is_spelt_as_written_whatever_the_hash_seed():
    import os
    import subprocess
    import sys
    code = ("from workbench.ingest.dateline import place_named; "
            "print(place_named('The talks were held in Baku today.'), place_named('Переговоры прошли в Москве.'))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(8)}
    assert seen == {"Baku Москва"}


def test_a_headline_in_capitals_is_the_title_and_a_speech_under_it_keeps_its_dashed_salutation():
    doc = read_text("РЕЧЬ ПРЕЗИДЕНТА РОССИИ ДМИТРИЯ МЕДВЕДЕВА\n\n— Уважаемый Ильхам Гейдарович!\n\n"
                    "Уважаемые друзья, коллеги!\n\nМне всегда очень приятно приезжать к вам, к нашим друзьям.\n",
                    lang="ru")
    assert doc.title == "РЕЧЬ ПРЕЗИДЕНТА РОССИИ ДМИТРИЯ МЕДВЕДЕВА" and not doc.dropped
    assert {b.speaker for b in doc.blocks[1:]} == {"DmitryMedvedev"}
    long = ("ПРЕЗИДЕНТ АЗЕРБАЙДЖАНА ВЫРАЗИЛ ПРЕЗИДЕНТУ ТУРЦИИ СОБОЛЕЗНОВАНИЕ В СВЯЗИ С ЖЕРТВАМИ ЗЕМЛЕТРЯСЕНИЯ\n"
            "8 марта Президент Азербайджана Ильхам Алиев направил соболезнование Президенту Турции.\n")
    assert read_text(long, lang="ru").title.startswith("ПРЕЗИДЕНТ АЗЕРБАЙДЖАНА ВЫРАЗИЛ")


def test_a_dateline_run_onto_slashes_under_a_repeated_question_headline_is_cut_off():
    # turan.az in English writes the date month first; the page shows its headline twice
    page = ("What did Lavrov discuss with Foreign Ministers of Azerbaijan, Turkey and Iran?\n"
            "What did Lavrov discuss with Foreign Ministers of Azerbaijan, Turkey and Iran?\n"
            "Baku/12/23/23/Turan: On December 22, the Foreign Ministers of Russia and Azerbaijan had a telephone "
            "conversation. This is stated in the message of the Russian Foreign Ministry.\n"
            "The Azerbaijani Foreign Ministry also published a short message about the conversation.\n")
    doc = read_text(page, lang="en")
    assert (doc.date, doc.place) == ("2023-12-23", "Baku")
    assert doc.segments[1].text.startswith("On December 22, the Foreign Ministers")


def test_sputniks_rubric_tagline_credit_line_and_related_headline_are_chrome():
    page = ("QARABAĞ\nAzərbaycanın Qarabağ bölgəsinin necə bərpa olunması və inkişaf etməsi barədə aktual xəbərlər\n\n"
            "Ceyhun Bayramov almaniyalı həmkarına Qarabağda baş verənləri anladıb\n\n"
            "Almaniya Xarici İşlər naziri siyasi dialoqun zəruriliyini vurğulayıb.\nSputnik\n\n"
            "BAKI, 8 oktyabr — Sputnik. Azərbaycan Respublikası Xarici İşlər naziri Ceyhun Bayramovla Almaniyanın "
            "Federal Xarici İşlər naziri Heiko Maas arasında telefon danışığı baş tutub.\n\n"
            "Bu barədə Sputnik Azərbaycan-a Azərbaycan XİN-dən məlumat verilib.\n"
            "SİYASƏT\nƏliyev Ərdoğanı seçkidə qələbə münasibətilə təbrik edib və onu Azərbaycana dəvət edib\n")
    doc = read_text(page, lang="az")
    assert doc.title == "Ceyhun Bayramov almaniyalı həmkarına Qarabağda baş verənləri anladıb"
    texts = [s.text for s in doc.segments]
    assert "Sputnik" not in texts and texts[-1] == "Bu barədə Sputnik Azərbaycan-a Azərbaycan XİN-dən məlumat verilib."
    assert "Azərbaycanın Qarabağ bölgəsinin necə bərpa olunması və inkişaf etməsi barədə aktual xəbərlər" in doc.dropped


def test_a_headline_under_a_menu_item_over_its_stamp_stays_the_title():
    page = (" date 2020-05-02   • HOMEPAGE\n    Azerbaijan, UK discuss cooperation in fight against coronavirus\n\n"
            "    02.05.2020 [01:00]\n\n    Baku, May 2, AZERTAC\n\n    Azerbaijan’s Minister of Foreign Affairs Elmar "
            "Mammadyarov has had an online meeting with Wendy Morton.\n")
    assert read_text(page, lang="en").title == "Azerbaijan, UK discuss cooperation in fight against coronavirus"


def test_azertags_masthead_and_rubric_over_a_headline_in_capitals_are_chrome():
    page = ("Azərbaycan Dövlət İnformasiya Agentliyi\n\nRƏSMİ SƏNƏDLƏR\n\n"
            "AZƏRBAYCAN RESPUBLİKASININ PREZİDENTİ ZATİ-ALİLƏRİ CƏNAB HEYDƏR ƏLİYEVƏ\n\n"
            "Çox hörmətli cənab Prezident, əziz Heydər Əlirza oğlu!\n\n"
            "İcazə verin, Sizə dərin və səmimi təşəkkürümü bildirim.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "AZƏRBAYCAN RESPUBLİKASININ PREZİDENTİ ZATİ-ALİLƏRİ CƏNAB HEYDƏR ƏLİYEVƏ"
    assert {"Azərbaycan Dövlət İnformasiya Agentliyi", "RƏSMİ SƏNƏDLƏR"} <= set(doc.dropped)


def test_a_story_threads_name_under_its_label_is_chrome():
    page = ("Путин и Алиев завершили встречу в Душанбе\n\nСюжет\nОбострение между Москвой и Баку\n\n"
            "Встреча президентов России и Азербайджана Владимира Путина и Ильхама Алиева прошла в резиденции.\n")
    doc = read_text(page, lang="ru")
    assert "Обострение между Москвой и Баку" in doc.dropped and doc.segments[1].text.startswith("Встреча президентов")
