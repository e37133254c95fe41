"""File → Print scanner command sheet…: printed on the private cupsd's letter queue, or saved as a PDF; the
barcodes that come out scan as the commands and the self-test codes."""

from __future__ import annotations

import zxingcpp
from PySide6.QtWidgets import QMessageBox

from shipdesk.core.scan_commands import Command, command_code
from shipdesk.core.scanner_selftest import TEST_CODES
from shipdesk.printing.pdf import LoadedPdf
from shipdesk.printing.printers import PrinterProfile, Stock, Transport
from shipdesk.printing.station import Station
from shipdesk.ui.scanner_sheet_dialog import ScannerSheet

WAIT = 30_000
EVERY_CODE = sorted([command_code(c) for c in Command] + [t.text for t in TEST_CODES])


def codes_in(pdf_bytes: bytes) -> list[str]:
    pdf = LoadedPdf(pdf_bytes[pdf_bytes.index(b"%PDF"):])
    return sorted(r.text for page in range(pdf.doc.pageCount())
                  for r in zxingcpp.read_barcodes(pdf.render(page, 300)))


def test_the_sheet_prints_on_the_document_printer(qtbot, make_window, cups):
    window = make_window()
    window.ctx.set_station(Station(documents=PrinterProfile("PdfLetterOnly", Transport.SYSTEM, 300, Stock.LETTER)))
    cups.letter_out.unlink(missing_ok=True)
    window.scanner_sheet_action.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=WAIT)
    [print_button] = [b for b in box.buttons() if b.text() == "Print on PdfLetterOnly"]
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT):
        print_button.click()
    assert codes_in(cups.wait_for_pdf("PdfLetterOnly")) == EVERY_CODE
    qtbot.waitUntil(lambda: window.banners.banner("scanner-sheet") is not None, timeout=WAIT)
    assert "sent to PdfLetterOnly" in window.banners.banner("scanner-sheet").text


def test_without_a_document_printer_the_sheet_is_saved_as_a_pdf(qtbot, make_window, tmp_path):
    window = make_window()
    sheet = window.show_scanner_sheet()
    assert [b.text() for b in sheet.box.buttons() if "Print" in b.text()] == []  # nothing to print on
    sheet.box.close()
    target = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(sheet.done, timeout=WAIT):
        ScannerSheet.save_sheet(sheet, target)
    assert codes_in(target.read_bytes()) == EVERY_CODE
