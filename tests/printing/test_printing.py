"""Local printing against a real spooler: ZPL arrives byte-identical, a PDF label prints at actual size and
still scans, mismatched labels are flagged before printing, and a paused queue keeps its job."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
import zxingcpp
from printing.preview_support import USPS, content
from PySide6.QtGui import QColor, QImage

from shipdesk.printing.pdf import LoadedPdf, check_fit, print_pdf
from shipdesk.printing.printers import (
    LabelFitError,
    PrinterProfile,
    PrintError,
    Stock,
    Transport,
    list_printers,
)
from shipdesk.printing.raw import check_zpl_fit, cups_pending_jobs, send_zpl, zpl_dimensions
from shipdesk.sandbox.labels import label_pdf, label_zpl


def code128(image: object) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]


def ink_box(image: QImage) -> tuple[int, int, int, int]:
    """Bounding box (left, top, right, bottom) of dark pixels, sampled on a 2-px grid."""
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 128:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def abs_box_diff(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    return max(abs(p - q) for p, q in zip(a, b, strict=True))


# ---- profiles ------------------------------------------------------------------------------------


def test_profile_validates_and_coerces() -> None:
    p = PrinterProfile("Zebra", "cups_raw", 300, "4x6.75", 2)  # type: ignore[arg-type]
    assert (p.transport, p.stock, p.stock.dots(300)) == (Transport.CUPS_RAW, Stock.FOUR_BY_SIX_DOC_TAB, (1200, 2025))
    with pytest.raises(ValueError, match="dpi"):
        PrinterProfile("Zebra", dpi=600)
    with pytest.raises(ValueError, match="copies"):
        PrinterProfile("Zebra", copies=0)
    with pytest.raises(ValueError, match="host"):
        PrinterProfile("Zebra", Transport.TCP9100)


def test_private_queues_are_listed(cups) -> None:
    names = {p.name: p for p in list_printers()}
    assert {"ZebraRaw", "ZebraPaused", "PdfTest"} <= set(names)
    assert names["PdfTest"].state == "idle"


# ---- ZPL -----------------------------------------------------------------------------------------


def test_zpl_through_raw_cups_queue_is_byte_identical(cups, zpl_sink) -> None:
    zpl = label_zpl(content(reference="ORD-CUPS"))
    job = send_zpl(zpl, PrinterProfile("ZebraRaw", Transport.CUPS_RAW))
    assert job.startswith("ZebraRaw-")
    assert zpl_sink.wait_for(zpl), "the raw queue did not deliver the ZPL"
    assert zpl_sink.jobs.count(zpl) == 1


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_over_tcp_9100_is_byte_identical(zpl_sink, dpi: int) -> None:
    zpl = label_zpl(content(USPS, reference=f"ORD-TCP-{dpi}"), dpi=dpi)
    assert send_zpl(zpl, PrinterProfile("Bench Zebra", Transport.TCP9100, dpi, host="127.0.0.1", port=zpl_sink.port)) == ""
    assert zpl_sink.wait_for(zpl)


def test_copies_arrive_as_one_job_of_repeated_labels(cups, zpl_sink) -> None:
    # Both raw transports repeat the data (the CUPS socket backend does it for copies of a raw job).
    for name, profile in (
        ("CUPS", PrinterProfile("ZebraRaw", Transport.CUPS_RAW, copies=2)),
        ("TCP", PrinterProfile("Z", Transport.TCP9100, host="127.0.0.1", port=zpl_sink.port, copies=2)),
    ):
        zpl = label_zpl(content(reference=f"ORD-COPIES-{name}"))
        send_zpl(zpl, profile)
        assert zpl_sink.wait_for(zpl * 2), name


def test_unreachable_9100_printer_is_a_print_error() -> None:
    import socket

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(PrintError, match="unreachable"):
        send_zpl(label_zpl(content()), PrinterProfile("Gone", Transport.TCP9100, host="127.0.0.1", port=port))


def test_zpl_fit_check() -> None:
    zpl = label_zpl(content())
    assert zpl_dimensions(zpl) == ([812], [1218])
    assert check_zpl_fit(zpl, PrinterProfile("Z", Transport.CUPS_RAW, 203)).ok
    # A 4x6 label on 4x6.75 doc-tab stock leaves the tab blank: fine.
    assert check_zpl_fit(zpl, PrinterProfile("Z", Transport.CUPS_RAW, 203, Stock.FOUR_BY_SIX_DOC_TAB)).ok
    wide = check_zpl_fit(zpl.replace(b"^PW812", b"^PW1200"), PrinterProfile("Z", Transport.CUPS_RAW, 203))
    assert not wide.ok and "^PW1200" in wide.problems[0] and "300 dpi" in wide.problems[0]
    small = check_zpl_fit(zpl, PrinterProfile("Z", Transport.CUPS_RAW, 300))
    assert not small.ok and "203 dpi" in small.problems[0]
    long = check_zpl_fit(zpl.replace(b"^LL1218", b"^LL1624"), PrinterProfile("Z", Transport.CUPS_RAW, 203))
    assert not long.ok and "^LL1624" in long.problems[0]
    bare = check_zpl_fit(b"^XA^FO10,10^FDhi^FS^XZ", PrinterProfile("Z", Transport.CUPS_RAW))
    assert bare.ok and len(bare.notes) == 2
    assert not check_zpl_fit(b"%PDF-1.4", PrinterProfile("Z", Transport.CUPS_RAW)).ok


def test_misfit_zpl_is_not_sent(zpl_sink) -> None:
    zpl = label_zpl(content(reference="ORD-WIDE")).replace(b"^PW812", b"^PW1200")
    profile = PrinterProfile("Bench Zebra", Transport.TCP9100, 203, host="127.0.0.1", port=zpl_sink.port)
    with pytest.raises(LabelFitError) as err:
        send_zpl(zpl, profile)
    assert "^PW1200" in str(err.value)
    assert not zpl_sink.wait_for(zpl, timeout=0.3)


def test_zpl_to_a_pdf_profile_is_refused() -> None:
    with pytest.raises(PrintError, match="system"):
        send_zpl(label_zpl(content()), PrinterProfile("PdfTest"))


def test_paused_queue_keeps_the_job_until_enabled(cups, zpl_sink) -> None:
    zpl = label_zpl(content(USPS, reference="ORD-PAUSED"))
    cups.run("cupsdisable", "ZebraPaused")
    try:
        assert next(p for p in list_printers() if p.name == "ZebraPaused").state == "stopped"
        job = send_zpl(zpl, PrinterProfile("ZebraPaused", Transport.CUPS_RAW))  # accepted while paused
        assert not zpl_sink.wait_for(zpl, timeout=1.0), "a paused queue printed"
        assert cups_pending_jobs("ZebraPaused") == [job]  # held by the spooler, not lost
    finally:
        cups.run("cupsenable", "ZebraPaused")
    assert zpl_sink.wait_for(zpl), "the held job did not print after cupsenable"
    assert zpl_sink.jobs.count(zpl) == 1
    deadline = time.monotonic() + 5
    while cups_pending_jobs("ZebraPaused") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert cups_pending_jobs("ZebraPaused") == []


# ---- PDF -----------------------------------------------------------------------------------------


def test_pdf_label_prints_at_actual_size_and_scans(qapp, cups) -> None:
    printed = print_pdf(label_pdf(content(USPS)), PrinterProfile("PdfTest", dpi=203), title="ORD-1001")
    assert printed == 1
    out = cups.wait_for_pdf()
    assert b"%PDF" in out
    pdf = LoadedPdf(out[out.index(b"%PDF"):])  # strip the PJL wrapper
    assert pdf.doc.pageCount() == 1
    w, h = pdf.page_points(0)
    assert abs(w - 288) <= 1 and abs(h - 432) <= 1, (w, h)
    printed_image = pdf.render(0, 203)
    assert code128(printed_image) == [USPS]
    # Actual size: the ink sits where it sits on the label itself (a fit-to-page or margin would move it).
    original = LoadedPdf(label_pdf(content(USPS))).render(0, 203)
    assert printed_image.size() == original.size()
    assert abs_box_diff(ink_box(printed_image), ink_box(original)) <= 3


def test_pdf_fit_check() -> None:
    four_by_six = PrinterProfile("PdfTest", stock=Stock.FOUR_BY_SIX)
    assert check_fit(label_pdf(content()), four_by_six).ok
    letter = check_fit(label_pdf(content(), layout="letter"), four_by_six)
    assert not letter.ok and "8.50x11.00 in" in letter.problems[0]
    assert check_fit(label_pdf(content(), layout="letter"), PrinterProfile("PdfTest", stock=Stock.LETTER)).ok
    assert not check_fit(label_pdf(content()), PrinterProfile("PdfTest", stock=Stock.FOUR_BY_SIX_DOC_TAB)).ok
    assert not check_fit(b"not a pdf", four_by_six).ok


def test_misfit_pdf_is_not_printed(qapp, cups) -> None:
    before = cups.run("lpstat", "-W", "completed", "-o", "PdfTest").stdout
    with pytest.raises(LabelFitError, match="8.50x11.00 in"):
        print_pdf(label_pdf(content(), layout="letter"), PrinterProfile("PdfTest"))
    assert cups.run("lpstat", "-W", "completed", "-o", "PdfTest").stdout == before
    assert cups_pending_jobs("PdfTest") == []


def test_pdf_to_a_missing_printer_is_a_print_error(qapp, cups) -> None:
    with pytest.raises(PrintError, match="not installed"):
        print_pdf(label_pdf(content()), PrinterProfile("NoSuchQueue"))


def test_queue_without_the_stock_size_is_refused(qapp, cups) -> None:
    # The Generic PDF PPD lists office sizes only: CUPS would put the 4x6 label on Letter.
    with pytest.raises(PrintError, match="no 4x6 in paper size"):
        print_pdf(label_pdf(content()), PrinterProfile("PdfLetterOnly"))
    with pytest.raises(PrintError, match="no 4x6 in paper size"):  # raw queue: no sizes at all
        print_pdf(label_pdf(content()), PrinterProfile("ZebraRaw"))
    assert cups_pending_jobs("PdfLetterOnly") == []
