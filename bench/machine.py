"""What the figures were measured on: CPU, cores, RAM, OS, Python, PySide6/Qt, and how busy it was."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def _proc_value(path: str, prefix: str) -> str | None:
    """What follows `prefix` on the first line of a Linux /proc file that starts with it (None elsewhere)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line[len(prefix):].strip()
    except OSError:
        pass
    return None


def _cpu_model() -> str:
    found = _proc_value("/proc/cpuinfo", "model name")
    return found.lstrip(": ").strip() if found else platform.processor() or platform.machine()


def _ram() -> str:
    found = _proc_value("/proc/meminfo", "MemTotal:")
    return f"{int(found.split()[0]) / 1024 / 1024:.1f} GiB" if found else "unknown"


def _os() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} ({platform.system()} {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _load() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def describe() -> list[tuple[str, str]]:
    import PySide6
    from PySide6 import QtCore

    return [
        ("CPU", _cpu_model()),
        ("cores", str(os.cpu_count())),
        ("RAM", _ram()),
        ("OS", _os()),
        ("Python", platform.python_version()),
        ("PySide6 / Qt", f"{PySide6.__version__} / {QtCore.qVersion()}"),
        ("load average at start (1 / 5 / 15 min)", _load()),
    ]
