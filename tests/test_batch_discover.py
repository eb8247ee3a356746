"""Grouping an archive's language versions: by name, by manifest, by the article id in a page's address."""

from __future__ import annotations

import pytest

from workbench.batch import article_key, discover, name_key, page_url, read_manifest
from workbench.errors import InputError


@pytest.mark.parametrize("name, expected", [
    ("000_cad0dfaeb5419f53.txt", ("000_cad0dfaeb5419f53", "en")),
    ("000_cad0dfaeb5419f53.ru.txt", ("000_cad0dfaeb5419f53", "ru")),
    ("talks.az.html", ("talks", "az")),
    ("talks.EN.docx", ("talks", "en")),
    ("v1.2.txt", ("v1.2", "en")),  # a dot that names no language is part of the stem
    ("7/ru.txt", ("7", "ru")),  # a folder per document, its files named by language
    ("7/EN.html", ("7", "en")),
])
def test_name_key(name, expected):
    assert name_key(name) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://president.az/en/articles/view/58913", ("president.az/58913", "en")),
    ("https://president.az/ru/articles/view/58913/print", ("president.az/58913", "ru")),
    ("http://www.president.az/az/articles/view/58913", ("president.az/58913", "az")),
    ("http://en.kremlin.ru/events/president/news/70565", ("kremlin.ru/70565", "en")),
    ("http://kremlin.ru/events/president/news/70565", ("kremlin.ru/70565", "ru")),
    ("http://kremlin.ru/events/president/transcripts/70565", ("kremlin.ru/70565", "ru")),
    ("https://mid.ru/en/foreign_policy/news/1", None),
    ("", None),
])
def test_article_key(url, expected):
    assert article_key(url) == expected


def test_page_url_prefers_canonical_and_reads_any_attribute_order():
    html = ('<html><head><meta content="https://president.az/en/articles/view/1" property="og:url">'
            "<link href='https://president.az/en/articles/view/2' rel='canonical'></head></html>")
    assert page_url(html) == "https://president.az/en/articles/view/2"
    assert page_url('<meta property="og:url" content="http://kremlin.ru/events/president/news/5" />') \
        == "http://kremlin.ru/events/president/news/5"
    assert page_url("<p>no head</p>") == ""


def _page(url: str, text: str) -> str:
    return f'<html><head><link rel="canonical" href="{url}"></head><body><p>{text}</p></body></html>'


def test_discover_groups_saved_pages_by_article_id_whatever_their_names(tmp_path):
    (tmp_path / "a.html").write_text(_page("https://president.az/en/articles/view/7", "Hello."))
    (tmp_path / "b.html").write_text(_page("https://president.az/ru/articles/view/7", "Привет."))
    (tmp_path / "c.html").write_text(_page("https://president.az/az/articles/view/7", "Salam."))
    (tmp_path / "d.html").write_text(_page("http://en.kremlin.ru/events/president/news/9", "Hi."))
    (tmp_path / "e.htm").write_text(_page("http://kremlin.ru/events/president/news/9", "Привет."))
    (tmp_path / "x.txt").write_text("Hello.")
    (tmp_path / "x.az.txt").write_text("Salam.")
    groups, notes = discover([tmp_path])
    assert not notes
    by_key = {g.key: g for g in groups}
    assert set(by_key) == {"president.az/7", "kremlin.ru/9", "x"}
    assert [(s.lang, t.lang) for s, t in by_key["president.az/7"].pairs()] == [("en", "ru"), ("en", "az")]
    assert by_key["president.az/7"].versions["ru"].url == "https://president.az/ru/articles/view/7"
    assert [t.path for _, t in by_key["kremlin.ru/9"].pairs()] == [str(tmp_path / "e.htm")]
    assert [(s.lang, t.lang) for s, t in by_key["x"].pairs()] == [("en", "az")]


def test_discover_pairs_a_folder_per_document_with_files_named_by_language(tmp_path):
    for name in ("1/en.txt", "1/ru.txt", "2/en.txt", "2/az.txt", "2/ru.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("Text.")
    groups, notes = discover([tmp_path])
    assert notes == []
    assert [(g.key, sorted(g.versions)) for g in groups] == [("1", ["en", "ru"]), ("2", ["az", "en", "ru"])]


def test_discover_by_name_in_subfolders_notes_a_clash(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("sub/a.txt", "sub/a.en.txt", "sub/a.ru.txt", ".hidden.txt", "notes.pdf"):
        (tmp_path / name).write_text("Text.")
    groups, notes = discover([tmp_path])
    assert [g.key for g in groups] == ["sub/a"]
    assert len(notes) == 1 and "already has a en version" in notes[0].reason
    assert notes[0].path in (str(tmp_path / "sub/a.txt"), str(tmp_path / "sub/a.en.txt"))


def test_manifest_groups_and_is_preferred_to_names(tmp_path):
    (tmp_path / "one.txt").write_text("Hello.")
    (tmp_path / "two.txt").write_text("Привет.")
    (tmp_path / "list.csv").write_text("id,lang,path,url,date\n"
                                       "m1,en,one.txt,https://example.org/en,2023-02-27\n"
                                       "m1,ru,two.txt,,\n")
    groups, _ = discover([tmp_path])
    assert [g.key for g in groups] == ["m1"]
    en, ru = groups[0].pairs()[0]
    assert (en.path, en.url, en.date) == (str(tmp_path / "one.txt"), "https://example.org/en", "2023-02-27")
    assert ru.path == str(tmp_path / "two.txt")
    assert [g.key for g in discover([tmp_path / "list.csv"])[0]] == ["m1"]


@pytest.mark.parametrize("body, message", [
    ("id,path\nm1,a.txt\n", "missing: lang"),
    ("id,lang,path\nm1,fr,a.txt\n", "line 2: language 'fr'"),
    ("id,lang,path\nm1,en,a.txt\nm1,en,b.txt\n", "two en versions"),
    ("id,lang,path\n,en,a.txt\n", "must not be empty"),
])
def test_bad_manifests_are_refused_with_the_line(tmp_path, body, message):
    manifest = tmp_path / "m.csv"
    manifest.write_text(body)
    with pytest.raises(InputError, match=message):
        read_manifest(manifest)


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="no such folder"):
        discover([tmp_path / "nope"])


def test_files_that_cannot_be_read_are_grouped_by_name_or_noted(tmp_path, monkeypatch):
    import os

    (tmp_path / "gone.en.html").symlink_to(tmp_path / "nowhere.html")  # its head cannot be read for a URL
    (tmp_path / "gone.ru.html").write_text(_page("http://kremlin.ru/events/president/news/9", "Привет."))
    (tmp_path / "data.csv").write_bytes("id;naïve\n".encode("latin-1"))  # the archive's own, not UTF-8
    (tmp_path / "locked").mkdir()
    walk_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == str(tmp_path / "locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return walk_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    groups, notes = discover([tmp_path])
    assert {g.key: sorted(g.versions) for g in groups} == {"gone": ["en"], "kremlin.ru/9": ["ru"]}
    assert sorted((n.path, n.reason.split(":")[0]) for n in notes) == [
        (str(tmp_path / "data.csv"), "not read as a manifest"), (str(tmp_path / "locked"), "folder not read")]


def test_a_manifest_that_is_not_utf8_is_refused(tmp_path):
    (tmp_path / "m.csv").write_bytes("id,lang,path\nm1,en,é.txt\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        discover([tmp_path / "m.csv"])
