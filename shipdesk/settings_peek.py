"""The two settings the first paint needs, read without pydantic: the language and the Orders tab's status.

The staged start (ui/staged_start.py) paints the cached orders before pydantic is imported; `config.Settings`
loads the whole file right after and is what everything else uses (the Orders tab takes its status filter
again from it). Anything unexpected gives the defaults, as `Settings.load` does; this only reads (setting a
damaged file aside is left to `Settings.load`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# Settings' own defaults (tests/test_first_paint_imports.py checks they agree).
DEFAULT_LANGUAGE = ""
DEFAULT_STATUS = "awaiting_shipment"


@dataclass(frozen=True)
class FirstSettings:
    language: str = DEFAULT_LANGUAGE  # "" = follow the system
    default_status: str = DEFAULT_STATUS


def peek_settings(path: Path) -> FirstSettings:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return FirstSettings()
    if not isinstance(data, dict):
        return FirstSettings()
    language, status = data.get("language", DEFAULT_LANGUAGE), data.get("default_status", DEFAULT_STATUS)
    if not isinstance(language, str) or not isinstance(status, str):
        return FirstSettings()  # Settings.load would refuse the file and start from the defaults
    return FirstSettings(language, status)
