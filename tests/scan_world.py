"""Scan workflow tests' view of the world: a scanning window set up to ship onto the ZPL test queue, and what
the sandbox behind it holds (labels sold, orders to ship, stock levels), read under the world's lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scan_keys import scanning_window

from shipdesk.core.scan_commands import ScanMode
from shipdesk.printing.printers import PrinterProfile, Stock, Transport
from shipdesk.printing.station import Station

WAIT = 30_000


def zpl_station() -> Station:
    """The private CUPS queue ZebraRaw (into the `zpl_sink`), printing on purchase."""
    return Station(label=PrinterProfile("ZebraRaw", Transport.CUPS_RAW, 203, Stock.FOUR_BY_SIX), auto_print=True)


def ship_window(qtbot: object, make_window: Callable[..., Any], delay_ms: int = 0, name: str = "scanw",
                mode: ScanMode = ScanMode.SHIP, **overrides: object) -> Any:
    window = scanning_window(qtbot, make_window, name, **overrides)
    window.session.settings.scan_print_delay_ms = delay_ms
    window.ctx.set_station(zpl_station())
    window.scanning.router.set_mode(mode)
    return window


def purchases(window: Any) -> int:
    """Labels the sandbox sold, V1 and V2."""
    with window.sandbox.world.lock:
        c = window.sandbox.world.counters
        return int(sum(c.labels_by_order.values()) + sum(c.labels_by_shipment.values()) + c.labels_v1_shipments)


def awaiting(window: Any, skip: int = 0, where: Callable[[dict], bool] | None = None) -> tuple[int, str, dict]:
    """A seeded awaiting-shipment order with items (US ship-to unless `where` says otherwise):
    (id, number, a copy of its record)."""
    fits = where or (lambda o: (o["shipTo"] or {}).get("country") == "US")
    with window.sandbox.world.lock:
        found = [(int(o["orderId"]), o["orderNumber"], dict(o)) for o in window.sandbox.world.orders.values()
                 if o["orderStatus"] == "awaiting_shipment" and o.get("items") and fits(o)]
    return sorted(found, key=lambda f: f[0])[skip]


def awaiting_us(window: Any, skip: int = 0) -> tuple[int, str, dict]:
    return awaiting(window, skip)


def stock(window: Any) -> dict[tuple[str, str], int]:
    """On hand per (SKU, location) as the sandbox has it."""
    levels: dict[tuple[str, str], int] = {}
    with window.sandbox.world.lock:
        for lot in window.sandbox.world.stock:
            key = (lot.sku, lot.inventory_location_id)
            levels[key] = levels.get(key, 0) + lot.on_hand
    return levels
