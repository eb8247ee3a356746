"""A page ends with lists of other articles ("Latest News", "Лента новостей"): none of it is text or a unit."""

from lxml import etree

from workbench.pipeline import read_text

EN = """Domestic policy
• 02 March, 2026

Azerbaijan and Russia will take practical steps to address the issues arising from the plane crash.

The sides discussed the investigation of the crash of the Embraer 190 aircraft near Aktau in detail.

Latest News

18:34

Azerbaijan discusses payment solutions with Italian companies

Finance
18:22

Five killed in an attack on a city in the north of the country

Region
18:10
"""

RU = """Внутренняя политика
• 02 марта, 2026

Азербайджан и Россия предпримут практические шаги для решения проблем, связанных с крушением самолета.

Стороны подробно обсудили расследование крушения самолета Embraer 190 близ Актау.

Последние новости

18:35

Азербайджан обсуждает платежные решения с итальянскими компаниями

Финансы
18:23

Пять человек погибли при нападении на город на севере страны

Регион
18:11
"""


def sentences(doc):
    return [s.text for s in doc.segments]


def test_a_news_list_after_the_text_is_dropped_from_its_heading_on():
    doc = read_text(EN, lang="en")
    assert sentences(doc)[-1].startswith("The sides discussed the investigation")
    for chrome in ("Latest News", "Azerbaijan discusses payment solutions with Italian companies", "Finance", "18:10"):
        assert chrome in doc.dropped


def test_a_list_without_a_heading_starts_at_its_first_item_stamped_with_a_time():
    page = EN.replace("Latest News\n\n", "").replace("Finance\n18:22", "Finance18:22")
    doc = read_text(page, lang="en")
    assert sentences(doc)[-1].startswith("The sides discussed the investigation")
    assert "Finance18:22" in doc.dropped


def test_a_see_also_box_inside_a_transcript_leaves_the_text_that_follows():
    page = ("Владимир Путин провёл переговоры с Президентом Азербайджана Ильхамом Алиевым в Кремле.\n\n"
            "В.Путин: Я очень рад Вас видеть. Спасибо, что приняли приглашение приехать в Москву.\n\n"
            "Смотрите также\n\n"
            "Я думаю, что мы можем быть удовлетворены тем уровнем отношений, которого мы достигли вместе.\n")
    doc = read_text(page, lang="ru")
    assert "Смотрите также" in doc.dropped
    assert sentences(doc)[-1].startswith("Я думаю, что мы можем")


def test_a_letter_signed_after_its_text_keeps_its_signature():
    page = ("Dear Mr President,\n\nI sincerely congratulate you on the national holiday of your friendly country.\n\n"
            "Sincerely,\n\nIlham Aliyev\nPresident of the Republic of Azerbaijan\n\nBaku, 18 January 2023\n\n"
            "Related news\n\nAliyev congratulates Australian Governor-General\n")
    doc = read_text(page, lang="en")
    assert [s for s in sentences(doc) if s in ("Sincerely,", "Ilham Aliyev", "Baku, 18 January 2023")] \
        == ["Sincerely,", "Ilham Aliyev", "Baku, 18 January 2023"]
    assert "Aliyev congratulates Australian Governor-General" in doc.dropped


def test_no_unit_comes_from_the_two_pages_lists(run, tmp_path):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(RU, encoding="utf-8")
    result = run("run", "en.txt", "--original", "ru.txt", "--out-dir", "out", "--include-flagged")
    assert result.exit_code == 0, result.output
    (tmx,) = (tmp_path / "out").glob("*.tmx")
    units = [" ".join(seg.text for seg in tu.iter("seg")) for tu in etree.parse(str(tmx)).iter("tu")]
    assert len(units) == 2
    for chrome in ("Latest News", "Последние новости", "Finance", "Финансы", "18:", "payment", "Пять"):
        assert not any(chrome in unit for unit in units)


def test_a_list_whose_items_a_lone_dash_parts_ends_the_text_with_its_label():
    page = ("Polad Bulbul oglu announced end of his career as Ambassador to the Russian Federation\n"
            "79-year-old Polad Bulbul oglu stated that he had completed his career as the Azerbaijani Ambassador.\n"
            "It may be reminded that he has held this post since 2006.\n"
            "Politics\n-\n"
            "Azerbaijani Foreign Minister Jeyhun Bayramov met with his German counterpart today.\n-\n"
            "Journalist Imran Aliyev ended his hunger strike. The head of the website Məclis.info was protesting.\n-\n"
            "On 22 November, a group of activists held a rally at COP29 in Baku.\n"
            "Leave a review\n")
    doc = read_text(page, lang="en")
    # one Azerbaijani word in the list makes neither the body Azerbaijani nor the English headline foreign
    assert doc.title.startswith("Polad Bulbul oglu announced end")
    assert sentences(doc)[-1] == "It may be reminded that he has held this post since 2006."
    assert "Politics" in doc.dropped
    # a dash between a text's paragraphs is a section mark: the text goes on after it
    text = page.split("Politics")[0] + "-\nHe thanked his colleagues for their work.\n"
    assert sentences(read_text(text, lang="en"))[-1] == "He thanked his colleagues for their work."


HEADLINES = ("Müdafiə Nazirliyində Mətbuat xidməti ləğv edilib.\n"
             "Bu barədə müdafiə naziri general-polkovnik Zakir Həsənov əmr imzalayıb və nazirlik bunu təsdiq edib.\n"
             "İdarə rəisi vəzifəsinə isə polkovnik Anar Eyvazov təyin edilib, o, əvvəllər xidmətin rəisi idi.\n"
             "- Bakı və İrəvan arasında sülh sazişi... – Gülər\n"
             "- Duda İrəvanda Azərbaycandan danışdı\n"
             "Sosial | 19:12 / 16.05.2024\n"
             "- Samirə Ermənistana buraxılmadı, Paşinyana mesaj verdi - Foto\n"
             "- Kəşfiyyatçılar Moskvada bir araya gəldi\n")


def test_a_run_of_headlines_that_ends_the_page_is_a_list_of_other_articles():
    doc = read_text(HEADLINES, lang="az")
    assert sentences(doc)[-1].startswith("İdarə rəisi vəzifəsinə")
    assert "- Duda İrəvanda Azərbaycandan danışdı" in doc.dropped
    # two headlines are not yet a list: a page may end on a line the store cut short
    short = "\n".join(HEADLINES.split("\n")[:5]) + "\n"
    assert sentences(read_text(short, lang="az"))[-1] == "- Duda İrəvanda Azərbaycandan danışdı"


def test_a_list_the_text_introduces_and_a_joint_statements_signatures_stay():
    text = ("The sides held talks on the development of bilateral relations in the fields of energy and transport.\n"
            "Following the talks, the following documents were signed:\n"
            "Memorandum of Understanding on cooperation in the field of energy\n"
            "Agreement on international road transport of passengers and goods\n"
            "Programme of cultural cooperation for the years 2025 to 2027\n")
    assert sentences(read_text(text, lang="en"))[-1] == "Programme of cultural cooperation for the years 2025 to 2027"
    signed = ("The Parties shall meet again in Baku in the second half of the year to review the implementation.\n"
              "President of the Republic of Azerbaijan Ilham Aliyev\n"
              "Prime Minister of the Republic of Armenia Nikol Pashinyan\n"
              "President of the Russian Federation Vladimir Putin\n")
    assert sentences(read_text(signed, lang="en"))[-1] == "President of the Russian Federation Vladimir Putin"


def test_bulleted_items_stamped_with_their_dates_are_a_list_whatever_teasers_they_show():
    page = ("He stressed that Azerbaijan will take part in other energy projects of Europe in the coming years.\n"
            "Dear User, please take into consideration that all news are posted to our portal automatically by the "
            "system, and inform us if you consider this article incorrect.\n"
            "Popular news\n"
            "  • Situation on contact line of troops remains tense\n"
            "    18.04.2014 10:59\n"
            "    Baku, Azerbaijan, April 18 Trend: Armenian Armed Forces opened fire at the positions last night.\n"
            "  • Ambassador: Italy is interested in cooperation with Azerbaijan\n"
            "    18.04.2014 00:57\n"
            "    Italy is interested in cooperation with Azerbaijan in the field of communication technologies.\n")
    doc = read_text(page, lang="en")
    assert sentences(doc) == ["He stressed that Azerbaijan will take part in other energy projects of Europe in the "
                              "coming years."]
    # one stamp under a bullet is a page's own date, not yet a list
    single = page.split("  • Ambassador")[0]
    assert sentences(read_text(single, lang="en"))[-1].startswith("Armenian Armed Forces opened fire")


TURAN = ("Azərbaycanda daha bir seçki geridə qaldı, sentyabrın 1-də keçirilən növbədənkənar seçkilər arxada qaldı.\n"
         "Siyasi şərhçi Zərdüşt Əlizadə “Çətin sual” verilişində bu barədə ətraflı danışır.\n"
         "-\n- Politics\n- 16 September 2024 15:42\nDifficult question\n-\n- 13 September 2024, 23:46\n"
         "Ilgar Mamedov, the chairman of the Republican Alternative party, has resigned from his position as leader.\n"
         "-\n- 12 September 2024, 22:14\n"
         "It has been reported that Armenia and Azerbaijan have fully agreed on 13 out of 16 articles of the draft.\n")


def test_items_each_stamped_and_teased_end_the_page_and_leave_its_language_and_date():
    doc = read_text(TURAN)
    assert doc.lang == "az"  # the English teasers of the site's other items do not make the page English
    assert doc.date == "2024-09-16"
    assert sentences(doc)[-1] == "Siyasi şərhçi Zərdüşt Əlizadə “Çətin sual” verilişində bu barədə ətraflı danışır."
    assert "- Politics" in doc.dropped and "Difficult question" in doc.dropped


def test_a_sites_invitations_previous_and_next_links_and_comment_form_are_chrome():
    page = ("Ən son xəbərləri bizim \"Instagram\" səhifəmizdə izləyin\n"
            "Metro stansiyasına general Polad Həşimovun adı veriləcək\n"
            "Sosial şəbəkələrdə metronun stansiyasına general Polad Həşimovun adının veriləcəyi iddia olunur.\n"
            "Bakı Metropoliteni bu barədə hələlik rəsmi açıqlama verməyib, məsələ araşdırılır.\n"
            "Read Previous\nDeputatlar ayın 30-da daha 5 məsələni müzakirə edəcək\nRead Next\n"
            "Sizin e-poçt ünvanınız dərc edilməyəcəkdir. Gərəkli sahələr * ilə işarələnmişdir\n"
            "Bütün məqalələrə baxın\n")
    doc = read_text(page, lang="az")
    assert doc.title == "Metro stansiyasına general Polad Həşimovun adı veriləcək"
    assert sentences(doc)[-1] == "Bakı Metropoliteni bu barədə hələlik rəsmi açıqlama verməyib, məsələ araşdırılır."


def test_bulleted_headlines_above_the_text_are_other_articles_and_dash_turns_are_not():
    page = ("- Azərbaycan nümayəndəsi BMT-də komitə sədrinin müavini seçilib\n"
            "- Sabah bu ərazilər üzrə pensiyalar ödəniləcək - ŞAD XƏBƏR\n"
            "- Tiflis qarışdı: İqtidarla müxalifət əlbəyaxa döyüşə çıxdı\n"
            "“Əvvəllər təqsiri bir-birinin üstünə atırdılar, əslində hamısı əlbir idi”\n\n"
            "Prezident İlham Əliyev Nazirlər Kabinetinin iclasında qanunsuz tikililər barədə danışıb.\n")
    doc = read_text(page, lang="az")
    assert doc.title == "“Əvvəllər təqsiri bir-birinin üstünə atırdılar, əslində hamısı əlbir idi”"
    assert "- Tiflis qarışdı: İqtidarla müxalifət əlbəyaxa döyüşə çıxdı" in doc.dropped
    interview = ("- Bir neçə gün əvvəl AMEA tərəfindən medalla təltif olunmusunuz?\n"
                 "- Bəli, bu mənim üçün böyük şərəfdir və mən çox şadam.\n"
                 "- Bundan sonra hansı planlarınız var, nə üzərində işləyirsiniz?\n"
                 "- Yeni kitab üzərində işləyirəm, gələn il çap olunacaq.\n")
    assert len(read_text(interview, lang="az").segments) == 4


def test_a_counter_run_onto_the_last_sentence_goes_and_a_day_after_its_month_stays():
    page = ("Qarabağ regionunda ali təhsil ənənəsi tarixən mövcud olub və bu barədə çoxlu sənəd var.\n"
            "Universitet işğal dövründə isə fəaliyyətini dayandırıb. 03\n")
    doc = read_text(page, lang="az")
    assert sentences(doc)[-1] == "Universitet işğal dövründə isə fəaliyyətini dayandırıb."
    dated = "BAKU, Azerbaijan, Dec. 26\n\nMilo Đukanović, President of Montenegro, sent a letter to Ilham Aliyev.\n"
    doc = read_text(dated, lang="en")
    assert doc.place == "Baku" and sentences(doc) == ["Milo Đukanović, President of Montenegro, sent a letter to Ilham Aliyev."]


def test_a_footer_line_over_the_sites_contacts_and_a_result_counter_are_chrome():
    page = ("Showing 1 - 20 of 195 results.\n"
            "Lavrov held talks with Bayramov\n\n"
            "Foreign Minister Sergey Lavrov held talks with his Azerbaijani counterpart in Moscow on Monday.\n"
            "Şikayət və təkliflər üçün qaynar xətt:\n"
            "Əlaqə whatsapp: +994 77 530 95 85\n")
    doc = read_text(page, lang="en")
    assert doc.title == "Lavrov held talks with Bayramov"
    assert sentences(doc)[-1].startswith("Foreign Minister Sergey Lavrov")
    video = page.replace("Şikayət və təkliflər üçün qaynar xətt:\nƏlaqə whatsapp: +994 77 530 95 85\n",
                         "We present the full video of the interview:\n")
    assert sentences(read_text(video, lang="en"))[-1] == "We present the full video of the interview:"


def test_a_teaser_cut_with_an_ellipsis_over_its_whole_paragraph_counts_once():
    page = ("Ильхам Алиев: война НАТО и России будет мировым апокалипсисом\n\n"
            "Россия и Азербайджан традиционно являются надежными партнерами на пространстве СНГ. В августе "
            "президент России посетил Баку с государственным...\n\n"
            "Россия и Азербайджан традиционно являются надежными партнерами на пространстве СНГ. В августе "
            "президент России посетил Баку с государственным визитом.\n")
    doc = read_text(page, lang="ru")
    assert sentences(doc)[1:] == ["Россия и Азербайджан традиционно являются надежными партнерами на пространстве СНГ.",
                                  "В августе президент России посетил Баку с государственным визитом."]
    # a sentence that trails off on purpose, with no copy below, stays
    alone = page.rsplit("\n\n", 1)[0] + "\n"
    assert sentences(read_text(alone, lang="ru"))[-1].endswith("с государственным...")


def test_a_run_of_dashed_headlines_after_the_text_is_a_list_even_when_one_asks_or_opens_with_an_office():
    page = ("Ərdoğan və Pezeşkian farsca danışıblar\n\n"
            "BUTA.TV xəbər verir ki, bu barədə şərhçi Azər Məhdəvan özünün X hesabında yazıb.\n"
            "O, prezidentlərin tərcüməçi vasitəsilə danışdıqlarını bildirib.\n"
            "- Konqresin saytında Azərbaycanla bağlı qanun layihəsi yerləşdirildi\n"
            "- Putin sülh sənədini qəbul edəcək: bəs, sülhü?\n"
            "- Ukrayna Rusiyanın Krımdakı hərbi bazasını vurdu\n"
            "- Nazir Rus Evi ilə bağlı iddialara son qoydu\n")
    doc = read_text(page, lang="az")
    assert doc.segments[-1].text == "O, prezidentlərin tərcüməçi vasitəsilə danışdıqlarını bildirib."
    assert "- Nazir Rus Evi ilə bağlı iddialara son qoydu" in doc.dropped
