"""What the V1 and V2 clients share: construction of the transport, the log, the governor, closing."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from datetime import datetime
from types import TracebackType

import httpx

from .calllog import CallLog
from .governor import RateGovernor
from .redact import Redactor
from .transport import Transport, TransportSettings

_governors: dict[str, RateGovernor] = {}
_governors_lock = threading.Lock()


def shared_governor(api: str, key: str) -> RateGovernor:
    """One governor per key for the whole process, so every client of that key shares its budget."""
    digest = hashlib.sha256(f"{api}:{key}".encode()).hexdigest()[:16]
    with _governors_lock:
        governor = _governors.get(digest)
        if governor is None:
            governor = _governors[digest] = RateGovernor(f"{api}-{digest[:6]}")
        return governor


class BaseClient:
    def __init__(self, api: str, base_url: str, auth_headers: Mapping[str, str], key: str, *,
                 redactor: Redactor, call_log: CallLog | None, governor: RateGovernor | None,
                 settings: TransportSettings | None, key_expires_at: datetime | None,
                 http_transport: httpx.BaseTransport | None) -> None:
        self.call_log = call_log or CallLog()
        self.redactor = redactor
        self.governor = governor or shared_governor(api, key)
        self.transport = Transport(api, base_url, auth_headers, governor=self.governor, call_log=self.call_log,
                                   redactor=redactor, settings=settings, key_expires_at=key_expires_at,
                                   http_transport=http_transport)

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    def _rekey(self, api: str, auth_headers: Mapping[str, str], key: str, key_expires_at: datetime | None) -> None:
        """Switch this client to another key: its own rate budget, its own expiry."""
        self.governor = shared_governor(api, key)
        self.transport.set_auth(auth_headers, governor=self.governor, key_expires_at=key_expires_at)

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> BaseClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
