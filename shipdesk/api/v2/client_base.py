"""Constructing a V2 client: the API-Key header, the key registered for redaction."""

from __future__ import annotations

import httpx

from ..base import BaseClient
from ..calllog import CallLog
from ..credentials import V2Credentials
from ..governor import RateGovernor
from ..redact import Redactor
from ..transport import TransportSettings

DEFAULT_BASE_URL = "https://api.shipstation.com"


class V2ClientBase(BaseClient):
    def __init__(self, credentials: V2Credentials, *, base_url: str = DEFAULT_BASE_URL,
                 call_log: CallLog | None = None, redactor: Redactor | None = None,
                 governor: RateGovernor | None = None, settings: TransportSettings | None = None,
                 http_transport: httpx.BaseTransport | None = None) -> None:
        redactor = redactor or Redactor()
        redactor.add(credentials.key)
        super().__init__("v2", base_url, {"API-Key": credentials.key}, credentials.key, redactor=redactor,
                         call_log=call_log, governor=governor, settings=settings,
                         key_expires_at=credentials.expires_at, http_transport=http_transport)

    def use_credentials(self, credentials: V2Credentials) -> None:
        """Another key from the next call on (rotation)."""
        self.redactor.add(credentials.key)
        self._rekey("v2", {"API-Key": credentials.key}, credentials.key, credentials.expires_at)
