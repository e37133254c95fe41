"""Refresh the translation sources from the UI code and compile them.

    .venv/bin/python tools/translations.py          # lupdate → resources/translations/*.ts, lrelease → *.qm

Translators edit the .ts files (Qt Linguist, or any XML editor); both .ts and .qm are committed, so the
app needs no Qt tools at run time. tests/ui/test_i18n.py fails when a string is missing or unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials in this environment")
    return found


def ui_sources() -> list[str]:
    """The UI, plus core rooms that mark packer-facing words with QT_TRANSLATE_NOOP (see core/words.py)."""
    ui = (ROOT / "shipdesk" / "ui").rglob("*.py")
    core = (p for p in (ROOT / "shipdesk" / "core").rglob("*.py")
            if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8") and p.name != "words.py")
    return sorted(str(p.relative_to(ROOT)) for p in (*ui, *core))


def update(ts: Path) -> None:
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *ui_sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def release(ts: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True,
                   capture_output=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"shipdesk_{language}.ts"
        update(ts)
        release(ts)
        print(f"{ts.relative_to(ROOT)} and its .qm are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
