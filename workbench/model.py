"""Plain data passed between the stages: ingest -> segment -> store -> align -> export.

Everything here is a dataclass with no behaviour beyond small derived properties, so each
stage can be a pure function over these values and tested on hand-built instances.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Block kinds, in the order they usually appear in an official transcript.
TITLE = "title"  # headline of the page
LEAD = "lead"  # first summary paragraph ("President ... received ...")
META = "meta"  # dateline or place line kept apart from the text ("27 February 2023, Baku")
INTRO = "intro"  # speaker introduction ("Speaking at the meeting, President Ilham Aliyev said:")
SPEECH = "speech"  # a paragraph spoken by Block.speaker
BREAK = "break"  # section break ("x x x", "* * *")
PARAGRAPH = "paragraph"  # narrative text with no speaker
BLOCK_KINDS = (TITLE, LEAD, META, INTRO, SPEECH, BREAK, PARAGRAPH)

LANGS = ("en", "ru", "az")


@dataclass(frozen=True)
class Person:
    """A participant. ``key`` is the stable ASCII id used in TEI (``#IlhamAliyev``) and in the store."""

    key: str
    name: str  # the name as written in the document ("Ilham Aliyev", "Ильхам Алиев")
    forename: str = ""
    surname: str = ""
    patronym: str = ""  # "Viktorovich", "Heydar oglu"
    role: str = ""  # "President of the Republic of Azerbaijan"


@dataclass(frozen=True)
class Segment:
    """A sentence: ``text == block.text[start:end]``; ``index`` counts sentences across the document."""

    index: int
    block: int
    start: int
    end: int
    text: str


@dataclass
class Block:
    """A paragraph-level unit of the transcript.

    ``speaker`` is a Person.key for INTRO and SPEECH blocks; ``section`` counts "x x x" breaks
    before the block; ``turn`` counts speech turns (a new INTRO or inline label opens one).
    ``label`` keeps an inline speaker label ("President Ilham Aliyev:") that was split off ``text``.
    """

    index: int
    kind: str
    text: str
    speaker: Optional[str] = None
    section: int = 0
    turn: Optional[int] = None
    label: str = ""
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Document:
    """One language version of a transcript. ``id`` is derived from its content, so ingesting
    the same text twice yields the same id."""

    id: str
    lang: str
    title: str
    blocks: list[Block]
    people: list[Person] = field(default_factory=list)
    date: str = ""  # ISO 8601 (YYYY-MM-DD) where known
    place: str = ""
    source_url: str = ""
    source_path: str = ""
    dropped: list[str] = field(default_factory=list)  # boilerplate lines removed at ingest

    @property
    def segments(self) -> list[Segment]:
        return [s for b in self.blocks for s in b.segments]

    def person(self, key: Optional[str]) -> Optional[Person]:
        return next((p for p in self.people if p.key == key), None)


# Bead statuses.
AUTO = "auto"
CONFIRMED = "confirmed"


@dataclass(frozen=True)
class Bead:
    """An n:m link between sentence indices (Segment.index) of two documents; either side may be empty."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 1.0
    status: str = AUTO
    flagged: bool = False
    reviewer: str = ""  # who confirmed it, where a review recorded that

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass
class Alignment:
    src_doc: str
    tgt_doc: str
    src_lang: str
    tgt_lang: str
    beads: list[Bead]


@dataclass(frozen=True)
class Unit:
    """A translation unit as the exports see it: one text per language plus properties."""

    tuid: str
    texts: dict[str, str]  # lang -> text
    srclang: str
    score: float = 1.0
    status: str = AUTO
    shape: str = "1-1"
    speaker: str = ""
    section: int = 0
    doc: str = ""
    source_url: str = ""
    note: str = ""
    created: str = ""  # YYYYMMDDThhmmssZ
    flagged: bool = False  # its bead scored under the threshold: left out of TMX unless asked for
    # What another tool's TMX held beyond the texts, written back as it came: "tags" (key -> the tag as
    # written), "inline" (key -> the seg's inner XML), "tu" (attributes), "props", "notes", "tuv" (per key).
    extra: dict = field(default_factory=dict, compare=False)
