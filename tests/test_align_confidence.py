"""Bead scores mean 'how sure the aligner is that this bead is right': clean pairs pass, wrong pairs are flagged."""

import random
from pathlib import Path

from workbench.align import align_texts, read_beads
from workbench.align.confidence import Evidence, score
from workbench.align.formats import read_presegmented

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "align"


def read_sents(path: Path) -> list[list[str]]:
    return read_presegmented(str(path))


def test_a_clean_pair_has_no_flagged_beads():
    pair = FIXTURES / "statement-en-ru"
    result = align_texts(read_sents(pair / "src.sents"), read_sents(pair / "tgt.sents"), "en", "ru")
    gold = read_beads((pair / "gold.align").read_text())
    assert [(list(b.src), list(b.tgt)) for b in result.beads] == gold
    assert not [b for b in result.beads if b.flagged]


def test_correct_beads_of_a_longer_pair_mostly_score_high():
    pair = ROOT / "bench" / "align_data" / "seed-en-ru"
    result = align_texts(read_sents(pair / "src.sents"), read_sents(pair / "tgt.sents"), "en", "ru")
    gold = {(tuple(a), tuple(b)) for a, b in read_beads((pair / "gold.align").read_text())}
    right = [b for b in result.beads if (b.src, b.tgt) in gold]
    assert len(right) >= 0.9 * len(result.beads)
    assert sum(b.score >= 0.8 for b in right) >= 0.8 * len(right)
    assert sum(b.flagged for b in right) <= 0.1 * len(right)


def test_a_shuffled_target_is_mostly_flagged():
    pair = ROOT / "bench" / "align_data" / "seed-en-ru"
    tgt = [s for p in read_sents(pair / "tgt.sents") for s in p]
    random.Random(3).shuffle(tgt)
    result = align_texts(read_sents(pair / "src.sents"), [tgt], "en", "ru")
    linking = [b for b in result.beads if b.src and b.tgt]
    assert linking
    assert sum(b.flagged for b in linking) >= 0.6 * len(linking)


def test_a_wrong_sentence_scores_lower_than_its_right_neighbours():
    src = [["The President met the Minister of Foreign Affairs of Azerbaijan in Moscow on 5 May 2023.",
            "They discussed the situation in the South Caucasus and the peace treaty.",
            "The sides signed an agreement on 12 energy and transport projects worth 300 million dollars.",
            "The next meeting will take place in Baku in October."]]
    tgt_right = ["Президент встретился с министром иностранных дел Азербайджана в Москве 5 мая 2023 года.",
                 "Они обсудили ситуацию на Южном Кавказе и мирный договор.",
                 "Стороны подписали соглашение о 12 энергетических и транспортных проектах на 300 миллионов долларов.",
                 "Следующая встреча состоится в Баку в октябре."]
    tgt_wrong = list(tgt_right)
    tgt_wrong[2] = "Погода в горах была холодной, и шёл сильный снег весь вечер и всю ночь до утра."
    good = align_texts(src, [tgt_right], "en", "ru").beads
    bad = align_texts(src, [tgt_wrong], "en", "ru").beads
    assert [(b.src, b.tgt) for b in good] == [((i,), (i,)) for i in range(4)]
    assert all(not b.flagged for b in good)
    wrong = [b for b in bad if 2 in b.src]
    assert wrong[0].score < min(b.score for b in good)


def test_score_rises_with_margin_and_is_capped_for_a_pair_that_is_not_a_translation():
    margins = [0.0, 0.5, 1.0, 2.0, 4.0, 8.0]
    for null in (False, True):
        scores = [score(Evidence(m, 0.5, 10.0), null) for m in margins]
        assert scores == sorted(scores) and scores[0] < 0.5 < scores[-1]
        assert all(0.0 <= x <= 1.0 for x in scores)
    assert score(Evidence(3.0, 0.5, 10.0), False, translation=False) < 0.5 < score(Evidence(3.0, 0.5, 10.0), False)


def test_scores_follow_each_bead_in_a_pair_whose_words_the_lexicon_barely_knows():
    # an Eid message from president.az: few shared names or numbers, yet a translation bead by bead
    pair = Path(__file__).resolve().parent.parent / "bench" / "real_data" / "dev" / "president-eid-al-adha-message-2011-en-az"
    result = align_texts(read_sents(pair / "src.sents"), read_sents(pair / "tgt.sents"), "en", "az")
    gold = {(tuple(a), tuple(b)) for a, b in read_beads((pair / "gold.align").read_text())}
    right = [b for b in result.beads if (b.src, b.tgt) in gold]
    assert len(right) >= 0.9 * len(result.beads)
    assert sum(b.flagged for b in right) <= 0.1 * len(right)  # the pair is not capped as a whole


def test_a_letters_address_block_is_not_linked_with_a_news_lead_that_has_none():
    # the headings name everyone the lead names; with no address line anywhere on the other side, the letter's
    # address block has no counterpart (KindCosts.address_alone), and the lead stands alone too
    from workbench.align import align_texts

    src = [["From Recep Tayyip Erdogan, President of the Republic of Türkiye"],
           ["His Excellency Mr. Ilham Aliyev, President of the Republic of Azerbaijan"],
           ["Dear Mr. President, my dear Brother."],
           ["On behalf of my nation and myself, I convey my sincere congratulations to you on your success in the "
            "election held today."]]
    tgt = [["Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Azərbaycan Prezidenti İlham Əliyevə təbrik məktubu göndərib."],
           ["\"Hörmətli cənab Prezident, Əziz Qardaşım."],
           ["Bu gün keçirilən seçkilərdə uğur qazanmağınız münasibətilə Sizə millətim adından və şəxsən öz adımdan "
            "səmimi təbriklərimi çatdırıram."]]
    beads = align_texts(src, tgt, "en", "az").beads
    assert {(b.src, b.tgt) for b in beads[:3]} == {((0,), ()), ((1,), ()), ((), (0,))}
    assert next(b for b in beads if b.src == (3,)).tgt == (2,)
    assert not any(b.flagged for b in beads if b.src and b.tgt)


def test_an_address_block_linked_with_a_headline_and_a_lead_is_doubted_but_not_with_an_address_block():
    # heldout3's Lombardi letter: "From ..." + "His Excellency ..." linked 2:2 with the other site's headline
    # (a heading) and its lead. "All headings against none" misses it; an address block against running text
    # is no translation. Two address blocks translate, and an address line against a heading alone may be
    # an address the rule does not know: neither is doubted.
    from workbench.align.confidence import HEADING_DOUBT, heading_doubt

    two_two = [(0, 0, 2, 2)]
    address = [True, True]
    assert heading_doubt([1.0], two_two, [False], address, [True, False], address, [False, False]) == [HEADING_DOUBT]
    assert heading_doubt([1.0], two_two, [False], address, [True, True], address, address) == [1.0]
    assert heading_doubt([1.0], [(0, 0, 1, 1)], [False], [True], [True], [True], [False]) == [1.0]
    assert heading_doubt([1.0], two_two, [True], address, [True, False], address, [False, False]) == [1.0]  # confirmed


def test_two_headlines_that_share_hardly_an_anchor_are_doubted():
    # two sites' own headlines over one event ("Our common history ... - President Ilham Aliyev" / "İlham Əliyev I
    # Türkoloji Qurultayın ... təklif edib") sit where headlines sit, so no alternative beats their link; only their
    # anchors can vouch for it
    from workbench.align.confidence import HEADING_DOUBT, SUPPORTED, heading_doubt

    link = [(0, 0, 1, 1)]
    assert heading_doubt([0.9], link, [False], [True], [True], dices=[SUPPORTED / 2]) == [HEADING_DOUBT]
    assert heading_doubt([0.9], link, [False], [True], [True], dices=[SUPPORTED * 2]) == [0.9]
    assert heading_doubt([0.9], link, [True], [True], [True], dices=[0.0]) == [0.9]  # confirmed


def test_a_headline_translated_keeps_its_score_in_a_pair():
    src = [["President Ilham Aliyev received the OSCE Chairperson-in-Office"],
           ["President of the Republic of Azerbaijan Ilham Aliyev has received Chairperson-in-Office of the OSCE, "
            "Minister for Foreign Affairs of Finland Elina Valtonen."]]
    tgt = [["Ильхам Алиев принял действующего председателя ОБСЕ"],
           ["Президент Азербайджанской Республики Ильхам Алиев принял действующего председателя ОБСЕ, министра "
            "иностранных дел Финляндии Элину Валтонен."]]
    beads = align_texts(src, tgt, "en", "ru").beads
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1,))]
    assert not any(b.flagged for b in beads)


def test_a_link_beside_a_lone_source_line_keeps_its_score_and_the_lone_line_has_the_doubt():
    # report.az: the English lead says "report informs"; the Azerbaijani page says it in a sentence of its own.
    # Whether that sentence joins the lead is the lone sentence's doubt; the lead's link is sure either way.
    en = [["Azerbaijani PM, Turkish VP discuss Iran's drone attacks on Nakhchivan"],
          ["On March 6, Ali Asadov, Prime Minister of the Republic of Azerbaijan, and Cevdet Yılmaz, Vice President "
           "of the Republic of Türkiye, held a telephone conversation, report informs."],
          ["During the call, strong protest was expressed regarding the drone attacks carried out against Azerbaijan "
           "by the Islamic Republic of Iran on March 5."],
          ["Prime Minister Asadov also thanked the Turkish side for the prompt support in organizing temporary flights "
           "to Iğdır Airport."],
          ["During the telephone conversation, the officials also discussed other topical issues."]]
    az = [["Əli Əsədovla Cevdet Yılmaz İranın dron hücumlarını müzakirə edib"],
          ["Azərbaycanın Baş naziri Əli Əsədov ilə Türkiyənin Vitse-prezidenti Cevdet Yılmaz arasında telefon danışığı "
           "olub."],
          ['"Report" xəbər verir ki, bu barədə Nazirlər Kabineti məlumat yayıb.'],
          ["Telefon danışığı əsnasında İran tərəfindən martın 5-də Azərbaycana qarşı dron hücumları ilə bağlı kəskin "
           "etiraz bildirilib."],
          ["Ə.Əsədov uçuşların müvəqqəti olaraq İğdır hava limanına təşkil olunması ilə bağlı göstərilən operativ "
           "dəstəyə görə qardaş Türkiyə tərəfinə təşəkkür edib."],
          ["Telefon danışığı zamanı həmçinin mövcud vəziyyətdən irəli gələrək aktual məsələlər müzakirə olunub."]]
    result = align_texts(en, az, "en", "az")
    lead = next(b for b in result.beads if tuple(b.src) == (1,))
    assert tuple(lead.tgt) in ((1,), (1, 2)) and not lead.flagged, lead
