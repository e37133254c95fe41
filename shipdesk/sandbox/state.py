"""The world behind both APIs: account, clock, and every record, guarded by one lock.

Records are kept as wire-shaped dicts (V1 camelCase for V1 resources, V2 snake_case for V2 ones)
holding `datetime`/`date`/`Decimal` values; each surface's JSON encoder writes them in its own
format (V1: Pacific time, V2: ISO-8601 UTC). Handlers run with `world.lock` held.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from .account import Account
from .clock import Clock
from .config import SandboxConfig
from .faults import Faults
from .ratelimit import FixedWindowLimiter

Record = dict[str, Any]


@dataclass
class Counters:
    requests: Counter[str] = field(default_factory=Counter)  # "v1", "v2", "v2_inventory", "rate_limited", ...
    labels_by_order: Counter[int] = field(default_factory=Counter)  # V1 orderId -> labels bought
    labels_by_shipment: Counter[str] = field(default_factory=Counter)  # V2 shipment_id -> labels bought
    labels_by_external_id: Counter[str] = field(default_factory=Counter)  # V2 external_shipment_id -> labels
    labels_v1_shipments: int = 0  # V1 /shipments/createlabel purchases (no order behind them)

    def as_json(self) -> dict[str, Any]:
        return {
            "requests": dict(self.requests),
            "labels_by_order": {str(k): v for k, v in self.labels_by_order.items()},
            "labels_by_shipment": dict(self.labels_by_shipment),
            "labels_by_external_id": dict(self.labels_by_external_id),
            "labels_v1_shipments": self.labels_v1_shipments,
            "labels_total": sum(self.labels_by_order.values()) + sum(self.labels_by_shipment.values())
            + self.labels_v1_shipments,
        }


@dataclass
class StockLot:
    """One row of stock: a SKU at a location, in a condition, at a cost (V2 inventory keeps these apart)."""

    sku: str
    inventory_location_id: str
    inventory_warehouse_id: str
    on_hand: int
    allocated: int = 0
    condition: str = "sellable"
    lot: str | None = None
    cost_amount: float = 0.0
    cost_currency: str = "USD"
    usable_start_date: Any = None
    usable_end_date: Any = None


class World:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        self.clock = Clock()
        self.faults = Faults()
        self.v1_limiter = FixedWindowLimiter(config.v1_limit, config.window_seconds)
        self.v2_limiter = FixedWindowLimiter(config.v2_limit, config.window_seconds)
        self.clear()

    def clear(self) -> None:
        """Empty every collection; `seed.populate` fills them again."""
        self.account = Account(self.config.plan)
        self.counters = Counters()
        self._ids: dict[str, itertools.count[int]] = {}
        # V1
        self.stores: dict[int, Record] = {}
        self.warehouses: dict[int, Record] = {}  # ship-from; V2 calls warehouse N "se-N"
        self.products: dict[int, Record] = {}
        self.tags: dict[int, Record] = {}
        self.users: list[Record] = []
        self.orders: dict[int, Record] = {}
        self.order_keys: dict[str, int] = {}
        self.shipments: dict[int, Record] = {}
        self.fulfillments: dict[int, Record] = {}
        self.carrier_balances: dict[str, Any] = {}
        # V2 shipping
        self.v2_shipments: dict[str, Record] = {}
        self.v2_labels: dict[str, Record] = {}
        self.v2_rates: dict[str, Record] = {}
        self.batches: dict[str, Record] = {}
        self.manifests: dict[str, Record] = {}
        self.v2_tag_names: set[str] = set()
        self.package_types: dict[str, Record] = {}  # custom package types (V2 /v2/packages), by package_id
        # V2 inventory
        self.inv_warehouses: dict[str, Record] = {}
        self.inv_locations: dict[str, Record] = {}
        self.stock: list[StockLot] = []
        # Label and form files served under /v2/downloads/ (path after /v2/downloads/ -> bytes, type)
        self.files: dict[str, tuple[bytes, str]] = {}
        self.v1_label_files: dict[int, bytes] = {}  # shipmentId -> label PDF bytes

    def next_id(self, kind: str, start: int = 1) -> int:
        counter = self._ids.get(kind)
        if counter is None:
            counter = self._ids[kind] = itertools.count(start)
        return next(counter)

    def se_id(self, kind: str, start: int = 100000) -> str:
        """A ShipEngine-style id (`se-123456`) from the counter for `kind`."""
        return f"se-{self.next_id(kind, start)}"

    def advance_clock(self, seconds: float) -> None:
        self.clock.advance(timedelta(seconds=seconds))
