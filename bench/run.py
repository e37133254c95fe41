"""The benchmark harness: every figure of issue 9, each in its own process, into bench/RESULTS.md.

    .venv/bin/python -m bench                     # all figures, 5 repetitions each (~5 minutes on 2 cores)
    .venv/bin/python -m bench --only P1a,P2       # a subset (P2 = its filter, sort and RSS rows)
    .venv/bin/python -m bench --quick             # 2 repetitions and shorter runs: a sanity check
    .venv/bin/python -m bench --out /tmp/r.md     # write elsewhere

Figures and their floors are described at the top of each bench/p*.py. The exit code is 0 when every figure
ran (misses included: the harness reports, it does not judge the build); 1 when one failed to run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

from .child import ROOT
from .rows import FAILED, JSON_MARK, Row, Target, rows_from_json

# id -> the module that measures it. Figures sharing a module run in one process.
FIGURES = {
    "P1a": "p1_startup", "P1b": "p1_startup", "P2": "p2_orders", "P3": "p3_scan_ship", "P4": "p4_purchases",
    "P5": "p5_sync_requests", "P6": "p6_stalls", "P7": "p7_pdf_spool",
}
CHILD_TIMEOUT_S = 1800


def run_module(module: str, figures: list[str], repeat: int, quick: bool) -> list[Row]:
    cmd = [sys.executable, "-m", f"bench.{module}", "--repeat", str(repeat), "--only", ",".join(figures)]
    if quick:
        cmd.append("--quick")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    print(f"== {', '.join(figures)} ({module})", flush=True)
    started = time.monotonic()
    try:
        done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True, timeout=CHILD_TIMEOUT_S)
        out, code = done.stdout, done.returncode
    except subprocess.TimeoutExpired:
        out, code = "", -1
    for line in reversed(out.splitlines()):
        if line.startswith(JSON_MARK):
            rows = rows_from_json(line[len(JSON_MARK):])
            print(f"   {time.monotonic() - started:.0f} s", flush=True)
            return rows
    return [Row(f, "the figure's run", "", Target("value_max"), status=FAILED,
                note=f"bench.{module} exited {code} without results (its stderr above says why)") for f in figures]


def main(argv: list[str] | None = None) -> int:
    from . import machine
    from .results_md import read_fixes, render

    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated figure ids, e.g. P1a,P2,P7")
    parser.add_argument("--quick", action="store_true", help="2 repetitions and shorter runs (sanity check)")
    parser.add_argument("--repeat", type=int, help="repetitions per figure (default 5, quick 2)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args(argv)
    wanted = [f.strip() for f in args.only.split(",") if f.strip()] or list(FIGURES)
    unknown = [f for f in wanted if f not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    repeat = args.repeat or (2 if args.quick else 5)
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    about = machine.describe()  # before the figures load the machine
    modules: dict[str, list[str]] = {}
    for figure in wanted:
        modules.setdefault(FIGURES[figure], []).append(figure)
    rows: list[Row] = []
    for module, figures in modules.items():
        rows += run_module(module, figures, repeat, args.quick)
    command = "python -m bench " + " ".join(a for a in (argv if argv is not None else sys.argv[1:]))
    text = render(rows, about, when, command.strip(), repeat, read_fixes(ROOT / "bench" / "fixes.md"))
    args.out.write_text(text)
    print(f"\nwritten: {args.out}\n")
    for r in rows:
        print(f"{r.id:<12} {r.status}")
    return 1 if any(r.status == FAILED for r in rows) else 0
