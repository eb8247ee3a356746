"""Dates and places written in transcripts, in the three languages."""

import pytest

from workbench.ingest.metadata import dateline, find_date


@pytest.mark.parametrize("text,iso", [
    ("27 February 2023", "2023-02-27"),
    ("February 27, 2023", "2023-02-27"),
    ("27 февраля 2023 года", "2023-02-27"),
    ("1 мая 2021 г.", "2021-05-01"),
    ("27 fevral 2023-cü il", "2023-02-27"),
    ("3 oktyabr 2022-ci il", "2022-10-03"),
    ("2023-02-27T10:00", "2023-02-27"),
    ("27.02.2023", "2023-02-27"),
    ("Signed on 9 May 2020 and 1 June 2021", "2020-05-09"),  # the first one
    ("June 5, 2019 was earlier than 1 May 2020", "2019-06-05"),
])
def test_find_date(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize("text", ["31 February 2023", "45.13.2023", "in 2023", "on February 22 last year", "135 flights"])
def test_no_date(text):
    assert find_date(text) is None


@pytest.mark.parametrize("line,expected", [
    ("27 February 2023, Baku", ("2023-02-27", "Baku")),
    ("Baku, 27 February 2023", ("2023-02-27", "Baku")),
    ("27 февраля 2023 года, Москва", ("2023-02-27", "Москва")),
    ("27 fevral 2023-cü il, Bakı", ("2023-02-27", "Bakı")),
    ("27 February 2023, 14:20", ("2023-02-27", "")),
    ("Bakı", ("", "Bakı")),
    ("Москва", ("", "Москва")),
])
def test_datelines(line, expected):
    assert dateline(line) == expected


@pytest.mark.parametrize("line", [
    "Welcome to Baku.",
    "On 27 February 2023 the President received the minister in Baku.",
    "Ilham Aliyev",
    "x x x",
])
def test_not_datelines(line):
    assert dateline(line) is None
