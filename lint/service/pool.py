"""Where the service checks drafts: worker processes, each lint under its own time limit.

A request first waits for a free worker (at most ``queue_timeout``), then its lint runs under
``timeout``, so the time limit measures the draft, not the queue in front of it. A lint that
overruns is stopped by killing its process; a fresh worker takes its place. Threads would not
do: Python cannot stop a thread, and a pattern that holds the interpreter stops every other
thread with it, the event loop and ``/healthz`` included.

Workers are forked from the service once the project is loaded, so they share it and never
load it again. Each one also bounds itself: it dies on its own a little after ``timeout`` (if
the service could not kill it), it cannot take more than ``memory`` bytes beyond what it started
with, and it is replaced after a draft that left it holding more than that.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import multiprocessing
import os
import signal
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

from lint.i18n import _
from lint.service.requests import RequestError

Q = TypeVar("Q")
T = TypeVar("T")
RETRY = {"retry-after": "5"}
GRACE = 5.0  # seconds a worker outlives its time limit before it stops itself
log = logging.getLogger("factlint.server")


class WorkerError(Exception):
    """The job failed inside the worker; the message is its traceback, for the log."""


class _Worker:
    def __init__(self, context: Any, job: Callable[[Any], Any], timeout: float, memory: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, job, timeout, memory), daemon=True, name="factlint-lint"
        )
        self.process.start()
        child.close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class LintPool(Generic[Q, T]):
    """``await pool.run(request)`` is ``job(request)``, computed in a worker process."""

    def __init__(
        self,
        job: Callable[[Q], T],
        workers: int,
        timeout: float,
        queue_timeout: float,
        memory: int = 1 << 30,
    ) -> None:
        self.job = job
        self.workers = workers
        self.timeout = timeout
        self.queue_timeout = queue_timeout
        self.memory = memory
        self._context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        )
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        # Threads that each wait on one worker's pipe; never more than there are workers.
        self._waiters = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="factlint-wait")
        # One semaphore per event loop (an asyncio primitive belongs to the loop that first waits on it).
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def start(self) -> None:
        """Fork every worker now, so the first drafts do not wait for it."""
        with self._lock:
            while len(self._idle) < self.workers and not self._closed:
                self._idle.append(self._spawn())

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.job, self.timeout, self.memory)
        self._all.add(worker)
        return worker

    def _slot(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        slot = self._slots.get(loop)
        if slot is None:
            slot = self._slots[loop] = asyncio.Semaphore(self.workers)
        return slot

    async def run(self, request: Q) -> T:
        """``job(request)`` in a worker; 503 ``busy`` or ``timeout`` when the limits are reached."""
        slot = self._slot()
        try:
            await asyncio.wait_for(slot.acquire(), self.queue_timeout)
        except TimeoutError:
            message = _("every worker is busy checking other drafts; try again")
            raise RequestError(503, "busy", message, RETRY) from None
        future = asyncio.get_running_loop().run_in_executor(self._waiters, self._call, request)
        future.add_done_callback(lambda _: slot.release())  # when the worker is free again
        # The waiting thread enforces the time limit (and kills the worker) even if this
        # request is cancelled, say because its client went away.
        return await asyncio.shield(future)

    def _call(self, request: Q) -> T:
        worker = self._take()
        try:
            try:
                worker.conn.send(request)
            except (BrokenPipeError, EOFError, OSError):  # it died idle (killed from outside): another
                self._discard(worker)
                worker = self._take()
                worker.conn.send(request)
            if not worker.conn.poll(self.timeout):
                self._discard(worker)
                message = _("checking the draft took longer than {seconds} s; it was stopped")
                raise RequestError(503, "timeout", message.format(seconds=f"{self.timeout:g}"), RETRY)
            ok, value, retire = worker.conn.recv()
        except (BrokenPipeError, EOFError, OSError):
            self._discard(worker)
            raise WorkerError(_("the worker process checking this draft died")) from None
        except BaseException:
            if worker in self._all and worker not in self._idle:
                self._discard(worker)
            raise
        if retire:
            self._discard(worker)
        else:
            self._give_back(worker)
        if not ok:
            if value == "MemoryError":
                message = _("checking the draft took more memory than a worker may use")
                raise RequestError(503, "out_of_memory", message, RETRY)
            raise WorkerError(value)
        result: T = value
        return result

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RequestError(503, "shutting_down", _("the service is stopping"), RETRY)
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                self._all.discard(worker)
                worker.stop()
            return self._spawn()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                self._all.discard(worker)
                worker.stop()
            else:
                self._idle.append(worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._idle = list(self._all), []
            self._all.clear()
        for worker in workers:
            worker.stop()
        self._waiters.shutdown(wait=False, cancel_futures=True)


def _serve(conn: Connection, job: Callable[[Any], Any], timeout: float, memory: int) -> None:
    """A worker's life: answer requests one at a time until the service hangs up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the service's to handle: it stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)  # an alarm ends the process, whatever it is doing
    start = _resident()
    _limit_memory(memory)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        signal.alarm(math.ceil(timeout + GRACE))
        try:
            answer: tuple[bool, Any] = (True, job(request))
        except MemoryError:
            answer = (False, "MemoryError")
        except BaseException:
            import traceback

            answer = (False, traceback.format_exc())
        signal.alarm(0)
        retire = not answer[0] or _resident() - start > memory // 4
        try:
            conn.send((*answer, retire))
        except (OSError, ValueError):
            return
        if retire:
            return


def _resident() -> int:
    """This process's resident memory in bytes (0 where /proc cannot say)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(memory: int) -> None:
    """No more than ``memory`` bytes of address space beyond what the worker has now: past it,
    allocation fails (MemoryError) rather than the machine running out."""
    try:
        import resource

        with open("/proc/self/statm", "rb") as statm:
            size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (size + memory, resource.RLIM_INFINITY))
    except (ImportError, OSError, ValueError, IndexError):
        pass
