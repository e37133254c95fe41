"""The sandbox's clock: real time plus an offset that the admin surface can move forward."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self) -> None:
        self._offset = timedelta()
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return datetime.now(UTC) + self._offset

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._offset += delta
        return self.now()

    def set(self, when: datetime) -> None:
        with self._lock:
            self._offset = when - datetime.now(UTC)

    @property
    def offset(self) -> timedelta:
        with self._lock:
            return self._offset
