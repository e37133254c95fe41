"""When keys expire and what to tell the packer: the status-bar countdown, and warnings at 30/14/7/1 days.

Pure decisions over key records and a day: the UI asks, shows, and records what it showed. A warning
dialog comes when a key reaches a threshold it has not been warned about, at most once a day for all keys
together; the banner is shown whenever a key has 30 days or fewer. An expired key is the rotation
wizard's business, not a warning's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .keys import KeyRecord
from .words import QT_TRANSLATE_NOOP, Words

THRESHOLDS = (30, 14, 7, 1)
CONTEXT = "KeyExpiry"


def threshold(days_left: int) -> int | None:
    """The warning a key is in: 30 for 30..15 days left, 14 for 14..8, 7 for 7..2, 1 for the last day."""
    reached = [t for t in THRESHOLDS if days_left <= t]
    return min(reached) if reached else None


@dataclass(frozen=True)
class Alert:
    record: KeyRecord
    days_left: int

    @property
    def expired(self) -> bool:
        return self.days_left <= 0

    @property
    def threshold(self) -> int | None:
        return None if self.expired else threshold(self.days_left)

    def words(self) -> Words:
        """One line for the banner or the dialog."""
        r = self.record
        day = r.expires_on.isoformat()
        if self.expired:
            return Words(CONTEXT, QT_TRANSLATE_NOOP(
                "KeyExpiry", "The %1 key %2 expired on %3: ShipStation refuses it now. Rotate it: Settings → API keys "
                         "→ Rotate."), (r.api.upper(), r.label, day))
        if self.days_left == 1:
            return Words(CONTEXT, QT_TRANSLATE_NOOP(
                "KeyExpiry", "The %1 key %2 expires tomorrow (%3). Rotate it today: Settings → API keys → Rotate."),
                (r.api.upper(), r.label, day))
        return Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyExpiry", "The %1 key %2 expires in %3 days, on %4. Rotate it before then: Settings → API keys → "
                     "Rotate."), (r.api.upper(), r.label, str(self.days_left), day))


def alerts(records: list[KeyRecord], today: date) -> list[Alert]:
    """Keys with 30 days or fewer left, or expired; soonest first."""
    found = [Alert(r, r.days_left(today)) for r in records if threshold(r.days_left(today)) is not None]
    return sorted(found, key=lambda a: (a.days_left, a.record.api))


def dialog_due(records: list[KeyRecord], today: date) -> list[Alert]:
    """The alerts that deserve a dialog now: a threshold not yet warned about, and no dialog yet today."""
    if any(r.warned_on == today for r in records):
        return []
    return [a for a in alerts(records, today) if not a.expired and a.threshold is not None
            and (a.record.warned_days is None or a.threshold < a.record.warned_days)]


def countdown(records: list[KeyRecord], today: date) -> list[Words]:
    """The status bar parts for the keys in use, e.g. "V1 key: 23 days left", "V2 key: 200 days left"."""
    parts = []
    for r in sorted((r for r in records if r.active), key=lambda r: r.api):
        days, api = r.days_left(today), r.api.upper()
        if days <= 0:
            parts.append(Words(CONTEXT, QT_TRANSLATE_NOOP("KeyExpiry", "%1 key expired on %2"),
                               (api, r.expires_on.isoformat())))
        elif days == 1:
            parts.append(Words(CONTEXT, QT_TRANSLATE_NOOP("KeyExpiry", "%1 key expires tomorrow"), (api,)))
        else:
            parts.append(Words(CONTEXT, QT_TRANSLATE_NOOP("KeyExpiry", "%1 key: %2 days left"), (api, str(days))))
    return parts
