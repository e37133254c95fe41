"""Settings → Scanner self-test in a real window: the sheet's test codes scanned exactly, through a keyboard
layout mismatch, with Caps Lock, and too slowly; what the dialog shows and hints, the limits it saves, and
that scans during the test open nothing."""

from __future__ import annotations

import json

from scan_keys import scan, scanning_window, settle, type_text

from shipdesk.core.keyboard_layouts import LAYOUTS, US, mangle
from shipdesk.core.scanner_selftest import TEST_CODES
from shipdesk.ui.scanner_test_dialog import COL_ARRIVED, COL_RESULT, COL_TIMING, ScannerTestDialog

WAIT = 30_000
CODE = {t.key: t for t in TEST_CODES}


def open_test(qtbot, make_window):
    window = scanning_window(qtbot, make_window, "selft")
    clock, routed = window.scan_clock, window.routed
    window.scanner_test_action.trigger()
    dialog = window.findChild(ScannerTestDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=WAIT)
    return window, dialog, clock, routed


def row_of(key: str) -> int:
    return [t.key for t in TEST_CODES].index(key)


def cell(dialog, key: str, column: int) -> str:
    return dialog.table.item(row_of(key), column).text()


def test_each_test_code_scanned_right_is_ticked_and_opens_nothing(qtbot, make_window):
    window, dialog, clock, routed = open_test(qtbot, make_window)
    for code in TEST_CODES:
        with qtbot.waitSignal(dialog.diagnosed, timeout=WAIT) as seen:
            scan(code.text, clock, widget=dialog.typed)
        assert seen.args[0].ok, code.key
        assert cell(dialog, code.key, COL_RESULT) == "✓ Arrived exactly as printed."
        assert cell(dialog, code.key, COL_TIMING).endswith("then Enter")
    assert cell(dialog, "scan-to-view", COL_ARRIVED) == "^#^1a2b3c4d^"
    assert routed == [] and dialog.typed.text() == ""
    assert window.scanning.router.mode.value == "open" and not window.scanning.feedback.error_pending
    dialog.close()
    assert not window.scanning.capturing


def test_a_layout_mismatch_is_named_with_both_fixes_and_can_be_read_through(qtbot, make_window):
    window, dialog, clock, _routed = open_test(qtbot, make_window)
    arrived = mangle(CODE["order-number"].text, US, LAYOUTS["fr"])  # NW-100234 from a US scanner on AZERTY
    with qtbot.waitSignal(dialog.diagnosed, timeout=WAIT):
        scan(arrived, clock, widget=dialog.typed)
    hint = dialog.hint.text()
    assert "as if the keyboard were US, but this computer uses French (AZERTY)" in hint
    assert "set the scanner to French (AZERTY)" in hint and "keyboard layout to US" in hint
    assert cell(dialog, "order-number", COL_RESULT).startswith("✗")
    assert "could also be a scanner typing US on a computer using Belgian (AZERTY)" in hint  # they type it alike
    assert not dialog.read_through.isVisible()
    with qtbot.waitSignal(dialog.diagnosed, timeout=WAIT):
        scan(mangle(CODE["digits"].text, US, LAYOUTS["fr"]), clock, widget=dialog.typed)  # 6 and 8 differ
    assert "the scanner types US, this computer uses French (AZERTY)" in dialog.hint.text()
    assert dialog.read_through.isVisible()
    dialog.read_through.click()
    settings_file = window.session.paths.settings
    qtbot.waitUntil(lambda: settings_file.exists() and
                    json.loads(settings_file.read_text())["scanner_layout_pair"] == "us:fr", timeout=WAIT)
    dialog.close()
    row = window.orders.model.visible_rows()[4]
    with qtbot.waitSignal(window.scanning.open.opened, timeout=WAIT) as opened:
        scan(mangle(row[1], US, LAYOUTS["fr"]), clock, widget=window.orders.search)  # read through it now
    assert opened.args == [row[0]]


def test_caps_lock_is_named(qtbot, make_window):
    _window, dialog, clock, _routed = open_test(qtbot, make_window)
    with qtbot.waitSignal(dialog.diagnosed, timeout=WAIT):
        scan(CODE["tracking"].text.swapcase(), clock, widget=dialog.typed)  # 1z999aa...
    assert "Caps Lock is on" in cell(dialog, "tracking", COL_RESULT)


def test_too_slow_a_scanner_is_typed_then_a_saved_limit_makes_it_a_scan(qtbot, make_window):
    window, dialog, clock, routed = open_test(qtbot, make_window)
    digits = CODE["digits"].text
    with qtbot.waitSignal(dialog.diagnosed, timeout=WAIT) as seen:
        type_text(digits, clock, 60, widget=dialog.typed, terminator="enter")
        settle(clock, qtbot)
    assert not seen.args[0].ok
    assert "60 ms apart, slower than the limit of 35 ms" in dialog.hint.text()
    assert cell(dialog, "digits", COL_ARRIVED) == digits  # it went into the field as typing, all of it
    dialog.gap_spin.setValue(80)
    dialog.save_button.click()
    settings_file = window.session.paths.settings
    qtbot.waitUntil(lambda: settings_file.exists() and
                    json.loads(settings_file.read_text())["scanner_max_gap_ms"] == 80, timeout=WAIT)
    assert window.scanning.filter.settings.max_gap_ms == 80
    dialog.typed.clear()
    with qtbot.waitSignal(dialog.diagnosed, timeout=WAIT) as seen:
        type_text(digits, clock, 60, widget=dialog.typed, terminator="enter")
    assert seen.args[0].ok and dialog.typed.text() == ""
    assert cell(dialog, "digits", COL_TIMING).startswith("60, 60")
    assert routed == []
