"""The scan-mode button's colours: the mode's own, green after a good scan, red after an error, then back."""

from __future__ import annotations

from PySide6.QtGui import QColor

from shipdesk.core.scan_commands import ScanMode
from shipdesk.ui.scan_indicator import COLOURS, FLASH, ScanIndicator


def _colour(indicator: ScanIndicator) -> QColor:
    image = indicator.grab().toImage()
    return image.pixelColor(4, image.height() // 2)  # inside the border, left of the text


def test_the_indicator_shows_the_mode_and_flashes(qtbot) -> None:
    indicator = ScanIndicator()
    qtbot.addWidget(indicator)
    indicator.show()
    assert _colour(indicator) == QColor(COLOURS[ScanMode.OPEN])
    indicator.flash(True)
    assert _colour(indicator) == QColor(FLASH[True])
    indicator.flash(False)
    assert _colour(indicator) == QColor(FLASH[False])
    qtbot.waitUntil(lambda: indicator.flashing is None, timeout=3000)
    assert _colour(indicator) == QColor(COLOURS[ScanMode.OPEN])
    indicator.set_mode(ScanMode.SHIP)
    assert _colour(indicator) == QColor(COLOURS[ScanMode.SHIP])
