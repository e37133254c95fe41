"""Banners across the top of the window: a sticky error stays until someone acknowledges it."""

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


class Banner(QFrame):
    acknowledged = Signal()

    def __init__(self, key: str, text: str, level: str, sticky: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.level = level
        self.setObjectName(f"banner-{key}")
        self.setStyleSheet(f"QFrame#{self.objectName()} {{{STYLES.get(level, STYLES['info'])} border-radius:4px;}}")
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

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """A way to act on what the banner says (e.g. open the print queue), before any acknowledge button."""
        button = QPushButton(text)
        button.clicked.connect(slot)
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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 0)
        self._banners: dict[str, Banner] = {}

    def show_banner(self, key: str, text: str, level: str = "info", sticky: bool = False) -> Banner:
        self.clear(key)
        banner = Banner(key, text, level, sticky, self)
        banner.acknowledged.connect(lambda: self.clear(key))
        self._banners[key] = banner
        self._layout.addWidget(banner)
        return banner

    def clear(self, key: str) -> None:
        banner = self._banners.pop(key, None)
        if banner is not None:
            banner.setParent(None)
            banner.deleteLater()

    def banner(self, key: str) -> Banner | None:
        return self._banners.get(key)

    def keys(self) -> list[str]:
        return list(self._banners)
