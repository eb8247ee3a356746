"""One side of a pair as the aligner sees it: per sentence, its anchor keys, its length and its kinds."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Sequence

from workbench.align.dp import Side, make_side
from workbench.align.kinds import (cites, greets, is_address, is_courtesy, is_heading, is_note, is_salutation,
                                   is_vocative, source_kinds)


@dataclass(frozen=True)
class Features:
    """``para[i]``: a paragraph ends before sentence i (n+1 entries). ``notes``/``polite``/``report``/
    ``heading``/``salute``/``greet``: which sentences are editorial notes, courtesy formulas, news-source lines,
    headings, salutation lines and sentences that greet or are address lines (kinds.py); None where
    kinds do not apply (blocks of sentences, whose kinds mean nothing)."""

    lengths: Sequence[int]
    para: Sequence[bool]
    keys: Sequence[dict] = ()
    notes: Optional[Sequence[bool]] = None
    polite: Optional[Sequence[bool]] = None
    report: Optional[Sequence[bool]] = None
    heading: Optional[Sequence[bool]] = None
    salute: Optional[Sequence[bool]] = None
    greet: Optional[Sequence[bool]] = None
    # a letter's sender or addressee line (kinds.is_address): a heading to the confidence scorer, which flags
    # its link with a news lead, and KindCosts.address_link to the DP
    address: Optional[Sequence[bool]] = None
    cite: Optional[Sequence[bool]] = None  # names its source as it goes on (kinds.cites)
    source: Optional[Sequence[bool]] = None  # says where the news came from, at any length (kinds.names_source)
    intro: Optional[Sequence[bool]] = None  # a news-source line that introduces a quote (kinds.introduces_quote)

    @classmethod
    def of(cls, sents: Sequence[str], lang: str, para: Optional[Sequence[bool]] = None) -> "Features":
        """A text's features without keys (the aligner makes them per pass)."""
        heading = [is_heading(x) for x in sents]
        # a vocative of its own ("Zati-aliləri.") acts as a salutation line does
        salute = [is_salutation(x) or is_vocative(x, lang) for x in sents]
        address = [is_address(x) for x in sents]
        source, report, intro = (list(kind) for kind in zip(*map(source_kinds, sents))) if sents else ([], [], [])
        return cls(lengths=[len(x) for x in sents],
                   para=list(para) if para is not None else [False] * (len(sents) + 1),
                   notes=[is_note(x) for x in sents],
                   # a salutation line is a courtesy formula, names and all ("Уважаемый Эмомали Шарифович,")
                   polite=[sal or is_courtesy(x, lang) for x, sal in zip(sents, salute)],
                   report=report, heading=heading, salute=salute,
                   # a headline names whom a letter addresses; it greets no one ("... congratulates Joe Biden")
                   greet=[ad or greets(x, lang) for x, ad in zip(sents, address)],
                   address=address, cite=[cites(x) for x in sents],
                   source=source, intro=intro)

    def __len__(self) -> int:
        return len(self.lengths)

    def with_keys(self, keys: Sequence[dict]) -> "Features":
        return replace(self, keys=keys)

    def run(self, i0: int, i1: int) -> "Features":
        """Sentences [i0, i1) as a run of their own: it starts and ends a paragraph."""

        def cut(xs: Optional[Sequence[bool]]) -> Optional[Sequence[bool]]:
            return None if xs is None else xs[i0:i1]

        return Features(self.lengths[i0:i1], [False, *self.para[i0 + 1:i1], True], self.keys[i0:i1],
                        cut(self.notes), cut(self.polite), cut(self.report), cut(self.heading), cut(self.salute),
                        cut(self.greet), cut(self.address), cut(self.cite), cut(self.source),
                        cut(self.intro))

    def side(self, para: Optional[Sequence[bool]] = None) -> Side:
        """The DP's prefix sums; ``para`` overrides the paragraph ends (the scorer adds the cuts)."""
        return make_side(self.lengths, [sum(k.values()) for k in self.keys],
                         self.para if para is None else para, self.notes, self.polite, self.report, self.heading,
                         self.salute, self.greet, self.address, self.cite, self.source,
                         self.intro)
