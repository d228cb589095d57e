"""A single background thread that applies history writes in order and retries failures.

The GUI thread only queues work; a slow fsync, a locked database or a full disk never stalls
it. A write that fails for a reason that can pass (disk full, read-only, locked, I/O errors:
SQLite's operational errors and OS errors, but not a missing table or column) stays at the
head of the queue, later ones wait behind it so order is kept, and it is retried after a
delay, or at once when new work arrives, for as long as the app runs. A write that fails for
any other reason (a constraint, a missing table, a bug) would fail forever and hold up every
later write: it is tried :data:`ATTEMPTS_BEFORE_DROPPING` times, then dropped and reported.
Each write runs in its own transaction, so a failure leaves what is already stored untouched.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from glute_timer.storage.database import Database

log = logging.getLogger(__name__)

# A write runs in a transaction and may return a callback to run once that has committed.
WriteOp = Callable[[Session], Callable[[], None] | None]
DEFAULT_RETRY_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0)
ATTEMPTS_BEFORE_DROPPING = 3
_SCHEMA_FAULTS = ("no such table", "no such column", "has no column named")


class WriteAbandonedError(Exception):
    """Raised by a write that can never succeed (e.g. the session row it belongs to was
    dropped); the write is dropped at once, without counting as a failure to write."""


def is_transient(error: BaseException) -> bool:
    """Whether ``error`` may pass by itself (disk full, read-only, locked, I/O), so the write
    is worth retrying for as long as the app runs."""
    cause = getattr(error, "orig", None) or error
    if any(sign in str(cause).lower() for sign in _SCHEMA_FAULTS):
        return False  # a table or column gone: no retry can help (start-up repairs the file)
    return isinstance(
        error, (sa_exc.OperationalError, sa_exc.TimeoutError, sqlite3.OperationalError, OSError)
    ) or isinstance(cause, (sqlite3.OperationalError, OSError))


class HistoryWriter:
    """Runs write operations on one thread, in submission order, one transaction each.

    ``on_failure(error)`` is called (on the writer thread) when a write fails after having
    worked, ``on_recovery()`` when writing works again; both are called once per change.
    ``on_dropped(label, error)`` is called for each write given up (see the module's text).
    """

    def __init__(
        self,
        database: Database,
        *,
        on_failure: Callable[[BaseException], None],
        on_recovery: Callable[[], None],
        on_dropped: Callable[[str, BaseException], None] | None = None,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    ) -> None:
        self._database = database
        self._on_failure = on_failure
        self._on_recovery = on_recovery
        self._on_dropped = on_dropped
        self._retry_delays = tuple(retry_delays) or (1.0,)
        self._ops: deque[tuple[str, WriteOp, Callable[[], None] | None]] = deque()
        self._cond = threading.Condition()
        self._busy = False
        self._stopping = False
        self._failing = False
        self._wake = False
        self.write_times: deque[float] = deque(maxlen=1000)
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    @property
    def failing(self) -> bool:
        """Whether the last attempt failed (work is waiting for a retry)."""
        return self._failing

    def recent_write_times(self) -> list[float]:
        """Seconds each recent successful write took (a copy, safe from any thread)."""
        with self._cond:
            return list(self.write_times)

    @property
    def pending(self) -> int:
        """Writes not yet stored."""
        with self._cond:
            return len(self._ops)

    def submit(self, label: str, op: WriteOp, *, on_drop: Callable[[], None] | None = None) -> None:
        """Queue ``op``; it runs after every write submitted before it. ``on_drop()`` runs
        (on the writer thread) if the write is given up, or left unstored at close."""
        with self._cond:
            if self._stopping:
                log.error("history write %s dropped: the writer is closed", label)
                return
            self._ops.append((label, op, on_drop))
            self._wake = True
            self._cond.notify_all()

    def retry_now(self) -> None:
        """Retry a failed write at once instead of waiting for the next delay."""
        with self._cond:
            self._wake = True
            self._cond.notify_all()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued write is stored; False if that did not happen in time."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._ops or self._busy:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True

    def close(self, timeout: float = 5.0) -> bool:
        """Try to store what is queued (within ``timeout``), then stop the thread.

        Returns False when writes were left unstored; they are logged.
        """
        stored = self.flush(timeout)
        with self._cond:
            self._stopping = True
            left = [label for label, _, _ in self._ops]
            cleanups = [on_drop for _, _, on_drop in self._ops if on_drop is not None]
            self._ops.clear()
            self._cond.notify_all()
        self._thread.join(timeout=max(timeout, 1.0))
        for cleanup in cleanups:
            self._safe(cleanup)
        if left:
            log.error("history writes not stored at exit: %s", ", ".join(left))
        return stored and not left

    def _run(self) -> None:
        attempt = 0  # failed attempts of the write at the head of the queue
        while True:
            with self._cond:
                while not self._ops and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    self._cond.notify_all()
                    return
                label, op, on_drop = self._ops[0]
                self._busy = True
                self._wake = False
            started = time.perf_counter()
            error: BaseException | None = None
            after: Callable[[], None] | None = None
            try:
                with self._database.session() as session, session.begin():
                    after = op(session)
            except Exception as caught:
                error = caught
            if error is None and after is not None:
                self._safe(after)
            elapsed = time.perf_counter() - started
            drop = error is not None and (
                isinstance(error, WriteAbandonedError)
                or (not is_transient(error) and attempt + 1 >= ATTEMPTS_BEFORE_DROPPING)
            )
            with self._cond:
                self._busy = False
                if error is None or drop:
                    self._ops.popleft()
                    attempt = 0
                if error is None:
                    self.write_times.append(elapsed)
                self._cond.notify_all()
            if drop:
                assert error is not None
                if isinstance(error, WriteAbandonedError):
                    log.info("history write %s dropped: %s", label, error)
                else:
                    log.error("history write %s dropped: %s", label, error, exc_info=error)
                if on_drop is not None:
                    self._safe(on_drop)
                if self._on_dropped is not None:
                    self._safe(functools.partial(self._on_dropped, label, error))
                continue
            if error is None:
                if self._failing:
                    self._failing = False
                    log.info("history writes work again")
                    self._safe(self._on_recovery)
                continue
            if not self._failing:
                self._failing = True
                log.error("history write %s failed: %s", label, error)
                self._safe(functools.partial(self._on_failure, error))
            else:
                log.debug("history write %s failed again: %s", label, error)
            delay = self._retry_delays[min(attempt, len(self._retry_delays) - 1)]
            attempt += 1
            with self._cond:
                deadline = time.monotonic() + delay
                while not self._wake and not self._stopping:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)

    @staticmethod
    def _safe(callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:
            log.exception("history writer callback failed")
