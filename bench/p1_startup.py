"""P1a/P1b: process start to the first orders on screen, `main.py --demo --smoke`, against a bare QMainWindow.

P1a is the daily case: a profile whose order cache was filled by an earlier start (one untimed start fills
it). P1b is a first start: a new, empty profile each time, so the orders appear only after the first sync
from the (seeded, in-process) demo sandbox. The time is from just before the process is spawned to the
moment the app prints `first orders on screen at <epoch>` (after the table's first paint with those rows:
`StagedStart.orders_painted`); the floor (bench/bare_window.py) is timed the same way to its first paint. Runs
alternate app and floor so a busy moment on the machine hits both.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .child import ROOT, Options, child_main, say
from .rows import Row, Target

APP_MARK = re.compile(r"first orders on screen at (\d+\.\d+)")
BARE_MARK = re.compile(r"shown at (\d+\.\d+) rss (\d+)")
TIMEOUT_S = 120


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed ShipDesk runs from compiled bytecode (the bundle; pip compiles too), as the floor's PySide6
    # does: the untimed first start writes it, so no timed start compiles ShipDesk's ~200 modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_to_mark(cmd: list[str], mark: re.Pattern[str]) -> tuple[float, re.Match[str]]:
    """Milliseconds from spawning `cmd` to the epoch time its output line matching `mark` states."""
    started = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(),
                            cwd=ROOT)
    try:
        out, _ = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise RuntimeError(f"{' '.join(cmd[1:3])} did not finish in {TIMEOUT_S} s") from None
    found = mark.search(out)
    if proc.returncode != 0 or found is None:
        raise RuntimeError(f"{' '.join(cmd[1:])} exited {proc.returncode} without its mark: {out[-300:]!r}")
    return (float(found[1]) - started) * 1000, found


def bare_window() -> tuple[float, int]:
    """(ms to the bare window's first paint, its RSS in KiB)."""
    ms, found = time_to_mark([sys.executable, str(ROOT / "bench" / "bare_window.py")], BARE_MARK)
    return ms, int(found[2])


def app_start(profile: Path) -> float:
    return time_to_mark([sys.executable, str(ROOT / "main.py"), "--demo", "--smoke", "--profile-dir",
                         str(profile)], APP_MARK)[0]


def measure(options: Options) -> list[Row]:
    rows = []
    floor_what = "bare PySide6 QMainWindow, spawn to first paint"
    with tempfile.TemporaryDirectory(prefix="shipdesk-bench-p1-") as tmp:
        daily = Path(tmp) / "daily"
        app_start(daily)  # fills the cache (and warms the OS's file cache for both)
        bare_window()
        if options.wants("P1a"):
            row = Row("P1a", "start to first orders on screen, profile with a cache (--demo --smoke)", "ms",
                      Target("ratio_max", 1.25, "≤ 1.25× floor"), floor_what=floor_what)
            for n in range(options.repeat):
                row.floor.append(bare_window()[0])
                row.samples.append(app_start(daily))
                say(f"P1a run {n + 1}: app {row.samples[-1]:.0f} ms, bare {row.floor[-1]:.0f} ms")
            rows.append(row)
        if options.wants("P1b"):
            row = Row("P1b", "start to first orders on screen, fresh profile (seeded sandbox, first sync)", "ms",
                      Target("ratio_max", 2.5, "≤ 2.5× floor"), floor_what=floor_what)
            for n in range(options.repeat):
                row.floor.append(bare_window()[0])
                row.samples.append(app_start(Path(tmp) / f"fresh{n}"))
                say(f"P1b run {n + 1}: app {row.samples[-1]:.0f} ms, bare {row.floor[-1]:.0f} ms")
            rows.append(row)
    return rows


if __name__ == "__main__":
    raise SystemExit(child_main(measure))
