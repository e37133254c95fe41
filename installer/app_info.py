"""What the installers say about ShipDesk, read from one place: pyproject.toml.

[project] gives the version and description; [tool.shipdesk.installer] the display name, publisher, macOS
bundle id and the icon (one base path: .png, .ico and .icns beside each other). The PyInstaller spec, the
NSIS script (through build.py), the macOS Info.plist and the workflows all read it from here.

    python installer/app_info.py version        # prints 0.1.0
    python installer/app_info.py windows-version  # prints 0.1.0.0
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class AppInfo:
    name: str  # the bundle folder, the executable, the shortcuts, the .app
    version: str  # PEP 440, as in pyproject: 0.1.0, 1.2.0rc1
    description: str
    publisher: str
    bundle_id: str
    icon_base: Path

    @property
    def windows_version(self) -> str:
        """Four numbers, as Windows version resources and NSIS VIProductVersion require (0.1.0rc1 -> 0.1.0.0)."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        numbers += [0] * (4 - len(numbers))
        return ".".join(str(n) for n in numbers)

    @property
    def short_version(self) -> str:
        """Three numbers, as CFBundleShortVersionString requires."""
        return ".".join(self.windows_version.split(".")[:3])

    def icon(self, suffix: str) -> Path:
        return self.icon_base.with_suffix(suffix)

    def fields(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "windows-version": self.windows_version,
                "short-version": self.short_version, "description": self.description,
                "publisher": self.publisher, "bundle-id": self.bundle_id,
                "icon-png": str(self.icon(".png")), "icon-ico": str(self.icon(".ico")),
                "icon-icns": str(self.icon(".icns"))}


def load_app_info(root: Path = ROOT) -> AppInfo:
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project, installer = data["project"], data["tool"]["shipdesk"]["installer"]
    return AppInfo(name=installer["display-name"], version=project["version"],
                   description=project["description"], publisher=installer["publisher"],
                   bundle_id=installer["bundle-id"], icon_base=root / installer["icon"])


def executable(bundle: Path) -> Path:
    """The program inside a bundle folder (ShipDesk/ShipDesk, ShipDesk.exe) or a .app."""
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / bundle.stem
    exe = bundle / f"{bundle.name}.exe"
    return exe if exe.exists() else bundle / bundle.name


def main(argv: list[str]) -> int:
    fields = load_app_info().fields()
    if len(argv) != 1 or argv[0] not in fields:
        print(f"usage: app_info.py {{{','.join(fields)}}}", file=sys.stderr)
        return 2
    print(fields[argv[0]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
