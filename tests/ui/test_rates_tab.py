"""The Rates tab against the sandbox: follow the selected order, rate with V1 and V2, sort, failures in
words, unrated services, presets, plan gating, and the screenshot."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from shipdesk.api.capabilities import SurfaceStatus, detect
from shipdesk.api.v1.models import Weight
from shipdesk.config import Settings
from shipdesk.ui.main_window import MainWindow
from shipdesk.ui.rates_model import DELIVERY, PRICE, SOURCE, money

US_ORDER = 100002  # Isabella Johnson, Atlanta GA, 22 oz (seed 7)
OTHER_ORDER = 100009  # José Moore, Madison WI
FR_ORDER = 100012  # Paris, no state
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def rates_window(qtbot, make_window, **overrides: object) -> MainWindow:
    """A window whose Rates tab has loaded its lists; the Orders tab is left idle (start=False), so the
    test alone decides which order is selected."""
    window = make_window(start=False, v1_limit=400, **overrides)
    window.tabs.setCurrentWidget(window.rates)
    window.rates.start()
    qtbot.waitUntil(lambda: window.rates.catalog is not None, timeout=10000)
    return window


def select(window: MainWindow, order_id: int):
    order = window.session.v1.get_order(order_id)
    window.ctx.order_selected.emit(order)
    return order


def get_rates(qtbot, window: MainWindow) -> None:
    tab = window.rates
    qtbot.mouseClick(tab.get_rates_button, Qt.MouseButton.LeftButton)
    assert tab.busy and not tab.busy_bar.isHidden() and not tab.get_rates_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy, timeout=15000)
    assert tab.busy_bar.isHidden()


def rows(window: MainWindow) -> list:
    return window.rates.model.options()


def turn_off_v2_shipping(window: MainWindow) -> None:
    caps = detect(window.session.v1, window.session.v2)
    window.session.capabilities = dataclasses.replace(caps, v2_shipping=SurfaceStatus(
        False, "Not included in the account's plan: the V2 shipping API is off.", "plan", 403))


def test_selected_order_is_rated_by_v1_and_v2_with_the_right_totals(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    assert not tab.get_rates_button.isEnabled()  # nothing to rate yet
    order = select(window, US_ORDER)
    assert tab.header.text() == "Order NW-100002 — Isabella Johnson, Atlanta GA"
    assert tab.form.weight.value() == 22 and tab.form.weight_unit.currentData() == "ounces"
    assert tab.form.warehouse.currentData() == order.advanced_options.warehouse_id
    assert tab.form.package.currentData() == "package" and tab.form.state.text() == "GA"
    get_rates(qtbot, window)
    options = rows(window)
    assert {o.source for o in options} == {"V1", "V2"}
    assert tab.model.data(tab.model.index(0, SOURCE)) in ("V1", "V2")
    origin = tab.catalog.warehouse(order.advanced_options.warehouse_id).origin_address
    direct = window.session.v1.get_rates("ups", from_postal_code=origin.postal_code, to_country="US",
                                         to_state="GA", to_postal_code=order.ship_to.postal_code,
                                         weight=Weight(value=22, units="ounces"), package_code="package",
                                         confirmation="none")
    shown = {o.service_code: o.total for o in options if o.source == "V1" and o.carrier_code == "ups"}
    assert shown == {r.service_code: r.total for r in direct}
    ground = next(o for o in options if o.source == "V1" and o.service_code == "ups_ground")
    row = options.index(ground)
    assert tab.model.data(tab.model.index(row, PRICE)) == money(ground.total) and f"{ground.total:.2f}" in money(
        ground.total)
    v2_row = next(i for i, o in enumerate(options) if o.source == "V2")
    assert "day" in tab.model.data(tab.model.index(v2_row, DELIVERY))
    assert tab.problems_label.isHidden() and tab.unrated_label.isHidden()  # V2 prices Ground Saver too
    assert window.banners.banner("rates") is None and window.banners.banner("error") is None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.table.selectRow(0)
    assert window.grab().save(str(SCREENSHOTS / "rates.png"))


def test_sort_by_price_and_by_speed_with_toggles_and_header(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    select(window, US_ORDER)
    window.rate_action.trigger()  # Ctrl+Shift+R rates the selected order
    qtbot.waitUntil(lambda: bool(rows(window)) and not tab.busy, timeout=15000)
    totals = [o.total for o in rows(window)]
    assert totals == sorted(totals) and tab.cheapest_button.isChecked()
    qtbot.mouseClick(tab.fastest_button, Qt.MouseButton.LeftButton)
    days = [o.delivery_days for o in rows(window)]
    known = [d for d in days if d is not None]
    assert known == sorted(known) and days[: len(known)] == known  # unknown (V1) delivery times last
    assert tab.fastest_button.isChecked() and not tab.cheapest_button.isChecked()
    header = tab.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(PRICE) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == PRICE  # a header click sorts too
    totals = [o.total for o in rows(window)]
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert totals == sorted(totals, reverse=not ascending)
    assert tab.cheapest_button.isChecked() == ascending and not tab.fastest_button.isChecked()


def test_ups_failure_is_said_in_words_and_other_carriers_still_show(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    select(window, US_ORDER)
    tab.form.state.selectAll()
    qtbot.keyClick(tab.form.state, Qt.Key.Key_Delete)  # the packer clears the ship-to state
    get_rates(qtbot, window)
    text = tab.problems_label.text()
    assert not tab.problems_label.isHidden() and "UPS" in text and "toState field is required" in text
    carriers = {(o.source, o.carrier_code) for o in rows(window)}
    assert ("V1", "stamps_com") in carriers and ("V1", "fedex") in carriers and ("V1", "ups") not in carriers
    assert window.banners.banner("rates") is None and window.banners.banner("error") is None  # not sticky


def test_editing_the_weight_changes_the_prices(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    select(window, US_ORDER)
    get_rates(qtbot, window)
    before = {(o.source, o.service_code): o.total for o in rows(window)}
    tab.form.weight_unit.setCurrentIndex(tab.form.weight_unit.findData("pounds"))
    tab.form.weight.setValue(6)
    assert tab.model.stale and "Get rates" in tab.stale_label.text()
    get_rates(qtbot, window)
    after = {(o.source, o.service_code): o.total for o in rows(window)}
    assert not tab.model.stale and after.keys() == before.keys()
    assert after[("V1", "fedex_ground")] > before[("V1", "fedex_ground")]
    assert after[("V2", "usps_priority_mail")] > before[("V2", "usps_priority_mail")]


def test_presets_save_apply_and_survive_a_new_settings_load(qtbot, make_window, monkeypatch):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    select(window, US_ORDER)
    tab.form.confirmation.setCurrentIndex(tab.form.confirmation.findData("signature"))
    get_rates(qtbot, window)
    row = next(i for i, o in enumerate(rows(window)) if o.source == "V1" and o.service_code == "fedex_2day")
    tab.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bench 2day", True))
    qtbot.mouseClick(tab.save_preset_button, Qt.MouseButton.LeftButton)
    path = window.session.paths.settings
    qtbot.waitUntil(lambda: path.exists() and bool(Settings.load(path).rate_presets), timeout=5000)
    saved = Settings.load(path)
    assert [(p.name, p.carrier_code, p.service_code, p.confirmation) for p in saved.rate_presets] == [
        ("Bench 2day", "fedex", "fedex_2day", "signature")]
    assert saved.selected_preset == "Bench 2day" and tab.presets.currentData() == "Bench 2day"
    # No preset, then the next order: the order's own confirmation comes back.
    tab.presets.setCurrentIndex(0)
    tab.presets.activated.emit(0)
    select(window, OTHER_ORDER)
    assert tab.form.confirmation.currentData() == "none"
    # Pick the preset: it fills the form and its service is the one chosen after rating.
    index = tab.presets.findData("Bench 2day")
    tab.presets.setCurrentIndex(index)
    tab.presets.activated.emit(index)
    assert tab.form.confirmation.currentData() == "signature"
    get_rates(qtbot, window)
    chosen = tab.selected_option()
    assert chosen is not None and (chosen.carrier_code, chosen.service_code) == ("fedex", "fedex_2day")
    font = tab.model.data(tab.table.selectionModel().selectedRows()[0], Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    qtbot.waitUntil(lambda: Settings.load(path).selected_preset == "Bench 2day", timeout=5000)


def test_without_v2_ups_ground_saver_is_listed_as_unrated_with_the_reason(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    turn_off_v2_shipping(window)
    select(window, US_ORDER)
    get_rates(qtbot, window)
    assert {o.source for o in rows(window)} == {"V1"}
    unrated = tab.unrated_label.text()
    assert not tab.unrated_label.isHidden() and "UPS® Ground Saver (UPS)" in unrated
    assert "never include this service" in unrated
    assert "V2 rates are not used" in tab.notes_label.text() and not tab.notes_label.isHidden()


def test_nothing_rated_at_all_is_a_sticky_banner(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    tab = window.rates
    turn_off_v2_shipping(window)
    select(window, FR_ORDER)  # abroad, no state: UPS refuses through V1
    tab.form.package.setCurrentIndex(tab.form.package.findData("ups_letter"))  # only UPS is asked
    get_rates(qtbot, window)
    assert rows(window) == []
    banner = window.banners.banner("rates")
    assert banner is not None and banner.button is not None
    assert "NW-100012" in banner.text and "toState" in banner.text


def test_inventory_only_plan_disables_the_rates_tab_with_the_reason(qtbot, make_window):
    window = make_window(plan="inventory_only")
    qtbot.waitUntil(lambda: window.session.capabilities is not None, timeout=10000)
    index = window.tabs.indexOf(window.rates)
    qtbot.waitUntil(lambda: not window.tabs.isTabEnabled(index), timeout=5000)
    assert "plan" in window.tabs.tabToolTip(index) and "Gold" in window.tabs.tabToolTip(index)
    qtbot.waitUntil(lambda: window.rates.catalog is not None, timeout=10000)
    assert window.banners.banner("rates") is None  # the lists' refusal is not a packer's error


def test_shipstation_unreachable_switches_to_the_offline_banner(qtbot, make_window):
    window = rates_window(qtbot, make_window)
    select(window, US_ORDER)
    window.sandbox.stop()
    get_rates(qtbot, window)
    assert rows(window) == [] and "cannot reach ShipStation" in window.rates.problems_label.text()
    assert not window.ctx.online and window.banners.banner("offline") is not None
    assert window.banners.banner("rates") is None  # the offline banner already says it all
