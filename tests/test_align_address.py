"""A letter's sender and addressee lines (kinds.is_address) linked with the other site's news lead are flagged."""

import pytest

from workbench.align import align_texts
from workbench.align.kinds import is_address


@pytest.mark.parametrize("line", [
    "From Mikhail Shvydkoy, Special Representative of Russian President on International Cultural Cooperation.",
    "To His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan",
    "To His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan,",
    "Президенту Азербайджанской Республики Его превосходительству господину Ильхаму Алиеву",
    # title first, honorific inside
    "Qazaxıstan Respublikasının Prezidenti Zati-aliləri cənab Kasım-Jomart Tokayevə",
    "Новоизбранному Президенту Соединенных Штатов Америки Его превосходительству Джозефу Байдену",
    "Azərbaycan Respublikasının Prezidenti cənab İlham Əliyevə",
])
def test_sender_and_addressee_lines_are_addresses(line):
    assert is_address(line)


@pytest.mark.parametrize("line", [
    "From the first days of independence, we have worked hard.",
    "From 2003 to 2013, he led the Ministry of Foreign Affairs.",
    "To be honest, we agree.",
    "From the talk of President of the Azerbaijan Republic Heydar Aliyev with the Secretary General",
    "Zati-aliləri, xahiş edirəm, ən yüksək hörmət və ehtiramımı qəbul edin.",
    "Hörmətli cənab Prezident",  # a salutation, whatever its punctuation
    "Уважаемый господин Президент,",
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
           "Azərbaycan Respublikasının Prezidenti İlham Əliyev",
           "Azərbaycan Respublikasının Prezidenti Zati-aliləri cənab İlham Əliyevə"]  # the other side has one too
    s = Features.of(src, "en").with_keys([{}] * 2).side()
    t = Features.of(tgt, "az").with_keys([{}] * 3).side()
    no_address = replace(DEFAULT, kinds=replace(DEFAULT.kinds, address_link=0.0))

    def extra(i0, j0):
        return dp.bead_cost(DEFAULT, s, t, [{}, {}], i0, j0, 1, 1) - dp.bead_cost(no_address, s, t, [{}, {}], i0, j0, 1, 1)

    assert t.cum_address[-1] == 1

    assert extra(0, 0) == pytest.approx(DEFAULT.kinds.address_link)  # the address line with the lead
    assert extra(0, 1) == pytest.approx(0.0)  # with a heading of the other side: an address block may translate one
    assert extra(1, 0) == pytest.approx(0.0)  # no address line in the bead


def test_an_address_block_the_other_side_lacks_everywhere_stands_alone():
    """One side is the letter, the other the news item that reports it: the item's lead shares every name with the
    letter's sender and addressee lines, and translates neither."""
    src = [["From Irakli Garibashvili, Prime Minister of Georgia"],
           ["His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan"],
           ["Your Excellency,"],
           ["On the occasion of the Independence Day of the Republic of Azerbaijan, I extend my warm regards."],
           ["I wish you good health and success."]]
    tgt = [["Gürcüstanın Baş naziri İrakli Qaribaşvili Azərbaycan Respublikasının Prezidenti İlham Əliyevə "
            "təbrik məktubu ünvanlayıb."],
           ["Zati-aliləri!"],
           ["Azərbaycan Respublikasının Müstəqillik Günü münasibətilə Sizə səmimi salamlarımı çatdırıram."],
           ["Sizə möhkəm cansağlığı və uğurlar arzulayıram."]]
    beads = [(tuple(b.src), tuple(b.tgt)) for b in align_texts(src, tgt, "en", "az").beads]
    assert ((0,), ()) in beads and ((1,), ()) in beads and ((), (0,)) in beads
    assert ((3,), (2,)) in beads


def test_the_address_alone_costs_apply_only_when_the_other_side_has_no_address_line():
    from dataclasses import replace

    from workbench.align import dp
    from workbench.align.config import DEFAULT
    from workbench.align.features import Features
    src = ["From Irakli Garibashvili, Prime Minister of Georgia", "Thank you."]
    lead = "Gürcüstanın Baş naziri İrakli Qaribaşvili Prezident İlham Əliyevə məktub ünvanlayıb."
    s = Features.of(src, "en").with_keys([{}] * 2).side()
    plain = Features.of([lead, "Sağ olun."], "az").with_keys([{}] * 2).side()
    with_address = Features.of([lead, "Gürcüstanın Baş naziri Zati-aliləri cənab İrakli Qaribaşviliyə"], "az").with_keys([{}] * 2).side()
    free = replace(DEFAULT, kinds=replace(DEFAULT.kinds, address_alone=0.0, address_link=0.0,
                                          address_skip=DEFAULT.priors.skip * 10))
    sims = [{}, {}]

    def extra(t, *bead):
        return dp.bead_cost(DEFAULT, s, t, sims, *bead) - dp.bead_cost(free, s, t, sims, *bead)

    assert extra(plain, 0, 0, 1, 1) == pytest.approx(DEFAULT.kinds.address_alone)
    assert extra(with_address, 0, 0, 1, 1) == pytest.approx(DEFAULT.kinds.address_link)
    assert dp.bead_cost(DEFAULT, s, plain, sims, 0, 0, 1, 0) <= DEFAULT.kinds.address_skip
    assert dp.bead_cost(DEFAULT, s, with_address, sims, 0, 0, 1, 0) > DEFAULT.kinds.address_skip


def test_address_alone_is_paid_per_address_line_so_a_whole_block_does_not_ride_on_a_headline():
    """A sender and an addressee line merged with the other site's headline and lead pay twice: one payment was
    less than what the names they share earn (1news.az's item on Omuraliev's Novruz letter)."""
    from dataclasses import replace

    from workbench.align import dp
    from workbench.align.config import DEFAULT
    from workbench.align.features import Features
    src = ["From Kubanychbek Omuraliev, Secretary General of the Organization of Turkic States",
           "His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan", "Dear Mr. President."]
    tgt = ["Генсек ОТГ поздравил Президента Азербайджана",
           "Генеральный секретарь ОТГ Кубанычбек Омуралиев направил послание Президенту Ильхаму Алиеву.",
           "«Уважаемый господин Президент."]
    s = Features.of(src, "en").with_keys([{}] * 3).side()
    t = Features.of(tgt, "ru").with_keys([{}] * 3).side()
    free = replace(DEFAULT, kinds=replace(DEFAULT.kinds, address_alone=0.0))
    sims = [{}, {}, {}]

    def extra(*bead):
        return dp.bead_cost(DEFAULT, s, t, sims, *bead) - dp.bead_cost(free, s, t, sims, *bead)

    assert extra(0, 0, 1, 1) == pytest.approx(DEFAULT.kinds.address_alone)
    assert extra(0, 0, 2, 2) == pytest.approx(2 * DEFAULT.kinds.address_alone)
    assert extra(2, 2, 1, 1) == pytest.approx(0.0)
