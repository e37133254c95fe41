"""Reading V1 request values the way ASP.NET model binding does: strict types, 400 ModelState on a bad one.

`key` is the ModelState key the error is filed under (`apiOrder.orderDate`, `request.testLabel`, `pageSize`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from . import v1_errors
from .http import HttpError, Request
from .timefmt import PACIFIC, money, parse_v1_datetime


def invalid(key: str, message: str) -> HttpError:
    return v1_errors.bad_request({key: [message]})


def required_missing(key: str) -> HttpError:
    field_name = key.rsplit(".", 1)[-1]
    return invalid(key, f"The {field_name} field is required.")


def require(body: dict[str, Any], name: str, prefix: str) -> Any:
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise required_missing(f"{prefix}.{name}")
    return value


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def strict_bool(value: Any, key: str, default: bool | None = None) -> bool | None:
    """JSON true/false only: V1 answers 0/1 or "true" with a 400 (ship-station issue #9)."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise invalid(key, f"The value '{_shown(value)}' is not valid for Boolean.")


def text(value: Any, key: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # JSON.NET turns numbers into strings without complaint
    raise invalid(key, f"Unexpected value for a string: {_shown(value)}.")


def integer(value: Any, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise invalid(key, f"The value '{_shown(value)}' is not valid for Int32.")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise invalid(key, f"The value '{_shown(value)}' is not valid for Int32.")


def decimal(value: Any, key: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise invalid(key, f"The value '{_shown(value)}' is not valid for Decimal.")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise invalid(key, f"The value '{_shown(value)}' is not valid for Decimal.") from None
    if not number.is_finite():
        raise invalid(key, f"The value '{_shown(value)}' is not valid for Decimal.")
    return number


def amount(value: Any, key: str) -> Decimal | None:
    number = decimal(value, key)
    return None if number is None else money(number)


def when(value: Any, key: str) -> datetime | None:
    """A request date-time (Pacific unless it carries an offset), stored in UTC like every record time."""
    if value is None or value == "":
        return None
    parsed = parse_v1_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        raise invalid(key, f"The value '{_shown(value)}' is not valid for DateTime.")
    return parsed.astimezone(UTC)


def day(value: Any, key: str) -> date | None:
    """A request date (`2024-05-01`, or a date-time whose Pacific date is taken)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        parsed = parse_v1_datetime(value)
        if parsed is not None:
            return parsed.astimezone(PACIFIC).date()
    raise invalid(key, f"The value '{_shown(value)}' is not valid for DateTime.")


def obj(value: Any, key: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return value
    raise invalid(key, f"Cannot deserialize the current JSON {type(value).__name__} into an object.")


# ---- query string ------------------------------------------------------------------------------


def q_int(req: Request, name: str) -> int | None:
    raw = req.q(name)
    if raw is None or raw.strip() == "":
        return None
    return integer(raw, name)


def q_bool(req: Request, name: str) -> bool | None:
    raw = req.q(name)
    if raw is None or raw.strip() == "":
        return None
    lowered = raw.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise invalid(name, f"The value '{raw}' is not valid for Boolean.")


def q_when(req: Request, name: str) -> datetime | None:
    raw = req.q(name)
    if raw is None or raw.strip() == "":
        return None
    return when(raw, name)


def q_text(req: Request, name: str) -> str | None:
    raw = req.q(name)
    if raw is None or raw.strip() == "":
        return None
    return raw.strip()
