"""The Orders tab: the cached orders at once, a background sync from V1, filters, details and actions.

This room puts the parts together, runs the tab's side of the staged start (show the cache, attach, then
sync) and merges sync pages into the table. The parts: ui/orders_filter_bar.py (the filters),
ui/orders_sync_feed.py (the sync runs, the progress bar, the retry timer), ui/orders_table_view.py (the
table's look), ui/order_details_follow.py (the details follow the selection). Every disk and API call runs on
the worker runner. When ShipStation can't be reached the offline banner goes up; the cached table stays usable.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ..core.order_cache import OrderCache, TableRow
from ..core.sync import CURSOR_KEY, LOOKUPS_KEY, Lookups, OrderSync, SyncResult, SyncState
from .first_view import FirstView
from .order_details import OrderDetails
from .order_details_follow import OrderDetailsFollow
from .orders_filter_bar import OrdersFilterBar
from .orders_model import OrdersModel, Prepared, prepare
from .orders_sync_feed import OrdersSyncFeed
from .orders_table_view import orders_table
from .scroll_anchor import keeping_top_order
from .workers import Job

if TYPE_CHECKING:  # the staged start paints this tab before the API layer is imported: see attach()
    from ..api.v1.models import Order
    from .context import UiContext
    from .document_printing import DocumentPrinting
    from .order_actions import OrderActions


class OrdersTab(QWidget):
    sync_finished = Signal(object)  # SyncResult, or the exception that stopped the sync
    orders_shown = Signal(int)  # orders are on screen, once (the window relays it as ctx.orders_shown)
    cache_read = Signal()  # reading the cache ended, with rows, none or an error (the staged start goes on)

    def __init__(self, ctx: UiContext | None = None, parent: QWidget | None = None, *,
                 first: FirstView | None = None) -> None:
        """`OrdersTab(ctx)`; the staged start makes `OrdersTab(first=...)`, shows the cache with `show_cache()`
        before the session exists, then calls `attach(ctx)`: actions, documents and the sync come with it."""
        super().__init__(parent)
        if first is None:
            if ctx is None:
                raise TypeError("OrdersTab needs a UiContext or a FirstView")
            first = FirstView(ctx.session.db, ctx.runner, ctx.session.settings.default_status, ctx.session.demo)
        self.ctx: UiContext | None = None
        self.runner = first.runner
        self.cache = OrderCache(first.db)
        self.sync: OrderSync | None = None
        self.actions: OrderActions | None = None
        self.documents: DocumentPrinting | None = None
        self.model = OrdersModel(self)
        self.model.update_filter(status=first.default_status or "awaiting_shipment")
        self.lookups = Lookups()
        self._cache_state = ""  # "" not read yet, "reading", "read"
        self._cache_error: Exception | None = None
        self._started = self._announced = False
        self.feed = OrdersSyncFeed(self)
        self.feed.rows_arrived.connect(self._take_rows)
        self.feed.lookups_arrived.connect(self._apply_lookups)
        self.feed.settled.connect(self._announce)
        self.feed.finished.connect(self.sync_finished)
        self.filters = OrdersFilterBar(self.model.filter.status)
        self.filters.changed.connect(lambda changes: self._filter(**changes))
        self.filters.search_entered.connect(self._search_entered)
        # The bar's widgets by the names the window, the scanner and the tests use.
        self.status_combo, self.store_combo = self.filters.status_combo, self.filters.store_combo
        self.date_check, self.date_from, self.date_to = (self.filters.date_check, self.filters.date_from,
                                                         self.filters.date_to)
        self.search = self.filters.search
        self._build()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: UiContext) -> None:
        """The session is open: the sync, the order actions and the document printing join the tab."""
        from .document_printing import DocumentPrinting
        from .order_actions import OrderActions

        self.ctx = ctx
        session = ctx.session
        self.sync = OrderSync(session.v1, self.cache) if session.v1 is not None else None
        self.feed.attach(ctx, self.sync)
        status = session.settings.default_status or "awaiting_shipment"
        if status != self.model.filter.status:
            self.filters.select_status(status)  # the full settings disagree with the first paint's peek
        self.orders_shown.connect(ctx.orders_shown)
        self.actions = OrderActions(ctx, self.sync)
        self.actions.changed.connect(self._on_action_done)
        self.follow.attach(ctx, self.actions)
        self.actions.set_lookups(self.lookups)
        self.documents = DocumentPrinting(ctx, self.cache, self.selected_order_ids, lambda: self.lookups.stores)
        self._side.layout().addWidget(self.actions)
        self._side.layout().addWidget(self.documents)
        QWidget.setTabOrder(self.details.browser, self.actions.hold_button)
        if self.table.currentIndex().isValid():
            self._on_current(self.table.currentIndex(), QModelIndex())

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        status_row = QHBoxLayout()
        self.count_label = QLabel()
        status_row.addWidget(self.count_label, 1)
        status_row.addWidget(self.feed.progress)
        status_row.addWidget(self.feed.label)
        layout.addLayout(status_row)
        self.table = orders_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._keep_current_in_view())
        self.details = OrderDetails()
        self.follow = OrderDetailsFollow(self.cache, self.details, self)
        self._side = side = QWidget()  # the order actions and document printing join it in attach()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([920, 360])  # the table gets the room; the details pane wraps
        layout.addWidget(self.splitter, 1)
        self.model.layoutChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._update_count()
        chain = (self.status_combo, self.store_combo, self.date_check, self.date_from, self.date_to,
                 self.search, self.table, self.details.browser)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what the window calls -------------------------------------------------------------------

    def start(self) -> None:
        """Show the cache at once (unless the staged start did), then sync in the background."""
        if self._started:
            return
        self._started = True
        if self._cache_state == "read":
            self._after_cache()
        elif not self._cache_state:
            self.show_cache()  # the sync starts when it is read

    def show_cache(self) -> None:
        """Read the cached rows and the names of stores and tags off the UI thread, and show them."""
        if self._cache_state:
            return
        self._cache_state = "reading"
        cache = self.cache

        def load(_job: Job) -> tuple[Prepared, Lookups, bool]:
            state = SyncState(cache.db)
            lookups = Lookups.from_json(state.get(LOOKUPS_KEY))
            return prepare(cache.load_rows()), lookups, bool(state.get(CURSOR_KEY))

        self.runner.run(load, name="load order cache", on_result=self._on_loaded, on_error=self._on_load_failed)

    def _on_load_failed(self, exc: Exception) -> None:
        self._cache_error = exc
        self._cache_read()

    def _cache_read(self) -> None:
        self._cache_state = "read"
        self.cache_read.emit()
        if self._started:
            self._after_cache()

    def _after_cache(self) -> None:
        assert self.ctx is not None, "start() comes after attach()"
        if self._cache_error is not None:
            self.ctx.report_error(self._cache_error, self.tr("Reading the order cache"))
        elif not self.model.total and self.sync is None:
            self._announce()  # nothing more will come: the empty table is what there is
        self.feed.start(lookups=True)

    def refresh(self) -> bool:
        """F5: a delta sync now (names of stores, tags and users too). False if one is already running."""
        return self.feed.start(lookups=True)

    def focus_search(self) -> None:
        self.filters.focus_search()

    def select_next(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.table.currentIndex()
        row = min(current.row() + 1, count - 1) if current.isValid() else 0
        self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is not None:
            self.select_row(row)
        return row is not None

    def reveal_order(self, order_id: int) -> bool:
        """Select an order even if the search or filters hide it (scan to open): the search is cleared, then
        the status, store and date filters, until it shows. False if the order is not in the table at all."""
        if not self.model.has_order(order_id):
            return False
        if self.model.row_of(order_id) is None and self.search.text():
            self.filters.clear_search()
        if self.model.row_of(order_id) is None:
            self.filters.clear_filters()
        return self.select_order(order_id)

    def order_fetched(self, order: Order, row: TableRow | None) -> None:
        """An order fetched from ShipStation outside a sync (scan to open): into the table and details."""
        self._on_action_done(order, row)

    def selected_order_ids(self) -> list[int]:
        """The selected orders in table order (the current one when nothing is selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = (self.model.order_id_at(row) for row in rows)
        return [order_id for order_id in ids if order_id is not None]

    @property
    def shown_order(self) -> Order | None:
        return self.details.order

    @property
    def last_sync(self) -> SyncResult | None:
        return self.feed.last_sync

    # -- the cache and sync pages ----------------------------------------------------------------

    def _on_loaded(self, result: tuple[Prepared, Lookups, bool]) -> None:
        rows, lookups, has_cursor = result
        self._apply_lookups(lookups)
        self.model.load(rows)
        self.feed.has_cursor = has_cursor
        if self.model.total:
            self._announce()
        self._cache_read()

    def _take_rows(self, rows: list[TableRow]) -> None:
        """Synced rows into the table: what the packer is reading stays where it is."""
        keeping_top_order(self.table, self.model, lambda: self.model.upsert(rows))
        self._update_count()  # the total grows even when a page changes nothing shown (no layout change then)
        self.follow.rows_synced(rows)

    def _announce(self) -> None:
        if not self._announced:
            self._announced = True
            self.orders_shown.emit(self.model.rowCount())

    def _apply_lookups(self, lookups: Lookups) -> None:
        self.lookups = lookups
        self.model.set_tags({tag_id: name for tag_id, (name, _color) in lookups.tags.items()})
        self.details.set_lookups(lookups)
        if self.actions is not None:
            self.actions.set_lookups(lookups)
        self.model.update_filter(store_id=self.filters.set_stores(lookups.stores))

    # -- filters ---------------------------------------------------------------------------------

    def _search_entered(self) -> None:
        if self.model.rowCount():
            if not self.table.currentIndex().isValid():
                self.select_row(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, **changes: Any) -> None:
        self.model.update_filter(**changes)
        self._keep_current_in_view()

    def _keep_current_in_view(self) -> None:
        # Only after the packer's own sort or filter: a sync page must not yank the view back.
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def _update_count(self) -> None:
        locale = self.locale()
        text = self.tr("%1 of %2 orders").replace("%1", locale.toString(self.model.rowCount()))
        self.count_label.setText(text.replace("%2", locale.toString(self.model.total)))

    # -- details ---------------------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.follow.select(self.model.order_id_at(current.row()) if current.isValid() else None)

    def _on_action_done(self, order: Order, row: TableRow | None) -> None:
        if row is not None:
            self.model.upsert([row])
        self.follow.order_changed(order)
