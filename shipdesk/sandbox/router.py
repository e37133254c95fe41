"""Path routing with `{name}` parameters, one router per API surface."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .http import Request

Handler = Callable[[Request, Any], Any]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    surface: str


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[a-z_]+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


class Router:
    """Holds the routes of one surface: `v1`, `v2`, `v2_inventory`, `downloads` or `admin`."""

    def __init__(self, surface: str) -> None:
        self.surface = surface
        self.routes: list[Route] = []

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.routes.append(Route(method, template, _compile(template), fn, self.surface))
            return fn

        return register


@dataclass(frozen=True)
class Match:
    route: Route | None
    params: dict[str, str]
    allowed: tuple[str, ...]  # methods the path knows, for 405


def resolve(routers: list[Router], method: str, path: str, case_insensitive: bool = False) -> Match:
    allowed: list[str] = []
    probe = path.lower() if case_insensitive else path
    for router in routers:
        for route in router.routes:
            m = route.pattern.match(probe)
            if m is None:
                continue
            if route.method == method:
                params = m.groupdict()
                if case_insensitive:  # give handlers the original spelling of path parameters
                    original = route.pattern.match(path.lower())
                    params = _original_params(path, original) if original else params
                return Match(route, params, ())
            allowed.append(route.method)
    return Match(None, {}, tuple(allowed))


def _original_params(path: str, m: re.Match[str]) -> dict[str, str]:
    return {name: path[m.start(name) : m.end(name)] for name in m.groupdict()}
