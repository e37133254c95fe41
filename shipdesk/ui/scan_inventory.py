"""Inventory scan: with the Inventory tab in front, a scanned SKU adds or removes one unit, or asks for the
quantity to set, with the reason typed on the bar. Sent through the V2 Inventory API on the worker runner.

Only a SKU the loaded stock levels have is ever changed (exactly, or ignoring case); anything else is a sticky
scan error, so a misread or random scan never touches stock. A product barcode (UPC/EAN) that is not itself a
stock SKU is looked up in ShipStation V1's products (`core.upc_lookup`): read on the worker at the first such
scan, kept, and read again on a miss at most once a minute; a barcode two products share changes nothing.
A SKU held in several locations changes the selected row's location, or asks the packer to select one first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QWidget

from ..api.errors import ApiError
from ..core.check_digits import gtin_kind
from ..core.inventory import Change, LevelRow, Mode, apply_change
from ..core.scan_decoder import Scan
from ..core.upc_lookup import UpcIndex, load_upc_index
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
        self.upcs: UpcIndex | None = None  # product barcode -> SKU, from V1 products (written on the UI thread)
        self._upc_waiting: list[Scan] = []  # barcode scans waiting for the products to be read
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
        rows = self._rows_of(scan)
        if not rows and self._barcodes(scan):
            self._by_barcode(scan)
            return
        self._change(scan, rows)

    def _change(self, scan: Scan, rows: list[LevelRow]) -> None:
        shown = scan.raw.strip()
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

    # -- product barcodes -------------------------------------------------------------------------

    @staticmethod
    def _barcodes(scan: Scan) -> list[str]:
        return [code for code in dict.fromkeys([scan.value, *scan.alternatives]) if gtin_kind(code)]

    def _by_barcode(self, scan: Scan) -> None:
        """Change the SKU whose product has this barcode; the products are read first when needed."""
        index = self.upcs
        if index is not None and (self._skus_of(index, scan) or not index.stale()):
            self._barcode_found(scan, self._skus_of(index, scan))
            return
        v1 = self.ctx.session.v1
        if v1 is None:
            self.feedback.error(self.tr("Scanned %1: no stock SKU is this number, and without a ShipStation V1 key "
                                        "product barcodes can't be looked up. Scan the SKU instead.")
                                .replace("%1", scan.raw.strip()))
            return
        self._upc_waiting.append(scan)
        if len(self._upc_waiting) > 1:
            return  # the products are being read already
        self.bar.result.setText(self.tr("Looking up the product barcode…"))

        def loaded(read: UpcIndex) -> None:
            self.upcs = read
            self.bar.result.setText("")
            for waiting in self._take_waiting():
                self._barcode_found(waiting, self._skus_of(read, waiting))

        def failed(exc: Exception) -> None:
            said = str(exc) if isinstance(exc, ApiError) else f"{type(exc).__name__}: {exc}"
            self.bar.result.setText("")
            for waiting in self._take_waiting():
                self.feedback.error(self.tr("Scanned %1: the products could not be read from ShipStation to look up "
                                            "this barcode (%2), so nothing was changed. Scan it again.")
                                    .replace("%1", waiting.raw.strip()).replace("%2", said))

        self.ctx.runner.run(lambda job: load_upc_index(v1, job.check), name="product barcodes",
                            on_result=loaded, on_error=failed)

    def _take_waiting(self) -> list[Scan]:
        waiting, self._upc_waiting = self._upc_waiting, []
        return waiting

    def _skus_of(self, index: UpcIndex, scan: Scan) -> tuple[str, ...]:
        return next((skus for code in self._barcodes(scan) if (skus := index.skus(code))), ())

    def _barcode_found(self, scan: Scan, skus: tuple[str, ...]) -> None:
        shown = scan.raw.strip()
        stocked = [sku for sku in skus if self._rows_for(sku)]
        if not skus:
            self.feedback.error(self.tr("Scanned %1: no product in ShipStation has this barcode and no stock SKU is "
                                        "this number, so nothing was changed.").replace("%1", shown))
        elif len(stocked) > 1:
            self.feedback.error(self.tr("Scanned %1: this barcode belongs to several products (%2), so nothing was "
                                        "changed. Scan the SKU instead.").replace("%1", shown)
                                .replace("%2", ", ".join(stocked)))
        elif not stocked:
            self.feedback.error(self.tr("Scanned %1 (SKU %2): this SKU has no stock level yet, so nothing was "
                                        "changed. Reload if it was added just now.").replace("%1", shown)
                                .replace("%2", ", ".join(skus)))
        else:
            self._change(scan, self._rows_for(stocked[0]))

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
