"""kinds.cites / dp.cite_beside: a line that introduces the quote ("Как сообщает Day.Az, в заявлении говорится:")
beside a sentence of the other side that introduces it too ("The statement says, “Today ...") is part of that
sentence's translation: it is not cheap to leave alone as a news-source line."""

from workbench.align import align_texts, features
from workbench.align.kinds import cites

SRC = [["Azerbaijan's Foreign Ministry issued the statement on September 27, Remembrance Day."],
       ["The statement says, “Today commemorates the 5th anniversary of the beginning of the 44-day Patriotic War, "
        "which brought an end to aggression against our country and almost 30 years of the illegal occupation."],
       ["We bow before the memory of our martyrs who gave their lives for the territorial integrity of Azerbaijan.”"]]
TGT = [["Министерство иностранных дел Азербайджана опубликовало заявление по случаю 27 сентября, Дня памяти."],
       ["Как сообщает Day.Az, в заявлении говорится:"],
       ["«Сегодня исполняется 5 лет со дня начала 44-дневной Отечественной войны, которая положила конец агрессии "
        "против нашей страны и почти 30-летней незаконной оккупации."],
       ["Мы склоняем головы перед памятью наших шехидов, отдавших жизнь за территориальную целостность Азербайджана.»"]]


def _beads():
    return [(list(b.src), list(b.tgt)) for b in align_texts(SRC, TGT, "en", "ru").beads]


def test_a_sentence_that_introduces_its_quote_cites():
    assert cites(SRC[1][0])
    assert not cites(SRC[0][0])
    # a lead that names its agency only does not: the other site's line says more than it
    assert not cites("Ekmeleddin Ihsanoglu, Secretary General of the Organization of Islamic Cooperation, sent a "
                     "letter to President of Azerbaijan Ilham Aliyev, News.Az reports.")


def test_the_line_that_introduces_the_quote_joins_the_sentence_that_does_too(monkeypatch):
    assert ([1], [1, 2]) in _beads()
    monkeypatch.setattr(features, "cites", lambda sentence: False)
    assert ([], [1]) in _beads()
