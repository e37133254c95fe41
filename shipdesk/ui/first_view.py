"""What the main window needs before the session exists: the staged start paints the cached orders with it."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.db import Database
from .workers import WorkerRunner


@dataclass(frozen=True)
class FirstView:
    db: Database  # the profile's database: the order cache is read from it
    runner: WorkerRunner
    default_status: str  # the Orders tab's status filter
    demo: bool  # the title says Demo (`--demo`; a start without keys learns it from the session)
