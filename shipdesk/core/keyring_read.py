"""Read ShipStation keys from the OS keyring, read-only, for `main.py check`.

Deliberately minimal: issue 6 builds the real key store (saving, rotation, expiry dates, per-profile
accounts). This only looks up service "ShipDesk", usernames "v1-key", "v1-secret" and "v2-key", and never
writes. A missing or unusable keyring is "no keys" plus a note saying why, never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SERVICE = "ShipDesk"
USERNAMES = ("v1-key", "v1-secret", "v2-key")


@dataclass(frozen=True)
class StoredKeys:
    v1_key: str | None = field(default=None, repr=False)
    v1_secret: str | None = field(default=None, repr=False)
    v2_key: str | None = field(default=None, repr=False)
    note: str | None = None  # why the keyring could not be read, in words

    def __repr__(self) -> str:
        values = (self.v1_key, self.v1_secret, self.v2_key)
        present = [name for name, value in zip(USERNAMES, values, strict=True) if value]
        return f"StoredKeys(present={present}, note={self.note!r})"


def read_keys() -> StoredKeys:
    """The keys stored for ShipDesk, or none with a note when the keyring is missing or refuses."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return StoredKeys(note="The keyring package is not installed, so no stored keys could be read.")
    values: list[str | None] = []
    try:
        for username in USERNAMES:
            value = keyring.get_password(SERVICE, username)
            values.append(value.strip() if value and value.strip() else None)
    except KeyringError as exc:
        reason = f"{type(exc).__name__}: {str(exc)[:120]}"
        return StoredKeys(note=f"The system keyring could not be read ({reason}).")
    except Exception as exc:  # backends (D-Bus, Secret Service, Windows) raise their own types
        return StoredKeys(note=f"The system keyring could not be read ({type(exc).__name__}).")
    return StoredKeys(values[0], values[1], values[2])
