"""V2 list paging: `page`/`page_size` in, `{<name>: [...], total, page, pages, links}` out."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode

from .http import Request
from .v2_errors import invalid_field


def int_param(req: Request, name: str, default: int, minimum: int = 1, maximum: int | None = None) -> int:
    raw = req.q(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise invalid_field(f"'{name}' must be a whole number, not '{raw}'.") from exc
    if value < minimum or (maximum is not None and value > maximum):
        upper = f" and at most {maximum}" if maximum is not None else ""
        raise invalid_field(f"'{name}' must be at least {minimum}{upper}.")
    return value


def page(req: Request, name: str, rows: Sequence[Any], default_size: int = 25, max_size: int | None = None,
         size_param: str = "page_size") -> dict[str, Any]:
    """One page of `rows` in the V2 envelope; links are absolute URLs that keep the request's filters."""
    size = int_param(req, size_param, default_size, 1, max_size)
    number = int_param(req, "page", 1)
    total = len(rows)
    pages = max(1, math.ceil(total / size))
    start = (number - 1) * size
    return {
        name: list(rows[start : start + size]),
        "total": total,
        "page": number,
        "pages": pages,
        "links": {
            "first": _link(req, 1, size, size_param),
            "last": _link(req, pages, size, size_param),
            "prev": _link(req, number - 1, size, size_param) if number > 1 else {},
            "next": _link(req, number + 1, size, size_param) if number < pages else {},
        },
    }


def _link(req: Request, number: int, size: int, size_param: str) -> dict[str, str]:
    query = {k: v for k, v in _flat_query(req).items() if k not in ("page", size_param)}
    query.update({"page": str(number), size_param: str(size)})
    return {"href": f"{req.base_url}{req.path}?{urlencode(query)}"}


def _flat_query(req: Request) -> dict[str, str]:
    return dict(parse_qsl(req.query_string, keep_blank_values=True))
