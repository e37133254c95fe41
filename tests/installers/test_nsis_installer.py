"""The Windows installer script compiles here with makensis (the payload itself can only come from the Windows
runner): a per-user ShipDesk-Setup-<version>.exe carrying the bundle folder, with the version in its file
properties. The same compile against the real Linux bundle is in test_bundle.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from installers.installer_support import INSTALLER, load, seven_zip_listing


@pytest.fixture
def makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("makensis is missing: tools/setup.sh installs the nsis package")
        pytest.skip("makensis is not installed (apt-get install nsis, as tools/setup.sh does)")
    return found


def fake_bundle(root):
    """The shape PyInstaller gives on Windows: ShipDesk.exe beside _internal/."""
    bundle = root / "ShipDesk"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "ShipDesk.exe").write_bytes(b"MZ" + os.urandom(4096))
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(os.urandom(4096))
    return bundle


def test_nsis_script_compiles_into_a_versioned_per_user_installer(makensis, tmp_path):
    info = load("app_info").load_app_info()
    result = subprocess.run([sys.executable, str(INSTALLER / "build.py"), "nsis", "--bundle",
                             str(fake_bundle(tmp_path)), "--out-dir", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    setup = tmp_path / "out" / f"ShipDesk-Setup-{info.version}.exe"
    data = setup.read_bytes()
    assert data[:2] == b"MZ" and b"Nullsoft" in data
    # Explorer > Properties > Details reads these from the version resource (UTF-16).
    for text in ("ProductVersion", info.version, "ShipDesk", info.publisher):
        assert text.encode("utf-16-le") in data, text
    # A per-user installer: the manifest asks for no elevation.
    assert b'level="asInvoker"' in data
    listing = seven_zip_listing(setup)
    if listing is not None:
        assert {"ShipDesk.exe", "_internal/PySide6/Qt6Core.dll", "uninstall.exe"} <= set(listing)


def test_nsis_build_refuses_a_missing_bundle(makensis, tmp_path):
    result = subprocess.run([sys.executable, str(INSTALLER / "build.py"), "nsis", "--bundle",
                             str(tmp_path / "nowhere"), "--out-dir", str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "no bundle at" in result.stderr
