"""Key points: sentences with figures, dates, agreements and commitments, best first, shown in document order."""

from __future__ import annotations

from workbench import model
from workbench.export.docx.keypoints import key_points, score_sentence


def _doc(lang: str, sentences: list[str], kind: str = model.SPEECH) -> model.Document:
    blocks, index = [], 0
    for number, sentence in enumerate(sentences):
        block = model.Block(number, kind, sentence, speaker="A")
        block.segments.append(model.Segment(index, number, 0, len(sentence), sentence))
        index += 1
        blocks.append(block)
    return model.Document(id=f"{lang}-doc", lang=lang, title="t", blocks=blocks)


EN = [
    "Dear colleagues, I am pleased to see you all here today.",  # nothing
    "The agreement on energy cooperation was signed in Baku on 12 March 2023.",  # agreement + figure + date
    "Trade between our countries grew by 20 percent last year.",  # figure
    "We will continue the work we started together with our partners.",  # commitment
    "It is a good tradition that our ministers visit each other regularly.",  # nothing
]


def test_plain_sentences_are_not_key_points():
    points = key_points(_doc("en", EN))
    texts = [p.text for p in points]
    assert EN[0] not in texts and EN[4] not in texts
    assert texts == [EN[1], EN[2], EN[3]]  # document order, not score order


def test_limit_keeps_the_strongest_signals():
    texts = [p.text for p in key_points(_doc("en", EN), limit=2)]
    # the signed agreement with a date (3 + 2 + 2) and the figure (2) beat the bare "will" (1)
    assert texts == [EN[1], EN[2]]
    assert key_points(_doc("en", EN), limit=0) == []


def test_scores_rank_agreement_over_commitment():
    assert score_sentence(EN[1], "en") > score_sentence(EN[2], "en") > score_sentence(EN[3], "en") > 0
    assert score_sentence(EN[0], "en") == 0


def test_may_as_a_verb_is_not_a_date_but_may_9_is():
    assert score_sentence("We may discuss many other questions during the talks.", "en") == 0
    assert score_sentence("The parade takes place in Moscow on May 9 every year.", "en") > 0


def test_russian_signals():
    ru = [
        "Рад снова видеть вас в нашей стране, уважаемый коллега.",
        "Соглашение о сотрудничестве было подписано в Москве 22 февраля.",
        "Мы обязательно продолжим эту работу вместе с партнёрами.",
    ]
    texts = [p.text for p in key_points(_doc("ru", ru))]
    assert texts == [ru[1], ru[2]]


def test_azerbaijani_signals_with_dotted_capitals():
    az = [
        "Sizi yenidən görməyimə çox şadam, hörmətli dostum.",
        "İki ölkə arasında saziş fevralın 22-də Moskvada imzalanıb.",
        "Bəyannamə münasibətlərimizin ruhunu əks etdirir və yol göstərir.",
        "Biz bu işi birlikdə davam etdirəcəyik və nəticə əldə edəcəyik.",
    ]
    texts = [p.text for p in key_points(_doc("az", az))]
    assert texts == [az[1], az[2], az[3]]
    assert score_sentence(az[1], "az") > score_sentence(az[2], "az") > score_sentence(az[3], "az")


def test_title_lead_and_intro_are_not_key_points():
    sentence = "The declaration was signed on 22 February 2022 in Moscow by both presidents."
    for kind in (model.TITLE, model.LEAD, model.INTRO, model.META):
        doc = _doc("en", [sentence, EN[0]], kind=kind)
        doc.blocks[1].kind = model.SPEECH  # the text goes on after it, with no signal of its own
        assert key_points(doc) == []
    assert len(key_points(_doc("en", [sentence]))) == 1


def test_short_and_repeated_sentences_are_left_out():
    doc = _doc("en", ["Signed 2023.", "We will sign the agreement in 2024 in Baku.",
                      "We will sign the agreement in 2024 in Baku."])
    points = key_points(doc)
    assert [p.index for p in points] == [1]


def test_a_figure_outranks_a_mere_mention_of_a_declaration():
    figure = "Air carriers of our countries perform 135 flights per week."
    mention = "This Declaration reflects the spirit and nature of our relations."
    assert score_sentence(figure, "en") > score_sentence(mention, "en") > 0


def test_a_bare_year_counts_as_a_date_not_a_figure():
    with_year = "Relations between our countries developed very well in 2023."
    with_count = "Relations between our countries developed very well in 23 regions."
    assert 0 < score_sentence(with_year, "en") < score_sentence(with_count, "en")


def test_a_text_that_is_all_lead_has_its_key_points_there():
    import workbench
    from workbench.export.docx.keypoints import key_points

    doc = workbench.read_text("From the speech of Heydar Aliyev\n\nUnfortunately, in 1920, the Soviet government divided "
                              "the border and gave the Zangezur district to Armenia. It is the land of Azerbaijan. "
                              "Nakhchivan is separated from the mainland.", lang="en")
    assert [b.kind for b in doc.blocks] == ["title", "lead"]
    assert [s.text for s in key_points(doc)] == [doc.segments[1].text]
    assert doc.segments[1].text.startswith("Unfortunately, in 1920")
