"""Order sync from V1 into the local cache: one full walk, then deltas by modifyDate. No Qt.

    sync = OrderSync(session.v1, OrderCache(session.db))
    result = sync.run(on_page=lambda page, pages, rows: ..., check=job.check)

The first run walks every order, 500 a page; later runs ask only for orders modified since the cursor
(the largest modifyDate seen, kept in `sync_state`; the client turns it into V1's Pacific wall time).
Pages are walked newest-modified first: an order changed during the walk jumps to page 1, which is
already read, so the orders behind it shift to later pages and none is skipped; the change itself is
newer than the cursor and comes with the next delta. Soft-deleted orders vanish from V1's lists, so
the cache keeps them (known limitation).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..gc_pause import collections_paused
from .db import Database, register_schema
from .order_cache import OrderCache, TableRow

if TYPE_CHECKING:  # the first paint reads the cached lookups before the API layer is imported
    from ..api.v1.client import V1Client
    from ..api.v1.models import Order

register_schema("CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);")

PAGE_SIZE = 500  # V1's largest page: the 40-calls-a-minute budget makes big pages the right choice
CURSOR_KEY = "v1.orders.modify_cursor"
LOOKUPS_KEY = "v1.lookups"

PageCallback = Callable[[int, int, list[TableRow]], None]  # page, pages, the page's rows as cached


@dataclass(frozen=True)
class Lookups:
    """Names the Orders tab shows for ids: stores, tags (name, colour) and users; cached for offline use."""

    stores: dict[int, str] = field(default_factory=dict)
    tags: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    users: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"stores": list(self.stores.items()),
                           "tags": [[k, n, c] for k, (n, c) in self.tags.items()],
                           "users": list(self.users.items())})

    @classmethod
    def from_json(cls, text: str | None) -> Lookups:
        if not text:
            return cls()
        data: dict[str, Any] = json.loads(text)
        return cls(stores={int(k): str(v) for k, v in data.get("stores", [])},
                   tags={int(k): (str(n), c) for k, n, c in data.get("tags", [])},
                   users={str(k): str(v) for k, v in data.get("users", [])})


@dataclass
class SyncResult:
    full: bool  # True for the first walk over every order
    pages: int
    fetched: int
    cursor: datetime | None
    rows: list[TableRow]
    lookups: Lookups | None = None  # when this run refreshed them


class SyncState:
    """Small key/value store for sync bookkeeping."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        row = self.db.connection().execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        self.db.connection().execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))


def _no_check() -> None:
    return None


class OrderSync:
    def __init__(self, v1: V1Client, cache: OrderCache, *, page_size: int = PAGE_SIZE,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.v1 = v1
        self.cache = cache
        self.state = SyncState(cache.db)
        self.page_size = page_size
        self._now = now

    def cursor(self) -> datetime | None:
        text = self.state.get(CURSOR_KEY)
        return datetime.fromisoformat(text) if text else None

    def lookups(self) -> Lookups:
        """The names cached by the last lookup refresh (no API call)."""
        return Lookups.from_json(self.state.get(LOOKUPS_KEY))

    def fetch_lookups(self) -> Lookups:
        stores = {s.store_id: s.store_name or str(s.store_id)
                  for s in self.v1.list_stores(show_inactive=True)}
        tags = {t.tag_id: (t.name or str(t.tag_id), t.color) for t in self.v1.list_tags()}
        users = {u.user_id: u.name or u.user_name or u.user_id for u in self.v1.list_users()}
        found = Lookups(stores, tags, users)
        self.state.set(LOOKUPS_KEY, found.to_json())
        return found

    def run(self, *, on_page: PageCallback | None = None, check: Callable[[], None] = _no_check,
            lookups: bool = False) -> SyncResult:
        """One sync. `check()` runs before every page; whatever it raises stops the sync (pages already
        read stay cached; the cursor only moves when the walk completes)."""
        from ..api.v1.orders import delta_lower_bound

        cursor = self.cursor()
        found = self.fetch_lookups() if lookups else None
        filters: dict[str, Any] = {} if cursor is None else {"modify_date_start": delta_lower_bound(cursor)}
        pages, rows, newest = self._walk(filters, on_page, check)
        if newest is not None:
            # A seeded or skewed server can stamp modifyDates ahead of now; a cursor ahead of now would miss
            # every change made until the clocks meet. Capping it only costs re-reading a few orders.
            candidate = min(newest, self._now())
            cursor = candidate if cursor is None else max(cursor, candidate)
            self.state.set(CURSOR_KEY, cursor.isoformat())
        return SyncResult(full=not filters, pages=pages, fetched=len(rows), cursor=cursor, rows=rows,
                          lookups=found)

    def _walk(self, filters: dict[str, Any], on_page: PageCallback | None,
              check: Callable[[], None]) -> tuple[int, list[TableRow], datetime | None]:
        seen: set[int] = set()
        rows: list[TableRow] = []
        newest: datetime | None = None
        page_no = 1
        while True:
            check()
            # From the parse to the cache rows, no collection walks the page's ~100,000 young objects (bench P6):
            # they die by reference counting before the pause ends. It spans the page's request, a rate-limit
            # wait included (the pause must not break between the parse and here, or the next allocation would
            # collect the whole page): cycles made meanwhile, by any thread, wait for the next collection.
            with collections_paused():
                page = self.v1.list_orders(page=page_no, page_size=self.page_size, sort_by="ModifyDate",
                                           sort_dir="DESC", **filters)
                fresh = [o for o in page.orders if o.order_id not in seen]
                seen.update(o.order_id for o in fresh)
                for order in fresh:
                    if order.modify_date is not None and (newest is None or order.modify_date > newest):
                        newest = order.modify_date
                page_rows = self.cache.upsert(fresh)
                pages, last = max(page.pages, page_no), not page.orders or page_no >= page.pages
                del page, fresh
            rows.extend(page_rows)
            if on_page is not None:
                on_page(page_no, pages, page_rows)
            if last:
                return page_no, rows, newest
            page_no += 1

    def refresh_order(self, order_id: int) -> tuple[Order, TableRow | None]:
        """Fetch one order (after an action) into the cache; returns it and its table row."""
        order = self.v1.get_order(order_id)
        rows = self.cache.upsert([order])
        return order, rows[0] if rows else None
