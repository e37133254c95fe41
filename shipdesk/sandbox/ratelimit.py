"""Fixed-window rate limits per key, the way ShipStation counts them (a window, then a fresh allowance)."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Allowance:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int  # seconds until the next window starts (V1's X-Rate-Limit-Reset)


class FixedWindowLimiter:
    def __init__(self, limit: int, window_seconds: float) -> None:
        self.limit = limit
        self.window = window_seconds
        self._windows: dict[str, tuple[float, int]] = {}  # key -> (window start, requests used)
        self._lock = threading.Lock()

    def take(self, key: str) -> Allowance:
        now = time.monotonic()
        with self._lock:
            start, used = self._windows.get(key, (now, 0))
            if now - start >= self.window:
                start, used = now, 0
            allowed = used < self.limit
            if allowed:
                used += 1
            self._windows[key] = (start, used)
        reset = max(1, math.ceil(start + self.window - now))
        return Allowance(allowed, self.limit, self.limit - used, reset)

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()
