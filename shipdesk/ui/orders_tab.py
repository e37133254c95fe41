"""The Orders tab: the cached orders at once, a background sync from V1, filters, details and actions.

Start-up shows the cache, then syncs (the first sync walks every page with a progress bar); F5 and a
timer run delta syncs. Every disk and API call runs on the worker runner. When ShipStation can't be
reached the offline banner goes up, the cached table stays usable and the timer keeps retrying.
"""

from __future__ import annotations

import itertools
import queue
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.order_cache import ORDER_ID, OrderCache, TableRow
from ..core.sync import CURSOR_KEY, LOOKUPS_KEY, Lookups, OrderSync, SyncResult, SyncState
from .first_view import FirstView
from .order_details import OrderDetails
from .orders_model import ALL, COL_DATE, ORDER_STATUSES, OrdersModel, Prepared, prepare, status_label
from .scroll_anchor import keeping_top_order
from .workers import Job

if TYPE_CHECKING:  # the staged start paints this tab before the API layer is imported: see attach()
    from ..api.v1.models import Order
    from .context import UiContext
    from .document_printing import DocumentPrinting
    from .order_actions import OrderActions

SEARCH_DELAY_MS = 150  # typing pauses this long before the 100k-row filter runs
OFFLINE_RETRY_MS = 30_000
COLUMN_WIDTHS = (95, 120, 140, 55, 45, 60, 150, 125, 100)


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
        self.last_sync: SyncResult | None = None
        self.refresh_ms = self.retry_ms = OFFLINE_RETRY_MS  # the settings' own come with attach()
        self._cache_state = ""  # "" not read yet, "reading", "read"
        self._cache_error: Exception | None = None
        self._pending: queue.SimpleQueue[list[TableRow]] = queue.SimpleQueue()
        self._sync_job: Job | None = None
        self._has_cursor = False
        self._started = self._announced = False
        self._wanted_id: int | None = None  # the order whose details were asked for last
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self._start_sync(lookups=False))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self._filter(text=self.search.text()))
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
        self.refresh_ms = session.settings.refresh_minutes * 60_000
        self.retry_ms = min(OFFLINE_RETRY_MS, self.refresh_ms)
        status = session.settings.default_status or "awaiting_shipment"
        if status != self.model.filter.status and self.status_combo.findData(status) >= 0:
            self.status_combo.setCurrentIndex(self.status_combo.findData(status))  # the full settings disagree
        self.orders_shown.connect(ctx.orders_shown)
        self.actions = OrderActions(ctx, self.sync)
        self.actions.changed.connect(self._on_action_done)
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
        layout.addLayout(self._filter_bar())
        status_row = QHBoxLayout()
        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(360)
        self.progress.hide()
        self.sync_label = QLabel()
        status_row.addWidget(self.count_label, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.sync_label)
        layout.addLayout(status_row)
        self.table = self._table()
        self.details = OrderDetails()
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

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for status in ORDER_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self.model.filter.status)))
        self.status_combo.currentIndexChanged.connect(
            lambda: self._filter(status=self.status_combo.currentData()))
        self.store_combo = QComboBox()
        self.store_combo.setMinimumContentsLength(16)
        self.store_combo.addItem(self.tr("All stores"), None)
        self.store_combo.currentIndexChanged.connect(
            lambda: self._filter(store_id=self.store_combo.currentData()))
        self.date_check = QCheckBox(self.tr("Order dat&e from"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._apply_dates)
        self.date_check.toggled.connect(self._apply_dates)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search order number, customer or SKU (Ctrl+F)"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)
        status_label_widget = QLabel(self.tr("Stat&us"))
        status_label_widget.setBuddy(self.status_combo)
        store_label = QLabel(self.tr("S&tore"))
        store_label.setBuddy(self.store_combo)
        for widget in (status_label_widget, self.status_combo, store_label, self.store_combo, self.date_check,
                       self.date_from, QLabel(self.tr("to")), self.date_to):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        return bar

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift/Ctrl) for packing slips and pick lists; the details follow the current row.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed height: no per-row measuring
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)  # oldest first: ship in order
        table.setSortingEnabled(True)  # the header calls the model's own sort()
        table.selectionModel().currentRowChanged.connect(self._on_current)
        header.sortIndicatorChanged.connect(lambda *_: self._keep_current_in_view())
        return table

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
        self._start_sync(lookups=True)

    def refresh(self) -> bool:
        """F5: a delta sync now (names of stores, tags and users too). False if one is already running."""
        return self._start_sync(lookups=True)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

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
            self._search_timer.stop()
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._filter(text="")
        if self.model.row_of(order_id) is None:
            self.date_check.setChecked(False)
            self.store_combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(ALL)))
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

    # -- loading and syncing ---------------------------------------------------------------------

    def _on_loaded(self, result: tuple[Prepared, Lookups, bool]) -> None:
        rows, lookups, has_cursor = result
        self._apply_lookups(lookups)
        self.model.load(rows)
        self._has_cursor = has_cursor
        if self.model.total:
            self._announce()
        self._cache_read()

    def _start_sync(self, lookups: bool) -> bool:
        if self.sync is None or self._sync_job is not None or self.ctx is None:
            return False
        self.timer.stop()
        sync, pending = self.sync, self._pending

        def work(job: Job) -> SyncResult:
            def page_done(page: int, pages: int, rows: list[TableRow]) -> None:
                pending.put(rows)
                job.progress(page, pages, "")

            return sync.run(on_page=page_done, check=job.check, lookups=lookups)

        if not self._has_cursor:
            self.progress.setRange(0, 0)  # busy until the first page says how many there are
            self.progress.setFormat(self.tr("Syncing orders…"))
            self.progress.show()
        self.sync_label.setText(self.tr("Syncing…"))
        job = self.ctx.runner.run(work, name="sync orders", on_result=self._on_synced,
                                  on_error=self._on_sync_failed, on_progress=self._on_sync_progress)
        job.finished.connect(lambda: self._on_sync_ended(job))  # cancelled jobs end without a result
        self._sync_job = job
        return True

    def _on_sync_progress(self, page: int, pages: int, _text: str) -> None:
        self._drain()
        if not self._has_cursor or pages > 1:
            self.progress.setRange(0, pages)
            self.progress.setFormat(self.tr("Syncing orders: page %1 of %2").replace("%1", str(page))
                                    .replace("%2", str(pages)))
            self.progress.setValue(page)
            self.progress.show()

    def _on_synced(self, result: SyncResult) -> None:
        self._on_sync_ended(self._sync_job)  # done now: a refresh() from here on may start the next one
        self._drain()
        self.last_sync = result
        self._has_cursor = self._has_cursor or result.cursor is not None
        if result.lookups is not None:
            self._apply_lookups(result.lookups)
        self.sync_label.setText(self.tr("Synced at %1").replace("%1", QTime.currentTime().toString("HH:mm")))
        assert self.ctx is not None  # a sync runs only once attached
        self.ctx.succeeded()
        self._announce()
        self.timer.start(self.refresh_ms)
        self.sync_finished.emit(result)

    def _on_sync_failed(self, exc: Exception) -> None:
        from ..api.errors import PlanError

        assert self.ctx is not None  # a sync runs only once attached
        self._on_sync_ended(self._sync_job)
        self._drain()
        if isinstance(exc, PlanError):
            # The plan banner already says why, and retrying every few minutes won't change the plan (F5 can).
            self.sync_label.setText(self.tr("Orders are not part of this ShipStation plan"))
            self._announce()  # what is on screen now is final
            self.sync_finished.emit(exc)
            return
        self.ctx.report_error(exc, self.tr("Syncing orders"))
        self.sync_label.setText(self.tr("Not synced"))
        self.timer.start(self.refresh_ms if self.ctx.online else self.retry_ms)
        self.sync_finished.emit(exc)

    def _on_sync_ended(self, job: Job | None) -> None:
        if job is not None and job is self._sync_job:
            self._sync_job = None
            self.progress.hide()

    def _drain(self) -> None:
        rows: list[TableRow] = []
        while True:
            try:
                rows.extend(self._pending.get_nowait())
            except queue.Empty:
                break
        if not rows:
            return
        keeping_top_order(self.table, self.model, lambda: self.model.upsert(rows))
        self._update_count()  # the total grows even when a page changes nothing shown (no layout change then)
        shown = self.details.order
        if shown is not None and shown.order_id == self._wanted_id \
                and any(r[ORDER_ID] == shown.order_id for r in rows):
            self._load_details(shown.order_id)  # the order on screen changed in ShipStation

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
        current = self.store_combo.currentData()
        self.store_combo.blockSignals(True)
        while self.store_combo.count() > 1:
            self.store_combo.removeItem(1)
        for store_id, name in sorted(lookups.stores.items(), key=lambda s: s[1].casefold()):
            self.store_combo.addItem(name, store_id)
        self.store_combo.setCurrentIndex(max(0, self.store_combo.findData(current)))
        self.store_combo.blockSignals(False)
        self.model.update_filter(store_id=self.store_combo.currentData())

    # -- filters ---------------------------------------------------------------------------------

    def _apply_dates(self) -> None:
        on = self.date_check.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if not on:
            self._filter(date_from=None, date_to=None)
            return
        start = QDateTime(self.date_from.date(), QTime(0, 0)).toSecsSinceEpoch()
        end = QDateTime(self.date_to.date().addDays(1), QTime(0, 0)).toSecsSinceEpoch()  # the whole last day
        self._filter(date_from=float(start), date_to=float(end))

    def _search_entered(self) -> None:
        self._search_timer.stop()
        self._filter(text=self.search.text())
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
        order_id = self.model.order_id_at(current.row()) if current.isValid() else None
        shown = self.details.order
        if order_id is None or (shown is not None and shown.order_id == order_id == self._wanted_id):
            return  # nothing selected, or the same order moved to another row
        if self.ctx is None:
            return  # attach() shows it (input is held until then: ui/input_hold.py)
        self._load_details(order_id)

    def _load_details(self, order_id: int) -> None:
        self._wanted_id = order_id
        cache, ctx = self.cache, self.ctx
        assert ctx is not None
        ctx.runner.run(lambda _job: cache.get_order(order_id), name="read order", on_result=self._show,
                       on_error=lambda exc: ctx.report_error(exc, self.tr("Reading the order")))

    def _show(self, order: Any) -> None:
        if order is None or order.order_id != self._wanted_id:
            return  # not cached, or another order was selected meanwhile
        assert self.ctx is not None and self.actions is not None
        self.details.show_order(order)
        self.actions.set_order(order)
        self.ctx.order_selected.emit(order)

    def _on_action_done(self, order: Order, row: TableRow | None) -> None:
        if row is not None:
            self.model.upsert([row])
        if order.order_id == self._wanted_id:
            self._show(order)
