"""Person keys and transliteration: one key per person whatever the script or spelling."""

import pytest

from workbench.ingest.names import person_key, same_person
from workbench.translit import transliterate
from workbench.ingest.speakers import parse_intro, split_label


@pytest.mark.parametrize("name,lang,key", [
    ("Ильхам Алиев", "ru", "IlhamAliyev"),
    ("İlham Əliyev", "az", "IlhamAliyev"),
    ("Ilham Aliyev", "en", "IlhamAliyev"),
    ("ИЛЬХАМ АЛИЕВ", "ru", "IlhamAliyev"),
    ("Сергей Лавров", "ru", "SergeyLavrov"),
    ("Sergey Lavrov", "en", "SergeyLavrov"),
    ("Sergei Lavrov", "en", "SergeyLavrov"),
    ("Sergey Lavrov", "az", "SergeyLavrov"),
    ("Владимир Путин", "ru", "VladimirPutin"),
    ("Владимир Владимирович Путин", "ru", "VladimirPutin"),
    ("В.Путин", "ru", "VladimirPutin"),
    ("В.В.Путин", "ru", "VladimirPutin"),
    ("Джейхун Байрамов", "ru", "JeyhunBayramov"),
    ("Ceyhun Bayramov", "az", "JeyhunBayramov"),
    ("Jeyhun Bayramov", "en", "JeyhunBayramov"),
    ("Гейдар Алиев", "ru", "HeydarAliyev"),
    ("Heydər Əlirza oğlu Əliyev", "az", "HeydarAliyev"),
    ("Heydar Alirza oglu Aliyev", "en", "HeydarAliyev"),
    ("Mixail Mişustin", "az", "MikhailMishustin"),
    ("Михаил Мишустин", "ru", "MikhailMishustin"),
    ("Евгений Примаков", "ru", "YevgenyPrimakov"),  # rule-based: Е at a word start is Ye
    ("Дмитрий Песков", "ru", "DmitryPeskov"),
    ("Иван Кузнецов", "ru", "IvanKuznetsov"),  # not in any list: the letter table alone
    ("J. Smith", "en", "JSmith"),  # unknown initials stay
])
def test_person_key(name, lang, key):
    assert person_key(name, lang) == key


def test_person_key_without_letters():
    assert person_key("— 12 —", "en") == ""


def test_transliterate_is_a_per_letter_table():
    assert transliterate("Президент Путин", "ru") == "Prezident Putin"
    assert transliterate("Щука, ёж и Хабаровск", "ru") == "Shchuka, yozh i Khabarovsk"
    assert transliterate("Əliyev Şuşa Gəncə", "az") == "Aliyev Shusha Ganja"
    assert transliterate("Xocalı qlobal", "az") == "Khojali global"
    # English keeps its own x, c, q; punctuation and digits pass through.
    assert transliterate("Xerox cq 2023!", "en") == "Xerox cq 2023!"
    assert transliterate("İLHAM", "az") == "ILHAM"


@pytest.mark.parametrize("text,lang,key,role", [
    ("Speaking at the meeting, President Ilham Aliyev said:", "en", "IlhamAliyev", "President"),
    ("Russian Foreign Minister Sergey Lavrov said:", "en", "SergeyLavrov", "Russian Foreign Minister"),
    ("President of the Republic of Azerbaijan Ilham Aliyev said:", "en", "IlhamAliyev",
     "President of the Republic of Azerbaijan"),
    ("Then President Vladimir Putin made a speech:", "en", "VladimirPutin", "President"),
    ("President Putin said:", "en", "Putin", "President"),
    ("Выступая на встрече, Президент Ильхам Алиев сказал:", "ru", "IlhamAliyev", "Президент"),
    ("Сергей Лавров:", "ru", "SergeyLavrov", ""),
    ("Министр иностранных дел России Сергей Лавров сказал:", "ru", "SergeyLavrov", "Министр иностранных дел России"),
    ("Prezident İlham Əliyev dedi:", "az", "IlhamAliyev", "Prezident"),
    ("Görüşdə çıxış edən Prezident İlham Əliyev dedi:", "az", "IlhamAliyev", "Prezident"),
    ("Rusiyanın xarici işlər naziri Sergey Lavrov dedi:", "az", "SergeyLavrov", "Rusiyanın xarici işlər naziri"),
])
def test_intros(text, lang, key, role):
    person = parse_intro(text, lang)
    assert person is not None and (person.key, person.role) == (key, role)


@pytest.mark.parametrize("text", [
    "The following documents were signed:",
    "Discussing relations with Russia, they noted:",
    "Note:",
    "He said:",
    "Lavrov said:",  # one word is a name only after a title
    "President Ilham Aliyev and President Vladimir Putin made press statements:",
    "Speaking at the meeting, President Ilham Aliyev said that relations are developing.",
])
def test_not_intros(text):
    assert parse_intro(text, "en") is None


def test_label_reconstructs_the_paragraph():
    text = "В.Путин: Господин Президент! Уважаемые коллеги!"
    label = split_label(text, "ru")
    assert (label.label, label.rest, label.person.key) == ("В.Путин:", "Господин Президент! Уважаемые коллеги!",
                                                             "VladimirPutin")
    assert label.label + " " + label.rest == text


def test_label_needs_a_name_not_a_single_word():
    assert split_label("Lavrov: yes", "en") is None
    assert split_label("Moscow: talks continued", "en") is None
    assert split_label("President Ilham Aliyev:  double space", "en") is None


def test_titled_labels_in_any_case_and_interpreter_remarks_name_the_same_people_across_languages():
    from workbench.pipeline import read_text

    en = read_text("Talks in the Kremlin\n\nVladimir Putin held talks with Ilham Aliyev.\n\n"
                   "President of Russia Vladimir Putin: Mr President, good afternoon.\n\n"
                   "PRESIDENT OF AZERBAIJAN ILHAM ALIYEV: Thank you for the invitation.\n\n"
                   "Nguyen Thi Kim Ngan (via interpreter): I am glad to be here.", lang="en")
    ru = read_text("Переговоры в Кремле\n\nВладимир Путин провёл переговоры с Ильхамом Алиевым.\n\n"
                   "В.Путин: Господин Президент, добрый день.\n\n"
                   "Президент Азербайджана Ильхам Алиев: Спасибо за приглашение.\n\n"
                   "Нгуен Тхи Ким Нган (как переведено): Рада быть здесь.", lang="ru")
    speakers = [[b.speaker for b in d.blocks if b.label] for d in (en, ru)]
    assert speakers[0] == speakers[1] == ["VladimirPutin", "IlhamAliyev", "KimNgan"]


@pytest.mark.parametrize("a,la,b,lb,same", [
    ("Nicholas Sarkozy", "en", "Н.Саркози", "ru", True),  # a name the names table does not know
    ("Sergey Lavrov", "en", "С.Лавров", "ru", True),
    ("Ilham Aliyev", "en", "Гейдар Алиев", "ru", False),  # one surname, two forenames
    ("Ilham Aliyev", "en", "Эльмар Мамедъяров", "ru", False),
    ("Hikmet Hajiyev", "en", "Гусейн Гасанов", "ru", False),
])
def test_same_person_across_spellings(a, la, b, lb, same):
    assert same_person(person_key(a, la), person_key(b, lb)) is same


NEWS = """Путин принял Алиева

Коллегу в Кремле принял Владимир Путин. В переговорах участвовал президент Азербайджана Ильхам Алиев.

Путин: Отношения развиваются очень успешно.

Алиев: Большой импульс нашим отношениям придают регулярные контакты.

Итог: стороны договорились встретиться снова.
"""


def test_a_news_page_labels_turns_with_the_surnames_it_wrote_out_before():
    from workbench.pipeline import read_text

    doc = read_text(NEWS, lang="ru")
    assert [(b.label, b.speaker) for b in doc.blocks if b.label] == [("Путин:", "Putin"), ("Алиев:", "Aliyev")]
    assert not any(b.label == "Итог:" for b in doc.blocks)
    assert same_person("Putin", "VladimirPutin") and not same_person("Putin", "IlhamAliyev")


def test_a_surname_never_written_out_before_labels_nothing():
    from workbench.pipeline import read_text

    doc = read_text(NEWS.replace("Владимир Путин", "глава государства"), lang="ru")
    assert [b.label for b in doc.blocks if b.label] == ["Алиев:"]


def test_a_label_on_a_line_of_its_own_labels_the_turn_below_it_and_is_no_sentence():
    from workbench.pipeline import read_text

    ru = read_text("Начало встречи с Ильхамом Алиевым\n\nВ.Путин:\n\nУважаемый Ильхам Гейдарович! Рад Вас видеть.\n\n"
                   "Мы регулярно встречаемся.\n\nИ.Алиев:\nСпасибо, Владимир Владимирович.", lang="ru")
    en = read_text("Meeting with Ilham Aliyev\nPRESIDENT OF RUSSIA VLADIMIR PUTIN:\nMr Aliyev, I am glad to see you.\n"
                   "We meet regularly.\nPresident of Azerbaijan Ilham Aliyev:\nThank you, Mr Putin.", lang="en")
    for doc in (ru, en):
        assert [(b.kind, b.speaker) for b in doc.blocks[1:]] == [
            ("speech", "VladimirPutin"), ("speech", "VladimirPutin"), ("speech", "IlhamAliyev")]
        assert not any(s.text.rstrip().endswith(":") for b in doc.blocks for s in b.segments)
    assert [b.label for b in ru.blocks if b.label] == ["В.Путин:", "И.Алиев:"]
    # a label followed by another label is no turn of its own: the second one opens it
    two = read_text("Title\n\nВ.Путин:\n\nИ.Алиев: Спасибо.", lang="ru")
    assert [b.label for b in two.blocks if b.label] == ["И.Алиев:"]


@pytest.mark.parametrize("lead, lang, named", [
    ("Azərbaycan Prezidenti İlham Əliyev Gürcüstanın Prezidenti Salome Zurabişviliyə təbrik məktubu göndərib.", "az",
     [("İlham Əliyev", "Azərbaycan Prezidenti"), ("Salome Zurabişviliyə", "Gürcüstanın Prezidenti")]),
    ("Президент Азербайджана Ильхам Алиев провел телефонный разговор с Президентом России Владимиром Путиным.", "ru",
     [("Ильхам Алиев", "Президент Азербайджана"), ("Владимиром Путиным", "Президентом России")]),
    ("President Heydar Aliyev spoke at the session of the General Assembly of the United Nations.", "en",
     [("Heydar Aliyev", "President")]),
    # an institution in capitals, its dotted and dotless i folded as the word list writes them
    ("Prezidenti Avropa İTTİFAQI ilə Azərbaycan Prezidenti İlham Əliyev görüşüb.", "az",
     [("İlham Əliyev", "Azərbaycan Prezidenti")]),
    # a counterpart is named as a participant too
    ("Foreign Minister of Azerbaijan Jeyhun Bayramov met with his Georgian counterpart Maka Botchorishvili.", "en",
     [("Jeyhun Bayramov", "Foreign Minister of Azerbaijan"), ("Maka Botchorishvili", "counterpart")]),
])
def test_a_lead_names_each_participant_with_the_role_written_beside_and_no_institution(lead, lang, named):
    from workbench.ingest.speakers import people_named

    assert [(p.name, p.role) for p in people_named(lead, lang)] == named


def test_a_name_in_another_case_or_spelling_is_the_same_participant_and_another_name_is_not():
    from workbench.ingest.names import inflected_of

    assert inflected_of(person_key("Владимиром Путиным", "ru"), person_key("Vladimir Putin", "en"))
    assert inflected_of(person_key("Salome Zurabişviliyə", "az"), person_key("Salome Zourabichvili", "en"))
    assert inflected_of(person_key("Мехрибан Алиевой", "ru"), person_key("Mehriban Aliyeva", "en"))
    assert not inflected_of(person_key("Гейдаром Алиевым", "ru"), person_key("Ilham Aliyev", "en"))
    assert not inflected_of(person_key("Ильхам Алиев", "ru"), person_key("Mehriban Aliyeva", "en"))


def test_a_title_and_a_surname_label_a_turn_in_either_case_but_a_title_alone_does_not():
    from workbench.pipeline import read_text

    en = read_text("Meeting with John Kerry\n\nVladimir Putin met US Secretary of State John Kerry.\n\n"
                   "PRESIDENT PUTIN: Mr Secretary, colleagues, good afternoon.\n\nSECRETARY KERRY: Thank you, Mr President."
                   "\n\nPresident: Let us begin.", lang="en")
    ru = read_text("Встреча с Джоном Керри\n\nВладимир Путин принял Государственного секретаря США Джона Керри.\n\n"
                   "ПРЕЗИДЕНТ ПУТИН: Уважаемый господин госсекретарь! Уважаемые коллеги!\n\n"
                   "Госсекретарь Керри: Спасибо, господин президент.", lang="ru")
    en_turns = [(b.label, b.speaker) for b in en.blocks if b.speaker]
    assert en_turns == [("PRESIDENT PUTIN:", "Putin"), ("SECRETARY KERRY:", "Kerry"), ("", "Kerry")]
    ru_turns = [(b.label, b.speaker) for b in ru.blocks if b.label]
    assert [label for label, _ in ru_turns] == ["ПРЕЗИДЕНТ ПУТИН:", "Госсекретарь Керри:"]
    assert all(same_person(a, b) for (_, a), (_, b) in zip(en_turns, ru_turns))


def test_a_page_copied_from_its_first_turn_with_the_label_on_its_own_line_has_no_title():
    from workbench.pipeline import read_text

    doc = read_text("Select font Arial Times New Roman\nCharacter spacing (Kerning): Standard Medium Large\n"
                    "Transcripts /\nPresident Vladimir Putin:\nDear Ilham Geidarovich!\nAllow me once more to wish "
                    "you a warm welcome to Moscow.\nIlham Aliev: Thank you, Vladimir Vladimirovich.", lang="en")
    assert doc.title == ""
    assert [(b.label, b.speaker) for b in doc.blocks if b.label] == [("President Vladimir Putin:", "VladimirPutin"),
                                                                    ("Ilham Aliev:", "IlhamAliyev")]
    assert doc.blocks[0].text == "Dear Ilham Geidarovich!"
    assert {"Select font Arial Times New Roman", "Character spacing (Kerning): Standard Medium Large"} <= set(doc.dropped)


def test_an_introduction_run_onto_the_speech_opens_a_turn_and_a_news_quote_does_not():
    from workbench.pipeline import read_text

    doc = read_text("Meeting at TASS\n\nPresident Ilham Aliyev met the heads of Russian media.\n\n"
                    "TASS Director General Sergei Mikhailov said welcoming the meeting participants: Hello, colleagues. "
                    "We are glad to see everyone.\n\nWe hope for a good talk.\n\nPresident Ilham Aliyev: Thank you.",
                    lang="en")
    turns = [(b.kind, b.speaker) for b in doc.blocks[2:]]
    assert turns == [("speech", "SergeyMikhailov"), ("speech", "SergeyMikhailov"), ("speech", "IlhamAliyev")]
    assert doc.segments[2].text.startswith("TASS Director General")  # the sentence runs over the colon, whole
    news = read_text("Mehriban Aliyeva posted on Instagram\n\nIn her post, Mehriban Aliyeva said: \"Today marks the "
                     "97th birth anniversary of Heydar Aliyev.\"\n\nThe post drew many comments.", lang="en")
    assert not any(b.speaker for b in news.blocks)


def test_a_role_alone_labels_a_turn_with_one_key_in_every_language():
    from workbench.pipeline import read_text

    en = read_text("Interview\n\nThe CNN Turk TV channel has interviewed Ilham Aliyev.\n\nCorrespondent: Dear viewers, "
                   "greetings from CNN Turk.\n\nPresident Ilham Aliyev: Thank you.", lang="en")
    ru = read_text("Интервью\n\nПрезидент дал интервью телеканалу.\n\nКорреспондент:\n— Уважаемые зрители, приветствуем "
                   "от имени CNN Türk.\n\nИльхам Алиев: Спасибо.", lang="ru")
    az = read_text("Müsahibə\n\nPrezident müsahibə verib.\n\nMüxbir: Hörmətli tamaşaçılar, salam.\n\nİlham Əliyev: Sağ olun.",
                   lang="az")
    for doc in (en, ru, az):
        assert [b.speaker for b in doc.blocks if b.label] == ["Correspondent", "IlhamAliyev"]
    assert ru.blocks[2].text.startswith("— Уважаемые зрители") and ru.blocks[2].label == "Корреспондент:"
    assert read_text("Title\n\nQuestion: What next?\n\nAnswer here.", lang="en").blocks[1].speaker is None
    # a press conference's reporter asks as a journalist does (mofa.go.jp: "Reporter:" / "Minister Motegi:")
    conference = read_text("Press conference\n\nReporter: For about how long did the talk last?\n\n"
                           "Minister Motegi: I believe it was around 20 minutes.", lang="en")
    assert [b.speaker for b in conference.blocks if b.label] == ["Journalist", "Motegi"]


@pytest.mark.parametrize("heading, lang, speech", [
    ("Speech by President Ilham Aliyev", "en", "- Dear citizens of Nakhchivan, dear guests!"),
    ("The Speech of the President Ilham Aliyev", "en", "- Dear citizens of Nakhchivan, dear guests!"),
    ("Prezident İlham Əliyevin nitqi", "az", "- Əziz naxçıvanlılar, hörmətli qonaqlar!"),
    ("Azərbaycan Prezidenti İlham Əliyevin nitqi:", "az", "- Əziz naxçıvanlılar, hörmətli qonaqlar!"),
    ("Выступление Президента Ильхама Алиева", "ru", "– Дорогие нахчыванцы, уважаемые гости!"),
])
def test_a_heading_that_names_the_speaker_opens_the_speech_below_it(heading, lang, speech):
    from workbench.pipeline import read_text

    lead = {"en": "President Ilham Aliyev attended the ceremony in Nakhchivan.",
            "az": "Prezident İlham Əliyev Naxçıvanda mərasimdə iştirak edib.",
            "ru": "Президент Ильхам Алиев принял участие в церемонии в Нахчыване."}[lang]
    title, last = {"en": ("Ceremony in Nakhchivan", "Today is a great day in the life of our country and of Nakhchivan."),
                   "az": ("Naxçıvanda mərasim", "Bu gün ölkəmizin və Naxçıvanın həyatında çox əlamətdar bir gündür."),
                   "ru": ("Церемония в Нахчыване", "Сегодня очень знаменательный день в жизни нашей страны и Нахчывана.")
                   }[lang]
    doc = read_text(f"{title}\n\n{lead}\n\n{heading}\n\n{speech}\n\n{last}", lang=lang)
    assert [(b.kind, b.speaker) for b in doc.blocks[2:]] == [("intro", "IlhamAliyev"), ("speech", "IlhamAliyev"),
                                                            ("speech", "IlhamAliyev")]


def test_a_title_that_names_the_speaker_makes_the_page_that_speech():
    from workbench.pipeline import read_text

    doc = read_text("Naxçıvan Muxtar Respublikasının 90 illik yubileyinə həsr olunmuş mərasimdə İlham Əliyevin nitqi\n\n"
                    "08 aprel 2014, 13:20\n\n- Əziz naxçıvanlılar.\n\nBu gün ölkəmizin həyatında əlamətdar gündür.",
                    lang="az")
    assert [(b.kind, b.speaker) for b in doc.blocks] == [("title", None), ("meta", None), ("speech", "IlhamAliyev"),
                                                        ("speech", "IlhamAliyev")]
    assert doc.people[0].role == ""  # the clause before the name is no role


def test_an_institutions_words_before_a_colon_are_no_speaker():
    from workbench.pipeline import read_text

    doc = read_text("Başlıq\n\nPrezident İlham Əliyev nümayəndə heyətini qəbul edib.\n\n"
                    "ABŞ Ticarət Palatası: 'Azərbaycan iqtisadiyyatı Amerika şirkətləri üçün cəlbedicidir.'", lang="az")
    assert not any(b.speaker for b in doc.blocks) and doc.people == []


def test_a_speech_heading_that_names_no_one_opens_no_turn():
    from workbench.ingest.headings import speech_heading

    assert speech_heading("Выступление на заседании Совета Безопасности", "ru") is None
    assert speech_heading("Speech at the United Nations General Assembly", "en") is None
    heading = speech_heading("Address by President of the Republic of Azerbaijan Ilham Aliyev", "en")
    assert (heading.key, heading.role) == ("IlhamAliyev", "President of the Republic of Azerbaijan")



def test_a_name_of_three_or_four_words_keeps_them_all_and_is_keyed_by_its_last_two():
    from workbench.ingest.speakers import people_named

    assert split_label("Recep Tayyip Erdogan: Thank you.", "en").person.name == "Recep Tayyip Erdogan"
    titled = split_label("President Recep Tayyip Erdogan: Thank you.", "en").person
    assert (titled.name, titled.role) == ("Recep Tayyip Erdogan", "President")
    assert split_label("Реджеп Тайип Эрдоган: Спасибо.", "ru").person.key == titled.key
    # after "of", or after a Russian title, the first capitalised word is the country
    assert split_label("President of Azerbaijan Ilham Aliyev: Thank you.", "en").person.name == "Ilham Aliyev"
    assert split_label("Президент Азербайджана Ильхам Алиев: Спасибо.", "ru").person.name == "Ильхам Алиев"
    named = people_named("President Ilham Aliyev met with President Recep Tayyip Erdogan and Prime Minister "
                         "Nikol Pashinyan", "en")
    assert [p.name for p in named] == ["Ilham Aliyev", "Recep Tayyip Erdogan", "Nikol Pashinyan"]


def test_a_journalist_labelled_with_the_outlet_asking_is_a_speaker():
    label = split_label("Вюсал Метлеб, Азербайджанское телевидение: Здравствуйте, господин Президент.", "ru")
    assert (label.person.name, label.person.role) == ("Вюсал Метлеб", "Азербайджанское телевидение")
    assert split_label("Baku, Azerbaijan: The talks began.", "en") is None


def test_a_label_after_a_dialogue_dash_and_a_role_label_open_turns_a_counter_does_not():
    from workbench.pipeline import read_text

    doc = read_text("Açılış mərasimi\n\n- Maarif Hüseynov: Öpürəm Sizi, cənab Prezident.\n\n"
                    "Sakinlər: Allah saxlasın.\n\nÜZVLƏRİN SAYI: 0\n", lang="az")
    assert [(b.speaker, b.label) for b in doc.blocks[1:3]] == [("MaarifHuseynov", "- Maarif Hüseynov:"),
                                                              ("Residents", "Sakinlər:")]
    assert split_label("ÜZVLƏRİN SAYI: 0", "az") is None
    honoured = split_label("Mehriban xanım Əliyeva: Çox sağ olun.", "az")
    assert (honoured.person.key, honoured.label) == ("MehribanAliyeva", "Mehriban xanım Əliyeva:")


@pytest.mark.parametrize("text, lang, rest", [
    ("Sədrlik edən. Xoş gördük, hörmətli Milli Məclis üzvləri!", "az", "Xoş gördük, hörmətli Milli Məclis üzvləri!"),
    ("Председательствующий. Уважаемые коллеги, начинаем заседание.", "ru", "Уважаемые коллеги, начинаем заседание."),
])
def test_a_stenograms_chair_label_closed_by_a_stop_opens_the_chairs_turn(text, lang, rest):
    from workbench.pipeline import read_text

    title, more = {"az": ("Milli Məclisin iclasının stenoqramı",
                          "Bu gün gündəlikdə on iki məsələ var və hamısını müzakirə edəcəyik."),
                   "ru": ("Стенограмма заседания Государственной Думы",
                          "Сегодня в повестке дня двенадцать вопросов, и мы обсудим их все.")}[lang]
    doc = read_text(f"{title}\n\n{text}\n\n{more}\n", lang=lang)
    turn = doc.blocks[1]
    assert (turn.kind, turn.speaker, turn.text) == ("speech", "Chair", rest)
    # a sentence that opens with a word and a stop is no label
    assert read_text("Title\n\nMoscow. The talks began on Monday.\n", lang="en").blocks[1].speaker is None


def test_a_role_that_names_an_institution_before_the_name_still_labels_a_turn():
    label = split_label("European Commission President Jose Manuel Barroso (back translation): Thank you, Mr President.",
                        "en")
    assert label is not None and label.person.surname == "Barroso"
    assert label.person.role == "European Commission President" and label.rest == "Thank you, Mr President."
    # an institution's words alone before a colon are a headline's, no speaker
    assert split_label("Azerbaijan Foreign Ministry: We condemn the provocation.", "en") is None


def test_a_middle_initial_is_no_forename():
    person = split_label("Sergey V. Lavrov: We refer to this as the choice of the American people.", "en").person
    assert (person.key, person.forename, person.patronym, person.surname) == ("SergeyLavrov", "Sergey", "V.", "Lavrov")
    assert person.key == split_label("Sergey Lavrov: Yes.", "en").person.key
