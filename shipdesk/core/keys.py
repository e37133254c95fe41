"""ShipStation API keys: secrets in the OS keyring (one entry each), metadata in SQLite, never the reverse.

A V1 key is a key + secret pair (ShipStation lets an account hold two, so a station can rotate without
downtime); a V2 key is one value. Each stored key has a name, its API version, the day ShipStation created
it, the day it expires (3, 6 or 12 months later, or a date the user gives), the last four characters of the
key (never of the secret) and whether it is the one in use. One key per API version is active.
"""

from __future__ import annotations

import calendar
import contextlib
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal, Protocol

from ..api.credentials import V1Credentials, V2Credentials
from ..api.redact import Redactor
from .db import register_schema
from .key_vault import KeyringUnavailable, Vault
from .words import QT_TRANSLATE_NOOP, Words

Api = Literal["v1", "v2"]
Clock = Callable[[], datetime]
Credentials = V1Credentials | V2Credentials
MAX_PER_API = {"v1": 2, "v2": 2}  # ShipStation's two V1 pairs; V2: the old and the new while rotating
LIFETIMES_MONTHS = (3, 6, 12)  # what ShipStation offers when it creates a key
CONTEXT = "Keys"
log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    api TEXT NOT NULL CHECK (api IN ('v1', 'v2')),
    created_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    last4 TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    verified_at TEXT,
    warned_days INTEGER,
    warned_on TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS api_keys_one_active ON api_keys (api) WHERE active = 1;
"""
register_schema(SCHEMA)


def real_clock() -> datetime:
    return datetime.now().astimezone()


def add_months(day: date, months: int) -> date:
    """Same day of the month, `months` later; the 31st of a shorter month becomes its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class KeyProblem(Exception):
    """A key can't be added, used or removed; `words` say why for the packer (never with a secret)."""

    def __init__(self, words: Words) -> None:
        super().__init__(words.text)
        self.words = words


@dataclass(frozen=True)
class NewKey:
    """What the user pasted. Secrets are hidden from repr, so a logged or printed NewKey shows none."""

    api: Api
    name: str
    key: str = field(repr=False)
    secret: str = field(default="", repr=False)
    created_on: date = field(default_factory=date.today)
    expires_on: date = field(default_factory=date.today)

    def problem(self) -> Words | None:
        """What is wrong with the input, before anything is sent or stored."""
        if not self.key.strip():
            return Words(CONTEXT, QT_TRANSLATE_NOOP("Keys", "Paste the API key."))
        if self.api == "v1" and not self.secret.strip():
            return Words(CONTEXT, QT_TRANSLATE_NOOP("Keys", "A V1 key needs its API secret too."))
        for value in (self.key, self.secret):
            if any(c.isspace() for c in value.strip()) or len(value) > 512:
                return Words(CONTEXT, QT_TRANSLATE_NOOP(
                    "Keys", "That does not look like a ShipStation key: keys are one word, without spaces."))
        if self.expires_on <= self.created_on:
            return Words(CONTEXT, QT_TRANSLATE_NOOP("Keys", "The expiry date must come after the creation date."))
        return None

    def cleaned(self) -> NewKey:
        return NewKey(self.api, self.name.strip() or default_name(self.api, self.key.strip()), self.key.strip(),
                      self.secret.strip(), self.created_on, self.expires_on)

    def credentials(self) -> Credentials:
        expires = start_of(self.expires_on)
        if self.api == "v1":
            return V1Credentials(self.key.strip(), self.secret.strip(), expires)
        return V2Credentials(self.key.strip(), expires)


def default_name(api: str, key: str) -> str:
    return f"{api.upper()} …{key[-4:]}"


def start_of(day: date) -> datetime:
    """A key is treated as expired from the first moment of its expiry day, local time."""
    return datetime.combine(day, time(0)).astimezone()


@dataclass(frozen=True)
class KeyRecord:
    id: str
    name: str
    api: Api
    created_on: date
    expires_on: date
    last4: str
    active: bool
    added_at: datetime
    verified_at: datetime | None
    warned_days: int | None  # the smallest warning threshold a dialog has already shown for this key
    warned_on: date | None

    def days_left(self, today: date) -> int:
        return (self.expires_on - today).days

    def expired(self, today: date) -> bool:
        return self.days_left(today) <= 0

    @property
    def label(self) -> str:
        return f"{self.name} (…{self.last4})"


class _Connects(Protocol):
    def connection(self) -> sqlite3.Connection: ...


class KeyStore:
    """Add, list, activate and remove keys. Keyring calls may block (D-Bus): call from a worker thread."""

    def __init__(self, db: _Connects, vault: Vault | None = None, *, clock: Clock = real_clock,
                 redactor: Redactor | None = None) -> None:
        self.db = db
        self.vault = vault or Vault()
        self.clock = clock
        self.redactor = redactor  # learns every secret read, so crash output can blank them

    def today(self) -> date:
        return self.clock().date()

    # -- reading ---------------------------------------------------------------------------------

    def list(self, api: Api | None = None) -> list[KeyRecord]:
        sql, args = "SELECT * FROM api_keys", ()
        if api is not None:
            sql, args = sql + " WHERE api = ?", (api,)
        cur = self.db.connection().cursor()
        cur.row_factory = sqlite3.Row
        try:
            rows = cur.execute(sql + " ORDER BY api, added_at, rowid", args).fetchall()
        except sqlite3.OperationalError:  # a read-only profile made before keys were stored
            return []
        return [_record(r) for r in rows]

    def get(self, key_id: str) -> KeyRecord:
        for record in self.list():
            if record.id == key_id:
                return record
        raise KeyError(key_id)

    def active(self, api: Api) -> KeyRecord | None:
        return next((r for r in self.list(api) if r.active), None)

    def credentials(self, key_id: str) -> Credentials:
        """The key's secrets from the keyring; KeyProblem when the keyring lost them."""
        record = self.get(key_id)
        key = self.vault.get(_entry(key_id, "key"))
        secret = self.vault.get(_entry(key_id, "secret")) if record.api == "v1" else ""
        if not key or (record.api == "v1" and not secret):
            raise KeyProblem(Words(CONTEXT, QT_TRANSLATE_NOOP(
                "Keys", "The system keyring no longer holds the secret of %1. Remove it in Settings → API keys "
                         "and add it again."), (record.label,)))
        if self.redactor is not None:
            if record.api == "v1":
                self.redactor.add_pair(key, secret or "")
            else:
                self.redactor.add(key)
        expires = start_of(record.expires_on)
        return V1Credentials(key, secret or "", expires) if record.api == "v1" else V2Credentials(key, expires)

    def active_credentials(self) -> tuple[V1Credentials | None, V2Credentials | None, list[Words]]:
        """The keys in use, and why any stored key could not be read (never raises for the keyring)."""
        found: dict[str, Credentials] = {}
        notes: list[Words] = []
        for api in ("v1", "v2"):
            record = self.active(api)  # type: ignore[arg-type]
            if record is None:
                continue
            try:
                found[api] = self.credentials(record.id)
            except KeyringUnavailable as exc:
                notes += [Words(CONTEXT, QT_TRANSLATE_NOOP("Keys", "ShipDesk has saved API keys but cannot "
                                                                    "read them from the system keyring.")),
                          exc.words, exc.fix]
                break
            except KeyProblem as exc:
                notes.append(exc.words)
        v1, v2 = found.get("v1"), found.get("v2")
        return (v1 if isinstance(v1, V1Credentials) else None, v2 if isinstance(v2, V2Credentials) else None,
                notes)

    # -- changing --------------------------------------------------------------------------------

    def add(self, new: NewKey, *, activate: bool = False) -> KeyRecord:
        """Secrets into the keyring, then the metadata. The first key of an API becomes active."""
        new = new.cleaned()
        problem = new.problem()
        if problem is not None:
            raise KeyProblem(problem)
        existing = self.list(new.api)
        if len(existing) >= MAX_PER_API[new.api]:
            raise KeyProblem(Words(CONTEXT, QT_TRANSLATE_NOOP(
                "Keys", "ShipDesk already keeps two %1 keys, as many as ShipStation allows. Remove one first "
                         "(and delete it in ShipStation too)."), (new.api.upper(),)))
        if any(r.last4 == new.key[-4:] and self._same_key(r, new.key) for r in existing):
            raise KeyProblem(Words(CONTEXT, QT_TRANSLATE_NOOP("Keys", "That key is already saved.")))
        key_id = uuid.uuid4().hex
        written: list[str] = []
        try:
            for part, value in (("key", new.key), ("secret", new.secret)):
                if value:
                    self.vault.put(_entry(key_id, part), value)
                    written.append(part)
        except BaseException:
            for part in written:  # no half-stored pair left behind
                with contextlib.suppress(Exception):
                    self.vault.delete(_entry(key_id, part))
            raise
        now = self.clock()
        conn = self.db.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT INTO api_keys (id, name, api, created_on, expires_on, last4, active, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                (key_id, new.name, new.api, new.created_on.isoformat(), new.expires_on.isoformat(), new.key[-4:],
                 now.isoformat()))
            if activate or not existing:
                self._activate(conn, new.api, key_id)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("added %s key %s (…%s), expires %s", new.api, key_id, new.key[-4:], new.expires_on)
        return self.get(key_id)

    def _same_key(self, record: KeyRecord, key: str) -> bool:
        try:
            return self.vault.get(_entry(record.id, "key")) == key
        except KeyringUnavailable:
            return False

    def activate(self, key_id: str) -> KeyRecord:
        record = self.get(key_id)
        conn = self.db.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            self._activate(conn, record.api, key_id)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("%s key %s (…%s) is now active", record.api, key_id, record.last4)
        return self.get(key_id)

    @staticmethod
    def _activate(conn: sqlite3.Connection, api: str, key_id: str) -> None:
        conn.execute("UPDATE api_keys SET active = 0 WHERE api = ? AND active = 1", (api,))
        conn.execute("UPDATE api_keys SET active = 1 WHERE id = ?", (key_id,))

    def remove(self, key_id: str) -> KeyRecord | None:
        """Forget a key: keyring entries first (a locked keyring keeps the row, to try again), then the row.

        When it was the active key and another key of its API is stored, that one becomes active; it is
        returned (None otherwise)."""
        record = self.get(key_id)
        for part in ("key", "secret") if record.api == "v1" else ("key",):
            self.vault.delete(_entry(key_id, part))
        conn = self.db.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM api_keys WHERE id = ?", (key_id,))
            successor = None
            if record.active:
                row = conn.execute("SELECT id FROM api_keys WHERE api = ? ORDER BY expires_on DESC LIMIT 1",
                                   (record.api,)).fetchone()
                if row is not None:
                    successor = row[0]
                    self._activate(conn, record.api, successor)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("removed %s key %s (…%s)", record.api, key_id, record.last4)
        return self.get(successor) if successor else None

    def mark_verified(self, key_id: str) -> None:
        self.db.connection().execute("UPDATE api_keys SET verified_at = ? WHERE id = ?",
                                     (self.clock().isoformat(), key_id))

    def record_warning(self, key_id: str, threshold: int, day: date) -> None:
        self.db.connection().execute("UPDATE api_keys SET warned_days = ?, warned_on = ? WHERE id = ?",
                                     (threshold, day.isoformat(), key_id))


def _entry(key_id: str, part: str) -> str:
    return f"{key_id}/{part}"


def _record(row: sqlite3.Row) -> KeyRecord:
    return KeyRecord(
        id=row["id"], name=row["name"], api=row["api"], created_on=date.fromisoformat(row["created_on"]),
        expires_on=date.fromisoformat(row["expires_on"]), last4=row["last4"], active=bool(row["active"]),
        added_at=datetime.fromisoformat(row["added_at"]),
        verified_at=datetime.fromisoformat(row["verified_at"]) if row["verified_at"] else None,
        warned_days=row["warned_days"],
        warned_on=date.fromisoformat(row["warned_on"]) if row["warned_on"] else None)


class ReadOnlyProfile:
    """The profile's database opened read-only (the `check` command writes nothing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None

    def connection(self) -> sqlite3.Connection:
        if self._conn is None:
            # With no WAL file the database file is complete: open it immutable, so SQLite creates no -wal or
            # -shm beside it. While ShipDesk runs (a WAL exists), read through the WAL instead.
            wal = self.path.with_name(self.path.name + "-wal")
            mode = "mode=ro" if wal.exists() else "immutable=1"
            self._conn = sqlite3.connect(f"{self.path.as_uri()}?{mode}", uri=True)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def read_active_keys(database: Path, vault: Vault | None = None) -> tuple[
        V1Credentials | None, V2Credentials | None, list[Words]]:
    """The active keys of a profile without writing to it; no database means no stored keys."""
    if not database.exists():
        return None, None, []
    profile = ReadOnlyProfile(database)
    try:
        return KeyStore(profile, vault).active_credentials()
    except sqlite3.Error as exc:
        return None, None, [Words(CONTEXT, QT_TRANSLATE_NOOP(
            "Keys", "The key list in the profile could not be read (%1)."), (type(exc).__name__,))]
    finally:
        profile.close()
