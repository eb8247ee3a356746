"""Fuzzy look-up: match % as CAT tools count it, behind the prefilter (word-pair shingles on SQLite, pg_trgm on
PostgreSQL: ``memory_url`` runs a test on both)."""

import json

from click.testing import CliRunner

from workbench.cli import cli
from workbench.model import Unit
from workbench.store import Memory
from workbench.tm.lookup import lookup, lookup_lines, match_percent


def _memory(path):
    memory = Memory(path)
    memory.add_units([
        Unit("u1", {"en": "Good afternoon, dear friends.", "ru": "Добрый день, дорогие друзья."}, "ru"),
        Unit("u2", {"en": "The talks were held in Baku.", "ru": "Переговоры прошли в Баку."}, "ru"),
        Unit("u3", {"en-GB": "The talks were held in Moscow.", "ru-RU": "Переговоры прошли в Москве."}, "ru"),
        Unit("u4", {"en": "Completely unrelated sentence here.", "az": "Tamamilə başqa cümlə."}, "az"),
    ])
    return memory


def test_match_percent_counts_like_a_cat_tool():
    assert match_percent("The talks were held in Baku.", "The talks were held in Baku.") == 100
    assert match_percent("The talks were held in Baku.", "The talks were held  in Baku.") == 99
    one_word = match_percent("The talks were held in Baku.", "The talks were held in Moscow.")
    assert 75 <= one_word < 99
    assert match_percent("The talks were held in Baku.", "Completely unrelated sentence here.") < 50


def test_lookup_finds_exact_fuzzy_and_regional_units(memory_url):
    with _memory(memory_url) as memory:
        found = lookup(memory, "The talks were held in Baku.", src="en", tgt="ru", min_score=70)
        assert [(m.score, m.tuid) for m in found][0] == (100, "u2")
        assert "u3" in [m.tuid for m in found]  # en-GB answers --from en, ru-RU answers --to ru
        assert all(m.score < 100 for m in found[1:])
        assert lookup(memory, "The talks were held in Baku.", src="en", tgt="az") == []
        assert lookup(memory, "Nothing like it at all", min_score=75) == []


def test_in_context_match_is_101(memory_url):
    with _memory(memory_url) as memory:
        (first, _), (second, matches) = lookup_lines(
            memory, ["Good afternoon, dear friends.", "The talks were held in Baku."], min_score=100)
        assert matches[0].score == 101


def test_lookup_command_json(memory_url):
    db = memory_url
    _memory(db).close()
    result = CliRunner().invoke(cli, ["--db", str(db), "lookup", "The talks were held in Baku", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["matches"][0]["target"] == "Переговоры прошли в Баку."
    assert 90 <= data[0]["matches"][0]["score"] < 100
    assert CliRunner().invoke(cli, ["--db", str(db), "lookup"]).exit_code == 2


def test_a_language_the_memory_does_not_hold_is_named_not_silently_unmatched(memory_url):
    db = memory_url
    _memory(db).close()
    result = CliRunner().invoke(cli, ["--db", str(db), "lookup", "Les pourparlers ont eu lieu", "--from", "fr"])
    assert result.exit_code == 1
    assert "no units in 'fr', only in en, ru, az" in result.output and len(result.output.strip().splitlines()) == 1
    assert CliRunner().invoke(cli, ["--db", str(db), "lookup", "The talks", "--to", "az"]).exit_code == 0


def test_lookup_reads_the_query_language_and_takes_the_memorys_other_language(tmp_path):
    db = tmp_path / "az.db"
    with Memory(db) as memory:
        memory.add_units([Unit("a1", {"en": "Nakhchivan is ancient Azerbaijani land.",
                                      "az": "Naxçıvan qədim Azərbaycan torpağıdır."}, "az")])
    english = CliRunner().invoke(cli, ["--db", str(db), "lookup", "Nakhchivan is ancient Azerbaijani land.", "--json"])
    assert english.exit_code == 0, english.output
    assert json.loads(english.output)[0]["matches"][0]["target"] == "Naxçıvan qədim Azərbaycan torpağıdır."
    azerbaijani = CliRunner().invoke(cli, ["--db", str(db), "lookup", "Naxçıvan qədim Azərbaycan torpağıdır.",
                                           "--json"])
    assert json.loads(azerbaijani.output)[0]["matches"][0]["target"] == "Nakhchivan is ancient Azerbaijani land."


def test_a_replaced_unit_is_found_once(memory_url):
    with _memory(memory_url) as memory:
        memory.conn.execute("DELETE FROM units WHERE tuid = 'u2'")
        assert [m.tuid for m in lookup(memory, "The talks were held in Baku.", min_score=99)] == []
        count = memory.conn.execute("SELECT count(*) FROM unit_segments").fetchone()[0]
        assert count == 6


def test_the_look_up_index_is_filled_by_the_look_up_not_by_the_import(tmp_path):
    from workbench import Memory
    from workbench.model import Unit
    from workbench.tm.lookup import catch_up, lookup

    with Memory(tmp_path / "m.sqlite") as memory:
        memory.add_units([Unit(f"u{k}", {"en": f"The meeting number {k} took place in Baku.",
                                          "ru": f"Встреча номер {k} прошла в Баку."}, "en") for k in range(30)])
        assert memory.conn.execute("SELECT count(*) FROM unit_segments").fetchone()[0] == 0
        found = lookup(memory, "The meeting number 7 took place in Baku.", src="en", tgt="ru")
        assert found[0].score == 100 and found[0].target == "Встреча номер 7 прошла в Баку."
        assert memory.conn.execute("SELECT count(*) FROM unit_segments").fetchone()[0] == 60
        assert catch_up(memory) == 0
        memory.add_units([Unit("u7", {"en": "Replaced.", "ru": "Заменено."}, "en")])  # same tuid: ignored
        memory.add_units([Unit("v1", {"en": "A new meeting took place in Ganja.", "ru": "Новая встреча в Гяндже."}, "en")])
        assert lookup(memory, "A new meeting took place in Ganja.", src="en", tgt="ru")[0].score == 100


def test_a_memory_indexed_by_trigrams_is_migrated_and_indexed_again(tmp_path):
    import sqlite3

    from workbench.schema import MIGRATIONS, statements

    path = tmp_path / "v7.sqlite"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:7]):
        for statement in statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number + 1}")
    conn.execute("INSERT INTO units(tuid, srclang, texts, origin) VALUES ('old', 'en', ?, 'import')",
                 (json.dumps({"en": "The talks were held in Baku.", "ru": "Переговоры прошли в Баку."}),))
    conn.execute("INSERT INTO unit_segments(tuid, lang, text) VALUES ('old', 'en', 'The talks were held in Baku.')")
    conn.execute("UPDATE tm_index_state SET watermark = 1")
    conn.commit()
    conn.close()
    with Memory(path) as memory:
        assert memory.schema_version == len(MIGRATIONS)
        found = lookup(memory, "The talks were held in Ganja.", src="en", tgt="ru")
        assert [(m.tuid, m.target) for m in found] == [("old", "Переговоры прошли в Баку.")]


def test_a_unit_whose_texts_change_is_found_by_its_new_text(memory_url):
    with _memory(memory_url) as memory:
        assert lookup(memory, "The talks were held in Baku.")[0].tuid == "u2"
        memory.conn.execute("UPDATE units SET texts = ? WHERE tuid = 'u2'",
                            (json.dumps({"en": "The summit opened in Shusha today.", "ru": "Саммит открылся в Шуше."}),))
        assert [m.tuid for m in lookup(memory, "The summit opened in Shusha today.", min_score=100)] == ["u2"]
        assert [m.tuid for m in lookup(memory, "The talks were held in Baku.", min_score=99)] == []


def test_a_fuzzy_match_is_found_among_many_texts_sharing_its_words(memory_url):
    # Every distractor shares most of the query's words, in other orders and pairs; only the target
    # shares its word pairs. The prefilter must still hand the target to the scorer.
    words = "the president said that cooperation in energy and transport will grow this year".split()
    distractors = [" ".join(words[k:] + words[:k]).capitalize() + "." for k in range(1, len(words))]
    target = "The president said that cooperation in energy and transport will grow this year."
    with Memory(memory_url) as memory:
        memory.add_units([Unit(f"d{k}", {"en": text, "ru": f"Отвлекающий {k}."}, "en")
                          for k, text in enumerate(distractors * 200)])
        memory.add_units([Unit("t", {"en": target, "ru": "Президент сказал, что сотрудничество вырастет."}, "en")])
        query = "The president said that cooperation in energy and trade will grow this year."
        found = lookup(memory, query, src="en", tgt="ru", min_score=75, limit=1)
        assert [m.tuid for m in found] == ["t"] and 75 <= found[0].score < 100


def test_lookup_file_is_decoded_as_ingest_decodes_a_file(tmp_path):
    db = tmp_path / "m.db"
    _memory(db).close()
    koi8 = tmp_path / "koi8.txt"
    koi8.write_bytes("Переговоры прошли в Баку.\n".encode("koi8-r"))
    result = CliRunner().invoke(cli, ["--db", str(db), "lookup", "--file", str(koi8), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["matches"][0]["target"] == "The talks were held in Baku."
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02ELF" * 50)
    result = CliRunner().invoke(cli, ["--db", str(db), "lookup", "--file", str(binary)])
    assert result.exit_code == 1 and "binary file" in result.output and "Traceback" not in result.output


def test_lookup_page_reads_the_sentences_of_the_text_not_the_menus(tmp_path):
    db = tmp_path / "m.db"
    _memory(db).close()
    page = tmp_path / "page.txt"
    page.write_text("Настройки отображения\n\nРазмер шрифта:\n\nПереговоры в Баку\n\n"
                    "Переговоры прошли в Баку. Добрый день, дорогие друзья.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db), "lookup", "--file", str(page), "--page", "--json"])
    assert result.exit_code == 0, result.output
    looked = [r["text"] for r in json.loads(result.output)]
    assert looked == ["Переговоры в Баку", "Переговоры прошли в Баку.", "Добрый день, дорогие друзья."]
    assert CliRunner().invoke(cli, ["--db", str(db), "lookup", "x", "--page"]).exit_code == 2
