"""Scan to open: a scanned order number or scan-to-view code shows and selects the order in the Orders tab.

From what is already loaded, at once; then the order is fetched from ShipStation behind (the details follow
when it arrives). Not loaded yet: the local cache, then ShipStation, on the worker runner. Nowhere: a scan
error that stays until acknowledged. A newer scan wins over an older one still looking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..api.errors import ApiError, NotFound, Unreachable
from ..api.v1.models import Order
from ..core.order_cache import TableRow
from ..core.scan_decoder import Scan, ScanKind
from .context import UiContext
from .orders_tab import OrdersTab
from .scan_feedback import ScanFeedback
from .workers import Job

KINDS = frozenset({ScanKind.ORDER_ID, ScanKind.ORDER_NUMBER, ScanKind.TEXT})
Found = tuple[list[int], list[TableRow]]  # order ids (oldest first), their table rows


def lookup_keys(scan: Scan) -> list[int | str]:
    """What a scan may be: its order id, or its order number and the readings it could also be."""
    if scan.kind is ScanKind.ORDER_ID and scan.order_id is not None:
        return [scan.order_id]
    return list(dict.fromkeys([scan.value, *scan.alternatives]))


class ScanToOpen(QObject):
    opened = Signal(int)  # the order id selected for a scan
    not_opened = Signal()  # the scan's order could not be opened (the packer got a scan error)

    def __init__(self, ctx: UiContext, orders: OrdersTab, show_orders: Callable[[], bool], feedback: ScanFeedback,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.orders = orders
        self.show_orders = show_orders
        self.feedback = feedback
        self._latest = 0

    def handle(self, scan: Scan, refresh: bool = True) -> None:
        """Select the scanned order. `refresh` off: the caller reads it fresh itself (scan to ship) and hands it
        back through `order_read`, so ShipStation is asked once."""
        self._latest += 1
        serial = self._latest
        shown = scan.raw.strip()
        if not self.show_orders():
            self.feedback.error(self.tr("Scanned %1: the Orders tab is off for these API keys, so it can't open.")
                                .replace("%1", shown))
            self.not_opened.emit()
            return
        keys = lookup_keys(scan)
        ids = self.loaded_ids(scan)
        if ids:
            self._select(ids, shown)
            if refresh:
                self._refresh_behind(ids[0])
            return
        cache, v1 = self.orders.cache, self.ctx.session.v1

        def look(_job: Job) -> Found | None:
            for key in keys:
                found = cache.ids_for_number(key) if isinstance(key, str) else \
                    [key] if cache.get_json(key) is not None else []
                if found:
                    return found, cache.rows_for(found)
            if v1 is None:
                return None
            for key in keys:
                if isinstance(key, int):
                    try:
                        orders = [v1.get_order(key)]
                    except NotFound:
                        continue
                else:
                    page = v1.list_orders(order_number=key, page_size=100)  # V1 matches the start
                    orders = [o for o in page.orders if (o.order_number or "").casefold() == key.casefold()]
                if orders:
                    rows = cache.upsert(orders)
                    return sorted(o.order_id for o in orders), rows
            return None

        self.ctx.runner.run(look, name="scan to open", on_result=lambda found: self._on_found(serial, shown, found),
                            on_error=lambda exc: self._on_failed(serial, shown, exc))

    def loaded_ids(self, scan: Scan) -> list[int]:
        """The scanned order among those loaded in the Orders tab (several with one number: oldest first), as
        `handle` would select it at once; empty when it has to be looked up."""
        if scan.kind is ScanKind.ORDER_ID and scan.order_id is not None:
            return [scan.order_id] if self.orders.model.has_order(scan.order_id) else []
        return next((found for n in lookup_keys(scan) if (found := self.orders.model.find_number(str(n)))), [])

    # -- outcomes --------------------------------------------------------------------------------

    def _on_found(self, serial: int, shown: str, found: Found | None) -> None:
        if serial != self._latest:
            return  # a newer scan is being opened
        if found is None:
            self.feedback.error(self.tr("Scanned %1: no such order, neither in the local cache nor in "
                                        "ShipStation.").replace("%1", shown))
            self.not_opened.emit()
            return
        ids, rows = found
        self.orders.model.upsert(rows)
        self.ctx.succeeded()
        self._select(ids, shown)

    def _on_failed(self, serial: int, shown: str, exc: Exception) -> None:
        if serial != self._latest:
            return
        if isinstance(exc, Unreachable):
            self.ctx.set_online(False)
            self.feedback.error(self.tr("Scanned %1: it is not in the local cache, and ShipStation can't be "
                                        "reached to look it up. Try again when the connection is back.")
                                .replace("%1", shown))
            self.not_opened.emit()
            return
        words = str(exc) if isinstance(exc, ApiError) else f"{type(exc).__name__}: {exc}"
        self.feedback.error(self.tr("Scanned %1: looking it up failed: %2").replace("%1", shown).replace("%2", words))
        self.not_opened.emit()

    def _select(self, ids: list[int], shown: str) -> None:
        if not self.orders.reveal_order(ids[0]):
            self.feedback.error(self.tr("Scanned %1: the order could not be shown.").replace("%1", shown))
            self.not_opened.emit()
            return
        if len(ids) > 1:
            self.ctx.banners.show_banner("scan-open", self.tr("%1 orders have the number %2: the oldest is selected.")
                                         .replace("%1", str(len(ids))).replace("%2", shown), "info")
        else:
            self.ctx.banners.clear("scan-open")
        self.feedback.success()
        self.opened.emit(ids[0])

    def _refresh_behind(self, order_id: int) -> None:
        sync = self.orders.sync
        if sync is not None:
            self._refreshed(lambda _job: sync.refresh_order(order_id))

    def order_read(self, order: Order) -> None:
        """An order another workflow read fresh from ShipStation: into the cache, the table and the details, as
        the refresh behind a scan would."""
        sync = self.orders.sync
        if sync is not None:
            self._refreshed(lambda _job: (order, next(iter(sync.cache.upsert([order])), None)))

    def _refreshed(self, work: Callable[[Job], tuple[Order, TableRow | None]]) -> None:

        def fetched(result: tuple[Order, TableRow | None]) -> None:
            self.ctx.succeeded()
            self.orders.order_fetched(*result)

        def failed(exc: Exception) -> None:
            if isinstance(exc, Unreachable):
                self.ctx.set_online(False)  # the cached copy is on screen; the offline banner says why it's old
            else:
                self.ctx.report_error(exc, self.tr("Refreshing the scanned order"))

        self.ctx.runner.run(work, name="refresh scanned order", on_result=fetched, on_error=failed)
