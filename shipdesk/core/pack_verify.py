"""Scan to verify: count the items scanned into a parcel against the order's lines. No Qt.

`PackCount` matches each scanned code on a line's SKU (exact, then ignoring case: Caps Lock) or UPC (a
UPC-A read as EAN-13 has a leading 0), and says whether it fitted, was not in the order, or was one too many.
`PackChecks` keeps the outcome per order in the local database (`pack_checks`): a matched pack, or a
manager's override with who and when. While `Settings.require_pack_check` is on, no label is bought for an
order without one of them (`ensure_pack_cleared`, called by every purchase path before money is spent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from ..api.v1.models import Order
from .check_digits import gtin_key
from .db import Database, register_schema
from .shipping import PurchaseError

register_schema("""
CREATE TABLE IF NOT EXISTS pack_checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id TEXT NOT NULL,
    order_number TEXT,
    result TEXT NOT NULL,          -- matched | override
    override_by TEXT,              -- the manager who let an unmatched pack through
    scanned TEXT,                  -- "sku:scanned/expected, ..." when it was recorded
    station TEXT,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pack_checks_order ON pack_checks(order_id);
""")

MATCHED, OVERRIDE = "matched", "override"


class Fit(StrEnum):
    COUNTED = "counted"  # one more of a line that still wanted it
    NOT_IN_ORDER = "not-in-order"
    EXTRA = "extra"  # the line already has all its items


@dataclass
class PackLine:
    sku: str
    upc: str
    name: str
    expected: int
    scanned: int = 0

    @property
    def done(self) -> bool:
        return self.scanned >= self.expected


class PackCount:
    """The checklist of one order: expected and scanned per line (lines with the same SKU merged)."""

    def __init__(self, order: Order) -> None:
        self.order_id = order.order_id
        self.order_number = order.order_number or str(order.order_id)
        merged: dict[str, PackLine] = {}
        for item in order.items or []:
            if item.adjustment or not item.quantity or item.quantity <= 0:
                continue  # a discount line or nothing to pack
            sku = (item.sku or "").strip()
            key = sku.casefold() or f"upc:{item.upc or ''}:{item.name or ''}"
            if key in merged:
                merged[key].expected += item.quantity
            else:
                merged[key] = PackLine(sku, (item.upc or "").strip(), item.name or sku, item.quantity)
        self.lines = list(merged.values())

    def find(self, code: str) -> PackLine | None:
        code = code.strip()
        if not code:
            return None
        for matches in (lambda line: line.sku == code, lambda line: line.sku.casefold() == code.casefold(),
                        lambda line: bool(gtin_key(code)) and gtin_key(line.upc) == gtin_key(code)):
            found = next((line for line in self.lines if line.sku and matches(line) or
                          line.upc and matches(line)), None)
            if found is not None:
                return found
        return None

    def scan(self, code: str) -> tuple[Fit, PackLine | None]:
        line = self.find(code)
        if line is None:
            return Fit.NOT_IN_ORDER, None
        if line.done:
            return Fit.EXTRA, line
        line.scanned += 1
        return Fit.COUNTED, line

    @property
    def complete(self) -> bool:
        return bool(self.lines) and all(line.scanned == line.expected for line in self.lines)

    def summary(self) -> str:
        return ", ".join(f"{line.sku or line.upc}:{line.scanned}/{line.expected}" for line in self.lines)


@dataclass(frozen=True)
class PackCheck:
    order_id: str
    result: str
    override_by: str | None
    at: str


class PackNotVerified(PurchaseError):
    """This station requires a verified pack and the order has none: nothing was sent."""

    def __init__(self, order_number: str) -> None:
        super().__init__(f"Order {order_number}: the pack was not verified yet.")
        self.order_number = order_number


class PackChecks:
    def __init__(self, db: Database, station: str = "") -> None:
        self.db = db
        self.station = station

    def record(self, count: PackCount, result: str, override_by: str | None = None) -> PackCheck:
        if result == OVERRIDE and not (override_by or "").strip():
            raise ValueError("an override needs the name of who allowed it")
        at = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.connection().execute(
            "INSERT INTO pack_checks (order_id, order_number, result, override_by, scanned, station, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(count.order_id), count.order_number, result, (override_by or "").strip() or None, count.summary(),
             self.station, at))
        return PackCheck(str(count.order_id), result, override_by, at)

    def latest(self, order_id: int | str) -> PackCheck | None:
        row = self.db.connection().execute("SELECT order_id, result, override_by, at FROM pack_checks WHERE order_id = ? "
                           "ORDER BY id DESC LIMIT 1", (str(order_id),)).fetchone()
        return PackCheck(*row) if row else None

    def cleared(self, order_id: int | str) -> bool:
        check = self.latest(order_id)
        return check is not None and check.result in (MATCHED, OVERRIDE)


def ensure_pack_cleared(checks: PackChecks | None, order_id: str | None, order_number: str | None) -> None:
    """Raise PackNotVerified unless the order's pack matched or was overridden (`checks` None: not required)."""
    if checks is None or order_id is None:
        return
    if not checks.cleared(order_id):
        raise PackNotVerified(order_number or order_id)
