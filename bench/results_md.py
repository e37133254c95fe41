"""RESULTS.md from the rows of one harness run, the machine, and the hand-kept record of fixes (bench/fixes.md)."""

from __future__ import annotations

from pathlib import Path

from .rows import FAILED, MISS, NOT_MEASURABLE, PASS, Row

VERDICT = {PASS: "pass", MISS: "**miss**", NOT_MEASURABLE: "not yet measurable", FAILED: "**failed to run**"}


def number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("requests", "429s"):
        return f"{value:.0f}"
    if unit == "req/s":
        return f"{value:.2f}"
    return f"{value:.1f}" if abs(value) < 1000 else f"{value:,.0f}"


def _spread(row: Row) -> str:
    if not row.samples:
        return "—"
    low, high = min(row.samples), max(row.samples)
    return number(low, row.unit) if low == high else f"{number(low, row.unit)}–{number(high, row.unit)}"


def _ratio(row: Row) -> str:
    if not row.show_ratio or row.ratio is None:
        return "—"
    if row.unit == "req/s":
        return f"{row.ratio:.1%}".replace("%", " %")
    return f"{row.ratio:.2f}×"


def render(rows: list[Row], machine: list[tuple[str, str]], when: str, command: str, repeat: int,
           fixes: str) -> str:
    lines = [
        "# ShipDesk benchmark results",
        "",
        f"Written by `{command}` on {when}, {repeat} repetitions a figure.",
        "",
        "Each figure is the median of its samples (min–max beside it), with its floor measured in the same run",
        "on the same machine: on a shared, noisy machine the ratios and verdicts mean more than milliseconds.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {name} | {value} |" for name, value in machine],
        "",
        "## Figures",
        "",
        "| id | what | unit | median | min–max | n | floor (median) | ratio | target | verdict |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        floor = "—" if r.floor_median is None else f"{number(r.floor_median, r.unit)} ({r.floor_what})"
        lines.append(f"| {r.id} | {r.what} | {r.unit} | {number(r.median, r.unit)} | {_spread(r)} | "
                     f"{len(r.samples)} | {floor} | {_ratio(r)} | {r.target.text} | {VERDICT.get(r.status, r.status)} |")
    notes = [f"- **{r.id}**: {r.note}" for r in rows if r.note]
    if notes:
        lines += ["", "## Notes", "", *notes]
    if fixes.strip():
        lines += ["", fixes.strip()]
    return "\n".join(lines) + "\n"


def read_fixes(path: Path) -> str:
    return path.read_text() if path.exists() else ""
