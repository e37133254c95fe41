"""Key expiry as the packer sees it: a countdown in the status bar, a banner from 30 days on, a warning
dialog at 30, 14, 7 and 1 days (at most once a day), and the rotation wizard once the key in use expired."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from ..core.key_expiry import Alert, alerts, countdown, dialog_due
from ..core.keys import KeyRecord
from .words import say

if TYPE_CHECKING:
    from .key_manager import KeyManager

STYLE = {"ok": "", "soon": "color:#8a5300; font-weight:bold;", "urgent": "color:#b00020; font-weight:bold;"}


class KeyExpiryWatch(QObject):
    def __init__(self, manager: KeyManager, label: QLabel) -> None:
        super().__init__(manager)
        self.manager = manager
        self.label = label
        self.warning_box: QMessageBox | None = None
        self._dialog_day: date | None = None  # no second dialog the same day, even before it is recorded
        self._wizard_for: set[str] = set()  # expired keys whose wizard this run already opened
        self.refresh([])

    def refresh(self, records: list[KeyRecord]) -> None:
        today = self.manager.today()
        self._show_countdown(records, today)
        found = alerts(records, today)
        banners = self.manager.ctx.banners
        if found:
            urgent = any(a.days_left <= 7 for a in found)
            banners.show_banner("key-expiry", "\n".join(say(a.words()) for a in found),
                                "error" if urgent else "warning")
        else:
            banners.clear("key-expiry")
        due = dialog_due(records, today)
        if due and self._dialog_day != today:
            self._warn(due, today)
        if self.manager.session.key_source != "store":
            return  # demo or environment keys: the saved ones are not in use, nothing to rotate right now
        for record in records:
            if record.active and record.expired(today) and record.id not in self._wizard_for:
                self._wizard_for.add(record.id)
                self.manager.open_wizard(record.api, record, Alert(record, record.days_left(today)).words())

    def _show_countdown(self, records: list[KeyRecord], today: date) -> None:
        session = self.manager.session
        parts = countdown(records, today)
        if session.key_source == "env":
            text, level = self.tr("Keys from the environment (not saved)"), "ok"
        elif session.demo and not records:
            text, level = self.tr("Demo keys"), "ok"
        elif parts:
            text = " · ".join(say(p) for p in parts)
            least = min(r.days_left(today) for r in records if r.active)
            level = "urgent" if least <= 7 else "soon" if least <= 30 else "ok"
        else:
            text, level = "", "ok"
        self.label.setText(text)
        self.label.setStyleSheet(STYLE[level])
        self.label.setToolTip("\n".join(
            self.tr("%1 (%2): expires on %3").replace("%1", r.label).replace("%2", r.api.upper()).replace(
                "%3", r.expires_on.isoformat()) + (self.tr(" — in use") if r.active else "") for r in records))

    def _warn(self, due: list[Alert], today: date) -> None:
        self._dialog_day = today
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("API key expires soon"),
                          "\n\n".join(say(a.words()) for a in due), QMessageBox.StandardButton.NoButton,
                          self.manager.window)
        rotate = box.addButton(self.tr("Rotate now…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        first = due[0].record
        box.buttonClicked.connect(lambda button: self.manager.open_wizard(first.api, first)
                                  if button is rotate else None)
        self.warning_box = box
        box.open()
        store = self.manager.store
        if store is not None:
            marks = [(a.record.id, a.threshold or 0) for a in due]
            self.manager.run(lambda: [store.record_warning(i, t, today) for i, t in marks],
                             lambda _result: None, self.tr("Saving the key warning"))
