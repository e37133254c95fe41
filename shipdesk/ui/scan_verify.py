"""Scan to verify: scan an order, then each item into the parcel until the counts match the order's lines.

The checklist (expected vs scanned per line) shows in a panel docked to the window. An item not in the order,
or one more than the order has, is a sticky scan error. A complete pack plays the success sound and is
recorded (`core.pack_verify.PackChecks`), which is what lets a station with `require_pack_check` buy the
label; "Manager override…" asks who lets an unmatched pack through and records that name with the time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..api.v1.models import Order
from ..core.pack_verify import MATCHED, OVERRIDE, Fit, PackCheck, PackChecks, PackCount
from ..core.scan_decoder import Scan, ScanKind
from .context import UiContext
from .scan_feedback import ScanFeedback
from .scan_open import ScanToOpen
from .workers import Job


class PackPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Scan an order to check its items."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Expected"), self.tr("Scanned")])
        self.table.verticalHeader().setVisible(False)
        self.override_button = QPushButton(self.tr("&Manager override…"))
        self.override_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Stop checking"))
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_count(self, count: PackCount | None, status: str) -> None:
        self.title.setText(status)
        lines = count.lines if count is not None else []
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            name = f"{line.sku} — {line.name}" if line.sku and line.name != line.sku else (line.sku or line.name)
            mark = "✓ " if line.done else ""
            for col, text in enumerate((mark + name, str(line.expected), str(line.scanned))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.override_button.setEnabled(count is not None and not count.complete)
        self.cancel_button.setEnabled(count is not None)


class ScanToVerify(QObject):
    started = Signal(int)  # order id whose items are now expected
    counted = Signal(object)  # the PackLine that took a scan
    recorded = Signal(object)  # the PackCheck written (matched or override)

    def __init__(self, ctx: UiContext, opener: ScanToOpen, feedback: ScanFeedback,
                 window: QMainWindow | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opener = opener
        self.feedback = feedback
        self.count: PackCount | None = None
        self.override_dialog: QInputDialog | None = None
        self._opening = False
        self.panel = PackPanel()
        self.panel.override_button.clicked.connect(self.ask_override)
        self.panel.cancel_button.clicked.connect(self.stop)
        self.dock: QDockWidget | None = None
        if window is not None:
            self.dock = QDockWidget(self.tr("Pack check"), window)
            self.dock.setObjectName("pack-check")
            self.dock.setWidget(self.panel)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()
        opener.opened.connect(self._opened)
        opener.not_opened.connect(lambda: setattr(self, "_opening", False))

    def checks(self) -> PackChecks:
        return PackChecks(self.ctx.session.db, self.ctx.session.settings.station_name)

    # -- scans -------------------------------------------------------------------------------------

    def handle_order(self, scan: Scan) -> None:
        """An order scan: an item of the pack under way when one matches, else the next order to check."""
        item = self.count is not None and (self.count.find(scan.value) is not None or scan.kind is ScanKind.TEXT)
        if item:  # free text during a pack is an item (a wrong one, if no line has it), not an order
            self.handle_item(scan)
            return
        self._opening = True
        self.opener.handle(scan)

    def handle_item(self, scan: Scan) -> None:
        count, shown = self.count, scan.raw.strip()
        if count is None:
            self.feedback.error(self.tr("Scanned %1: scan the order first, then its items.").replace("%1", shown))
            return
        fit, line = count.scan(scan.value)
        if fit is Fit.NOT_IN_ORDER and scan.alternatives:
            fit, line = next(((f, ln) for alt in scan.alternatives for f, ln in [count.scan(alt)]
                              if f is not Fit.NOT_IN_ORDER), (fit, line))
        if fit is Fit.NOT_IN_ORDER:
            self._show(self.tr("Wrong item: %1 is not in order %2.").replace("%1", shown)
                       .replace("%2", count.order_number))
            self.feedback.error(self.tr("Scanned %1: this item is not in order %2. Take it out of the parcel.")
                                .replace("%1", shown).replace("%2", count.order_number))
            return
        assert line is not None
        if fit is Fit.EXTRA:
            self._show(self.tr("One %1 too many.").replace("%1", line.sku or shown))
            self.feedback.error(self.tr("Scanned %1: order %2 has only %3 of it, all already scanned. Take the extra "
                                        "one out.").replace("%1", shown).replace("%2", count.order_number)
                                .replace("%3", str(line.expected)))
            return
        self.counted.emit(line)
        if count.complete:
            self._record(MATCHED, None)
        else:
            self.feedback.success()
            self._show(self._progress(count))

    def start_for(self, order: Order) -> None:
        """VERIFY command or an opened scan: expect the items of this order."""
        self.count = PackCount(order)
        if self.dock is not None:
            self.dock.show()
        self._show(self._progress(self.count))
        self.started.emit(order.order_id)

    def stop(self) -> bool:
        if self.count is None:
            return False
        self.count = None
        self._show(self.tr("Scan an order to check its items."))
        return True

    def _opened(self, order_id: int) -> None:
        if not self._opening:
            return
        self._opening = False
        v1 = self.ctx.session.v1

        def fetch(_job: Job) -> Order:
            if v1 is None:
                raise RuntimeError("There is no ShipStation V1 key on this station to read the order's items.")
            return v1.get_order(order_id)

        self.ctx.runner.run(fetch, name="verify: order items", on_result=self.start_for,
                            on_error=lambda exc: self.feedback.error(self.tr("Reading the order's items failed: %1")
                                                                     .replace("%1", str(exc))))

    # -- outcome -----------------------------------------------------------------------------------

    def ask_override(self) -> QInputDialog | None:
        if self.count is None or self.count.complete:
            return None
        dialog = QInputDialog(self.panel.window())
        dialog.setWindowTitle(self.tr("Manager override"))
        dialog.setLabelText(self.tr("Order %1's pack does not match (%2). Who lets it ship anyway? Your name is "
                                    "recorded with the time.").replace("%1", self.count.order_number)
                            .replace("%2", self.count.summary()))
        self.override_dialog = dialog

        def answered(code: int) -> None:
            name = dialog.textValue().strip()
            self.override_dialog = None
            dialog.deleteLater()
            if code and name:
                self._record(OVERRIDE, name)

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    def _record(self, result: str, who: str | None) -> None:
        count, checks = self.count, self.checks()
        assert count is not None

        def done(check: PackCheck) -> None:
            self.feedback.success()
            if result == MATCHED:
                text = self.tr("Order %1: the pack matches. The label can be bought.")
            else:
                text = self.tr("Order %1: shipped on the override of %2.").replace("%2", who or "")
            self._show(text.replace("%1", count.order_number))
            self.ctx.banners.show_banner("pack-check", text.replace("%1", count.order_number), "success")
            self.recorded.emit(check)

        self.ctx.runner.run(lambda _job: checks.record(count, result, who), name="record pack check",
                            on_result=done, on_error=lambda exc: self.ctx.report_error(
                                exc, self.tr("Recording the pack check")))

    def _progress(self, count: PackCount) -> str:
        left = sum(max(line.expected - line.scanned, 0) for line in count.lines)
        return self.tr("Order %1: %2 item(s) still to scan.").replace("%1", count.order_number).replace(
            "%2", str(left))

    def _show(self, status: str) -> None:
        self.panel.show_count(self.count, status)
