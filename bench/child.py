"""What every figure module shares when the runner starts it as its own process.

    python -m bench.p7_pdf_spool --repeat 5 [--quick] [--only P7]

A figure runs in a process of its own so one figure's Qt application, libcups server choice, governors and
memory never colour another's. It prints what it is doing on stderr and its rows (bench/rows.py) on stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"


@dataclass(frozen=True)
class Options:
    repeat: int
    quick: bool
    only: frozenset[str]  # figure ids asked for; empty = all of this module's

    def wants(self, figure: str) -> bool:
        return not self.only or figure in self.only


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def use_test_helpers() -> None:
    """tests/ on the path: the printer sink and the private cupsd are shared with the test suite."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))


def child_main(measure: Callable[[Options], list[object]]) -> int:
    from .rows import FAILED, Row, Target, emit

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY"):
        os.environ.pop(name, None)  # a bench never touches a real account
    options = Options(max(1, args.repeat), args.quick, frozenset(f for f in args.only.split(",") if f))
    try:
        rows = measure(options)
    except Exception:
        traceback.print_exc()
        rows = [Row(id=",".join(sorted(options.only)) or "?", what="the figure's run", unit="",
                    target=Target("value_max"), status=FAILED, note=traceback.format_exc(limit=3).strip()
                    .splitlines()[-1])]
    emit(rows)  # type: ignore[arg-type]
    return 0
