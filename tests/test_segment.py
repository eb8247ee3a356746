"""Sentence segmenter: partition cases per language, written razdel-style as "first.| |Second."

A case lists the text cut into pieces at the expected boundaries with "|"; pieces that are only
whitespace are the gaps between sentences. Joining the pieces gives the input text. The cases are
checked by ``check_partition`` in conftest.py, which test_segment_heldout.py shares.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.pipeline import read_text
from workbench.segment import Span, explain, segment
from workbench.segment.score import read_gold

GOLD_DIR = Path(__file__).resolve().parent.parent / "bench" / "segment_texts"


@pytest.fixture(scope="module")
def gold_texts() -> dict[str, str]:
    return {lang: read_gold((GOLD_DIR / f"{lang}.txt").read_text("utf-8"))[0] for lang in ("en", "ru", "az")}


def test_parse_partition(parse_partition) -> None:
    assert parse_partition("т. е. так.| |Да.") == ("т. е. так. Да.", ["т. е. так.", "Да."])


EN = [
    "Article 5. The awarding body|\n|It is named under Article 5.| |The rest follows.",
    "Hello World.| |My name is Jonas.",
    "President Ilham Aliyev: Thank you very much, Sergey Viktorovich.| |We appreciate it very much.",
    "- Dear Sergey Viktorovich, I am pleased to see you again.| |Welcome to Azerbaijan!",
    "Vladimir Putin: (In English.) Good afternoon.| |(Retranslated.) Let us begin.",
    "S. Lavrov met J. Bayramov.| |Vladimir V. Putin sent greetings.",
    "The U.S. Government was informed.| |He lives in the U.S.| |How about you?",
    "Mr. Smith went to Washington, D.C. yesterday.",
    "Trade grew by 3.5 percent to $1.000.000 in 2022.| |It is a record.",
    "The document was signed on 22.02.2023 in Moscow.| |It has 5 articles.",
    "We celebrated the 30th.| |Then we left.",
    'He said: "Yes."| |Then he left.',
    'He said: «Yes.»| |Then he left.',
    "She turned to him, \u201cThis is great.\u201d she said.",
    "I waited... and waited.| |Nothing happened\u2026| |Then it rained.",
    "Full text is on president.az and at info@mfa.gov.az today.| |Read it.",
    "See https://president.az/en/articles/view/25902.| |It is there.",
    "See No. 5 and pp. 12-14 for details.",
    "At 5 a.m. Mr. Smith went to the bank.| |He left the bank at 6 P.M.| |Mr. Smith then went to the store.",
    "Dr. Suleymanova and Prof. Smith attended, e.g. at the opening.",
    "Jane and co.| |They should know.",
    # an interview's answer label opens its answer; "I." after a word still ends a sentence
    "Q. How would you comment on it?|\n|A. We wouldn't have liked to spoil his mood.| |You and I.| |Did it.",
    "1. The first item| |2. The second item",
    "1) The first item| |2) The second item",
    "Why?| |Because!| |Really?!",
    "Thank you.| |(Applause.) The next speaker is Mr. Lavrov.",
    "News.Az reports.| |The meeting ended.",
    "On Victory Day, News.Az reports.|\u201cThis Victory is yours.\u201d| |He noted.|\u201cWith strength we go on.\u201d",
    'He said.|"This is it."| |Then he left.',
    'She said "stop."|Then she left.',
    "Hello world.|Today is Tuesday.",
    # sentences glued after a stop; a capitalised domain ending is still a site's name
    "He thanked the Organization of Economic Cooperation.|In turn, he thanked Türkiye.| |It came from Vesti.Az and Interfax.Ru today.",
    "He wished him robust health.|President Aliyev thanked him.",
    # an interview's turns run together on the page, each opened by a dash glued to the stop before it
    "The last time you were in Sochi in 2015.|- Mr. President, what has changed since then?|- We have new projects.",
]

RU = [
    "Указ Президента от 7 сентября 2010 г. № 1099 «О мерах».",  # the act's number after its year
    "т. е. так.| |Да.",
    "В.Путин: Господин Президент!| |Дорогие друзья!",
    "И.Алиев: (Как переведено.) Спасибо.| |Мы рады.",
    "В.В. Путин встретился с И.Г. Алиевым.| |Встреча прошла в Сочи.",
    "Российскую сторону представляли С. Лавров, А. Оверчук и Д. Песков.| |Переговоры завершились.",
    "Это было в 2023 г.| |Он приехал в г. Москву.",
    "Оборот вырос на 3,5 млрд. долларов и составил 1.000.000 руб.| |Это рекорд.",
    "Документ подписан 22.02.2023 г. в Москве.",
    "Мы отметили 30-летие.| |Это важно.",
    "Он сказал: «Да.»| |Потом ушел.",
    "Он сказал: \u201eДа.\u201c|Потом ушел.",
    "«Мы рады», — сказал он.| |Все согласились.",
    "— Спасибо.| |— Пожалуйста.",
    "Энергетика, транспорт и т.д.| |Далее о культуре.",
    "Энергетика, транспорт и т. п.| |Далее о культуре.",
    "Ждем вас… если позволит график.| |Посмотрим…| |Всё будет хорошо.",
    "См. с. 12 и ст. 5.| |Тел. +7 495 000 00 00.",
    "Сайт kremlin.ru и почта info@mfa.gov.az работают.",
    "Участвовали проф. Сулейманова, акад. Мехтиев и др.| |Начнем.",
    "Вопрос: Каковы перспективы?| |Ответ: Хорошие.",
    # an editor's note in brackets holds a stop before its dash
    "Там была определенная подготовка (переговоров. — Прим. ред.) проведена.| |Сейчас мы говорим о визите.",
]

AZ = [
    "Maddə 1. Təltif edilən şəxslər|\n|Maddə 2. Təltif edən orqan",  # a heading's number opens no list item
    "1.1. Bu Qayda dövlət büdcəsinə uyğun hazırlanıb.| |1.2. Qayda tətbiq edilir.",  # a clause's number
    "İ. Əliyev danışıqları yüksək qiymətləndirib.| |Ə. Həsənov da iştirak edib.",
    # a site's name with a case ending ("RePost.Az-ın", "Report.Az'a") is no sentence end
    "RePost.Az-ın məlumatına görə, Prezident səfər edib.| |Report.Az'a danışıb.",
    "Prezident İlham Əliyev: Çox sağ olun.| |Mən də şadam.",
    "Vladimir Putin: (Rus dilində.) Xoş gəlmisiniz!| |Başlayaq.",
    "Ticarət, energetika, nəqliyyat və s. sahələrdə əməkdaşlıq edirik.",
    "Ticarət, energetika və s.| |Bu sahələr vacibdir.",
    "Tədbir Bakı ş., Nizami küç. 12 ünvanında keçirilib.",
    "Mərasimdə prof. Süleymanova, akad. Mehdiyev və gen. Kərimov iştirak ediblər.",
    "Sənəd səh. 12-də, b.e. dövrünə aid hissədədir.",
    "S.Lavrov və C.Bayramov görüşüb.| |Görüş uğurlu olub.",
    "Mətn president.az saytındadır, suallar info@mfa.gov.az ünvanına.| |Təşəkkür edirik.",
    "O dedi: “Bu əlamətdar tarixdir.”| |Sonra protokol imzalandı.",
    "Ticarət 3,5 faiz artıb, 1.000.000 manatı ötüb.| |Bu rekorddur.",
    "Bu niyə vacibdir?| |Çünki əməkdaşlıq genişlənir!",
    "Sizə təşəkkür edirəm...| |İnanıram ki, səfər uğurlu olacaq.",
    "Bəli... gələcəyi görəcəyik.",
    "- Hörmətli Sergey Viktoroviç, Sizi görməyimə şadam.| |Xoş gəlmisiniz!",
    "Day.Az AZƏRTAC-a istinadən bildirir.",
]


@pytest.mark.parametrize("case", EN)
def test_en(case: str, check_partition) -> None:
    check_partition(case, "en")


@pytest.mark.parametrize("case", RU)
def test_ru(case: str, check_partition) -> None:
    check_partition(case, "ru")


@pytest.mark.parametrize("case", AZ)
def test_az(case: str, check_partition) -> None:
    check_partition(case, "az")


LINES = [
    # a blank line is always a boundary, even after an abbreviation
    ("Meeting with Mr.|\n\n|Smith attended.", "en"),
    # a heading line, and an intro line ending in a colon, stand alone
    ("Ilham Aliyev received Sergey Lavrov|\n|President Ilham Aliyev said:|\n|- Dear Sergey Viktorovich, welcome.", "en"),
    ("В.Путин:|\n|Добрый день, уважаемый Ильхам Гейдарович!|\n|Спасибо, что приехали.", "ru"),
    # a wrapped line goes on
    ("This is a sentence\ncut off in the middle because pdf.", "en"),
    ("relations between Azerbaijan and\nRussia are developing.", "en"),
    # short lower-case lines are list items
    ("features|\n|contact manager|\n|events, activities", "en"),
]


@pytest.mark.parametrize("case,lang", LINES)
def test_line_breaks(case: str, lang: str, check_partition) -> None:
    check_partition(case, lang)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_end_styles(newline: str) -> None:
    text = f"First line.{newline}Second line.{newline}{newline}Third line."
    assert [s.text for s in segment(text, "en")] == ["First line.", "Second line.", "Third line."]


def test_control_characters_stay_inside_sentences() -> None:
    # \x0b \x0c \x1f are whitespace to Python (and to us); NUL and BEL are kept as text
    text = "One\x00 two.\x0b\x0cThree\x1f four.\x07 Five."
    spans = segment(text, "en")
    assert [s.text for s in spans] == ["One\x00 two.", "Three\x1f four.\x07 Five."]


def test_spans_are_stripped_slices() -> None:
    text = "  \n Hello there.   How are you?  \n\n  Fine.  "
    spans = segment(text, "en")
    assert spans == [Span(4, 16, "Hello there."), Span(19, 31, "How are you?"), Span(37, 42, "Fine.")]
    for s in spans:
        assert text[s.start:s.end] == s.text == s.text.strip()


def test_empty_and_blank_text() -> None:
    assert segment("", "en") == []
    assert segment(" \n\n\t ", "ru") == []


def test_language_is_detected() -> None:
    assert [s.text for s in segment("Это г. Москва. Да.")] == ["Это г. Москва.", "Да."]
    assert [s.text for s in segment("İ. Əliyev gəldi. Bəli.")] == ["İ. Əliyev gəldi.", "Bəli."]


def test_unknown_language_is_refused() -> None:
    from workbench.errors import WorkbenchError

    with pytest.raises(WorkbenchError):
        segment("Hallo. Welt.", "de")


def test_explain_names_the_rule() -> None:
    text = "Mr. Smith came. He said: «Yes.» Then T. Brown e. g. quit."
    decisions = dict(explain(text, "en"))
    assert decisions[text.index("Mr.") + 3] == "abbreviation"
    assert decisions[text.index("came.") + 5] == "split"
    assert decisions[text.index("»") + 1] == "split"
    assert decisions[text.index("T.") + 2] == "initials"
    assert decisions[text.index("e. g.") + 2] == "lowercase_next"


def test_explain_reports_paragraphs_and_list_items() -> None:
    text = "Intro.\n\n1) First 2) Second"
    rules = [rule for _, rule in explain(text, "en")]
    assert rules == ["paragraph", "list_item"]


def test_debug_trace_matches_explain() -> None:
    text = "Mr. Smith came. He left at 5 p.m. on Monday. Good."
    spans = segment(text, "en", debug=True)
    assert [s.text for s in spans] == ["Mr. Smith came.", "He left at 5 p.m. on Monday.", "Good."]
    assert [d for s in spans for d in s.trace] == explain(text, "en")
    assert spans[0].trace[0][1] == "abbreviation"


def test_shortcuts_agree_with_the_rules(gold_texts: dict[str, str]) -> None:
    # the scanner decides obvious candidates without building them unless debugging: same result
    variants = {(lang, style): text.replace("\n\n", style)
                for lang, text in gold_texts.items() for style in ("\n\n", "\n", "\r\n")}
    for (lang, _), text in variants.items():
        plain = segment(text, lang)
        traced = segment(text, lang, debug=True)
        assert [(s.start, s.end) for s in plain] == [(s.start, s.end) for s in traced]


def test_awkward_input_sizes() -> None:
    # a multi-megabyte line with no sentence end, and thousands of dots: read once, kept whole
    long_line = "word " * 600_000
    assert [(s.start, s.end) for s in segment(long_line, "en")] == [(0, len(long_line) - 1)]
    dots = "Wait" + "." * 50_000 + " Then" + ". " * 50_000 + "go"
    spans = segment(dots, "en")
    assert spans[0].text == "Wait" + "." * 50_000
    assert spans[-1].text.endswith("go")
    no_space = "a" * 1_000_000 + "." + "B" * 1_000_000
    assert len(segment(no_space, "en")) == 1
    parens = "1) x " + ") " * 100_000
    assert segment(parens, "en")


@pytest.mark.parametrize("text, lang, want", [
    ('Metbuat.az xəbər verir ki, məktubda deyilir: "Hörmətli Aleksandr Qriqoryeviç. Sizi təbrik edirəm.', "az",
     ["Metbuat.az xəbər verir ki, məktubda deyilir:", '"Hörmətli Aleksandr Qriqoryeviç.', "Sizi təbrik edirəm."]),
    ("The letter reads: “Dear Mr. President, I congratulate you.”", "en",
     ["The letter reads:", "“Dear Mr. President, I congratulate you.”"]),
    ("В письме говорится: «Уважаемый Ильхам Гейдарович! Поздравляю.»", "ru",
     ["В письме говорится:", "«Уважаемый Ильхам Гейдарович!", "Поздравляю.»"]),
    # a quote that opens with no salutation stays inside the sentence that introduces it
    ('He said: "We agree." Then he left.', "en", ['He said: "We agree."', "Then he left."]),
])
def test_a_colon_before_a_quoted_letter_ends_the_sentence(text, lang, want):
    assert [span.text for span in segment(text, lang)] == want
    assert ("quoted_letter" in {name for _, name in explain(text, lang)}) == (not text.startswith("He said"))


def test_english_full_of_turkish_names_is_english() -> None:
    # Trend's English item on Mevlüt Çavuşoğlu: ş, ğ, ç and ü in every other name, and English in every clause
    from workbench.lang import detect_lang

    text = ("President Ilham Aliyev received Mevlüt Çavuşoğlu, former Foreign Minister of Türkiye. The head of "
            "state underlined that Azerbaijan holds Mevlüt Çavuşoğlu in high esteem. “He raised Türkiye's voice "
            "to the whole world, stating that Türkiye stands by its side,” Çavuşoğlu was told.")
    assert detect_lang(text) == "en"
    # the same names in an Azerbaijani sentence, and a name list with no function words, go by the letters
    assert detect_lang("Prezident İlham Əliyev Mövlud Çavuşoğlunu qəbul edib və bildirib ki, bu görüş "
                       "üçün təşəkkür edir. Bu, hər iki ölkə ilə bağlı bir addımdır.") == "az"
    assert detect_lang("Mevlüt Çavuşoğlu, Türkiye, Gürcüstan") == "az"


@pytest.mark.parametrize("text,lang,sentences", [
    ("«Мы готовы к диалогу!» — Лавров о переговорах с Баку", "ru",
     ["«Мы готовы к диалогу!» — Лавров о переговорах с Баку"]),
    ("“Evimdə oturmuşam, söz verirəm ki…” — Elmar Məmmədyarov danışdı", "az",
     ["“Evimdə oturmuşam, söz verirəm ki…” — Elmar Məmmədyarov danışdı"]),
    ("«Вы готовы?» — «Да, готовы.»", "ru", ["«Вы готовы?»", "— «Да, готовы.»"]),
    ("Он сказал: «Мы готовы». — Это важно.", "ru", ["Он сказал: «Мы готовы».", "— Это важно."]),
])
def test_a_quote_then_a_dash_and_who_said_it_is_one_sentence_the_next_turn_is_not(text, lang, sentences) -> None:
    assert [s.text for s in segment(text, lang)] == sentences
    if len(sentences) == 1:
        assert "quote_attribution" in {rule for _, rule in explain(text, lang)}


@pytest.mark.parametrize("text,lang,sentences", [
    ('Кадры показали в программе "Москва. Кремль. Путин" на телеканале "Россия-1". Далее.', "ru",
     ['Кадры показали в программе "Москва. Кремль. Путин" на телеканале "Россия-1".', "Далее."]),
    ("Он ведёт «Итоги недели. Москва» по воскресеньям. Далее.", "ru",
     ["Он ведёт «Итоги недели. Москва» по воскресеньям.", "Далее."]),
    ('"Peace is possible. We see the political will in Baku," he said.', "en",
     ['"Peace is possible.', 'We see the political will in Baku," he said.']),
    ("«Мы готовы. Мы ждём». Далее.", "ru", ["«Мы готовы.", "Мы ждём».", "Далее."]),
])
def test_a_stop_inside_a_short_quoted_name_the_sentence_runs_on_after_is_no_end(text, lang, sentences) -> None:
    assert [s.text for s in segment(text, lang)] == sentences
    # the fast path (no trace) and the rules decide alike
    assert [s.text for s in segment(text, lang, debug=True)] == sentences


@pytest.mark.parametrize("text,sentences", [
    ('Речь идёт о проекте закона "О Знамени\nПобеды". Мы вот обсуждаем.',
     ['Речь идёт о проекте закона "О Знамени\nПобеды".', "Мы вот обсуждаем."]),
    ('"Dear Mr. President,\nI congratulate you."', ['"Dear Mr. President,', 'I congratulate you."']),
    ("Title line\nThe text begins here.", ["Title line", "The text begins here."]),
])
def test_a_line_broken_inside_a_quote_goes_on_a_line_ending_on_its_own_mark_does_not(text, sentences) -> None:
    assert [s.text for s in segment(text, "ru" if text[0] in "Р" else "en")] == sentences


def test_a_headline_keeps_who_said_it_after_its_question_and_a_tag_in_capitals_goes():
    doc = read_text("Metro stansiyasına general Polad Həşimovun adı veriləcək? - Dəyanət Osmanlı - RƏSMİ\n\n"
                    "Sosial şəbəkələrdə metronun stansiyasına generalın adının veriləcəyi iddia olunur. Bu, yoxlanılır.\n",
                    lang="az")
    assert [s.text for s in doc.segments] == [
        "Metro stansiyasına general Polad Həşimovun adı veriləcək? - Dəyanət Osmanlı",
        "Sosial şəbəkələrdə metronun stansiyasına generalın adının veriləcəyi iddia olunur.", "Bu, yoxlanılır."]
