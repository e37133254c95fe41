"""A redacted record of every call, and the support report ShipStation's API support asks for."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

SUPPORT_ADDRESS = {"v1": "apisupport@shipstation.com", "v2": "shippingapisupport@shipstation.com"}
BODY_LIMIT = 20_000  # characters kept of a body: enough for support, bounded for a long day's log


@dataclass(frozen=True)
class CallRecord:
    api: str  # "v1" or "v2"
    action: str  # what the packer did, e.g. "Create label for order"
    method: str
    url: str  # full endpoint with query string
    request_body: str | None  # JSON text, redacted
    status: int | None  # None: no answer (network failure)
    response_body: str | None  # redacted, cut at BODY_LIMIT
    duration_ms: int
    request_id: str | None
    started_at: datetime
    attempt: int = 1
    error: str | None = None  # what went wrong on the wire, when there was no answer


class CallLog:
    """The last `capacity` calls, newest last; thread-safe. Listeners hear of each call as it is logged."""

    def __init__(self, capacity: int = 500) -> None:
        self._records: deque[CallRecord] = deque(maxlen=capacity)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[CallRecord], None]] = []

    def add(self, record: CallRecord) -> None:
        with self._lock:
            self._records.append(record)
            listeners = list(self._listeners)
        for listener in listeners:
            listener(record)

    def last(self, n: int | None = None) -> list[CallRecord]:
        with self._lock:
            records = list(self._records)
        return records if n is None else records[-n:]

    def subscribe(self, listener: Callable[[CallRecord], None]) -> None:
        with self._lock:
            self._listeners.append(listener)


def cut(text: str | None) -> str | None:
    if text is None or len(text) <= BODY_LIMIT:
        return text
    return text[:BODY_LIMIT] + f"\n… ({len(text) - BODY_LIMIT} more characters not shown)"


def support_report(records: Sequence[CallRecord]) -> str:
    """Plain text with, per call, what ShipStation's support asks for: action, endpoint, body, status, answer."""
    if not records:
        return "No ShipStation calls were recorded."
    apis = sorted({r.api for r in records})
    to = " and ".join(SUPPORT_ADDRESS[a] for a in apis if a in SUPPORT_ADDRESS)
    lines = [
        "ShipDesk support report",
        f"Send this to ShipStation API support: {to}",
        "Keys, secrets and authorization headers have been removed.",
        "",
    ]
    for n, r in enumerate(records, start=1):
        lines += [
            f"--- Call {n} of {len(records)}: {r.action} ---",
            f"When:        {r.started_at.isoformat(timespec='seconds')}",
            f"API:         ShipStation API {r.api.upper()}",
            f"Endpoint:    {r.method} {r.url}",
            f"Status code: {r.status if r.status is not None else 'no response'}"
            + (f" (attempt {r.attempt})" if r.attempt > 1 else ""),
            f"Duration:    {r.duration_ms} ms",
        ]
        if r.request_id:
            lines.append(f"Request id:  {r.request_id}")
        if r.error:
            lines.append(f"Network:     {r.error}")
        lines += ["Request body:", r.request_body or "(none)", "Response body:", r.response_body or "(none)", ""]
    return "\n".join(lines)
