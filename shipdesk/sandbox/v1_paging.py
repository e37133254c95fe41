"""V1 list plumbing: page/pageSize, sortBy/sortDir, date-range filters and the `{<key>, total, page, pages}` envelope.

Lists are filtered with plain comprehensions over the stored dicts and only the page that is sent gets copied,
so a page of 500 out of 100,000 orders stays well under a second.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from .http import Request
from .state import Record
from .timefmt import PACIFIC
from .v1_values import invalid, q_int, q_when

MAX_PAGE_SIZE = 500
DEFAULT_PAGE_SIZE = 100  # not stated by ShipStation; the docs' examples use 100


def paging(req: Request) -> tuple[int, int]:
    page = q_int(req, "page")
    size = q_int(req, "pageSize")
    page = 1 if page is None else page
    size = DEFAULT_PAGE_SIZE if size is None else size
    if page < 1:
        raise invalid("page", "The field page must be greater than or equal to 1.")
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise invalid("pageSize", f"The field pageSize must be between 1 and {MAX_PAGE_SIZE}.")
    return page, size


def descending(req: Request) -> bool:
    direction = (req.q("sortDir") or "ASC").strip().upper()
    if direction not in ("ASC", "DESC"):
        raise invalid("sortDir", f"The value '{req.q('sortDir')}' is not valid for SortDir.")
    return direction == "DESC"


def sort_field(req: Request, choices: dict[str, str]) -> str | None:
    """The record key behind `sortBy` (matched case-insensitively), or None when no sortBy was given."""
    raw = (req.q("sortBy") or "").strip()
    if not raw:
        return None
    for name, key in choices.items():
        if name.lower() == raw.lower():
            return key
    raise invalid("sortBy", f"The value '{raw}' is not valid for sortBy.")


def sort_rows(rows: list[Record], key: str | None, reverse: bool) -> list[Record]:
    """Stable sort, nulls first ascending (as SQL Server orders them); ties keep id order."""
    if key is None:
        return rows[::-1] if reverse else rows
    with_value = [r for r in rows if r[key] is not None]
    without = [r for r in rows if r[key] is None]
    with_value.sort(key=lambda r: r[key], reverse=reverse)
    return with_value + without if reverse else without + with_value


def time_range(req: Request, name: str) -> tuple[datetime | None, datetime | None]:
    """`<name>Start` / `<name>End` as UTC datetimes (both inclusive; given in Pacific time)."""
    return q_when(req, name + "Start"), q_when(req, name + "End")


def within(rows: list[Record], key: str, start: datetime | None, end: datetime | None) -> list[Record]:
    """Rows whose `key` time lies in [start, end]; a null time never matches a range."""
    if start is not None:
        rows = [r for r in rows if r[key] is not None and r[key] >= start]
    if end is not None:
        rows = [r for r in rows if r[key] is not None and r[key] <= end]
    return rows


def within_dates(rows: list[Record], key: str, start: datetime | None, end: datetime | None) -> list[Record]:
    """Like `within` for date-only fields (shipDate): compared with the Pacific dates of the bounds."""
    first: date | None = start.astimezone(PACIFIC).date() if start else None
    last: date | None = end.astimezone(PACIFIC).date() if end else None
    if first is not None:
        rows = [r for r in rows if r[key] is not None and r[key] >= first]
    if last is not None:
        rows = [r for r in rows if r[key] is not None and r[key] <= last]
    return rows


def envelope(key: str, rows: Sequence[Record], page: int, size: int,
             shape: Callable[[Record], Record] = dict) -> dict[str, Any]:
    total = len(rows)
    chosen: Iterable[Record] = rows[(page - 1) * size: page * size]
    return {key: [shape(r) for r in chosen], "total": total, "page": page, "pages": math.ceil(total / size)}
