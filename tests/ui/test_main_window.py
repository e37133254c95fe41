"""The window around the tabs: demo mode, plan gating, banners, the support report, shortcuts."""

import threading

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from shipdesk.core.session import SessionOptions, open_session
from shipdesk.ui.main_window import MainWindow
from shipdesk.ui.workers import WorkerRunner


def test_demo_mode_starts_an_embedded_sandbox_and_says_so(qtbot, tmp_path, monkeypatch):
    for name in ("SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY"):
        monkeypatch.delenv(name, raising=False)
    session = open_session(SessionOptions(profile_dir=str(tmp_path)))  # a new profile: no saved keys
    runner = WorkerRunner()
    try:
        assert session.demo and session.sandbox is not None
        assert session.v1 is not None and session.v1.base_url == session.sandbox.url
        window = MainWindow(session, runner)
        qtbot.addWidget(window)
        window.show()
        window.start()
        assert "Demo" in window.banners.banner("demo").text and "no real labels" in window.banners.banner("demo").text
        assert "Demo" in window.windowTitle()
        qtbot.waitUntil(lambda: session.capabilities is not None, timeout=10000)
        assert all(window.tabs.isTabEnabled(i) for i in range(window.tabs.count()))
    finally:
        runner.cancel_all()
        runner.wait()
        session.close()


def test_plan_none_disables_every_tab_with_the_reason(qtbot, make_window):
    window = make_window(plan="none")
    qtbot.waitUntil(lambda: window.banners.banner("plan") is not None, timeout=10000)
    labels = window.tabs.indexOf(window.history)
    assert not any(window.tabs.isTabEnabled(i) for i in range(window.tabs.count()) if i != labels)
    assert window.tabs.isTabEnabled(labels)  # the label history reprints from the journal: no plan needed
    assert "Gold" in window.tabs.tabToolTip(0)


def test_inventory_only_plan_leaves_just_inventory(qtbot, make_window):
    window = make_window(plan="inventory_only")
    qtbot.waitUntil(lambda: window.session.capabilities is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.banners.banner("plan") is not None, timeout=5000)
    enabled = {window.tabs.tabText(i).replace("&", ""): window.tabs.isTabEnabled(i) for i in range(3)}
    assert enabled == {"Orders": False, "Rates": False, "Inventory": True}
    assert window.tabs.currentWidget() is window.inventory
    assert "Inventory" in window.tabs.tabToolTip(0) or "plan" in window.tabs.tabToolTip(0)


def test_sticky_error_banner_stays_until_acknowledged(qtbot, make_window):
    window = make_window()
    from shipdesk.api.errors import ServerError

    window.ctx.report_error(ServerError("ShipStation could not do that: Invalid packageCode"), "Buying a label")
    banner = window.banners.banner("error")
    assert banner is not None and "Invalid packageCode" in banner.text and "Support report" in banner.text
    qtbot.wait(200)
    assert window.banners.banner("error") is banner  # no timeout: it waits for the packer
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert window.banners.banner("error") is None


def test_support_report_lists_failed_calls_redacted_and_copies(qtbot, make_window):
    window = make_window()
    cfg = window.sandbox.config
    try:
        window.session.v1.get_order(987654321)
    except Exception:
        pass
    dialog = window.show_support_report()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "/orders/987654321" in text and "Status code: 404" in text and "apisupport@shipstation.com" in text
    assert cfg.v1_key not in text and cfg.v1_secret not in text
    dialog.copy()
    assert QGuiApplication.clipboard().text() == text


def test_rate_limit_waits_show_in_the_status_bar(qtbot, make_window):
    window = make_window()
    window.session.v1.governor.observe(200, {"x-rate-limit-limit": "40", "x-rate-limit-remaining": "0",
                                             "x-rate-limit-reset": "1"})
    worker = threading.Thread(target=lambda: window.session.v1.list_carriers())
    worker.start()
    qtbot.waitUntil(lambda: "rate limit" in window.rate_label.text(), timeout=5000)
    worker.join(10)
    assert "Waiting" in window.rate_label.text()


def test_shortcuts_are_wired(make_window):
    window = make_window(start=False)
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.search_action.shortcut().matches(window.search_action.shortcut())
    assert window.next_action.shortcut().toString() == "Ctrl+Down"
    assert window.rate_action.shortcut().toString() == "Ctrl+Shift+R"


def test_sandbox_admin_reachable_for_ui_tests(make_window):
    window = make_window(start=False)
    assert httpx.get(window.sandbox.url + "/__sandbox/state").json()["plan"] == "gold"


def test_a_second_error_does_not_hide_the_first(make_window):
    window = make_window(start=False)
    from shipdesk.api.errors import ServerError

    window.ctx.report_error(ServerError("first problem"), "Holding an order")
    window.ctx.report_error(ServerError("second problem"), "Adding a tag")
    text = window.banners.banner("error").text
    assert "second problem" in text and "first problem" in text
    assert text.index("second problem") < text.index("first problem")
    assert text.count("Support report") == 1


def test_language_choice_is_saved_for_the_next_start(qtbot, make_window):
    from shipdesk.config import Settings

    window = make_window(start=False)
    assert window.language_actions[""].isChecked()
    window.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.session.paths.settings.exists(), timeout=5000)
    assert Settings.load(window.session.paths.settings).language == "fr"
    assert "next start" in window.banners.banner("language").text


def test_keyboard_alone_walks_from_the_filters_to_the_orders(qtbot, make_window):
    from PySide6.QtWidgets import QApplication

    window = make_window()
    tab = window.orders
    window.activateWindow()
    tab.status_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.status_combo, timeout=5000)
    visited = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is tab.table:
            break
    assert tab.search in visited and visited[-1] is tab.table  # filters → search → table, no mouse
    assert visited.index(tab.search) < visited.index(tab.table)
