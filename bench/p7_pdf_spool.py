"""P7: a 4x6 PDF label rendered at 203 dpi and handed to the spooler, against `lp` of the same file.

ShipDesk's `print_pdf` (QtPdf render at the printer's DPI, on white, 1:1 into a QPrinter on the queue) to a
CUPS PDF queue with 4x6 media (PdfTest of the private cupsd the tests use, tests/private_cups.py); the floor
is `lp -d PdfTest` of the same PDF file. Both end when the job is spooled; between samples the queue is
left to empty so one job's filters don't slow the next sample. The label is the sandbox's carrier label.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .child import Options, child_main, say, use_test_helpers
from .rows import Row, Target, timed_ms

QUEUE = "PdfTest"


def label_pdf() -> bytes:
    from shipdesk.sandbox.labels import LabelContent, label_pdf

    return label_pdf(LabelContent(
        tracking_number="9400111899223397658538", carrier_name="USPS", service_name="USPS Priority Mail",
        ship_from=("Northwind Goods", "400 Congress Ave", "Austin TX 78701"),
        ship_to=("Dana Receiver", "1 Main St", "Boston MA 02108"), ship_date=datetime.date(2026, 3, 2),
        weight_text="1 lb 4 oz", reference="Order 100234"))


def _drain(queue: str) -> None:
    from shipdesk.printing.raw import cups_pending_jobs

    deadline = time.monotonic() + 30
    while cups_pending_jobs(queue) and time.monotonic() < deadline:
        time.sleep(0.02)


def measure(options: Options) -> list[Row]:
    use_test_helpers()
    from print_sink import Sink
    from private_cups import CupsUnavailable, PrivateCups
    from PySide6.QtWidgets import QApplication

    from shipdesk.printing.pdf import print_pdf
    from shipdesk.printing.printers import PrinterProfile, Stock, Transport

    row = Row("P7", "4x6 PDF label rendered at 203 dpi and spooled (print_pdf)", "ms",
              Target("value_max", 60, "≤ 60 ms"), floor_what="`lp` of the same PDF file")
    sink = Sink()
    server = PrivateCups(sink.port)
    try:
        try:
            server.start()
        except CupsUnavailable as exc:
            row.status, row.note = "not measurable", str(exc)
            return [row]
        app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (QPrinter needs it)
        pdf = label_pdf()
        profile = PrinterProfile(QUEUE, Transport.SYSTEM, 203, Stock.FOUR_BY_SIX)
        with tempfile.TemporaryDirectory(prefix="shipdesk-bench-p7-") as tmp:
            path = Path(tmp) / "label.pdf"
            path.write_bytes(pdf)
            lp = ["lp", "-d", QUEUE, "-t", "ShipDesk label", str(path)]
            print_pdf(pdf, profile)  # first use loads Qt's CUPS plugin and the queue's PPD: not a label's cost
            subprocess.run(lp, check=True, capture_output=True)
            _drain(QUEUE)
            for n in range(options.repeat):
                row.samples.append(timed_ms(lambda: print_pdf(pdf, profile, title="ShipDesk label")))
                _drain(QUEUE)
                row.floor.append(timed_ms(lambda: subprocess.run(lp, check=True, capture_output=True)))
                _drain(QUEUE)
                say(f"P7 run {n + 1}: print_pdf {row.samples[-1]:.1f} ms, lp {row.floor[-1]:.1f} ms")
    finally:
        server.stop()
        sink.close()
    return [row]


if __name__ == "__main__":
    raise SystemExit(child_main(measure))
