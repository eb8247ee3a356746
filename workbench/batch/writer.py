"""The one writer: the batch's only code that writes the memory. Each pair's documents, alignment and job
row go in one short transaction, so a kill at any moment leaves a pair either wholly stored and marked done,
or not there at all; documents are stored by content id and alignments replace by pair, so a re-run adds no
duplicate.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Optional

from workbench import clock
from workbench.batch.work import PairResult

if TYPE_CHECKING:
    from workbench.store import Memory


def done_jobs(memory: "Memory") -> dict[str, tuple[str, dict]]:
    """job -> (content hash, report row) of every pair stored by an earlier batch."""
    rows = memory.conn.execute("SELECT job, content_hash, report FROM batch_jobs WHERE status = 'done'")
    return {job: (digest, json.loads(report)) for job, digest, report in rows}


def job_status(memory: "Memory") -> dict[str, str]:
    return dict(memory.conn.execute("SELECT job, status FROM batch_jobs"))


def store(memory: "Memory", result: PairResult) -> None:
    """Store one pair's outcome: documents and alignment with a done row, or only a failed row."""
    pair = result.pair
    with memory.transaction() as conn:
        if pair is not None:
            memory.add_document(pair.src)  # type: ignore[attr-defined]
            memory.add_document(pair.tgt)  # type: ignore[attr-defined]
            memory.save_alignment(pair.alignment, pair.units)  # type: ignore[attr-defined]
        _record(conn, result.job.job, result.job.content_hash, "failed" if pair is None else "done",
                result.row.get("src_id", ""), result.row.get("tgt_id", ""), result.error, result.row)


def _record(conn, job: str, digest: str, status: str, src: str, tgt: str, error: str, row: dict) -> None:
    conn.execute(
        "INSERT INTO batch_jobs (job, content_hash, status, src_doc, tgt_doc, error, report, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(job) DO UPDATE SET content_hash = excluded.content_hash,"
        " status = excluded.status, src_doc = excluded.src_doc, tgt_doc = excluded.tgt_doc,"
        " error = excluded.error, report = excluded.report, attempts = batch_jobs.attempts + 1,"
        " updated = excluded.updated",
        (job, digest, status, src, tgt, error, json.dumps(row, ensure_ascii=False, sort_keys=True),
         clock.tmx_stamp()))


def fail(memory: "Memory", job: str, digest: str, error: str, row: Optional[dict] = None) -> None:
    """A pair that failed before reaching a worker (its file could not even be hashed) or whose worker died."""
    with memory.transaction() as conn:
        _record(conn, job, digest, "failed", "", "", error, row or {})
