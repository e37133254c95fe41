"""The Inventory tab (V2 Inventory API): stock levels, warehouses and locations, adjustments, CSV in and out.

Everything that talks to ShipStation or the disk runs on the worker runner; the tab only shows results.
Whether the account can use inventory at all is MainWindow's plan gating, not this tab's business.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import PlanError, Unreachable
from ..core.inventory import InventorySnapshot, LevelRow, load_inventory
from ..core.inventory_csv import ImportPreview, preview_import, read_text, write_levels_csv
from .context import UiContext
from .inventory_dialogs import AdjustDialog
from .inventory_import_dialog import ImportDialog
from .inventory_model import LevelsModel
from .inventory_places_view import PlacesView
from .workers import Job


class InventoryTab(QWidget):
    loaded = Signal(int)  # levels loaded (tests and the status line wait for it)
    exported = Signal(str, int)  # path, rows written

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = InventorySnapshot()
        self.load_job: Job | None = None
        self.adjust_dialog: AdjustDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self._reload_after = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by SKU, warehouse or location"))
        self.search.setClearButtonEnabled(True)
        self.warehouse_filter = QComboBox()
        self.warehouse_filter.addItem(self.tr("All warehouses"), None)
        self.adjust_button = QPushButton(self.tr("A&djust…"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.refresh_button = QPushButton(self.tr("Re&load"))
        bar = QHBoxLayout()
        search_label = QLabel(self.tr("&Filter:"))
        search_label.setBuddy(self.search)
        bar.addWidget(search_label)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.warehouse_filter, 1)
        for button in (self.adjust_button, self.import_button, self.export_button, self.refresh_button):
            bar.addWidget(button)

        self.model = LevelsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, self.table.horizontalHeader().sortIndicatorOrder())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # numbers stay next to each other
        for column, width in enumerate((180, 200, 0, 100, 100, 100)):
            if width:
                self.table.setColumnWidth(column, width)
        self.places = PlacesView(ctx)
        self.views = QTabWidget()
        self.views.addTab(self.table, self.tr("Stock levels"))
        self.views.addTab(self.places, self.tr("Warehouses and locations"))

        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setVisible(False)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.views, 1)
        layout.addLayout(foot)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.warehouse_filter.currentIndexChanged.connect(
            lambda _i: self._filter(warehouse_id=self.warehouse_filter.currentData()))
        self.adjust_button.clicked.connect(self.open_adjust_dialog)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.open_adjust_dialog())
        self.places.changed.connect(self.refresh)
        self.ctx.connection_changed.connect(self._connection_changed)
        self._failed_offline = False
        self._set_busy(False)

    # -- loading ----------------------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        v2 = self.ctx.session.v2
        if v2 is None:
            self.status.setText(self.tr("No V2 API key: stock levels need the V2 Inventory API."))
            return
        if self.load_job is not None:
            self._reload_after = True  # a change landed while loading: read again once this load ends
            return
        self._set_busy(True)
        self.status.setText(self.tr("Loading stock levels…"))
        self.load_job = self.ctx.runner.run(lambda job: load_inventory(v2, job.progress, job.check),
                                            name="load inventory", on_result=self._loaded,
                                            on_error=self._load_failed, on_progress=self._load_progress)

    def _load_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        if total:
            text = self.tr("Page %1 of %2").replace("%1", str(done))
            self.progress.setFormat(text.replace("%2", str(total)))

    def _loaded(self, snapshot: InventorySnapshot) -> None:
        self.load_job = None
        self.ctx.succeeded()
        self.show_snapshot(snapshot)
        self._set_busy(False)
        self.loaded.emit(len(snapshot.rows))
        if self._reload_after:
            self._reload_after = False
            self.refresh()

    def _load_failed(self, exc: Exception) -> None:
        self.load_job = None
        self._reload_after = False
        self._set_busy(False)
        self._failed_offline = isinstance(exc, Unreachable)
        if isinstance(exc, PlanError):
            self.status.setText(str(exc))  # the plan banner already says it; no sticky error for a plan
            return
        self.status.setText(self.tr("Stock levels could not be loaded."))
        self.ctx.report_error(exc, self.tr("Loading stock levels"))

    def _connection_changed(self, online: bool) -> None:
        if online and self._failed_offline:  # back online: load what the outage kept from us
            self._failed_offline = False
            self.refresh()

    def show_snapshot(self, snapshot: InventorySnapshot) -> None:
        self.snapshot = snapshot
        selected = self.warehouse_filter.currentData()
        self.warehouse_filter.blockSignals(True)
        self.warehouse_filter.clear()
        self.warehouse_filter.addItem(self.tr("All warehouses"), None)
        for wh in snapshot.warehouses:
            self.warehouse_filter.addItem(wh.name, wh.inventory_warehouse_id)
        index = self.warehouse_filter.findData(selected) if selected else 0
        self.warehouse_filter.setCurrentIndex(max(index, 0))
        self.warehouse_filter.blockSignals(False)
        self.model.set_filter(warehouse_id=self.warehouse_filter.currentData())
        self.model.set_rows(snapshot.rows)
        self.places.set_snapshot(snapshot)
        self._show_count(self.tr("Updated %1.").replace("%1", datetime.now().strftime("%H:%M")))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.refresh_button.setEnabled(not busy)

    def _show_count(self, extra: str = "") -> None:
        text = self.tr("%1 of %2 stock levels shown.").replace("%1", str(self.model.rowCount())).replace(
            "%2", str(self.model.total))
        self.status.setText(f"{text} {extra}".strip())

    def _filter(self, text: str | None = None, warehouse_id: Any = "") -> None:
        self.model.set_filter(text=text, warehouse_id=warehouse_id)
        self._show_count()

    # -- selection --------------------------------------------------------------------------------

    def selected_row(self) -> LevelRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_level(self, sku: str, location_id: str) -> bool:
        for n, row in enumerate(self.model.visible_rows()):
            if row.sku == sku and row.location_id == location_id:
                self.table.selectRow(n)
                return True
        return False

    # -- adjust -----------------------------------------------------------------------------------

    def open_adjust_dialog(self) -> AdjustDialog:
        dialog = AdjustDialog(self.ctx, self.snapshot, self.selected_row(), self)
        dialog.applied.connect(self._adjusted)
        self.adjust_dialog = dialog
        dialog.open()
        return dialog

    def _adjusted(self, change: Any) -> None:
        text = self.tr("Stock of %1 changed; reloading.").replace("%1", change.sku)
        self.status.setText(text)
        self.refresh()

    # -- import -----------------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import stock changes"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> Job | None:
        """Read the levels afresh and check every row against them (off the UI thread), then preview."""
        v2 = self.ctx.session.v2
        if v2 is None:
            return None
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Checking %1…").replace("%1", Path(path).name))

        def work(job: Job) -> tuple[InventorySnapshot, ImportPreview]:
            text = read_text(path)
            snapshot = load_inventory(v2, job.progress, job.check)
            return snapshot, preview_import(text, snapshot)

        def failed(exc: Exception) -> None:
            self.import_button.setEnabled(True)
            self.ctx.report_error(exc, self.tr("Reading %1").replace("%1", Path(path).name))

        return self.ctx.runner.run(work, name="preview stock CSV", on_error=failed,
                                   on_result=lambda r: self._previewed(path, *r))

    def _previewed(self, path: str, snapshot: InventorySnapshot, preview: ImportPreview) -> None:
        self.import_button.setEnabled(True)
        self.ctx.succeeded()
        self.show_snapshot(snapshot)
        dialog = ImportDialog(self.ctx, preview, Path(path).name, self)
        dialog.applied.connect(lambda _p: self.refresh())
        self.import_dialog = dialog
        dialog.open()

    # -- export -----------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export stock levels"), "stock-levels.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> Job:
        """Write the levels as shown (filtered and sorted) to `path`, off the UI thread."""
        rows = self.model.visible_rows()

        def written(count: int) -> None:
            self.status.setText(self.tr("Exported %1 stock levels to %2.").replace("%1", str(count)).replace(
                "%2", path))
            self.exported.emit(path, count)

        return self.ctx.runner.run(lambda job: write_levels_csv(path, rows), name="export stock CSV",
                                   on_result=written,
                                   on_error=lambda exc: self.ctx.report_error(
                                       exc, self.tr("Exporting stock levels")))
