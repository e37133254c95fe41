"""File → Settings → Printers…: the station's label printer, document printer and purchase habits.

The label printer comes from the OS printer list (read on the worker) or is a networked printer's raw port
9100; its transport decides what ShipDesk buys (PDF for a system queue, ZPL for raw). "Print test label"
sends a sample in that language through the print queue, so the packer checks alignment before buying.
Saving writes the settings file on the worker and applies the station at once; a label printer given on
the command line (--label-printer) stays in force for this run, and the dialog says so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..printing.printers import DPIS, PrinterEntry, PrinterProfile, Stock, Transport, list_printers
from ..printing.queue import LABEL
from ..printing.sample_label import sample_label
from ..printing.station import Station, save_station, station_from_settings
from .context import UiContext
from .workers import Job

NETWORK = "\x00network"  # the combo's data for "a networked printer's port 9100" (no OS queue has this name)
DOCUMENT_DPI = 300


class PrinterSettingsDialog(QDialog):
    saved = Signal(object)  # the Station now in force

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Printers"))
        self.printers_loaded = False
        settings = ctx.session.settings
        self.saved_station = station_from_settings(settings)
        layout = QVBoxLayout(self)
        if ctx.station.overridden and ctx.station.label is not None:
            note = self.tr("For this run the label printer is %1, given on the command line (--label-printer). "
                           "What you save here is used from the next start without that option.")
            self.override_note: QLabel | None = QLabel(note.replace("%1", ctx.station.label.printer))
            self.override_note.setWordWrap(True)
            layout.addWidget(self.override_note)
        else:
            self.override_note = None
        layout.addWidget(self._label_group())
        layout.addWidget(self._document_group())
        layout.addWidget(self._purchase_group(settings.auto_print, not settings.confirm_purchase))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Save | std.Cancel)
        self.save_button = buttons.button(std.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_printers([])
        self._load_printers()

    # -- building --------------------------------------------------------------------------------

    def _label_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Label printer"))
        form = QFormLayout(box)
        self.label_printer = QComboBox()
        self.label_printer.currentIndexChanged.connect(self._label_printer_changed)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("IP address or name, e.g. 192.168.1.50"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        network = QHBoxLayout()
        network.addWidget(self.host, 1)
        network.addWidget(QLabel(self.tr("Port")))
        network.addWidget(self.port)
        self.transport = QComboBox()
        for transport, words in ((Transport.SYSTEM, self.tr("System queue: PDF at actual size")),
                                 (Transport.CUPS_RAW, self.tr("Raw ZPL through the print spooler")),
                                 (Transport.TCP9100, self.tr("Raw ZPL straight to port 9100"))):
            self.transport.addItem(words, transport)
        self.dpi = QComboBox()
        for dpi in DPIS:
            self.dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.stock = QComboBox()
        for stock, words in self._stocks():
            self.stock.addItem(words, stock)
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.test_button = QPushButton(self.tr("Print &test label"))
        self.test_button.clicked.connect(self.print_test_label)
        label = self.saved_station.label
        profile = label or PrinterProfile(printer="")
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self._select(self.transport, profile.transport)
        self._select(self.dpi, profile.dpi)
        self._select(self.stock, profile.stock)
        self.copies.setValue(profile.copies)
        form.addRow(self.tr("&Printer"), self.label_printer)
        form.addRow(self.tr("&Network address"), network)
        form.addRow(self.tr("Tr&ansport"), self.transport)
        form.addRow(self.tr("&Resolution"), self.dpi)
        form.addRow(self.tr("St&ock"), self.stock)
        form.addRow(self.tr("&Copies"), self.copies)
        form.addRow("", self.test_button)
        return box

    def _document_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Document printer (packing slips, pick lists, customs forms)"))
        form = QFormLayout(box)
        self.document_printer = QComboBox()
        self.document_stock = QComboBox()
        for stock, words in self._stocks():
            self.document_stock.addItem(words, stock)
        documents = self.saved_station.documents
        self._select(self.document_stock, documents.stock if documents else Stock.LETTER)
        form.addRow(self.tr("Pr&inter"), self.document_printer)
        form.addRow(self.tr("Pap&er"), self.document_stock)
        return box

    def _purchase_group(self, auto_print: bool, quick_ship: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Buying"))
        form = QVBoxLayout(box)
        self.auto_print = QCheckBox(self.tr("Print the label as soon as it is &bought"))
        self.auto_print.setChecked(auto_print)
        self.quick_ship = QCheckBox(self.tr("&Quick ship: buy without showing the cost for confirmation"))
        self.quick_ship.setChecked(quick_ship)
        form.addWidget(self.auto_print)
        form.addWidget(self.quick_ship)
        return box

    def _stocks(self) -> list[tuple[Stock, str]]:
        return [(Stock.FOUR_BY_SIX, self.tr("4x6 in label")),
                (Stock.FOUR_BY_SIX_DOC_TAB, self.tr("4x6.75 in label with doc tab")),
                (Stock.LETTER, self.tr("Letter paper (8.5x11 in)"))]

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    # -- the OS printer list ---------------------------------------------------------------------

    def _load_printers(self) -> None:
        self.ctx.runner.run(lambda _job: list_printers(), name="list printers", on_result=self._printers_listed,
                            on_error=lambda exc: self.message.setText(
                                self.tr("The printer list could not be read: %1").replace("%1", str(exc))))

    def _printers_listed(self, printers: list[PrinterEntry]) -> None:
        self._fill_printers(printers)
        self.printers_loaded = True

    def _fill_printers(self, printers: list[PrinterEntry]) -> None:
        """Both combos: none, the OS queues (the saved one even if it is gone), and port 9100 for labels."""
        label, documents = self.saved_station.label, self.saved_station.documents
        label_now = self.label_printer.currentData() if self.label_printer.count() else \
            (NETWORK if label is not None and label.transport is Transport.TCP9100 else label and label.printer)
        document_now = self.document_printer.currentData() if self.document_printer.count() else \
            documents and documents.printer
        names = [entry.name for entry in printers]
        states = {entry.name: entry.state for entry in printers}
        for combo, current, network in ((self.label_printer, label_now, True),
                                        (self.document_printer, document_now, False)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("None"), None)
            shown = [*names, *([current] if current and current != NETWORK and current not in names else [])]
            for name in shown:
                combo.addItem(self._printer_words(name, states.get(name), bool(printers)), name)
            if network:
                combo.addItem(self.tr("Network printer (port 9100)"), NETWORK)
            self._select(combo, current)
            combo.blockSignals(False)
        self._label_printer_changed()

    def _printer_words(self, name: str, state: str | None, listed: bool) -> str:
        if state == "stopped":
            return self.tr("%1 (paused)").replace("%1", name)
        if listed and state is None:
            return self.tr("%1 (not found on this computer)").replace("%1", name)
        return name

    def _label_printer_changed(self) -> None:
        choice = self.label_printer.currentData()
        network = choice == NETWORK
        self.host.setEnabled(network)
        self.port.setEnabled(network)
        model = self.transport.model()
        for row in range(self.transport.count()):
            is_tcp = self.transport.itemData(row) == Transport.TCP9100
            item = model.item(row)  # type: ignore[attr-defined]
            item.setEnabled(is_tcp == network)
        current = self.transport.currentData()
        if network and current != Transport.TCP9100:
            self._select(self.transport, Transport.TCP9100)
        elif not network and current == Transport.TCP9100:
            self._select(self.transport, Transport.CUPS_RAW)
        for widget in (self.transport, self.dpi, self.stock, self.copies, self.test_button):
            widget.setEnabled(choice is not None)

    # -- reading the form ------------------------------------------------------------------------

    def label_profile(self) -> PrinterProfile | None:
        """The label printer as the form says; ValueError (in words) when it is incomplete."""
        choice = self.label_printer.currentData()
        if choice is None:
            return None
        common = {"dpi": self.dpi.currentData(), "stock": self.stock.currentData(), "copies": self.copies.value()}
        if choice == NETWORK:
            host = self.host.text().strip()
            if not host:
                raise ValueError(self.tr("Write the network printer's address (IP address or name)."))
            name = self.tr("Network printer %1").replace("%1", host)
            return PrinterProfile(printer=name, transport=Transport.TCP9100, host=host, port=self.port.value(),
                                  **common)
        return PrinterProfile(printer=choice, transport=self.transport.currentData(), **common)

    def document_profile(self) -> PrinterProfile | None:
        choice = self.document_printer.currentData()
        if choice is None:
            return None
        saved = self.saved_station.documents
        dpi = saved.dpi if saved is not None else DOCUMENT_DPI
        return PrinterProfile(printer=choice, transport=Transport.SYSTEM, dpi=dpi,
                              stock=self.document_stock.currentData())

    def station(self) -> Station:
        return Station(label=self.label_profile(), documents=self.document_profile(),
                       auto_print=self.auto_print.isChecked())

    # -- acting ----------------------------------------------------------------------------------

    def print_test_label(self) -> None:
        try:
            profile = self.label_profile()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        if profile is None:
            self.message.setText(self.tr("Choose a label printer first."))
            return
        queue, title = self.ctx.printing.queue, self.tr("ShipDesk test label")

        def work(_job: Job) -> int:
            data, fmt = sample_label(profile)
            return queue.enqueue(data, fmt, profile, title=title, kind=LABEL)

        def queued(_job_id: int) -> None:
            self.message.setText(self.tr("Test label sent to %1. The border should sit evenly inside the label's "
                                         "edges and the barcode should scan; if not, check the stock and "
                                         "resolution.").replace("%1", profile.printer))
            self.ctx.print_requested.emit()

        self.ctx.runner.run(work, name="print test label", on_result=queued,
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Printing a test label")))

    def save(self) -> None:
        try:
            station = self.station()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        session = self.ctx.session
        save_station(session.settings, station)
        session.settings.confirm_purchase = not self.quick_ship.isChecked()
        self.ctx.runner.run(lambda _job: session.save_settings(), name="save settings",
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Saving the settings")))
        current = self.ctx.station
        applied = replace(station, label=current.label, overridden=True) if current.overridden else station
        self.ctx.set_station(applied)
        self.saved.emit(applied)
        self.accept()
