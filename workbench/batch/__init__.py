"""Archive scale: pair the language versions of a folder's documents, align them on worker processes or
a Dask cluster, and store every result through one writer (this process). See README, "Batches"."""

from workbench.batch.discover import Group, LeftOut, Version, article_key, discover, name_key, page_url, read_manifest
from workbench.batch.runner import REPORT_FIELDS, BatchResult, run_batch, write_report

__all__ = ["Group", "LeftOut", "Version", "article_key", "discover", "name_key", "page_url", "read_manifest",
           "REPORT_FIELDS", "BatchResult", "run_batch", "write_report"]
