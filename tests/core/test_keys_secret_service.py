"""The key store against a real Secret Service (gnome-keyring under dbus-run-session, started by .ci/run
with a fresh XDG_DATA_HOME): add, verify, rotate and delete, checked from another process.

Outside that environment these tests skip and say why; in CI (CI=true, or SHIPDESK_REQUIRE_SECRET_SERVICE=1
as .ci/run sets) a missing Secret Service fails them instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime

import httpx
import pytest

from shipdesk.api.credentials import V1Credentials
from shipdesk.api.v1.client import V1Client
from shipdesk.core.db import Database
from shipdesk.core.key_vault import Vault
from shipdesk.core.key_verify import verify
from shipdesk.core.keys import KeyStore, NewKey, add_months

pytestmark = pytest.mark.timeout(120)  # a keyring that prompts for a password must not hang the run


def _required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("SHIPDESK_REQUIRE_SECRET_SERVICE") == "1"


def _secret_service() -> tuple[object | None, str]:
    """The Secret Service backend when one is running and unlocked (never prompting), else why not."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None, "no D-Bus session bus (run under dbus-run-session with gnome-keyring-daemon, as .ci/run does)"
    try:
        import secretstorage
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.priority  # noqa: B018 — raises when the daemon is neither running nor activatable
        with closing(secretstorage.dbus_init()) as bus:
            if secretstorage.get_default_collection(bus).is_locked():
                return None, "the Secret Service's default collection is locked (unlocking would prompt)"
    except Exception as exc:
        return None, f"no usable Secret Service: {type(exc).__name__}: {exc}"
    return backend, ""


@pytest.fixture
def real_vault() -> Iterator[Vault]:
    backend, reason = _secret_service()
    if backend is None:
        if _required():
            pytest.fail(f"CI needs a real Secret Service for the keyring tests: {reason}")
        pytest.skip(reason)
    vault = Vault(service=f"ShipDesk-test-{uuid.uuid4().hex[:10]}", backend=backend)  # type: ignore[arg-type]
    yield vault
    for item in _items(vault.service):  # leave the keyring as it was
        item.delete()


def _items(service: str) -> list[object]:
    import secretstorage

    bus = secretstorage.dbus_init()
    return list(secretstorage.get_default_collection(bus).search_items({"service": service}))


def _read_elsewhere(vault: Vault, name: str) -> str:
    """The entry as another process sees it: proof that it lives in the keyring daemon."""
    code = ("import sys; from keyring.backends import SecretService as S; "
            "print(S.Keyring().get_password(sys.argv[1], sys.argv[2]) or '')")
    out = subprocess.run([sys.executable, "-c", code, vault.service, name], capture_output=True, text=True,
                         timeout=60, check=True)
    return out.stdout.strip()


def test_add_verify_rotate_and_delete_with_a_real_secret_service(real_vault, make_sandbox, tmp_path):
    box = make_sandbox(orders=5, v1_key="ss-old-key-" + uuid.uuid4().hex[:12],
                       v1_secret="ss-old-secret-" + uuid.uuid4().hex[:12], v2_key="ss-v2-" + uuid.uuid4().hex[:12])
    cfg = box.config
    new_key, new_secret = "ss-new-key-" + uuid.uuid4().hex[:12], "ss-new-secret-" + uuid.uuid4().hex[:12]
    admin = httpx.Client(base_url=box.url + "/__sandbox", timeout=10)
    admin.post("/keys", json={"version": "v1", "key": new_key, "secret": new_secret, "lifetime_days": 365})
    db = Database(tmp_path / "shipdesk.sqlite3")
    store = KeyStore(db, real_vault)
    today = datetime.now().astimezone().date()
    bases = {"v1_base_url": box.url, "v2_base_url": box.url}

    # add: checked with ShipStation first, then the secrets into the Secret Service
    old = NewKey("v1", "Bench", cfg.v1_key, cfg.v1_secret, today, add_months(today, 3))
    assert verify(old.credentials(), **bases).ok
    old_record = store.add(old)
    v2_record = store.add(NewKey("v2", "V2", cfg.v2_key, "", today, add_months(today, 12)))
    assert _read_elsewhere(real_vault, f"{old_record.id}/secret") == cfg.v1_secret
    assert _read_elsewhere(real_vault, f"{v2_record.id}/key") == cfg.v2_key
    assert len(_items(real_vault.service)) == 3  # one entry per secret

    # rotate: the second pair, checked, made active, used; the old one deleted in ShipStation, then here
    new = NewKey("v1", "Bench, spring", new_key, new_secret, today, add_months(today, 12))
    assert verify(new.credentials(), **bases).ok
    new_record = store.add(new)
    store.activate(new_record.id)
    active, _, notes = store.active_credentials()
    assert notes == [] and active is not None and (active.key, active.secret) == (new_key, new_secret)
    with V1Client(active, base_url=box.url) as client:
        assert client.list_stores()  # the rotated pair does real work
    old_id = next(k["key_id"] for k in admin.get("/state").json()["keys"] if k["last4"] == cfg.v1_key[-4:])
    admin.delete(f"/keys/{old_id}")
    assert verify(V1Credentials(cfg.v1_key, cfg.v1_secret), **bases).refused  # ShipStation forgot it
    assert store.remove(old_record.id) is None
    assert _read_elsewhere(real_vault, f"{old_record.id}/key") == ""
    assert _read_elsewhere(real_vault, f"{old_record.id}/secret") == ""

    # delete: nothing of ShipDesk's left in the keyring, and no secret ever in the profile
    store.remove(new_record.id)
    store.remove(v2_record.id)
    assert _items(real_vault.service) == [] and store.list() == []
    db.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    admin.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    for secret in (cfg.v1_key, cfg.v1_secret, cfg.v2_key, new_key, new_secret):
        assert secret.encode() not in stored
