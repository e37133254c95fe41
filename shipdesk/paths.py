"""Where ShipDesk keeps its local state: one profile directory (pydantic-free: the first paint needs it)."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "ShipDesk"


class Paths:
    """Everything local lives under one profile directory (tests and extra stations pass their own)."""

    def __init__(self, profile_dir: Path | str | None = None) -> None:
        if profile_dir:
            base = Path(profile_dir)
        else:
            import platformdirs  # only without --profile-dir

            base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        self.profile = base.expanduser().resolve()
        self.profile.mkdir(parents=True, exist_ok=True)

    @property
    def database(self) -> Path:
        return self.profile / "shipdesk.sqlite3"

    @property
    def settings(self) -> Path:
        return self.profile / "settings.json"
