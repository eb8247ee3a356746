"""Every knob of the aligner, named, documented and frozen, in five groups.

``AlignConfig()`` is the model bench/align_tune.py chose on the gold pairs. Costs are in nats-like
units: lower is better. A run never changes the configuration it is given: what it estimates from
the pair itself (the length ratio and variance) goes into a copy made with ``dataclasses.replace``.

    from dataclasses import replace
    cfg = AlignConfig()
    strict = replace(cfg, threshold=0.7)
    no_gain = replace(cfg, anchors=replace(cfg.anchors, gain=0.0))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class LengthModel:
    """Gale-Church: a bead's cost grows with the squared difference between the target length and
    the source length times ``ratio``, over a variance that grows with the bead's size."""

    ratio: float = 1.0  # expected target characters per source character (re-estimated per pair)
    var: float = 6.8  # variance per character (re-estimated per pair from its surest 1:1 beads)
    # a variance that does not shrink to nothing for short sentences: "Or at least we hope so." is
    # translated in 23 or in 41 characters, while two long sentences keep close to the ratio
    floor: float = 60.0  # chars²: about ±8 characters of slack for any bead
    cap: float = 30.0  # no bead pays more than this for its lengths
    # official translations run close to 1:1 in characters; a short text's own ratio is skewed by
    # whatever one side added (a reporting sentence), so it outweighs 1.0 only slowly: its weight is
    # min(n, m) / (min(n, m) + prior_weight)
    prior_weight: float = 30.0
    # estimated from the surest 1:1 beads only, the variance is too tight for merges and splits,
    # whose translations add or drop linking words
    var_floor: float = 2.0
    var_cap: float = 40.0
    estimate_min_beads: int = 8  # fewer confident 1:1 beads than this: keep ratio and var as given


@dataclass(frozen=True)
class AnchorCosts:
    """Anchors (numbers, names, cognates, lexicon concepts) as additive evidence: what a bead's two
    sides share earns, what one side has alone costs, so one unmatched word costs the same in a short
    bead as in a long one and a merge is judged by what its extra sentence brings."""

    gain: float = 0.7  # bonus per unit of anchor weight shared across the bead (counted on both sides)
    # a merge's gain is divided by (a*b)**merge_exp: the extra sentence of a merge matches by chance more often
    merge_exp: float = 0.1
    miss: float = 0.15  # cost per unit of anchor weight left unmatched inside the bead
    # a dropped sentence that shares anchors with the sentences right beside it on the other side is
    # probably not dropped: "More than 8,000 ..." next to "8 mindən çox ..." is evidence of a link that
    # leaving both unlinked would otherwise ignore (a link pays for every unmatched anchor, a skip for none)
    skip_shared: float = 0.3
    skip_shared_cap: float = 4.0
    # a key found in many sentences of the text ("Azerbaijan", "relations") says less about which
    # sentence translates which than one found in a few (anchors.scale_common_keys)
    idf_df: float = 3.0
    idf_exp: float = 0.3


@dataclass(frozen=True)
class KindCosts:
    """Costs that depend on what a sentence is (kinds.py) and where paragraphs end."""

    short_len: int = 25  # sentences shorter than this (characters) are dropped more often than long ones
    short_bonus: float = 0.5
    # ... but a short sentence beside a 1:1 bead whose other side runs longer by about its length is the
    # part of a 1:2 the translator split off ("Kerri Kavano: Cənab prezident." opening a turn): left alone
    # it pays fit_gain times the length cost that the 1:1 beside it in the same paragraph (any paragraph
    # for a news-source line) would save by taking it in (dp.skip_fit), up to fit_cap. Gale-Church, whose
    # variance grows with the bead, barely sees 30 characters missing from a 150-character bead. Only for
    # sentences of short_len to fit_len characters, not headings or salutation lines: a word or two
    # ("Спасибо.", "Понимаете?") is what an interpreter adds or drops beside a merge, and the rule only
    # sees the 1:1 beside, not whether that bead is itself a merge.
    fit_len: int = 50
    fit_gain: float = 1.0
    fit_cap: float = 3.0
    polite_bonus: float = 0.5  # greetings and thanks ("Thank you.", "Dear friends!") are what translators drop
    # ... and what they split and merge: "Mr President, friends" is "Уважаемый господин Президент!
    # Дорогие друзья!"; each courtesy formula past the first in a merge that has one on both sides
    polite_merge: float = 1.5
    # an editorial note left unlinked costs next to nothing; a link that pairs a note with a spoken
    # sentence ("Thank you." / "(Как переведено.)") is paid per unpaired note
    note_skip: float = 0.3
    note_link: float = 6.0
    # a note or section break ("x x x") on both sides at the same place is one bead: less than two skips,
    # each of which may also collect a paragraph bonus
    note_pair: float = -3.0
    report_skip: float = 1.5  # "Об этом сообщает ..." left unlinked
    # ... and never the translation of a sentence that is not one: a 1:1 link of the two costs this much
    # (a merge may still fold it in: "..., according to the Ministry.")
    report_link: float = 2.0
    # two news-source lines, or two lines that introduce a quote ("The letter reads:" / "Как сообщает Report,
    # в письме говорится:"), are one bead whatever their lengths and words: news agencies word them
    # freely. Such a 1:1 link costs at most this, whatever its length and anchor terms say.
    report_pair: float = -0.5
    # headings (kinds.is_heading: headlines, address and signature lines) translate headings: a link whose
    # one side is all headings and the other has none, or a side that mixes a heading with sentences
    heading_link: float = 3.0
    heading_merge: float = 1.0
    # ... and a headline merged across its paragraph end with the text's first sentence, against a side with no
    # heading, is a title the other side does not have ("Заявления для прессы по итогам ... переговоров" +
    # "И.Алиев: Уважаемый Дмитрий Анатольевич!" against the English turn alone), per side
    heading_cross: float = 3.0
    # a letter's salutation or closing line ("«Уважаемый Александр Григорьевич,", "Ваш,") that only one side has
    # stands alone: a link whose one side holds one while no sentence of the other greets or is an address line
    # (kinds.greets, kinds.is_address) pays this, per side. A headline does not count: "President Ilham Aliyev
    # congratulates US President-elect Joe Biden" names the man "Уважаемый господин Байден." addresses
    salutation_link: float = 6.0
    # ... and one left alone beside a sentence of the other side that greets ("Dear Friend," next to "Əziz dost,
    # əməkdaşlığımızın ...") pays this: that side said it too, inside the sentence
    salutation_skip: float = 2.0
    # a letter's sender or addressee line ("From Irakli Garibashvili, Prime Minister of Georgia", "To His
    # Excellency ...,"; kinds.is_address) shares every name and title with the other site's news lead, and is
    # not its translation: a link whose one side holds one while no sentence of the other is a heading or an
    # address line pays this, per side
    address_link: float = 4.0
    # ... and when the other side holds no address line anywhere, one side is the letter and the other the news
    # item that reports it: the letter's address block has no counterpart at all, however many names the lead
    # shares with it. Its link then pays address_alone per address line instead (a sender and an addressee line
    # merged with a headline and a lead pay twice), and leaving it alone costs address_skip.
    # (Even a heading of the other side: a headline names the same people. An addressee line that no opener
    # tells has its honorific, kinds.is_address: "Azərbaycan Respublikasının Prezidenti cənab İlham Əliyevə".)
    address_alone: float = 12.0
    address_skip: float = 0.5
    para_cross: float = 1.5  # a multi-sentence side spanning a paragraph break
    para_bonus: float = 0.8  # both sides end a paragraph with this bead


@dataclass(frozen=True)
class Priors:
    """The prior cost (-log P) of each bead shape; a shape without a prior is not a move. Shapes are
    symmetric: translators split one sentence in two as often as they join two."""

    one_one: float = 0.0
    skip: float = 3.6  # 1:0 and 0:1
    merge: float = 2.6  # 2:1 and 1:2
    # 2:2 is dear: two 1:1 beads say the same with more detail, so a 2:2 has to be clearly better
    two_two: float = 6.0
    # ... unless its content crosses (dp.crossing): each sentence shares anchors with both sentences across
    # but for one straight pair, which shares at least cross_min less than each of the three other pairs
    # (a lead ending "..., Report informs." and "The letter reads:" against a lead and "Как сообщает Report,
    # в письме говорится:"). Read as two 1:1 beads, those crossing anchors count as unmatched; so a crossing
    # 2:2 costs its two straight 1:1 beads, plus two_two_cross, minus what its crossing anchors earn once
    # matched (vecalign scores a 2:2 on the content of the whole bead, whatever the order inside it)
    two_two_cross: float = 1.0
    cross_min: float = 1.0
    three: float = 5.0  # 3:1 and 1:3
    # Two sites retelling one event are not a translation: half their sentences have no counterpart, and the
    # skip prior above, right for translations, links them anyway. The first pass tells the two apart by the
    # anchor weight its links share over the whole pair's (engine.doc_dice, about 0.4-0.6 for translations,
    # 0.15-0.25 for retellings); below loose_hi the skip prior falls linearly, to loose_skip at loose_lo.
    loose_hi: float = 0.30
    loose_lo: float = 0.22
    loose_skip: float = 2.0
    loose_min: int = 5  # sentences a side, at least: a shorter pair's share of anchors says too little

    @cached_property
    def table(self) -> dict[tuple[int, int], float]:
        return {(1, 1): self.one_one, (1, 0): self.skip, (0, 1): self.skip, (2, 1): self.merge,
                (1, 2): self.merge, (2, 2): self.two_two, (3, 1): self.three, (1, 3): self.three}


# The moves of the DP, (source sentences, target sentences), in the order the DP tries them.
MOVES: tuple[tuple[int, int], ...] = tuple(Priors().table)
# The widest step of any move: how far a band row must reach to stay connected to the next.
MAX_STEP = max(max(a, b) for a, b in MOVES)


@dataclass(frozen=True)
class Search:
    """How much of the DP table is searched, and how the two passes work.

    The band is the set of target positions kept for each source position around a guide path;
    every width is at least MAX_STEP, so no move jumps over a band row."""

    full_dp: int = 250  # runs up to this many sentences a side get an unbanded DP
    band: int = 32  # half-width around the character-offset guide
    narrow_band: int = 8  # half-width around the first pass's path
    max_band: int = 256  # the band doubles while the path runs along its edge, up to this
    coarse_min: int = 3000  # longer runs get their band from an alignment of sentence blocks first
    coarse_k: int = 8  # sentences per block
    score_band: int = 4  # half-width of the band of bead costs the confidence scorer reads
    confident_sim: float = 0.3  # a first-pass 1:1 bead with this anchor Dice teaches the second pass
    min_confident: int = 10  # fewer confident beads: no second pass
    lexicon_pairs: int = 1000  # confident beads IBM Model 1 learns from, at most
    lexicon_iterations: int = 4
    lexicon_min_prob: float = 0.3  # learned translations below this probability are not anchors

    @property
    def fine_band(self) -> int:
        """Half-width around the coarse path: the error of one block either way, and some."""
        return 3 * self.coarse_k


@dataclass(frozen=True)
class AlignConfig:
    """The aligner's whole configuration; pass it to any align entry point."""

    length: LengthModel = field(default_factory=LengthModel)
    anchors: AnchorCosts = field(default_factory=AnchorCosts)
    kinds: KindCosts = field(default_factory=KindCosts)
    priors: Priors = field(default_factory=Priors)
    search: Search = field(default_factory=Search)
    threshold: float = 0.5  # beads scoring below are flagged for review


DEFAULT = AlignConfig()
