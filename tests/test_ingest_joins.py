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
