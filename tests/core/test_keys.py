"""The key store with an in-memory keyring: one entry per secret, metadata without secrets, the V1 pair
limit, activation, removal, and every way the keyring can be missing or refuse — in words, never with a
secret and never with a plain-text fallback."""

from __future__ import annotations

import sqlite3
import sys
import traceback
from datetime import date, datetime, timedelta

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked
from keyring_memory import MemoryKeyring

from shipdesk.api.redact import Redactor
from shipdesk.core.db import Database
from shipdesk.core.key_vault import SERVICE, KeyringUnavailable, Vault
from shipdesk.core.keys import KeyProblem, KeyStore, NewKey, add_months, read_active_keys

TODAY = date(2031, 3, 10)
V1_KEY, V1_SECRET = "k1-5d1c0a77e1f94b0c8a3e", "s1-0f3b9e2ad7c64e11b5aa"
V1B_KEY, V1B_SECRET = "k2-8c2e4f10aa6b4d2e9f01", "s2-77e0c1d35b9a4f66a2c4"
V2_KEY = "v2-3a9d6e8f1b2c4d5e6f70"


def clock() -> datetime:
    return datetime(TODAY.year, TODAY.month, TODAY.day, 9, 30).astimezone()


def v1(key: str = V1_KEY, secret: str = V1_SECRET, months: int = 6, name: str = "Bench") -> NewKey:
    return NewKey("v1", name, key, secret, TODAY, add_months(TODAY, months))


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "shipdesk.sqlite3")
    yield database
    database.close()


def store_with(db: Database, backend: KeyringBackend, **kw: object) -> KeyStore:
    return KeyStore(db, Vault(backend=backend), clock=clock, **kw)  # type: ignore[arg-type]


def profile_bytes(db: Database) -> bytes:
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return b"".join(p.read_bytes() for p in db.path.parent.iterdir() if p.is_file())


def test_each_secret_is_its_own_keyring_entry_and_the_database_holds_none(db):
    ring = MemoryKeyring()
    store = store_with(db, ring)
    pair = store.add(v1())
    v2 = store.add(NewKey("v2", "", V2_KEY, "", TODAY, add_months(TODAY, 12)))
    assert ring.entries == {(SERVICE, f"{pair.id}/key"): V1_KEY, (SERVICE, f"{pair.id}/secret"): V1_SECRET,
                            (SERVICE, f"{v2.id}/key"): V2_KEY}
    assert (pair.name, pair.api, pair.last4, pair.active) == ("Bench", "v1", V1_KEY[-4:], True)
    assert (pair.created_on, pair.expires_on) == (TODAY, date(2031, 9, 10))
    assert v2.name == f"V2 …{V2_KEY[-4:]}" and v2.active  # a name is made up when none is given
    stored = profile_bytes(db)
    assert b"Bench" in stored  # the metadata is there...
    for secret in (V1_KEY, V1_SECRET, V2_KEY):
        assert secret.encode() not in stored  # ...and no secret, in the database or its WAL
    creds = store.credentials(pair.id)
    assert (creds.key, creds.secret) == (V1_KEY, V1_SECRET)
    assert creds.expires_at == datetime(2031, 9, 10).astimezone()
    assert V1_KEY not in repr(creds) and V1_SECRET not in repr(v1()) and V1_KEY not in repr(v1())


def test_the_first_key_is_in_use_a_second_pair_waits_and_a_third_is_refused(db):
    store = store_with(db, MemoryKeyring())
    first = store.add(v1())
    second = store.add(v1(V1B_KEY, V1B_SECRET, name="Spare"))
    assert first.active and not second.active
    with pytest.raises(KeyProblem) as third:
        store.add(v1("k3-00000000000000000001", "s3-0000000000000001"))
    assert "two V1 keys" in str(third.value)
    assert store.remove(second.id) is None
    with pytest.raises(KeyProblem, match="already saved"):
        store.add(v1(name="Same key again"))
    assert store.activate(store.add(v1(V1B_KEY, V1B_SECRET)).id).active
    assert [(r.name, r.active) for r in store.list("v1")] == [("Bench", False), ("Bench", True)]
    with pytest.raises(sqlite3.IntegrityError):  # the database itself allows one active key per API
        db.connection().execute("UPDATE api_keys SET active = 1")


def test_removing_forgets_the_secrets_and_hands_over_to_the_other_pair(db):
    ring = MemoryKeyring()
    redactor = Redactor()
    store = store_with(db, ring, redactor=redactor)
    old = store.add(v1())
    new = store.add(v1(V1B_KEY, V1B_SECRET, months=12))
    successor = store.remove(old.id)
    assert successor is not None and successor.id == new.id and successor.active
    assert all(not name.startswith(old.id) for _, name in ring.entries)
    assert [r.id for r in store.list()] == [new.id]
    v1_creds, v2_creds, notes = store.active_credentials()
    assert v1_creds is not None and v1_creds.key == V1B_KEY and v2_creds is None and notes == []
    assert redactor(f"oops {V1B_SECRET}") == "oops «redacted»"  # keys read are known to crash output
    assert store.remove(new.id) is None and store.list() == []


def test_input_is_checked_before_anything_is_stored(db):
    ring = MemoryKeyring()
    store = store_with(db, ring)
    for bad, words in ((NewKey("v1", "x", V1_KEY, "", TODAY, add_months(TODAY, 3)), "API secret"),
                       (NewKey("v1", "x", "has space in it", V1_SECRET, TODAY, add_months(TODAY, 3)), "without spaces"),
                       (NewKey("v2", "x", V2_KEY, "", TODAY, TODAY), "expiry date must come after"),
                       (NewKey("v2", "x", "   ", "", TODAY, add_months(TODAY, 3)), "Paste the API key")):
        with pytest.raises(KeyProblem, match=words):
            store.add(bad)
    assert ring.entries == {} and store.list() == []
    assert store.add(NewKey("v2", "  padded ", f"  {V2_KEY}\n", "", TODAY, add_months(TODAY, 3))).name == "padded"
    assert ring.entries[(SERVICE, f"{store.list()[0].id}/key")] == V2_KEY


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2031, 1, 31), 1, date(2031, 2, 28)), (date(2032, 1, 31), 1, date(2032, 2, 29)),
    (date(2031, 11, 30), 3, date(2032, 2, 29)), (date(2031, 8, 31), 6, date(2032, 2, 29)),
    (date(2031, 3, 10), 12, date(2032, 3, 10)), (date(2031, 10, 15), 3, date(2032, 1, 15))])
def test_months_from_the_creation_date(day, months, expected):
    assert add_months(day, months) == expected


class Locked(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    get_password = set_password  # type: ignore[assignment]


class Forgetful(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        pass  # accepts, keeps nothing


class Chatty(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"org.freedesktop.DBus.Error.NoReply while storing {password}")


class PlaintextKeyring(MemoryKeyring):
    pass


PlaintextKeyring.__module__ = "keyrings.alt.file"  # what keyrings.alt's file keyring looks like to us


@pytest.mark.parametrize(("backend", "words"), [
    (fail.Keyring(), "No system keyring is available"),
    (null.Keyring(), "switched off"),
    (Locked(), "keyring is locked"),
    (Forgetful(), "did not keep it"),
    (Chatty(), "did not answer (RuntimeError)"),
    (PlaintextKeyring(), "plain file"),
])
def test_no_usable_keyring_is_a_clear_message_and_nothing_is_stored_anywhere(db, backend, words):
    store = store_with(db, backend)
    with pytest.raises(KeyringUnavailable) as caught:
        store.add(v1())
    exc = caught.value
    assert words in str(exc)
    if sys.platform.startswith("linux"):
        assert "gnome-keyring" in exc.fix.text and "dbus-run-session" in exc.fix.text
    text = "".join(traceback.format_exception(exc))
    assert V1_KEY not in text and V1_SECRET not in text
    assert store.list() == []
    assert getattr(backend, "entries", {}) == {}  # no plain-text copy, no half-stored pair
    assert V1_SECRET.encode() not in profile_bytes(db)


def test_a_plaintext_backend_in_a_chain_is_skipped_for_the_real_one(db):
    real, plain = MemoryKeyring(), PlaintextKeyring()

    class Chain(KeyringBackend):
        priority = 10  # type: ignore[assignment]
        backends = [plain, real]

        def get_password(self, service: str, username: str) -> str | None:
            raise AssertionError("the chain itself is never used")

        set_password = delete_password = get_password  # type: ignore[assignment]

    store_with(db, Chain()).add(v1())
    assert plain.entries == {} and len(real.entries) == 2


def test_a_keyring_that_went_away_leaves_stored_keys_unread_with_the_fix(db):
    ring = MemoryKeyring()
    store_with(db, ring).add(v1())
    v1_creds, v2_creds, notes = store_with(db, fail.Keyring()).active_credentials()
    assert v1_creds is None and v2_creds is None
    text = " ".join(n.text for n in notes)
    assert "saved API keys but cannot read them" in text and "No system keyring" in text
    ring.entries.clear()  # the keyring lost the entry (another tool deleted it)
    _, _, lost = store_with(db, ring).active_credentials()
    assert "no longer holds the secret of Bench" in lost[0].text


def test_check_reads_a_profile_without_writing_to_it(db, tmp_path):
    ring = MemoryKeyring()
    store_with(db, ring).add(v1())
    running, _, _ = read_active_keys(tmp_path / "shipdesk.sqlite3", Vault(backend=ring))  # ShipDesk is open
    assert running is not None and running.key == V1_KEY
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    v1_creds, v2_creds, notes = read_active_keys(tmp_path / "shipdesk.sqlite3", Vault(backend=ring))
    assert v1_creds is not None and v1_creds.secret == V1_SECRET and v2_creds is None and notes == []
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # not even a -wal or -shm file
    assert read_active_keys(tmp_path / "missing" / "shipdesk.sqlite3") == (None, None, [])
    assert not (tmp_path / "missing").exists()


def test_too_long_a_secret_never_reaches_the_keyring(db):
    ring = MemoryKeyring()
    with pytest.raises(KeyProblem):
        store_with(db, ring).add(NewKey("v2", "", "x" * 600, "", TODAY, TODAY + timedelta(days=90)))
    with pytest.raises(ValueError, match="longer than a keyring entry"):  # Windows caps entries at 2,560 bytes
        Vault(backend=ring).put("id/key", "x" * 1281)
    assert ring.entries == {}


def test_no_plaintext_keyring_package_is_a_dependency():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *(d for extra in project["optional-dependencies"].values() for d in extra)]
    assert any(d.startswith("keyring") for d in wanted)
    assert not [d for d in wanted if d.lower().replace("_", ".").startswith(("keyrings.alt", "keyrings-alt"))]
