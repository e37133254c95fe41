"""The rotation wizard: a new key (or the second saved one) → checked with ShipStation → made the key in
use → the old one deleted in ShipStation, then forgotten here.

ShipStation lets an account hold two V1 key pairs so a station can rotate without a gap: the old pair
keeps working until the new one is in use. A new V2 key replaces the old one at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.key_verify import Verdict, verify
from ..core.keys import MAX_PER_API, Api, KeyRecord
from ..core.words import Words
from .key_form import KeyForm
from .keys_dialog import check_and_save
from .words import say

if TYPE_CHECKING:
    from .key_manager import KeyManager

RED = "color:#b00020;"


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RotationWizard(QWizard):
    def __init__(self, manager: KeyManager, api: Api, old: KeyRecord | None, reason: Words | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self.api = api
        self.old = old
        self.reason = reason
        self.new_record: KeyRecord | None = None
        today = manager.today()
        mine = [r for r in manager.records if r.api == api]
        self.spare = next((r for r in sorted(mine, key=lambda r: r.expires_on, reverse=True)
                           if (old is None or r.id != old.id) and not r.expired(today)), None)
        self.full = len(mine) >= MAX_PER_API[api]
        self.setWindowTitle(self.tr("Rotate the %1 key").replace("%1", api.upper()))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.intro = IntroPage(self)
        self.new_page = NewKeyPage(self)
        self.activate_page = ActivatePage(self)
        self.retire_page = RetirePage(self) if old is not None else None
        for page in (self.intro, self.new_page, self.activate_page, self.retire_page):
            if page is not None:
                self.addPage(page)
        self.finished.connect(lambda _code: manager.reload())

    @property
    def use_spare(self) -> bool:
        return self.spare is not None and self.intro.spare_choice.isChecked()


class IntroPage(QWizardPage):
    def __init__(self, wizard: RotationWizard) -> None:
        super().__init__()
        self.w = wizard
        api, old = wizard.api, wizard.old
        self.setTitle(self.tr("Rotate the %1 key").replace("%1", api.upper()))
        layout = QVBoxLayout(self)
        self.reason = _label(say(wizard.reason) if wizard.reason is not None else "")
        self.reason.setStyleSheet(RED)
        self.reason.setVisible(wizard.reason is not None)
        layout.addWidget(self.reason)
        if old is not None:
            current = self.tr("The key in use: %1, expires on %2.").replace("%1", old.label).replace(
                "%2", old.expires_on.isoformat())
        else:
            current = self.tr("No %1 key is in use yet.").replace("%1", api.upper())
        layout.addWidget(_label(current))
        if api == "v1":
            steps = self.tr(
                "1. In ShipStation, open Settings → Account → API Settings and generate a second V1 key pair. "
                "ShipStation keeps two pairs, so the current one goes on working meanwhile.\n"
                "2. Paste the new pair on the next page: ShipDesk checks it with ShipStation and makes it the key "
                "in use.\n"
                "3. Delete the old pair in ShipStation; ShipDesk then forgets it too.")
        else:
            steps = self.tr(
                "1. In ShipStation, open Settings → Account → API Settings and generate a new V2 key. ShipStation "
                "replaces the old V2 key with it at once, so carry on here straight away.\n"
                "2. Paste the new key on the next page: ShipDesk checks it with ShipStation and makes it the key in "
                "use.\n"
                "3. ShipDesk then forgets the old key.")
        layout.addWidget(_label(steps))
        self.new_choice = QRadioButton(self.tr("Paste a new key"))
        self.spare_choice = QRadioButton()
        layout.addWidget(self.new_choice)
        layout.addWidget(self.spare_choice)
        self.full_note = _label(self.tr("ShipDesk already keeps two %1 keys, as many as ShipStation allows: switch to "
                                        "the other saved key, or remove one in Settings → API keys first.").replace(
            "%1", api.upper()))
        layout.addWidget(self.full_note)
        layout.addStretch(1)
        if wizard.spare is not None:
            self.spare_choice.setText(self.tr("Switch to the saved key %1 (expires on %2)").replace(
                "%1", wizard.spare.label).replace("%2", wizard.spare.expires_on.isoformat()))
        self.spare_choice.setVisible(wizard.spare is not None)
        self.new_choice.setEnabled(not wizard.full)
        self.full_note.setVisible(wizard.full)
        (self.spare_choice if wizard.spare is not None else self.new_choice).setChecked(True)
        self.new_choice.toggled.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.new_choice.isChecked() or self.spare_choice.isChecked()


class NewKeyPage(QWizardPage):
    def __init__(self, wizard: RotationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("The new key"))
        self.setCommitPage(True)  # once saved, going back would only confuse
        layout = QVBoxLayout(self)
        self.spare_text = _label()
        layout.addWidget(self.spare_text)
        self.form = KeyForm(wizard.manager.today(), wizard.api)
        layout.addWidget(self.form)
        self.verify_button = QPushButton(self.tr("&Verify and save"))
        self.verify_button.clicked.connect(self.verify)
        layout.addWidget(self.verify_button)
        self.status = _label()
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        spare = self.w.spare if self.w.use_spare else None
        self.form.setVisible(spare is None)
        self.spare_text.setVisible(spare is not None)
        if spare is not None:
            self.spare_text.setText(self.tr("ShipDesk checks %1 with ShipStation before switching to it.").replace(
                "%1", spare.label))
            self.verify_button.setText(self.tr("&Verify"))

    def verify(self) -> None:
        manager, session = self.w.manager, self.w.manager.session
        store = manager.store
        assert store is not None
        spare = self.w.spare if self.w.use_spare else None
        if spare is None:
            new = self.form.new_key().cleaned()
            problem = new.problem()
            if problem is not None:
                self._say(say(problem), error=True)
                return

            def work() -> tuple[Verdict, KeyRecord | None]:
                return check_and_save(manager, new, activate=False)
        else:
            def work() -> tuple[Verdict, KeyRecord | None]:
                verdict = verify(store.credentials(spare.id), v1_base_url=session.api_base_v1,
                                 v2_base_url=session.api_base_v2, call_log=session.call_log,
                                 redactor=session.redactor)
                if verdict.ok:
                    store.mark_verified(spare.id)
                return verdict, spare if verdict.ok else None
        self.verify_button.setEnabled(False)
        self._say(self.tr("Checking the key with ShipStation…"))
        manager.run(work, self._checked, self.tr("Checking the new API key"),
                    on_error=lambda exc: self._failed(exc))

    def _checked(self, result: tuple[Verdict, KeyRecord | None]) -> None:
        verdict, record = result
        self._say(say(verdict.words), error=record is None)
        if record is None:
            self.verify_button.setEnabled(True)
            return
        self.form.clear_secrets()
        self.w.new_record = record
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        parts = [getattr(exc, "words", None), getattr(exc, "fix", None)]
        self._say(" ".join(say(w) for w in parts if w is not None) or type(exc).__name__, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(RED if error else "")

    def isComplete(self) -> bool:
        return self.w.new_record is not None


class ActivatePage(QWizardPage):
    def __init__(self, wizard: RotationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.done = False
        self.setTitle(self.tr("Make it the key in use"))
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        self.status = _label()
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        record = self.w.new_record
        assert record is not None
        self.status.setText(self.tr("Switching to %1…").replace("%1", record.label))
        self.w.manager.use(record.id, on_done=self._done)

    def _done(self, record: KeyRecord, live: bool) -> None:
        if live:
            text = self.tr("ShipDesk now uses %1 for every call to ShipStation.").replace("%1", record.label)
        else:
            text = self.tr("%1 is saved and is the key in use from the next start of ShipDesk.").replace(
                "%1", record.label)
        self.status.setText(text)
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class RetirePage(QWizardPage):
    def __init__(self, wizard: RotationWizard) -> None:
        super().__init__()
        self.w = wizard
        self.removed = False
        old = wizard.old
        assert old is not None
        self.setTitle(self.tr("Retire the old key"))
        layout = QVBoxLayout(self)
        if wizard.api == "v1":
            text = self.tr("Now delete the old key pair %1 in ShipStation: Settings → Account → API Settings. Until "
                           "then anyone who has it can still use your account. ShipDesk forgets it when you "
                           "finish.").replace("%1", old.label)
            confirm = self.tr("I deleted %1 in ShipStation").replace("%1", old.label)
        else:
            text = self.tr("ShipStation replaced the old V2 key %1 when you generated the new one. ShipDesk forgets "
                           "it when you finish.").replace("%1", old.label)
            confirm = self.tr("Forget %1 in ShipDesk").replace("%1", old.label)
        layout.addWidget(_label(text))
        self.confirm = QCheckBox(confirm)
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        self.status = _label()
        layout.addWidget(self.status)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def validatePage(self) -> bool:
        """Finish: forget the old key (keyring and list), then close; a keyring failure keeps the page open."""
        if self.removed:
            return True
        old = self.w.old
        assert old is not None
        self.status.setText(self.tr("Removing %1…").replace("%1", old.label))
        self.w.manager.remove(old.id, on_done=self._removed)
        return False

    def _removed(self) -> None:
        self.removed = True
        self.w.accept()
