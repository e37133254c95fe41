"""Helpers for the installer tests: run installer/ scripts, load smoke.py, read a Windows installer."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import keyring_session

ROOT = Path(__file__).resolve().parents[2]  # tests/installers/ -> the repository
INSTALLER = ROOT / "installer"


def load(name: str) -> ModuleType:
    """An installer/ script as a module (they import each other by plain name from their own folder)."""
    if str(INSTALLER) not in sys.path:
        sys.path.insert(0, str(INSTALLER))
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def run_smoke(target: str, tmp: Path, *extra: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """installer/smoke.py on `target`, inside a real Secret Service session when gnome-keyring is installed
    (then it must be the backend, and a write/read/delete must work)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    cmd = [sys.executable, str(INSTALLER / "smoke.py"), target, "--out", str(tmp / "smoke"),
           "--report", str(tmp / "smoke.json"), *extra]
    if keyring_session.available():
        cmd, env = keyring_session.wrap([*cmd, "--expect-keyring", "SecretService", "--keyring-roundtrip"],
                                        env, tmp / "keyring-home")
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def seven_zip_listing(installer: Path) -> list[str] | None:
    """The paths an NSIS installer carries, as 7-Zip lists them; None when 7-Zip is not installed."""
    seven = shutil.which("7z")
    if seven is None:
        return None
    out = subprocess.run([seven, "l", "-slt", str(installer)], capture_output=True, text=True, timeout=120,
                         check=True).stdout
    return [line[len("Path = "):] for line in out.splitlines() if line.startswith("Path = ")][1:]  # [0]: archive
