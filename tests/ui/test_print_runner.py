"""The print runner in the app: labels bought from the sandbox go through the private cupsd off the UI thread,
one pass at a time; a paused or deleted printer holds them with a banner, and they print once the printer is
back or after "Send to another printer" in the print queue."""

from __future__ import annotations

import threading
import time

import zxingcpp
from label_support import buy_label
from PySide6.QtWidgets import QPushButton

from shipdesk.printing.pdf import LoadedPdf
from shipdesk.printing.printers import PrinterProfile, Transport
from shipdesk.printing.raw import cups_pending_jobs
from shipdesk.printing.ready import send_when_ready
from shipdesk.printing.station import Station
from shipdesk.ui.print_runner import WAITING_BANNER

WAIT = 20_000


def use_label_printer(window, profile: PrinterProfile, retry_ms: int = 200) -> None:
    window.ctx.set_station(Station(label=profile))
    window.print_runner.retry_ms = retry_ms


def arrives(qtbot, zpl_sink, before: int, data: bytes | None) -> None:
    """`data` reaches the sink after job `before` (earlier tests' jobs don't count)."""
    assert data
    qtbot.waitUntil(lambda: data in zpl_sink.jobs[before:], timeout=WAIT)


def print_now(qtbot, window, entry) -> None:
    window.ctx.printing.print_label(entry)
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT):
        window.ctx.print_requested.emit()


def test_paused_printer_holds_the_label_until_the_queue_is_resumed(qtbot, make_window, cups, zpl_sink):
    window = make_window(start=False)
    before = len(zpl_sink.jobs)  # the sink serves the whole session: look only at what this test sends
    use_label_printer(window, PrinterProfile("ZebraPaused", Transport.CUPS_RAW))
    journal = window.ctx.printing.journal
    entry = buy_label(window.session, window.sandbox)
    assert entry.tracking_number and entry.tracking_number.encode() in (entry.label_bytes or b"")
    cups.run("cupsdisable", "ZebraPaused")
    try:
        print_now(qtbot, window, entry)
        banner = window.banners.banner(WAITING_BANNER)
        assert banner is not None and banner.level == "warning" and banner.button is None  # stays until printed
        assert banner.text.startswith("1 label is waiting for printer ZebraPaused: ")
        assert "paused" in banner.text and "send it to another printer from Print queue" in banner.text
        passes = window.print_runner.passes
        qtbot.waitUntil(lambda: window.print_runner.passes >= passes + 2, timeout=WAIT)  # it keeps retrying
        assert entry.label_bytes not in zpl_sink.jobs[before:]
        assert cups_pending_jobs("ZebraPaused") == []  # held by ShipDesk, where it can still be redirected
        assert journal.get(entry.id).print_status == "pending"
    finally:
        cups.run("cupsenable", "ZebraPaused")
    qtbot.waitUntil(lambda: journal.get(entry.id).print_status == "printed", timeout=WAIT)
    arrives(qtbot, zpl_sink, before, entry.label_bytes)
    qtbot.waitUntil(lambda: window.banners.banner(WAITING_BANNER) is None, timeout=WAIT)
    time.sleep(0.5)  # a second copy would have arrived by now
    assert zpl_sink.jobs[before:].count(entry.label_bytes) == 1


def test_requests_during_a_pass_wait_for_it_and_nothing_prints_twice(qtbot, make_window, cups, zpl_sink):
    window = make_window(start=False)
    before = len(zpl_sink.jobs)
    use_label_printer(window, PrinterProfile("ZebraRaw", Transport.CUPS_RAW))
    lock = threading.Lock()
    busy = [0, 0]  # passes sending right now, most at once

    def slow_send(data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *, check: bool = True) -> str:
        with lock:
            busy[0] += 1
            busy[1] = max(busy)
        try:
            time.sleep(0.3)
            return send_when_ready(data, fmt, profile, title, check=check)
        finally:
            with lock:
                busy[0] -= 1

    window.print_runner.send = slow_send
    entries = [buy_label(window.session, window.sandbox) for _ in range(3)]
    labels_changed: list[int] = []
    window.ctx.labels_changed.connect(lambda: labels_changed.append(1))
    for entry in entries:
        window.ctx.printing.print_label(entry)
        window.ctx.print_requested.emit()  # the packer buys the next while the first is printing
    assert window.print_runner.running
    journal = window.ctx.printing.journal
    qtbot.waitUntil(lambda: all(journal.get(e.id).print_status == "printed" for e in entries), timeout=WAIT)
    qtbot.waitUntil(lambda: not window.print_runner.running, timeout=WAIT)
    assert busy[1] == 1, "two print passes ran at once"
    assert window.print_runner.passes == 2  # three requests: the pass under way, then exactly one more
    assert labels_changed
    for entry in entries:
        arrives(qtbot, zpl_sink, before, entry.label_bytes)
    time.sleep(0.5)
    assert [zpl_sink.jobs[before:].count(e.label_bytes) for e in entries] == [1, 1, 1]


def test_deleted_printer_holds_the_label_and_the_print_queue_sends_it_elsewhere(qtbot, make_window, cups,
                                                                              zpl_sink):
    cups.run("lpadmin", "-p", "ZebraRemoved", "-E", "-v", f"socket://127.0.0.1:{zpl_sink.port}", "-m", "raw")
    cups.run("lpadmin", "-x", "ZebraRemoved")
    window = make_window(start=False)
    before = len(zpl_sink.jobs)
    use_label_printer(window, PrinterProfile("ZebraRemoved", Transport.CUPS_RAW), retry_ms=60_000)
    entry = buy_label(window.session, window.sandbox)
    print_now(qtbot, window, entry)
    banner = window.banners.banner(WAITING_BANNER)
    assert banner is not None and "ZebraRemoved" in banner.text and "not installed" in banner.text

    # The banner's button opens the print queue.
    button = next(b for b in banner.findChildren(QPushButton) if b.text() == "Print &queue…")
    button.click()
    view = window.print_queue_view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.loaded > 0 and view.model.rowCount() > 0, timeout=WAIT)
    [job] = [j for j in view.model.rows if j.journal_id == entry.id]
    row = view.model.rows.index(job)
    cells = [view.model.index(row, c).data() for c in range(view.model.columnCount())]
    assert cells[1] == "ZebraRemoved" and cells[2] == "Held" and "not installed" in cells[3] and cells[4] == "1"
    assert view.retry_button.isEnabled() and not view.redirect_button.isEnabled()
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT):
        view.retry_button.click()  # the printer is still gone: held again, one more attempt counted
    qtbot.waitUntil(lambda: any(j.id == job.id and j.attempts == 2 for j in view.model.rows), timeout=WAIT)

    assert view.select_job(job.id) and view.redirect_button.isEnabled()
    view.redirect_button.click()
    qtbot.waitUntil(lambda: view.redirect_dialog is not None, timeout=WAIT)
    dialog = view.redirect_dialog
    texts = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    assert "Printer: ZebraRaw" in texts and not any("ZebraRemoved" in t for t in texts)
    dialog.combo.setCurrentIndex(texts.index("Printer: ZebraRaw"))
    dialog.ok_button.click()

    journal = window.ctx.printing.journal
    qtbot.waitUntil(lambda: journal.get(entry.id).print_status == "printed", timeout=WAIT)
    arrives(qtbot, zpl_sink, before, entry.label_bytes)
    qtbot.waitUntil(lambda: window.banners.banner(WAITING_BANNER) is None, timeout=WAIT)
    qtbot.waitUntil(lambda: any(j.id == job.id and j.state == "done" for j in view.model.rows), timeout=WAIT)
    row = next(i for i, j in enumerate(view.model.rows) if j.id == job.id)
    assert view.model.index(row, 2).data() == "Printed" and view.model.index(row, 1).data() == "ZebraRaw"
    assert zpl_sink.jobs[before:].count(entry.label_bytes) == 1


def test_pdf_label_prints_at_actual_size_from_the_worker_thread(qtbot, make_window, cups):
    window = make_window(start=False)
    use_label_printer(window, PrinterProfile("PdfTest", Transport.SYSTEM, dpi=203))
    entry = buy_label(window.session, window.sandbox, fmt="pdf")
    cups.pdf_out.unlink(missing_ok=True)
    main_thread = threading.current_thread()
    painted_on: list[threading.Thread] = []

    def watched(data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *, check: bool = True) -> str:
        painted_on.append(threading.current_thread())
        return send_when_ready(data, fmt, profile, title, check=check)

    window.print_runner.send = watched
    print_now(qtbot, window, entry)
    assert window.ctx.printing.journal.get(entry.id).print_status == "printed"
    assert painted_on and painted_on[0] is not main_thread
    out = cups.wait_for_pdf()
    pdf = LoadedPdf(out[out.index(b"%PDF"):])
    w, h = pdf.page_points(0)
    assert abs(w - 288) <= 1 and abs(h - 432) <= 1, (w, h)
    found = [r.text for r in zxingcpp.read_barcodes(pdf.render(0, 203))]
    assert entry.tracking_number in found


def test_start_up_says_which_interrupted_purchases_shipstation_could_not_confirm(qtbot, make_window):
    import httpx

    from shipdesk.ui.label_recovery import UNKNOWN_BANNER

    window = make_window(start=False)
    box = window.sandbox
    # What a crash before the answer leaves: an intent row. ShipStation can't be asked about it right now.
    left = window.ctx.printing.journal.add_intent(
        station="bench-1", api="v1", order_id="424242", order_number="#424242", carrier="stamps_com",
        service="usps_priority_mail", package="package", shown_cost="8.70", test_label=False, print_on_purchase=True)
    httpx.post(box.url + "/__sandbox/faults", timeout=10, json={
        "kind": "500", "method": "GET", "path": "/shipments", "times": None}).raise_for_status()
    window.start()
    qtbot.waitUntil(lambda: window.label_recovery.done, timeout=60_000)
    banner = window.banners.banner(UNKNOWN_BANNER)
    assert banner is not None and banner.button is not None  # stays until the packer has read it
    assert banner.text.startswith("Order #424242: ShipStation could not be asked yet")
    assert "will not buy another label for this order" in banner.text
    assert window.ctx.printing.journal.get(left.id).state == "unknown"


def test_a_label_interrupted_mid_send_waits_for_the_packer(qtbot, make_window, cups, zpl_sink):
    from shipdesk.printing.queue import PRINTING, PrintQueue

    window = make_window(start=False)
    before = len(zpl_sink.jobs)
    use_label_printer(window, PrinterProfile("ZebraRaw", Transport.CUPS_RAW))
    entry = buy_label(window.session, window.sandbox)
    [job_id] = window.ctx.printing.print_label(entry)
    # ShipDesk died while sending it: on the next start the queue holds it, since it may be on paper already.
    window.session.db.connection().execute("UPDATE print_queue SET state = ? WHERE id = ?", (PRINTING, job_id))
    PrintQueue(window.session.db)
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT):
        window.ctx.print_requested.emit()
    banner = window.banners.banner(WAITING_BANNER)
    assert banner is not None and banner.text.startswith("A print job for printer ZebraRaw was being sent when")
    passes = window.print_runner.passes
    qtbot.waitUntil(lambda: window.print_runner.passes >= passes + 2, timeout=WAIT)  # retries don't send it
    assert entry.label_bytes not in zpl_sink.jobs[before:]
    view = window.show_print_queue()
    qtbot.waitUntil(lambda: view.retry_button.isEnabled(), timeout=WAIT)
    view.retry_button.click()  # the packer checked: it did not print
    arrives(qtbot, zpl_sink, before, entry.label_bytes)
    qtbot.waitUntil(lambda: window.banners.banner(WAITING_BANNER) is None, timeout=WAIT)
    assert window.ctx.printing.journal.get(entry.id).print_status == "printed"
    assert zpl_sink.jobs[before:].count(entry.label_bytes) == 1
