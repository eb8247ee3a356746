"""A photo's caption and credit above the text, and a story's tags over the headline: chrome, never the title, a
sentence or the page's date and place."""

import pytest

from workbench.pipeline import read_text

CAPTIONED = """Türkiye hails Azerbaijan-Armenia steps toward normalization
Turkish President Tayyip Erdoğan (R) meets with Azerbaijani President Ilham Aliyev in Astana, Kazakhstan Nov. 3, 2023. (Reuters Photo)

Türkiye welcomed the agreement of Azerbaijan and Armenia to take confidence-building measures on Friday.

"We support the decision to continue negotiations on additional measures," a Turkish Foreign Ministry statement said.
"""

TAGGED = """Перейти к основному контенту
Конфликт Армении и Азербайджана,
0

Путин сообщил о трехстороннем разговоре с Пашиняном и Алиевым
Ильхам Алиев (Фото: Алексей Даничев / Reuters)

Президент России Владимир Путин на неформальном саммите лидеров СНГ в Санкт-Петербурге поговорил с Пашиняном.
"""


def sentences(doc):
    return [s.text for s in doc.segments]


def test_a_caption_that_ends_with_its_credit_in_brackets_gives_neither_a_sentence_nor_the_date():
    doc = read_text(CAPTIONED, lang="en")
    assert doc.title == "Türkiye hails Azerbaijan-Armenia steps toward normalization"
    assert not any("Reuters Photo" in s or "Erdoğan (R)" in s for s in sentences(doc))
    # the photo was taken in Astana on 3 November; the page says nothing of when and where it was written
    assert (doc.date, doc.place) == ("", "")


def test_a_story_tag_run_on_with_a_comma_and_a_credit_in_brackets_are_chrome():
    doc = read_text(TAGGED, lang="ru")
    assert doc.title == "Путин сообщил о трехстороннем разговоре с Пашиняном и Алиевым"
    assert "Конфликт Армении и Азербайджана," in doc.dropped
    assert "Ильхам Алиев (Фото: Алексей Даничев / Reuters)" in doc.dropped


def test_a_heading_run_on_to_its_place_and_date_and_a_salutation_stay():
    briefing = ("Брифинг официального представителя МИД России М.В.Захаровой,\nМосква, 12 мая 2016 года\n\n"
                "Об участии Министра иностранных дел России в мероприятиях в Вене сообщили сегодня журналистам.\n")
    assert read_text(briefing, lang="ru").title == "Брифинг официального представителя МИД России М.В.Захаровой,"
    speech = ("Добрый вечер,\n\nМы провели очень полезные переговоры с моим коллегой, министром иностранных дел.\n")
    assert sentences(read_text(speech, lang="ru"))[0] == "Добрый вечер,"
    turn = "Heydar Aliyev: Mr Putin,\n\nToday sees the start of the official visit by the President of Russia.\n"
    assert sentences(read_text(turn, lang="en"))[0] == "Mr Putin,"


def test_inline_markup_a_copy_keeps_is_no_word_of_the_title_or_text():
    page = ("Xəbərlər\n\n<b>“Arxivlərin böyük hissəsi açılmalı və internetdə yerləşdirilməlidir”</b>\n\n"
            "Moskva Bakı ilə gərginliyin uzanmasını istəmir - <span style=\"color:#ff0000\">Rusiya XİN</span>\n\n"
            "![]() Tarixçi alim arxivlərin açılması ilə bağlı fikirlərini <i>Publika.az</i> saytına bildirib.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "“Arxivlərin böyük hissəsi açılmalı və internetdə yerləşdirilməlidir”"
    assert "Moskva Bakı ilə gərginliyin uzanmasını istəmir - Rusiya XİN" in sentences(doc)
    assert sentences(doc)[-1] == "Tarixçi alim arxivlərin açılması ilə bağlı fikirlərini Publika.az saytına bildirib."
    assert "<b>" in doc.dropped and "![]()" in doc.dropped


def test_a_caption_opened_by_photo_a_widgets_identifiers_and_a_slider_are_chrome():
    page = ("First slide\n"
            "Azərbaycan Prezidenti təzyiqlərə sinə gərməkdədir\n"
            "10 Oct 2020 rating_stars rating_stars rating_stars\n"
            "Photo: Azerbaijani President Ilham Aliyev and Russian President Vladimir Putin (archive picture)\n\n"
            "Prezident İlham Əliyev beynəlxalq təzyiqlərə baxmayaraq öz mövqeyində qalır və bunu açıq deyir.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "Azərbaycan Prezidenti təzyiqlərə sinə gərməkdədir"
    assert doc.date == "2020-10-10"
    assert len(doc.segments) == 2
    assert "rating_stars" in doc.dropped


def test_a_pages_date_field_run_onto_its_headline_is_cut_off_it():
    page = ("“...elə olsa, düşünərəm ki, APA-ya xəyanət etmişəm” - Vüsalə Mahirqızı Tarix: Bu gün, 11:43 | Çap et\n\n"
            "Jurnalist Vüsalə Mahirqızı uzun illər işlədiyi agentlikdən ayrılması barədə danışıb.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "“...elə olsa, düşünərəm ki, APA-ya xəyanət etmişəm” - Vüsalə Mahirqızı"


def test_a_credit_with_its_caption_glued_on_and_a_widget_cut_over_a_wire_dateline_are_chrome():
    page = ("\"Большая страна\". Президент Азербайджана дал оценку отношениям с Россией\n"
            "© РИА Новости / Пресс-служба президента Азербайджана | Перейти в медиабанкПрезидент Азербайджана "
            "Ильхам Алиев во время заседания Совета безопасности.\n"
            "Читать в\n"
            "МОСКВА, 5 октября/ Радио Sputnik. Президент Азербайджана Ильхам Алиев заявил, что отношения Баку и "
            "Москвы носят стратегический характер.\n")
    doc = read_text(page, lang="ru")
    assert sentences(doc)[-1] == ("Президент Азербайджана Ильхам Алиев заявил, что отношения Баку и Москвы носят "
                                  "стратегический характер.")
    assert not any("РИА" in s or "Читать" in s for s in sentences(doc))
    assert doc.place == "Москва"


def test_a_photo_source_and_a_translators_credit_after_the_text_are_dropped():
    page = ("Putin and Pashinyan maintain permanent contacts, says Kremlin\n\n"
            "YEREVAN, MARCH 29, ARMENPRESS. Russian President Vladimir Putin and Prime Minister Nikol Pashinyan maintain "
            "permanent contacts, Kremlin spokesperson Dmitry Peskov told reporters.\n\n"
            "Photo source: picture from an open source\n\nEditing and Translating by Stepan Kocharyan\n")
    doc = read_text(page, lang="en")
    assert {"Photo source: picture from an open source", "Editing and Translating by Stepan Kocharyan"} <= set(doc.dropped)
    assert doc.segments[-1].text.endswith("told reporters.")


def test_a_caption_with_its_photo_credit_between_headline_and_dateline_is_no_title():
    page = ("Georgia, Azerbaijan discuss good-neighbourly relations\n\n"
            "Garibashvili and Aliyev met at Zagulba Presidential Palace in Baku. Photo by PM's press office\n"
            "Agenda.ge, 11 Sep 2014 - 14:34, Tbilisi,Georgia\n\n"
            "Georgia’s Prime Minister Irakli Garibashvili has met with President of Azerbaijan Ilham Aliyev.\n")
    doc = read_text(page, lang="en")
    assert doc.title == "Georgia, Azerbaijan discuss good-neighbourly relations" and doc.date == "2014-09-11"
    assert "Garibashvili and Aliyev met at Zagulba Presidential Palace in Baku. Photo by PM's press office" in doc.dropped


def test_rferls_skip_link_banner_and_dateline_under_the_standfirst():
    page = ("Accessibility links\n\nBreaking News\n\n"
            "Azerbaijan: Aliyev's Moscow Visit Shows Son Picking Up Where Father Left Off\n\n"
            "Azerbaijani President Ilham Aliyev today begins a three-day official visit to Russia.\n\n"
            "Prague, 5 February 2004 (RFE/RL) -- Russia and Azerbaijan are expected to sign six agreements.\n")
    doc = read_text(page, lang="en")
    assert doc.title.startswith("Azerbaijan: Aliyev's Moscow Visit") and (doc.date, doc.place) == ("2004-02-05", "Prague")
    assert doc.segments[-1].text == "Russia and Azerbaijan are expected to sign six agreements."


def test_a_site_index_prefix_on_a_line_of_spaced_tabs_still_dates_the_page():
    page = (" date 2025-01-23   TOP STORIES WEEK   04\n\nArmenian FM Has ‘Sincere and Constructive’ Meeting with Lavrov\n\n"
            "Armenian Foreign Minister Ararat Mirzoyan called the meeting sincere and constructive.\n\n"
            "Get the Mirror in your inbox:\n\nHe thanked Lavrov for organizing the talks.\n")
    doc = read_text(page, lang="en")
    assert doc.date == "2025-01-23" and "Get the Mirror in your inbox:" in doc.dropped


def test_a_genre_tag_the_headline_needs_stays_and_one_set_off_goes():
    from workbench.ingest.tags import headline_without_tags

    assert headline_without_tags("“Ömür boyu pulum olmayıb” – Siyavuş Novruzovla maraqlı MÜSAHİBƏ").endswith("maraqlı MÜSAHİBƏ")
    assert headline_without_tags("“Toyumda içki verməmişdim” — Tural Abbaslı ilə MÜSAHİBƏ").endswith("ilə MÜSAHİBƏ")
    assert headline_without_tags("Siyasi şərhçi: Bakı danışıqlara hazırdır - MÜSAHİBƏ") == "Siyasi şərhçi: Bakı danışıqlara hazırdır"
    assert headline_without_tags("Лавров: переговоры были трудными ЭКСКЛЮЗИВ") == "Лавров: переговоры были трудными"


def test_a_caption_with_its_credits_in_brackets_under_the_headline_is_dropped():
    page = ("China’s Phoenix TV Broadcasts Interview with Azerbaijan’s Presidential Assistant\n\n"
            "Hikmat Hajiyev (Credits: Asharq Al-Awsat)\n\n"
            "In a televised interview with China’s Phoenix TV, Hikmat Hajiyev shed light on a range of issues.\n")
    doc = read_text(page, lang="en")
    assert "Hikmat Hajiyev (Credits: Asharq Al-Awsat)" in doc.dropped
    assert doc.segments[1].text.startswith("In a televised interview")


@pytest.mark.parametrize("caption", [
    "Iran and Turkey Presidents Raisi and Erdogan",  # names and offices only
    "Tashkent, Uzbekistan: US Ambassador to Uzbekistan Jonathan Henick talking with VOA's Navbahor Imamova",
])
def test_a_caption_between_the_headline_and_the_lead_is_no_lead(caption):
    lead = "Iranian President Ebrahim Raisi offered congratulations to his Turkish counterpart on his re-election."
    doc = read_text(f"Raisi calls for closer ties with Turkey\n\n{caption}\n\n{lead}\n", lang="en")
    assert caption in doc.dropped
    assert [(b.kind, b.text) for b in doc.blocks] == [("title", "Raisi calls for closer ties with Turkey"), ("lead", lead)]


def test_a_caption_that_ends_with_a_photo_agency_after_a_slash_is_no_lead():
    caption = "президент России Владимир Путин, Kremlin Pool/Global Look Press"
    lead = "Президент России Владимир Путин и глава Казахстана Касым-Жомарт Токаев в субботу побеседовали по телефону."
    doc = read_text(f"Путин обсудил с Токаевым обстановку в Казахстане\n\n{caption}\n\n{lead}\n", lang="ru")
    assert caption in doc.dropped and [b.kind for b in doc.blocks] == ["title", "lead"]


@pytest.mark.parametrize("line", ["Your Excellency,", "Former President of the USSR", "Circular Hall, The Kremlin, Moscow",
                                  "Aliyev and Putin Discuss Karabakh Settlement",  # a deck in Title Case
                                  "His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan"])
def test_a_salutation_an_office_or_a_venue_under_the_headline_is_no_caption(line):
    lead = "Iranian President Ebrahim Raisi offered congratulations to his Turkish counterpart on his re-election."
    doc = read_text(f"Raisi calls for closer ties with Turkey\n\n{line}\n\n{lead}\n", lang="en")
    assert line not in doc.dropped


def test_an_authors_post_under_the_byline_after_the_text_goes_with_it():
    page = ("Antalyada nazirlər arasında görüş olub\n\nAntalya, 12 mart, AZƏRTAC\n"
            "Türkiyənin xarici işlər naziri Mövlud Çavuşoğlu ilə Ermənistanın naziri Ararat Mirzoyan Antalyada bir araya gəliblər.\n"
            "Nazir Mövlud Çavuşoğlu görüşü olduqca məhsuldar və əhəmiyyətli adlandırıb.\n"
            "Sabir Şahtaxtı\nAZƏRTAC-ın xüsusi müxbiri\n")
    doc = read_text(page, lang="az")
    assert "Sabir Şahtaxtı" in doc.dropped and "AZƏRTAC-ın xüsusi müxbiri" in doc.dropped
    assert [s.text for s in doc.segments][-1] == "Nazir Mövlud Çavuşoğlu görüşü olduqca məhsuldar və əhəmiyyətli adlandırıb."
    # a letter's signer keeps the office under the name
    letter = read_text("Dear Mr. President,\n\nI congratulate you on the national day of your country and wish you well.\n\n"
                       "Ilham Aliyev\nPresident of the Republic of Azerbaijan\n", lang="en")
    assert "President of the Republic of Azerbaijan" in [s.text for s in letter.segments]


def test_a_caption_with_the_site_after_a_dash_under_its_credit_is_chrome():
    page = ("Министр обороны РФ прибыл с рабочим визитом в Азербайджан\n\n"
            "© Sputnik / Aleksey Druzhinin / Перейти в фотобанкМинистр обороны РФ Сергей Шойгу\n"
            "Министр обороны РФ Сергей Шойгу - Sputnik Азербайджан\n\n"
            "Министр обороны России генерал армии Сергей Шойгу в воскресенье прибыл с кратким рабочим визитом в Азербайджан.\n")
    doc = read_text(page, lang="ru")
    assert "Министр обороны РФ Сергей Шойгу - Sputnik Азербайджан" in doc.dropped
    assert [b.kind for b in doc.blocks] == ["title", "lead"]


def test_the_sites_name_in_quotes_over_the_stamp_is_no_title():
    page = ("AZN = 54.42 RUB\n\nЛавров объяснил, почему не озвучиваются детали нагорно-карабахского урегулирования\n\n"
            '"Москва-Баку"\n12.07.2016 10:37\nСкриншот видео\n\n'
            "Глава МИД РФ Сергей Лавров назвал полезными переговоры с президентом Азербайджана Ильхамом Алиевым.\n")
    doc = read_text(page, lang="ru")
    assert doc.title.startswith("Лавров объяснил") and doc.date == "2016-07-12"
    assert '"Москва-Баку"' in doc.dropped and "Скриншот видео" in doc.dropped


def test_a_headline_in_quotes_under_a_menus_label_is_the_headline():
    doc = read_text("Главная\nНовости\n«Время действовать»\n12.07.2016 10:37\n\nГлава МИД РФ Сергей Лавров назвал "
                    "полезными переговоры с президентом Азербайджана Ильхамом Алиевым.\n", lang="ru")
    assert doc.title == "«Время действовать»"
