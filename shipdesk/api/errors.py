"""One tree of API errors. Each carries a message a packer can read and the detail API support needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .calllog import CallRecord


class ApiError(Exception):
    """`str(err)` is for the packer; `err.detail` and `err.call` are for the support report."""

    def __init__(self, message: str, *, detail: str = "", status: int | None = None,
                 call: CallRecord | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.status = status
        self.call = call
        self.code = code  # V2's error_code (e.g. "insufficient_funds"); None for V1


class AuthError(ApiError):
    """401: the key was refused. `expired` is True/False when we know why, None when ShipStation didn't say."""

    def __init__(self, message: str, *, expired: bool | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.expired = expired


class PlanError(ApiError):
    """403: the account's ShipStation plan does not include this API."""


class NotFound(ApiError):
    pass


class RateLimited(ApiError):
    """Refused for the rate limit and waiting longer than the caller allows; `retry_after` in seconds."""

    def __init__(self, message: str, *, retry_after: float, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ValidationFailed(ApiError):
    """400: ShipStation rejected the request; `fields` maps a field to its messages."""

    def __init__(self, message: str, *, fields: dict[str, list[str]] | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.fields = fields or {}


class ServerError(ApiError):
    """5xx, including V1's business-rule failures sent as HTTP 500 (ShipStation's own words are kept)."""


class InvalidResponse(ServerError):
    """ShipStation answered, but not with what the API promises (not JSON, cut short, wrong shape)."""


class Unreachable(ApiError):
    """DNS, connection or timeout: ShipStation could not be reached or did not answer in time."""


class OutcomeUnknown(Unreachable):
    """The request went out but no answer came back: it may or may not have been carried out.

    Raised for calls that must not be repeated blindly (buying a label): the caller reconciles first.
    """
