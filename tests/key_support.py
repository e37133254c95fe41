"""For tests of saved API keys: an app clock tests can move, unique sandbox keys, and a main window whose
keys come from the key store (profile database + the test's keyring), as a real start-up reads them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from shipdesk.core.db import Database
from shipdesk.core.keys import KeyStore, NewKey, add_months
from shipdesk.core.session import SessionOptions, open_session
from shipdesk.sandbox import Sandbox
from shipdesk.ui.main_window import MainWindow
from shipdesk.ui.workers import WorkerRunner


class FakeClock:
    """The app's clock: starts at the real now, moves only when told."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime.now().astimezone()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: float) -> None:
        self.now += timedelta(days=days)

    def today(self) -> date:
        return self.now.date()


def secret(label: str) -> str:
    """A unique, searchable value: a search for it can only find this test's copy."""
    return f"{label}-{uuid.uuid4().hex}"


@dataclass
class Keys:
    """One sandbox account's keys: V1 pair A (seeded), V1 pair B (added when asked), the V2 key."""

    v1_key: str = field(default_factory=lambda: secret("v1a-key"))
    v1_secret: str = field(default_factory=lambda: secret("v1a-secret"))
    v1b_key: str = field(default_factory=lambda: secret("v1b-key"))
    v1b_secret: str = field(default_factory=lambda: secret("v1b-secret"))
    v2_key: str = field(default_factory=lambda: secret("v2-key"))

    def sandbox(self) -> dict[str, str]:
        return {"v1_key": self.v1_key, "v1_secret": self.v1_secret, "v2_key": self.v2_key}

    def all(self) -> list[str]:
        return [self.v1_key, self.v1_secret, self.v1b_key, self.v1b_secret, self.v2_key]

    def pair_a(self, today: date, months: int = 6, name: str = "Bench A") -> NewKey:
        return NewKey("v1", name, self.v1_key, self.v1_secret, today, add_months(today, months))

    def pair_b(self, today: date, months: int = 12, name: str = "Bench B") -> NewKey:
        return NewKey("v1", name, self.v1b_key, self.v1b_secret, today, add_months(today, months))

    def v2(self, today: date, months: int = 12) -> NewKey:
        return NewKey("v2", "Bench V2", self.v2_key, "", today, add_months(today, months))


def admin(box: Sandbox, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    response = httpx.request(method, f"{box.url}/__sandbox{path}", json=body, timeout=10)
    response.raise_for_status()
    return response.json()


def add_pair_b(box: Sandbox, keys: Keys) -> None:
    admin(box, "POST", "/keys", {"version": "v1", "key": keys.v1b_key, "secret": keys.v1b_secret,
                                 "lifetime_days": 365})


def sandbox_key_id(box: Sandbox, key: str) -> str:
    return next(k["key_id"] for k in admin(box, "GET", "/state")["keys"] if k["last4"] == key[-4:]
                and not k["deleted"])


def save_keys(profile: Path, clock: FakeClock, *keys: NewKey, active: str | None = None) -> None:
    """What an earlier run saved through Settings → API keys."""
    profile.mkdir(parents=True, exist_ok=True)
    db = Database(profile / "shipdesk.sqlite3")
    store = KeyStore(db, clock=clock)
    for key in keys:
        record = store.add(key)
        if active == key.name:
            store.activate(record.id)
    db.close()


def open_window(qtbot: Any, box: Sandbox, profile: Path, clock: FakeClock, start: bool = True) -> MainWindow:
    session = open_session(SessionOptions(api_base_v1=box.url, api_base_v2=box.url, profile_dir=str(profile),
                                          clock=clock, demo_orders=20))
    window = MainWindow(session, WorkerRunner())
    window.sandbox = box  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if start:
        window.start()
    return window


def close_window(window: MainWindow) -> None:
    """Quit as the app does (idempotent: a test may "restart" before the fixture's teardown)."""
    if getattr(window, "closed_for_test", False):
        return
    window.closed_for_test = True  # type: ignore[attr-defined]
    window.ctx.runner.cancel_all()
    window.ctx.runner.wait(10_000)
    window.close()
    window.session.close()
