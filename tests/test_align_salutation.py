"""A letter's salutation and closing lines (kinds.is_salutation): alone when only one side has them, part of the
bead when the other side says them inside a sentence (kinds.greets)."""

from dataclasses import replace

import pytest

from workbench.align import align_texts
from workbench.align.config import AlignConfig, KindCosts
from workbench.align.kinds import greets, is_salutation

NO_SALUTATIONS = replace(AlignConfig(), kinds=replace(KindCosts(), salutation_link=0.0, salutation_skip=0.0))


def _beads(src, tgt, src_lang, tgt_lang, config=AlignConfig()):
    return [(list(b.src), list(b.tgt)) for b in align_texts(src, tgt, src_lang, tgt_lang, config=config).beads]


@pytest.mark.parametrize("line", ["«Уважаемый Александр Григорьевич,", "Hörmətli cənab Prezident,", "Ваш,",
                                  "Sincerely,", "\u201cDear Emomali Sharifovich,", "His Excellency Mr Kassym-Jomart Tokayev,",
                                  # a turn that opens with one, its speaker's label still on (align --presegmented)
                                  "Heydar Aliyev: Mr Putin,", "Vladimir Putin: Mr Aliyev, friends,"])
def test_short_lines_ending_in_a_comma_are_salutations(line):
    assert is_salutation(line)


@pytest.mark.parametrize("line", ["Dear friends!", "The letter reads:",
                                  "Vladimir Putin: We discussed the whole range of our relations today, trade and energy,",
                                  "Extending his sincere congratulations and the best wishes, the head of state said,"])
def test_other_lines_are_not_salutations(line):
    assert not is_salutation(line)


@pytest.mark.parametrize("text, lang", [
    ("Əziz dost, əməkdaşlığımızın xalqlarımız üçün daha böyük uğurlar gətirəcəyini gözləyirik.", "az"),
    ("Уважаемый Ильхам Гейдар оглу.", "ru"), ("В.Путин: Уважаемый Ильхам Гейдарович!", "ru"),
    ("Dear Mr. President,", "en"), ("Thank you.", "en")])
def test_sentences_that_open_with_an_address_greet(text, lang):
    assert greets(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("President of the Republic of Azerbaijan Ilham Aliyev sent a letter of congratulation.", "en"),
    ("Примите искренние поздравления и наилучшие пожелания по случаю праздника.", "ru")])
def test_narrative_sentences_do_not_greet(text, lang):
    assert not greets(text, lang)


# An agency's English item quotes the letter without its salutation; the Russian item gives it in full.
SRC = [["President of the Republic of Azerbaijan Ilham Aliyev sent a letter of congratulation to President Aleksandr "
        "Lukashenko on the occasion of the national holiday – the Independence Day of the Republic of Belarus."],
       ["Extending his sincere congratulations and the best wishes, the head of state said: \u201cBased on strong bonds "
        "of friendship, trust and mutual support, our fraternal countries have established multifaceted relations of "
        "strategic partnership over the past decades.",
        "Your recent state visit to Azerbaijan once again testified that our cooperation is successfully developing.\u201d"]]
TGT = [["Президент Азербайджана Ильхам Алиев поздравил белорусского коллегу Александра Лукашенко по случаю Дня "
        "независимости Беларуси."],
       ["«Уважаемый Александр Григорьевич,"],
       ["Примите искренние поздравления и наилучшие пожелания по случаю государственного праздника – Дня "
        "независимости Республики Беларусь."],
       ["За прошедшие десятилетия, основываясь на крепких узах дружбы, доверия и взаимоподдержки, наши братские "
        "государства выстроили многогранные отношения стратегического партнерства.",
        "Ваш недавний государственный визит в Азербайджан еще раз подтвердил, что наше сотрудничество успешно "
        "развивается.»"]]


def test_a_salutation_only_one_side_has_stands_alone():
    assert _beads(SRC, TGT, "en", "ru") == [([0], [0]), ([], [1]), ([1], [2, 3]), ([2], [4])]
    # without the salutation costs it is folded into the lead's bead
    assert _beads(SRC, TGT, "en", "ru", NO_SALUTATIONS)[0] == ([0], [0, 1, 2])


def test_a_salutation_joins_the_sentence_that_says_it_on_the_other_side():
    src = [["I extend my heartfelt congratulations to you on the Independence Day."], ["Dear Friend,"],
           ["Let us embrace the bond of friendship and look forward to further collaboration."],
           ["May Azerbaijan continue to prosper and thrive."]]
    tgt = [["Müstəqillik Günü münasibətilə Sizə səmimi təbriklərimi çatdırıram."],
           ["Əziz dost, əməkdaşlığımızın xalqlarımız üçün daha böyük uğurlar gətirəcəyini səbirsizliklə gözləyirik."],
           ["Qoy Azərbaycan bundan sonra da çiçəklənsin və inkişaf etsin!"]]
    assert _beads(src, tgt, "en", "az") == [([0], [0]), ([1, 2], [1]), ([3], [2])]
    assert ([1], []) in _beads(src, tgt, "en", "az", NO_SALUTATIONS)


@pytest.mark.parametrize("line, lang, vocative", [
    ("\"Zati-aliləri.", "az", True), ("Your Excellency!", "en", True), ("Уважаемый господин Президент!", "ru", True),
    # a courtesy word before names and titles: a speaker's label does not count
    ("И.Алиев: Уважаемый Владимир Владимирович!", "ru", True), ("ПРЕЗИДЕНТ ПУТИН: Уважаемый г‑н госсекретарь!", "ru", True),
    ("Hörmətli əlahəzrət kraliça!", "az", True), ("Answer: You are not right.", "en", False),
    ("Your position is clear.", "en", False), ("Yours, Vladimir Putin.", "en", False),
    ("- Hello.", "en", False), ("Thank you.", "en", False), ("Sağ olun.", "az", False), ("Добрый день!", "ru", False),
    ("We thank the President for his visit to our country.", "en", False),
])
def test_a_line_that_only_addresses_is_a_vocative(line, lang, vocative):
    from workbench.align.kinds import is_vocative

    assert is_vocative(line, lang) is vocative


def test_a_vocative_of_its_own_joins_the_sentence_that_opens_with_it_on_the_other_side():
    # metbuat.az sets "Zati-aliləri." apart after its own quote line; Trend's English opens the quote with it
    from pathlib import Path

    from workbench.pipeline import align_files

    pair = Path(__file__).resolve().parent.parent / "bench" / "real_data" / "heldout6" / \
        "trend-metbuat-zourabichvili-letter-birthday-2020-en-az"
    result, src, tgt = align_files(pair / "src.sents", pair / "tgt.sents")
    vocative = next(b for b in result.beads if b.tgt and tgt[b.tgt[0]].startswith('"Zati-aliləri'))
    assert vocative.src and src[vocative.src[0]].startswith("“Your Excellency") and len(vocative.tgt) == 2


def test_a_headline_that_names_the_addressee_does_not_take_the_letters_vocative():
    # news.az's item heads the letter with its own headline; president.az's Russian letter opens "Уважаемый
    # господин Байден." under its addressee line: the headline names him, it addresses no one
    src = [["President Ilham Aliyev congratulates US President-elect Joe Biden"],
           ["Azerbaijani President Ilham Aliyev has sent a letter of congratulation to US President-elect Joe Biden."],
           ["The letter reads:"],
           ["\"I sincerely congratulate you on your election as President of the United States of America.",
            "I wish you success in your responsible activities."]]
    tgt = [["Новоизбранному Президенту Соединенных Штатов Америки Его превосходительству Джозефу Байдену"],
           ["Уважаемый господин Байден."],
           ["Искренне поздравляю Вас с избранием на должность Президента Соединенных Штатов Америки.",
            "Желаю Вам успехов в Вашей ответственной деятельности."]]
    beads = _beads(src, tgt, "en", "ru")
    assert ([0], []) in beads and ([], [1]) in beads
    assert beads[-2:] == [([3], [2]), ([4], [3])]


def test_a_narrative_sentence_is_not_linked_with_a_vocative_that_names_the_addressee():
    # kremlin.ru's Russian item leaves out the English item's list of documents; its turn opens with three address
    # lines, the first with a speaker's label and a name and patronymic ("И.Алиев: Уважаемый Владимир Владимирович!")
    from pathlib import Path

    from workbench.align.formats import read_presegmented

    pair = Path(__file__).resolve().parent.parent / "bench" / "real_data" / "heldout9" / \
        "cobabikin-interaffairs-aliyev-putin-press-statements-2024-en-ru"
    src, tgt = read_presegmented(str(pair / "src.sents"))[:6], read_presegmented(str(pair / "tgt.sents"))[:3]
    assert tgt[1][0] == "И.Алиев: Уважаемый Владимир Владимирович!"
    beads = _beads(src, tgt, "en", "ru")
    assert ([3], []) in beads and ([4], []) in beads  # "Additionally, ... food safety." and the memorandums
    assert not any(1 in t and s and max(s) < 5 for s, t in beads)
