"""Keys and clicks that come before the scanner filter exists, kept and given back in order once it does.

The staged start (ui/staged_start.py) shows the window before the scanner filter (ui/scan_filter.py) is
installed. A scan, or a person's typing, in that moment must neither vanish nor reach a widget as text the
filter would have taken as a scan. This app-wide filter keeps a copy of every key, input-method and mouse-button
event meant for a widget and stops it; `release()` sends the copies in order, through the scanner filter that is
installed by then. The copies keep their timestamps, so the filter still tells a scanner from a person.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

_HELD = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod,
                   QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick})


class InputHold(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__()
        self._app: QCoreApplication | None = app
        self._held: list[tuple[QWidget, QEvent]] = []
        app.installEventFilter(self)

    @property
    def holding(self) -> int:
        return len(self._held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False  # the window-level copy of an input event: the widget-level one is kept
        etype = event.type()
        if etype == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is kept for its widget; no shortcut fires on it meanwhile
            return True
        if etype not in _HELD:
            return False
        self._held.append((watched, event.clone()))
        return True

    def release(self) -> None:
        """Stop holding; what was kept goes to its widget (through the app's filters) in the order it came."""
        if self._app is None:
            return
        self._app.removeEventFilter(self)
        self._app = None
        held, self._held = self._held, []
        for receiver, event in held:
            if shiboken6.isValid(receiver):
                QCoreApplication.sendEvent(receiver, event)
