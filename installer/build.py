"""Build ShipDesk's bundle and installers; the same steps locally and on the CI runners.

    python installer/build.py bundle                # PyInstaller: dist/<platform>/ShipDesk/ (+ ShipDesk.app on macOS)
    python installer/build.py nsis [--bundle DIR] [--quick]   # makensis: dist/ShipDesk-Setup-<version>.exe
    python installer/build.py archive               # Linux: dist/ShipDesk-<version>-linux-x86_64.tar.gz

Run it with the Python that has ShipDesk and its `build` extra installed (`pip install ".[build]"`).
`nsis` works on Linux too: there it packs the Linux bundle, which proves the script compiles; only the
Windows runner's bundle makes an installer worth shipping. The macOS .dmg is installer/macos/make-dmg.sh.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from app_info import ROOT, AppInfo, executable, load_app_info

SPEC = ROOT / "installer" / "shipdesk.spec"
NSIS_SCRIPT = ROOT / "installer" / "windows" / "shipdesk.nsi"
DIST = ROOT / "dist"


def platform_name() -> str:
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def bundle_dir(info: AppInfo, plat: str | None = None) -> Path:
    """The one-folder bundle: dist/<platform>/ShipDesk."""
    return DIST / (plat or platform_name()) / info.name


def build_bundle(info: AppInfo) -> Path:
    plat = platform_name()
    work = ROOT / "build" / "pyinstaller" / plat
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST / plat), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    out = bundle_dir(info, plat)
    if not executable(out).exists():
        raise SystemExit(f"PyInstaller finished but {executable(out)} is missing")
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {out} ({size / 2**20:.0f} MiB) in {time.monotonic() - started:.0f} s")
    return out


def build_nsis(info: AppInfo, bundle: Path, out_dir: Path = DIST, quick: bool = False) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis not found: apt-get install nsis (Linux) or choco install nsis (Windows)")
    if not bundle.is_dir():
        raise SystemExit(f"no bundle at {bundle}: run `build.py bundle` first")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{info.name}-Setup-{info.version}.exe"
    defines = {"APP_NAME": info.name, "VERSION": info.version, "WIN_VERSION": info.windows_version,
               "PUBLISHER": info.publisher, "DESCRIPTION": info.description,
               "BUNDLE_FILES": str(bundle.resolve() / "*"), "ICON": str(info.icon(".ico")), "OUTFILE": str(out.resolve())}
    if quick:
        defines["QUICK_COMPRESSION"] = "1"
    # -WX: a warning (a missing file, an unused string) fails the build instead of shipping quietly.
    cmd = [makensis, "-V2", "-WX", *(f"-D{k}={v}" for k, v in defines.items()), str(NSIS_SCRIPT)]
    started = time.monotonic()
    subprocess.run(cmd, check=True)
    print(f"installer: {out} ({out.stat().st_size / 2**20:.1f} MiB) in {time.monotonic() - started:.0f} s")
    return out


def build_archive(info: AppInfo, bundle: Path) -> Path:
    arch = platform.machine().lower().replace("amd64", "x86_64")
    out = DIST / f"{info.name}-{info.version}-{platform_name()}-{arch}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:  # level 9 takes twice as long for 2% less
        tar.add(bundle, arcname=info.name)
    print(f"archive: {out} ({out.stat().st_size / 2**20:.0f} MiB)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    sub.add_parser("bundle", help="PyInstaller one-folder bundle for this platform")
    nsis = sub.add_parser("nsis", help="the Windows installer (compiles on Linux too)")
    nsis.add_argument("--bundle", type=Path, help="bundle folder to pack (default: this platform's)")
    nsis.add_argument("--out-dir", type=Path, default=DIST)
    nsis.add_argument("--quick", action="store_true",
                      help="zlib instead of solid LZMA: seconds instead of minutes, a bigger file (for checks)")
    sub.add_parser("archive", help="tar.gz of this platform's bundle")
    args = parser.parse_args(argv)
    info = load_app_info()
    if args.step == "bundle":
        build_bundle(info)
    elif args.step == "nsis":
        build_nsis(info, args.bundle or bundle_dir(info), args.out_dir, args.quick)
    else:
        build_archive(info, bundle_dir(info))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
