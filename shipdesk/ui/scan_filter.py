"""The app-wide scanner filter: scanner bursts become `scanned(Scan)` whatever has focus; typing stays typing.

Installed on QApplication, it sees each key event on its way to the focused widget (line edit, table, combo,
dialog...) and asks `core.scan_burst.BurstDetector` what to do:
- Every typed character is held back briefly, no longer than `max_gap_ms` (35 ms) after it came: only the
  next key, or its absence, tells a scanner from a person. If another character comes that fast, it is held
  too; if a terminator then ends a long enough burst, the whole burst is swallowed (the field never sees
  it) and decoded. Otherwise a QTimer at the deadline gives the held events back to the widget they were
  meant for, in order, before any later key (a later key first releases what is held, then goes itself).
  Why hold rather than type and take back: taking text back out of an arbitrary widget (a table's keyboard
  search, a spin box, a combo's completion) is not possible in general, and a 35 ms delay is below what
  a person notices. Releases of held keys are held with them, so a button pressed by Space still gets its
  press before its release.
- Gaps come from the events' own timestamps (when the window system gives them), so keys that queued
  up while the UI was busy keep their real spacing (a person's 100 ms stays 100 ms even when both keys are
  handled in the same millisecond); the deadline timer, when it fires late because the UI was busy, waits
  one more turn of the event loop so queued keys are seen before anything is released.
- While a burst runs, shortcut checks are refused (ShortcutOverride accepted): a scanner typing AltGr
  characters on a US layout would otherwise fire Alt+1..9 shortcuts.
- A dead key that reaches a widget without text (no input method) is read as its accent (`^`), so the
  scan-to-view code survives a layout where `^` is a dead key. Compose results (QInputMethodEvent commit
  strings, in text fields) count as typed characters.
Tests set `clock` (milliseconds); without one, the event timestamps and a monotonic clock are used.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ..core.scan_burst import Burst, BurstDetector, BurstSettings, Interrupted, Key, Step
from ..core.scan_decoder import Scan, ScanDecoder

LATE_MS = 20  # the deadline timer fired this late: the UI was busy, keys may be queued behind it
_KEY_TYPES = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
_FLUSH_TYPES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                          QEvent.Type.ApplicationDeactivate})
_WATCHED = _KEY_TYPES | _FLUSH_TYPES | {QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod}
K = Qt.Key
_MODIFIER_KEYS = frozenset({K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_AltGr, K.Key_Meta, K.Key_CapsLock,
                            K.Key_NumLock, K.Key_Mode_switch, K.Key_Super_L, K.Key_Super_R, K.Key_Hyper_L,
                            K.Key_Hyper_R})
_DEAD_KEYS = {K.Key_Dead_Circumflex: "^", K.Key_Dead_Diaeresis: "¨", K.Key_Dead_Grave: "`",
              K.Key_Dead_Acute: "´", K.Key_Dead_Tilde: "~", K.Key_Dead_Cedilla: "¸"}
_SCANNER_CONTROLS = frozenset("\x02\x03\x04\x1d\x1e")  # STX, ETX, EOT, GS (FNC1), RS: scanner framing
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


@dataclass
class _Held:
    receiver: QWidget
    event: QEvent  # a copy: Qt deletes the original when its delivery ends


def classify(event: QKeyEvent) -> tuple[Key, str, str]:
    """(kind, text, terminator name) of a key event, as the detector sees it."""
    if event.type() == QEvent.Type.KeyRelease:
        return Key.RELEASE, "", ""
    key, mods, text = event.key(), event.modifiers(), event.text()
    if event.isAutoRepeat():
        return Key.OTHER, "", ""  # a held key: a person
    if key in (K.Key_Return, K.Key_Enter):
        return Key.TERMINATOR, "", "enter"
    if text in ("\r", "\n") and not mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        return Key.TERMINATOR, "", "enter"  # a CR or LF suffix: X's Linefeed key, or Ctrl+J/Ctrl+M on Windows
    if key == K.Key_Tab and not mods & _CHORD:
        return Key.TERMINATOR, "", "tab"
    if key in _MODIFIER_KEYS:
        return Key.MODIFIER, "", ""
    if key in _DEAD_KEYS and not text:
        return Key.CHAR, _DEAD_KEYS[K(key)], ""
    printable = bool(text) and text.isprintable()
    altgr = bool(mods & Qt.KeyboardModifier.ControlModifier) and bool(mods & Qt.KeyboardModifier.AltModifier)
    if printable and (altgr or not mods & _CHORD):
        return Key.CHAR, text, ""
    if mods & _CHORD:
        return Key.CHORD, "", ""
    if text and all(ch in _SCANNER_CONTROLS for ch in text):
        return Key.CHAR, text, ""
    return Key.OTHER, "", ""


class ScanFilter(QObject):
    scanned = Signal(object)  # Scan
    burst_seen = Signal(object)  # Burst: exactly what arrived and how fast (the scanner self-test shows it)
    interrupted = Signal(object)  # Interrupted: a fast run that went back as typed text

    def __init__(self, settings: BurstSettings, decoder: ScanDecoder, scope: QWidget | None = None,
                 clock: Callable[[], float] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detector: BurstDetector[_Held] = BurstDetector(settings)
        self.decoder = decoder
        self.scope = scope  # only key events for this window and its dialogs (None: every window)
        self.clock = clock
        self._replaying = 0
        self._passed: tuple[int, QWidget] | None = None  # the event let through last, and where it went
        self._last_t: float | None = None
        self._last_stamp = 0
        self._deferred = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_deadline)
        self._installed_on: QCoreApplication | None = None

    # -- set-up ------------------------------------------------------------------------------------

    def install(self, app: QCoreApplication | None = None) -> None:
        target = app or QCoreApplication.instance()
        if target is not None and self._installed_on is None:
            target.installEventFilter(self)
            self._installed_on = target

    def remove(self) -> None:
        """Stop filtering; anything held goes back to its widget first."""
        self._apply(self.detector.flush())
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    @property
    def settings(self) -> BurstSettings:
        return self.detector.settings

    def now(self) -> float:
        """The filter's time in milliseconds (the self-test times keys that land in its field with it)."""
        return self._now(None)

    def set_settings(self, settings: BurstSettings) -> None:
        self._apply(self.detector.flush())
        self.detector.settings = settings

    # -- the filter --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in _WATCHED or self._replaying:
            return False
        if etype in _FLUSH_TYPES:
            if self.detector.holding:
                self._apply(self.detector.flush())  # what was typed lands before the click moves anything
            return False
        if not isinstance(watched, QWidget) or not self._in_scope(watched):
            return False  # the window-level copy of a key event: the widget-level one decides
        if etype == QEvent.Type.ShortcutOverride:
            if self.detector.in_burst(self._now(None)):
                event.accept()
                return True
            return False
        pointer = shiboken6.getCppPointer(event)[0]
        if self._propagating(pointer, watched, event):
            self._passed = (pointer, watched)
            return False  # the same event going up to a parent widget: it was let through already
        if etype == QEvent.Type.InputMethod:
            assert isinstance(event, QInputMethodEvent)
            commit = event.commitString()
            if not commit or event.preeditString():
                return False
            step = self.detector.feed(_Held(watched, event.clone()), Key.CHAR, self._now(None), text=commit)
        else:
            assert isinstance(event, QKeyEvent)
            kind, text, name = classify(event)
            step = self.detector.feed(_Held(watched, event.clone()), kind, self._now(event), text=text,
                                      key_id=int(event.key()), name=name)
        self._apply(step)
        self._passed = None if step.hold else (pointer, watched)
        return step.hold

    # -- internals ---------------------------------------------------------------------------------

    def _propagating(self, pointer: int, watched: QWidget, event: QEvent) -> bool:
        """The event let through last, now offered to a parent of the widget that ignored it. Qt reuses
        addresses of events on the stack, so the address alone can't tell; propagation also clears the
        event's spontaneous flag and only ever goes up."""
        if self._passed is None or self._passed[0] != pointer or event.spontaneous():
            return False
        child = self._passed[1]
        return shiboken6.isValid(child) and child is not watched and watched.isAncestorOf(child)

    def _in_scope(self, widget: QWidget) -> bool:
        if self.scope is None:
            return True
        window: QWidget | None = widget.window()
        while window is not None:
            if window is self.scope:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    def _now(self, event: QKeyEvent | None) -> float:
        """Milliseconds on one time line: the event's own timestamp spacing when it has one."""
        if self.clock is not None:
            return self.clock()
        now = time.monotonic() * 1000.0
        if event is None:
            return now
        stamp = event.timestamp()
        if stamp and self._last_stamp and self._last_t is not None and 0 <= stamp - self._last_stamp <= 1000:
            now = self._last_t + (stamp - self._last_stamp)  # keys that queued up keep their real spacing
        self._last_t, self._last_stamp = now, stamp
        return now

    def _apply(self, step: Step[_Held]) -> None:
        for held in step.release:
            self._replay(held)
        # Scans and cuts are announced from the event loop, not from inside the key event being filtered: a
        # workflow may open a dialog or run a nested loop, which must not re-enter a filter mid-event.
        # Zero-timeouts run in the order they were set, so scans keep their order.
        if step.interrupted is not None:
            cut = step.interrupted
            QTimer.singleShot(0, self, lambda: self.interrupted.emit(cut))
        if step.scan is not None:
            burst = step.scan
            QTimer.singleShot(0, self, lambda: self._emit(burst))
        deadline = self.detector.deadline
        if deadline is None:
            self._timer.stop()
        else:
            self._timer.start(max(0, int(deadline - self._now(None)) + 1))

    def _replay(self, held: _Held) -> None:
        receiver: QWidget | None = held.receiver if shiboken6.isValid(held.receiver) else QApplication.focusWidget()
        if receiver is None:
            return  # the window is gone: there is nowhere left for the text to go
        self._replaying += 1
        try:
            QCoreApplication.sendEvent(receiver, held.event)
        finally:
            self._replaying -= 1

    def _emit(self, burst: Burst) -> None:
        self.burst_seen.emit(burst)
        scan: Scan = self.decoder.decode(burst.text)
        self.scanned.emit(scan)

    def _on_deadline(self) -> None:
        now = self._now(None)
        deadline = self.detector.deadline
        if deadline is None:
            return
        if now - deadline > LATE_MS and not self._deferred:
            self._deferred = True  # the UI was busy: let keys queued meanwhile in before deciding
            self._timer.start(0)
            return
        self._deferred = False
        self._apply(self.detector.tick(now))


__all__ = ["Interrupted", "ScanFilter", "classify"]
