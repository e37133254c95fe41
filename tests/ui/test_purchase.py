"""Buying from the Rates tab against the sandbox over HTTP: confirm and quick ship, the test flag, one label
per press, "buy another?", a non-Roman ship-to, customs, reship, money errors in words, a PDF label for a
ZPL printer, and a bought label printed byte for byte on a raw CUPS queue."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from shipdesk.config import RatePreset
from shipdesk.core.journal import BOUGHT, JournalEntry
from shipdesk.core.rating import RateOption
from shipdesk.printing.printers import PrinterProfile, Stock, Transport
from shipdesk.printing.station import Station
from shipdesk.sandbox import Sandbox
from shipdesk.sandbox.labels import roman_only
from shipdesk.ui.customs_dialog import ORIGIN, CustomsDialog
from shipdesk.ui.main_window import MainWindow
from shipdesk.ui.purchase_dialogs import (
    AnotherLabelDialog,
    Choice,
    ConfirmPurchaseDialog,
    NonRomanDialog,
    PdfForZplDialog,
)
from shipdesk.ui.purchase_outcome import ERROR, SUCCESS
from shipdesk.ui.rates_model import money

WAIT = 20_000
V1_PRIORITY = ("V1", "stamps_com", "usps_priority_mail")
V2_PRIORITY = ("V2", "stamps_com", "usps_priority_mail")


# -- helpers ------------------------------------------------------------------------------------------


def purchase_window(qtbot, make_window, *, confirm: bool = True, **overrides: object) -> MainWindow:
    """A window on the Rates tab with its lists loaded; the Orders tab stays idle (the test picks orders)."""
    window = make_window(start=False, v1_limit=400, **overrides)
    window.session.settings.confirm_purchase = confirm
    window.tabs.setCurrentWidget(window.rates)
    window.rates.start()
    qtbot.waitUntil(lambda: window.rates.catalog is not None, timeout=WAIT)
    return window


def order_where(box: Sandbox, status: str = "awaiting_shipment", *, country: str | None = "US",
                name_test: Any = None) -> int:
    """A seeded order (read from the sandbox's records) in this status, going to this country."""
    with box.world.lock:
        for order in box.world.orders.values():
            to = order["shipTo"] or {}
            if order["orderStatus"] != status:
                continue
            if country is not None and to.get("country") != country:
                continue
            if country is None and to.get("country") == "US":
                continue
            if name_test is not None and not name_test(to.get("name") or ""):
                continue
            return int(order["orderId"])
    raise AssertionError(f"the seed has no such order ({status}, {country})")


def rate(qtbot, window: MainWindow, order_id: int) -> None:
    window.ctx.order_selected.emit(window.session.v1.get_order(order_id))
    tab = window.rates
    qtbot.mouseClick(tab.get_rates_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy and tab.model.rowCount() > 0, timeout=WAIT)


def choose(window: MainWindow, source: str, carrier: str, service: str) -> RateOption:
    tab = window.rates
    options = tab.model.options()
    row = next(i for i, o in enumerate(options) if (o.source, o.carrier_code, o.service_code) == (source, carrier,
                                                                                                  service))
    tab.table.selectRow(row)
    assert tab.selected_option() == options[row]
    return options[row]


def press_buy(qtbot, window: MainWindow) -> None:
    bar = window.rates.purchase_bar
    assert bar.buy_button.isEnabled()
    qtbot.mouseClick(bar.buy_button, Qt.MouseButton.LeftButton)


def dialog_of(qtbot, window: MainWindow, kind: type) -> Any:
    flow = window.rates.purchase
    qtbot.waitUntil(lambda: isinstance(flow.dialog, kind) and flow.dialog.isVisible(), timeout=WAIT)
    return flow.dialog


def answer(dialog: QDialog, choice: Choice) -> None:
    dialog.buttons[choice].click()  # type: ignore[attr-defined]


def settled(qtbot, window: MainWindow) -> str:
    """Wait for the purchase to end; the result line's text."""
    flow = window.rates.purchase
    qtbot.waitUntil(lambda: not flow.busy, timeout=WAIT)
    return window.rates.purchase_bar.result_label.text()


def v1_labels(box: Sandbox, order_id: int) -> int:
    with box.world.lock:
        return int(box.world.counters.labels_by_order[order_id])


def v2_labels(box: Sandbox) -> int:
    with box.world.lock:
        return int(sum(box.world.counters.labels_by_shipment.values()))


def journal(window: MainWindow) -> list[JournalEntry]:
    return [e for e in window.ctx.printing.journal.all() if e.has_label]


def purchase_calls(window: MainWindow) -> list[str]:
    return [r.url for r in window.session.call_log.last() if r.method == "POST" and
            ("createlabelfororder" in r.url or "/v2/labels" in r.url)]


# -- buying -------------------------------------------------------------------------------------------


def test_v1_label_with_confirm_shows_the_cost_and_buys_exactly_one(qtbot, make_window):
    window = purchase_window(qtbot, make_window)
    box, bar = window.sandbox, window.rates.purchase_bar
    order_id = order_where(box)
    assert not bar.buy_button.isEnabled()  # no order, no rate
    rate(qtbot, window, order_id)
    assert not bar.buy_button.isEnabled() or window.rates.selected_option() is not None
    option = choose(window, *V1_PRIORITY)
    assert bar.buy_button.isEnabled() and bar.buy_button.text() == "&Buy label" and bar.quick_label.isHidden()
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, ConfirmPurchaseDialog)
    order = window.rates.order
    assert dialog.cost_label.text() == money(option.total) and dialog.order_label.text() == order.order_number
    assert order.ship_to.name in dialog.ship_to_label.text() and order.ship_to.city in dialog.ship_to_label.text()
    assert "Priority" in dialog.service_label.text() and dialog.test_label.text().startswith("No")
    assert not bar.buy_button.isEnabled()  # the question is a purchase under way
    assert v1_labels(box, order_id) == 0  # nothing is bought before the answer
    with qtbot.waitSignal(window.ctx.labels_changed, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter confirms
    text = settled(qtbot, window)
    assert v1_labels(box, order_id) == 1
    [entry] = journal(window)
    assert entry.state == BOUGHT and entry.api == "v1" and entry.order_number == order.order_number
    assert entry.shown_cost == f"{option.total:.2f}" and not entry.test_label and entry.label_format == "pdf"
    assert not entry.print_on_purchase  # no label printer at this station
    assert bar.level == SUCCESS and entry.tracking_number in text and money(Decimal(entry.cost)) in text
    assert bar.buy_button.isEnabled()
    qtbot.waitUntil(lambda: bar.preview.preview is not None, timeout=WAIT)  # drawn on a worker
    assert bar.preview.isVisible() and not bar.preview.error  # the label shown


def test_v2_label_escape_cancels_then_enter_buys_from_the_rate(qtbot, make_window):
    window = purchase_window(qtbot, make_window)
    box = window.sandbox
    rate(qtbot, window, order_where(box))
    option = choose(window, *V2_PRIORITY)
    assert option.rate_id and option.shipment_id
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, ConfirmPurchaseDialog)
    assert dialog.cost_label.text() == money(option.total) and "(V2)" in dialog.service_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc cancels
    settled(qtbot, window)
    assert v2_labels(box) == 0 and not journal(window) and not purchase_calls(window)
    press_buy(qtbot, window)
    qtbot.keyClick(dialog_of(qtbot, window, ConfirmPurchaseDialog), Qt.Key.Key_Return)
    text = settled(qtbot, window)
    with box.world.lock:
        assert box.world.counters.labels_by_shipment[option.shipment_id] == 1
    [entry] = journal(window)
    assert entry.api == "v2" and entry.rate_id == option.rate_id and entry.tracking_number in text
    assert purchase_calls(window) == [f"{box.url}/v2/labels/rates/{option.rate_id}"]


def test_quick_ship_buys_at_once_and_a_double_press_buys_once(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    box, bar, flow = window.sandbox, window.rates.purchase_bar, window.rates.purchase
    order_id = order_where(box)
    rate(qtbot, window, order_id)
    assert not bar.quick_label.isHidden()  # the packer can see the station buys without asking
    choose(window, *V1_PRIORITY)
    press_buy(qtbot, window)
    assert flow.busy and flow.dialog is None and not bar.buy_button.isEnabled()
    qtbot.mouseClick(bar.buy_button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    window.buy_action.trigger()  # Ctrl+B during the purchase: nothing either
    flow.buy()
    settled(qtbot, window)
    assert v1_labels(box, order_id) == 1 and len(journal(window)) == 1 and len(purchase_calls(window)) == 1


def test_test_label_flag_reaches_the_sandbox(qtbot, make_window):
    window = purchase_window(qtbot, make_window)
    box, bar = window.sandbox, window.rates.purchase_bar
    order_id = order_where(box)
    rate(qtbot, window, order_id)
    choose(window, *V1_PRIORITY)
    bar.test_label.setChecked(True)
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, ConfirmPurchaseDialog)
    assert dialog.test_label.text().startswith("Yes")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    text = settled(qtbot, window)
    [entry] = journal(window)
    assert entry.test_label and "Test label" in text
    assert v1_labels(box, order_id) == 0  # a sample: the sandbox neither keeps nor counts it
    with box.world.lock:
        assert box.world.orders[order_id]["orderStatus"] == "awaiting_shipment"
    # V2 takes the flag only with a whole shipment: ShipDesk sends the rated shipment with it.
    choose(window, *V2_PRIORITY)
    press_buy(qtbot, window)
    qtbot.keyClick(dialog_of(qtbot, window, ConfirmPurchaseDialog), Qt.Key.Key_Return)
    settled(qtbot, window)
    v2_entry = next(e for e in journal(window) if e.api == "v2")
    with box.world.lock:
        assert box.world.v2_labels[v2_entry.label_id]["_test_label"] is True
    assert purchase_calls(window)[-1] == f"{box.url}/v2/labels"


def test_already_has_label_asks_with_no_as_default_and_yes_buys_a_second(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    box = window.sandbox
    rate(qtbot, window, order_where(box))
    option = choose(window, *V2_PRIORITY)
    press_buy(qtbot, window)
    settled(qtbot, window)
    assert v2_labels(box) == 1
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, AnotherLabelDialog)
    first = journal(window)[0].tracking_number
    assert first in dialog.question.text() and dialog.no_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter is No
    settled(qtbot, window)
    assert v2_labels(box) == 1 and len(journal(window)) == 1
    press_buy(qtbot, window)
    answer(dialog_of(qtbot, window, AnotherLabelDialog), Choice.BUY)
    settled(qtbot, window)
    with box.world.lock:
        assert box.world.counters.labels_by_shipment[option.shipment_id] == 2
    assert len(journal(window)) == 2


def test_a_v1_label_after_a_v2_label_for_the_same_order_asks_first(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    box = window.sandbox
    order_id = order_where(box)
    rate(qtbot, window, order_id)
    choose(window, *V2_PRIORITY)
    press_buy(qtbot, window)
    settled(qtbot, window)
    choose(window, *V1_PRIORITY)  # ShipStation doesn't tie the V2 label to the V1 order: the journal does
    press_buy(qtbot, window)
    answer(dialog_of(qtbot, window, AnotherLabelDialog), Choice.CANCEL)
    settled(qtbot, window)
    assert v1_labels(box, order_id) == 0 and v2_labels(box) == 1


# -- what must stop a purchase ------------------------------------------------------------------------


def non_roman_refusal(qtbot, make_window, name: str, city: str | None = None) -> tuple[MainWindow, int,
                                                                                      NonRomanDialog]:
    """A V1 rate bought for an open US order whose ship-to name is in another script (a customer who typed
    it so): the window, the order id and the question ShipDesk asks instead of buying."""
    window = purchase_window(qtbot, make_window, confirm=False)
    order_id = order_where(window.sandbox)
    with window.sandbox.world.lock:
        window.sandbox.world.orders[order_id]["shipTo"]["name"] = name
        if city is not None:
            window.sandbox.world.orders[order_id]["shipTo"]["city"] = city
    rate(qtbot, window, order_id)
    choose(window, *V1_PRIORITY)
    press_buy(qtbot, window)
    return window, order_id, dialog_of(qtbot, window, NonRomanDialog)


def test_cyrillic_ship_to_is_caught_before_any_v1_call_and_transliterated_on_the_order(qtbot, make_window):
    window, order_id, dialog = non_roman_refusal(qtbot, make_window, "Иван Петров", city="Бруклин")
    box = window.sandbox
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert cells == [["Name", "Иван Петров", "Ivan Petrov"], ["City", "Бруклин", "Bruklin"]]
    assert dialog.buttons[Choice.TRANSLITERATE].isEnabled() and dialog.buttons[Choice.USE_V2].isEnabled()
    assert not purchase_calls(window) and v1_labels(box, order_id) == 0  # blocked before any purchase call
    answer(dialog, Choice.TRANSLITERATE)
    text = settled(qtbot, window)
    assert v1_labels(box, order_id) == 1, text
    [entry] = journal(window)
    with box.world.lock:
        assert box.world.orders[order_id]["shipTo"]["name"] == "Ivan Petrov"  # written to the order
        printed = box.world.shipments[int(entry.shipment_id)]["shipTo"]
    assert (printed["name"], printed["city"]) == ("Ivan Petrov", "Bruklin")
    assert all(roman_only(printed[k]) == printed[k] for k in ("name", "city"))  # V1 prints them whole, no ???


def test_japanese_ship_to_offers_v2_only_and_v2_buys_it(qtbot, make_window):
    window, order_id, dialog = non_roman_refusal(qtbot, make_window, "山田 太郎")
    box = window.sandbox
    assert dialog.table.item(0, 2).text().startswith("none:")  # no table spells kanji: the reason instead
    assert not dialog.buttons[Choice.TRANSLITERATE].isEnabled() and dialog.buttons[Choice.USE_V2].isEnabled()
    answer(dialog, Choice.USE_V2)
    settled(qtbot, window)
    [entry] = journal(window)
    assert entry.api == "v2" and v1_labels(box, order_id) == 0 and v2_labels(box) == 1
    with box.world.lock:
        assert box.world.v2_labels[entry.label_id]["ship_to"]["name"] == "山田 太郎"
    assert not any("createlabelfororder" in url for url in purchase_calls(window))


def test_missing_customs_opens_the_editor_and_a_fixed_declaration_buys(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    box = window.sandbox
    order_id = order_where(box, country=None)
    with box.world.lock:
        box.world.orders[order_id]["internationalOptions"]["customsItems"] = None  # nobody declared anything
    rate(qtbot, window, order_id)
    bar = window.rates.purchase_bar
    assert bar.customs_button.isVisible()
    option = min((o for o in window.rates.model.options() if o.source == "V1"), key=lambda o: o.total)
    choose(window, option.source, option.carrier_code, option.service_code)
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, CustomsDialog)
    assert dialog.table.rowCount() >= 1 and not dialog.ok_button.isEnabled()
    assert "country where it was made" in dialog.problems_label.text()  # the problem, in words
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is off: Enter can't send a declaration ShipStation refuses
    assert window.rates.purchase.dialog is dialog and not purchase_calls(window)
    for row in range(dialog.table.rowCount()):
        dialog.table.item(row, ORIGIN).setText("US")
    assert dialog.ok_button.isEnabled() and dialog.problems_label.isHidden()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert v1_labels(box, order_id) == 1
    [entry] = journal(window)
    assert entry.form_bytes and entry.form_bytes.startswith(b"%PDF")  # the customs form came with the label


def test_cancelled_customs_buys_nothing_and_v2_sends_the_edited_declaration(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    box = window.sandbox
    order_id = order_where(box, country=None)
    with box.world.lock:
        box.world.orders[order_id]["internationalOptions"]["customsItems"][0]["countryOfOrigin"] = None
    rate(qtbot, window, order_id)
    option = min((o for o in window.rates.model.options() if o.source == "V2"), key=lambda o: o.total)
    choose(window, option.source, option.carrier_code, option.service_code)
    press_buy(qtbot, window)
    qtbot.keyClick(dialog_of(qtbot, window, CustomsDialog), Qt.Key.Key_Escape)
    settled(qtbot, window)
    assert not purchase_calls(window) and v2_labels(box) == 0
    qtbot.mouseClick(window.rates.purchase_bar.customs_button, Qt.MouseButton.LeftButton)  # "Edit customs…"
    dialog = dialog_of(qtbot, window, CustomsDialog)
    dialog.table.item(0, ORIGIN).setText("PT")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)
    assert not purchase_calls(window)  # editing buys nothing
    press_buy(qtbot, window)  # the edited declaration is used: no question this time
    settled(qtbot, window)
    [entry] = journal(window)
    assert entry.api == "v2" and purchase_calls(window) == [f"{box.url}/v2/labels"]
    with box.world.lock:
        shipment = box.world.v2_shipments[entry.shipment_id]
    origins = [p["country_of_origin"] for p in shipment["packages"][0]["products"]]
    assert origins[0] == "PT" and entry.form_bytes


# -- reship, money, printers -------------------------------------------------------------------------


def test_reship_of_a_shipped_order_always_confirms_and_buys_through_v2(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)  # quick ship: a reship still asks
    box, bar = window.sandbox, window.rates.purchase_bar
    order_id = order_where(box, "shipped")
    rate(qtbot, window, order_id)
    assert bar.buy_button.text() == "Re&ship…"
    twin = next(o for o in window.rates.model.options() if (o.source, o.carrier_code, o.service_code) == V2_PRIORITY)
    choose(window, *V1_PRIORITY)  # V1 can't reship: the same service through V2
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, ConfirmPurchaseDialog)
    assert dialog.summary.reship and "(V2)" in dialog.service_label.text()
    assert dialog.cost_label.text() == money(twin.total)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    text = settled(qtbot, window)
    [entry] = journal(window)
    assert entry.api == "v2" and entry.order_id == str(order_id) and entry.tracking_number in text
    assert v2_labels(box) == 1 and v1_labels(box, order_id) == 0


@pytest.mark.parametrize("source", ["V2", "V1"])
def test_insufficient_balance_is_said_in_money_words(qtbot, make_window, source: str):
    window = purchase_window(qtbot, make_window, confirm=False)
    box = window.sandbox
    window.rates.purchase.service_options = {"reconcile_delays": (0.0,)}  # V1 refuses with a 500: check once
    with box.world.lock:
        box.world.carrier_balances["stamps_com"] = Decimal("0.00")
    order_id = order_where(box)
    rate(qtbot, window, order_id)
    choose(window, source, "stamps_com", "usps_priority_mail")
    press_buy(qtbot, window)
    text = settled(qtbot, window)
    assert window.rates.purchase_bar.level == ERROR
    assert "Not enough postage" in text and "Add funds" in text and "Nothing was charged" in text
    assert not journal(window) and v1_labels(box, order_id) == 0 and v2_labels(box) == 0
    assert window.rates.purchase_bar.buy_button.isEnabled()  # after funds are added, buy again


def zpl_station(auto_print: bool) -> Station:
    return Station(label=PrinterProfile("ZebraRaw", Transport.CUPS_RAW, 203, Stock.FOUR_BY_SIX), auto_print=auto_print)


def test_v1_rate_on_a_zpl_printer_offers_the_v2_rate_or_a_pdf_to_print_elsewhere(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    window.ctx.set_station(zpl_station(auto_print=False))
    box = window.sandbox
    order_id = order_where(box)
    rate(qtbot, window, order_id)
    twin = next(o for o in window.rates.model.options() if (o.source, o.carrier_code, o.service_code) == V2_PRIORITY)
    choose(window, *V1_PRIORITY)
    press_buy(qtbot, window)
    dialog = dialog_of(qtbot, window, PdfForZplDialog)
    assert dialog.buttons[Choice.USE_V2].isDefault() and money(twin.total) in dialog.buttons[Choice.USE_V2].text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default: the same service as ZPL through V2
    settled(qtbot, window)
    [entry] = journal(window)
    assert entry.api == "v2" and entry.label_format == "zpl" and entry.label_bytes.startswith(b"^XA")
    other = order_where(box, name_test=lambda name: name != window.rates.order.ship_to.name)
    rate(qtbot, window, other)
    choose(window, *V1_PRIORITY)
    press_buy(qtbot, window)
    answer(dialog_of(qtbot, window, PdfForZplDialog), Choice.BUY_ANYWAY)
    text = settled(qtbot, window)
    v1_entry = next(e for e in journal(window) if e.api == "v1")
    assert v1_labels(box, other) == 1 and v1_entry.label_format == "pdf" and not v1_entry.print_on_purchase
    assert "PDF printer" in text


def test_bought_zpl_label_prints_byte_identical_on_the_raw_queue(qtbot, make_window, cups, zpl_sink):
    window = purchase_window(qtbot, make_window, confirm=False)
    window.ctx.set_station(zpl_station(auto_print=True))
    rate(qtbot, window, order_where(window.sandbox))
    choose(window, *V2_PRIORITY)
    with qtbot.waitSignal(window.ctx.print_requested, timeout=WAIT):
        press_buy(qtbot, window)
    [entry] = journal(window)
    assert entry.print_on_purchase and entry.label_format == "zpl"
    # The print runner (ctx.print_requested) sends it to the ZebraRaw queue, whose device is the sink.
    assert zpl_sink.wait_for(entry.label_bytes, timeout=30)
    qtbot.waitUntil(lambda: window.ctx.printing.journal.get(entry.id).print_status == "printed", timeout=WAIT)
    assert "Sent to the label printer" in window.rates.purchase_bar.result_label.text()


def test_the_presets_rate_is_selected_after_rating_and_buys(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    window.session.settings.rate_presets = [RatePreset(name="Bench", carrier_code="stamps_com",
                                                       service_code="usps_priority_mail")]
    window.rates.preset_bar.fill()
    window.rates.apply_preset("Bench")
    order_id = order_where(window.sandbox)
    rate(qtbot, window, order_id)
    chosen = window.rates.selected_option()
    assert chosen is not None and (chosen.carrier_code, chosen.service_code) == ("stamps_com", "usps_priority_mail")
    window.buy_action.trigger()  # Go → Buy label (Ctrl+B)
    settled(qtbot, window)
    [entry] = journal(window)
    assert entry.service == "usps_priority_mail" and entry.shown_cost == f"{chosen.total:.2f}"


def fault(box: Sandbox, kind: str, method: str, path: str, times: int | None = 1, delay: float = 0.0) -> None:
    rule = {"kind": kind, "method": method, "path": path, "times": times, "delay_seconds": delay}
    httpx.post(box.url + "/__sandbox/faults", json=rule, timeout=10).raise_for_status()


def test_lost_answer_without_a_label_says_so_and_the_next_press_buys_one(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    window.rates.purchase.service_options = {"reconcile_delays": (0.0,)}
    box, bar = window.sandbox, window.rates.purchase_bar
    rate(qtbot, window, order_where(box))
    choose(window, *V2_PRIORITY)
    fault(box, "502", "POST", "/v2/labels/rates/*")
    press_buy(qtbot, window)
    text = settled(qtbot, window)
    assert "ShipStation confirms no label was bought; you can try again" in text and v2_labels(box) == 0
    assert len(purchase_calls(window)) == 1  # asked, not sent again
    press_buy(qtbot, window)  # the packer's explicit retry
    settled(qtbot, window)
    assert v2_labels(box) == 1 and len(journal(window)) == 1 and bar.level == SUCCESS


def test_an_outcome_that_cant_be_checked_is_a_sticky_banner_and_nothing_more_is_bought(qtbot, make_window):
    window = purchase_window(qtbot, make_window, confirm=False)
    window.rates.purchase.service_options = {"reconcile_delays": (0.0,)}
    box = window.sandbox
    order_id = order_where(box)
    rate(qtbot, window, order_id)
    choose(window, *V1_PRIORITY)
    fault(box, "reset", "POST", "/orders/createlabelfororder")
    # The check before buying lists the order's shipments once (let through); after the lost answer
    # ShipStation can't be asked what happened.
    fault(box, "delay", "GET", "/shipments*", times=1, delay=0.01)
    fault(box, "500", "GET", "/shipments*", times=None)
    press_buy(qtbot, window)
    settled(qtbot, window)
    banner = window.banners.banner(f"purchase-unknown-{order_id}")
    assert banner is not None and banner.button is not None and "nothing will be bought" in banner.text
    press_buy(qtbot, window)  # still can't check: still nothing bought, no second purchase call
    settled(qtbot, window)
    assert len(purchase_calls(window)) == 1 and v1_labels(box, order_id) == 0
    httpx.delete(box.url + "/__sandbox/faults", timeout=10).raise_for_status()
    press_buy(qtbot, window)  # checks first (no label was bought), then buys one
    settled(qtbot, window)
    assert v1_labels(box, order_id) == 1 and len(purchase_calls(window)) == 2
    assert window.banners.banner(f"purchase-unknown-{order_id}") is None
