"""Whatever the two texts hold, the beads cover every sentence once, in order, with scores in [0, 1]."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.align import align_texts

# pieces official texts are made of, so that anchors, labels, notes and greetings all turn up
_WORDS = ["Ilham Aliyev:", "В.Путин:", "İlham Əliyev:", "x x x", "(Applause.)", "Thank you.", "Спасибо.",
          "Sağ olun.", "22", "February", "февраля", "fevralın", "2023", "30th", "8,000", "«договор»", "“deal”",
          "президент", "prezident", "president", "relations", "отношения", "münasibətlər", "?", "!", ".", "-",
          "Baku", "Баку", "Bakı", "the", "и", "və", "a" * 40]
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)
_TEXT = st.lists(st.lists(_SENTENCE, min_size=1, max_size=6), min_size=0, max_size=5)


@settings(derandomize=True, max_examples=80, deadline=None)
@given(src=_TEXT, tgt=_TEXT, tgt_lang=st.sampled_from(["ru", "az"]))
def test_beads_partition_both_texts_in_order(src, tgt, tgt_lang):
    result = align_texts(src, tgt, "en", tgt_lang)
    n, m = sum(map(len, src)), sum(map(len, tgt))
    assert [i for b in result.beads for i in b.src] == list(range(n))
    assert [j for b in result.beads for j in b.tgt] == list(range(m))
    assert all(b.src or b.tgt for b in result.beads)
    assert all(len(b.src) <= 3 and len(b.tgt) <= 3 for b in result.beads)
    assert all(0.0 <= b.score <= 1.0 and b.flagged == (b.score < 0.5) for b in result.beads)
