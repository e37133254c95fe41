"""The OS keyring as ShipDesk uses it: one entry per secret, and never anything but a real OS keyring.

Keychain (macOS), Windows Credential Locker and the Secret Service (GNOME Keyring, KWallet) through the
`keyring` package. A missing, switched-off or locked keyring is a `KeyringUnavailable` whose words say how
to fix it; a plain-text file keyring (keyrings.alt) is refused, so a secret is never written to disk in
the clear. Exception texts name the backend and the failure, never a secret.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordDeleteError

from .words import QT_TRANSLATE_NOOP, Words

SERVICE = "ShipDesk"
# Windows Credential Locker stores an entry as UTF-16 and caps it at 2,560 bytes.
MAX_ENTRY_BYTES = 2560
CONTEXT = "KeyVault"
log = logging.getLogger(__name__)


class KeyringUnavailable(Exception):
    """The keyring can't be used: `words` say why, `fix` what to do about it."""

    def __init__(self, words: Words, fix: Words) -> None:
        super().__init__(f"{words.text} {fix.text}")
        self.words = words
        self.fix = fix


def _how_to_fix() -> Words:
    if sys.platform == "darwin":
        return Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyVault", "Open Keychain Access, unlock the login keychain and allow ShipDesk to use it."))
    if sys.platform == "win32":
        return Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyVault", "Sign in to Windows with your own account (the Credential Locker belongs to it) and try again."))
    return Words(CONTEXT, QT_TRANSLATE_NOOP(
        "KeyVault", "On Linux ShipDesk needs a Secret Service keyring: install GNOME Keyring (apt install "
                 "gnome-keyring) or KWallet, and run ShipDesk in a desktop session where it is unlocked. On a "
                 "machine without a desktop, start one with dbus-run-session and gnome-keyring-daemon --unlock. "
                 "Meanwhile, keys for a single run can be given in SHIPDESK_V1_KEY, SHIPDESK_V1_SECRET and "
                 "SHIPDESK_V2_KEY."))


def _unavailable(template: str, *args: str) -> KeyringUnavailable:
    return KeyringUnavailable(Words(CONTEXT, template, args), _how_to_fix())


def _plaintext(backend: KeyringBackend) -> bool:
    cls = type(backend)
    return cls.__module__.startswith("keyrings.alt") or "plaintext" in cls.__name__.lower()


def _viable(backend: KeyringBackend) -> bool:
    try:
        return float(backend.priority) > 0
    except Exception:  # e.g. the Secret Service backend with no D-Bus session: not usable, not a crash
        return False


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return {"SecretService": "Secret Service", "macOS": "macOS Keychain", "Windows": "Windows Credential Locker",
            "kwallet": "KWallet"}.get(cls.__module__.rsplit(".", 1)[-1], f"{cls.__module__}.{cls.__name__}")


class Vault:
    """Secrets by name under one service. `backend` is for tests; by default keyring's own choice."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    def backend(self) -> KeyringBackend:
        """The backend that holds ShipDesk's secrets; raises KeyringUnavailable when none may."""
        chosen = self._backend or keyring.get_keyring()
        chained = getattr(type(chosen), "backends", None)
        candidates = list(chained) if isinstance(chained, list) else [chosen]
        safe = [b for b in candidates if not _plaintext(b) and _viable(b)]
        if safe:
            return safe[0]
        if any(_plaintext(b) for b in candidates):
            raise _unavailable(QT_TRANSLATE_NOOP(
                "KeyVault", "The only keyring available keeps secrets in a plain file, and ShipDesk does not store "
                         "API keys that way."))
        if type(chosen).__module__ == "keyring.backends.null":
            raise _unavailable(QT_TRANSLATE_NOOP(
                "KeyVault", "The system keyring is switched off (PYTHON_KEYRING_BACKEND or keyring's settings choose "
                         "the null keyring), so ShipDesk cannot keep API keys."))
        raise _unavailable(QT_TRANSLATE_NOOP("KeyVault", "No system keyring is available to keep the API keys."))

    def problem(self) -> Words | None:
        """Why keys can't be kept, without touching any entry; None when a keyring is there."""
        try:
            self.backend()
        except KeyringUnavailable as exc:
            return exc.words
        return None

    def describe(self) -> str:
        try:
            return backend_name(self.backend())
        except KeyringUnavailable:
            return ""

    def put(self, name: str, secret: str) -> None:
        """Store and read back: a keyring that silently drops writes must not pass for a working one."""
        if len(secret.encode("utf-16-le")) > MAX_ENTRY_BYTES:
            raise ValueError(f"a secret of {len(secret)} characters is longer than a keyring entry may be")
        backend = self.backend()
        self._guard(lambda: backend.set_password(self.service, name, secret), "write")
        if self._guard(lambda: backend.get_password(self.service, name), "read") != secret:
            raise _unavailable(QT_TRANSLATE_NOOP(
                "KeyVault", "The system keyring (%1) accepted the key but did not keep it."), backend_name(backend))
        log.info("stored keyring entry %s/%s in %s", self.service, name, backend_name(backend))

    def get(self, name: str) -> str | None:
        backend = self.backend()
        value = self._guard(lambda: backend.get_password(self.service, name), "read")
        return value if isinstance(value, str) else None

    def delete(self, name: str) -> None:
        """Remove an entry; one that is already gone is fine."""
        backend = self.backend()
        try:
            self._guard(lambda: backend.delete_password(self.service, name), "delete")
        except _Gone:
            pass
        log.info("removed keyring entry %s/%s", self.service, name)

    def _guard[T](self, call: Callable[[], T], action: str) -> T:
        """Run a keyring call; every failure becomes KeyringUnavailable in words, with no secret in it."""
        try:
            return call()
        except PasswordDeleteError as exc:
            raise _Gone() from exc
        except KeyringLocked:
            raise _unavailable(QT_TRANSLATE_NOOP(
                "KeyVault", "The system keyring is locked. Unlock it (log in again, or open your keyring manager) "
                         "and try again.")) from None
        except (NoKeyringError, InitError):
            raise _unavailable(QT_TRANSLATE_NOOP(
                "KeyVault", "No system keyring is available to keep the API keys.")) from None
        except Exception as exc:  # keyring's own errors, and D-Bus / OS errors from the backends
            log.warning("keyring %s failed: %s", action, type(exc).__name__)
            raise _unavailable(QT_TRANSLATE_NOOP(
                "KeyVault", "The system keyring did not answer (%1)."), type(exc).__name__) from None


class _Gone(Exception):
    """A delete of an entry that is not there."""
