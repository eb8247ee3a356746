"""Optional dependencies: a feature that needs one names the extra that installs it, in one line."""

from __future__ import annotations

import importlib
from types import ModuleType

from workbench.errors import WorkbenchError


def need(module: str, feature: str, extra: str) -> ModuleType:
    """The module, imported; WorkbenchError "FEATURE needs MODULE: pip install 'workbench[EXTRA]'" when it is not
    installed (the CLI shows that line, not a traceback)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise WorkbenchError(f"{feature} needs {top}: pip install 'workbench[{extra}]'") from None
