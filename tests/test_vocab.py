"""workbench.vocab: the one reader of workbench/data, and the data every module asks it for."""

import pytest

from workbench import vocab
from workbench.errors import WorkbenchError
from workbench.model import LANGS

# sections read from every language's file (ingest, align, export)
_PER_LANG = ("months", "month_stems", "stopwords", "scales", "courtesy", "courtesy_joiners", "reporting", "titles",
             "speech_verbs", "not_speakers", "intro_adverbs", "speaker_joiners", "question_labels", "places",
             "boilerplate", "share", "keypoint_agreement", "keypoint_act", "keypoint_figure", "keypoint_date",
             "keypoint_commitment")


def test_a_missing_file_or_section_is_an_error_not_an_empty_list():
    with pytest.raises(WorkbenchError, match="lang/xx.txt"):
        vocab.words("xx", "months")
    with pytest.raises(WorkbenchError, match=r"no section \[nonesuch\]"):
        vocab.words("en", "nonesuch")


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_every_section(lang):
    for name in _PER_LANG:
        assert vocab.words(lang, name), (lang, name)
    assert len(vocab.words(lang, "months")) == len(vocab.words(lang, "month_stems")) == 12


def test_tables_have_their_columns():
    assert ("ильхам", "Ilham") in vocab.table("names.txt", "cyrillic", 2)
    assert ("V", "Putin", "VladimirPutin") in vocab.table("names.txt", "by_initial", 3)
    with pytest.raises(WorkbenchError, match="columns"):
        vocab.table("names.txt", "cyrillic", 3)


def test_files_are_read_once():
    assert vocab.sections("lang/en.txt") is vocab.sections("lang/en.txt")


BREAKS = ["x x x", "X X X", "х х х", "* * *", "***", "×××", "x x x.", "xxxx", "x  x  x"]
NOT_BREAKS = ["x x", "xx", "Mr X", "x" * 30, "x x x and more", "** bold **"]


@pytest.mark.parametrize("mark", BREAKS)
def test_one_section_break_pattern_for_ingest_segmenter_and_aligner(mark):
    from workbench.align.kinds import is_note
    from workbench.model import BREAK
    from workbench.pipeline import read_text
    from workbench.segment import sentences

    doc = read_text(f"Talks in Baku\n\nThe first part ended.\n\n{mark}\n\nThe second part began.", lang="en")
    assert [b.kind for b in doc.blocks].count(BREAK) == 1
    assert sentences(f"The first part ended\n{mark}\nThe second part began.", "en")[1] == mark
    assert is_note(mark)


@pytest.mark.parametrize("text", NOT_BREAKS)
def test_what_is_not_a_section_break(text):
    from workbench.sectionbreak import is_break

    assert not is_break(text)
