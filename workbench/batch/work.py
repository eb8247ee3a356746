"""The per-group work a worker does: read, segment and align one document's English version with each of
its originals. It never opens the memory, so it runs the same in a local process or on a Dask worker on
another machine; what it returns is plain picklable data for the one writer.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, field
from typing import Optional

from workbench.batch.discover import Version


@dataclass(frozen=True)
class PairJob:
    """One pair to align: its key in the jobs table and the hash of both files' bytes."""

    job: str
    group: str
    src: Version
    tgt: Version
    content_hash: str


@dataclass(frozen=True)
class Task:
    group: str
    jobs: tuple[PairJob, ...]


@dataclass
class PairResult:
    """A pair's outcome: the AlignedPair to store, or the error that stopped it; ``row`` is its report row."""

    job: PairJob
    pair: Optional[object] = None  # workbench.pipeline.AlignedPair, kept loose so pickling stays simple
    error: str = ""
    row: dict = field(default_factory=dict)


def content_hash(*paths: str) -> str:
    """What a pair's result depends on: the bytes of its files (and the tool's version, so an upgrade
    aligns again)."""
    from workbench import __version__

    digest = hashlib.sha256(__version__.encode())
    for path in paths:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def base_row(job: PairJob) -> dict:
    return {"job": job.job, "group": job.group, "src_lang": job.src.lang, "tgt_lang": job.tgt.lang,
            "src_path": job.src.path, "tgt_path": job.tgt.path, "src_id": "", "tgt_id": "", "src_sentences": 0,
            "tgt_sentences": 0, "beads": 0, "flagged": 0, "mean_score": 0.0, "trilingual": 0, "warnings": "",
            "status": "", "error": ""}


def run_task(task: Task) -> list[PairResult]:
    """Align every pair of ``task``; one pair's bad file fails that pair only, and is reported, not raised."""
    from workbench.pipeline import align_pair, read
    from workbench.trilingual import trilingual_units

    docs: dict[str, object] = {}
    failed: dict[str, str] = {}

    def load(version: Version):
        if version.path in failed:
            raise _Known(failed[version.path])
        if version.path not in docs:
            try:
                docs[version.path] = read(version.path, lang=version.lang, source_url=version.url,
                                          date=version.date)
            except Exception as err:  # noqa: BLE001 - any failure of one file is that file's error
                failed[version.path] = _message(err)
                raise _Known(failed[version.path]) from None
        return docs[version.path]

    _drop_repeated(task, load, docs)
    results = []
    for job in task.jobs:
        row = base_row(job)
        try:
            src, tgt = load(job.src), load(job.tgt)
            pair = align_pair(src, tgt)
        except _Known as err:
            results.append(PairResult(job, error=str(err), row={**row, "status": "failed", "error": str(err)}))
            continue
        except Exception as err:  # noqa: BLE001
            results.append(PairResult(job, error=_message(err), row={**row, "status": "failed",
                                                                     "error": _message(err)}))
            continue
        beads = pair.alignment.beads
        row.update(src_id=pair.src.id, tgt_id=pair.tgt.id, src_sentences=len(pair.src.segments),
                   tgt_sentences=len(pair.tgt.segments), beads=len(beads), flagged=pair.flagged,
                   mean_score=round(sum(b.score for b in beads) / len(beads), 4) if beads else 0.0,
                   warnings="; ".join(pair.warnings), status="done")
        results.append(PairResult(job, pair, row=row))
    aligned = [r for r in results if r.pair is not None]
    if len(aligned) == 2:
        # The trilingual units are derived again at export time; here they are counted for the report as `run`
        # counts them: the ones a TMX carries by default, without the flagged.
        count = sum(not u.flagged for u in trilingual_units(aligned[0].pair, aligned[1].pair))  # type: ignore[arg-type]
        for result in aligned:
            result.row["trilingual"] = count
    return results


def _drop_repeated(task: Task, load, docs: dict) -> None:
    """As `run` reads a group (pipeline.read_group): the lines the transcript shares verbatim with an original
    are dropped from both. A file that fails to read is left to fail its own pairs."""
    from workbench.ingest.repeated import drop_repeated
    from workbench.pipeline import read

    sources = {job.src.path for job in task.jobs}
    if len(sources) != 1:
        return
    versions = [task.jobs[0].src] + [job.tgt for job in task.jobs]
    try:
        first = [load(v) for v in versions]
    except _Known:
        return

    def reread(k: int, keys: frozenset) -> object:
        v = versions[k]
        return read(v.path, lang=v.lang, source_url=v.url, date=v.date, repeated=keys)

    try:
        for version, doc in zip(versions, drop_repeated(first, reread)):
            docs[version.path] = doc
    except Exception:  # noqa: BLE001 - the files were read once already; keep those documents
        return


class _Known(Exception):
    """A file that failed before: its message again, without reading it twice."""


def _message(err: BaseException) -> str:
    from workbench.errors import WorkbenchError

    if isinstance(err, WorkbenchError):
        return str(err)
    # An unexpected failure keeps the line where it happened, for the bug report.
    where = traceback.extract_tb(err.__traceback__)[-1] if err.__traceback__ else None
    return f"{type(err).__name__}: {err}" + (f" ({where.filename}:{where.lineno})" if where else "")
