"""Where the per-group work runs: worker processes on this machine, or a Dask distributed cluster. Both
stream results back as they finish, with a bounded number of tasks in flight, so the writer's memory
stays flat however large the archive is.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator, Union

from workbench.batch.work import PairResult, Task, run_task
from workbench.errors import WorkbenchError

Outcome = Union[list[PairResult], BaseException]


def _window(workers: int) -> int:
    # Enough queued work to keep every worker busy while the writer stores, and no more.
    return max(2, workers * 3)


def run_local(tasks: Iterable[Task], workers: int) -> Iterator[tuple[Task, Outcome]]:
    """Run tasks in ``workers`` processes (spawned: a worker never shares the writer's SQLite connection).
    Spawned workers import the caller's ``__main__``: a script calling this needs the usual
    ``if __name__ == "__main__":`` guard, and code piped to ``python -`` cannot use local workers."""
    context = multiprocessing.get_context("spawn")
    pending_tasks = iter(tasks)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
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
            broken = False
            for future in done:
                task = in_flight.pop(future)
                try:
                    yield task, future.result()
                except BrokenProcessPool as err:
                    broken = True
                    yield task, err
                except Exception as err:  # noqa: BLE001 - the task's failure is reported, the batch goes on
                    yield task, err
            if broken:
                # A worker died (killed, out of memory): its pool is unusable. The tasks it held fail; a
                # new pool takes the rest, and a re-run retries the failed ones.
                for future, task in in_flight.items():
                    yield task, BrokenProcessPool("a worker process died while aligning this group")
                in_flight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(tasks: Iterable[Task], scheduler: str) -> Iterator[tuple[Task, Outcome]]:
    """Run tasks on the Dask cluster at ``scheduler`` (tcp://HOST:PORT), or on a Client given directly
    (tests pass a LocalCluster's). The workers need workbench installed; the memory stays with the caller."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise WorkbenchError("--scheduler needs Dask: pip install 'workbench[cluster]'") from None

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
