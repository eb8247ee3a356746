"""dp.skip_fit: a short sentence split off a 1:2 (a remark opening a turn) joins its partner."""

from dataclasses import replace

from workbench.align.config import DEFAULT
from workbench.align.engine import align_flat

SRC = ["Heydar Aliyev: Thank you, Mr. Cavanaugh, I held direct negotiations here for the peaceful solution of the "
       "conflict.",
       "Carey Cavanaugh: Mr. I assure you that the United States of America is supporting the negotiations which you "
       "hold with President Robert Kocharian.",
       "As you said, the United States of America is ready to multiply its efforts in the Minsk Group."]
TGT = ["Heydər Əliyev: Təşəkkür edirəm, cənab Kavano, mən burada münaqişənin sülh yolu ilə həll edilməsi üçün "
       "birbaşa danışıqlar apardım.",
       "Kerri Kavano: Cənab, bəli, belədir.",  # not a vocative alone: "bəli, belədir" ("yes, it is so")
       "Sizi əmin edirəm ki, prezident Robert Koçaryanla apardığınız danışıqlar Amerika Birləşmiş Ştatları "
       "tərəfindən dəstəklənir.",
       "Dediyiniz kimi, Amerika Birləşmiş Ştatları Minsk qrupunda səylərini artırmağa hazırdır."]


def _beads(cfg):
    return [(b.src, b.tgt) for b in align_flat(SRC, TGT, "en", "az", config=cfg)]


def test_short_opening_piece_joins_the_sentence_whose_length_it_completes():
    assert ((1,), (1, 2)) in _beads(DEFAULT)


def test_without_the_rule_the_piece_is_left_alone():
    # the fixture needs the rule: Gale-Church alone leaves the piece 0:1
    no_fit = replace(DEFAULT, kinds=replace(DEFAULT.kinds, fit_gain=0.0))
    assert ((), (1,)) in _beads(no_fit)
    only_fit = replace(DEFAULT, kinds=replace(DEFAULT.kinds, salutation_skip=0.0))
    assert ((1,), (1, 2)) in _beads(only_fit)

