"""Packing slips and pick lists from the Orders tab, to the station's document printer.

The selected orders are read from the cache and drawn (printing/documents.py) on the worker, then queued
with `LabelPrinting.print_document`; the print runner sends them. A packing slip takes the size of the
document printer's paper (letter, or a 4x6 label when the document printer is a label printer); a pick list
is letter size. Without a document printer the words say so, with a button to the printer settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ..api.v1.models import Order
from ..core.order_cache import OrderCache
from ..core.words import fill
from ..printing.label_printing import NO_DOCUMENT_PRINTER
from ..printing.printers import PrinterProfile, Stock
from .context import UiContext
from .workers import Job

if TYPE_CHECKING:  # the drawing (reportlab, ~0.1 s to import) is imported on the worker that draws (bench P1b)
    from ..printing.documents import PageName, SortBy


def slip_page(profile: PrinterProfile) -> PageName:
    """Letter paper gets a letter slip; a label printer used for documents gets a 4x6 one."""
    return "letter" if profile.stock is Stock.LETTER else "4x6"


class DocumentPrinting(QWidget):
    settings_wanted = Signal()  # "Printer settings…" next to a missing-printer message
    sent = Signal(int)  # documents queued (tests wait for it)

    def __init__(self, ctx: UiContext, cache: OrderCache, selected: Callable[[], list[int]],
                 stores: Callable[[], dict[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cache = cache
        self.selected = selected
        self.stores = stores
        self.slip_button = QPushButton(self.tr("Print packing sli&p"))
        self.slip_button.setToolTip(self.tr("A packing slip for each selected order, on the document printer."))
        self.slip_button.clicked.connect(self.print_packing_slips)
        self.pick_button = QPushButton(self.tr("Print pic&k list"))
        self.pick_button.setToolTip(self.tr("One pick list for all the selected orders, on the document printer."))
        self.pick_button.clicked.connect(self.print_pick_list)
        self.sort_combo = QComboBox()
        self.sort_combo.addItem(self.tr("by location"), "location")
        self.sort_combo.addItem(self.tr("by SKU"), "sku")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Printer settings…"))
        self.settings_button.clicked.connect(self.settings_wanted.emit)
        self.settings_button.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.slip_button, 0, 0)
        grid.addWidget(self.pick_button, 0, 1)
        grid.addWidget(self.sort_combo, 0, 2)
        note = QHBoxLayout()
        note.addWidget(self.message, 1)
        note.addWidget(self.settings_button)
        grid.addLayout(note, 1, 0, 1, 3)
        ctx.station_changed.connect(self._station_changed)

    def sort_by(self) -> SortBy:
        return self.sort_combo.currentData()

    def _say(self, text: str, settings: bool = False) -> None:
        self.message.setText(text)
        self.settings_button.setVisible(settings)

    def _station_changed(self) -> None:
        if self.settings_button.isVisible() and self.ctx.station.documents is not None:
            self._say("")

    def _printer(self) -> PrinterProfile | None:
        printer = self.ctx.station.documents
        if printer is None:
            self._say(NO_DOCUMENT_PRINTER, settings=True)
        return printer

    def _orders(self) -> list[int]:
        ids = self.selected()
        if not ids:
            self._say(self.tr("Select one or more orders first."))
        return ids

    # -- printing --------------------------------------------------------------------------------

    def print_packing_slips(self) -> None:
        printer, ids = self._printer(), self._orders()
        if printer is None or not ids:
            return
        cache, printing, stores, page = self.cache, self.ctx.printing, dict(self.stores()), slip_page(printer)
        title = self.tr("Packing slip %1")

        def work(_job: Job) -> int:
            from ..printing.documents import packing_slip_pdf

            count = 0
            for order in _read(cache, ids):
                store = order.advanced_options.store_id if order.advanced_options else None
                pdf = packing_slip_pdf(order, page=page, store_name=stores.get(store) if store else None)
                printing.print_document(pdf, fill(title, (order.order_number,)))
                count += 1
            return count

        def done(count: int) -> str:
            text = self.tr("Packing slip sent to %2.") if count == 1 else self.tr("%1 packing slips sent to %2.")
            return fill(text, (str(count), printer.printer))

        self._run(work, done, self.tr("Printing packing slips"))

    def print_pick_list(self) -> None:
        printer, ids = self._printer(), self._orders()
        if printer is None or not ids:
            return
        if printer.stock is not Stock.LETTER:
            self._say(fill(self.tr("A pick list is letter size, and the document printer %1 holds %2 in labels: "
                                   "choose a letter printer for documents in Settings → Printers."),
                           (printer.printer, printer.stock.value)), settings=True)
            return
        cache, printing, sort_by = self.cache, self.ctx.printing, self.sort_by()
        title = fill(self.tr("Pick list, %1 orders"), (str(len(ids)),))

        def work(_job: Job) -> int:
            from ..printing.documents import pick_list_pdf

            orders = _read(cache, ids)
            printing.print_document(pick_list_pdf(orders, sort_by, title=title), title)
            return 1

        sent = fill(self.tr("Pick list for %1 orders sent to %2."), (str(len(ids)), printer.printer))
        self._run(work, lambda _count: sent, self.tr("Printing the pick list"))

    def _run(self, work: Callable[[Job], int], done: Callable[[int], str], action: str) -> None:
        self.slip_button.setEnabled(False)
        self.pick_button.setEnabled(False)

        def queued(count: int) -> None:
            self._idle()
            self._say(done(count))
            self.ctx.print_requested.emit()
            self.sent.emit(count)

        def failed(exc: Exception) -> None:
            self._idle()
            self.ctx.report_error(exc, action)

        self.ctx.runner.run(work, name=action, on_result=queued, on_error=failed)

    def _idle(self) -> None:
        self.slip_button.setEnabled(True)
        self.pick_button.setEnabled(True)


def _read(cache: OrderCache, ids: list[int]) -> list[Order]:
    return [order for order in (cache.get_order(i) for i in ids) if order is not None]
