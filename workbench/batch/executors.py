"""Where the per-group work runs: worker processes on this machine, or a Dask distributed cluster. Both
stream results back as they finish, with a bounded number of tasks in flight, so the writer's memory
stays flat however large the archive is.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator, Union

from workbench.batch.work import PairResult, Task, run_task
from workbench.errors import WorkbenchError
from workbench.extras import need

Outcome = Union[list[PairResult], BaseException]


def _window(workers: int) -> int:
    # Enough queued work to keep every worker busy while the writer stores, and no more.
    return max(2, workers * 3)


# Spawned workers import the script that started them, as multiprocessing's always do.
MAIN_GUARD = ("a script that calls run_batch must call it under `if __name__ == \"__main__\":`, since each worker"
              " process imports the script again (and code read from standard input cannot start workers)")


def refuse_while_starting_a_worker() -> None:
    """Raise when called by a script that a worker process is importing: without it, every worker would
    start a batch of its own on the same memory. ``_inheriting`` is the flag multiprocessing's own check of
    this mistake reads; it is set only while a spawned process imports its parent's ``__main__``."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise WorkbenchError(MAIN_GUARD)


def _started(flag: Any) -> None:
    flag.set()


def _pool(context: Any, workers: int) -> tuple[ProcessPoolExecutor, Any]:
    """A pool and an event its workers set once started: a pool that breaks with the event unset died
    while starting, which no retry mends."""
    started = context.Event()
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_started,
                               initargs=(started,)), started


def run_local(tasks: Iterable[Task], workers: int) -> Iterator[tuple[Task, Outcome]]:
    """Run tasks in ``workers`` processes (spawned: a worker never shares the writer's SQLite connection).
    Spawned workers import the caller's ``__main__`` (see MAIN_GUARD); workers that die before they start
    stop the batch with that advice rather than failing every pair."""
    context = multiprocessing.get_context("spawn")
    pending_tasks = iter(tasks)
    pool, started = _pool(context, workers)
    try:
        in_flight: dict = {}
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < _window(workers):
                task = next(pending_tasks, None)
                if task is None:
                    exhausted = True
                    break
                in_flight[pool.submit(run_task, task)] = task
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = any(isinstance(f.exception(), BrokenProcessPool) for f in done)
            if broken and not started.is_set():
                # Checked before any outcome is yielded: none of these pairs is to be recorded as failed.
                raise WorkbenchError(f"the worker processes exited as they started (their error is above): "
                                     f"{MAIN_GUARD}")
            for future in done:
                # A task's failure (or its worker's death) is its pairs' error; the batch goes on.
                error = future.exception()
                yield in_flight.pop(future), error if error is not None else future.result()
            if broken:
                # A worker died (killed, out of memory): its pool is unusable. The tasks it held fail; a
                # new pool takes the rest, and a re-run retries the failed ones.
                for future, task in in_flight.items():
                    yield task, BrokenProcessPool("a worker process died while aligning this group")
                in_flight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool, started = _pool(context, workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(tasks: Iterable[Task], scheduler: str) -> Iterator[tuple[Task, Outcome]]:
    """Run tasks on the Dask cluster at ``scheduler`` (tcp://HOST:PORT), or on a Client given directly
    (tests pass a LocalCluster's). The workers need workbench installed; the memory stays with the caller."""
    distributed = need("distributed", "--scheduler (Dask)", "cluster")
    Client, as_completed = distributed.Client, distributed.as_completed

    own = isinstance(scheduler, str)
    try:
        client = Client(scheduler, timeout=30) if own else scheduler
    except OSError as err:
        raise WorkbenchError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    try:
        workers = max(1, sum(client.nthreads().values()))
        pending_tasks = iter(tasks)
        by_key: dict = {}
        stream = as_completed()
        for task in pending_tasks:
            future = client.submit(run_task, task, pure=False)
            by_key[future.key] = task
            stream.add(future)
            if len(by_key) >= _window(workers):
                break
        for future in stream:
            task = by_key.pop(future.key)
            try:
                outcome: Outcome = future.result()
            except Exception as err:  # noqa: BLE001
                outcome = err
            future.release()
            yield task, outcome
            nxt = next(pending_tasks, None)
            if nxt is not None:
                f = client.submit(run_task, nxt, pure=False)
                by_key[f.key] = nxt
                stream.add(f)
    finally:
        if own:
            client.close()
