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
