"""Where the service checks drafts: a few worker threads, each lint under its own time limit.

A request first waits for a free worker (at most ``queue_timeout``), then its lint runs under
``timeout``, so the time limit measures the draft, not the queue in front of it. A worker whose
lint overran stays taken until its thread really finishes: Python cannot stop a thread, and
counting it free would let slow drafts pile up threads.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from lint.service.requests import RequestError

T = TypeVar("T")
RETRY = {"retry-after": "5"}


class LintPool:
    def __init__(self, threads: int, timeout: float, queue_timeout: float) -> None:
        self.threads = threads
        self.timeout = timeout
        self.queue_timeout = queue_timeout
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="factlint-lint")
        # One semaphore per event loop (an asyncio primitive belongs to the loop that first waits on it).
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _slot(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        slot = self._slots.get(loop)
        if slot is None:
            slot = self._slots[loop] = asyncio.Semaphore(self.threads)
        return slot

    async def run(self, job: Callable[[], T]) -> T:
        """``job()`` in a worker thread; 503 ``busy`` or ``timeout`` when the limits are reached."""
        slot = self._slot()
        try:
            await asyncio.wait_for(slot.acquire(), self.queue_timeout)
        except TimeoutError:
            raise RequestError(503, "busy", "every worker is busy checking other drafts; try again", RETRY) from None
        future = asyncio.get_running_loop().run_in_executor(self.executor, job)
        future.add_done_callback(lambda _: slot.release())  # when the thread is done, not when we stop waiting
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout)
        except TimeoutError:
            raise RequestError(
                503, "timeout", f"checking the draft took longer than {self.timeout:g} s", RETRY
            ) from None

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
