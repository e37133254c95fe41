"""The scan mode, always on screen (status bar): what the next scanned order will do. It flashes green on a
good scan and red on an error, and its menu switches the mode with the mouse (command barcodes do too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ..core.scan_commands import ScanMode

FLASH_MS = 700
COLOURS = {ScanMode.OPEN: "#e8f4fd", ScanMode.SHIP: "#fff4e5", ScanMode.VERIFY: "#ede7f6"}
FLASH = {True: "#b9f6ca", False: "#ff8a80"}
SHADES = {**{mode.value: colour for mode, colour in COLOURS.items()}, "ok": FLASH[True], "error": FLASH[False]}
# One style sheet, set once; a flash switches the `shade` property (a re-polish), not the sheet (a re-parse and
# restyle, twice a scan: bench P3).
STYLE = "".join(f'QToolButton#scan-mode[shade="{name}"] {{ background:{colour}; border:1px solid #9e9e9e; '
                "border-radius:3px; padding:1px 8px; font-weight:bold; }" for name, colour in SHADES.items())


def mode_name(mode: ScanMode) -> str:
    names = {ScanMode.OPEN: QCoreApplication.translate("ScanIndicator", "Open"),
             ScanMode.SHIP: QCoreApplication.translate("ScanIndicator", "Ship"),
             ScanMode.VERIFY: QCoreApplication.translate("ScanIndicator", "Verify")}
    return names[mode]


class ScanIndicator(QToolButton):
    mode_chosen = Signal(str)  # the packer picked a mode from the menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan-mode")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(False)
        self.mode = ScanMode.OPEN
        self.flashing: bool | None = None  # True/False while a flash is on (tests and screenshots read it)
        menu = QMenu(self)
        group = QActionGroup(self)
        self.mode_actions: dict[ScanMode, QAction] = {}
        for mode in ScanMode:
            action = QAction(mode_name(mode), self, checkable=True)
            action.triggered.connect(lambda _checked=False, m=mode: self.mode_chosen.emit(m.value))
            group.addAction(action)
            menu.addAction(action)
            self.mode_actions[mode] = action
        self.setMenu(menu)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setStyleSheet(STYLE)
        self.set_mode(ScanMode.OPEN)

    def set_mode(self, mode: ScanMode) -> None:
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        self.setText(self.tr("Scan mode: %1").replace("%1", mode_name(mode)))
        self.setToolTip(self.tr("What a scanned order does. Switch with the mode barcodes on the scanner "
                                "command sheet, or here."))
        self._paint()

    def flash(self, ok: bool) -> None:
        self.flashing = ok
        self._paint()
        self._flash_timer.start(FLASH_MS)

    def _end_flash(self) -> None:
        self.flashing = None
        self._paint()

    def _paint(self) -> None:
        shade = self.mode.value if self.flashing is None else ("ok" if self.flashing else "error")
        if self.property("shade") != shade:
            self.setProperty("shade", shade)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()
