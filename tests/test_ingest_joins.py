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


def test_a_sentence_a_stray_break_cut_goes_on_in_the_next_paragraph():
    page = ("Aliyev receives Turkish delegation\n\nThe head of state recalled his meetings with President Erdogan. "
            "President Ilham Aliyev also\n\nnoted that the inauguration of major energy projects were landmark events.\n\n"
            "the sides then discussed trade.\n")
    doc = read_text(page, lang="en")
    texts = [s.text for s in doc.segments]
    assert "President Ilham Aliyev also noted that the inauguration of major energy projects were landmark events." \
        in texts
    # a paragraph that ends its sentence keeps the next apart, whatever its case
    assert texts[-1] == "the sides then discussed trade."


def test_a_headline_without_a_stop_does_not_take_the_paragraph_under_it():
    from workbench.ingest.joins import join_broken_sentences

    kept = ["Azerbaijan and Turkey sign deal", "iPhone sales rose in Baku last year."]
    assert join_broken_sentences(kept) == kept
