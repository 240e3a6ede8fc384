"""Partitions of the archive run on a Dask cluster: a local one sized to the CPUs, or one
already running. Dask is imported here only, when an archive command runs."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from lint.archive.articles import Article
from lint.archive.work import PartitionResult, Setup, lint_partition
from lint.errors import FactlintError
from lint.i18n import _

if TYPE_CHECKING:
    from distributed import Client


class PartitionOutcome(NamedTuple):
    number: int
    articles: list[Article]
    result: PartitionResult | None  # None when the partition failed, retries and all
    error: str | None


@contextlib.contextmanager
def connect(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers``
    processes (default: one per CPU) with one thread each: linting is Python code, which
    threads of one process would take turns at."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=30)
        except (OSError, ValueError) as exc:
            raise FactlintError(_("cannot reach the Dask scheduler: {error}").format(error=exc), scheduler) from None
        with client:
            yield client
        return
    # No dashboard, so no use for the workers' statistical profiler, which samples every
    # worker's stack a hundred times a second while it lints.
    with (
        dask.config.set({"distributed.worker.profile.enabled": False}),
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def task_slots(client: Client) -> int:
    """The threads the cluster's workers run tasks in (each partition takes one)."""
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))


def run_partitions(
    client: Client,
    setup: Setup,
    partitions: list[list[Article]],
    retries: int,
    progress: bool,
    failed: Callable[[PartitionOutcome], None] | None = None,
) -> Iterator[PartitionOutcome]:
    """Every partition's outcome, in partition order, each as soon as it and all before it
    are done. A partition that raises is run again up to ``retries`` times; one that still
    fails comes back with its error (and is passed to ``failed`` the moment it is known),
    never left out."""
    from distributed import as_completed

    run = uuid.uuid4().hex[:8]
    futures = {
        f"archive-partition-{run}-{i}": client.submit(
            lint_partition, setup, part, key=f"archive-partition-{run}-{i}", retries=retries
        )
        for i, part in enumerate(partitions)
    }
    bar = _progress_bar(client, list(futures)) if progress else None
    done: dict[int, PartitionOutcome] = {}
    upcoming = 0
    try:
        for future in as_completed(list(futures.values())):
            index = int(future.key.rsplit("-", 1)[1])
            if future.status == "finished":
                outcome = PartitionOutcome(index, partitions[index], future.result(), None)
            else:
                exc = future.exception()
                outcome = PartitionOutcome(index, partitions[index], None, f"{type(exc).__name__}: {exc}")
                if failed is not None:
                    failed(outcome)
            del futures[future.key]
            future.release()  # the worker may forget the result now
            done[index] = outcome
            while upcoming in done:
                yield done.pop(upcoming)
                upcoming += 1
    finally:
        for future in futures.values():
            future.cancel()
        if bar is not None:
            bar.join(timeout=5)


def _progress_bar(client: Client, keys: list[str]) -> threading.Thread:
    """Dask's text progress bar (what ``distributed.progress`` draws in a terminal), drawn
    from a thread of its own while the results are written. It is given the keys, not the
    futures: holding those would keep every result on the workers until the end."""
    from distributed.diagnostics.progressbar import TextProgressBar

    def draw() -> Any:
        with contextlib.suppress(Exception):  # no bar is no reason to stop the run
            TextProgressBar(keys, scheduler=client.scheduler.address)

    thread = threading.Thread(target=draw, name="factlint-archive-progress", daemon=True)
    thread.start()
    return thread
