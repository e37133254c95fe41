"""The V2 error envelope: a request id and a list of errors with source, type, code and message."""

from __future__ import annotations

import uuid

from .http import HttpError, Response, json_bytes
from .timefmt import v2_json_default


def envelope(status: int, error_type: str, error_code: str, message: str, source: str = "ShipStation",
             headers: dict[str, str] | None = None) -> Response:
    body = {
        "request_id": str(uuid.uuid4()),
        "errors": [
            {"error_source": source, "error_type": error_type, "error_code": error_code, "message": message}
        ],
    }
    return Response(status, json_bytes(body, v2_json_default), headers=dict(headers or {}))


def v2_error(status: int, error_type: str, error_code: str, message: str, source: str = "ShipStation") -> HttpError:
    return HttpError(envelope(status, error_type, error_code, message, source))


def invalid_field(message: str) -> HttpError:
    return v2_error(400, "validation", "invalid_field_value", message)


def field_required(message: str) -> HttpError:
    return v2_error(400, "validation", "field_value_required", message)


def not_found(kind: str, ident: str) -> HttpError:
    return v2_error(404, "validation", "invalid_identifier", f"{kind} '{ident}' was not found.")


def no_route(path: str) -> Response:
    return envelope(404, "validation", "invalid_identifier", f"No resource matches the path '{path}'.")


def method_not_allowed(method: str) -> Response:
    return envelope(405, "validation", "unspecified", f"The method {method} is not allowed on this resource.")


def unauthorized(reason: str) -> Response:
    return envelope(401, "security", "unauthorized", reason)


def plan_refused(surface: str) -> Response:
    what = "the V2 Inventory API" if surface == "v2_inventory" else "the V2 shipping API"
    return envelope(403, "account_status", "invalid_billing_plan",
                    f"This account's ShipStation plan does not include {what}. "
                    "V1 and the V2 shipping API need the Gold plan or higher; other plans can add only "
                    "the Inventory API.")


def rate_limited(retry_after: int) -> Response:
    return envelope(429, "system", "rate_limit_exceeded",
                    "You have exceeded the rate limit. Please see our API documentation for more information.",
                    headers={"Retry-After": str(retry_after)})


def json_body_error(reason: str) -> Response:
    code = "request_body_required" if "empty" in reason else "invalid_object"
    return envelope(400, "validation", code, reason[0].upper() + reason[1:] + ".")
