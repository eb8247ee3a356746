"""A letter's sender and addressee lines (kinds.is_address) linked with the other site's news lead are flagged."""

import pytest

from workbench.align import align_texts
from workbench.align.kinds import is_address


@pytest.mark.parametrize("line", [
    "From Mikhail Shvydkoy, Special Representative of Russian President on International Cultural Cooperation.",
    "To His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan",
    "To His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan,",
    "Президенту Азербайджанской Республики Его превосходительству господину Ильхаму Алиеву",
])
def test_sender_and_addressee_lines_are_addresses(line):
    assert is_address(line)


@pytest.mark.parametrize("line", [
    "From the first days of independence, we have worked hard.",
    "From 2003 to 2013, he led the Ministry of Foreign Affairs.",
    "To be honest, we agree.",
    "Rusiya Federasiyası Prezidentinin xüsusi nümayəndəsi Mixail Şvıdkoy qeyd edib ki, bu mümkün deyil.",
])
def test_sentences_are_not_addresses(line):
    assert not is_address(line)


def test_a_sender_line_linked_with_the_news_lead_is_flagged():
    src = [["From Mikhail Shvydkoy, Special Representative of Russian President on International Cultural Cooperation."],
           ["It is impossible to overestimate his personality and life deeds."],
           ["I had the pleasure to meet with Heydar Aliyev a few times."]]
    tgt = [["Rusiya Federasiyası Prezidentinin beynəlxalq mədəni əməkdaşlıq üzrə xüsusi nümayəndəsi Mixail Şvıdkoy "
            "Prezident İlham Əliyevə məktub göndərib."],
           ["Heydər Əliyevin şəxsiyyətinin və həyat fəaliyyətinin dəyərini təyin etmək mümkün deyil."],
           ["Mənə Heydər Əliyevlə bir neçə dəfə görüşmək nəsib olmuşdur."]]
    result = align_texts(src, tgt, "en", "az")
    for bead in result.beads:
        if 0 in bead.src and bead.tgt:
            assert bead.flagged



def test_linking_an_addressee_line_with_a_sentence_of_the_news_item_costs_address_link():
    from dataclasses import replace

    from workbench.align import dp
    from workbench.align.config import DEFAULT
    from workbench.align.features import Features
    src = ["To His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan,", "Thank you."]
    tgt = ["Prezident İlham Əliyevə Rusiya Federasiyası Prezidentinin nümayəndəsi məktub göndərib.",
           "Azərbaycan Respublikasının Prezidenti İlham Əliyev"]
    s = Features.of(src, "en").with_keys([{}] * 2).side()
    t = Features.of(tgt, "az").with_keys([{}] * 2).side()
    no_address = replace(DEFAULT, kinds=replace(DEFAULT.kinds, address_link=0.0))

    def extra(i0, j0):
        return dp.bead_cost(DEFAULT, s, t, [{}, {}], i0, j0, 1, 1) - dp.bead_cost(no_address, s, t, [{}, {}], i0, j0, 1, 1)

    assert extra(0, 0) == pytest.approx(DEFAULT.kinds.address_link)  # the address line with the lead
    assert extra(0, 1) == pytest.approx(0.0)  # with a heading of the other side: an address block may translate one
    assert extra(1, 0) == pytest.approx(0.0)  # no address line in the bead
