"""Interviews whose turns open with a dash and name no one: the heading or lead names who answers."""

import pytest

from workbench.ingest.headings import interview_heading
from workbench.model import PARAGRAPH, SPEECH
from workbench.pipeline import read_text


@pytest.mark.parametrize("heading,lang,key", [
    ("Интервью Президента Ильхама Алиева Михаилу Гусману для агентства ИТАР-ТАСС", "ru", "IlhamAliyev"),
    ("Интервью Сергея Лаврова «Российской газете»", "ru", "SergeyLavrov"),
    ("Сергей Лавров выступил в Баку перед прессой и ответил на вопросы журналистов", "ru", "SergeyLavrov"),
    ("Ilham Aliyev responded to questions from Sputnik International News Agency", "en", "IlhamAliyev"),
    ("Ilham Aliyev interviewed by First Deputy Director General of TASS Mikhail Gusman", "en", "IlhamAliyev"),
    ("TASS Deputy Director-General Mikhail Gusman asked current head of state Ilham Aliyev about the economy.", "en",
     "IlhamAliyev"),
    ("President Ilham Aliyev has been interviewed by the general director of RIA", "en", "IlhamAliyev"),
    ("Interview of President Ilham Aliyev to Euronews TV channel", "en", "IlhamAliyev"),
    ("Vladimir Putin’s interview to Rossiya TV channel", "en", "VladimirPutin"),
    ("Ilham Aliyev`s interview with Russian “Natsionalnaya oborona” magazine", "en", "IlhamAliyev"),  # a backtick
    ("Prezident İlham Əliyevin Euronews telekanalına müsahibəsi", "az", "IlhamAliyev"),
    # the outlet the interview is given to is no person, whether quoted or named before "telekanalına"
    ("İlham Əliyev “Mir” Dövlətlərarası Teleradio Şirkətinə müsahibə vermişdir", "az", "IlhamAliyev"),
    ("Prezident İlham Əliyev Euronews telekanalına müsahibə verib", "az", "IlhamAliyev"),
    ('Rusiyanın "Vesti" İnformasiya-Televiziya proqramına Azərbaycan Prezidenti Heydər Əliyevin müsahibəsi', "az",
     "HeydarAliyev"),
    ("Заместитель министра иностранных дел России Сергей Рябков рассказал в интервью \"Интерфаксу\" о том, "
     "почему нельзя медлить.", "ru", "SergeyRyabkov"),
    ("Генеральный директор МИА «Россия сегодня» Дмитрий Киселев - в интервью «Москва-Баку» о проблемах.", "ru",
     "DmitryKiselev"),
    ("О добрососедских отношениях в интервью корреспонденту SalamNews Роману Агаеву заявил посол России в "
     "Азербайджане Владимир Дорохин.", "ru", "VladimirDorokhin"),
    ("Foreign Minister Jeyhun Bayramov said in an interview with Euronews that the talks go on.", "en",
     "JeyhunBayramov"),
    ("Интервью Чрезвычайного и Полномочного Посла Азербайджана в Российской Федерации Полада Бюльбюльоглу "
     "московскому корреспонденту АПА", "ru", "PoladByulbyuloglu"),
    ("Своими мыслями в интервью «Москва–Баку» поделился Посол России в Азербайджане Владимир ДОРОХИН.", "ru",
     "VladimirDorokhin"),
])
def test_an_interview_heading_names_who_answers(heading, lang, key):
    person = interview_heading(heading, lang)
    assert person is not None and person.key == key


@pytest.mark.parametrize("heading,lang", [
    ("The minister answered questions from journalists", "en"),
    ("Интервью на полях форума", "ru"),
    ("President Ilham Aliyev received the OSCE delegation", "en"),
])
def test_a_heading_that_names_no_one_who_answers_gives_no_one(heading, lang):
    assert interview_heading(heading, lang) is None


RU = """Интервью Президента Ильхама Алиева Михаилу Гусману

Президент Азербайджанской Республики Ильхам Алиев дал интервью агентству ИТАР-ТАСС.

— Господин Президент, большое спасибо за возможность встретиться с Вами.

Что для Вас власть сегодня?

— В первую очередь, должен сказать, что я воспринимаю власть как ответственность.

Это большая ответственность перед народом.

— Как Вы оцениваете отношения с Россией?

— Они развиваются очень успешно.
"""


def test_dash_turns_of_an_interview_alternate_between_the_asker_and_the_one_who_answers():
    doc = read_text(RU, lang="ru")
    turns = [(b.kind, b.speaker, b.text[:12]) for b in doc.blocks[2:]]
    assert turns == [
        (PARAGRAPH, None, "— Господин П"), (PARAGRAPH, None, "Что для Вас "),
        (SPEECH, "IlhamAliyev", "— В первую о"), (SPEECH, "IlhamAliyev", "Это большая "),
        (PARAGRAPH, None, "— Как Вы оце"), (SPEECH, "IlhamAliyev", "— Они развив"),
    ]
    answers = [b.turn for b in doc.blocks if b.kind == SPEECH]
    assert answers[0] == answers[1] != answers[2]
    assert [p.name for p in doc.people] == ["Ильхам Алиев"]


def test_dash_turns_name_no_one_when_nothing_names_who_answers():
    page = RU.replace("Интервью Президента Ильхама Алиева Михаилу Гусману", "Формула власти") \
        .replace("Президент Азербайджанской Республики Ильхам Алиев дал интервью агентству ИТАР-ТАСС.",
                 "Беседа состоялась в Баку.")
    doc = read_text(page, lang="ru")
    assert not any(b.speaker for b in doc.blocks) and doc.people == []


def test_the_lead_names_who_answers_when_the_title_does_not():
    page = ("A landmark date\n\nPresident of the Republic of Azerbaijan Ilham Aliyev has been interviewed by "
            "Sputnik Azerbaijan.\n\n- Mr. President, how do you see the last 25 years?\n\n"
            "- It is a landmark date indeed.\n")
    doc = read_text(page, lang="en")
    assert [(b.kind, b.speaker) for b in doc.blocks[2:]] == [(PARAGRAPH, None), (SPEECH, "IlhamAliyev")]


def test_a_dash_run_onto_the_first_word_opens_a_turn_too():
    page = ("Prezident İlham Əliyevin Euronews telekanalına müsahibəsi\n\n"
            "–Cənab Prezident, gələcək planlarınız nədir?\n\n"
            "-Bizim planlarımız çox genişdir və onlar ölkəmizin inkişafı ilə bağlıdır.\n")
    doc = read_text(page, lang="az")
    assert [(b.kind, b.speaker) for b in doc.blocks[1:]] == [(PARAGRAPH, None), (SPEECH, "IlhamAliyev")]


def test_dashes_on_a_page_whose_labels_name_the_turns_go_on_those_turns():
    page = ("Ilham Aliyev was interviewed by Il Sole 24 Ore\n\n"
            "Correspondent: Thank you for giving us the opportunity to meet you.\n\n"
            "President Ilham Aliyev: When was the last time?\n\n"
            "-Last time was a year and a half ago. But it was more than ten times.\n")
    doc = read_text(page, lang="en")
    # the dash opens no turn of its own: who says it is for the labels, not for the interview's heading
    assert [b.turn for b in doc.blocks[1:]] == [0, 1, 1]


def test_labels_on_lines_of_one_paragraph_open_a_turn_each():
    page = ("News conference\n\nVladimir Putin: Good afternoon.\nQuestion: Mr President, what did you expect?\n"
            "Vladimir Putin: You know, questions began coming in several days ago.\n")
    doc = read_text(page, lang="en")
    assert [(b.kind, b.speaker, b.text) for b in doc.blocks[1:]] == [
        (SPEECH, "VladimirPutin", "Good afternoon."),
        (PARAGRAPH, None, "Mr President, what did you expect?"),
        (SPEECH, "VladimirPutin", "You know, questions began coming in several days ago.")]


def test_a_report_between_a_speechs_heading_and_its_salutation_is_nobodys_speech():
    page = ("Xalq Cümhuriyyətinin 90 illik yubileyinə həsr olunmuş mərasim\n\n"
            "Azərbaycan Respublikasının Prezidenti İlham Əliyevin nitqi\n\n"
            "Mayın 27-də Gülüstan Sarayında mərasim keçirilmişdir.\nDövlətimizin başçısı mərasimdə nitq söylədi.\n"
            "Hörmətli xanımlar və cənablar!\nMən sizi bu bayram münasibətilə təbrik edirəm.\n")
    doc = read_text(page, lang="az")
    assert [(b.kind, b.speaker) for b in doc.blocks[2:]] == [(PARAGRAPH, None), (SPEECH, "IlhamAliyev")]
    said = read_text(page.replace("Azərbaycan Respublikasının Prezidenti İlham Əliyevin nitqi",
                                  "Prezident İlham Əliyev dedi:"), lang="az")
    assert all(b.speaker == "IlhamAliyev" for b in said.blocks[2:])


def test_a_salutation_after_a_dialogue_dash_opens_the_speech_under_its_heading():
    page = ("Joint press conference\n\nStatement by Turkish Prime Minister Recep Tayyip Erdogan:\n\n"
            "- Dear President Ilham Aliyev!\n\nDear media representatives!\n\nLet me salute you all.\n")
    doc = read_text(page, lang="en")
    assert [(b.kind, b.text) for b in doc.blocks[2:]] == [
        (SPEECH, "- Dear President Ilham Aliyev!"), (SPEECH, "Dear media representatives!"),
        (SPEECH, "Let me salute you all.")]
    assert len({b.speaker for b in doc.blocks[1:]}) == 1


def test_a_paragraph_under_the_lead_may_name_who_answers():
    page = ("Посол России: отношения развиваются\n\nБАКУ, 3 мая. Отношения двух стран развиваются успешно.\n\n"
            "Об этом в интервью корреспонденту SalamNews заявил посол России в Азербайджане Владимир Дорохин.\n\n"
            "– Господин посол, как бы Вы охарактеризовали нынешние отношения?\n\n"
            "– Я три с половиной года являюсь послом России в Азербайджане.\n")
    doc = read_text(page, lang="ru")
    assert [(b.kind, b.speaker) for b in doc.blocks[-2:]] == [(PARAGRAPH, None), (SPEECH, "VladimirDorokhin")]


def test_a_place_as_an_answer_after_a_dash_is_the_answer_not_a_dateline():
    page = ("Heydər Əliyevin sevdikləri\n\nAzərbaycan Respublikasının Prezidenti Heydər Əliyev 1998-ci ildə “21-ci əsr” "
            "jurnalına müsahibə verib.\n\n- Ən çox sevdiyiniz şəhər?\n\n- Bakı.\n\n- Ən çox sevdiyiniz mövsüm?\n\n"
            "- Yaz.\n")
    doc = read_text(page, lang="az")
    assert [(b.text, b.speaker) for b in doc.blocks if b.kind == SPEECH] == [("- Bakı.", "HeydarAliyev"),
                                                                             ("- Yaz.", "HeydarAliyev")]
    assert doc.place == ""


def test_who_asked_in_the_genitive_is_not_who_answers():
    page = ("Prezidentin köməkçisi Hikmət Hacıyev Almaniyanın ZDF nəşrinin təxribat xarakterli suallarını "
            "cavablandırıb.\n\n- İndi Əliyevin məqsədi nədir?\n\n- Prezident belə bir şey deməyib.\n")
    doc = read_text(page, lang="az")
    assert [(b.text, b.speaker) for b in doc.blocks if b.kind == SPEECH] == [
        ("- Prezident belə bir şey deməyib.", "HikmatHajiyev")]


@pytest.mark.parametrize("intro, who", [
    ('Sabiq deputat Maksim Musayev "Yeni Müsavat"a müsahibə verib.', "MaksimMusayev"),
    ("Milli Məclisin deputatı Cavid Osmanov Modern.az saytına müsahibə verib.", "JavidOsmanov"),
    ("Tarixçi alim, professor Robert Hoyland AZƏRTAC-a müsahibəsində deyib.", "RobertHoyland"),
    ("Bu gün professor Vaqif Quliyevlə müsahibəni təqdim edirik:", "VagifGuliyev"),
    ("Biz dosent Faiq Ələkbərovla (Qəzənfəroblu) həmsöhbət olduq.", "FaigAlakbarov"),
    ("7times.az Siyavuş Novruzovun müsahibəsini təqdim edir:", "SiyavushNovruzov"),
])
def test_an_azerbaijani_interview_names_who_answers_before_the_outlet_and_the_verb(intro, who):
    page = (f"Müsahibə\n\n{intro}\n\n- Sizcə, danışıqlar nə vaxt bitəcək?\n\n"
            "- Mən düşünürəm ki, danışıqlar bu il bitəcək.\n")
    doc = read_text(page, lang="az")
    assert [(b.speaker, b.text[:6]) for b in doc.blocks if b.kind == SPEECH] == [(who, "- Mən ")]


def test_a_dash_turn_that_calls_the_interviewee_by_name_is_the_interviewers():
    page = ("Müsahibə\n\nMilli Məclisin deputatı Cavid Osmanov Modern.az saytına müsahibə verib.\n\n"
            "- Cavid müəllim, deyəsən tədbirdən gəlirsiniz, bir az yorğun görünürsünüz.\n\n"
            "- Heç bir yorğunluğum yoxdur.\n")
    doc = read_text(page, lang="az")
    assert [(b.kind, b.speaker) for b in doc.blocks[-2:]] == [(PARAGRAPH, None), (SPEECH, "JavidOsmanov")]


def test_residents_labelled_by_role_speak_their_own_turns():
    page = ("Prezident kəndə gəlib\n\nİlham Əliyev: Salam, necəsiniz?\n\nKişi sakin: Çox əla, hər şey əladır.\n\n"
            "Qadın sakin: Xoş gəlmisiniz.\n\nİlham Əliyev: Sağ olun.\n")
    doc = read_text(page, lang="az")
    assert [(b.speaker, b.text) for b in doc.blocks[1:]] == [
        ("IlhamAliyev", "Salam, necəsiniz?"), ("ManResident", "Çox əla, hər şey əladır."),
        ("WomanResident", "Xoş gəlmisiniz."), ("IlhamAliyev", "Sağ olun.")]


def test_a_journalist_labelled_with_the_outlet_after_from_opens_a_turn():
    page = ("Interview\n\nMirshahin Aghayev from REAL Television: Good morning, Mr. President.\n\n"
            "President Ilham Aliyev: Thank you.\n\nMirshahin Aghayev: Next question.\n")
    doc = read_text(page, lang="en")
    assert [(b.speaker, b.text) for b in doc.blocks[1:]] == [
        ("MirshahinAghayev", "Good morning, Mr. President."), ("IlhamAliyev", "Thank you."),
        ("MirshahinAghayev", "Next question.")]
    assert doc.person("MirshahinAghayev").role == "REAL Television"


def test_a_q_label_ends_the_speakers_turn_like_question():
    page = ("Press conference\n\nVladimir Putin: Good afternoon.\n\nQ: Mr President, what did you expect?\n\n"
            "It was a long day.\n")
    doc = read_text(page, lang="en")
    assert [(b.kind, b.speaker) for b in doc.blocks[1:]] == [(SPEECH, "VladimirPutin"), (PARAGRAPH, None),
                                                            (PARAGRAPH, None)]


def test_a_journalist_named_before_the_outlet_is_the_person_and_the_outlet_the_role():
    doc = read_text("Interview\n\nTofig Abbasov, Azerbaijan Television: Dear Mr. President, thank you.\n\n"
                    "President Ilham Aliyev: Thank you.\n", lang="en")
    assert [b.speaker for b in doc.blocks[1:]] == ["TofigAbbasov", "IlhamAliyev"]
    assert doc.person("TofigAbbasov").role == "Azerbaijan Television"


@pytest.mark.parametrize("intro, lang, who", [
    ("Caliber.Az presents a blitz interview with Paul Goble, an American analyst.", "en", "PaulGoble"),
    ("В эксклюзивном интервью «НГ» Эльмар Мамедъяров рассказывает о переговорах.", "ru", "ElmarMammadyarov"),
])
def test_a_lead_that_presents_an_interview_names_who_answers(intro, lang, who):
    question, answer = {"en": ("- What do you expect from the talks?", "- We expect progress."),
                        "ru": ("- Чего вы ждете от переговоров?", "- Мы ждем прогресса.")}[lang]
    doc = read_text(f"Interview\n\n{intro}\n\n{question}\n\n{answer}\n", lang=lang)
    assert [(b.kind, b.speaker) for b in doc.blocks[-2:]] == [(PARAGRAPH, None), (SPEECH, who)]


def test_a_speaker_labelled_by_initials_alone_is_the_one_met_whose_initials_they_are():
    page = ("Müsahibə\n\nTuttı Larsen: Sizin təşkilat nə edir?\n\nLeyla Əliyeva: Bu təşkilata çox şey daxildir.\n\n"
            "T.L.: Yox, təəssüf ki, bilmirdim.\n\nL.Ə.: Olduqca çox şeylə.\n")
    doc = read_text(page, lang="az")
    assert [b.speaker for b in doc.blocks[1:]] == ["TuttiLarsen", "LeylaAliyeva", "TuttiLarsen", "LeylaAliyeva"]


def test_dash_questions_answered_without_a_dash_credit_the_answers_not_the_questions():
    page = ("Interview\n\nCaliber.Az presents a blitz interview with Paul Goble, an American analyst.\n\n"
            "- In your view, what is the fundamental difference?\n\nThe fundamental difference is this.\n\n"
            "It goes on.\n\n- Why is Armenia trying so hard?\n\nYerevan has always seen France as a friend.\n")
    doc = read_text(page, lang="en")
    assert [(b.speaker, b.text[:8]) for b in doc.blocks[2:]] == [
        (None, "- In you"), ("PaulGoble", "The fund"), ("PaulGoble", "It goes "), (None, "- Why is"),
        ("PaulGoble", "Yerevan ")]


def test_an_interview_opens_with_the_askers_turn_even_without_a_question_mark():
    page = ("Müsahibə\n\nTarixçi alim, professor Robert Hoyland AZƏRTAC-a müsahibəsində deyib.\n\n"
            "- Bir neçə gün əvvəl Qızıl medalla təltif olundunuz.\n\n- Bu, bizim əməyimizə verilən qiymətdir.\n")
    doc = read_text(page, lang="az")
    assert [(b.kind, b.speaker) for b in doc.blocks[-2:]] == [(PARAGRAPH, None), (SPEECH, "RobertHoyland")]


def test_an_intro_that_presents_the_interview_names_who_answers_its_dash_turns():
    # 1news.az reprints a Komsomolskaya Pravda interview under its own headline
    page = ("Глава МИД АР: «Очень многое изменится»\n"
            "В дни 20-летия независимости Азербайджана корреспондент газеты «Комсомольская правда» встретился с "
            "министром иностранных дел Азербайджана.\n"
            "Представляем вниманию читателей интервью министра иностранных дел Азербайджана Эльмара Мамедъярова, "
            "опубликованное в газете «Комсомольская правда».\n"
            "- Уважаемый министр, спасибо, что нашли время для интервью.\n"
            "- И вам спасибо за хорошую газету. Здесь ее читают с интересом.\n"
            "- Как вы оцениваете визит президента Австрии?\n"
            "- Визит был плановый.\n")
    doc = read_text(page, lang="ru")
    turns = [(b.speaker, b.text[:12]) for b in doc.blocks if b.text.startswith("-")]
    assert [speaker for speaker, _ in turns] == [None, "ElmarMammadyarov", None, "ElmarMammadyarov"]


def test_an_interview_copied_without_its_headline_has_no_title_and_keeps_its_first_question():
    page = ("- Первый вопрос традиционный: ваша оценка отношений сегодня между нашими странами.\n"
            "- Традиционно между Азербайджаном и Россией всегда были хорошие взаимоотношения. Оно и понятно.\n")
    doc = read_text(page, lang="ru")
    assert doc.title == "" and doc.segments[0].text.startswith("- Первый вопрос")


def test_a_sites_settings_widget_after_the_last_answer_is_no_text():
    page = ("Foreign Minister Sergey Lavrov's answers to media questions, Sochi, May 15, 2019\n\n"
            "Question: Is anyone ready to make concessions?\n\n"
            "Sergey Lavrov: These are different concepts. One must always be polite.\n\n\nAdvanced settings\n")
    doc = read_text(page, lang="en")
    assert "Advanced settings" in doc.dropped and doc.segments[-1].text == "One must always be polite."


def test_an_answer_label_gives_the_turn_to_the_one_the_title_names_as_interviewed():
    page = ('Azərbaycan Respublikasının Prezidenti Heydər Əliyevin "Literaturnaya qazeta"nın xüsusi müxbirləri ilə '
            "müsahibəsi - 12 avqust 2000-ci il\n\n"
            "Sual: Cənab prezident, münasibətlərin yaxşılaşmasına gətirib çıxara biləcək obyektiv şərait varmı?\n\n"
            "Cavab: Əvvəla, deməliyəm ki, münasibətlərin pis olduğunu iddia etmək düzgün deyildir.\n\n"
            "Bununla belə, cəmiyyətimizə ağır təsir bağışlamış hadisələr baş verib.\n\n"
            "Sual: Bəs iqtisadi əlaqələr?\n")
    doc = read_text(page, lang="az")
    assert [(b.speaker, b.label) for b in doc.blocks[1:]] == [
        (None, "Sual:"), ("HeydarAliyev", "Cavab:"), ("HeydarAliyev", ""), (None, "Sual:")]
    assert doc.blocks[2].text.startswith("Əvvəla") and doc.blocks[4].text.startswith("Bəs")


def test_a_dash_turn_after_an_answer_asks_though_it_says_what_it_asks():
    page = ("Səfir M.N.Boçarnikov: Azərbaycan-Rusiya münasibətləri yüksək səviyyədədir\n\n"
            "Rusiyanın Azərbaycandakı səfiri Mixail Boçarnikov Respublika qəzetinə müsahibə verib.\n\n"
            "–Rusiya-Azərbaycan münasibətləri hansı səviyyədədir?\n\n"
            "–Ölkələrimiz arasında siyasi əlaqələr çox yüksək səviyyədədir.\n\n"
            "–Bir çox nüfuzlu ekspertlərin fikrincə, prezidentlərin şəxsi münasibətləri xüsusi rol oynayır.\n\n"
            "–Şübhəsiz ki, prezidentlərin şəxsi münasibətləri böyük rol oynayır.\n")
    doc = read_text(page, lang="az")
    turns = [b.speaker for b in doc.blocks if b.text.startswith("–")]
    assert turns == [None, "MikhailBocharnikov", None, "MikhailBocharnikov"]


def test_an_answer_label_with_no_one_named_as_interviewed_is_set_apart_and_names_no_one():
    page = ("Q&A with Foreign Minister Vashadze\n\n"
            "Q: Leaving aside the internal reforms, is Russia the main obstacle to Georgia's integration into NATO?\n\n"
            "A.: The NATO Chicago Summit was yet another step towards membership.\n")
    doc = read_text(page, lang="en")
    assert doc.people == []
    assert [(b.label, b.speaker, b.text[:12]) for b in doc.blocks[1:]] == [
        ("Q:", None, "Leaving asid"), ("A.:", None, "The NATO Chi")]
