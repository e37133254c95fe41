"""What every V2 resource mixin shares: the transport, path and query helpers, and the page walker."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qsl, quote, urlsplit

from ..transport import Transport

T = TypeVar("T")
P = TypeVar("P", bound="PageLike")

MAX_PAGES = 10_000  # a server that keeps answering "next" must not keep us walking forever


class PageLike(Protocol):
    def next_href(self) -> str | None: ...


def seg(value: str) -> str:
    """One path segment: ids are safe already, tag names and external ids may hold anything."""
    return quote(str(value), safe="")


def iso(value: datetime | date | str | None) -> str | None:
    """A query date-time in the form V2 documents (ISO-8601 with an offset, UTC)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def query(values: Mapping[str, Any]) -> dict[str, Any]:
    """Filters as query parameters: None dropped, dates ISO, lists comma-joined."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, datetime | date):
            value = iso(value)
        elif isinstance(value, list | tuple):
            value = ",".join(str(v) for v in value)
        out[name] = value
    return out


class V2Calls:
    """Base of the resource mixins; V2ClientBase provides `transport` at run time."""

    transport: Transport

    def iter_pages(self, action: str, path: str, into: type[P], items: Callable[[P], Sequence[T]], *,
                   params: Mapping[str, Any] | None = None, page_size: int | None = None,
                   size_param: str = "page_size") -> Iterator[T]:
        """Every item of a paged V2 list, one page request at a time.

        Walks by page number up to `pages` when the envelope has them; otherwise (batch errors) follows
        `links.next.href`, re-based onto our base URL so a proxy or the sandbox keeps being used.
        """
        base = query({**(params or {}), size_param: page_size})
        number = 1
        result: P = self.transport.call(action, "GET", path, params={**base, "page": number}, into=into)
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            batch = items(result)
            yield from batch
            pages = getattr(result, "pages", None)
            if "pages" in getattr(result, "model_fields_set", set()) and isinstance(pages, int):
                # Count pages ourselves: a server that ignored `page` must not make us loop on page 1.
                if number >= pages or not batch:
                    return
                number += 1
                result = self.transport.call(action, "GET", path, params={**base, "page": number}, into=into)
                continue
            href = result.next_href()
            if not href or href in seen or not batch:
                return
            seen.add(href)
            next_path, next_params = _relative(href, self.transport.base_url)
            result = self.transport.call(action, "GET", next_path, params=next_params, into=into)


def _relative(href: str, base_url: str) -> tuple[str, dict[str, str]]:
    """`https://api.shipstation.com/v2/x?page=2` -> (`/v2/x`, {page: 2}), so it goes to our base URL
    (a link that already carries our base URL's path prefix loses it, or the prefix would double)."""
    parts = urlsplit(href)
    path, prefix = parts.path or "/", urlsplit(base_url).path.rstrip("/")
    if prefix and path.startswith(prefix + "/"):
        path = path[len(prefix):]
    return path, dict(parse_qsl(parts.query, keep_blank_values=True))
