"""A micro-batcher: concurrent requests share guard calls.

Requests put their items on one FIFO queue. A single background task takes the first waiting
item, then gathers more until it holds ``max_batch_size`` items or ``max_wait_ms`` has passed
since it took the first, and runs ``guard.classify`` on them in a worker thread (the event loop
stays free to accept and queue requests meanwhile; while the guard runs, the next batch fills).
Each request's future resolves when all of its items are judged.

Bounds: an item waits at most ``max_wait_ms`` for company, plus the guard calls queued before it
(FIFO, at most ``max_batch_size`` items each). A request that gives up (timeout, disconnect) is
skipped when its items come up. A batch that fails with a ``DataError`` (an input the guard
cannot read) is re-run request by request, so only the request with the bad input fails;
any other exception fails every request in that batch (the guard is down: no one gets a label).
The guard runs on one thread: guards need not be thread-safe.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..errors import DataError, ExpguardError

log = logging.getLogger("expguard.serve")


class BatcherClosed(ExpguardError):
    """The service is shutting down and takes no new work."""


class GuardOutputError(ExpguardError):
    """The guard returned something other than one verdict per item."""


@dataclass(eq=False)
class _Request:
    items: list[Any]
    future: asyncio.Future
    results: list[Any] = field(default_factory=list)
    remaining: int = 0

    def __post_init__(self) -> None:
        self.results = [None] * len(self.items)
        self.remaining = len(self.items)


_STOP = object()


class MicroBatcher:
    """Gather items of concurrent ``submit`` calls into guard batches (see the module doc)."""

    def __init__(self, guard: Any, *, max_batch_size: int = 32, max_wait_ms: float = 5.0,
                 on_batch: Callable[[int, float], None] | None = None) -> None:
        if max_batch_size < 1:
            raise ExpguardError(f"max_batch_size must be ≥ 1, got {max_batch_size}")
        if max_wait_ms < 0:
            raise ExpguardError(f"max_wait_ms must be ≥ 0, got {max_wait_ms}")
        self.guard, self.max_batch_size, self.max_wait = guard, max_batch_size, max_wait_ms / 1000
        self.on_batch = on_batch
        self._queue: asyncio.Queue | None = None
        self._worker: asyncio.Task | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing = False
        self.batches = 0

    # --- lifecycle ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._worker is not None and not self._worker.done()

    @property
    def closing(self) -> bool:
        return self._closing

    def pending(self) -> int:
        """Items queued and not yet taken by the worker."""
        return self._queue.qsize() if self._queue is not None else 0

    def start(self) -> None:
        """Start the worker on the running loop (idempotent; ``submit`` starts it if needed)."""
        if self._closing:
            raise BatcherClosed("the service is shutting down")
        loop = asyncio.get_running_loop()
        if self.running and self._loop is loop:
            return
        if self._executor is not None:  # started on another (finished) loop: start afresh
            self._executor.shutdown(wait=False)
        self._loop, self._queue = loop, asyncio.Queue()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="expguard-guard")
        self._worker = loop.create_task(self._run_forever(), name="expguard-batcher")

    async def close(self, timeout: float | None = None) -> None:
        """Take no new work; finish what is queued and in flight (up to ``timeout`` seconds),
        then fail whatever is left with ``BatcherClosed``."""
        self._closing = True
        if self._worker is None:
            return
        assert self._queue is not None
        self._queue.put_nowait(_STOP)
        try:
            await asyncio.wait_for(asyncio.shield(self._worker), timeout)
        except TimeoutError:
            self._worker.cancel()
            log.warning("shutdown: gave up on queued guard work after %.1f s", timeout or 0)
        while not self._queue.empty():
            entry = self._queue.get_nowait()
            if entry is not _STOP and not entry[0].future.done():
                entry[0].future.set_exception(BatcherClosed("the service is shutting down"))
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    # --- requests -------------------------------------------------------------------------------
    async def submit(self, items: Sequence[Any]) -> list[Any]:
        """Verdicts for ``items`` in order. Cancelling the caller (e.g. ``asyncio.wait_for``)
        drops its items that have not reached the guard yet."""
        if self._closing:
            raise BatcherClosed("the service is shutting down")
        if not items:
            return []
        self.start()
        assert self._queue is not None
        req = _Request(list(items), asyncio.get_running_loop().create_future())
        for i in range(len(req.items)):
            self._queue.put_nowait((req, i))
        return await req.future

    # --- worker ---------------------------------------------------------------------------------
    async def _run_forever(self) -> None:
        assert self._queue is not None
        stop = False
        while not stop:
            batch, stop = await self._gather()
            if batch:
                try:
                    await self._run(batch)
                except Exception as e:  # noqa: BLE001 - a bug must not kill the worker or hang requests
                    log.error("batch failed unexpectedly: %s", type(e).__name__)
                    self._fail(batch, e)

    async def _gather(self) -> tuple[list[tuple[_Request, int]], bool]:
        """Up to max_batch_size live entries; waits at most max_wait after the first one."""
        assert self._queue is not None
        q, batch = self._queue, []
        loop = asyncio.get_running_loop()
        deadline = None
        while len(batch) < self.max_batch_size:
            if not q.empty():
                entry = q.get_nowait()
            elif deadline is None:
                entry = await q.get()          # idle: wait for the first item
            else:
                left = deadline - loop.time()
                if left <= 0:
                    break
                try:
                    entry = await asyncio.wait_for(q.get(), left)
                except TimeoutError:
                    break
            if entry is _STOP:
                return batch, True
            if entry[0].future.done():         # gave up (timeout) or already failed
                continue
            batch.append(entry)
            if deadline is None:
                deadline = loop.time() + self.max_wait
        return batch, False

    async def _run(self, batch: list[tuple[_Request, int]]) -> None:
        items = [req.items[i] for req, i in batch]
        loop = asyncio.get_running_loop()
        t0 = time.perf_counter()
        try:
            verdicts = await loop.run_in_executor(self._executor, self._classify, items)
        except DataError as e:
            reqs = list(dict.fromkeys(req for req, _ in batch))
            if len(reqs) > 1:  # find the request with the bad input; the others still get answers
                for r in reqs:
                    await self._run([(req, i) for req, i in batch if req is r])
                return
            self._fail(batch, e)
            return
        except Exception as e:  # noqa: BLE001 - the guard is down: fail the batch's requests
            self._fail(batch, e)
            return
        finally:
            self.batches += 1
            if self.on_batch:
                self.on_batch(len(items), time.perf_counter() - t0)
        for (req, i), v in zip(batch, verdicts):
            if req.future.done():
                continue
            req.results[i] = v
            req.remaining -= 1
            if req.remaining == 0:
                req.future.set_result(req.results)

    def _classify(self, items: list[Any]) -> list[Any]:
        verdicts = list(self.guard.classify(items))
        if len(verdicts) != len(items):
            raise GuardOutputError(f"the guard returned {len(verdicts)} verdicts for {len(items)} items")
        return verdicts

    @staticmethod
    def _fail(batch: list[tuple[_Request, int]], error: BaseException) -> None:
        for req, _ in batch:
            if not req.future.done():
                req.future.set_exception(error)
