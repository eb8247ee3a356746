"""Archive scale: pair the language versions of a folder's documents, align them on worker processes or
a Dask cluster, and store every result through one writer (this process). See README, "Batches".

The runner's names load on first use, so the command line's start does not pay for multiprocessing. The
grouping is imported here: it is light, and its module shares the name of its `discover` function."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.batch.discover import Group, LeftOut, Version, article_key, discover, name_key, page_url, read_manifest
from workbench.lazy import lazy_names

_EXPORTS = {name: "workbench.batch.runner" for name in ("REPORT_FIELDS", "BatchResult", "run_batch", "write_report")}

__all__ = ["Group", "LeftOut", "Version", "article_key", "discover", "name_key", "page_url", "read_manifest",
           *_EXPORTS]
__getattr__, __dir__ = lazy_names("workbench.batch", globals(), _EXPORTS)

if TYPE_CHECKING:
    from workbench.batch.runner import REPORT_FIELDS, BatchResult, run_batch, write_report
