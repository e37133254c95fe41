"""Rate governor, one per key: wait before ShipStation would refuse, instead of being refused.

V1 tells us on every response how many calls are left (`X-Rate-Limit-Remaining`) and how many whole
seconds until the window resets (`X-Rate-Limit-Reset`). Each response bounds the reset moment from
above (`arrival + reset`); the smallest bound seen in a window is safe and, after a burst, tight. V2
only says `Retry-After` on a 429; we hold every caller of that key until then.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

from .errors import RateLimited

WaitListener = Callable[[float, str], None]
MARGIN = 0.02  # seconds past the bound, for the server's own clock granularity


class RateGovernor:
    def __init__(self, name: str, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.name = name
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._listeners: list[WaitListener] = []
        self.limit: int | None = None
        self.remaining: int | None = None  # None: unknown, assume allowed
        self._reset_at: float | None = None  # smallest known upper bound of the window's end
        self._blocked_until = 0.0  # from a 429 (Retry-After or V1 reset)

    def subscribe(self, listener: WaitListener) -> None:
        self._listeners.append(listener)

    def acquire(self, max_wait: float) -> None:
        """Reserve one call, waiting if the window is used up; RateLimited if the wait exceeds max_wait."""
        while True:
            with self._lock:
                now = self._clock()
                wait = self._wait_needed(now)
                if wait <= 0:
                    if self.remaining is not None:
                        self.remaining -= 1
                    return
            if wait > max_wait:
                raise RateLimited(
                    f"ShipStation's rate limit is reached; try again in {wait:.0f} s.",
                    retry_after=wait, detail=f"governor {self.name}: need {wait:.1f} s, caller allows {max_wait} s")
            for listener in list(self._listeners):
                listener(wait, f"waiting {wait:.0f} s for ShipStation's rate limit")
            self._sleep(wait)

    def _wait_needed(self, now: float) -> float:
        if now < self._blocked_until:
            return self._blocked_until - now
        if self._reset_at is not None and now >= self._reset_at:
            self._reset_at = None  # the window has turned over: a fresh allowance
            self.remaining = self.limit
        if self.remaining is not None and self.remaining <= 0 and self._reset_at is not None:
            return self._reset_at - now
        return 0.0

    def observe(self, status: int, headers: Mapping[str, str]) -> float | None:
        """Learn from a response. Returns the seconds to wait before retrying when it was a 429."""
        now = self._clock()
        limit = _int(headers.get("x-rate-limit-limit"))
        remaining = _int(headers.get("x-rate-limit-remaining"))
        reset = _int(headers.get("x-rate-limit-reset"))
        retry_after = _int(headers.get("retry-after"))
        with self._lock:
            if limit is not None:
                self.limit = limit
            if remaining is not None and reset is not None:
                bound = now + reset + MARGIN
                if self._reset_at is None or bound > self._reset_at + 1.0:  # a later window than we knew
                    self._reset_at, self.remaining = bound, remaining
                else:
                    self._reset_at = min(self._reset_at, bound)
                    self.remaining = min(self.remaining if self.remaining is not None else remaining, remaining)
            if status != 429:
                return None
            wait = float(retry_after if retry_after is not None else reset if reset is not None else 1)
            self._blocked_until = max(self._blocked_until, now + wait + MARGIN)
            if remaining is not None:
                self.remaining = 0
            return wait

    def state(self) -> dict[str, object]:
        with self._lock:
            now = self._clock()
            return {"limit": self.limit, "remaining": self.remaining,
                    "reset_in_seconds": None if self._reset_at is None else max(0.0, round(self._reset_at - now, 1)),
                    "blocked_for_seconds": max(0.0, round(self._blocked_until - now, 1))}


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None
