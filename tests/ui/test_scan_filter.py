"""The app-wide scan filter in a real window (shipdesk/ui/scan_filter.py): scanner bursts are scans whatever has
focus and never land in the focused field; a person's typing reaches the field exactly; a burst cut in half
goes back as typing, in order, with a scan error saying so. Keys are real QKeyEvents on a fake clock
(tests/scan_keys.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QVBoxLayout
from scan_keys import PERSON_MS, key_for, scan, scanning_window, settle, type_text

from shipdesk.core.scan_burst import Key
from shipdesk.core.scan_commands import Command, ScanMode, command_code
from shipdesk.core.scan_decoder import ScanKind
from shipdesk.ui.scan_filter import classify

WAIT = 30_000


def ready_window(qtbot, make_window):
    window = scanning_window(qtbot, make_window, "scanf")
    return window, window.scan_clock, window.routed


def awaiting_number(window) -> tuple[int, str]:
    row = window.orders.model.visible_rows()[3]
    return row[0], row[1]


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)


def test_a_scan_into_the_search_field_opens_the_order_and_leaves_the_field_alone(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    order_id, number = awaiting_number(window)
    search = window.orders.search
    focus(qtbot, search)
    scan(number, clock)
    settle(clock, qtbot)
    assert [(s.kind, s.value) for s in routed] == [(ScanKind.ORDER_NUMBER, number)]
    qtbot.waitUntil(lambda: window.orders.shown_order is not None and window.orders.shown_order.order_id == order_id,
                    timeout=WAIT)
    assert search.text() == ""


def test_a_scan_with_the_table_focused_is_not_a_keyboard_search(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    order_id, number = awaiting_number(window)
    table = window.orders.table
    window.orders.select_row(0)
    focus(qtbot, table)
    scan(number, clock)
    settle(clock, qtbot)
    assert [s.value for s in routed] == [number]
    assert window.orders.model.order_id_at(table.currentIndex().row()) == order_id


def test_a_scan_on_the_rates_form_leaves_the_form_as_it_was(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    window.orders.select_row(0)  # the form takes the selected order's shipment
    qtbot.waitUntil(window.rates.form.isEnabled, timeout=WAIT)
    window.tabs.setCurrentWidget(window.rates)
    city = window.rates.form.city
    city.setText("Springfield")
    focus(qtbot, city)
    scan(command_code(Command.MODE_VERIFY), clock)  # a scan that leaves the selected order alone
    settle(clock, qtbot)
    assert [s.command for s in routed] == [Command.MODE_VERIFY]
    assert city.text() == "Springfield"
    assert window.scanning.router.mode is ScanMode.VERIFY


def test_a_scan_in_a_dialog_line_edit_or_combo_is_a_scan(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    _order_id, number = awaiting_number(window)
    dialog = QDialog(window)
    edit, combo = QLineEdit(), QComboBox()
    combo.setEditable(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(combo)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in (edit, combo):
        focus(qtbot, widget)
        scan("^#^1e240^", clock)
        settle(clock, qtbot)
    assert [s.kind for s in routed] == [ScanKind.ORDER_ID, ScanKind.ORDER_ID]
    assert edit.text() == "" and combo.currentText() == ""
    window.scanning.feedback.acknowledge()  # orderId 123456 does not exist: that was a scan error
    dialog.close()


def test_slow_typing_stays_text_exactly_and_enter_still_searches(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    _order_id, number = awaiting_number(window)
    search = window.orders.search
    focus(qtbot, search)
    type_text(number, clock, PERSON_MS)
    settle(clock, qtbot)
    qtbot.waitUntil(lambda: search.text() == number, timeout=WAIT)
    clock.advance(PERSON_MS)
    QTest.keyClick(search, Qt.Key.Key_Return)
    settle(clock, qtbot)
    assert routed == []
    qtbot.waitUntil(lambda: window.orders.table.hasFocus(), timeout=WAIT)  # Enter in the search: to the table
    assert not window.scanning.feedback.error_pending


def test_a_burst_cut_in_half_goes_back_as_typing_in_order_and_says_scan_again(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    _order_id, number = awaiting_number(window)
    search = window.orders.search
    focus(qtbot, search)
    type_text(number[:5], clock, 5)
    clock.advance(120)  # the scanner stalls
    type_text(number[5:], clock, 5, terminator="enter")
    settle(clock, qtbot)
    qtbot.waitUntil(lambda: search.text() == number, timeout=WAIT)
    assert routed == []
    assert window.scanning.feedback.error_pending
    assert "came in pieces" in window.banners.banner("scan-error").text


def test_a_space_held_for_a_moment_still_toggles_a_checkbox_once(qtbot, make_window):
    window, clock, _routed = ready_window(qtbot, make_window)
    box = QCheckBox("x", window.orders)
    box.show()
    focus(qtbot, box)
    clock.advance(500)
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()  # held: a scan could still follow
    settle(clock, qtbot)
    qtbot.waitUntil(box.isChecked, timeout=WAIT)
    settle(clock, qtbot)
    assert box.isChecked()


def test_keys_through_the_window_system_path_make_one_scan(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    _order_id, number = awaiting_number(window)
    search = window.orders.search
    focus(qtbot, search)
    handle = window.windowHandle()
    for ch in number:
        clock.advance(5)
        QTest.keyClick(handle, ch)
    clock.advance(5)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    settle(clock, qtbot)
    assert [s.value for s in routed] == [number]
    assert number not in search.text()


def test_human_typing_of_any_text_arrives_exactly(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    window.orders.select_row(0)
    qtbot.waitUntil(window.rates.form.isEnabled, timeout=WAIT)
    edit = window.rates.form.city
    window.tabs.setCurrentWidget(window.rates)

    @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_categories=("Cc", "Cs")),
                   min_size=1, max_size=12),
           st.floats(min_value=40, max_value=300))
    def typing(text, gap):
        edit.clear()
        focus(qtbot, edit)
        type_text(text, clock, gap)
        settle(clock, qtbot, ms=gap + 100)
        qtbot.waitUntil(lambda: edit.text() == text, timeout=WAIT)

    typing()
    assert routed == []


def test_a_dead_caret_reaching_a_table_is_read_as_caret(qtbot, make_window):
    window, clock, routed = ready_window(qtbot, make_window)
    table = window.orders.table
    focus(qtbot, table)
    for ch in "^#^1e240^":  # ^ is a dead key on this layout: the table (no input method) gets it bare
        clock.advance(5)
        if ch == "^":
            QTest.sendKeyEvent(QTest.KeyAction.Click, table, Qt.Key.Key_Dead_Circumflex, "",
                               Qt.KeyboardModifier.NoModifier)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, table, key_for(ch), ch, Qt.KeyboardModifier.NoModifier)
    clock.advance(5)
    QTest.keyClick(table, Qt.Key.Key_Return)
    settle(clock, qtbot)
    assert [(s.kind, s.order_id) for s in routed] == [(ScanKind.ORDER_ID, 0x1E240)]
    window.scanning.feedback.acknowledge()  # no such order in the sandbox


def test_key_events_are_classified_as_a_scanner_sends_them():
    def ev(key, text="", mods=Qt.KeyboardModifier.NoModifier, kind=QEvent.Type.KeyPress, repeat=False):
        return classify(QKeyEvent(kind, key, mods, text, repeat))

    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    assert ev(Qt.Key.Key_A, "a")[:2] == (Key.CHAR, "a")
    assert ev(Qt.Key.Key_NumberSign, "#", ctrl | alt)[:2] == (Key.CHAR, "#")  # AltGr on Windows is Ctrl+Alt
    assert ev(Qt.Key.Key_3, "3", alt)[0] is Key.CHORD  # Alt+3 on a US layout: a scanner's AltGr, or a shortcut
    assert ev(Qt.Key.Key_Return, "\r") == (Key.TERMINATOR, "", "enter")
    assert ev(Qt.Key.Key_Tab, "\t") == (Key.TERMINATOR, "", "tab")
    assert ev(0x0A, "\n") == (Key.TERMINATOR, "", "enter")  # an LF suffix on X11 (keysym Linefeed)
    assert ev(Qt.Key.Key_J, "\n", ctrl) == (Key.TERMINATOR, "", "enter")  # an LF suffix on Windows: Ctrl+J
    assert ev(Qt.Key.Key_J, "\n", alt)[0] is Key.CHORD
    assert ev(Qt.Key.Key_Shift)[0] is Key.MODIFIER
    assert ev(Qt.Key.Key_A, "a", repeat=True)[0] is Key.OTHER  # a held key is a person
    assert ev(Qt.Key.Key_Backspace, "\b")[0] is Key.OTHER
    assert ev(Qt.Key.Key_unknown, "\x1d")[:2] == (Key.CHAR, "\x1d")  # GS (FNC1) from a GS1 barcode
    assert ev(Qt.Key.Key_A, "a", kind=QEvent.Type.KeyRelease)[0] is Key.RELEASE
