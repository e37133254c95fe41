"""Constructing a V1 client: Basic auth from a key pair, the key pair registered for redaction."""

from __future__ import annotations

import httpx

from ..base import BaseClient
from ..calllog import CallLog
from ..credentials import V1Credentials
from ..governor import RateGovernor
from ..redact import Redactor
from ..transport import TransportSettings

DEFAULT_BASE_URL = "https://ssapi.shipstation.com"


class V1ClientBase(BaseClient):
    def __init__(self, credentials: V1Credentials, *, base_url: str = DEFAULT_BASE_URL,
                 call_log: CallLog | None = None, redactor: Redactor | None = None,
                 governor: RateGovernor | None = None, settings: TransportSettings | None = None,
                 http_transport: httpx.BaseTransport | None = None) -> None:
        redactor = redactor or Redactor()
        redactor.add_pair(credentials.key, credentials.secret)
        super().__init__("v1", base_url, {"Authorization": credentials.basic_header()}, credentials.key,
                         redactor=redactor, call_log=call_log, governor=governor, settings=settings,
                         key_expires_at=credentials.expires_at, http_transport=http_transport)

    def use_credentials(self, credentials: V1Credentials) -> None:
        """Another key pair from the next call on (rotation, failover to the second pair)."""
        self.redactor.add_pair(credentials.key, credentials.secret)
        self._rekey("v1", {"Authorization": credentials.basic_header()}, credentials.key, credentials.expires_at)
