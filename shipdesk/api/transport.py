"""One call to ShipStation: governor, send, log, retry what is safe to retry, map errors.

Sync httpx, shared by worker threads (httpx.Client is thread-safe and pools connections). Retries:
reads and idempotent writes retry with backoff on 5xx, resets and timeouts. A call that spends money
(`purchase=True`) is never re-sent after it may have reached ShipStation: it raises `OutcomeUnknown` and
the shipping service reconciles. A 429 is a refusal before any work is done, so waiting and re-sending
it is safe for every call.
"""

from __future__ import annotations

import functools
import json
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from pydantic import TypeAdapter, ValidationError

from ..gc_pause import collections_paused
from .calllog import CallLog, CallRecord, cut
from .error_mapping import map_error
from .errors import InvalidResponse, OutcomeUnknown, Unreachable
from .fast_json import parse_json
from .governor import RateGovernor
from .redact import Redactor

USER_AGENT = "ShipDesk/0.1 (+packing bench)"
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
MAX_429_RESENDS = 5  # a server that keeps refusing despite our waiting gets a RateLimited, not a loop


def default_timeout() -> httpx.Timeout:
    # Label purchases can take a carrier many seconds; a 1-second timeout buys duplicate labels.
    return httpx.Timeout(connect=10.0, read=60.0, write=30.0, pool=30.0)


@dataclass
class TransportSettings:
    retries: int = 3  # extra attempts for retryable failures
    backoff: float = 0.5  # first backoff in seconds, doubled each time, with jitter
    max_wait: float = 120.0  # longest a call will wait for the rate limit before RateLimited
    timeout: httpx.Timeout = field(default_factory=default_timeout)
    sleep: Callable[[float], None] = time.sleep


class Transport:
    def __init__(self, api: str, base_url: str, auth_headers: Mapping[str, str], *, governor: RateGovernor,
                 call_log: CallLog, redactor: Redactor, settings: TransportSettings | None = None,
                 key_expires_at: datetime | None = None, http_transport: httpx.BaseTransport | None = None) -> None:
        self.api = api
        self.governor = governor
        self.call_log = call_log
        self.redact = redactor
        self.settings = settings or TransportSettings()
        self.key_expires_at = key_expires_at
        tls = {} if http_transport is not None else {"verify": shared_tls()}
        self._client = httpx.Client(base_url=base_url.rstrip("/"), headers={"User-Agent": USER_AGENT, **auth_headers},
                                    timeout=self.settings.timeout, transport=http_transport, **tls)

    @property
    def base_url(self) -> str:
        return str(self._client.base_url).rstrip("/")

    def set_auth(self, auth_headers: Mapping[str, str], *, governor: RateGovernor,
                 key_expires_at: datetime | None) -> None:
        """Use another key from the next request on (rotation, failover); requests in flight keep theirs."""
        headers = httpx.Headers(self._client.headers)
        for name in ("Authorization", "API-Key"):
            headers.pop(name, None)
        headers.update(auth_headers)
        self._client.headers = headers  # one swap of the reference: a request is built with old or new
        self.governor = governor
        self.key_expires_at = key_expires_at

    def close(self) -> None:
        self._client.close()

    def call(self, action: str, method: str, path: str, *, params: Mapping[str, Any] | None = None,
             body: Any = None, purchase: bool = False, idempotent: bool | None = None,
             max_wait: float | None = None, into: Any = None) -> Any:
        """Send; return the parsed JSON, validated `into` a type when given (None for an empty body).

        Raises the ApiError tree. An unreadable answer to a purchase is OutcomeUnknown: the label may
        have been bought even though ShipDesk cannot read the reply.
        """
        response, record = self._exchange(action, method, path, params, body, purchase, idempotent, max_wait)
        if not response.content and into is None:
            return None
        try:
            with collections_paused():  # a page's parse tree dies before a collection would walk it (bench P6)
                data = parse_json(response.content) if response.content else None  # an empty one is checked too
                answer = data if into is None else _adapter(into).validate_python(data)
                del data
            return answer
        except (json.JSONDecodeError, UnicodeDecodeError, ValidationError) as exc:
            what = "not JSON" if not isinstance(exc, ValidationError) else "not in the shape the API promises"
            detail = f"{method} {record.url}: {what}: {str(exc)[:2000]}"
            if purchase:
                raise OutcomeUnknown(
                    "ShipStation's answer to the purchase could not be read, so ShipDesk cannot tell whether the "
                    "label was bought. Nothing will be bought again until ShipDesk has checked with ShipStation.",
                    detail=detail, status=response.status_code, call=record) from exc
            raise InvalidResponse(f"ShipStation sent an answer ShipDesk cannot read ({what}).", detail=detail,
                                  status=response.status_code, call=record) from exc

    def fetch_bytes(self, action: str, url: str, max_wait: float | None = None) -> bytes:
        """GET a file (a label download); absolute URLs are allowed (they may be pre-authorised)."""
        return self._exchange(action, "GET", url, None, None, False, True, max_wait)[0].content

    def _exchange(self, action: str, method: str, path: str, params: Mapping[str, Any] | None, body: Any,
                  purchase: bool, idempotent: bool | None,
                  max_wait: float | None) -> tuple[httpx.Response, CallRecord]:
        method = method.upper()
        retryable = (method in IDEMPOTENT if idempotent is None else idempotent) and not purchase
        wait_limit = self.settings.max_wait if max_wait is None else max_wait
        clean_params = {k: _param(v) for k, v in (params or {}).items() if v is not None}
        attempt = refusals = 0
        while True:
            attempt += 1
            self.governor.acquire(wait_limit)
            request = self._client.build_request(method, path, params=clean_params,
                                                 json=body if body is not None else None)
            if request.url.host != self._client.base_url.host or request.url.port != self._client.base_url.port:
                # An absolute URL elsewhere (a pre-authorised label download) must never receive our key.
                for name in ("Authorization", "API-Key"):
                    request.headers.pop(name, None)
            started, t0 = datetime.now(UTC), time.perf_counter()
            try:
                response = self._client.send(request)
            except httpx.HTTPError as exc:
                record = self._record(action, request, None, started, t0, attempt, _describe(exc))
                sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol))
                if retryable and attempt <= self.settings.retries:
                    self._backoff(attempt)
                    continue
                raise self._network_error(exc, record, sent and not retryable) from exc
            record = self._record(action, request, response, started, t0, attempt, None)
            wait = self.governor.observe(response.status_code, response.headers)
            if response.status_code == 429 and wait is not None and wait <= wait_limit:
                refusals += 1
                if refusals <= MAX_429_RESENDS:
                    continue  # refused before any work: the governor now holds us until the window turns
            if response.is_success:
                return response, record
            if retryable and response.status_code in RETRY_STATUSES and attempt <= self.settings.retries \
                    and not _business_refusal(self.api, response):
                self._backoff(attempt)
                continue
            raise map_error(self.api, response, record, self.key_expires_at)

    def _backoff(self, attempt: int) -> None:
        base = self.settings.backoff * (2 ** (attempt - 1))
        self.settings.sleep(base * (0.75 + random.random() * 0.5))

    def _network_error(self, exc: httpx.HTTPError, record: CallRecord, maybe_done: bool) -> Unreachable:
        host = httpx.URL(record.url).host
        if maybe_done:
            return OutcomeUnknown(
                "The connection to ShipStation broke after the request was sent, so ShipDesk cannot tell whether "
                "it was carried out. Nothing will be repeated until ShipDesk has checked with ShipStation.",
                detail=f"{record.method} {record.url}: {record.error}", call=record)
        if isinstance(exc, httpx.TimeoutException):
            text = f"ShipStation ({host}) did not answer in time. Check the internet connection and try again."
        else:
            text = f"ShipDesk cannot reach ShipStation ({host}). Check the internet connection and try again."
        return Unreachable(text, detail=f"{record.method} {record.url}: {record.error}", call=record)

    def _record(self, action: str, request: httpx.Request, response: httpx.Response | None, started: datetime,
                t0: float, attempt: int, error: str | None) -> CallRecord:
        request_body = request.content.decode("utf-8", "replace") if request.content else None
        response_body = request_id = None
        if response is not None:
            response_body = response.content.decode("utf-8", "replace") if response.content else None
            if response.headers.get("content-type", "").startswith(("application/pdf", "image/", "application/zpl")):
                response_body = f"({len(response.content)} bytes of {response.headers['content-type']})"
            request_id = response.headers.get("x-request-id") or _request_id(response_body)
        record = CallRecord(
            api=self.api, action=action, method=request.method, url=self.redact(str(request.url)) or "",
            request_body=self.redact(cut(request_body)), status=response.status_code if response else None,
            response_body=self.redact(cut(response_body)), duration_ms=int((time.perf_counter() - t0) * 1000),
            request_id=request_id, started_at=started, attempt=attempt, error=self.redact(error))
        self.call_log.add(record)
        return record


@functools.cache
def shared_tls() -> ssl.SSLContext:
    """One verifying TLS context for every client of the process: making one reads the CA bundle (~50 ms), and
    each client used to make its own at start-up (bench P1). httpx's own defaults, environment included."""
    return httpx.create_ssl_context()


@functools.cache
def _adapter(into: Any) -> TypeAdapter[Any]:
    return TypeAdapter(into)


def _business_refusal(api: str, response: httpx.Response) -> bool:
    """V1 sends rule violations ("toState is required") as HTTP 500 with an ExceptionMessage: asking again
    only burns the 40-a-minute budget and the packer's time."""
    if api != "v1" or response.status_code != 500:
        return False
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(body, dict) and bool(body.get("ExceptionMessage"))


def _param(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _describe(exc: httpx.HTTPError) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _request_id(body: str | None) -> str | None:
    if not body or '"request_id"' not in body:
        return None
    try:
        data = json.loads(body)
    except json.JSONDecodeError:
        return None
    value = data.get("request_id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None
