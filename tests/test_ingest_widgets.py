"""Page widgets, counters and menus met on real pages are chrome; a dateline's place is a place."""

import pytest

from workbench.ingest.dateline import whole_dateline
from workbench.pipeline import read_text

TEXT = ("President Ilham Aliyev received the delegation led by the Minister of Foreign Affairs of Georgia.\n\n"
        "The sides discussed the development of cooperation between the two countries in many fields.\n")


def sentences(doc):
    return [s.text for s in doc.segments]


@pytest.mark.parametrize("widget", ["12 Punto 14 Punto 16 Punto 18 Punto", "7990 views", "1 234 просмотра",
                                    "date icon", "Фото с сайта Кремля", "Просмотров: 1276", "img",
                                    "Read on the website Vestnik Kavkaza", "Bizi Telegramda izləyin: @repostaz",
                                    "Написать отзыв", "Baxış sayı: 857", "Oxunma sayı: 767", "Az Iw En Ru",
                                    "Bölmə: Siyasət, BLOK XƏBƏR", "Автор: Эмин Алиев, главный редактор АМИ Trend",
                                    "Обсуждение ( 0 ) Посмотреть все", "» » Aliyev receives", "post-img", "Ad:*",
                                    "Share this page", "Yüklənir...", "SEÇİLMİŞ XƏBƏRLƏR",
                                    "You must enable Javascript on your browser for the site to work optimally."])
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
    page = "11:45\n\nAliyev receives Georgian delegation\n" + TEXT.replace("\n\n", "\n")
    doc = read_text(page, lang="en")
    assert doc.title == "Aliyev receives Georgian delegation"
    assert sentences(doc)[-1].startswith("The sides discussed")


def test_a_page_copied_without_its_headline_has_no_title_but_its_lead():
    doc = read_text("11:45\n\n" + TEXT.replace("\n\n", "\n"), lang="en")
    assert doc.title == "" and doc.blocks[1].kind == "lead"
    assert sentences(doc)[0].startswith("President Ilham Aliyev received")
    short = read_text("Aliyev receives the Georgian Foreign Minister in Baku today.\n\n" + TEXT, lang="en")
    assert short.title == "Aliyev receives the Georgian Foreign Minister in Baku today."  # a headline may end so


@pytest.mark.parametrize("line, place", [("June 13, 2018, The Kremlin, Moscow", "Moscow"),
                                         ("Кремль, 5 мая 2020", "Кремль"),
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


RU_TEXT = ("Министр иностранных дел Эльмар Мамедъяров принял делегацию во главе с председателем ПА ОБСЕ.\n\n"
           "Как сообщили в пресс-службе МИД, на встрече стороны обсудили подготовку к выборам.\n")


@pytest.mark.parametrize("trail, headline", [
    ("Today.Az » Politics » ", "President Ilham Aliyev received Governor Sergey Morozov"),
    ("Əsas Səhifə > Политика > ", "Георгий Церетели: «ПА ОБСЕ будет наблюдать за выборами»"),
])
def test_a_breadcrumb_trail_is_chrome_and_the_headline_it_ends_with_is_the_title(trail, headline):
    lang = "ru" if "Церетели" in headline else "en"
    doc = read_text(f"{trail}{headline}\n\n{RU_TEXT if lang == 'ru' else TEXT}", lang=lang)
    assert doc.title == headline and trail.strip() in doc.dropped
    assert not any(b.speaker for b in doc.blocks)  # a headline quoting someone opens no turn


def test_a_headline_quoting_someone_opens_no_turn_however_often_the_page_repeats_it():
    headline = "Георгий Церетели: «ПА ОБСЕ будет наблюдать за выборами»"
    doc = read_text(f"{headline}\n\n12-03-2018, 19:33\n\n{headline}\n\n{RU_TEXT}", lang="ru")
    assert doc.title == headline and doc.date == "2018-03-12"
    assert not any(b.speaker for b in doc.blocks) and doc.people == []


def test_a_headline_quoting_someone_under_another_title_or_as_a_crosshead_opens_no_turn():
    page = ("Зеленский об ударе по нефтебазе SOCAR\n\n"
            "Фазиль Мустафа: Отношения между Россией и Азербайджаном не ухудшатся\n\n"
            "Экономические связи Азербайджана с Россией продолжаются, заявил депутат Фазиль Мустафа.\n\n"
            "Мустафа: Баку и Москва не враждуют\n\n"
            "Депутат добавил, что официальные Баку и Москва не комментировали эти сообщения.\n")
    doc = read_text(page, lang="ru")
    assert not any(b.speaker for b in doc.blocks)
    # a transcript's turns still open on their labels
    doc = read_text("Переговоры\n\nВ.Путин: Добрый день, уважаемые коллеги!\n\nИ.Алиев: Спасибо.\n", lang="ru")
    assert [b.speaker for b in doc.blocks[1:]] == ["VladimirPutin", "IlhamAliyev"]


def test_a_photo_caption_before_its_credit_is_chrome_not_a_speakers_label():
    doc = read_text("В Кремле раскрыли подробности разговора\n\nДмитрий Песков Дмитрий Песков Фото: Наталья "
                    "Шатохина/NEWS.ru\n\n" + RU_TEXT, lang="ru")
    assert "Дмитрий Песков Дмитрий Песков Фото: Наталья Шатохина/NEWS.ru" in doc.dropped
    assert doc.people == [] and not any("Фото" in s for s in sentences(doc))


@pytest.mark.parametrize("stamp, iso", [
    ("24 February 2006 [10:06] - Today.Az", "2006-02-24"), ("2017-04-11 16:50 | www.trend.az | 0", "2017-04-11"),
    ("12 Июнь 2019", "2019-06-12"), ("13:35 / 08.07.2025", "2025-07-08"), ("18:50 25/08/2020", "2020-08-25"),
    ("16-09-2022 [21:17]", "2022-09-16"), ("Tarix: 25.04.2018", "2018-04-25"),
    ("Politics Materials 26 December 2020 10:46 (UTC +04:00)", "2020-12-26"),
    ("Baxış sayı: 2839 | Tarix: 25.04.2018", "2018-04-25"), ("Политика08.10.2024 - 14:10", "2024-10-08"),
    ("2020.11.04", "2020-11-04"),
])
def test_a_page_stamp_in_the_sites_own_form_dates_the_page(stamp, iso):
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{stamp}\n\n{TEXT}", lang="en")
    assert doc.date == iso and doc.title == "Aliyev receives Georgian delegation"
    assert stamp in doc.dropped or stamp in [b.text for b in doc.blocks if b.kind == "meta"]


def test_a_sentence_that_opens_like_an_invitation_is_text():
    line = "Read on the website of the ministry, the statement says that the sides agreed on a new round."
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT}\n{line}\n", lang="en")
    assert line in sentences(doc)


def test_a_photo_caption_and_its_alt_text_above_the_headline_are_chrome():
    caption = "Владимир Путин и Ильхам Алиев во время встречи в Душанбе"
    doc = read_text(f"{caption}. Архивное фото\n\n{caption}\n\nПесков рассказал о встрече Путина и Алиева\n\n"
                    "МОСКВА, 12 окт — РИА Новости. Президенты России и Азербайджана договорились о встрече.\n\n"
                    "Встреча пройдет в Душанбе на полях саммита СНГ, заявил представитель Кремля.\n", lang="ru")
    assert doc.title == "Песков рассказал о встрече Путина и Алиева"
    assert {f"{caption}. Архивное фото", caption} <= set(doc.dropped) and doc.place == "Москва"
    gallery = read_text("Aliyev meets Putin in Samarkand [PHOTOVIDEO] - Gallery Image\n\n"
                        f"Aliyev met Putin in Samarkand [PHOTOVIDEO]\n\n{TEXT}", lang="en")
    assert gallery.title == "Aliyev met Putin in Samarkand"


def test_a_trailer_that_repeats_the_headline_after_the_sites_name_is_chrome():
    doc = read_text("OSCE PA president visits National Parliament of Azerbaijan\n\n12.03.2018 [18:35]\n\n"
                    f"Baku, March 12, AZERTAC\n\n{TEXT}\nAZERTAG.AZ :OSCE PA president visits National Parliament of "
                    "Azerbaijan\n", lang="en")
    assert doc.title == "OSCE PA president visits National Parliament of Azerbaijan" and doc.date == "2018-03-12"
    assert "AZERTAG.AZ :OSCE PA president visits National Parliament of Azerbaijan" in doc.dropped
    assert len(doc.segments) == 3


def test_the_sites_name_that_its_photo_credit_names_is_no_headline():
    headline = "Лавров: необходимо активнее урегулировать нагорно-карабахский конфликт"
    doc = read_text(f"Вестник Кавказа\n\n{headline}\n\n{headline}\n© Фото: Мария Новоселова/ “Вестник Кавказа“\n\n"
                    "Сейчас настало время удвоить усилия по урегулированию конфликта, заявил министр.\n\n"
                    "Переговоры прошли в Москве в конструктивной атмосфере.\n", lang="ru")
    assert doc.title == headline and "Вестник Кавказа" in doc.dropped


@pytest.mark.parametrize("line", ["Your email address will not be published.", "Sign Up for Our Newsletters"])
def test_a_blogs_comment_form_and_newsletter_box_are_chrome(line):
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT}\n{line}\n", lang="en")
    assert line in doc.dropped and line not in sentences(doc)



def test_a_page_that_prints_its_article_twice_counts_it_once_but_a_sentence_said_twice_stays():
    body = ("Bu barədə “İnterfax” məlumat yayıb.\n\n“Vladimir Putinin hakimiyyətə gəlişindən sonra Azərbaycan-Rusiya "
            "münasibətləri yeni mərhələyə qədəm qoydu.\n\nHəmin vaxt Heydər Əliyev Azərbaycan prezidenti idi və "
            "onlar tez-tez görüşürdülər.\n\nİlham Əliyev həmçinin əlavə edib ki, atasının fikrincə, Putin "
            "etibarlı tərəfdaşdır.")
    doc = read_text(f"İlham Əliyev Putin haqqında\n\n{body}\n\n{body[:-40]}", lang="az")
    assert len(doc.segments) == len(read_text(f"İlham Əliyev Putin haqqında\n\n{body}", lang="az").segments)
    said_twice = "Biz bu məsələni dəfələrlə müzakirə etmişik və yenə də müzakirə edəcəyik."
    twice = read_text(f"Başlıq burada\n\n{said_twice}\n\nSonra başqa mövzulara keçdilər.\n\n{said_twice}", lang="az")
    assert [s.text for s in twice.segments].count(said_twice) == 2


def test_a_headline_that_ends_with_a_stop_is_the_title_when_the_page_repeats_it():
    headline = "Ilham Aliyev attended a ceremony to commemorate the 90th anniversary of the Nakhchivan Autonomous Republic."
    doc = read_text(f"{headline}\n\n08 april 2014, 13:00\n{headline}\n\n{TEXT}", lang="en")
    assert doc.title == headline and doc.date == "2014-04-08"


@pytest.mark.parametrize("end, code", [(" --06В--", "--06В--"), ("./ANS/", "/ANS/"), (". /Oxu.az", "/Oxu.az")])
def test_a_desks_code_or_the_agency_between_slashes_after_the_last_sentence_is_chrome(end, code):
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT.rstrip().rstrip('.')}.{end.lstrip('.')}\n\n/Teleqraf\n",
                    lang="en")
    assert sentences(doc)[-1] == "The sides discussed the development of cooperation between the two countries in many fields."
    assert code in doc.dropped and "/Teleqraf" in doc.dropped


def test_a_media_players_clock_ends_no_text_a_short_sentence_with_a_number_is_text():
    page = (f"Aliyev receives Georgian delegation\n\n{TEXT}\n0:00 0:18:43 0:00\n\n"
            "The sides also signed a memorandum of understanding on energy cooperation.\n\n365 gün.\n\n"
            "The talks continued in an expanded format with the delegations of both countries.\n")
    doc = read_text(page, lang="en")
    assert sentences(doc)[-3:] == ["The sides also signed a memorandum of understanding on energy cooperation.",
                                   "365 gün.",
                                   "The talks continued in an expanded format with the delegations of both countries."]


def test_metbuat_and_sia_boxes_after_the_text_and_a_dash_left_on_the_headline_are_dropped():
    page = ("“Qarabağ məsələsində qardaş Azərbaycanın yanındayıq” -\n\n"
            "Azərbaycan torpaqlarının iyirmi faizi Ermənistan tərəfindən işğal olunub.\n\n"
            "Metbuat.az xəbər verir ki, bu fikirləri Türkiyə Xarici İşlər naziri Mövlud Çavuşoğlu deyib.\n\n\n"
            "Şahid olduğunuz hadisələrin video və ya fotosunu çəkərək bizə göndərin:\n0552252950 (Whatsapp)\n\n"
            "Bütün xəbərlər Facebook səhifəmizdə\n\nBU KATEQORİYADAN DİGƏR XƏBƏRLƏR\n")
    doc = read_text(page, lang="az")
    assert doc.title == "“Qarabağ məsələsində qardaş Azərbaycanın yanındayıq”"
    assert [s.text for s in doc.segments][-1].startswith("Metbuat.az xəbər verir ki")
    assert {"Şahid olduğunuz hadisələrin video və ya fotosunu çəkərək bizə göndərin:", "Bütün xəbərlər Facebook səhifəmizdə",
            "BU KATEQORİYADAN DİGƏR XƏBƏRLƏR"} <= set(doc.dropped)


def test_trends_place_reporter_and_agency_line_places_the_page_and_is_no_title():
    page = ("Bakı. Elçin Mehdiyev - Trend:\n"
            "Gürcüstanın prezidenti Giorgi Marqvelaşvili V Qlobal Bakı Forumunda iştirak etmək məqsədilə martın 16-17-də "
            "Azərbaycana səfər edəcək.\n"
            "Diasporla İş üzrə Dövlət Komitəsindən Trend-ə verilən məlumata görə, forumda çıxış edəcək.\n")
    doc = read_text(page, lang="az")
    assert (doc.title, doc.place) == ("", "Bakı")
    assert doc.segments[0].text.startswith("Gürcüstanın prezidenti")
    assert whole_dateline("Moskva. Sergey Lavrov - açıqlama:") is None  # the agency is a name, in capitals


@pytest.mark.parametrize("line", [
    "AudioAudio part 1 mp3Audio part 1 mp3 (58678 kb)", "VideoVideo part 2 wmv (141151 kb)",
    "Printer-friendly versionPrinter-friendly version",  # a link copied with its icon's label
    "US          Europe          Arab          Asia          Africa",  # a menu's items kept apart by spaces
])
def test_download_links_doubled_links_and_spaced_menus_are_furniture(line):
    from workbench.ingest.boilerplate import is_boilerplate

    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["The agreement was signed in 2016 (see the text).", "ByeBye", "x25 ° Baku",
                                  "The President   said   that it was good."])
def test_sentences_with_sizes_doubles_or_wide_spaces_are_not_furniture(line):
    from workbench.ingest.boilerplate import is_boilerplate

    assert not is_boilerplate(line)


def test_a_menu_on_the_line_of_a_site_index_prefix_is_no_title():
    page = (" date 2024-02-27                US          Europe          Arab          Asia          Africa    \n"
            "President Ilham Aliyev Makes Phone Call To President Recep Tayyib Erdogan\n\n\n"
            "2/27/2024 2:10:18 AM\n\n(MENAFN- AzerNews) President Ilham Aliyev made a phone call to Recep Tayyip Erdogan.\n")
    doc = read_text(page, lang="en")
    assert doc.title == "President Ilham Aliyev Makes Phone Call To President Recep Tayyib Erdogan"


@pytest.mark.parametrize("page, place, first", [
    ("NUR-SULTAN. KAZINFORM – President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with "
     "Vladimir Putin.", "Nur-Sultan", "President of Kazakhstan"),
    ("Astana. July 4. KazTAG - President of Kazakhstan Kassym-Jomart Tokayev held a meeting with Vladimir Putin.",
     "Astana", "President of Kazakhstan"),
    ("Moscow, December, 23, 2016\n\nVladimir Putin held his annual news conference.", "Moscow", "Vladimir Putin"),
])
def test_agency_datelines_after_a_stop_and_a_comma_after_the_month_are_datelines(page, place, first):
    doc = read_text("Tokayev met with Putin\n\n" + page + "\n", lang="en")
    assert doc.place == place and doc.segments[1].text.startswith(first)


def test_a_slashed_breadcrumb_from_the_home_page_is_chrome_and_its_headline_the_title():
    headline = "Türkiyə və Azərbaycan prezidentləri İstanbulda görüşdü"
    page = (f"Ana səhifə / Sosial / {headline}\n\n{headline}\n\n"
            "İstanbulda səfərdə olan Azərbaycan prezidenti İlham Əliyev türkiyəli həmkarı ilə görüşüb.\n")
    doc = read_text(page, lang="az")
    assert doc.title == headline and "Ana səhifə / Sosial /" in doc.dropped
    # a photo credit's steps start from no home page
    credit = read_text("© Sputnik / Mihail Klimentev / Kremlin pool\n\nPutin met Aliyev in Sochi on Friday.\n", lang="en")
    assert "© Sputnik / Mihail Klimentev / Kremlin pool" in credit.dropped


@pytest.mark.parametrize("line", [
    "+25 ° Baku", "+25 ° Baku / +18 ° Quba / +17 ° Qusar",  # a weather widget
    "22:55 Rusiya hərbçiləri Donetskdə  |  22:48 Almaniyada terror aktı  |  22:40 Roma Papasının halı",  # a ticker
])
def test_weather_widgets_and_news_tickers_are_furniture(line):
    from workbench.ingest.boilerplate import is_boilerplate

    assert is_boilerplate(line)


def test_a_pages_title_with_the_sites_name_and_its_stamp_with_spaced_slashes():
    page = ("Посол Азербайджана в РФ сообщил о завершении дипмиссии в Москве | 1news.az | Новости\n\n"
            "First News Media18:30 - 18 / 08 / 2024\n\n"
            "Посол Азербайджана в России Полад Бюльбюль оглы в интервью ТАСС сообщил о завершении дипмиссии.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "Посол Азербайджана в РФ сообщил о завершении дипмиссии в Москве"
    assert doc.date == "2024-08-18"


def test_a_site_suffix_with_any_known_domain_ending_goes():
    from workbench.ingest.tags import headline_without_tags

    assert headline_without_tags("Tokayev holds phone talks with Putin » Inform.kz") == "Tokayev holds phone talks with Putin"


def test_a_russian_pages_back_to_top_button_and_screenshot_label_are_furniture():
    page = ("Путин обсудил с Токаевым обстановку в Казахстане\n\nСкриншот видео\n\n"
            "Президент России Владимир Путин и глава Казахстана Касым-Жомарт Токаев в субботу побеседовали по телефону.\n"
            "Кнопка «Наверх»\n")
    doc = read_text(page, lang="ru")
    assert "Кнопка «Наверх»" in doc.dropped and "Скриншот видео" in doc.dropped
    assert len(sentences(doc)) == 2


@pytest.mark.parametrize("widget", ["GO BACK", "banner", "Your Comment", "You are replying to: .", "captcha",
                                    "Reporter's code: 50101", "News Code 1849"])
def test_buttons_forms_and_item_codes_after_the_text_are_furniture(widget):
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT}\n{widget}\n", lang="en")
    assert widget in doc.dropped and not any(widget in s for s in sentences(doc))


def test_the_sites_name_as_the_only_step_before_the_headline_goes():
    page = ("Qadin.NET / İlham Əliyev Türkiyəyə gedib\n\nİlham Əliyev Türkiyəyə gedib\n\n"
            "Azərbaycan Respublikasının Prezidenti İlham Əliyev mayın 22-də Türkiyə Respublikasına işgüzar səfərə gedib.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "İlham Əliyev Türkiyəyə gedib"
    assert [b.kind for b in doc.blocks] == ["title", "lead"]


def test_a_print_pages_stamp_after_the_text_dates_it():
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT}\n23 may 2016\nGO BACK\n", lang="en")
    assert doc.date == "2016-05-23"
    assert not any("2016" in s for s in sentences(doc))


def test_an_agencys_name_after_a_dash_glued_to_the_last_stop_goes():
    doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT}\nThe sides raised ties to the level of allied "
                    "relations.—Azer News\n", lang="en")
    assert sentences(doc)[-1] == "The sides raised ties to the level of allied relations."
    assert "—Azer News" in doc.dropped
    # a dash and a word in lower case, or a sentence after the dash, are the text's own
    for line in ("The minister said so.—Yes, he did, and the sides agreed.", "The minister said so.—and agreed.",
                 "Did he go to Moscow?—Of Course"):
        doc = read_text(f"Aliyev receives Georgian delegation\n\n{TEXT}\n{line}\n", lang="en")
        assert line.split("—")[1] in " ".join(sentences(doc))


def test_a_speechs_address_to_a_ms_stays_and_additional_materials_end_the_page():
    page = ("Lavrov's remarks at the Diplomatic Academy, Bishkek, November 27, 2019\n\nMs Adamkulova, colleagues, friends,\n\n"
            f"{TEXT}\nAdditional materials\n\nCouncil of Europe (CoE)\n")
    doc = read_text(page, lang="en")
    assert sentences(doc)[1] == "Ms Adamkulova, colleagues, friends,"
    assert "Additional materials" in doc.dropped and not any("Council" in s for s in sentences(doc))


def test_an_embedded_posts_signature_and_picture_link_go():
    page = (f"Bayramov and Fidan discuss cooperation\n\n{TEXT}\n"
            "Delighted to have a comprehensive discussion with my brother @HakanFidan, Minister of Foreign Affairs of "
            "#Türkiye.— Jeyhun Bayramov (@Bayramov_Jeyhun) October 18, 2024\n\nInformed about… pic.twitter.com/M3mqJQbBaX\n")
    doc = read_text(page, lang="en")
    assert "— Jeyhun Bayramov (@Bayramov_Jeyhun) October 18, 2024" in doc.dropped
    assert "pic.twitter.com/M3mqJQbBaX" in doc.dropped
    assert not any("@Bayramov_Jeyhun" in s or "pic.twitter" in s for s in sentences(doc))


def test_an_images_alt_text_and_a_rubric_with_the_date_over_the_headline_are_chrome():
    headline = "Information of the Press Service Department on the telephone conversation of Minister Jeyhun Bayramov"
    page = (f"news banner image Desktop news banner image Mobile\nPress release 17 July 2022\n\n{headline}\n\n{TEXT}")
    doc = read_text(page, lang="en")
    assert doc.title == headline and doc.date == "2022-07-17"
    assert "Press release 17 July 2022" in doc.dropped and "news banner image Desktop news banner image Mobile" in doc.dropped
    # a short headline that ends with a date is the headline when no headline follows it
    doc = read_text(f"Zelensky visits Baku 17 July 2022\n\n{TEXT}", lang="en")
    assert doc.title == "Zelensky visits Baku 17 July 2022"
    # a line in lower case that wraps a headline, or an office under a name, stays
    doc = read_text("Михаил Горбачев\n\nбывший Президент СССР\n\nГейдар Алиев – выдающийся политик, умный, волевой и "
                    "осторожный человек.\n", lang="ru")
    assert "бывший Президент СССР" not in doc.dropped


def test_kremlin_rus_site_name_and_a_dateline_with_a_region():
    page = ("Настройки отображения\n\nРазмер шрифта:\nЦвета сайта:\n\nПрезидент России — официальный сайт\n\n"
            "Выступления и стенограммы   /\n\nСовместная пресс-конференция по итогам российско-азербайджанских переговоров\n\n"
            "17 апреля 2009 года, Московская область, Барвиха\n\n"
            "Д.Медведев: Добрый день, уважаемые дамы и господа! Несколько слов мне бы хотелось сказать в начале.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "Совместная пресс-конференция по итогам российско-азербайджанских переговоров"
    assert (doc.date, doc.place) == ("2009-04-17", "Московская область")
    assert not any("Барвиха" in s or "официальный сайт" in s for s in sentences(doc))


def test_a_story_tag_of_one_word_in_lower_case_is_no_title():
    doc = read_text(f"date 2023-08-04 + ↺ − 16 px\nlandslide\n\n{TEXT}", lang="en")
    assert doc.title == "" and "landslide" in doc.dropped


def test_an_agencys_name_with_its_short_name_in_brackets_before_the_lead_goes():
    doc = read_text("Путин и Алиев начали переговоры в Душанбе\n\nCentralAsia (CA) - Президент России Владимир Путин и "
                    "лидер Азербайджана Ильхам Алиев начали переговоры в резиденции Кохи Сомон в Душанбе.\n", lang="ru")
    assert sentences(doc)[1].startswith("Президент России") and "CentralAsia (CA) -" in doc.dropped


def test_a_language_switcher_of_names_a_captcha_and_a_caption_whose_credit_ends_with_a_stop_are_chrome():
    page = ("فارسی | العربية | English\n\nRaisi meets the Minister of Defence of Azerbaijan\n\n"
            "Azerbaijani President Ilham Aliyev will host the Georgian PM in a presidential palace. Photo: government "
            "of Georgia press office.\n\nAgenda.ge, 29 Sep 2021 - 10:48, Tbilisi,Georgia\n\n"
            f"{TEXT}\nSend link to the email\nCaptcha* Verification Code\n")
    doc = read_text(page, lang="en")
    assert doc.title == "Raisi meets the Minister of Defence of Azerbaijan"
    assert "Captcha* Verification Code" in doc.dropped and "Send link to the email" in doc.dropped
    assert not any("Photo:" in s or "palace" in s for s in sentences(doc))


def test_the_sites_contacts_over_the_headline_are_no_title():
    page = ("info@awtohyzmat.gov.tm 68-91-55; 39-03-85 проспект Арчабил, г. Ашхабад, Туркменистан\n\n"
            "Президент Туркменистана поздравил участников XXV конференции\n\n"
            "Президент Туркменистана Сердар Бердымухамедов направил приветствие участникам международной конференции.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "Президент Туркменистана поздравил участников XXV конференции"
    assert not any("@" in s for s in sentences(doc))
