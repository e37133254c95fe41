"""The one way ShipDesk runs API and disk work off the UI thread.

`runner.run(fn, on_result=..., on_error=..., on_progress=...)` runs `fn(job)` on a QThreadPool thread.
`fn` reports progress with `job.progress(done, total, text)` and checks `job.cancelled` (or calls
`job.check()`, which raises `Cancelled`) to stop cooperatively. The callbacks run on the UI thread,
because the Job's signals are delivered through the event loop to the Job, which lives there.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job that noticed it was cancelled."""


class Job(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(int, int, str)  # done, total, text
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled(self.name)

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(done, total, text)


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.job)
        except Cancelled:
            pass
        except Exception as exc:  # every failure is handed to the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.job.failed.emit(exc)
        else:
            if not self.job.cancelled:
                self.job.succeeded.emit(result)
        finally:
            self.job.finished.emit()


class WorkerRunner(QObject):
    """Runs jobs on a thread pool and keeps them alive until they finish."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._jobs: set[Job] = set()

    def run(self, fn: Callable[[Job], Any], *, name: str = "", on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> Job:
        job = Job(name or getattr(fn, "__name__", "job"))
        if on_result is not None:
            job.succeeded.connect(on_result)
        if on_error is not None:
            job.failed.connect(on_error)
        if on_progress is not None:
            job.progressed.connect(on_progress)
        job.finished.connect(lambda: self._forget(job))
        self._jobs.add(job)
        self.pool.start(_Task(job, fn))
        return job

    def _forget(self, job: Job) -> None:
        job.done = True
        self._jobs.discard(job)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (shutdown and tests)."""
        return self.pool.waitForDone(msecs)
