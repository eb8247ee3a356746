"""`workbench batch`: find the groups, skip the pairs already done with the same content, run the rest on
workers, and store each result as it comes back, in the one writer (this process).
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Sequence

from workbench.batch import writer
from workbench.batch.discover import LANGS, Group, Version, discover
from workbench.batch.executors import refuse_while_starting_a_worker, run_dask, run_local
from workbench.batch.work import PairJob, PairResult, Task, base_row, content_hash

if TYPE_CHECKING:
    from workbench.store import Memory

REPORT_FIELDS = ("job", "group", "src_lang", "tgt_lang", "src_id", "tgt_id", "src_path", "tgt_path",
                 "src_sentences", "tgt_sentences", "beads", "flagged", "mean_score", "trilingual", "warnings",
                 "status", "error")


@dataclass
class BatchResult:
    """One row per pair (status done, skipped or failed), one per document with no pair to align (unpaired)
    and one per file left out of every group (left out); the groups' count; the left-out files as notes."""

    groups: int
    rows: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(r["status"] == "failed" for r in self.rows)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.rows:
            out[row["status"]] = out.get(row["status"], 0) + 1
        return out

    def summary(self) -> dict:
        return {"groups": self.groups, "pairs": len(self.rows), **self.counts(), "notes": list(self.notes)}


def _note_row(job: str, group: str, versions: Sequence[Version], status: str, warning: str) -> dict:
    """The report row of something found but not aligned: nothing to count, a warning that says why."""
    row = {**{f: "" for f in REPORT_FIELDS}, "job": job, "group": group, "status": status, "warnings": warning}
    for side, version in zip(("src", "tgt"), versions):
        row.update({f"{side}_lang": version.lang, f"{side}_path": version.path})
    return row


def _unpaired(group: Group) -> dict:
    versions = [group.versions[lang] for lang in LANGS if lang in group.versions]
    if len(versions) == 1:
        warning = f"no other language version (only {versions[0].lang})"
    else:
        warning = f"no English version to align {' and '.join(v.lang for v in versions)} with"
    return _note_row(group.key, group.key, versions, "unpaired", warning)


def plan(memory: "Memory", groups: Sequence[Group]) -> tuple[list[Task], list[dict]]:
    """The tasks still to run, and the rows of pairs that need none: done before with the same content
    (skipped), unreadable (failed, recorded in the jobs table), or a group with no pair to make (unpaired:
    a report row only, since there is no job to skip or retry)."""
    done = writer.done_jobs(memory)
    tasks, rows = [], []
    for group in groups:
        pairs = group.pairs()
        if not pairs:
            rows.append(_unpaired(group))
            continue
        jobs = []
        for src, tgt in pairs:
            job_key = f"{group.key}:{src.lang}-{tgt.lang}"
            try:
                digest = content_hash(src.path, tgt.path)
            except OSError as err:
                job = PairJob(job_key, group.key, src, tgt, "")
                row = {**base_row(job), "status": "failed", "error": f"{err.filename}: {err.strerror}"}
                writer.fail(memory, job_key, "", row["error"], row)
                rows.append(row)
                continue
            if job_key in done and done[job_key][0] == digest:
                rows.append({**done[job_key][1], "status": "skipped"})
                continue
            jobs.append(PairJob(job_key, group.key, src, tgt, digest))
        if jobs:
            tasks.append(Task(group.key, tuple(jobs)))
    return tasks, rows


def run_batch(memory: "Memory", sources: Sequence[str | os.PathLike[str]], *, workers: int = 1,
              scheduler: Any = None, report: Optional[str | os.PathLike[str]] = None,
              progress: Optional[Callable[[int, int], None]] = None) -> BatchResult:
    """Align every document group under ``sources`` (folders or manifest CSVs) into ``memory``.
    ``workers`` local processes, or ``scheduler`` (a Dask address or Client). ``progress(done, total)``
    hears each finished group. A pair that fails is recorded and the batch goes on; ``report``: a CSV or
    JSON file with one row per pair.

    Local workers are spawned processes, and each imports the calling script again (as multiprocessing's
    do): a script must call this under ``if __name__ == "__main__":``. Without the guard, the workers
    refuse to start a batch of their own and this raises WorkbenchError saying so."""
    refuse_while_starting_a_worker()
    groups, left_out = discover(sources)
    tasks, rows = plan(memory, groups)
    rows.extend(_note_row(note.path, "", [], "left out", note.reason) for note in left_out)
    total = len(tasks)
    if progress:
        progress(0, total)
    stream: Iterator
    if scheduler is not None:
        stream = run_dask(tasks, scheduler)
    else:
        stream = run_local(tasks, max(1, workers))
    finished = 0
    for task, outcome in stream:
        if isinstance(outcome, BaseException):
            outcome = [PairResult(job, error=f"{type(outcome).__name__}: {outcome}",
                                  row={**base_row(job), "status": "failed",
                                       "error": f"{type(outcome).__name__}: {outcome}"}) for job in task.jobs]
        for result in outcome:
            writer.store(memory, result)
            rows.append(result.row)
        finished += 1
        if progress:
            progress(finished, total)
    order = {g.key: i for i, g in enumerate(groups)}
    rows.sort(key=lambda r: (order.get(r["group"], len(order)), r["job"]))
    result = BatchResult(len(groups), rows, [str(note) for note in left_out])
    if report:
        write_report(result.rows, report)
    return result


def write_report(rows: Sequence[dict], path: str | os.PathLike[str]) -> None:
    """One row per pair: CSV, or JSON when the name ends in .json. Written whole, then renamed."""
    from workbench.export.atomic import atomic_write

    with atomic_write(path, "w") as fh:
        if os.fspath(path).lower().endswith(".json"):
            json.dump([{f: r.get(f, "") for f in REPORT_FIELDS} for r in rows], fh, ensure_ascii=False, indent=1)
        else:
            out = csv.DictWriter(fh, REPORT_FIELDS, extrasaction="ignore")
            out.writeheader()
            out.writerows(rows)
