"""Error bodies the way ShipStation V1 (ASP.NET Web API) sends them."""

from __future__ import annotations

from typing import Any

from .http import HttpError, Response, json_bytes
from .timefmt import v1_json_default


def v1_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(status, json_bytes(body, v1_json_default), headers=dict(headers or {}))


def bad_request(model_state: dict[str, list[str]], message: str = "The request is invalid.") -> HttpError:
    return HttpError(v1_response(400, {"Message": message, "ModelState": model_state}))


def server_error(exception_message: str) -> HttpError:
    """ShipStation answers many business-rule failures with a 500 and the reason in ExceptionMessage."""
    body = {
        "Message": "An error has occurred.",
        "ExceptionMessage": exception_message,
        "ExceptionType": "System.Exception",
        "StackTrace": None,
    }
    return HttpError(v1_response(500, body))


def not_found(message: str) -> HttpError:
    return HttpError(v1_response(404, {"Message": message}))


def no_route(path: str) -> Response:
    return v1_response(404, {"Message": f"No HTTP resource was found that matches the request URI '{path}'."})


def method_not_allowed(method: str) -> Response:
    return v1_response(405, {"Message": f"The requested resource does not support http method '{method}'."})


def unauthorized() -> Response:
    return v1_response(
        401,
        {"Message": "Authorization has been denied for this request."},
        {"WWW-Authenticate": 'Basic realm="ShipStation"'},
    )


def plan_refused() -> Response:
    return v1_response(
        403,
        {"Message": "Access denied: the API is not included in this account's ShipStation plan "
                    "(API access needs the Gold plan or higher)."},
    )


def too_many_requests() -> Response:
    return v1_response(429, {"message": "Too Many Requests"})


def json_body_error(reason: str) -> Response:
    return v1_response(400, {"Message": "The request is invalid.", "ModelState": {"request": [reason]}})
