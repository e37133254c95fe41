"""Demo mode's local ShipStation in a process of its own.

ShipStation is another computer: in ShipDesk's process the sandbox would share one GIL with the window, so
its seeding slowed the first start and its serving of order pages stalled the UI. A child process runs on the
other core instead. It is started as early as the app can tell demo mode is coming (`demo_expected`, before Qt
loads), reports its address on one line, and ends when its standard input closes: when ShipDesk stops it, or
when ShipDesk dies, so it is never left behind. If it cannot start, demo mode runs the sandbox in-process as
before and the log says why. No Qt here.
"""

from __future__ import annotations

import collections
import logging
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..sandbox.config import SandboxConfig

if TYPE_CHECKING:
    from ..sandbox.runner import Sandbox

DEMO_ORDERS = 300  # orders the demo account starts with
READY = "ShipStation sandbox ready: "  # what `python -m shipdesk.sandbox` prints once it serves
READY_TIMEOUT_S = 60.0  # a cold start on a slow, busy machine; the first sync waits on this anyway
KEY_VARIABLES = ("SHIPDESK_V1_KEY", "SHIPDESK_V1_SECRET", "SHIPDESK_V2_KEY")
log = logging.getLogger(__name__)


class DemoSandboxFailed(RuntimeError):
    """The child did not come up; the message says what it printed or how it ended."""


def demo_expected(demo_flag: bool, database: Path, environ: Mapping[str, str] = os.environ) -> bool:
    """Will this start run in demo mode? Decided the way `open_session` decides it, from what is cheap to read
    before Qt and pydantic load: --demo, keys in the environment, an active key saved in the profile."""
    if demo_flag:
        return True
    if any(environ.get(name, "").strip() for name in KEY_VARIABLES):
        return False
    if not database.exists():
        return True
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=1)  # Windows paths too
        try:  # core/keys.py owns this table; a profile that never saved a key has none
            return conn.execute("SELECT 1 FROM api_keys WHERE active = 1 LIMIT 1").fetchone() is None
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def early_demo_sandbox(demo_flag: bool, database: Path) -> DemoSandbox | None:
    """The child started now, before Qt, when this start will be a demo: it seeds while the window loads."""
    return DemoSandbox(DEMO_ORDERS) if demo_expected(demo_flag, database) else None


def sandbox_command() -> list[str]:
    """How to run the sandbox: the frozen app is its own interpreter (`ShipDesk sandbox ...`, app.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "sandbox"]
    return [sys.executable, "-m", "shipdesk.sandbox"]


class DemoSandbox:
    """A started child sandbox. `url` waits for it to serve; `stop()` ends it. Same keys as the in-process one."""

    def __init__(self, orders: int, command: list[str] | None = None) -> None:
        self.config = SandboxConfig(orders=orders)
        cfg = self.config
        args = [*(command or sandbox_command()), "--port", "0", "--orders", str(orders), "--v1-key", cfg.v1_key,
                "--v1-secret", cfg.v1_secret, "--v2-key", cfg.v2_key, "--until-stdin-closes"]
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])  # `-m shipdesk.sandbox` from any folder
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        flags = subprocess.CREATE_NO_WINDOW if sys.platform == "win32" else 0  # no console from a windowed app
        self._proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, env=env, creationflags=flags)
        self._url: str | None = None
        self._said: collections.deque[str] = collections.deque(maxlen=20)
        self._ready = threading.Event()
        threading.Thread(target=self._read, name="demo-sandbox-output", daemon=True).start()

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def url(self) -> str:
        if not self._ready.wait(READY_TIMEOUT_S):
            self.stop()
            raise DemoSandboxFailed(f"the demo sandbox did not start in {READY_TIMEOUT_S:.0f} s")
        if self._url is None:
            code = self._proc.wait()
            said = " / ".join(self._said) or "nothing"
            raise DemoSandboxFailed(f"the demo sandbox exited ({code}) before serving; it said: {said}")
        return self._url

    def _read(self) -> None:
        """Its output until it ends: the ready line, or why it failed (kept for the message). Read to the end
        so a chatty child never blocks on a full pipe."""
        assert self._proc.stdout is not None
        for raw in self._proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip()
            if self._url is None and line.startswith(READY):
                self._url = line[len(READY):].strip()
                self._ready.set()
            elif line:
                self._said.append(line)
        self._ready.set()  # ended: `url` reports how

    def stop(self) -> None:
        if self._proc.stdin is not None and not self._proc.stdin.closed:
            self._proc.stdin.close()  # the child's signal to stop serving
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


def start_demo_sandbox(orders: int, early: DemoSandbox | None = None) -> tuple[DemoSandbox | Sandbox, str]:
    """(the running sandbox, its URL): the child started early or a new one; in-process when no child comes up."""
    child = early
    try:
        child = child or DemoSandbox(orders)
        return child, child.url
    except (DemoSandboxFailed, OSError) as exc:
        log.warning("demo sandbox: running it inside ShipDesk instead: %s", exc)
        if child is not None:
            child.stop()
    from ..sandbox.runner import Sandbox

    box = Sandbox(SandboxConfig(port=0, orders=orders)).start()
    return box, box.url
