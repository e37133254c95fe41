"""Windows for UI tests: a real MainWindow driven by pytest-qt (offscreen), talking to a real sandbox."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest

from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.core.session import Session, SessionOptions, open_session
from shipdesk.sandbox import Sandbox
from shipdesk.ui.main_window import MainWindow
from shipdesk.ui.workers import WorkerRunner

_serial = itertools.count(1)


@pytest.fixture
def make_window(qtbot, tmp_path, make_sandbox) -> Iterator[Callable[..., MainWindow]]:
    """`make_window(plan="inventory_only", orders=50, start=True)`: a shown window on its own sandbox.

    The window's session, sandbox and runner are at `window.session`, `window.sandbox`, `window.ctx.runner`.
    """
    opened: list[tuple[Session, WorkerRunner]] = []

    def make(start: bool = True, sandbox: Sandbox | None = None, **sandbox_overrides: object) -> MainWindow:
        # Fresh keys per window: clients of one key share a process-wide rate governor, and a budget
        # spent by one test must not make the next one wait.
        n = next(_serial)
        keys = {"v1_key": f"ui-v1-key-{n}", "v1_secret": f"ui-v1-secret-{n}", "v2_key": f"ui-v2-key-{n}"}
        box = sandbox or make_sandbox(**{**keys, **sandbox_overrides})
        cfg = box.config
        session = open_session(SessionOptions(
            api_base_v1=box.url, api_base_v2=box.url, profile_dir=str(tmp_path / f"profile{len(opened)}"),
            v1_credentials=V1Credentials(cfg.v1_key, cfg.v1_secret), v2_credentials=V2Credentials(cfg.v2_key)))
        runner = WorkerRunner()
        window = MainWindow(session, runner)
        window.sandbox = box  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if start:
            window.start()
        opened.append((session, runner))
        return window

    yield make
    for session, runner in opened:
        runner.cancel_all()
        runner.wait(10_000)
        session.close()


@pytest.fixture
def key_window(qtbot, tmp_path, make_sandbox, memory_keyring, monkeypatch) -> Iterator[Callable[..., MainWindow]]:
    """`key_window(keys, clock, saved=[NewKey...], start=True, **sandbox_overrides)`: a window whose keys come
    from the key store (the test's in-memory keyring + the profile), as after an earlier run saved them."""
    from key_support import close_window, open_window, save_keys

    for name in ("SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY"):
        monkeypatch.delenv(name, raising=False)
    opened: list[MainWindow] = []

    def make(keys, clock, saved=(), start: bool = True, profile=None, sandbox: Sandbox | None = None,
             **overrides: object) -> MainWindow:
        box = sandbox or make_sandbox(orders=20, **{**keys.sandbox(), **overrides})
        profile = profile or tmp_path / f"keys-profile{len(opened)}"
        if saved:
            save_keys(profile, clock, *saved)
        window = open_window(qtbot, box, profile, clock, start=start)
        opened.append(window)
        return window

    yield make
    for window in opened:
        close_window(window)
