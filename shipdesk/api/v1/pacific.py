"""V1 speaks Pacific wall time without an offset; the app speaks aware datetimes. DST-correct both ways."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import BeforeValidator, PlainSerializer

PACIFIC = ZoneInfo("America/Los_Angeles")


def from_v1(value: Any) -> Any:
    """`2015-06-29T13:05:13.4930000` (Pacific) → aware datetime. Other values go to pydantic unchanged."""
    if isinstance(value, str) and value:
        text = value.strip()
        if "." in text:  # .NET sends up to 7 fractional digits; Python reads 6
            head, frac = text.split(".", 1)
            digits = len(frac) - len(frac.lstrip("0123456789"))
            text = f"{head}.{(frac[:digits] + '000000')[:6]}{frac[digits:]}"  # keep any offset after the digits
        parsed = datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=PACIFIC)
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=PACIFIC)
    return value


def to_v1(value: datetime) -> str:
    """Aware datetime → `yyyy-mm-dd hh:mm:ss` in Pacific time, the request format V1 documents."""
    return value.astimezone(PACIFIC).strftime("%Y-%m-%d %H:%M:%S")


def to_v1_date(value: date) -> str:
    return value.isoformat()


PacificDateTime = Annotated[datetime, BeforeValidator(from_v1), PlainSerializer(to_v1, when_used="json")]
