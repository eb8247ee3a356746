"""A date the user gives is a real date, and giving it again for a text stored before corrects the memory."""

from pathlib import Path

import pytest

from workbench.pipeline import read_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EN, RU = SEEDS / "000_cad0dfaeb5419f53.txt", SEEDS / "000_cad0dfaeb5419f53.ru.txt"


@pytest.mark.parametrize("bad", ["2026-02-30", "notadate", "12.03.2026"])
def test_a_date_that_is_not_one_is_refused_before_anything_is_stored(run, bad):
    result = run("run", EN, "--original", RU, "--out-dir", "out", "--date", bad)
    assert result.exit_code == 1 and f"--date '{bad}' is not a date" in result.output
    assert "is empty" in run("list").output


@pytest.mark.parametrize("good", ["2026-02-28", "2026-02", "2026"])
def test_a_day_a_month_or_a_year_is_a_date(run, good):
    assert run("ingest", EN, "--date", good).exit_code == 0


def test_run_again_with_a_date_corrects_the_stored_documents(run):
    assert run("run", EN, "--original", RU, "--out-dir", "out").exit_code == 0
    assert run("run", EN, "--original", RU, "--out-dir", "out", "--date", "2019-07-21",
               "--place", "Sochi").exit_code == 0
    listed = run("list").output
    assert listed.count("2019-07-21") == 2


def test_a_bulleted_date_under_the_rubric_is_the_pages_date():
    doc = read_text("Domestic policy\n• 13 January, 2026\n• 18:27\n\nAliyev meets residents of Aghdara\n\n"
                    "President Ilham Aliyev met with residents of villages of Aghdara district on Tuesday.\n", lang="en")
    assert doc.date == "2026-01-13" and "• 13 January, 2026" in doc.dropped
