"""Run a command with a real Secret Service: a private D-Bus session with an unlocked gnome-keyring.

shared/notes/platform.md §5: give every run its own XDG_DATA_HOME, or a keyring left by an earlier run with
another password makes gnome-keyring prompt for it and the run hangs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

UNLOCK = 'eval "$(printf %s test-keyring | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null; exec "$@"'


def available() -> bool:
    return bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))


def wrap(cmd: list[str], env: dict[str, str], home: Path) -> tuple[list[str], dict[str, str]]:
    """`cmd` and its environment, to run inside a fresh session whose keyring store lives under `home`."""
    data = home / "data"
    data.mkdir(parents=True, exist_ok=True)
    session_env = {**env, "XDG_DATA_HOME": str(data)}
    session_env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return ["dbus-run-session", "--", "sh", "-c", UNLOCK, "sh", *cmd], session_env
