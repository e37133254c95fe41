"""On a Windows runner: what a packer gets from ShipDesk-Setup-<version>.exe, checked for real.

    python installer/windows/install_check.py dist/ShipDesk-Setup-0.1.0.exe [smoke.py options...]

1. A silent per-user install (/S): ShipDesk.exe and _internal\\ under %LOCALAPPDATA%\\Programs\\ShipDesk,
   Start-menu and desktop shortcuts, the Apps & features entry under HKCU with this version.
2. The installed copy passes installer/smoke.py (given the options after the installer's path).
3. Upgrade: with the entry made to look like 0.0.1 and a stray file in _internal\\, installing again runs
   the installed uninstaller first: the stray file is gone and the one entry says this version.
4. A newer version installed (99.0.0): the silent installer leaves it alone.
5. The uninstaller removes the program, the shortcuts and the entry, and leaves the packer's data folder.
Windows only (winreg); it changes this user's ShipDesk install, so run it on a runner, not a bench PC.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
import winreg
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from app_info import load_app_info  # noqa: E402

INFO = load_app_info()
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{INFO.name}"
CSIDL_PROGRAMS, CSIDL_DESKTOPDIRECTORY = 0x02, 0x10


def shell_folder(csidl: int) -> Path:
    """A folder as Windows (and NSIS's $SMPROGRAMS / $DESKTOP) resolve it for this user."""
    buffer = ctypes.create_unicode_buffer(260)
    ctypes.windll.shell32.SHGetFolderPathW(None, csidl, None, 0, buffer)  # type: ignore[attr-defined]
    return Path(buffer.value)


INSTALL_DIR = Path(os.environ["LOCALAPPDATA"]) / "Programs" / INFO.name
DATA_DIR = Path(os.environ["LOCALAPPDATA"]) / INFO.name  # platformdirs' user_data_dir: the journal lives here
SHORTCUTS = (shell_folder(CSIDL_PROGRAMS) / f"{INFO.name}.lnk", shell_folder(CSIDL_DESKTOPDIRECTORY) / f"{INFO.name}.lnk")


def entry() -> dict[str, object] | None:
    """The Apps & features entry's values, or None when there is none."""
    try:
        key = winreg.OpenKey(winreg.HKEY_CURRENT_USER, UNINSTALL_KEY)
    except FileNotFoundError:
        return None
    values: dict[str, object] = {}
    with key:
        index = 0
        while True:
            try:
                name, value, _ = winreg.EnumValue(key, index)
            except OSError:
                return values
            values[name] = value
            index += 1


def set_entry_version(display: str, number: str) -> None:
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, UNINSTALL_KEY, 0, winreg.KEY_SET_VALUE) as key:
        winreg.SetValueEx(key, "DisplayVersion", 0, winreg.REG_SZ, display)
        winreg.SetValueEx(key, "VersionNumber", 0, winreg.REG_SZ, number)


def check(ok: bool, what: str) -> None:
    print(f"  {'PASS' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        raise SystemExit(1)


def install(setup: Path) -> int:
    return subprocess.run([str(setup), "/S"], timeout=900).returncode


def check_installed(version: str) -> None:
    values = entry() or {}
    check((INSTALL_DIR / f"{INFO.name}.exe").is_file() and (INSTALL_DIR / "_internal").is_dir(),
          f"{INFO.name}.exe and _internal in {INSTALL_DIR}")
    check((INSTALL_DIR / "uninstall.exe").is_file(), "uninstall.exe beside it")
    check(all(s.is_file() for s in SHORTCUTS), f"shortcuts {', '.join(str(s) for s in SHORTCUTS)}")
    check(values.get("DisplayVersion") == version and values.get("VersionNumber") == INFO.windows_version,
          f"Apps & features entry says {values.get('DisplayVersion')} (want {version})")
    check(Path(str(values.get("InstallLocation", ""))) == INSTALL_DIR, f"InstallLocation {values.get('InstallLocation')}")
    check(str(values.get("UninstallString", "")).strip('"').lower() == str(INSTALL_DIR / "uninstall.exe").lower(),
          f"UninstallString {values.get('UninstallString')}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    setup, smoke_args = Path(argv[0]).resolve(), argv[1:]
    print(f"Installing {setup.name} for this user", flush=True)

    check(install(setup) == 0, "silent install exits 0")
    check_installed(INFO.version)

    smoke = subprocess.run([sys.executable, str(HERE.parent / "smoke.py"), str(INSTALL_DIR), *smoke_args],
                           timeout=900)
    check(smoke.returncode == 0, "the installed copy passes the smoke check")

    stray = INSTALL_DIR / "_internal" / "stray-from-0.0.1.txt"
    stray.write_text("left by an old version")
    set_entry_version("0.0.1", "0.0.1.0")
    check(install(setup) == 0, "upgrade over 0.0.1 exits 0")
    check(not stray.exists(), "the upgrade removed the old version's files first")
    check_installed(INFO.version)

    marker = INSTALL_DIR / "_internal" / "newer-version-file.txt"
    marker.write_text("from 99.0.0")
    set_entry_version("99.0.0", "99.0.0.0")
    install(setup)  # silent: answers No to "replace the newer version?"
    check(marker.exists() and (entry() or {}).get("DisplayVersion") == "99.0.0",
          "a newer installed version is left alone")
    marker.unlink()
    set_entry_version(INFO.version, INFO.windows_version)

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    data_marker = DATA_DIR / "install-check-marker.txt"
    data_marker.write_text("the packer's data")
    # The uninstaller copies itself to %TEMP% and returns at once: wait for its work to show.
    subprocess.run([str(INSTALL_DIR / "uninstall.exe"), "/S"], timeout=300)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and (INSTALL_DIR.exists() or entry() is not None):
        time.sleep(1)
    check(not INSTALL_DIR.exists(), f"uninstall removed {INSTALL_DIR}")
    check(entry() is None, "uninstall removed the Apps & features entry")
    check(not any(s.exists() for s in SHORTCUTS), "uninstall removed the shortcuts")
    check(data_marker.exists(), f"uninstall left the packer's data in {DATA_DIR}")
    data_marker.unlink()
    print("Result: OK", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
