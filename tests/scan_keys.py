"""Typing into widgets like a scanner or a person: real key events through QApplication, on a fake clock.

The scan filter reads `clock()` for each key's time, so a test decides the spacing exactly: `gap_ms=5` is a
scanner, `gap_ms=150` a person. `ScanClock.advance` moves time on; the filter's deadline timer only gives
held keys back once the fake time has passed it (then `qtbot.waitUntil` sees the text).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

SCANNER_MS = 5.0
PERSON_MS = 150.0
_serial = itertools.count()


class ScanClock:
    def __init__(self, start: float = 1_000.0, window: QWidget | None = None) -> None:
        self.now = start
        self.window = window  # the window a window manager would give the keyboard back to

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> float:
        self.now += ms
        return self.now


def key_for(ch: str) -> Qt.Key:
    code = ord(ch.upper()) if len(ch.upper()) == 1 else 0
    return Qt.Key(code) if 0x20 <= code < 0x100 else Qt.Key.Key_unknown


def target(widget: QWidget | None, clock: ScanClock) -> QWidget:
    if widget is None and QApplication.activeWindow() is None and clock.window is not None:
        # Offscreen Qt has no window manager: a window that lost activation (a dialog closed, another test's
        # window went away) doesn't get it back, where X's or Windows' window manager would give it. Do so.
        clock.window.activateWindow()
        QApplication.processEvents()  # the activation is delivered as a window-system event
    found = widget or QApplication.focusWidget() or QApplication.activeWindow()  # no focus: keys go to the window
    assert found is not None, "no widget has focus"
    return found


def type_text(text: str, clock: ScanClock, gap_ms: float, widget: QWidget | None = None,
              terminator: str | None = None) -> None:
    """Press and release each character `gap_ms` apart, then Enter or Tab (`terminator`) one gap later.
    Each key goes to `widget`, or to whatever has focus at that moment."""
    for ch in text:
        clock.advance(gap_ms)
        QTest.sendKeyEvent(QTest.KeyAction.Click, target(widget, clock), key_for(ch), ch, Qt.KeyboardModifier.NoModifier)
    if terminator is not None:
        clock.advance(gap_ms)
        key = {"enter": Qt.Key.Key_Return, "tab": Qt.Key.Key_Tab}[terminator]
        QTest.keyClick(target(widget, clock), key)


def scan(text: str, clock: ScanClock, widget: QWidget | None = None, terminator: str = "enter") -> None:
    """A scanner: 5 ms between keys, ending with Enter."""
    type_text(text, clock, SCANNER_MS, widget, terminator)


def settle(clock: ScanClock, qtbot: object, ms: float = 200.0) -> None:
    """Let fake time pass beyond every deadline and give the filter's timer a chance to run."""
    clock.advance(ms)
    qtbot.wait(80)  # type: ignore[attr-defined]


def scanning_window(qtbot: object, make_window: Callable[..., Any], name: str, **overrides: object) -> Any:
    """A started window (first orders on screen) with its scan filter on a fake clock: `window.scan_clock`,
    and every routed scan collected in `window.routed`. `name` keeps this test file's keys its own."""
    n = next(_serial)
    window = make_window(start=False, v1_key=f"{name}-v1-{n}", v1_secret=f"{name}-s-{n}", v2_key=f"{name}-v2-{n}",
                         **overrides)
    with qtbot.waitSignal(window.ctx.orders_shown, timeout=30_000):  # type: ignore[attr-defined]
        window.start()
    window.scan_clock = ScanClock(window=window)
    window.scanning.filter.clock = window.scan_clock
    window.routed = []
    window.scanning.scan_routed.connect(window.routed.append)
    return window
