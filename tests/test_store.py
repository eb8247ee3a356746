"""The memory's library API, on both backends (the ``memory_url`` fixture runs a test on a SQLite file and on a
PostgreSQL database), and what only the SQLite file has (pragmas, file checks, its migrations)."""

import sqlite3

import pytest

from workbench.errors import InputError, WorkbenchError
from workbench.model import Alignment, Bead, Block, Document, Person, Segment, Unit
from workbench.store import SCHEMA_VERSION, Memory
from workbench.units import units_for


def make_doc(doc_id: str, lang: str, sentences: list[str], speaker: str = "IlhamAliyev") -> Document:
    text = " ".join(sentences)
    segments, offset = [], 0
    for i, sentence in enumerate(sentences):
        segments.append(Segment(i, 1, offset, offset + len(sentence), sentence))
        offset += len(sentence) + 1
    return Document(
        id=doc_id, lang=lang, title=f"Title {lang}",
        blocks=[Block(0, "title", f"Title {lang}"),
                Block(1, "speech", text, speaker=speaker, turn=0, segments=segments)],
        people=[Person(speaker, "Ilham Aliyev", "Ilham", "Aliyev", role="President")],
        date="2023-02-27", source_url=f"https://example.org/{lang}",
    )


@pytest.fixture
def memory(memory_url):
    with Memory(memory_url) as m:
        yield m


def integrity_error(memory) -> type:
    """The exception a broken constraint raises on the memory's backend."""
    if memory.backend.name == "sqlite":
        return sqlite3.IntegrityError
    import psycopg

    return psycopg.IntegrityError


EN = make_doc("en-1", "en", ["Welcome to Baku!", "We signed 12 agreements.", "Thank you."])
RU = make_doc("ru-1", "ru", ["Добро пожаловать в Баку!", "Мы подписали 12 соглашений.", "Спасибо."])


def test_document_round_trip_keeps_blocks_people_and_offsets(memory):
    assert memory.add_document(EN) is True
    back = memory.get_document("en-1")
    assert back == EN
    block = back.blocks[1]
    assert all(block.text[s.start:s.end] == s.text for s in block.segments)


def test_same_document_twice_is_stored_once(memory):
    assert memory.add_document(EN) is True
    assert memory.add_document(EN) is False
    assert [d.id for d in memory.documents()] == ["en-1"]
    assert memory.documents()[0].segments == 3


def test_schema_is_versioned_with_foreign_keys(memory):
    assert memory.schema_version == SCHEMA_VERSION >= 1
    with pytest.raises(integrity_error(memory)):
        memory.conn.execute("INSERT INTO blocks VALUES ('nope', 0, 'title', 't', NULL, 0, NULL, '')")


def test_a_sqlite_memory_has_foreign_keys_on_and_a_wal_journal(tmp_path):
    with Memory(tmp_path / "m.sqlite") as memory:
        assert memory.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert memory.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_content_and_version(memory_url):
    with Memory(memory_url) as m:
        m.add_document(EN)
    with Memory(memory_url) as m:
        assert m.schema_version == SCHEMA_VERSION
        assert m.get_document("en").title == "Title en"


def test_failed_write_stores_nothing(memory):
    broken = make_doc("en-2", "en", ["One.", "Two."])
    broken.blocks[1].segments.append(Segment(1, 99, 0, 1, "x"))  # duplicate index, unknown block
    with pytest.raises(integrity_error(memory)):
        memory.add_document(broken)
    assert memory.documents() == []
    assert memory.conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 0


def test_resolve_by_prefix_and_list_number(memory):
    memory.add_document(EN)
    memory.add_document(RU)
    assert memory.resolve_document("ru") == "ru-1"
    assert memory.resolve_document("2") == "ru-1"
    with pytest.raises(WorkbenchError, match="no document"):
        memory.resolve_document("xx")


def test_search_marks_hits_and_filters_by_language(memory):
    memory.add_document(EN)
    memory.add_document(RU)
    hits = memory.search("agreements")
    assert [(h.doc_id, h.segment, h.speaker) for h in hits] == [("en-1", 1, "Ilham Aliyev")]
    assert hits[0].marked == "We signed 12 [agreements]."
    assert [h.doc_id for h in memory.search("Баку", lang="ru")] == ["ru-1"]
    assert memory.search("Баку", lang="en") == []
    assert memory.search('"') == []  # user text never becomes FTS syntax


def test_alignment_units_and_confirmed_beads_survive_realignment(memory):
    memory.add_document(EN)
    memory.add_document(RU)
    beads = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.8), Bead((2,), (), 0.2, flagged=True)]
    alignment = Alignment("en-1", "ru-1", "en", "ru", beads)
    units = units_for(alignment, EN, RU)
    assert [u.texts for u in units][1] == {"en": "We signed 12 agreements.", "ru": "Мы подписали 12 соглашений."}
    assert len(units) == 2  # the 1:0 bead is not a unit
    memory.save_alignment(alignment, units)
    assert memory.confirm_beads("en-1", "ru-1", [1]) == 1

    realigned = Alignment("en-1", "ru-1", "en", "ru",
                          [Bead((0,), (0,), 0.95), Bead((1,), (1,), 0.7), Bead((2,), (2,), 0.6)])
    memory.save_alignment(realigned, units_for(realigned, EN, RU))
    back = memory.get_alignment("en-1", "ru-1")
    assert [b.status for b in back.beads] == ["auto", "confirmed", "auto"]
    statuses = {u.tuid[-1]: u.status for u in memory.units()}
    assert statuses == {"0": "auto", "1": "confirmed", "2": "auto"}
    assert memory.confirmed_pairs("en", "ru") == [("We signed 12 agreements.", "Мы подписали 12 соглашений.")]
    assert [u.tuid[-1] for u in memory.units(min_score=0.65)] == ["0", "1"]
    assert memory.unit_stats(status="confirmed") == (1, ["ru"])


def test_imported_units_do_not_duplicate(memory):
    unit = Unit("ext-1", {"en": "Hello.", "ru": "Привет."}, "en")
    assert memory.add_units([unit]) == (1, 0)
    assert memory.add_units([unit]) == (0, 1)
    assert list(memory.units()) == [unit]


def test_a_file_that_is_not_a_memory_is_refused(tmp_path):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(InputError, match="bogus.sqlite"):
        Memory(bogus)
    with pytest.raises(InputError, match="folder"):
        Memory(tmp_path)


def test_documents_are_listed_in_the_order_they_were_stored(memory):
    memory.add_document(RU)
    memory.add_document(EN)
    assert [d.id for d in memory.documents()] == ["ru-1", "en-1"]
    assert memory.resolve_document("1") == "ru-1"


def test_search_finds_imported_units_too(memory):
    memory.add_document(EN)
    memory.add_units([Unit("ext-7", {"en": "More flights to Baku.", "ru": "Больше рейсов в Баку."}, "en")])
    hits = memory.search("Baku")
    assert [(h.doc_id, h.lang) for h in hits] == [("en-1", "en"), ("tmx:ext-7", "en")]
    assert hits[1].marked == "More flights to [Baku]."
    assert [h.doc_id for h in memory.search("Баку", lang="ru")] == ["tmx:ext-7"]
    assert memory.search("Baku", limit=1)[0].doc_id == "en-1"


def test_an_older_memory_is_migrated_and_keeps_its_units(tmp_path):
    from workbench.schema import MIGRATIONS, statements

    path = tmp_path / "v1.sqlite"
    conn = sqlite3.connect(path)
    for statement in statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO units (tuid, origin, srclang, texts) VALUES ('old', 'import', 'en', ?)",
                 ('{"en": "Old greetings.", "ru": "Старые приветы."}',))
    conn.commit()
    conn.close()
    with Memory(path) as m:
        assert m.schema_version == SCHEMA_VERSION  # the newest, whoever appended it
        assert [u.flagged for u in m.units()] == [False]
        assert [h.doc_id for h in m.search("greetings")] == ["tmx:old"]


def test_search_matches_a_stem_or_a_prefix_in_russian_and_azerbaijani(memory):
    memory.add_units([Unit("d-1", {"en": "The Declaration was signed.", "ru": "Декларации подписаны."}, "ru"),
                      Unit("d-2", {"en": "The text of the Declaration.", "az": "Bəyannamənin mətni."}, "az")])
    assert [h.doc_id for h in memory.search("Декларац", lang="ru")] == ["tmx:d-1"]
    assert [h.doc_id for h in memory.search("Декларация", lang="ru")] == ["tmx:d-1"]
    hit, = memory.search("Bəyannamə", lang="az")
    assert hit.doc_id == "tmx:d-2" and hit.translation == "The text of the Declaration."


def test_search_reads_yo_as_ye_both_ways_and_marks_the_word_as_written(memory):
    memory.add_document(make_doc("ru-yo", "ru", ["Стратегическое партнёрство развивается.", "Ещё одно партнерство."]))
    memory.add_units([Unit("p-1", {"en": "Partnership.", "ru": "Партнёрства нет."}, "ru")])
    for query in ("партнерство", "партнёрство", "Партнерства"):
        hits = memory.search(query, lang="ru")
        assert [(h.doc_id, h.segment) for h in hits] == [("ru-yo", 0), ("ru-yo", 1), ("tmx:p-1", -1)], query
    assert "[партнёрство]" in memory.search("партнерство", lang="ru")[0].marked


def test_a_memory_indexed_before_yo_was_folded_is_indexed_again(tmp_path):
    from workbench.schema import MIGRATIONS, statements

    path = tmp_path / "v8.sqlite"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:8]:
        for statement in statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 8")
    conn.execute("INSERT INTO units (tuid, origin, srclang, texts) VALUES ('old', 'import', 'ru', ?)",
                 ('{"en": "Partnership.", "ru": "Партнёрство."}',))
    conn.commit()
    conn.close()
    with Memory(path) as m:
        m.add_document(make_doc("ru-new", "ru", ["Наше партнёрство."]))
        assert [h.doc_id for h in m.search("партнерство")] == ["ru-new", "tmx:old"]
