"""`python main.py check` as support and automation run it: a subprocess, keys in the environment (or the
keyring), an in-process sandbox for both base URLs. Key values must never appear in what it prints."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from shipdesk import app, check
from shipdesk.api.transport import TransportSettings
from shipdesk.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
NULL_KEYRING = "keyring.backends.null.Keyring"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    env["PYTHON_KEYRING_BACKEND"] = NULL_KEYRING  # never the machine's real keyring
    env["XDG_DATA_HOME"] = str(ROOT / "tests" / "no-such-dir")  # nor the user's own profile and its keys
    env.update(extra)
    return env


def saved_profile(box: Sandbox, profile: Path, *, v2: bool = True) -> dict[str, dict[str, str]]:
    """A profile with the sandbox's keys saved by ShipDesk; returns the keyring entries, by service."""
    from keyring_memory import MemoryKeyring

    from shipdesk.core.db import Database
    from shipdesk.core.key_vault import Vault
    from shipdesk.core.keys import KeyStore, NewKey, add_months

    ring, today = MemoryKeyring(), date.today()
    db = Database(profile / "shipdesk.sqlite3")
    store = KeyStore(db, Vault(backend=ring))
    cfg = box.config
    store.add(NewKey("v1", "Bench", cfg.v1_key, cfg.v1_secret, today, add_months(today, 6)))
    if v2:
        store.add(NewKey("v2", "Bench V2", cfg.v2_key, "", today, add_months(today, 6)))
    db.close()
    entries: dict[str, dict[str, str]] = {}
    for (service, username), value in ring.entries.items():
        entries.setdefault(service, {})[username] = value
    return entries


def key_env(box: Sandbox, **overrides: str) -> dict[str, str]:
    cfg = box.config
    return {"SHIPDESK_V1_KEY": cfg.v1_key, "SHIPDESK_V1_SECRET": cfg.v1_secret, "SHIPDESK_V2_KEY": cfg.v2_key,
            **overrides}


def run(box: Sandbox | None, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    bases = ["--api-base-v1", box.url, "--api-base-v2", box.url] if box else []
    return subprocess.run([sys.executable, "main.py", "check", *bases, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def assert_no_secrets(result: subprocess.CompletedProcess[str], *secrets: str) -> None:
    for secret in secrets:
        assert secret not in result.stdout and secret not in result.stderr


def awaiting(box: Sandbox) -> int:
    return sum(1 for order in box.world.orders.values() if order["orderStatus"] == "awaiting_shipment")


def distinct_skus(box: Sandbox) -> int:
    return len({lot.sku for lot in box.world.stock})


def test_gold_keys_can_use_everything_and_the_counts_match(sandbox):
    result = run(sandbox, "--json", env=clean_env(**key_env(sandbox)))
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["surfaces"] == {"v1": True, "v2_shipping": True, "v2_inventory": True}
    assert report["awaiting_shipment_orders"] == awaiting(sandbox) > 0
    assert report["inventory_skus"] == distinct_skus(sandbox) > 0
    assert report["errors"] == [] and report["support_report"] is None
    assert report["rate_limit"]["v1"]["limit"] == sandbox.config.v1_limit
    assert report["rate_limit"]["v1"]["remaining"] < sandbox.config.v1_limit
    assert set(report["rate_limit"]["v2"]) >= {"limit", "remaining", "blocked_for_seconds"}
    cfg = sandbox.config
    assert_no_secrets(result, cfg.v1_key, cfg.v1_secret, cfg.v2_key)


def test_gold_text_output_reads_well(sandbox):
    result = run(sandbox, env=clean_env(**key_env(sandbox)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Orders awaiting shipment: {awaiting(sandbox)}" in result.stdout
    assert f"Inventory SKUs: {distinct_skus(sandbox)}" in result.stdout
    assert "calls left in this window" in result.stdout and "Result: OK" in result.stdout


def test_inventory_only_plan_is_expected_not_a_failure(make_sandbox):
    box = make_sandbox(plan="inventory_only")
    result = run(box, "--json", env=clean_env(**key_env(box)))
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["surfaces"] == {"v1": False, "v2_shipping": False, "v2_inventory": True}
    assert report["awaiting_shipment_orders"] is None
    assert report["inventory_skus"] == distinct_skus(box)
    assert report["errors"] == []
    assert "Gold/Accelerate" in report["reasons"]["v1"] and len(report["notes"]) == 2


def test_plan_none_is_a_failure_since_nothing_is_usable(make_sandbox):
    box = make_sandbox(plan="none")
    result = run(box, "--json", env=clean_env(**key_env(box)))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert not any(report["surfaces"].values())
    assert report["errors"] == [check.NOTHING_USABLE]


def test_a_wrong_secret_fails_readably_without_leaking_it(sandbox):
    env = clean_env(**key_env(sandbox, SHIPDESK_V1_SECRET="wrong-secret-4321"))
    as_json = run(sandbox, "--json", env=env)
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["surfaces"] == {"v1": False, "v2_shipping": True, "v2_inventory": True}
    assert len(report["errors"]) == 1 and "did not accept the V1 API key and secret" in report["errors"][0]
    assert "GET " in report["support_report"] and "/stores" in report["support_report"]
    as_text = run(sandbox, env=env)
    assert as_text.returncode == 1
    assert "ShipDesk support report" in as_text.stdout and "apisupport@shipstation.com" in as_text.stdout
    assert "Status code: 401" in as_text.stdout
    for result in (as_json, as_text):
        assert_no_secrets(result, sandbox.config.v1_key, "wrong-secret-4321", sandbox.config.v2_key)


def test_a_wrong_v2_key_fails_both_v2_surfaces(sandbox):
    result = run(sandbox, "--json", env=clean_env(**key_env(sandbox, SHIPDESK_V2_KEY="bad-v2-key-000")))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["surfaces"] == {"v1": True, "v2_shipping": False, "v2_inventory": False}
    assert report["inventory_skus"] is None and report["awaiting_shipment_orders"] == awaiting(sandbox)
    assert len(report["errors"]) == 2
    assert "shippingapisupport@shipstation.com" in report["support_report"]
    assert_no_secrets(result, "bad-v2-key-000", sandbox.config.v1_key, sandbox.config.v1_secret)


def test_only_a_v2_key_checks_only_v2(sandbox):
    result = run(sandbox, "--json", env=clean_env(SHIPDESK_V2_KEY=sandbox.config.v2_key))
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["surfaces"] == {"v1": False, "v2_shipping": True, "v2_inventory": True}
    assert report["reasons"]["v1"] == "No V1 key set." and report["rate_limit"]["v1"] is None


def test_no_keys_at_all_is_exit_2_with_a_message():
    result = run(None, env=clean_env())
    assert result.returncode == 2
    assert "No ShipStation keys are set" in result.stderr and "SHIPDESK_V2_KEY" in result.stderr
    as_json = run(None, "--json", env=clean_env())
    assert as_json.returncode == 2 and json.loads(as_json.stdout)["surfaces"] == {
        "v1": False, "v2_shipping": False, "v2_inventory": False}


def test_saved_keys_and_an_unusable_keyring_is_no_keys_with_the_fix(sandbox, tmp_path):
    saved_profile(sandbox, tmp_path)
    result = run(None, "--profile-dir", str(tmp_path),
                 env=clean_env(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"))
    assert result.returncode == 2
    assert "saved API keys but cannot read them" in result.stderr and "Traceback" not in result.stderr
    assert "No system keyring is available" in result.stderr


def test_keys_saved_in_shipdesk_are_used(sandbox, tmp_path):
    cfg = sandbox.config
    (tmp_path / "bench_keyring.py").write_text(textwrap.dedent("""
        import json, os
        from keyring.backend import KeyringBackend

        class Keyring(KeyringBackend):
            priority = 1

            def get_password(self, service, username):
                stored = json.loads(os.environ["BENCH_KEYRING"])
                return stored.get(service, {}).get(username)

            def set_password(self, service, username, password):
                raise RuntimeError("check must not write to the keyring")

            def delete_password(self, service, username):
                raise RuntimeError("check must not write to the keyring")
    """))
    profile = tmp_path / "profile"
    profile.mkdir()
    stored = saved_profile(sandbox, profile)
    env = clean_env(PYTHON_KEYRING_BACKEND="bench_keyring.Keyring", BENCH_KEYRING=json.dumps(stored),
                    PYTHONPATH=os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    before = sorted((p.name, p.stat().st_mtime_ns) for p in profile.iterdir())
    result = run(sandbox, "--json", "--profile-dir", str(profile), env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["surfaces"] == {"v1": True, "v2_shipping": True, "v2_inventory": True}
    assert_no_secrets(result, cfg.v1_key, cfg.v1_secret, cfg.v2_key)
    assert sorted((p.name, p.stat().st_mtime_ns) for p in profile.iterdir()) == before  # read-only
    # the environment wins over the saved keys, per API
    env_v2 = run(sandbox, "--json", "--profile-dir", str(profile), env={**env, "SHIPDESK_V2_KEY": "env-v2-key-111"})
    assert json.loads(env_v2.stdout)["surfaces"] == {"v1": True, "v2_shipping": False, "v2_inventory": False}


def test_profile_dir_is_created_and_left_empty(sandbox, tmp_path):
    profile = tmp_path / "profiles" / "bench-1"
    result = run(sandbox, "--json", "--profile-dir", str(profile), env=clean_env(**key_env(sandbox)))
    assert result.returncode == 0
    assert profile.is_dir() and list(profile.iterdir()) == []


def test_a_bad_option_is_a_usage_error():
    result = run(None, "--colour", env=clean_env())
    assert result.returncode == 2 and "usage: main.py check" in result.stderr


# -- in-process: the same entry point through app.main, and failures after the probes ----------------


@pytest.fixture
def fast(monkeypatch):
    monkeypatch.setattr(check, "SETTINGS", TransportSettings(retries=1, backoff=0.01, max_wait=5))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NULL_KEYRING)


def test_app_main_dispatches_check(sandbox, monkeypatch, capsys, fast):
    for name, value in key_env(sandbox).items():
        monkeypatch.setenv(name, value)
    assert app.main(["check", "--json", "--api-base-v1", sandbox.url, "--api-base-v2", sandbox.url]) == 0
    assert json.loads(capsys.readouterr().out)["inventory_skus"] == distinct_skus(sandbox)


def test_a_failing_count_is_a_problem_with_its_support_report(sandbox, admin, fast):
    admin.post("/faults", json={"kind": "500", "method": "GET", "path": "/orders", "times": None})
    admin.post("/faults", json={"kind": "502", "method": "GET", "path": "/v2/inventory", "times": None})
    out = io.StringIO()
    code = check.main(["--api-base-v1", sandbox.url, "--api-base-v2", sandbox.url], env=key_env(sandbox),
                      out=out)
    text = out.getvalue()
    assert code == 1
    assert "Could not count the orders awaiting shipment" in text
    assert "Could not count the inventory SKUs" in text
    assert "Endpoint:    GET " in text and "/orders?" in text and "/v2/inventory?" in text
    assert "Status code: 500" in text and "Status code: 502" in text
    for secret in key_env(sandbox).values():
        assert secret not in text


def test_in_process_plan_refusals_are_notes_and_half_a_v1_pair_is_named(make_sandbox, fast):
    box = make_sandbox(plan="inventory_only")
    out = io.StringIO()
    env = key_env(box)
    code = check.main(["--api-base-v1", box.url, "--api-base-v2", box.url], env=env, out=out)
    assert code == 0 and "Notes:" in out.getvalue() and "Problems:" not in out.getvalue()
    assert "V1 API            NOT usable — Not included in the account's plan" in out.getvalue()
    keys = check.load_keys({"SHIPDESK_V1_KEY": "only-the-key", "SHIPDESK_V2_KEY": "v2-key-abc"})
    assert keys.v1 is None and keys.v2 is not None
    assert any("half of the V1 key pair" in note for note in keys.notes)


def test_in_process_no_keys_and_an_unusable_keyring(sandbox, tmp_path, fast):
    import keyring
    from keyring.backends import fail

    saved_profile(sandbox, tmp_path)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        out, err = io.StringIO(), io.StringIO()
        assert check.main(["--json", "--profile-dir", str(tmp_path)], env={}, out=out, err=err) == 2
    finally:
        keyring.set_keyring(before)
    report = json.loads(out.getvalue())
    assert report["errors"][0].startswith("No ShipStation keys are set")
    assert any("cannot read them" in note for note in report["notes"])


def test_reading_saved_keys_survives_a_backend_that_breaks(sandbox, tmp_path):
    from keyring.backend import KeyringBackend

    from shipdesk.core.key_vault import Vault
    from shipdesk.core.keys import read_active_keys

    class Broken(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise OSError("D-Bus went away")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("read-only")

        def delete_password(self, service: str, username: str) -> None:
            raise AssertionError("read-only")

    class Stored(Broken):
        def get_password(self, service: str, username: str) -> str | None:
            return entries.get(service, {}).get(username)

    entries = saved_profile(sandbox, tmp_path, v2=False)
    database = tmp_path / "shipdesk.sqlite3"
    v1, v2, notes = read_active_keys(database, Vault(backend=Broken()))
    assert v1 is None and v2 is None and "did not answer (OSError)" in " ".join(n.text for n in notes)
    v1, v2, notes = read_active_keys(database, Vault(backend=Stored()))
    assert v1 is not None and (v1.key, v1.secret) == (sandbox.config.v1_key, sandbox.config.v1_secret)
    assert v2 is None and notes == []
    assert v1.key not in repr(v1) and v1.secret not in repr(v1)


def test_an_unexpected_failure_is_shown_without_the_keys(sandbox, monkeypatch, fast):
    secret = sandbox.config.v1_secret

    def broken(*args: object) -> None:
        raise RuntimeError(f"bug while holding {secret}")

    monkeypatch.setattr(check, "run_check", broken)
    err = io.StringIO()
    assert check.main(["--api-base-v1", sandbox.url], env=key_env(sandbox), err=err) == 1
    assert "The check failed unexpectedly" in err.getvalue() and "RuntimeError" in err.getvalue()
    assert secret not in err.getvalue()


def test_an_unusable_profile_dir_is_a_usage_error(tmp_path, fast):
    blocker = tmp_path / "file"
    blocker.write_text("")
    err = io.StringIO()
    assert check.main(["--profile-dir", str(blocker / "sub")], env={}, err=err) == 2
    assert "Cannot use the profile directory" in err.getvalue()
