"""Inventory warehouses and their locations: create, rename, delete (with the stock question explained).

ShipStation refuses to delete a warehouse or location that still holds units unless told to remove that
stock too. When the loaded levels show stock, ShipDesk asks first and says what removing means; when
ShipStation refuses anyway (stock arrived since the last refresh), its words lead to the same question.
Questions and name prompts are window-modal but opened with `open()`, so the UI never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import ValidationFailed
from ..core.inventory import InventorySnapshot
from .context import UiContext


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(value: object, ident: str) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setData(Qt.ItemDataRole.UserRole, ident)
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PlacesView(QWidget):
    changed = Signal()  # something was created, renamed or deleted: reload

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = InventorySnapshot()
        self.pending: QInputDialog | QMessageBox | None = None  # the open prompt or question
        self.confirm_button: QPushButton | None = None  # the question's "yes" (tests press it)
        self.warehouses = _table([self.tr("Warehouse"), self.tr("Locations"), self.tr("Units on hand"),
                                  self.tr("Id")])
        self.locations = _table([self.tr("Location"), self.tr("Units on hand"), self.tr("Id")])
        self.warehouses.itemSelectionChanged.connect(self._show_locations)
        layout = QHBoxLayout(self)
        for title, table, actions in (
                (self.tr("Inventory warehouses"), self.warehouses,
                 ((self.tr("New warehouse…"), self.new_warehouse),
                  (self.tr("Rename…"), self.rename_warehouse),
                  (self.tr("Delete…"), self.delete_warehouse))),
                (self.tr("Locations in the selected warehouse"), self.locations,
                 ((self.tr("New location…"), self.new_location), (self.tr("Rename…"), self.rename_location),
                  (self.tr("Delete…"), self.delete_location)))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table, 1)
            row = QHBoxLayout()
            for text, slot in actions:
                button = QPushButton(text)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            layout.addWidget(box, 1)

    # -- showing ----------------------------------------------------------------------------------

    def set_snapshot(self, snapshot: InventorySnapshot) -> None:
        selected = self.selected_warehouse_id()
        self.snapshot = snapshot
        self.warehouses.setRowCount(len(snapshot.warehouses))
        for n, wh in enumerate(snapshot.warehouses):
            ident = wh.inventory_warehouse_id
            for col, value in enumerate((wh.name, len(snapshot.locations_of(ident)),
                                         snapshot.units_in_warehouse(ident), ident)):
                self.warehouses.setItem(n, col, _item(value, ident))
        self.select_warehouse(selected or (snapshot.warehouses[0].inventory_warehouse_id
                                           if snapshot.warehouses else None))
        self._show_locations()

    def select_warehouse(self, ident: str | None) -> None:
        for n in range(self.warehouses.rowCount()):
            if self.warehouses.item(n, 0).data(Qt.ItemDataRole.UserRole) == ident:
                self.warehouses.selectRow(n)
                return

    def select_location(self, ident: str) -> None:
        for n in range(self.locations.rowCount()):
            if self.locations.item(n, 0).data(Qt.ItemDataRole.UserRole) == ident:
                self.locations.selectRow(n)
                return

    def _selected(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def selected_warehouse_id(self) -> str | None:
        return self._selected(self.warehouses)

    def selected_location_id(self) -> str | None:
        return self._selected(self.locations)

    def _show_locations(self) -> None:
        places = self.snapshot.locations_of(self.selected_warehouse_id() or "")
        self.locations.setRowCount(len(places))
        for n, loc in enumerate(places):
            ident = loc.inventory_location_id
            for col, value in enumerate((loc.name, self.snapshot.units_in_location(ident), ident)):
                self.locations.setItem(n, col, _item(value, ident))

    # -- prompts ----------------------------------------------------------------------------------

    def _prompt(self, title: str, label: str, value: str, then: Callable[[str], None]) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.textValueSelected.connect(lambda text: text.strip() and then(text.strip()))
        self.pending = dialog
        dialog.open()
        return dialog

    def _ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        self.confirm_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not destroy stock
        yes_button = self.confirm_button
        box.buttonClicked.connect(lambda button: button is yes_button and then())
        self.pending = box
        box.open()
        return box

    def _run(self, fn: Callable[[], Any], action: str,
             on_refused: Callable[[ValidationFailed], None] | None = None) -> None:
        v2 = self.ctx.session.v2
        if v2 is None:
            return

        def failed(exc: Exception) -> None:
            if on_refused is not None and isinstance(exc, ValidationFailed):
                on_refused(exc)
            else:
                self.ctx.report_error(exc, action)

        self.ctx.runner.run(lambda job: fn(), name=action, on_result=lambda _r: self._done(), on_error=failed)

    def _done(self) -> None:
        self.ctx.succeeded()
        self.changed.emit()

    # -- warehouses -------------------------------------------------------------------------------

    def new_warehouse(self) -> QInputDialog:
        return self._prompt(self.tr("New inventory warehouse"), self.tr("Name of the new warehouse:"), "",
                            lambda name: self._run(
                                lambda: self.ctx.session.v2.create_inventory_warehouse(name),
                                self.tr("Creating an inventory warehouse")))

    def rename_warehouse(self) -> QInputDialog | None:
        ident = self.selected_warehouse_id()
        wh = self.snapshot.warehouse(ident or "")
        if wh is None:
            return None
        return self._prompt(self.tr("Rename warehouse"), self.tr("New name for “%1”:").replace("%1", wh.name),
                            wh.name, lambda name: self._run(
                                lambda: self.ctx.session.v2.rename_inventory_warehouse(ident, name),
                                self.tr("Renaming an inventory warehouse")))

    def delete_warehouse(self) -> QMessageBox | None:
        ident = self.selected_warehouse_id()
        wh = self.snapshot.warehouse(ident or "")
        if wh is None:
            return None
        ident = wh.inventory_warehouse_id
        units = self.snapshot.units_in_warehouse(ident)
        places = len(self.snapshot.locations_of(ident))
        if units:
            why = self.tr("ShipStation will not delete warehouse “%1” while it holds stock: %2 units are on "
                          "hand in its locations.")
            why = why.replace("%1", wh.name).replace("%2", str(units))
            return self._ask_remove_stock(why, "warehouse", ident)
        text = self.tr("Delete inventory warehouse “%1” and its %2 locations? They hold no stock.")
        return self._ask(self.tr("Delete warehouse"), text.replace("%1", wh.name).replace("%2", str(places)),
                         self.tr("Delete"), lambda: self._delete("warehouse", ident, False))

    # -- locations --------------------------------------------------------------------------------

    def new_location(self) -> QInputDialog | None:
        ident = self.selected_warehouse_id()
        wh = self.snapshot.warehouse(ident or "")
        if wh is None:
            return None
        return self._prompt(self.tr("New location"), self.tr("Name of the new location in “%1”:").replace(
            "%1", wh.name), "", lambda name: self._run(
                lambda: self.ctx.session.v2.create_inventory_location(name, ident),
                self.tr("Creating an inventory location")))

    def rename_location(self) -> QInputDialog | None:
        ident = self.selected_location_id()
        loc = self.snapshot.location(ident or "")
        if loc is None:
            return None
        return self._prompt(self.tr("Rename location"), self.tr("New name for “%1”:").replace("%1", loc.name),
                            loc.name, lambda name: self._run(
                                lambda: self.ctx.session.v2.rename_inventory_location(ident, name),
                                self.tr("Renaming an inventory location")))

    def delete_location(self) -> QMessageBox | None:
        ident = self.selected_location_id()
        loc = self.snapshot.location(ident or "")
        if loc is None:
            return None
        units = self.snapshot.units_in_location(loc.inventory_location_id)
        if units:
            return self._ask_remove_stock(self.tr(
                "ShipStation will not delete location “%1” while it holds stock: %2 units are on hand there.")
                .replace("%1", loc.name).replace("%2", str(units)), "location", loc.inventory_location_id)
        text = self.tr("Delete location “%1”? It holds no stock.").replace("%1", loc.name)
        return self._ask(self.tr("Delete location"), text, self.tr("Delete"),
                         lambda: self._delete("location", loc.inventory_location_id, False))

    # -- deleting ---------------------------------------------------------------------------------

    def _ask_remove_stock(self, why: str, kind: str, ident: str) -> QMessageBox:
        text = why + "\n\n" + self.tr(
            "To keep that stock, close this and move it to another location first (Stock levels → Adjust… → "
            "Move). Or delete it together with its stock: those units are removed from ShipStation's "
            "inventory, which cannot be undone.")
        return self._ask(self.tr("Delete with its stock?"), text, self.tr("Remove the stock and delete"),
                         lambda: self._delete(kind, ident, True))

    def _delete(self, kind: str, ident: str, remove_inventory: bool) -> None:
        v2 = self.ctx.session.v2
        if v2 is None:
            return
        call = v2.delete_inventory_warehouse if kind == "warehouse" else v2.delete_inventory_location
        action = self.tr("Deleting an inventory warehouse") if kind == "warehouse" else \
            self.tr("Deleting an inventory location")

        def refused(exc: ValidationFailed) -> None:
            # Stock arrived since the last refresh: ShipStation's words, then the same question.
            self._ask_remove_stock(str(exc), kind, ident)

        self._run(lambda: call(ident, remove_inventory=remove_inventory), action,
                  None if remove_inventory else refused)
