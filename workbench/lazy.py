"""Packages whose public names load on first use: importing the package stays cheap (the CLI's start,
`import workbench`), and each name still comes from the one module that defines it."""

from __future__ import annotations

from importlib import import_module
from typing import Any, Callable


def lazy_names(package: str, namespace: dict[str, Any], exports: dict[str, str]) -> tuple[Callable, Callable]:
    """A module ``__getattr__`` and ``__dir__`` for ``exports`` (public name -> defining module)."""

    def getattr_(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        namespace[name] = value  # the next look-up is a plain attribute
        return value

    def dir_() -> list[str]:
        return sorted(set(namespace.get("__all__", ())) | set(exports))

    return getattr_, dir_
