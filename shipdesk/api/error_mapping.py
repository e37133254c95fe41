"""From an HTTP error response to the error tree, in words a packer understands."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx

from .calllog import CallRecord
from .errors import (
    ApiError,
    AuthError,
    NotFound,
    PlanError,
    RateLimited,
    ServerError,
    ValidationFailed,
)

SURFACE_NAMES = {"v1": "the V1 API", "v2": "the V2 shipping API", "v2_inventory": "the V2 Inventory API"}


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


def surface_of(api: str, path: str) -> str:
    if api == "v2" and path.startswith(("/v2/inventory", "/v2/inventory_")):
        return "v2_inventory"
    return api


def v1_messages(body: Any) -> tuple[str, dict[str, list[str]]]:
    """ShipStation V1's own words: ExceptionMessage first, then Message, ModelState, lower-case message."""
    if not isinstance(body, dict):
        return "", {}
    fields: dict[str, list[str]] = {}
    model_state = body.get("ModelState")
    if isinstance(model_state, dict):
        for name, msgs in model_state.items():
            fields[str(name)] = [str(m) for m in msgs] if isinstance(msgs, list) else [str(msgs)]
    for key in ("ExceptionMessage", "Message", "message"):
        if isinstance(body.get(key), str) and body[key]:
            text = body[key]
            if key == "Message" and fields and text == "The request is invalid.":
                text = "; ".join(m for msgs in fields.values() for m in msgs) or text
            return text, fields
    return "", fields


def v2_messages(body: Any) -> tuple[str, dict[str, list[str]], str | None]:
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return "", {}, None
    fields: dict[str, list[str]] = {}
    messages, code = [], None
    for err in body["errors"]:
        if not isinstance(err, dict):
            continue
        message = str(err.get("message") or "")
        messages.append(message)
        code = code or (str(err["error_code"]) if err.get("error_code") else None)
        field = err.get("field_name") or err.get("error_code") or "request"
        fields.setdefault(str(field), []).append(message)
    return "; ".join(m for m in messages if m), fields, code


def map_error(api: str, response: httpx.Response, record: CallRecord,
              key_expires_at: datetime | None = None) -> ApiError:
    status = response.status_code
    body = _json(response)
    if api == "v1":
        text, fields = v1_messages(body)
        code = None
    else:
        text, fields, code = v2_messages(body)
    detail = f"{record.method} {record.url} → HTTP {status}: {record.response_body or '(empty body)'}"
    common: dict[str, Any] = {"detail": detail, "status": status, "call": record, "code": code}
    surface = surface_of(api, httpx.URL(record.url).path)
    if status == 401:
        return _auth_error(api, text, key_expires_at, common)
    if status == 403:
        return PlanError(
            f"This ShipStation account's plan does not include {SURFACE_NAMES[surface]}. API access (V1 and V2 "
            "shipping) needs the Gold plan or higher (Accelerate on newer plans); other plans can only add the "
            "V2 Inventory API.", **common)
    if status == 404:
        return NotFound(f"ShipStation could not find that: {text}" if text else
                        "ShipStation could not find what was asked for (HTTP 404).", **common)
    if status == 429:
        wait = _int(response.headers.get("retry-after")) or _int(response.headers.get("x-rate-limit-reset")) or 60
        return RateLimited(f"ShipStation's rate limit is reached; try again in {wait} s.", retry_after=float(wait),
                           **common)
    if 400 <= status < 500:
        return ValidationFailed(f"ShipStation rejected the request: {text}" if text else
                                f"ShipStation rejected the request (HTTP {status}).", fields=fields, **common)
    if status in (502, 503, 504):
        return ServerError(f"ShipStation is temporarily unavailable (HTTP {status}). Try again in a minute.",
                           **common)
    if text and text != "An error has occurred.":
        return ServerError(f"ShipStation could not do that: {text}", **common)
    return ServerError(f"ShipStation had an internal error (HTTP {status}). Try again; if it keeps happening, "
                       "send the support report to ShipStation.", **common)


def _auth_error(api: str, text: str, key_expires_at: datetime | None, common: dict[str, Any]) -> AuthError:
    which = "V1 API key and secret" if api == "v1" else "V2 API key"
    expired: bool | None = None
    if "expired" in text.lower():
        expired = True
    elif key_expires_at is not None:
        expired = datetime.now(UTC) >= key_expires_at
    if expired:
        when = f" on {key_expires_at:%Y-%m-%d}" if key_expires_at else ""
        return AuthError(f"The ShipStation {which} expired{when}. Create a new key in ShipStation (Settings → "
                         "Account → API Settings) and rotate it in ShipDesk.", expired=True, **common)
    if expired is False:
        return AuthError(f"ShipStation did not accept the {which}. It may be mistyped or deleted in ShipStation — "
                         "check it in Settings → API keys.", expired=False, **common)
    return AuthError(f"ShipStation did not accept the {which}. It may be mistyped, deleted in ShipStation, or "
                     "expired — check it in Settings → API keys; rotation may be due.", expired=None, **common)


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None
