"""File → Print scanner command sheet…: print the sheet on the document printer, or save it as a PDF.

The sheet is drawn on the worker (printing/scanner_sheet.py) on the document printer's paper (letter, or 4x6
labels when the document printer is a label printer; letter when saved), then queued like a packing slip.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..printing.documents import PageName
from ..printing.scanner_sheet import SheetWords, scanner_sheet_pdf
from .context import UiContext
from .document_printing import slip_page
from .workers import Job

FILE_NAME = "shipdesk-scanner-sheet.pdf"


class ScannerSheet(QObject):
    done = Signal(str)  # what happened, in words (also shown as an info banner)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.box: QMessageBox | None = None

    def ask(self) -> QMessageBox:
        """Print, save, or cancel (print only when the station has a document printer)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Scanner command sheet"),
                          self.tr("The sheet has a barcode for each scanner command, and the codes for the scanner "
                                  "self-test."), QMessageBox.StandardButton.Cancel, self.parent_widget)
        printer = self.ctx.station.documents
        print_button = box.addButton(self.tr("Print on %1").replace("%1", printer.printer), QMessageBox.ButtonRole.AcceptRole) \
            if printer is not None else None
        save_button = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.ActionRole)

        def chosen() -> None:
            clicked = box.clickedButton()
            if print_button is not None and clicked is print_button:
                self.print_sheet()
            elif clicked is save_button:
                self._ask_path()

        box.finished.connect(lambda _code: chosen())
        box.open()
        self.box = box
        return box

    def words(self) -> SheetWords:
        return SheetWords(
            title=self.tr("ShipDesk scanner command sheet"), commands=self.tr("ShipDesk scanner commands"),
            commands_intro=self.tr("Scan a barcode to give the command. They read the same on any keyboard layout."),
            self_test=self.tr("Scanner self-test"),
            self_test_intro=self.tr("Open Settings → Scanner self-test and scan each code: ShipDesk shows what "
                                    "arrived."))

    def print_sheet(self) -> None:
        printer = self.ctx.station.documents
        if printer is None:
            self._ask_path()
            return
        page: PageName = slip_page(printer)
        printing, title, words = self.ctx.printing, self.tr("Scanner command sheet"), self.words()

        def work(_job: Job) -> int:
            return printing.print_document(scanner_sheet_pdf(page, words, QCoreApplication.translate), title)

        def queued(_job_id: int) -> None:
            self.ctx.print_requested.emit()
            self._tell(self.tr("Scanner command sheet sent to %1.").replace("%1", printer.printer))

        self.ctx.runner.run(work, name="print scanner sheet", on_result=queued,
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Printing the scanner command sheet")))

    def save_sheet(self, path: Path) -> None:
        words = self.words()

        def work(_job: Job) -> Path:
            path.write_bytes(scanner_sheet_pdf("letter", words, QCoreApplication.translate))
            return path

        self.ctx.runner.run(work, name="save scanner sheet",
                            on_result=lambda p: self._tell(self.tr("Scanner command sheet saved as %1.").replace("%1", str(p))),
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Saving the scanner command sheet")))

    def _ask_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save the scanner command sheet"),
                                                    str(Path.home() / FILE_NAME), self.tr("PDF files (*.pdf)"))
        if name:
            self.save_sheet(Path(name))

    def _tell(self, text: str) -> None:
        self.ctx.banners.show_banner("scanner-sheet", text, "info")
        self.done.emit(text)
