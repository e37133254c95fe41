"""The fields for one new ShipStation key: API version, name, key (+ secret), creation date and expiry.

Used by Settings → API keys → Add and by the rotation wizard. Key and secret are password fields; the
form hands out a `NewKey` (whose repr hides them) and wipes them once the key is stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from ..core.keys import LIFETIMES_MONTHS, Api, NewKey, add_months

EXACT = 0  # lifetime combo data for "an exact date"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class KeyForm(QWidget):
    changed = Signal()

    def __init__(self, today: date, api: Api | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        layout = QFormLayout(self)
        self.api = QComboBox()
        self.api.addItem(self.tr("V1 — API key and API secret"), "v1")
        self.api.addItem(self.tr("V2 — API key"), "v2")
        if api is not None:
            self.api.setCurrentIndex(self.api.findData(api))
            self.api.setEnabled(False)  # the wizard rotates one API's key
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Packing bench, spring"))
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Paste the API key"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Paste the API secret"))
        self.created = QDateEdit(_qdate(today))
        self.created.setCalendarPopup(True)
        self.created.setDisplayFormat("yyyy-MM-dd")
        self.created.setMaximumDate(_qdate(today))
        self.lifetime = QComboBox()
        for months in LIFETIMES_MONTHS:
            self.lifetime.addItem(self.tr("%1 months after creation").replace("%1", str(months)), months)
        self.lifetime.addItem(self.tr("On an exact date"), EXACT)
        self.lifetime.setCurrentIndex(0)
        self.exact = QDateEdit(_qdate(add_months(today, 3)))
        self.exact.setCalendarPopup(True)
        self.exact.setDisplayFormat("yyyy-MM-dd")
        self.expiry_note = QLabel()
        layout.addRow(self.tr("API:"), self.api)
        layout.addRow(self.tr("Name:"), self.name)
        layout.addRow(self.tr("API key:"), self.key)
        self.secret_label = QLabel(self.tr("API secret:"))
        layout.addRow(self.secret_label, self.secret)
        layout.addRow(self.tr("Created in ShipStation on:"), self.created)
        layout.addRow(self.tr("Expires:"), self.lifetime)
        layout.addRow(self.tr("Expiry date:"), self.exact)
        layout.addRow("", self.expiry_note)
        layout.addRow("", QLabel(self.tr("ShipStation shows both dates under Settings → Account → API Settings.")))
        for signal in (self.api.currentIndexChanged, self.lifetime.currentIndexChanged, self.created.dateChanged,
                       self.exact.dateChanged, self.key.textChanged, self.secret.textChanged):
            signal.connect(self._update)
        self._update()

    def chosen_api(self) -> Api:
        return "v1" if self.api.currentData() == "v1" else "v2"

    def expires_on(self) -> date:
        months = self.lifetime.currentData()
        if months == EXACT:
            return _pydate(self.exact.date())
        return add_months(_pydate(self.created.date()), int(months))

    def set_lifetime(self, months: int) -> None:
        self.lifetime.setCurrentIndex(self.lifetime.findData(months))

    def set_exact(self, day: date) -> None:
        self.lifetime.setCurrentIndex(self.lifetime.findData(EXACT))
        self.exact.setDate(_qdate(day))

    def new_key(self) -> NewKey:
        return NewKey(self.chosen_api(), self.name.text(), self.key.text(),
                      self.secret.text() if self.chosen_api() == "v1" else "", _pydate(self.created.date()),
                      self.expires_on())

    def clear_secrets(self) -> None:
        self.key.clear()
        self.secret.clear()

    def _update(self) -> None:
        v1 = self.chosen_api() == "v1"
        self.secret.setVisible(v1)
        self.secret_label.setVisible(v1)
        exact = self.lifetime.currentData() == EXACT
        self.exact.setEnabled(exact)
        if not exact:
            self.exact.setDate(_qdate(self.expires_on()))
        days = (self.expires_on() - self.today).days
        self.expiry_note.setText(self.tr("Expires on %1, %2 days from today.").replace(
            "%1", self.expires_on().isoformat()).replace("%2", str(days)) if days > 0 else
            self.tr("That date has passed: ShipStation no longer accepts this key."))
        self.changed.emit()
