"""The local order cache (SQLite): what the Orders table shows, and each order's full V1 JSON for its details.

No Qt. The table's columns live in `orders`; the JSON sits in its own table (`order_json`) so loading
100,000 rows for the table scans small records and never touches the big ones. A row only replaces a
newer one if its modifyDate is not older: a slow sync page cannot undo what an action just fetched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from .db import Database, register_schema

if TYPE_CHECKING:  # the first paint reads the cache before pydantic and the API models are imported
    from ..api.v1.models import Order, Weight

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    order_id     INTEGER PRIMARY KEY,
    order_number TEXT NOT NULL,
    order_date   REAL,     -- Unix seconds (UTC); display converts to local time
    customer     TEXT NOT NULL,
    country      TEXT NOT NULL,
    item_count   INTEGER NOT NULL,
    weight_oz    REAL,
    service      TEXT NOT NULL,  -- requested shipping service
    status       TEXT NOT NULL,
    tag_ids      TEXT NOT NULL,  -- "301 304"
    store_id     INTEGER,
    skus         TEXT NOT NULL,  -- "TEE-BLA-M SOAP-01", for search
    create_date  REAL,
    modify_date  REAL,
    ship_by_date REAL,
    hold_until   TEXT          -- ISO date
);
CREATE TABLE IF NOT EXISTS order_json (
    order_id    INTEGER PRIMARY KEY,
    modify_date REAL,
    json        TEXT NOT NULL  -- the V1 model's wire JSON
);
"""
register_schema(SCHEMA)

# The table row (what the Orders model keeps per order), in this order:
TABLE_COLUMNS = ("order_id", "order_number", "order_date", "customer", "country", "item_count", "weight_oz",
                 "service", "status", "tag_ids", "store_id", "skus")
(ORDER_ID, NUMBER, ORDER_DATE, CUSTOMER, COUNTRY, ITEMS, WEIGHT_OZ, SERVICE, STATUS, TAG_IDS, STORE_ID,
 SKUS) = range(len(TABLE_COLUMNS))
CACHE_COLUMNS = (*TABLE_COLUMNS, "create_date", "modify_date", "ship_by_date", "hold_until")
MODIFY_DATE = CACHE_COLUMNS.index("modify_date")

TableRow = tuple[int, str, float | None, str, str, int, float | None, str, str, str, int | None, str]
# A cache row: the table row, the other columns, then the JSON text.
CacheRow = tuple[object, ...]

OUNCES_PER = {"ounces": Decimal(1), "pounds": Decimal(16), "grams": Decimal("0.03527396195")}
UNIT_CODES = {0: "pounds", 1: "ounces", 2: "grams"}  # V1's numeric WeightUnits echo

_SELECT_TABLE = f"SELECT {', '.join(TABLE_COLUMNS)} FROM orders"
_UPSERT_ORDER = (
    f"INSERT INTO orders ({', '.join(CACHE_COLUMNS)}) VALUES ({', '.join('?' * len(CACHE_COLUMNS))}) "
    f"ON CONFLICT(order_id) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in CACHE_COLUMNS[1:])} "
    "WHERE orders.modify_date IS NULL OR excluded.modify_date >= orders.modify_date")
_UPSERT_JSON = (
    "INSERT INTO order_json (order_id, modify_date, json) VALUES (?, ?, ?) "
    "ON CONFLICT(order_id) DO UPDATE SET modify_date=excluded.modify_date, json=excluded.json "
    "WHERE order_json.modify_date IS NULL OR excluded.modify_date >= order_json.modify_date")
_ID_CHUNK = 900  # stays under SQLite's bound-parameter limit on old builds


def _ts(value: datetime | None) -> float | None:
    return value.timestamp() if value is not None else None


def weight_ounces(weight: Weight | None) -> float | None:
    if weight is None or weight.value is None:
        return None
    code = -1 if weight.weight_units is None else weight.weight_units
    units = (weight.units or UNIT_CODES.get(code, "ounces")).lower()
    return float(weight.value * OUNCES_PER.get(units, Decimal(1)))


def customer_name(order: Order) -> str:
    for address in (order.ship_to, order.bill_to):
        if address is not None and address.name:
            return address.name
    return order.customer_username or order.customer_email or ""


def cache_row(order: Order) -> CacheRow:
    """Everything the cache stores for one order (the JSON is the order's wire form)."""
    items = [i for i in order.items or () if not i.adjustment]
    skus = " ".join(dict.fromkeys(i.sku for i in items if i.sku))
    store_id = order.advanced_options.store_id if order.advanced_options else None
    return (
        order.order_id, order.order_number, _ts(order.order_date), customer_name(order),
        (order.ship_to.country or "") if order.ship_to else "", sum(i.quantity or 0 for i in items),
        weight_ounces(order.weight), order.requested_shipping_service or "", order.order_status,
        " ".join(str(t) for t in order.tag_ids or ()), store_id, skus,
        _ts(order.create_date), _ts(order.modify_date), _ts(order.ship_by_date),
        order.hold_until_date.isoformat() if order.hold_until_date else None,
        order.model_dump_json(by_alias=True, exclude_none=True),
    )


class OrderCache:
    """Read and write the cache; safe from any thread (the database gives each thread its connection)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def upsert(self, orders: Iterable[Order]) -> list[TableRow]:
        """Store orders; returns their table rows as now cached (a newer cached copy wins)."""
        rows = [cache_row(o) for o in orders]
        self.upsert_rows(rows)
        return self.rows_for([r[ORDER_ID] for r in rows])  # type: ignore[misc]

    def upsert_rows(self, rows: Sequence[CacheRow]) -> None:
        """Bulk write in one transaction (two executemany calls)."""
        if not rows:
            return
        n = len(CACHE_COLUMNS)
        conn = self.db.connection()
        conn.execute("BEGIN")
        try:
            conn.executemany(_UPSERT_ORDER, (r[:n] for r in rows))
            conn.executemany(_UPSERT_JSON, ((r[ORDER_ID], r[MODIFY_DATE], r[n]) for r in rows))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def load_rows(self) -> list[TableRow]:
        """Every cached order's table row (only the columns the table needs)."""
        return self.db.connection().execute(_SELECT_TABLE).fetchall()

    def rows_for(self, order_ids: Sequence[int]) -> list[TableRow]:
        found: list[TableRow] = []
        conn = self.db.connection()
        for start in range(0, len(order_ids), _ID_CHUNK):
            chunk = order_ids[start:start + _ID_CHUNK]
            sql = f"{_SELECT_TABLE} WHERE order_id IN ({', '.join('?' * len(chunk))})"
            found.extend(conn.execute(sql, tuple(chunk)).fetchall())
        return found

    def get_json(self, order_id: int) -> str | None:
        row = self.db.connection().execute("SELECT json FROM order_json WHERE order_id = ?",
                                           (order_id,)).fetchone()
        return row[0] if row else None

    def get_order(self, order_id: int) -> Order | None:
        """The full order for the details pane, from the cache alone (works offline)."""
        from ..api.v1.models import Order

        text = self.get_json(order_id)
        return Order.model_validate_json(text) if text is not None else None

    def ids_for_number(self, number: str) -> list[int]:
        """Cached orders with this order number (ignoring case; several stores may share one)."""
        rows = self.db.connection().execute(
            "SELECT order_id FROM orders WHERE order_number = ? COLLATE NOCASE ORDER BY order_id", (number,))
        return [int(r[0]) for r in rows.fetchall()]

    def known_skus(self) -> set[str]:
        """Every SKU on a cached order (the scan decoder tells SKUs from other codes with it)."""
        found: set[str] = set()
        for (skus,) in self.db.connection().execute("SELECT DISTINCT skus FROM orders WHERE skus != ''"):
            found.update(skus.split(" "))
        return found

    def count(self) -> int:
        return int(self.db.connection().execute("SELECT COUNT(*) FROM orders").fetchone()[0])
