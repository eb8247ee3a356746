"""A page breaks one sentence into paragraphs: a list's items after the sentence that introduces them, a quote and
the few words after it that say who spoke. Ingest joins them again."""

from workbench.ingest.joins import join_attributions
from workbench.pipeline import read_text


def test_a_quote_ending_on_a_comma_takes_the_attribution_the_page_set_apart():
    page = ('Lavrov on the South Caucasus\n\n"The West keeps imposing its services in the normalization of '
            'Armenian-Azerbaijani relations",\n\nSergey Lavrov said.\n\nHe spoke in Moscow on Friday.\n')
    doc = read_text(page, lang="en")
    assert [s.text for s in doc.segments][1:] == [
        '"The West keeps imposing its services in the normalization of Armenian-Azerbaijani relations", '
        'Sergey Lavrov said.', "He spoke in Moscow on Friday."]


def test_a_quote_that_ends_its_sentence_or_a_long_paragraph_after_it_stays_apart():
    kept = ['"We are ready for talks."', "Sergey Lavrov said."]
    assert join_attributions(kept) == kept
    long = ['"We are ready",', "The minister also said that the sides will meet again in Baku next month."]
    assert join_attributions(long) == long
    assert join_attributions(["«Мы готовы к переговорам»,", "— сказал Сергей Лавров."]) == [
        "«Мы готовы к переговорам», — сказал Сергей Лавров."]


def test_a_dash_and_lower_case_after_a_quote_say_who_spoke_however_the_quote_ended():
    # vestikavkaza.ru set the ministry's words apart from their attribution
    assert join_attributions(['"Министры обсудили ... по региональным вопросам"', "– сообщение"]) == [
        '"Министры обсудили ... по региональным вопросам" – сообщение']
    assert join_attributions(["«Мы готовы к переговорам!»", "— сказал Сергей Лавров."]) == [
        "«Мы готовы к переговорам!» — сказал Сергей Лавров."]
    # a dialogue's turn opens with a capital; a dash after a paragraph that closes no quote is a list or a turn
    turn = ["«Вы готовы к переговорам?»", "— Да, мы готовы."]
    assert join_attributions(turn) == turn
    assert join_attributions(["Стороны обсудили:", "– вопросы транспорта"]) == ["Стороны обсудили:", "– вопросы транспорта"]
