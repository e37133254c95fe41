"""Everything the window does with API keys, in one place: the key list, switching keys in the running
session, the rotation wizard, and the two watchers (expiry countdown and warnings; refused keys).

All keyring and database work runs on worker threads; results come back here on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..core.key_session import use_key
from ..core.key_vault import KeyringUnavailable
from ..core.keys import Api, KeyProblem, KeyRecord, KeyStore
from ..core.words import Words
from .context import UiContext
from .key_expiry import KeyExpiryWatch
from .key_refusal import KeyRefusalHandler
from .words import say

CHECK_EVERY_MS = 60 * 60 * 1000  # expiry is counted in days: an hourly look is plenty


class KeyManager(QObject):
    keys_changed = Signal(object)  # list[KeyRecord], after every reload
    capabilities_changed = Signal(object)  # Capabilities, after the session switched to another key

    def __init__(self, ctx: UiContext, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.window = parent
        self.records: list[KeyRecord] = []
        self.keys_dialog: Any = None
        self.wizard: Any = None
        self._governors = {id(c.governor) for c in (self.session.v1, self.session.v2) if c is not None}
        self.expiry = KeyExpiryWatch(self, label)
        self.refusals = KeyRefusalHandler(self)
        ctx.key_refusal_handler = self.refusals.handle
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.reload)
        if self.session.key_notes:
            self.show_words("keyring", self.session.key_notes, "error")

    @property
    def store(self) -> KeyStore | None:
        return self.session.keys

    def today(self) -> date:
        return self.session.clock().date()

    def start(self) -> None:
        self.reload()
        self.timer.start()

    # -- background work -------------------------------------------------------------------------

    def run(self, fn: Callable[[], Any], on_result: Callable[[Any], None], action: str,
            on_error: Callable[[Exception], None] | None = None) -> None:
        def failed(exc: Exception) -> None:
            self.report(exc, action)
            if on_error is not None:
                on_error(exc)

        self.ctx.runner.run(lambda job: fn(), name=action, on_result=on_result, on_error=failed)

    def report(self, exc: BaseException, action: str) -> None:
        """Keyring and key problems in their own words (with the fix); anything else as any error."""
        if isinstance(exc, KeyringUnavailable):
            self.show_words("keyring", [exc.words, exc.fix], "error", prefix=action)
        elif isinstance(exc, KeyProblem):
            self.show_words("key-problem", [exc.words], "error", prefix=action)
        else:
            self.ctx.report_error(exc, action)

    def show_words(self, key: str, words: list[Words], level: str, prefix: str = "",
                   sticky: bool = False) -> None:
        text = " ".join(say(w) for w in words)
        self.ctx.banners.show_banner(key, f"{prefix}: {text}" if prefix else text, level, sticky=sticky)

    def reload(self, then: Callable[[list[KeyRecord]], None] | None = None,
               on_error: Callable[[Exception], None] | None = None) -> None:
        store = self.store
        if store is None:
            return

        def loaded(records: list[KeyRecord]) -> None:
            self.records = records
            self.keys_changed.emit(records)
            self.expiry.refresh(records)
            if then is not None:
                then(records)

        self.run(store.list, loaded, self.tr("Reading the API keys"), on_error=on_error)

    # -- switching keys --------------------------------------------------------------------------

    def use(self, key_id: str, on_done: Callable[[KeyRecord, bool], None] | None = None) -> None:
        """Make a stored key the active one and, where possible, use it from the next call on."""
        store = self.store
        assert store is not None

        def work() -> tuple[KeyRecord, bool]:
            record = store.activate(key_id)
            return record, use_key(self.session, key_id)

        def done(result: tuple[KeyRecord, bool]) -> None:
            record, live = result
            self.switched(record, live)
            if on_done is not None:
                on_done(record, live)

        self.run(work, done, self.tr("Switching the API key"))

    def switched(self, record: KeyRecord, live: bool) -> None:
        """After a key became active: say so, and let the window re-check what the keys can do."""
        if live:
            client = self.session.v1 if record.api == "v1" else self.session.v2
            if client is not None and id(client.governor) not in self._governors:
                self._governors.add(id(client.governor))
                client.governor.subscribe(lambda seconds, text: self.ctx.rate_limit_wait.emit(seconds, text))
            self.ctx.banners.show_banner("key-switch", self.tr("ShipDesk now uses the %1 key %2.").replace(
                "%1", record.api.upper()).replace("%2", record.label), "info")
            self.ctx.banners.clear("key-refused")
            self.ctx.runner.run(lambda job: self.session.probe(), name="probe capabilities",
                                on_result=self.capabilities_changed.emit,
                                on_error=lambda exc: self.ctx.report_error(exc, self.tr("Checking the API keys")))
        elif self.session.demo:
            self.ctx.banners.show_banner("key-switch", self.tr(
                "The %1 key %2 is saved. Restart ShipDesk to leave demo mode and work with your account.").replace(
                "%1", record.api.upper()).replace("%2", record.label), "info")
        else:
            self.ctx.banners.show_banner("key-switch", self.tr(
                "The %1 key %2 is saved and active. Restart ShipDesk to start using it.").replace(
                "%1", record.api.upper()).replace("%2", record.label), "info")
        self.reload()

    def added(self, record: KeyRecord) -> None:
        if record.active:
            self.use(record.id)
        else:
            self.reload()

    def remove(self, key_id: str, on_done: Callable[[], None] | None = None) -> None:
        store = self.store
        assert store is not None
        record = next((r for r in self.records if r.id == key_id), None)

        def work() -> tuple[KeyRecord | None, bool]:
            successor = store.remove(key_id)
            live = use_key(self.session, successor.id) if successor is not None else False
            return successor, live

        def done(result: tuple[KeyRecord | None, bool]) -> None:
            successor, live = result
            name = record.label if record is not None else ""
            self.ctx.banners.show_banner("key-removed", self.tr(
                "ShipDesk no longer keeps %1. If you have not yet, delete it in ShipStation too: Settings → "
                "Account → API Settings.").replace("%1", name), "info")
            if successor is not None:
                self.switched(successor, live)
            else:
                self.reload()
            if on_done is not None:
                on_done()

        self.run(work, done, self.tr("Removing the API key"))

    # -- dialogs ---------------------------------------------------------------------------------

    def open_keys_dialog(self) -> Any:
        from .keys_dialog import KeysDialog  # the dialog imports this module: import it when first needed

        if self.keys_dialog is None:
            self.keys_dialog = KeysDialog(self, self.window)
        self.keys_dialog.show()
        self.keys_dialog.raise_()
        self.reload()
        return self.keys_dialog

    def open_wizard(self, api: Api, old: KeyRecord | None = None, reason: Words | None = None) -> Any:
        """The rotation wizard for one API; a second call while it is open just brings it forward."""
        from .key_rotation import RotationWizard

        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        if old is None:
            old = next((r for r in self.records if r.api == api and r.active), None)
        self.wizard = RotationWizard(self, api, old, reason, self.window)
        self.wizard.open()
        return self.wizard

    def start_rotation(self) -> Any:
        """Settings → Rotate: the key that expires first (V1 when none is saved)."""
        active = sorted((r for r in self.records if r.active), key=lambda r: r.expires_on)
        return self.open_wizard(active[0].api if active else "v1")

    def wizard_open(self) -> bool:
        return self.wizard is not None and self.wizard.isVisible()

    def on_capabilities(self, caps: Any) -> None:
        """A refused key found by the start-up probe is handled like any refused call."""
        for surface in ("v1", "v2_shipping", "v2_inventory"):
            status = caps[surface]
            if status.failure == "auth" and status.error is not None:
                self.refusals.handle(status.error, self.tr("Checking the API keys"))
                return
