"""Stock levels, inventory warehouses and locations, and single stock changes (V2 Inventory API). No Qt.

`load_inventory` reads everything the Inventory tab shows in one go (all pages); `InventorySnapshot`
answers the questions the tab and the CSV import ask (names, which location a packer meant, what is on
hand). `apply_change` sends one stock change. Every function here does I/O: call them off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from ..api.v2.client import V2Client
from ..api.v2.models_inventory import InventoryLevel, InventoryLocation, InventoryWarehouse

# What a packer asks for; the wire names are increment / decrement / adjust / modify.
Mode = Literal["increment", "decrement", "set", "move"]
MODES: tuple[Mode, ...] = ("increment", "decrement", "set", "move")
WIRE_TYPE: dict[Mode, str] = {"increment": "increment", "decrement": "decrement", "set": "adjust",
                              "move": "modify"}

PAGE_SIZE = 100
MAX_PAGES = 10_000  # a server that keeps saying "more" must not keep us reading forever

Progress = Callable[[int, int, str], None]
Check = Callable[[], None]


@dataclass(frozen=True)
class LevelRow:
    """One line of the levels table: a SKU at a location, with names resolved."""

    sku: str
    warehouse_id: str
    warehouse_name: str
    location_id: str
    location_name: str
    on_hand: int
    allocated: int
    available: int


@dataclass
class InventorySnapshot:
    warehouses: list[InventoryWarehouse] = field(default_factory=list)
    locations: list[InventoryLocation] = field(default_factory=list)
    rows: list[LevelRow] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._wh = {w.inventory_warehouse_id: w for w in self.warehouses}
        self._loc = {loc.inventory_location_id: loc for loc in self.locations}

    # -- names ------------------------------------------------------------------------------------

    def warehouse(self, warehouse_id: str) -> InventoryWarehouse | None:
        return self._wh.get(warehouse_id)

    def location(self, location_id: str) -> InventoryLocation | None:
        return self._loc.get(location_id)

    def warehouse_name(self, warehouse_id: str | None) -> str:
        found = self._wh.get(warehouse_id or "")
        return found.name if found else (warehouse_id or "")

    def location_name(self, location_id: str | None) -> str:
        found = self._loc.get(location_id or "")
        return found.name if found else (location_id or "")

    def locations_of(self, warehouse_id: str) -> list[InventoryLocation]:
        return [loc for loc in self.locations if loc.inventory_warehouse_id == warehouse_id]

    # -- stock ------------------------------------------------------------------------------------

    def level(self, sku: str, location_id: str) -> LevelRow | None:
        for row in self.rows:
            if row.sku == sku and row.location_id == location_id:
                return row
        return None

    def units_in_warehouse(self, warehouse_id: str) -> int:
        return sum(row.on_hand for row in self.rows if row.warehouse_id == warehouse_id)

    def units_in_location(self, location_id: str) -> int:
        return sum(row.on_hand for row in self.rows if row.location_id == location_id)


def load_inventory(v2: V2Client, progress: Progress | None = None,
                   check: Check | None = None) -> InventorySnapshot:
    """Warehouses, locations and every level (all pages), with names resolved for the table."""
    tell = progress or (lambda _d, _t, _s: None)
    tell(0, 0, "Reading inventory warehouses")
    warehouses = list(v2.iter_inventory_warehouses())
    tell(0, 0, "Reading inventory locations")
    locations = list(v2.iter_inventory_locations())
    levels = _all_levels(v2, tell, check)
    snapshot = InventorySnapshot(warehouses, locations)
    snapshot.rows = [_row(level, snapshot) for level in levels]
    snapshot.rows.sort(key=lambda r: (r.sku.lower(), r.warehouse_name.lower(), r.location_name.lower()))
    return snapshot


def _all_levels(v2: V2Client, tell: Progress, check: Check | None) -> list[InventoryLevel]:
    """Page by page so the packer sees "page 2 of 5"; we count pages ourselves (a server ignoring `page`
    must not loop us on page 1)."""
    levels: list[InventoryLevel] = []
    number = 1
    while number <= MAX_PAGES:
        if check is not None:
            check()
        page = v2.list_inventory(page=number, page_size=PAGE_SIZE, group_by="location")
        levels.extend(page.inventory)
        pages = max(page.pages, 1)
        tell(number, pages, f"Reading stock levels: page {number} of {pages}")
        if number >= pages or not page.inventory:
            break
        number += 1
    return levels


def _row(level: InventoryLevel, snapshot: InventorySnapshot) -> LevelRow:
    location_id = level.inventory_location_id or ""
    warehouse_id = level.inventory_warehouse_id or ""
    if not warehouse_id and location_id:
        loc = snapshot.location(location_id)
        warehouse_id = loc.inventory_warehouse_id if loc else ""
    return LevelRow(sku=level.sku, warehouse_id=warehouse_id,
                    warehouse_name=snapshot.warehouse_name(warehouse_id),
                    location_id=location_id, location_name=snapshot.location_name(location_id),
                    on_hand=level.on_hand, allocated=level.allocated, available=level.available)


# -- one stock change -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One stock change as a packer states it; `to_location_id` only for a move."""

    mode: Mode
    sku: str
    location_id: str
    quantity: int
    to_location_id: str | None = None
    reason: str | None = None


def apply_change(v2: V2Client, change: Change) -> None:
    """Send one change. A refused one (e.g. decrement of more than is on hand) changes nothing and raises
    ValidationFailed with ShipStation's words; a lost answer raises OutcomeUnknown (check before retrying)."""
    reason = change.reason or None
    if change.mode == "increment":
        v2.increment_inventory(change.sku, change.location_id, change.quantity, reason=reason)
    elif change.mode == "decrement":
        v2.decrement_inventory(change.sku, change.location_id, change.quantity, reason=reason)
    elif change.mode == "set":
        v2.set_inventory_quantity(change.sku, change.location_id, change.quantity, reason=reason)
    elif change.mode == "move":
        if not change.to_location_id:
            raise ValueError("A move needs the location to move the stock to.")
        v2.move_inventory(change.sku, change.location_id, change.to_location_id, change.quantity,
                          reason=reason)
    else:  # pragma: no cover - Mode is a closed set
        raise ValueError(f"Unknown stock change {change.mode!r}")


def filter_rows(rows: Iterable[LevelRow], text: str = "", warehouse_id: str | None = None) -> list[LevelRow]:
    """The levels a packer asked to see: text over SKU / warehouse / location, optionally one warehouse."""
    needle = text.strip().lower()
    return [row for row in rows
            if (warehouse_id is None or row.warehouse_id == warehouse_id)
            and (not needle or needle in row.sku.lower() or needle in row.warehouse_name.lower()
                 or needle in row.location_name.lower())]
