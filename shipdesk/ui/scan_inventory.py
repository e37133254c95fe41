"""Inventory scan: with the Inventory tab in front, a scanned SKU adds or removes one unit, or asks for the
quantity to set, with the reason typed on the bar. Sent through the V2 Inventory API on the worker runner.

Only a SKU the loaded stock levels have is ever changed (exactly, or ignoring case); anything else is a sticky
scan error, so a misread or random scan never touches stock. A SKU held in several locations changes the
selected row's location, or asks the packer to select one first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QWidget

from ..api.errors import ApiError
from ..core.inventory import Change, LevelRow, Mode, apply_change
from ..core.scan_decoder import Scan
from .context import UiContext
from .inventory_tab import InventoryTab
from .scan_feedback import ScanFeedback


class InventoryScanBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Scan adds 1"), "increment")
        self.mode.addItem(self.tr("Scan removes 1"), "decrement")
        self.mode.addItem(self.tr("Scan sets the quantity…"), "set")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the change (e.g. received, damaged, count)"))
        self.result = QLabel()
        label = QLabel(self.tr("S&canning:"))
        label.setBuddy(self.mode)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.mode)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.result, 1)

    def chosen_mode(self) -> Mode:
        return self.mode.currentData()  # type: ignore[no-any-return]


class ScanInventory(QObject):
    changed = Signal(object)  # the Change ShipStation accepted

    def __init__(self, ctx: UiContext, tab: InventoryTab, feedback: ScanFeedback,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab = tab
        self.feedback = feedback
        self.bar = InventoryScanBar(tab)
        self.quantity_dialog: QInputDialog | None = None
        layout = tab.layout()
        if layout is not None:
            layout.insertWidget(1, self.bar)  # type: ignore[attr-defined]

    def knows(self, scan: Scan) -> bool:
        return bool(self._rows_of(scan))

    def _rows_of(self, scan: Scan) -> list[LevelRow]:
        for key in dict.fromkeys([scan.value, *scan.alternatives]):
            rows = self._rows_for(key)
            if rows:
                return rows
        return []

    def handle(self, scan: Scan) -> None:
        shown = scan.raw.strip()
        rows = self._rows_of(scan)
        if not rows:
            self.feedback.error(self.tr("Scanned %1: no such SKU in the stock levels, so nothing was changed. "
                                        "Reload if it was added just now.").replace("%1", shown))
            return
        selected = self.tab.selected_row()
        if len(rows) > 1:
            row = next((r for r in rows if selected is not None and r == selected), None)
            if row is None:
                self.feedback.error(self.tr("Scanned %1: this SKU is in %2 locations. Select the row to change, "
                                            "then scan again.").replace("%1", shown).replace("%2", str(len(rows))))
                return
        else:
            row = rows[0]
        mode = self.bar.chosen_mode()
        if mode == "set":
            self._ask_quantity(row)
            return
        self._apply(Change(mode, row.sku, row.location_id, 1, reason=self.bar.reason.text().strip() or None), row)

    def _rows_for(self, key: str) -> list[LevelRow]:
        rows = self.tab.snapshot.rows
        exact = [r for r in rows if r.sku == key]
        return exact or [r for r in rows if r.sku.casefold() == key.casefold()]

    def _ask_quantity(self, row: LevelRow) -> None:
        dialog = QInputDialog(self.tab.window())
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, 1_000_000)
        dialog.setIntValue(row.on_hand)
        dialog.setWindowTitle(self.tr("Set quantity"))
        dialog.setLabelText(self.tr("Units of %1 at %2:").replace("%1", row.sku).replace("%2", row.location_name))
        self.quantity_dialog = dialog

        def answered(code: int) -> None:
            self.quantity_dialog = None
            dialog.deleteLater()
            if code:
                self._apply(Change("set", row.sku, row.location_id, dialog.intValue(),
                                   reason=self.bar.reason.text().strip() or None), row)

        dialog.finished.connect(answered)
        dialog.open()

    def _apply(self, change: Change, row: LevelRow) -> None:
        v2 = self.ctx.session.v2
        if v2 is None:
            self.feedback.error(self.tr("No V2 API key: stock can't be changed from this station."))
            return
        words = {"increment": self.tr("%1 at %2: +1 sent."), "decrement": self.tr("%1 at %2: −1 sent."),
                 "set": self.tr("%1 at %2: set to %3.")}[change.mode]
        text = words.replace("%1", change.sku).replace("%2", row.location_name).replace("%3", str(change.quantity))
        self.bar.result.setText(self.tr("Sending…"))

        def done(_none: None) -> None:
            self.ctx.succeeded()
            self.feedback.success()
            self.bar.result.setText(text)
            self.changed.emit(change)
            self.tab.refresh()

        def failed(exc: Exception) -> None:
            said = str(exc) if isinstance(exc, ApiError) else f"{type(exc).__name__}: {exc}"
            self.bar.result.setText("")
            self.feedback.error(self.tr("Stock of %1 not changed: %2").replace("%1", change.sku).replace("%2", said))

        self.ctx.runner.run(lambda _job: apply_change(v2, change), name="inventory scan", on_result=done,
                            on_error=failed)
