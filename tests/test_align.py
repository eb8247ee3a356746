"""The sentence aligner: dev pairs reach their gold, each signal works on tiny cases, bad input warns."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.align.config import AlignConfig, LengthModel
from workbench.align import AlignResult, align_texts, format_beads, learn_lexicon, load_lexicon, read_beads
from workbench.align import dp
from workbench.align.anchors import cognate_key, month_of, sentence_keys
from workbench.align.evaluate import score_alignments
from workbench.translit import transliterate
from workbench.align.formats import read_presegmented
from workbench.errors import InputError, WorkbenchError

DEV = Path(__file__).parent / "fixtures" / "dev"  # a copy of shared/corpus/dev
FIXTURES = Path(__file__).parent / "fixtures" / "align"


def read_sents(path: Path) -> list[list[str]]:
    return read_presegmented(str(path))


def pair_dirs():
    dirs = sorted(p for p in DEV.iterdir() if (p / "gold.align").exists())
    return dirs + sorted(p for p in FIXTURES.iterdir() if (p / "gold.align").exists())


def beads_of(result: AlignResult):
    return [(list(b.src), list(b.tgt)) for b in result.beads]


def canonical(beads):
    """Adjacent unlinked sentences ("[5]:[]" beside "[]:[7]") may come in either order: the alignment is
    the same, so each run of them is put in one order before comparing."""
    out, run = [], []
    for src, tgt in beads:
        if not src or not tgt:
            run.append((src, tgt))
            continue
        out += sorted(run, key=lambda bead: bool(bead[0]))
        run = []
        out.append((src, tgt))
    out += sorted(run, key=lambda bead: bool(bead[0]))
    return out


@pytest.mark.parametrize("pair", pair_dirs(), ids=lambda p: p.name)
def test_pairs_reach_their_gold(pair):
    meta = json.loads((pair / "meta.json").read_text())
    result = align_texts(read_sents(pair / "src.sents"), read_sents(pair / "tgt.sents"), meta["src_lang"],
                         meta["tgt_lang"])
    assert canonical(beads_of(result)) == canonical(read_beads((pair / "gold.align").read_text()))


def test_beads_cover_every_sentence_once_in_order_with_scores():
    src = [["The President met the minister.", "They discussed energy.", "Thank you."]]
    tgt = [["Президент встретился с министром.", "Они обсудили энергетику и транспорт.", "Спасибо.", "Конец."]]
    result = align_texts(src, tgt, "en", "ru")
    assert [i for b in result.beads for i in b.src] == [0, 1, 2]
    assert [k for b in result.beads for k in b.tgt] == [0, 1, 2, 3]
    for b in result.beads:
        assert 0.0 <= b.score <= 1.0
        assert b.flagged == (b.score < 0.5)


def test_threshold_controls_flagging():
    src = [["The President met the minister in Baku on 5 May."]]
    tgt = [["Президент встретился с министром в Баку 5 мая."]]
    assert not align_texts(src, tgt, "en", "ru", config=AlignConfig(threshold=0.0)).beads[0].flagged
    assert align_texts(src, tgt, "en", "ru", config=AlignConfig(threshold=1.01)).beads[0].flagged


def test_a_config_is_never_changed_by_aligning():
    config = AlignConfig()
    before = repr(config)
    src = [[f"Sentence number {i} is about the {i}th meeting in Baku." for i in range(30)]]
    tgt = [[f"Предложение номер {i} о встрече номер {i} в Баку, очень длинное." for i in range(30)]]
    align_texts(src, tgt, "en", "ru", config=config)
    assert repr(config) == before
    with pytest.raises(AttributeError):
        config.length.ratio = 2.0  # type: ignore[misc]


# --- transliteration and anchors -------------------------------------------------------------

def test_transliteration_folds_cyrillic_and_azerbaijani_letters():
    assert transliterate("Ильхам Алиев", "ru") == "Ilkham Aliev"
    assert transliterate("İlham Əliyev şəhər çay ağ göl üç", "az") == "Ilham Aliyev shahar chay ag gol uch"


@pytest.mark.parametrize("words", [
    [("Aliyev", "en"), ("Алиев", "ru"), ("Əliyev", "az")],
    [("President", "en"), ("президент", "ru"), ("Prezident", "az")],
    [("Jeyhun", "en"), ("Джейхун", "ru"), ("Ceyhun", "az")],
    [("humanitarian", "en"), ("гуманитарный", "ru"), ("humanitar", "az")],
    [("Heydar", "en"), ("Гейдар", "ru"), ("Heydər", "az")],
])
def test_cognates_share_a_key_across_scripts(words):
    assert len({cognate_key(w, lang) for w, lang in words}) == 1


def test_unrelated_words_do_not_share_a_cognate_key():
    assert cognate_key("Armenia", "en") != cognate_key("Азербайджан", "ru")


def test_months_in_three_languages():
    assert month_of("february", "en") == month_of("февраля", "ru") == month_of("fevralın", "az") == 2
    assert month_of("мая", "ru") == 5 and month_of("март", "ru") == 3 and month_of("мастер", "ru") == 0


def test_numbers_dates_and_ordinals_become_shared_keys():
    en = sentence_keys("Signed on February 22, 2023, for the 30th anniversary.", "en")
    ru = sentence_keys("Подписана 22 февраля 2023 года к 30-летию.", "ru")
    az = sentence_keys("2023-cü il fevralın 22-də 30 illiyə imzalanıb.", "az")
    for key in (("n", "22"), ("n", "2023"), ("n", "30"), ("m", 2)):
        assert key in en and key in ru and key in az


def test_keys_common_in_the_text_weigh_less():
    from workbench.align.anchors import scale_common_keys

    src = [{("c", "asrb"): 1.0, ("n", "22"): 2.0}] + [{("c", "asrb"): 1.0} for _ in range(11)]
    tgt = [{("c", "asrb"): 1.0, ("n", "22"): 2.0}, {("c", "asrb"): 1.0}]
    assert scale_common_keys(src, tgt, 3.0, 0.0) == (src, tgt)
    s, t = scale_common_keys(src, tgt, 3.0, 0.5)
    assert s[0][("n", "22")] == t[0][("n", "22")] == 2.0  # rare: kept
    assert s[0][("c", "asrb")] == t[1][("c", "asrb")] == pytest.approx(0.5)  # in 12 sentences: (3/12) ** 0.5


def test_may_as_a_verb_is_not_a_month():
    assert ("m", 5) not in sentence_keys("We may agree.", "en")
    assert ("m", 5) in sentence_keys("On 9 May we met.", "en")


def test_question_and_exclamation_marks_are_anchors():
    assert ("p", "?") in sentence_keys("Is it possible?", "en")
    assert ("p", "!") in sentence_keys("Добро пожаловать!", "ru")
    assert ("p", "?") not in sentence_keys("It is possible.", "en")


def test_a_speaker_label_matches_only_a_label():
    # two turns of the same speaker agree; a label and a sentence that mentions that person do not
    en = sentence_keys("Ilham Aliyev: Thank you.", "en")
    assert set(en) & set(sentence_keys("İlham Əliyev: Sağ olun.", "az"))
    assert not set(en) & set(sentence_keys("Prezident İlham Əliyev nümayəndə heyətini qəbul edib.", "az"))
    assert not set(sentence_keys("В.Путин: Спасибо.", "ru")) & set(sentence_keys("Владимир Путин прибыл.", "ru"))
    # a name inside a sentence still counts
    assert set(sentence_keys("I met Ilham Aliyev.", "en")) & set(sentence_keys("Я встретил Ильхама Алиева.", "ru"))
    # a lower-case word before a colon is not a label
    assert sentence_keys("The result: 12 billion.", "en") == sentence_keys("The result 12 billion.", "en")


def test_quotations_are_anchors_in_each_typography():
    en = sentence_keys("He called the document “historic”.", "en")
    ru = sentence_keys("Он назвал документ «историческим».", "ru")
    az = sentence_keys('O, sənədi "tarixi" adlandırıb.', "az")
    assert ("p", "quote") in en and ("p", "quote") in ru and ("p", "quote") in az
    assert ("p", "quote") not in sentence_keys("Azerbaijan’s position is clear.", "en")


def test_numbers_pick_the_right_partner_when_lengths_do_not():
    src = [["The delegation arrived on 14 June.", "It stayed until 20 June."]]
    tgt = [["Делегация пробыла там до 20 июня.", "Она прибыла 14 июня."][::-1]]
    assert beads_of(align_texts(src, tgt, "en", "ru")) == [([0], [0]), ([1], [1])]


# --- length model and DP ----------------------------------------------------------------------

def test_length_cost_prefers_matching_lengths():
    p = AlignConfig()
    s = dp.make_side([100], [0.0], [False, True])
    for lt, worse in ((100, 300), (100, 50)):
        t_good = dp.make_side([lt], [0.0], [False, True])
        t_bad = dp.make_side([worse], [0.0], [False, True])
        assert dp.bead_cost(p, s, t_good, [{}], 0, 0, 1, 1) < dp.bead_cost(p, s, t_bad, [{}], 0, 0, 1, 1)


def test_length_model_uses_the_ratio():
    p = replace(AlignConfig(), length=LengthModel(ratio=2.0))
    s = dp.make_side([100], [0.0], [False, True])
    t200 = dp.make_side([200], [0.0], [False, True])
    t100 = dp.make_side([100], [0.0], [False, True])
    assert dp.bead_cost(p, s, t200, [{}], 0, 0, 1, 1) < dp.bead_cost(p, s, t100, [{}], 0, 0, 1, 1)


def test_dp_finds_a_merge_by_length():
    src = [["A" * 50 + ".", "B" * 50 + ".", "C" * 80 + "."]]
    tgt = [["x" * 101 + ".", "y" * 80 + "."]]
    assert beads_of(align_texts(src, tgt, "en", "ru")) == [([0, 1], [0]), ([2], [1])]


def test_dp_finds_a_split_and_a_deletion():
    src = [["The President of Azerbaijan Ilham Aliyev received Sergey Lavrov in Baku on 27 February 2023.",
            "Dear friends!", "They discussed energy, transport and humanitarian cooperation."]]
    tgt = [["Президент Азербайджана Ильхам Алиев принял Сергея Лаврова.", "Встреча прошла в Баку 27 февраля 2023 года.",
            "Они обсудили энергетику, транспорт и гуманитарное сотрудничество."]]
    assert beads_of(align_texts(src, tgt, "en", "ru")) == [([0], [0, 1]), ([1], []), ([2], [2])]


def test_band_limited_dp_matches_full_dp_on_a_long_text():
    base = [f"Sentence number {k} talks about the {k}th item of the agenda." for k in range(400)]
    tgt = [f"Предложение номер {k} говорит о {k}-м пункте повестки." for k in range(400) if k % 50 != 7]
    gold = [([k], [k - (k // 50) - (1 if k % 50 > 7 else 0)]) if k % 50 != 7 else ([k], []) for k in range(400)]
    assert beads_of(align_texts([base], [tgt], "en", "ru")) == gold


def test_paragraph_ends_keep_beads_inside_paragraphs():
    src = [["One two three four five six.", "Seven eight nine ten."], ["Eleven twelve thirteen fourteen."]]
    tgt = [["Раз два три четыре пять шесть.", "Семь восемь девять десять."], ["Одиннадцать двенадцать тринадцать."]]
    beads = beads_of(align_texts(src, tgt, "en", "ru"))
    assert ([2], [2]) in beads


# --- bead format, lexicon, scoring -------------------------------------------------------------

def test_bead_format_round_trip():
    text = "[0,1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2,3]\n"
    assert format_beads(read_beads(text)) == text


def test_bad_bead_line_names_the_line():
    with pytest.raises(WorkbenchError, match="line 2"):
        read_beads("[0]:[0]\nnonsense\n")


def test_load_lexicon(tmp_path):
    path = tmp_path / "lex.tsv"
    path.write_text("# comment\npeace\tмир\t0.9\ntreaty\tдоговор\n", encoding="utf-8")
    assert load_lexicon(path) == {"peace": {"мир": 0.9}, "treaty": {"договор": 1.0}}
    path.write_text("peace\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_lexicon(path)


@pytest.mark.parametrize("en, ru, az", [
    ("agreements", "соглашения", "sazişlər"),
    ("negotiations", "переговорах", "danışıqları"),
    ("unity", "единство", "birliyi"),
    ("railway", "железной дороги", "dəmir yolu"),
    ("humanitarian", "гуманитарного", "humanitar"),
    ("delighted", "рады", "şadıq"),  # "We are always delighted." / "Мы всегда очень рады, ..."
    ("contacts", "контакты", "təmaslar"),
    ("glorious", "славной", "şanlı"),
])
def test_built_in_lexicon_links_official_vocabulary_in_three_languages(en, ru, az):
    from workbench.align.lexicon import ConceptIndex

    for tgt_lang, word in (("ru", ru), ("az", az)):
        index = ConceptIndex.seeded("en", tgt_lang)
        keys_en = set(sentence_keys(en, "en", index.keys))
        assert keys_en & set(sentence_keys(word, tgt_lang, index.keys)), (en, word)


def test_built_in_table_reads_a_line_whose_empty_last_column_lost_its_tab():
    from workbench.align.lexicon import table_pairs

    table = "# en ru az\noath\tприсяг\nunity\tединств\tbirli\n"
    assert [(a, b) for a, b, _ in table_pairs(table, "en", "ru")] == [("oath", "присяг"), ("unity", "единств")]
    assert [(a, b) for a, b, _ in table_pairs(table, "en", "az")] == [("unity", "birli")]


def test_the_built_in_table_ships_with_the_package():
    from workbench.align.lexicon import seed_pairs

    assert len({concept for _, _, concept in seed_pairs("en", "ru")}) > 1000
    assert len({concept for _, _, concept in seed_pairs("en", "az")}) > 1000


def test_a_stem_ending_in_equals_matches_the_whole_word_only():
    from workbench.align.lexicon import ConceptIndex

    index = ConceptIndex("en", "az")
    index.add("day=", "gün=", "day")
    assert index.keys("gün", "az") == index.keys("day", "en") == (("l", "day"),)
    assert index.keys("günəş", "az") == () and index.keys("days", "en") == ()
    index.add("year=", "il=", "year")  # two letters are enough for a whole word
    assert index.keys("il", "az") == (("l", "year"),) and index.keys("ilk", "az") == ()


def test_built_in_lexicon_does_not_match_on_false_prefixes():
    from workbench.align.lexicon import ConceptIndex

    index = ConceptIndex.seeded("en", "ru")
    # "sign" is not "significant", "method" is not "met", "делегация" is not "дела"
    assert not set(sentence_keys("significant", "en", index.keys)) & set(sentence_keys("подписали", "ru", index.keys))
    assert not set(sentence_keys("method", "en", index.keys)) & set(sentence_keys("встретились", "ru", index.keys))
    assert not set(sentence_keys("affairs", "en", index.keys)) & set(sentence_keys("делегация", "ru", index.keys))
    assert not set(sentence_keys("sentence", "en", index.keys)) & set(sentence_keys("направил", "ru", index.keys))


def test_learn_lexicon_finds_consistent_translations():
    pairs = [("peace treaty signed", "мирный договор подписан"), ("peace talks began", "мирные переговоры начались"),
             ("treaty talks ended", "переговоры договор завершились"), ("peace came", "мирный пришёл")]
    lex = learn_lexicon(pairs, "en", "ru")
    assert "мирный" in lex["peace"]
    assert "догово" in lex["treaty"]


def test_user_lexicon_changes_the_alignment():
    # without the lexicon nothing tells which of the two targets translates the source sentence
    src = [["Zorblat quintex wemblo."], ["Frimble gax."]]
    lex = {"zorblat": {"лумикс": 1.0}, "quintex": {"дарт": 1.0}}
    for first, second, want in (("Ворп трул снекс.", "Лумикс дарт кранд.", [([], [0]), ([0], [1])]),
                                ("Лумикс дарт кранд.", "Ворп трул снекс.", [([0], [0]), ([], [1])])):
        tgt = [[first, second], ["Фримбл гакс."]]
        assert beads_of(align_texts(src, tgt, "en", "ru", lexicon=lex)) == want + [([1], [2])]
        assert beads_of(align_texts(src, tgt, "en", "ru")) != want + [([1], [2])]


def test_scores_match_vecalign_definitions():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2])]
    test = [([0], [0]), ([1], [1]), ([2], []), ([], [2])]
    r = score_alignments([gold], [test])
    # precision: 4 test beads, 2 exact; lax: [1]:[1] overlaps gold, [2]:[] does not
    assert r["precision_strict"] == pytest.approx(2 / 4)
    assert r["precision_lax"] == pytest.approx(3 / 4)
    # recall over non-null gold beads: [0]:[0] exact, [1,2]:[1] only lax
    assert r["recall_strict"] == pytest.approx(1 / 2)
    assert r["recall_lax"] == pytest.approx(1.0)


# --- warnings ----------------------------------------------------------------------------------

def test_one_side_empty_warns_and_leaves_sentences_unaligned():
    result = align_texts([["One.", "Two."]], [], "en", "ru")
    assert any("one side is empty" in w for w in result.warnings)
    assert beads_of(result) == [([0], []), ([1], [])]


def test_same_language_warns():
    result = align_texts([["The minister arrived in Baku."]], [["The minister came to Baku."]], "en", "ru")
    assert any("same language" in w for w in result.warnings)


def test_very_different_lengths_warn():
    result = align_texts([["Short text."]], [["Очень длинный текст, " * 20]], "en", "ru")
    assert any("lengths differ by" in w for w in result.warnings)


def test_unknown_language_warns():
    result = align_texts([["Guten Tag."]], [["Добрый день."]], "de", "ru")
    assert any("no rules for language de" in w for w in result.warnings)


def test_clean_input_has_no_warnings():
    result = align_texts([["The minister arrived in Baku."]], [["Министр прибыл в Баку."]], "en", "ru")
    assert result.warnings == []


def test_long_text_with_a_dropped_stretch_follows_the_drift():
    # 150 sentences missing from the middle of the target: the path leaves the character-offset
    # diagonal by far more than the band's half-width (the block-level pass or widening must find it)
    src = [f"Item {k} of the agenda concerns the {k}th question of cooperation." for k in range(3400)]
    tgt = [f"Пункт {k} повестки касается {k}-го вопроса сотрудничества." for k in range(3400)
           if not 1000 <= k < 1150]
    gold = []
    for k in range(3400):
        gold.append(([k], []) if 1000 <= k < 1150 else ([k], [k if k < 1000 else k - 150]))
    assert beads_of(align_texts([src], [tgt], "en", "ru")) == gold
