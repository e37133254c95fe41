"""ShipStation refused the key in use (401): say why, then offer the other stored key or the wizard.

With two V1 pairs saved, the packer is offered the second one with the reason the first was refused; the
second is checked with ShipStation before it is used. Without a usable second key, the rotation wizard
opens. One refusal is handled at a time: the other calls that fail with it meanwhile add nothing new.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from ..api.errors import AuthError
from ..core.key_refusal import Refusal, judge
from ..core.key_session import use_key
from ..core.key_verify import Verdict, verify
from ..core.keys import Api, KeyRecord
from .words import say

if TYPE_CHECKING:
    from .key_manager import KeyManager


class KeyRefusalHandler(QObject):
    def __init__(self, manager: KeyManager) -> None:
        super().__init__(manager)
        self.manager = manager
        self.busy = False
        self.offer_box: QMessageBox | None = None
        self.use_button: QAbstractButton | None = None
        self.rotate_button: QAbstractButton | None = None

    def handle(self, exc: AuthError, action: str) -> bool:
        """True when the refusal is taken care of here (stored keys); False leaves it to the error banner."""
        session, store = self.manager.session, self.manager.store
        api = exc.call.api if exc.call is not None else None
        if store is None or session.key_source != "store" or api not in ("v1", "v2"):
            return False
        if self.busy or self.manager.wizard_open():
            return True
        self.busy = True
        self.manager.reload(then=lambda records: self._judge(records, api, exc, action),  # type: ignore[arg-type]
                            on_error=lambda _exc: self._idle())
        return True

    def _judge(self, records: list[KeyRecord], api: Api, exc: AuthError, action: str) -> None:
        refusal = judge(records, api, self.manager.today(), said_expired=exc.expired, message=str(exc))
        self.manager.show_words("key-refused", [refusal.reason], "error", prefix=action, sticky=True)
        if refusal.spare is not None:
            self._offer(refusal)
        else:
            self.busy = False
            self.manager.open_wizard(api, refusal.refused, refusal.reason)

    def _offer(self, refusal: Refusal) -> None:
        spare = refusal.spare
        assert spare is not None
        text = say(refusal.reason) + "\n\n" + self.tr(
            "ShipDesk also keeps %1, valid until %2. Use it now? It is checked with ShipStation first.").replace(
            "%1", spare.label).replace("%2", spare.expires_on.isoformat())
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("API key refused"), text,
                          QMessageBox.StandardButton.NoButton, self.manager.window)
        self.use_button = box.addButton(self.tr("Use %1").replace("%1", spare.label),
                                        QMessageBox.ButtonRole.AcceptRole)
        self.rotate_button = box.addButton(self.tr("Rotate…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._answer(button, refusal))
        self.offer_box = box
        box.open()

    def _answer(self, button: QAbstractButton, refusal: Refusal) -> None:
        if button is self.use_button:
            self._fail_over(refusal)
            return
        self.busy = False
        if button is self.rotate_button:
            self.manager.open_wizard(refusal.api, refusal.refused, refusal.reason)

    def _fail_over(self, refusal: Refusal) -> None:
        """Check the spare with ShipStation, then make it the key in use."""
        manager, store, session = self.manager, self.manager.store, self.manager.session
        spare = refusal.spare
        assert store is not None and spare is not None

        def work() -> tuple[Verdict, KeyRecord | None, bool]:
            verdict = verify(store.credentials(spare.id), v1_base_url=session.api_base_v1,
                             v2_base_url=session.api_base_v2, call_log=session.call_log, redactor=session.redactor)
            if not verdict.ok:
                return verdict, None, False
            store.mark_verified(spare.id)
            record = store.activate(spare.id)
            return verdict, record, use_key(session, spare.id)

        def done(result: tuple[Verdict, KeyRecord | None, bool]) -> None:
            self.busy = False
            verdict, record, live = result
            if record is None:
                manager.show_words("key-refused", [refusal.reason, verdict.words], "error", sticky=True)
                manager.open_wizard(refusal.api, refusal.refused, refusal.reason)
                return
            manager.switched(record, live)
            manager.ctx.banners.show_banner("key-refused", say(refusal.reason) + " " + self.tr(
                "ShipDesk switched to %1. Rotate the refused key: Settings → Rotate an API key.").replace(
                "%1", record.label), "warning")

        manager.run(work, done, self.tr("Switching to the other API key"), on_error=lambda _exc: self._idle())

    def _idle(self) -> None:
        self.busy = False
