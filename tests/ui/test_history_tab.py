"""The Labels tab in the window, on a sandbox and the private cupsd: labels from this station and from
ShipStation's web app each show once; Reprint sends the journal's copy to the raw queue and buys nothing;
Void and Return label ask first and show ShipStation's answer; tracking follows the sandbox's clock."""

from __future__ import annotations

import httpx
from api.v1_support import make_client as v1_client
from api.v1_support import open_order_id
from label_support import buy_label
from PySide6.QtCore import Qt

from shipdesk.core.history import HistoryRow
from shipdesk.printing.printers import PrinterProfile, Transport
from shipdesk.printing.station import Station
from shipdesk.ui.history_model import LOCAL_COPY, SOURCE, STATE, STATION, TRACKING_STATUS
from shipdesk.ui.main_window import MainWindow

WAIT = 20_000
V1_NO_COPY = "ShipStation V1 does not send this label's file again: print it from ShipStation's web app."


def labels_window(qtbot, make_window, auto_print: bool = True) -> MainWindow:
    window = make_window(start=False, window_seconds=2)
    window.session.settings.station_name = "bench-1"  # the station label_support buys as
    window.ctx.set_station(Station(label=PrinterProfile("ZebraRaw", Transport.CUPS_RAW), auto_print=auto_print))
    window.tabs.setCurrentWidget(window.history)
    return window


def load(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.history.loaded, timeout=WAIT):
        window.history.refresh()


def select(window: MainWindow, tracking: str | None) -> HistoryRow:
    tab = window.history
    rows = [r for r in tab.model.shown_rows() if r.tracking_number == tracking]
    assert len(rows) == 1, f"{tracking} shows {len(rows)} times"
    assert tab.select(rows[0].key)
    selected = tab.selected_row()
    assert selected is not None
    return selected


def cell(window: MainWindow, tracking: str | None, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    model = window.history.model
    row = next(n for n, r in enumerate(model.shown_rows()) if r.tracking_number == tracking)
    return model.data(model.index(row, column), role)


def click_and_wait(qtbot, window: MainWindow, button) -> str:
    with qtbot.waitSignal(window.history.answered, timeout=WAIT) as said:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return str(said.args[0])


def confirm_and_wait(qtbot, window: MainWindow) -> str:
    with qtbot.waitSignal(window.history.answered, timeout=WAIT) as said:
        window.history.confirm_button.click()
    return str(said.args[0])


def counters(window: MainWindow) -> dict:
    data = httpx.get(window.sandbox.url + "/__sandbox/counters", timeout=10).json()
    return {k: v for k, v in data.items() if k != "requests"}


def test_labels_tab_lists_each_label_once_and_reprints_the_local_copy(qtbot, make_window, cups, zpl_sink):
    window = labels_window(qtbot, make_window)
    tab = window.history
    assert window.tabs.indexOf(tab) == 3 and window.tabs.tabText(3) == "&Labels"
    mine = buy_label(window.session, window.sandbox, "zpl", print_on_purchase=False)
    web = v1_client(window.sandbox)
    try:
        web_label = web.create_label_for_order(open_order_id(window.sandbox), "stamps_com", "usps_priority_mail",
                                               package_code="package")
    finally:
        web.close()
    load(qtbot, window)

    trackings = [r.tracking_number for r in tab.model.shown_rows()]
    assert len(trackings) == len(set(trackings)) and {mine.tracking_number, web_label.tracking_number} <= set(trackings)
    assert (cell(window, mine.tracking_number, SOURCE), cell(window, mine.tracking_number, STATION)) == (
        "This station", "bench-1")
    assert cell(window, mine.tracking_number, LOCAL_COPY) == "Yes"
    assert cell(window, mine.tracking_number, TRACKING_STATUS) == "Not scanned yet"
    assert (cell(window, web_label.tracking_number, SOURCE), cell(window, web_label.tracking_number, STATION)) == (
        "Bought elsewhere", "ShipStation")
    assert cell(window, web_label.tracking_number, TRACKING_STATUS) == "Not in V1"
    assert "V2" in cell(window, web_label.tracking_number, TRACKING_STATUS, Qt.ItemDataRole.ToolTipRole)

    # The filter box takes an order number or a tracking number.
    tab.search.setText(mine.tracking_number[-8:])
    assert [r.tracking_number for r in tab.model.shown_rows()] == [mine.tracking_number]
    tab.search.setText(f"#{mine.order_number}")
    assert mine.tracking_number in [r.tracking_number for r in tab.model.shown_rows()]
    tab.search.clear()

    # Bought in the web app through V1: nothing to reprint here, and the packer is told where to print it.
    select(window, web_label.tracking_number)
    assert not tab.reprint_button.isEnabled() and tab.reprint_button.toolTip() == V1_NO_COPY
    assert not tab.return_button.isEnabled() and "V2" in tab.return_button.toolTip()
    assert not tab.track_button.isEnabled() and "V1 has no tracking call" in tab.track_button.toolTip()
    assert not tab.form_button.isEnabled()

    # Ours: reprinted from the journal's copy, byte for byte, and ShipStation sells nothing.
    select(window, mine.tracking_number)
    assert tab.reprint_button.isEnabled()
    before, calls = counters(window), len(window.session.call_log.last())
    said = click_and_wait(qtbot, window, tab.reprint_button)
    assert mine.tracking_number in said and "nothing was bought" in said
    assert zpl_sink.wait_for(mine.label_bytes or b""), "the reprint did not reach ZebraRaw"
    assert zpl_sink.jobs.count(mine.label_bytes) == 1
    qtbot.waitUntil(lambda: window.ctx.printing.journal.get(mine.id).print_status == "printed", timeout=WAIT)
    assert counters(window) == before
    assert not [c for c in window.session.call_log.last()[calls:] if c.method != "GET"]


def test_void_asks_then_shows_shipstations_answer(qtbot, make_window, cups, zpl_sink):
    window = labels_window(qtbot, make_window)
    tab = window.history
    entry = buy_label(window.session, window.sandbox, "zpl", print_on_purchase=False)
    scanned = buy_label(window.session, window.sandbox, "zpl", print_on_purchase=False)
    load(qtbot, window)

    select(window, entry.tracking_number)
    question = tab.ask_void()
    assert question is not None and question.isVisible()
    for words in (entry.tracking_number, "stamps_com", "$", "refund"):
        assert words in question.text(), words
    question.button(question.StandardButton.Cancel).click()
    assert window.ctx.printing.journal.get(entry.id).voided_at is None  # cancel voids nothing

    qtbot.mouseClick(tab.void_button, Qt.MouseButton.LeftButton)
    said = confirm_and_wait(qtbot, window)
    assert said == (f"ShipStation voided label {entry.tracking_number}. Its answer: "
                    "“Request for refund submitted.  This label has been voided.”")
    assert tab.message.text() == said
    qtbot.waitUntil(lambda: cell(window, entry.tracking_number, STATE) == "Voided", timeout=WAIT)
    row = select(window, entry.tracking_number)
    assert row.voided and not tab.void_button.isEnabled() and not tab.reprint_button.isEnabled()
    assert "voided" in tab.reprint_button.toolTip()
    assert window.ctx.printing.journal.get(entry.id).voided_at is not None

    # A label the carrier has scanned: ShipStation refuses, and the packer reads its reason.
    httpx.post(window.sandbox.url + "/__sandbox/clock", json={"advance_days": 1}, timeout=10).raise_for_status()
    select(window, scanned.tracking_number)
    tab.ask_void()
    said = confirm_and_wait(qtbot, window)
    assert said == (f"ShipStation did not void label {scanned.tracking_number}. Its answer: “The carrier has "
                    "already scanned this package; it cannot be voided.” (reason: label_already_used)")
    assert cell(window, scanned.tracking_number, STATE) == "Active"
    assert window.ctx.printing.journal.get(scanned.id).void_message

    # Tracking for the scanned label, as of the sandbox's clock.
    said = click_and_wait(qtbot, window, tab.track_button)
    assert said.startswith(f"Tracking {scanned.tracking_number}: In transit.") and "Expected" in said
    assert cell(window, scanned.tracking_number, TRACKING_STATUS) == "In transit"


def test_return_label_asks_buys_once_and_prints(qtbot, make_window, cups, zpl_sink):
    window = labels_window(qtbot, make_window, auto_print=True)
    tab = window.history
    entry = buy_label(window.session, window.sandbox, "zpl", print_on_purchase=False)
    load(qtbot, window)
    select(window, entry.tracking_number)
    question = tab.ask_return()
    assert question is not None and "may cost money" in question.text() and entry.tracking_number in question.text()
    assert "prints it on the label printer" in question.text()
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):  # the journal changed: the tab reloads it
        said = confirm_and_wait(qtbot, window)
    assert said.startswith(f"Return label bought for {entry.tracking_number}: tracking ")
    assert said.endswith("It is in the print queue.")
    [returned] = window.ctx.printing.journal.returns_for(str(entry.label_id))
    assert returned.tracking_number and returned.tracking_number in said
    assert zpl_sink.wait_for(returned.label_bytes or b""), "the return label was not printed"
    assert cell(window, returned.tracking_number, STATE) == "Return label"
    assert cell(window, returned.tracking_number, SOURCE) == "This station"

    # Asked again: ShipDesk knows the return label and asks before buying another one.
    select(window, entry.tracking_number)
    tab.ask_return()
    tab.confirm_button.click()
    qtbot.waitUntil(lambda: tab.pending is not None and "already has a return label" in tab.pending.text(),
                    timeout=WAIT)
    tab.pending.button(tab.pending.StandardButton.Cancel).click()
    assert len(window.ctx.printing.journal.returns_for(str(entry.label_id))) == 1
