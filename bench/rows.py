"""One line of RESULTS.md: a figure's samples, its floor's samples from the same run, its target and verdict.

Figures run in child processes (`python -m bench.<module>`), which print their rows as JSON on the last line
of stdout; the runner reads them back with `rows_from_json`.
"""

from __future__ import annotations

import json
import statistics
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

PASS, MISS, NOT_MEASURABLE, FAILED = "pass", "miss", "not measurable", "failed"
JSON_MARK = "BENCH-ROWS "  # the child's last stdout line: this mark, then the rows as JSON


@dataclass(frozen=True)
class Target:
    """`kind` is what the median is held to: "value_max"/"value_min" (the figure itself), "ratio_max"/
    "ratio_min" (figure ÷ floor), or "equal_floor"."""

    kind: str
    limit: float = 0.0
    text: str = ""  # how RESULTS.md says it, e.g. "≤ 1.25× floor"

    def met(self, value: float, ratio: float | None) -> bool:
        if self.kind == "value_max":
            return value <= self.limit
        if self.kind == "value_min":
            return value >= self.limit
        if self.kind == "equal_floor":
            return ratio is not None and ratio == 1.0
        if ratio is None:
            return False
        return ratio <= self.limit if self.kind == "ratio_max" else ratio >= self.limit


@dataclass
class Row:
    id: str  # "P1a", "P2 filter"...
    what: str
    unit: str  # "ms", "MB", "requests", "req/s", "429s"
    target: Target
    samples: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)  # the floor's samples, measured in the same run
    floor_what: str = ""
    note: str = ""
    status: str = ""  # set by `judge`, or NOT_MEASURABLE / FAILED by the figure itself
    show_ratio: bool = True  # False where figure ÷ floor means nothing (memory above the floor)

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def ratio(self) -> float | None:
        value, floor = self.median, self.floor_median
        if value is None or not floor:
            return None
        return value / floor

    def judge(self) -> Row:
        if not self.status:
            value = self.median
            self.status = FAILED if value is None else PASS if self.target.met(value, self.ratio) else MISS
        return self


def rows_to_json(rows: list[Row]) -> str:
    return json.dumps([asdict(r) for r in rows])


def rows_from_json(text: str) -> list[Row]:
    rows = []
    for data in json.loads(text):
        data["target"] = Target(**data["target"])
        rows.append(Row(**data))
    return rows


def timed_ms(fn: Callable[[], Any]) -> float:
    """Milliseconds `fn()` took (perf_counter)."""
    import time

    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def emit(rows: list[Row]) -> None:
    """A child's answer to the runner: its rows, judged, on the last line of stdout."""
    print(JSON_MARK + rows_to_json([r.judge() for r in rows]), flush=True)
    sys.stdout.flush()
