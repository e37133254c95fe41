"""The sandbox's small HTTP vocabulary: a parsed request, a response, and an error that carries one."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class HttpError(Exception):
    """Raised by a handler to answer with `response` instead of its normal result."""

    def __init__(self, response: Response) -> None:
        super().__init__(f"HTTP {response.status}")
        self.response = response


@dataclass
class Request:
    method: str
    path: str
    query_string: str
    headers: Mapping[str, str]
    body: bytes
    base_url: str
    params: dict[str, str] = field(default_factory=dict)
    # Set by the server after authentication: which key made the call.
    key_id: str | None = None

    def __post_init__(self) -> None:
        parsed = parse_qs(self.query_string, keep_blank_values=True)
        # ShipStation V1 is ASP.NET, whose query names are case-insensitive; V2 names are lower case anyway.
        self._query = {k.lower(): v for k, v in parsed.items()}

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        for k, v in self.headers.items():
            if k.lower() == lowered:
                return v
        return None

    def q(self, name: str, default: str | None = None) -> str | None:
        values = self._query.get(name.lower())
        return values[0] if values else default

    def q_all(self, name: str) -> list[str]:
        return self._query.get(name.lower(), [])

    def has_q(self, name: str) -> bool:
        return name.lower() in self._query

    def json(self, on_error: Callable[[str], Response]) -> Any:
        """The body as JSON; a body that is not JSON answers with `on_error(reason)`."""
        if not self.body.strip():
            raise HttpError(on_error("request body is empty"))
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HttpError(on_error(f"request body is not valid JSON: {exc}")) from exc


def json_bytes(obj: Any, default: Callable[[Any], Any]) -> bytes:
    return json.dumps(obj, default=default, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
