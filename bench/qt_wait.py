"""Waiting inside a Qt benchmark without freezing the event loop: a nested QEventLoop polled by a timer.

A `sleep()` or a busy `processEvents()` loop on the UI thread would itself be a stall (P6 measures stalls)
or burn a core the app needs; the nested loop keeps every timer and queued signal running while we wait.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer

POLL_MS = 10


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError(f"{what}: not done in {timeout_s:.0f} s")


def settle(ms: int = 0) -> None:
    """Let the event loop run for `ms` (0: what is queued now, paints included)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
