"""Banners across the top of the window: a sticky error stays until someone acknowledges it.

The colours come from one style sheet on the area, chosen by each banner's `bannerLevel` property, and a
banner that only reports progress (`say`) is changed in place and parked when cleared: a new banner widget with
its own style sheet costs a restyle of the window's banner area, several ms of UI thread per banner, which a
scan to ship paid twice per scan (bench P3)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
    "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd699;",
    "info": "background:#e8f4fd; color:#0d3c61; border:1px solid #b6dcf7;",
    "demo": "background:#ede7f6; color:#311b92; border:1px solid #d1c4e9;",
}
AREA_STYLE = "".join(f'QFrame[bannerLevel="{level}"] {{ {css} border-radius:4px; }}' for level, css in STYLES.items())


class Banner(QFrame):
    acknowledged = Signal()

    def __init__(self, key: str, text: str, level: str, sticky: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.level = level
        self.sticky = sticky
        self.extra_buttons = 0
        self.reports_progress = False  # shown through `BannerArea.say`: parked, not deleted, when cleared
        self.setObjectName(f"banner-{key}")
        self.setProperty("bannerLevel", level if level in STYLES else "info")  # AREA_STYLE colours it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        if sticky:
            self.button = QPushButton(self.tr("OK, got it"))
            self.button.clicked.connect(self._ack)
            layout.addWidget(self.button)

    @property
    def text(self) -> str:
        return self.label.text()

    def set_level(self, level: str) -> None:
        """Another colour for the same banner: a re-polish of this frame, not a new style sheet."""
        if level == self.level:
            return
        self.level = level
        shown = level if level in STYLES else "info"
        if self.property("bannerLevel") != shown:
            self.setProperty("bannerLevel", shown)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """A way to act on what the banner says (e.g. open the print queue), before any acknowledge button."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.extra_buttons += 1
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(layout.count() - (1 if self.button is not None else 0), button)
        return button

    def _ack(self) -> None:
        self.acknowledged.emit()


class BannerArea(QWidget):
    """Holds banners by key: setting a key again replaces its text; sticky ones go only when acknowledged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(AREA_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 0)
        self._banners: dict[str, Banner] = {}
        self._parked: dict[str, Banner] = {}  # progress banners (`say`) hidden by clear(), kept for the next one

    def show_banner(self, key: str, text: str, level: str = "info", sticky: bool = False) -> Banner:
        """A new banner for `key` (replacing any): callers may connect to it and add buttons."""
        self.clear(key)
        self._drop(self._parked.pop(key, None))
        banner = Banner(key, text, level, sticky, self)
        banner.acknowledged.connect(lambda: self.clear(key))
        self._banners[key] = banner
        self._layout.addWidget(banner)
        return banner

    def say(self, key: str, text: str, level: str = "info") -> Banner:
        """A banner that reports progress: the one shown (or parked) for `key` takes the new text and level in
        place, at the bottom like a new one. Not for sticky banners or ones with buttons."""
        banner = self._banners.get(key) or self._parked.pop(key, None)
        if banner is None or banner.sticky or banner.extra_buttons:
            banner = self.show_banner(key, text, level)
        else:
            banner.label.setText(text)
            banner.set_level(level)
            if self._banners.get(key) is not banner:
                self._layout.removeWidget(banner)
                self._layout.addWidget(banner)  # where a new banner would go
                self._banners[key] = banner
                banner.show()
        banner.reports_progress = True
        return banner

    def clear(self, key: str) -> None:
        banner = self._banners.pop(key, None)
        if banner is None:
            return
        if banner.reports_progress:
            banner.hide()  # kept for the next `say` of this key
            self._parked[key] = banner
        else:
            self._drop(banner)

    @staticmethod
    def _drop(banner: Banner | None) -> None:
        if banner is not None:
            banner.setParent(None)
            banner.deleteLater()

    def banner(self, key: str) -> Banner | None:
        return self._banners.get(key)

    def keys(self) -> list[str]:
        return list(self._banners)
