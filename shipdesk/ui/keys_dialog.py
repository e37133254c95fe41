"""Settings → API keys: the stored keys (never their secrets), and add, use, rotate and remove.

Adding checks the key with ShipStation first (which APIs it opens), and only a key ShipStation accepted
is saved: the secrets into the OS keyring, the rest into the profile's database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.key_verify import Verdict, verify
from ..core.keys import KeyRecord, NewKey
from .key_form import KeyForm
from .words import say

if TYPE_CHECKING:
    from .key_manager import KeyManager


def check_and_save(manager: KeyManager, new: NewKey, activate: bool) -> tuple[Verdict, KeyRecord | None]:
    """Worker side of adding a key: ShipStation first, then the keyring and the database."""
    session, store = manager.session, manager.store
    assert store is not None
    verdict = verify(new.credentials(), v1_base_url=session.api_base_v1, v2_base_url=session.api_base_v2,
                     call_log=session.call_log, redactor=session.redactor)
    if not verdict.ok:
        return verdict, None
    record = store.add(new, activate=activate)
    store.mark_verified(record.id)
    return verdict, store.get(record.id)


class AddKeyDialog(QDialog):
    saved = Signal(object)  # the KeyRecord

    def __init__(self, manager: KeyManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.setWindowTitle(self.tr("Add an API key"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Create the key in ShipStation (Settings → Account → API Settings), then "
                                        "paste it here. ShipDesk checks it with ShipStation before saving it.")))
        self.form = KeyForm(manager.today())
        layout.addWidget(self.form)
        self.use_now = QCheckBox(self.tr("Use this key from now on"))
        layout.addWidget(self.use_now)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Verify and save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.verify_and_save)
        layout.addWidget(buttons)
        self.form.changed.connect(self._default_use_now)
        self._default_use_now()

    def _default_use_now(self) -> None:
        # the first key of an API is the one in use; a second one is kept ready for rotation
        has_active = any(r.active and r.api == self.form.chosen_api() for r in self.manager.records)
        self.use_now.setChecked(not has_active)

    def verify_and_save(self) -> None:
        new = self.form.new_key().cleaned()
        problem = new.problem()
        if problem is not None:
            self._say(say(problem), error=True)
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Checking the key with ShipStation…"))
        activate = self.use_now.isChecked()
        self.manager.run(lambda: check_and_save(self.manager, new, activate), self._done,
                         self.tr("Adding an API key"), on_error=self._failed)

    def _done(self, result: tuple[Verdict, KeyRecord | None]) -> None:
        verdict, record = result
        self.save_button.setEnabled(True)
        if record is None:
            self._say(say(verdict.words), error=True)
            return
        self.form.clear_secrets()
        self._say(say(verdict.words))
        self.saved.emit(record)
        self.manager.added(record)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        words = getattr(exc, "words", None)
        fix = getattr(exc, "fix", None)
        text = " ".join(say(w) for w in (words, fix) if w is not None) or str(exc)
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#b00020;" if error else "")


class KeysDialog(QDialog):
    COLUMNS = 6

    def __init__(self, manager: KeyManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.add_dialog: AddKeyDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.keyring_ok = True
        self.records: list[KeyRecord] = []
        self.setWindowTitle(self.tr("API keys"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("API"), self.tr("Key"), self.tr("Created"),
                                              self.tr("Expires"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add key…"))
        self.use_button = QPushButton(self.tr("&Use this key"))
        self.rotate_button = QPushButton(self.tr("R&otate…"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        for button in (self.add_button, self.use_button, self.rotate_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add)
        self.use_button.clicked.connect(self.use_selected)
        self.rotate_button.clicked.connect(self.rotate_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._enable)
        manager.keys_changed.connect(self.show_records)
        self.show_records(manager.records)
        self._check_keyring()

    def _check_keyring(self) -> None:
        store = self.manager.store
        if store is None:
            return
        vault = store.vault

        def look() -> tuple[object, object, str]:
            try:
                vault.backend()
            except Exception as exc:  # KeyringUnavailable: shown with its fix
                return getattr(exc, "words", None), getattr(exc, "fix", None), ""
            return None, None, vault.describe()

        self.manager.run(look, self._show_keyring, self.tr("Looking for the system keyring"))

    def _show_keyring(self, found: tuple[object, object, str]) -> None:
        words, fix, name = found
        if words is not None:
            self.where.setText(" ".join(say(w) for w in (words, fix) if w is not None))  # type: ignore[arg-type]
            self.where.setStyleSheet("color:#b00020;")
            self.add_button.setEnabled(False)
            self.keyring_ok = False
        else:
            self.where.setText(self.tr("Secrets are kept in the system keyring (%1); this list shows only their "
                                       "last four characters.").replace("%1", name))
            self.where.setStyleSheet("")
            self.keyring_ok = True
        self._enable()

    def show_records(self, records: list[KeyRecord]) -> None:
        today = self.manager.today()
        self.records = list(records)
        self.table.setRowCount(len(records))
        for row, r in enumerate(records):
            days = r.days_left(today)
            if r.expired(today):
                status = self.tr("Expired")
            elif r.active:
                status = self.tr("In use")
            else:
                status = self.tr("Ready (second key)")
            expires = r.expires_on.isoformat() + (self.tr(" (%1 days)").replace("%1", str(days)) if days > 0 else "")
            for column, text in enumerate((r.name, r.api.upper(), "…" + r.last4, r.created_on.isoformat(), expires,
                                           status)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._enable()

    def selected(self) -> KeyRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def select(self, key_id: str) -> None:
        for row, r in enumerate(self.records):
            if r.id == key_id:
                self.table.selectRow(row)

    def _enable(self) -> None:
        record = self.selected()
        self.use_button.setEnabled(record is not None and not record.active)
        self.rotate_button.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None)

    def add(self) -> AddKeyDialog:
        self.add_dialog = AddKeyDialog(self.manager, self)
        self.add_dialog.open()
        return self.add_dialog

    def use_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.manager.use(record.id)

    def rotate_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.manager.open_wizard(record.api, record)

    def remove_selected(self) -> QMessageBox | None:
        record = self.selected()
        if record is None:
            return None
        text = self.tr("Remove %1 from ShipDesk? Its secret is deleted from the system keyring. ShipStation still "
                       "accepts the key until you delete it there too: Settings → Account → API Settings.").replace(
            "%1", record.label)
        if record.active:
            text += "\n\n" + self.tr("It is the key in use: ShipDesk switches to your other key of that API, if "
                                     "there is one.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the API key"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        remove = box.button(QMessageBox.StandardButton.Yes)
        remove.setText(self.tr("Remove"))
        box.buttonClicked.connect(lambda button: self.manager.remove(record.id) if button is remove else None)
        self.confirm_box = box
        box.open()
        return box
