"""Faults on demand: the failures a real network and a real ShipStation produce, one rule at a time."""

from __future__ import annotations

import fnmatch
import itertools
import threading
from dataclasses import asdict, dataclass

# Before the handler runs (nothing is committed): 429, 500, 502, 503, reset, delay (then handled).
# After the handler runs (the change is committed, the answer is spoiled): malformed, truncated,
# commit_then_drop — the failures after which a client cannot know whether it bought a label.
BEFORE = ("429", "500", "502", "503", "reset", "delay")
AFTER = ("malformed", "truncated", "commit_then_drop")
KINDS = BEFORE + AFTER


@dataclass
class FaultRule:
    kind: str
    method: str = "*"
    path: str = "*"  # glob on the request path, e.g. "/orders/createlabelfororder" or "/v2/labels*"
    times: int | None = 1  # None: every matching request until cleared
    delay_seconds: float = 0.0
    rule_id: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"fault kind must be one of {', '.join(KINDS)}")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be 1 or more (or null for always)")
        if self.kind == "delay" and self.delay_seconds <= 0:
            raise ValueError("a delay fault needs delay_seconds > 0")


class Faults:
    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            rule.rule_id = next(self._ids)
            self._rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def list(self) -> list[dict[str, object]]:
        with self._lock:
            return [asdict(r) for r in self._rules]

    def take(self, method: str, path: str) -> FaultRule | None:
        """The first rule matching this request, used up by one if it is counted."""
        with self._lock:
            for rule in self._rules:
                if rule.method not in ("*", method.upper()):
                    continue
                if not fnmatch.fnmatchcase(path.lower(), rule.path.lower()):
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
                return rule
        return None


def parse_cli(spec: str) -> FaultRule:
    """`KIND[:METHOD PATH][:xN]`, e.g. `commit_then_drop:POST /orders/createlabelfororder:x1`."""
    parts = spec.split(":")
    kind, method, path, times, delay = parts[0], "*", "*", None, 0.0
    for part in parts[1:]:
        if part.startswith("x") and part[1:].isdigit():
            times = int(part[1:])
        elif part.replace(".", "", 1).isdigit():
            delay = float(part)
        elif " " in part:
            method, path = part.split(" ", 1)
        else:
            path = part
    return FaultRule(kind, method.upper(), path, times, delay)
