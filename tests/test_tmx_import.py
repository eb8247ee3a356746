"""TMX import: other tools' files (1.1 to 1.4b), their language codes and markup; hostile files refused."""

from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.tmx import read_tmx

FIXTURES = Path(__file__).parent / "fixtures" / "tmx"


def test_tmx_11_with_lang_and_codes_in_any_case():
    first, second = read_tmx(FIXTURES / "tmx11_lang.tmx")
    assert first.tuid == "old-1"
    assert first.texts == {"en": "Thank you, Mr President.", "ru": "Спасибо, господин Президент.",
                           "az": "Təşəkkür edirəm, cənab Prezident."}
    assert first.srclang == "ru"  # header srclang="RU_ru"
    assert first.created == "19990101T120000Z"  # no date on the <tu>: the header's
    assert second.texts == {"ru": "Добрый день!", "en": "Good afternoon!", "fr-FR": "Bonjour !"}
    assert second.note == "checked by the editor"
    assert second.created == "20010203T040506Z"
    # no tuid in the file: a stable one derived from the content
    assert second.tuid.startswith("tmx:") and second.tuid == list(read_tmx(FIXTURES / "tmx11_lang.tmx"))[1].tuid
    assert second.tuid != first.tuid


def test_unit_with_one_language_is_not_a_unit():
    assert "only-one-language" not in [u.tuid for u in read_tmx(FIXTURES / "tmx11_lang.tmx")]


def test_inline_markup_is_flattened_to_the_text():
    m1, m2 = read_tmx(FIXTURES / "inline_markup.tmx")
    assert m1.texts == {"en": "The Caspian region", "ru": "Каспийский регион"}
    # ph/it/ut codes and the sub-flow inside a code go; <hi> keeps its text
    assert m2.texts == {"en": "See the Baku photo here.", "az": "Bax Bakı fotosu burada."}
    assert m1.srclang == m2.srclang == "en"


def test_all_as_srclang_falls_back_to_the_units_own_or_its_first_variant():
    a1, a2 = read_tmx(FIXTURES / "all_srclang.tmx")
    assert a1.srclang == "az"
    assert a2.srclang == "en"


def test_billion_laughs_is_refused():
    with pytest.raises(InputError, match="billion_laughs.tmx: .*entities"):
        list(read_tmx(FIXTURES / "billion_laughs.tmx"))


def test_external_entity_is_refused_without_reading_the_file():
    with pytest.raises(InputError, match="entities") as caught:
        list(read_tmx(FIXTURES / "external_entity.tmx"))
    assert "root:" not in str(caught.value)


def test_external_dtd_is_not_loaded_and_the_file_reads():
    (unit,) = read_tmx(FIXTURES / "external_dtd.tmx")
    assert unit.texts == {"en": "Plain & safe", "ru": "Просто"}
    assert "root:" not in repr(unit)


@pytest.mark.parametrize("name, problem", [
    ("truncated.tmx", "not well-formed XML"),
    ("plain_text.tmx", "not well-formed XML"),
    ("not_tmx.xml", "not a TMX file"),
    ("missing.tmx", "no such file"),
])
def test_bad_files_raise_input_error_naming_the_file(name, problem):
    with pytest.raises(InputError) as caught:
        list(read_tmx(FIXTURES / name))
    assert caught.value.path == str(FIXTURES / name)
    assert problem in caught.value.problem
    assert "\n" not in str(caught.value)


def test_a_folder_is_said_to_be_one(tmp_path):
    with pytest.raises(InputError, match="is a folder, not a file"):
        list(read_tmx(tmp_path))


def test_empty_file_is_input_error(tmp_path):
    (tmp_path / "empty.tmx").write_bytes(b"")
    with pytest.raises(InputError):
        list(read_tmx(tmp_path / "empty.tmx"))


def test_utf16_file_with_bom_reads(tmp_path):
    text = (FIXTURES / "external_dtd.tmx").read_text(encoding="utf-8").replace("UTF-8", "UTF-16")
    (tmp_path / "u16.tmx").write_bytes(text.encode("utf-16"))
    (unit,) = read_tmx(tmp_path / "u16.tmx")
    assert unit.texts["ru"] == "Просто"


def test_bad_language_code_is_input_error(tmp_path):
    (tmp_path / "bad.tmx").write_text(
        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv>'
        '<tuv xml:lang="ru russian"><seg>b</seg></tuv></tu></body></tmx>', encoding="utf-8")
    with pytest.raises(InputError, match="language code"):
        list(read_tmx(tmp_path / "bad.tmx"))


def test_props_we_do_not_know_are_ignored_and_bad_numbers_fall_back(tmp_path):
    (tmp_path / "p.tmx").write_text(
        '<tmx version="1.4"><header srclang="en"/><body><tu tuid="p">'
        '<prop type="x-score">high</prop><prop type="x-section">2</prop><prop type="x-Client">K</prop>'
        '<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>b</seg></tuv></tu></body></tmx>',
        encoding="utf-8")
    (unit,) = read_tmx(tmp_path / "p.tmx")
    assert (unit.score, unit.section, unit.status, unit.shape) == (1.0, 2, "auto", "1-1")


def test_units_stream_out_before_a_truncation_is_found():
    units = read_tmx(FIXTURES / "truncated.tmx")
    assert next(units).texts == {"en": "First", "ru": "Первый"}
    with pytest.raises(InputError, match="truncated"):
        next(units)


def test_reads_what_translate_toolkit_writes(tmp_path):
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage="ru_RU", targetlanguage="AZ")
    store.addsourceunit("Добро пожаловать в Азербайджан!").target = "Azərbaycana xoş gəlmisiniz!"
    store.addsourceunit("Спасибо & <до свидания>").target = "Sağ olun & <sağollaşma>"
    with open(tmp_path / "ttk.tmx", "wb") as handle:
        store.serialize(handle)
    units = list(read_tmx(tmp_path / "ttk.tmx"))  # it writes <!DOCTYPE tmx SYSTEM "tmx14.dtd">: not loaded
    assert [u.texts for u in units] == [
        {"ru": "Добро пожаловать в Азербайджан!", "az": "Azərbaycana xoş gəlmisiniz!"},
        {"ru": "Спасибо & <до свидания>", "az": "Sağ olun & <sağollaşma>"}]
    assert {u.srclang for u in units} == {"ru"}
    assert len({u.tuid for u in units}) == 2


def test_entities_in_a_utf16_file_are_refused_by_our_own_check(tmp_path):
    text = (FIXTURES / "billion_laughs.tmx").read_text(encoding="utf-8").replace("UTF-8", "UTF-16")
    (tmp_path / "laughs16.tmx").write_bytes(text.encode("utf-16"))
    with pytest.raises(InputError, match="laughs16.tmx: refusing a TMX whose DOCTYPE declares entities"):
        list(read_tmx(tmp_path / "laughs16.tmx"))


def test_reimporting_our_own_tmx_bilingual_or_trilingual_adds_nothing(run, tmp_path):
    import json
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert run("run", seeds / "000_cad0dfaeb5419f53.txt", "--original", seeds / "000_cad0dfaeb5419f53.ru.txt",
               "--original", seeds / "000_cad0dfaeb5419f53.az.txt", "--out-dir", "out").exit_code == 0
    before = json.loads(run("list", "--json").output)["units"]
    for name in ("000_cad0dfaeb5419f53.tmx", "000_cad0dfaeb5419f53.en-ru.tmx", "000_cad0dfaeb5419f53.en-az.tmx"):
        report = json.loads(run("import-tmx", tmp_path / "out" / name, "--json").output)
        assert report["added"] == 0 and report["already_present"] > 50, name
    assert json.loads(run("list", "--json").output)["units"] == before


def test_a_second_translation_of_a_known_source_is_a_unit_of_its_own(run, tmp_path):
    first = tmp_path / "a.tmx"
    first.write_text('<tmx version="1.4"><header srclang="en"/><body>'
                     '<tu><tuv xml:lang="en"><seg>Welcome to Baku.</seg></tuv><tuv xml:lang="ru"><seg>Добро пожаловать в Баку.</seg></tuv></tu>'
                     '</body></tmx>', encoding="utf-8")
    second = tmp_path / "b.tmx"
    second.write_text('<tmx version="1.4"><header srclang="en"/><body>'
                      '<tu><tuv xml:lang="en"><seg>Welcome to Baku.</seg></tuv><tuv xml:lang="ru"><seg>Приветствуем вас в Баку.</seg></tuv></tu>'
                      '<tu><tuv xml:lang="en"><seg>Welcome to  Baku.</seg></tuv><tuv xml:lang="ru"><seg>Добро пожаловать в Баку.</seg></tuv></tu>'
                      '</body></tmx>', encoding="utf-8")
    assert "1 unit imported" in run("import-tmx", first).output
    assert "1 unit imported, 1 already in the memory" in run("import-tmx", second).output
