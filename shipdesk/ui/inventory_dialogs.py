"""Adjust… : change the stock of one SKU at one location, following the V2 Inventory API's rules.

The dialog sends the change itself (off the UI thread) and stays open when ShipStation refuses, showing
ShipStation's words in red, so the packer can correct the number. Decrement and move are all or nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import ApiError, OutcomeUnknown, Unreachable
from ..core.inventory import Change, InventorySnapshot, LevelRow, Mode, apply_change
from .context import UiContext

MAX_QUANTITY = 1_000_000


class AdjustDialog(QDialog):
    applied = Signal(object)  # the Change ShipStation accepted

    def __init__(self, ctx: UiContext, snapshot: InventorySnapshot, row: LevelRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = snapshot
        self.setWindowTitle(self.tr("Adjust stock"))
        self.setMinimumWidth(480)
        self.sku = QLineEdit(row.sku if row else "")
        self.sku.setPlaceholderText(self.tr("SKU"))
        self.warehouse = QComboBox()
        self.location = QComboBox()
        self.mode = QComboBox()
        for mode, text in (("increment", self.tr("Add units (increment)")),
                           ("decrement", self.tr("Remove units (decrement)")),
                           ("set", self.tr("Set on hand to a count (adjust)")),
                           ("move", self.tr("Move units to another location (modify)"))):
            self.mode.addItem(text, mode)
        self.quantity = QSpinBox()
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setValue(1)
        self.to_warehouse = QComboBox()
        self.to_location = QComboBox()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", self.tr("Received"), self.tr("Stock count"), self.tr("Damaged"),
                              self.tr("Returned"), self.tr("Moved"), self.tr("Correction")])
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&SKU:"), self.sku)
        form.addRow(self.tr("&Warehouse:"), self.warehouse)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Change:"), self.mode)
        form.addRow(self.tr("&Quantity:"), self.quantity)
        self.to_warehouse_label = QLabel(self.tr("Move to &warehouse:"))
        self.to_location_label = QLabel(self.tr("Move to l&ocation:"))
        self.to_warehouse_label.setBuddy(self.to_warehouse)
        self.to_location_label.setBuddy(self.to_location)
        form.addRow(self.to_warehouse_label, self.to_warehouse)
        form.addRow(self.to_location_label, self.to_location)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button: QPushButton = self.buttons.addButton(self.tr("&Apply"),
                                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.current)
        layout.addWidget(self.rule)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill_warehouses(self.warehouse, row.warehouse_id if row else None)
        self._fill_warehouses(self.to_warehouse, None)
        self._fill_locations(self.location, self.warehouse, row.location_id if row else None)
        self._fill_locations(self.to_location, self.to_warehouse, None)
        self.warehouse.currentIndexChanged.connect(
            lambda: self._fill_locations(self.location, self.warehouse))
        self.to_warehouse.currentIndexChanged.connect(
            lambda: self._fill_locations(self.to_location, self.to_warehouse))
        for signal in (self.sku.textChanged, self.location.currentIndexChanged, self.mode.currentIndexChanged,
                       self.quantity.valueChanged):
            signal.connect(self._update)
        self.job = None
        self._update()

    # -- choices ----------------------------------------------------------------------------------

    def _fill_warehouses(self, combo: QComboBox, selected: str | None) -> None:
        combo.clear()
        for wh in self.snapshot.warehouses:
            combo.addItem(wh.name, wh.inventory_warehouse_id)
        if selected is not None and (i := combo.findData(selected)) >= 0:
            combo.setCurrentIndex(i)

    def _fill_locations(self, combo: QComboBox, warehouse: QComboBox, selected: str | None = None) -> None:
        combo.clear()
        for loc in self.snapshot.locations_of(warehouse.currentData() or ""):
            combo.addItem(loc.name, loc.inventory_location_id)
        if selected is not None and (i := combo.findData(selected)) >= 0:
            combo.setCurrentIndex(i)

    def choose(self, mode: Mode, quantity: int, *, location_id: str | None = None,
               to_location_id: str | None = None, reason: str = "") -> None:
        """Set the fields in one go (keyboard users and tests); names resolve through the combos."""
        self.mode.setCurrentIndex(self.mode.findData(mode))
        for warehouse, combo, ident in ((self.warehouse, self.location, location_id),
                                        (self.to_warehouse, self.to_location, to_location_id)):
            loc = self.snapshot.location(ident) if ident else None
            if loc is not None:
                warehouse.setCurrentIndex(warehouse.findData(loc.inventory_warehouse_id))
                combo.setCurrentIndex(combo.findData(ident))
        self.quantity.setValue(quantity)
        self.reason.setCurrentText(reason)

    # -- what the packer sees ---------------------------------------------------------------------

    def _update(self) -> None:
        mode: Mode = self.mode.currentData()
        moving = mode == "move"
        for widget in (self.to_warehouse, self.to_location, self.to_warehouse_label, self.to_location_label):
            widget.setVisible(moving)
        self.quantity.setMinimum(0 if mode == "set" else 1)
        self.rule.setText({
            "increment": self.tr("Adds the units to what is on hand at this location."),
            "decrement": self.tr("All or nothing: if fewer units are on hand here, ShipStation refuses and "
                                 "changes nothing."),
            "set": self.tr("On hand at this location becomes exactly this number (a stock count). Safe to "
                           "repeat."),
            "move": self.tr("Moves the units to the other location, all or nothing: if fewer are on hand "
                            "here, nothing moves."),
        }[mode])
        level = self.snapshot.level(self.sku.text().strip(), self.location.currentData() or "")
        if level is None:
            self.current.setText(self.tr("Nothing of this SKU is on hand at this location."))
        else:
            text = self.tr("Here now: %1 on hand, %2 allocated to orders, %3 available.")
            text = text.replace("%1", str(level.on_hand)).replace("%2", str(level.allocated))
            self.current.setText(text.replace("%3", str(level.available)))
        if mode in ("decrement", "move") and level is not None and level.allocated and \
                level.available < self.quantity.value() <= level.on_hand:
            self.current.setText(self.current.text() + "\n" + self.tr(
                "This takes units that are allocated to orders."))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def change(self) -> Change | None:
        """The change as entered, or None with the reason shown in the dialog."""
        mode: Mode = self.mode.currentData()
        sku = self.sku.text().strip()
        location_id = self.location.currentData()
        to_location_id = self.to_location.currentData() if mode == "move" else None
        if not sku:
            self.show_error(self.tr("Enter the SKU."))
        elif not location_id:
            self.show_error(self.tr("Choose the location."))
        elif mode == "move" and not to_location_id:
            self.show_error(self.tr("Choose the location to move the units to."))
        elif mode == "move" and to_location_id == location_id:
            self.show_error(self.tr("Choose a different location to move the units to."))
        else:
            return Change(mode=mode, sku=sku, location_id=location_id, quantity=self.quantity.value(),
                          to_location_id=to_location_id, reason=self.reason.currentText().strip() or None)
        return None

    # -- sending ----------------------------------------------------------------------------------

    def send(self) -> None:
        change = self.change()
        if change is None or self.job is not None:
            return
        v2 = self.ctx.session.v2
        if v2 is None:
            self.show_error(self.tr("There is no V2 API key, so stock cannot be changed."))
            return
        self.show_error("")
        self.apply_button.setEnabled(False)
        self.apply_button.setText(self.tr("Sending…"))
        self.job = self.ctx.runner.run(lambda job: apply_change(v2, change), name="change stock",
                                       on_result=lambda _r: self._sent(change), on_error=self._refused)

    def _sent(self, change: Change) -> None:
        self.job = None
        self.ctx.succeeded()
        self.applied.emit(change)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.job = None
        self.apply_button.setEnabled(True)
        self.apply_button.setText(self.tr("&Apply"))
        if isinstance(exc, Unreachable) and not isinstance(exc, OutcomeUnknown):
            self.ctx.report_error(exc, self.tr("Changing stock"))
            self.show_error(self.tr("ShipStation could not be reached; nothing was changed. Try again when "
                                    "the connection is back."))
        elif isinstance(exc, ApiError):
            self.show_error(str(exc))  # ShipStation's own words (a refused decrement changes nothing)
        else:
            self.ctx.report_error(exc, self.tr("Changing stock"))
            self.show_error(self.tr("Something went wrong: %1").replace("%1", str(exc)))
