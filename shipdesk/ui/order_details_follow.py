"""The details pane follows the order selected in the Orders table: read from the cache off the UI thread.

The order asked for last wins: a read that comes back after the packer moved on is dropped. A sync page or an
action that changes the order on screen brings its details (and the actions' buttons) up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..core.order_cache import ORDER_ID, OrderCache, TableRow
from .order_details import OrderDetails

if TYPE_CHECKING:  # the staged start paints the table before the API layer is imported
    from ..api.v1.models import Order
    from .context import UiContext
    from .order_actions import OrderActions


class OrderDetailsFollow(QObject):
    def __init__(self, cache: OrderCache, details: OrderDetails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.details = details
        self.ctx: UiContext | None = None
        self.actions: OrderActions | None = None
        self.wanted_id: int | None = None  # the order whose details were asked for last

    def attach(self, ctx: UiContext, actions: OrderActions) -> None:
        self.ctx, self.actions = ctx, actions

    def select(self, order_id: int | None) -> None:
        """The table's current row now shows `order_id` (None: no row)."""
        shown = self.details.order
        if order_id is None or (shown is not None and shown.order_id == order_id == self.wanted_id):
            return  # nothing selected, or the same order moved to another row
        if self.ctx is None:
            return  # attach() shows it (input is held until then: ui/input_hold.py)
        self._load(order_id)

    def rows_synced(self, rows: list[TableRow]) -> None:
        shown = self.details.order
        if shown is not None and shown.order_id == self.wanted_id \
                and any(r[ORDER_ID] == shown.order_id for r in rows):
            self._load(shown.order_id)  # the order on screen changed in ShipStation

    def order_changed(self, order: Order) -> None:
        """An action or a scan fetched this order from ShipStation: shown if it is the one selected."""
        if order.order_id == self.wanted_id:
            self._show(order)

    def _load(self, order_id: int) -> None:
        self.wanted_id = order_id
        cache, ctx = self.cache, self.ctx
        assert ctx is not None
        ctx.runner.run(lambda _job: cache.get_order(order_id), name="read order", on_result=self._show,
                       on_error=lambda exc: ctx.report_error(exc, self.tr("Reading the order")))

    def _show(self, order: Any) -> None:
        if order is None or order.order_id != self.wanted_id:
            return  # not cached, or another order was selected meanwhile
        assert self.ctx is not None and self.actions is not None
        self.details.show_order(order)
        self.actions.set_order(order)
        self.ctx.order_selected.emit(order)
