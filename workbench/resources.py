"""The package's data files (workbench/data/): word lists, the lexicon, schemas, read the one way
that works from a checkout, an editable install and a wheel alike."""

from __future__ import annotations

from functools import cache
from importlib import resources


class MissingDataError(RuntimeError):
    """The installation lacks a data file: a broken install, never the user's input."""


@cache
def read_data(*parts: str) -> str:
    """The text of workbench/data/<parts...>; a missing file is an error, never an empty fallback."""
    path = resources.files("workbench").joinpath("data", *parts)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MissingDataError(
            f"workbench is installed without its data file data/{'/'.join(parts)}: reinstall the package") from None


def data_path(*parts: str):
    """A Traversable for workbench/data/<parts...> (for tools that want a file, such as a schema)."""
    path = resources.files("workbench").joinpath("data", *parts)
    if not path.is_file():
        raise MissingDataError(
            f"workbench is installed without its data file data/{'/'.join(parts)}: reinstall the package")
    return path
