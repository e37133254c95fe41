"""What a packer hears and sees after a scan: a sound and a flash for every scan, and for an error a sticky
banner that stays until someone acknowledges it (the OK command barcode, Esc, or the banner's button).

Errors that vanish by themselves ship wrong orders (shared/notes/packing-bench.md §3.1), so while a scan
error is unacknowledged every other scan is refused with the error sound, and the banner says so.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from .banner import BannerArea
from .scan_indicator import ScanIndicator
from .scan_sounds import ScanSounds

log = logging.getLogger(__name__)

BANNER_KEY = "scan-error"
MAX_LINES = 5


class ScanFeedback(QObject):
    acknowledged = Signal()

    def __init__(self, banners: BannerArea, sounds: ScanSounds, indicator: ScanIndicator | None = None,
                 window: QWidget | None = None) -> None:
        super().__init__(window)
        self.banners = banners
        self.sounds = sounds
        self.indicator = indicator
        self.window = window
        self._lines: list[str] = []
        self._focus: QWidget | None = None  # where the packer was before the error, to go back to
        # Esc acknowledges, but only while a scan error is up: otherwise Esc keeps its usual meanings.
        self.ack_action = QAction(self.tr("Acknowledge the scan error"), window or self)
        self.ack_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.ack_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.ack_action.setEnabled(False)
        self.ack_action.triggered.connect(lambda: self.acknowledge())
        if window is not None:
            window.addAction(self.ack_action)

    @property
    def error_pending(self) -> bool:
        return bool(self._lines)

    @property
    def error_text(self) -> str:
        return "\n".join(self._lines)

    def success(self) -> None:
        self.sounds.success()
        if self.indicator is not None:
            self.indicator.flash(True)

    def error(self, text: str) -> None:
        """A scan went wrong: error sound, red flash, and a banner that waits for an acknowledgement."""
        log.warning("scan error shown: %s", text)  # in the log too: "my scans don't work" is asked about later
        self.sounds.error()
        if self.indicator is not None:
            self.indicator.flash(False)
        self._lines = [text, *self._lines][:MAX_LINES]
        self._show()

    def refuse(self, scanned: str) -> None:
        """A scan while an error waits to be read: nothing happens but the error sound and one more line."""
        self.error(self.tr("Scan of %1 ignored: acknowledge the error first.").replace("%1", scanned))

    def acknowledge(self, by_button: bool = False) -> None:
        if not self._lines:
            return
        self._lines = []
        self.ack_action.setEnabled(False)
        focus = self._focused()
        # The banner's button takes the focus when clicked and goes away with the banner: give the focus back
        # to where the packer was, so the next keys (and scans) land there again.
        restore = by_button or focus is None or self.banners.isAncestorOf(focus)
        self.banners.clear(BANNER_KEY)
        before, self._focus = self._focus, None
        if restore and before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        self.acknowledged.emit()

    def _focused(self) -> QWidget | None:
        """The widget with the focus; while the window is not active, the one that gets it back."""
        return QApplication.focusWidget() or (self.window.focusWidget() if self.window is not None else None)

    def _show(self) -> None:
        focus = self._focused()
        if focus is not None and not self.banners.isAncestorOf(focus):
            self._focus = focus
        hint = self.tr("Scan OK on the command sheet, press Esc or click the button when you have read this.")
        banner = self.banners.show_banner(BANNER_KEY, "\n".join([*self._lines, hint]), "error", sticky=True)
        banner.acknowledged.connect(lambda: self.acknowledge(by_button=True))
        self.ack_action.setEnabled(True)
