"""Bulk stock changes from a CSV file, checked in full before anything is sent; and the levels as CSV.

Columns (header names are case-insensitive): `sku`, `warehouse`, `location`, `quantity`, `mode`, and
optionally `to_warehouse`, `to_location` (for a move) and `reason`. Warehouse and location may be given by
name or by id. Modes: increment (add), decrement (remove), adjust / set (on hand becomes the quantity),
modify / move (to `to_location`).

`preview_import` reads and validates every row against the loaded inventory and sends nothing. A row's
number is its line in a spreadsheet (the header is row 1). Decrements and moves are checked against what
is available at that point of the file, earlier rows included, because ShipStation's decrement is all or
nothing and allocated units are promised to orders. `apply_import` then sends the valid rows one by one.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..api.errors import ApiError, OutcomeUnknown, Unreachable
from ..api.v2.client import V2Client
from . import inventory_words as W
from .inventory import Change, InventorySnapshot, LevelRow, Mode, Progress, apply_change
from .inventory_places import resolve_location
from .words import Words

REQUIRED = ("sku", "location", "quantity", "mode")
ALIASES = {"qty": "quantity", "action": "mode", "transaction_type": "mode", "new_location": "to_location",
           "new_warehouse": "to_warehouse", "warehouse_name": "warehouse", "location_name": "location"}
MODE_WORDS: dict[str, Mode] = {"increment": "increment", "add": "increment", "decrement": "decrement",
                               "remove": "decrement", "adjust": "set", "set": "set", "modify": "move",
                               "move": "move"}
EXPORT_COLUMNS = ("sku", "warehouse", "location", "on_hand", "allocated", "available", "warehouse_id",
                  "location_id")


@dataclass
class ImportRow:
    """One line of the file: what it said, what it means, and what happened to it."""

    row: int  # spreadsheet row number; the header is row 1
    sku: str
    warehouse: str
    location: str
    quantity: str
    mode: str
    to_warehouse: str = ""
    to_location: str = ""
    reason: str = ""
    change: Change | None = None
    where: str = ""  # "Austin Stockroom / A-01-01-01", resolved names for the preview
    problems: list[Words] = field(default_factory=list)
    status: str = "ready"  # ready | error | done | failed | unknown | not_sent
    result: Words | None = None  # what happened when sent

    @property
    def valid(self) -> bool:
        return self.change is not None and not self.problems


@dataclass
class ImportPreview:
    rows: list[ImportRow] = field(default_factory=list)
    file_problems: list[Words] = field(default_factory=list)

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.valid]

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.valid]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


# -- reading --------------------------------------------------------------------------------------


def read_text(path: str | Path) -> str:
    """The file as text: UTF-8 (with or without BOM), else Windows-1252 as older Excel writes it."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """Comma, or the semicolon French Excel writes, or tab: whichever the header uses most."""
    header = text.splitlines()[0] if text else ""
    return max((",", ";", "\t"), key=header.count)


def _column(name: str) -> str:
    key = re.sub(r"[\s\-]+", "_", name.strip().lower())
    return ALIASES.get(key, key)


def preview_import(text: str, snapshot: InventorySnapshot) -> ImportPreview:
    """Parse and validate every row; sends nothing."""
    preview = ImportPreview()
    records = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text)))
    if not records or not any(cell.strip() for cell in records[0]):
        preview.file_problems.append(W.words(W.FILE_EMPTY))
        return preview
    columns = [_column(c) for c in records[0]]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        preview.file_problems.append(W.words(W.MISSING_COLUMNS, ", ".join(missing)))
        return preview
    projected: dict[tuple[str, str], list[int]] = {}  # (sku, location id) -> [on hand, allocated]
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # blank line
        cells = {name: (record[i].strip() if i < len(record) else "") for i, name in enumerate(columns)}
        row = ImportRow(row=number, sku=cells.get("sku", ""), warehouse=cells.get("warehouse", ""),
                        location=cells.get("location", ""), quantity=cells.get("quantity", ""),
                        mode=cells.get("mode", ""), to_warehouse=cells.get("to_warehouse", ""),
                        to_location=cells.get("to_location", ""), reason=cells.get("reason", ""))
        _validate(row, snapshot, projected)
        row.status = "ready" if row.valid else "error"
        preview.rows.append(row)
    if not preview.rows:
        preview.file_problems.append(W.words(W.NO_ROWS))
    return preview


def _quantity(row: ImportRow, mode: Mode | None) -> int | None:
    text = row.quantity.replace(" ", "")
    if not text:
        row.problems.append(W.words(W.QUANTITY_MISSING))
        return None
    if not re.fullmatch(r"[+-]?\d+", text):
        row.problems.append(W.words(W.QUANTITY_NOT_WHOLE, row.quantity))
        return None
    value = int(text)
    if mode == "set" and value < 0:
        row.problems.append(W.words(W.QUANTITY_SET_NEGATIVE, value))
        return None
    if mode in ("increment", "decrement", "move") and value < 1:
        row.problems.append(W.words(W.QUANTITY_BELOW_ONE, value))
        return None
    return value


def _validate(row: ImportRow, snapshot: InventorySnapshot,
              projected: dict[tuple[str, str], list[int]]) -> None:
    if not row.sku:
        row.problems.append(W.words(W.SKU_MISSING))
    mode = MODE_WORDS.get(row.mode.strip().lower())
    if mode is None:
        row.problems.append(W.words(W.UNKNOWN_MODE, row.mode))
    quantity = _quantity(row, mode)
    location, problem = resolve_location(snapshot, row.warehouse, row.location)
    if problem is not None:
        row.problems.append(problem)
    target = None
    if mode == "move":
        if not row.to_location:
            row.problems.append(W.words(W.MOVE_NEEDS_TARGET))
        else:
            target, problem = resolve_location(snapshot, row.to_warehouse, row.to_location)
            if problem is not None:
                row.problems.append(problem)
            elif location is not None and target is not None and \
                    target.inventory_location_id == location.inventory_location_id:
                row.problems.append(W.words(W.MOVE_TO_SAME))
    if location is not None:
        row.where = f"{snapshot.warehouse_name(location.inventory_warehouse_id)} / {location.name}"
        if target is not None:
            row.where += f" → {snapshot.warehouse_name(target.inventory_warehouse_id)} / {target.name}"
    if row.problems or mode is None or quantity is None or location is None:
        return
    loc_id = location.inventory_location_id
    here = _projected(projected, snapshot, row.sku, loc_id)
    if mode in ("decrement", "move"):
        available = here[0] - here[1]
        if quantity > here[0]:
            row.problems.append(W.words(W.BEYOND_ON_HAND, quantity, row.sku, location.name, here[0]))
            return
        if quantity > available:
            row.problems.append(W.words(W.BEYOND_AVAILABLE, quantity, row.sku, location.name,
                                           available, here[1]))
            return
        here[0] -= quantity
        if mode == "move" and target is not None:
            _projected(projected, snapshot, row.sku, target.inventory_location_id)[0] += quantity
    elif mode == "increment":
        here[0] += quantity
    else:
        here[0] = quantity
    row.change = Change(mode=mode, sku=row.sku, location_id=loc_id, quantity=quantity,
                        to_location_id=target.inventory_location_id if target else None,
                        reason=row.reason or None)


def _projected(projected: dict[tuple[str, str], list[int]], snapshot: InventorySnapshot, sku: str,
               location_id: str) -> list[int]:
    key = (sku, location_id)
    if key not in projected:
        level = snapshot.level(sku, location_id)
        projected[key] = [level.on_hand, level.allocated] if level else [0, 0]
    return projected[key]


# -- applying -------------------------------------------------------------------------------------


def apply_import(v2: V2Client, preview: ImportPreview, progress: Progress | None = None,
                 stopped: Callable[[], bool] | None = None) -> ImportPreview:
    """Send the valid rows one by one; each row gets its status and ShipStation's words on failure.

    Stopping (or losing the connection) leaves the rest `not_sent`. A row whose answer was lost is
    `unknown`: ShipDesk never re-sends it, because a second increment would count the units twice.
    """
    todo = preview.valid_rows
    for done, row in enumerate(todo, start=1):
        if stopped is not None and stopped():
            _not_sent(todo[done - 1:], W.words(W.STOPPED))
            break
        assert row.change is not None
        try:
            apply_change(v2, row.change)
        except OutcomeUnknown as exc:
            row.status, row.result = "unknown", W.words(W.OUTCOME_UNKNOWN, exc)
        except Unreachable as exc:
            row.status, row.result = "failed", W.words(W.SHIPSTATION_SAID, exc)
            _not_sent(todo[done:], W.words(W.UNREACHABLE))
            if progress is not None:
                progress(done, len(todo), row.sku)
            break
        except ApiError as exc:
            row.status, row.result = "failed", W.words(W.SHIPSTATION_SAID, exc)  # ShipStation's own words
        else:
            row.status, row.result = "done", W.words(W.DONE)
        if progress is not None:
            progress(done, len(todo), row.sku)
    return preview


def _not_sent(rows: Sequence[ImportRow], why: Words) -> None:
    for row in rows:
        row.status, row.result = "not_sent", why


# -- export ---------------------------------------------------------------------------------------


def write_levels_csv(path: str | Path, rows: Sequence[LevelRow]) -> int:
    """The levels exactly as given (the filtered, sorted view); atomic, UTF-8 with BOM for Excel."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(EXPORT_COLUMNS)
            for r in rows:
                writer.writerow([r.sku, r.warehouse_name, r.location_name, r.on_hand, r.allocated,
                                 r.available, r.warehouse_id, r.location_id])
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)
