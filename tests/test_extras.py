"""A feature whose optional dependency is missing says which extra installs it, in one line, with no traceback."""

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PAIR = FIXTURES / "align" / "statement-en-ru"


@pytest.mark.parametrize("module, args", [("openpyxl", ("export", "xlsx", "--pair", "1", "2", "--out", "r.xlsx")),
                                          ("uvicorn", ("review", "--no-browser"))])
def test_a_missing_extra_is_one_line_naming_it(run, monkeypatch, module, args):
    assert run("align", PAIR / "src.sents", PAIR / "tgt.sents", "--presegmented").exit_code == 0
    monkeypatch.setitem(sys.modules, module, None)  # import now raises ImportError, as when not installed
    result = run(*args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].endswith(f"needs {module}: pip install 'workbench[review]'")
    assert "Traceback" not in result.output
