"""Settings → Printers…: printers from the OS list (the private cupsd) or a port 9100 address, saved to the
settings file and applied at once; "Print test label" puts a sample through the queue to the real printer."""

from __future__ import annotations

import zxingcpp
from PySide6.QtWidgets import QComboBox

from shipdesk.config import Settings
from shipdesk.printing.pdf import LoadedPdf
from shipdesk.printing.printers import PrinterProfile, Stock, Transport
from shipdesk.printing.raw import check_zpl_fit
from shipdesk.printing.station import station_from_settings, with_label_override
from shipdesk.ui.printer_settings_dialog import NETWORK, PrinterSettingsDialog

WAIT = 20_000


def open_dialog(qtbot, window) -> PrinterSettingsDialog:
    window.printers_action.trigger()
    dialog = next(d for d in window.findChildren(PrinterSettingsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.printers_loaded, timeout=WAIT)
    return dialog


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def new_sink_job(qtbot, zpl_sink, before: int, marker: bytes) -> bytes:
    """The first job since `before` holding `marker` (the Qt loop runs meanwhile: the queueing needs it)."""
    found: list[bytes] = []
    qtbot.waitUntil(lambda: bool(found.extend(j for j in zpl_sink.jobs[before:] if marker in j) or found),
                    timeout=WAIT)
    return found[0]


def test_printers_are_saved_applied_and_shown_again(qtbot, make_window, cups):
    window = make_window(start=False)
    dialog = open_dialog(qtbot, window)
    items = [dialog.label_printer.itemData(i) for i in range(dialog.label_printer.count())]
    assert items[0] is None and items[-1] == NETWORK
    assert {"ZebraRaw", "ZebraPaused", "PdfTest", "PdfLetterOnly"} <= set(items)
    assert not dialog.transport.isEnabled()  # nothing chosen yet: no label printer on a fresh station
    choose(dialog.label_printer, "ZebraRaw")
    choose(dialog.transport, Transport.CUPS_RAW)
    choose(dialog.dpi, 300)
    choose(dialog.stock, Stock.FOUR_BY_SIX_DOC_TAB)
    dialog.copies.setValue(2)
    choose(dialog.document_printer, "PdfLetterOnly")
    choose(dialog.document_stock, Stock.LETTER)
    dialog.auto_print.setChecked(False)
    dialog.quick_ship.setChecked(True)
    with qtbot.waitSignal(window.ctx.station_changed, timeout=WAIT):
        dialog.save_button.click()

    station = window.ctx.station
    assert station.label == PrinterProfile("ZebraRaw", Transport.CUPS_RAW, 300, Stock.FOUR_BY_SIX_DOC_TAB, 2)
    assert station.label_format == "zpl"  # what the next purchase buys
    assert station.documents == PrinterProfile("PdfLetterOnly", Transport.SYSTEM, 300, Stock.LETTER)
    assert not station.auto_print and not window.session.settings.confirm_purchase
    path = window.session.paths.settings
    qtbot.waitUntil(lambda: path.exists() and Settings.load(path).label_printer is not None, timeout=WAIT)
    saved = Settings.load(path)
    assert station_from_settings(saved) == station and saved.confirm_purchase is False

    again = open_dialog(qtbot, window)
    assert again.label_printer.currentData() == "ZebraRaw" and again.transport.currentData() == "cups_raw"
    assert again.dpi.currentData() == 300 and again.stock.currentData() == "4x6.75" and again.copies.value() == 2
    assert again.document_printer.currentData() == "PdfLetterOnly"
    assert not again.auto_print.isChecked() and again.quick_ship.isChecked()
    assert again.label_profile() == station.label


def test_zpl_test_label_reaches_the_raw_printer_and_fits(qtbot, make_window, cups, zpl_sink):
    window = make_window(start=False)
    dialog = open_dialog(qtbot, window)
    choose(dialog.label_printer, "ZebraRaw")
    choose(dialog.transport, Transport.CUPS_RAW)
    before = len(zpl_sink.jobs)
    dialog.test_button.click()
    job = new_sink_job(qtbot, zpl_sink, before, b"SHIPDESK-TEST-203")
    assert b"^FDShipDesk test label^FS" in job and b"Printer: ZebraRaw" in job and b"203 dpi, 4x6 in stock" in job
    assert check_zpl_fit(job, PrinterProfile("ZebraRaw", Transport.CUPS_RAW)).ok
    assert "Test label sent to ZebraRaw" in dialog.message.text()
    assert window.ctx.station.label is None  # a test print saves nothing


def test_pdf_test_label_prints_at_actual_size_and_scans(qtbot, make_window, cups):
    window = make_window(start=False)
    dialog = open_dialog(qtbot, window)
    choose(dialog.label_printer, "PdfTest")
    choose(dialog.transport, Transport.SYSTEM)
    choose(dialog.dpi, 203)
    cups.pdf_out.unlink(missing_ok=True)
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT) as passed:
        dialog.test_button.click()
    assert [job.title for job in passed.args[0].printed] == ["ShipDesk test label"]
    out = cups.wait_for_pdf()
    pdf = LoadedPdf(out[out.index(b"%PDF"):])
    w, h = pdf.page_points(0)
    assert abs(w - 288) <= 1 and abs(h - 432) <= 1, (w, h)
    assert "SHIPDESK-TEST-203" in [r.text for r in zxingcpp.read_barcodes(pdf.render(0, 203))]


def test_network_printer_on_port_9100(qtbot, make_window, zpl_sink):
    window = make_window(start=False)
    dialog = open_dialog(qtbot, window)
    choose(dialog.label_printer, NETWORK)
    assert dialog.transport.currentData() == "tcp9100" and dialog.host.isEnabled()
    dialog.save_button.click()  # no address yet: refused in words, nothing saved
    assert "address" in dialog.message.text() and dialog.isVisible() and window.ctx.station.label is None
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(zpl_sink.port)
    before = len(zpl_sink.jobs)
    dialog.test_button.click()
    job = new_sink_job(qtbot, zpl_sink, before, b"SHIPDESK-TEST-203")
    assert f"(127.0.0.1:{zpl_sink.port})".encode() in job
    dialog.save_button.click()
    label = window.ctx.station.label
    assert label is not None and label.transport is Transport.TCP9100
    assert (label.host, label.port) == ("127.0.0.1", zpl_sink.port)


def test_a_command_line_label_printer_is_named_and_kept_for_this_run(qtbot, make_window, cups):
    window = make_window(start=False)
    window.ctx.set_station(with_label_override(window.ctx.station, "ZebraRaw", "zpl", 203))
    dialog = open_dialog(qtbot, window)
    assert dialog.override_note is not None
    assert "ZebraRaw" in dialog.override_note.text() and "--label-printer" in dialog.override_note.text()
    choose(dialog.label_printer, "PdfTest")
    choose(dialog.transport, Transport.SYSTEM)
    choose(dialog.document_printer, "PdfLetterOnly")
    dialog.save_button.click()
    station = window.ctx.station
    assert station.overridden and station.label is not None and station.label.printer == "ZebraRaw"
    assert station.documents is not None and station.documents.printer == "PdfLetterOnly"  # applied now
    saved = window.session.settings.label_printer
    assert saved is not None and saved.printer == "PdfTest"  # the next start without the option
