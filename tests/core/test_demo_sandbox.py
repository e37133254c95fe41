"""Demo mode's local ShipStation runs as a child process (core/demo_sandbox.py): it serves the demo account, it
ends with ShipDesk (stopped or killed), a start with keys runs none, and a child that cannot start leaves demo
mode working in-process with the reason in the log."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx
import pytest
from keyring_memory import MemoryKeyring

from shipdesk.core.db import Database
from shipdesk.core.demo_sandbox import DemoSandbox, DemoSandboxFailed, demo_expected
from shipdesk.core.key_vault import Vault
from shipdesk.core.keys import KeyStore, NewKey, add_months
from shipdesk.core.session import SessionOptions, open_session
from shipdesk.sandbox.runner import Sandbox

NO_KEYS: dict[str, str] = {}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (ended, not yet reaped by a dead parent) is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


def _wait_gone(pid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_a_demo_session_talks_to_a_sandbox_in_another_process_that_ends_with_the_session(tmp_path: Path) -> None:
    session = open_session(SessionOptions(demo=True, profile_dir=str(tmp_path), demo_orders=12))
    try:
        box = session.sandbox
        assert isinstance(box, DemoSandbox) and box.pid != os.getpid()
        assert session.v1 is not None and session.v1.base_url == box.url
        page = session.v1.list_orders()
        assert page.total == 12  # the demo account, seeded in the child
        assert session.v2 is not None and session.v2.list_carriers()  # both APIs, the demo keys
    finally:
        session.close()
    assert _wait_gone(box.pid, 1)  # close() waited for it
    with pytest.raises(httpx.ConnectError):
        httpx.get(box.url + "/orders", timeout=2)


def test_the_sandbox_ends_when_shipdesk_is_killed(tmp_path: Path) -> None:
    """A crashed or killed ShipDesk leaves no server behind: the child's stdin closes with its parent."""
    parent = subprocess.Popen([sys.executable, "-c", (
        "import json, sys, time\n"
        "from shipdesk.core.demo_sandbox import DemoSandbox\n"
        "box = DemoSandbox(5)\n"
        "print(json.dumps({'pid': box.pid, 'url': box.url}), flush=True)\n"
        "time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = json.loads(parent.stdout.readline())
    assert httpx.get(child["url"] + "/__sandbox/state", timeout=5).status_code == 200
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    assert _wait_gone(child["pid"]), "the demo sandbox outlived a killed ShipDesk"


def test_a_child_that_cannot_start_says_why(tmp_path: Path) -> None:
    failing = [sys.executable, "-c", "import sys; print('no room on this disk'); sys.exit(3)"]
    box = DemoSandbox(5, command=failing)
    with pytest.raises(DemoSandboxFailed, match=r"exited \(3\).*no room on this disk"):
        _ = box.url


def test_demo_mode_still_starts_in_process_when_the_child_cannot(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    failing = DemoSandbox(5, command=[sys.executable, "-c", "raise SystemExit(4)"])
    with caplog.at_level(logging.WARNING, logger="shipdesk.core.demo_sandbox"):
        session = open_session(SessionOptions(demo=True, profile_dir=str(tmp_path), demo_orders=5,
                                              demo_sandbox=failing))
    try:
        assert isinstance(session.sandbox, Sandbox)  # in-process, as before
        assert session.v1 is not None and session.v1.list_orders().total == 5
        assert "running it inside ShipDesk instead" in caplog.text and "exited (4)" in caplog.text
    finally:
        session.close()


def test_a_start_with_keys_stops_the_early_sandbox(tmp_path: Path) -> None:
    from shipdesk.api.credentials import V1Credentials

    early = DemoSandbox(5)
    pid = early.pid
    session = open_session(SessionOptions(profile_dir=str(tmp_path), v1_credentials=V1Credentials("k" * 32, "s" * 32),
                                          demo_sandbox=early))
    try:
        assert not session.demo and session.sandbox is None
        assert _wait_gone(pid, 1)
    finally:
        session.close()


def test_demo_is_expected_without_keys_and_not_with_them(tmp_path: Path) -> None:
    database = tmp_path / "shipdesk.sqlite3"
    assert demo_expected(False, database, NO_KEYS)  # a first start: no profile yet
    assert demo_expected(True, database, {"SHIPDESK_V2_KEY": "from-the-env"})  # --demo wins
    assert not demo_expected(False, database, {"SHIPDESK_V2_KEY": "from-the-env"})
    db = Database(database)
    db.connection()  # a profile without saved keys
    assert demo_expected(False, database, NO_KEYS)
    today = date.today()
    store = KeyStore(db, Vault(backend=MemoryKeyring()))  # type: ignore[arg-type]
    store.add(NewKey("v2", "Bench", "v2key-0000000000000000000000000001", "", today, add_months(today, 6)))
    assert not demo_expected(False, database, NO_KEYS)  # a saved, active key: open_session uses it
    db.close()
    database.write_bytes(b"not a database")
    assert demo_expected(False, database, NO_KEYS)  # unreadable: open_session decides; a child costs nothing
