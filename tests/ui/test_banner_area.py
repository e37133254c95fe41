"""Banners: colours by level, progress banners changed in place (scan to ship's, each scan), sticky ones kept
until acknowledged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from shipdesk.ui.banner import Banner, BannerArea

INFO, WARNING, ERROR = QColor("#e8f4fd"), QColor("#fff4e5"), QColor("#fdecea")


def _background(banner: Banner) -> QColor:
    """The colour a packer sees at the banner's right end (past the text, inside the border)."""
    image = banner.grab().toImage()
    return image.pixelColor(image.width() - 4, image.height() // 2)


def _area(qtbot) -> BannerArea:
    area = BannerArea()
    area.resize(600, 200)
    qtbot.addWidget(area)
    area.show()
    return area


def test_each_level_has_its_colour(qtbot) -> None:
    area = _area(qtbot)
    colours = {level: _background(area.show_banner(level, f"a {level} banner", level))
               for level in ("info", "warning", "error")}
    assert colours == {"info": INFO, "warning": WARNING, "error": ERROR}


def test_a_progress_banner_changes_in_place_and_comes_back_after_a_clear(qtbot) -> None:
    area = _area(qtbot)
    first = area.say("scan-ship", "Order 1: getting rates…")
    assert _background(first) == INFO
    again = area.say("scan-ship", "Order 1: label bought.", "warning")
    assert again is first and again.text == "Order 1: label bought."
    assert _background(again) == WARNING  # restyled in place
    other = area.show_banner("other", "another banner")
    qtbot.waitUntil(other.isVisible)
    area.clear("scan-ship")
    assert area.banner("scan-ship") is None and first.isHidden() and area.keys() == ["other"]
    back = area.say("scan-ship", "Order 2: getting rates…")
    assert back is first and back.isVisible() and back.text == "Order 2: getting rates…"
    assert _background(back) == INFO
    layout = area.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count()) if not layout.itemAt(i).widget().isHidden()]
    assert order == [other, back]  # where a new banner goes: under the others


def test_a_sticky_banner_stays_until_acknowledged_and_is_never_reused_as_progress(qtbot) -> None:
    area = _area(qtbot)
    sticky = area.show_banner("scan", "Not shipped: no rate.", "error", sticky=True)
    assert sticky.button is not None
    replaced = area.say("scan", "Order 3: getting rates…")
    assert replaced is not sticky  # a new banner, as show_banner would give
    area.clear("scan")
    fresh = area.show_banner("scan", "Not shipped again.", "error", sticky=True)
    qtbot.mouseClick(fresh.button, Qt.MouseButton.LeftButton)
    assert area.banner("scan") is None


def test_a_banner_with_buttons_is_not_changed_in_place(qtbot) -> None:
    area = _area(qtbot)
    waiting = area.show_banner("print-waiting", "1 label waits.", "warning")
    waiting.add_button("Print queue…", lambda: None)
    said = area.say("print-waiting", "2 labels wait.", "warning")
    assert said is not waiting and said.text == "2 labels wait."
    assert not [b for b in said.findChildren(QPushButton) if b.text() == "Print queue…"]
