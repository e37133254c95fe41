"""ShipStation refused the key in use (401): why, in words, and which stored key could take over.

Expired is decided by ShipStation's own answer when it says so, else by the key's expiry date on the app's
clock. The other stored key of the same API is offered when it has not expired; for V1 that is the second
key pair ShipStation allows precisely for this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .keys import Api, KeyRecord
from .words import QT_TRANSLATE_NOOP, Words

CONTEXT = "KeyRefusal"


@dataclass(frozen=True)
class Refusal:
    api: Api
    refused: KeyRecord | None  # the active key ShipStation refused (None: a key not from the key list)
    expired: bool
    reason: Words
    spare: KeyRecord | None  # a stored key of the same API to switch to


def judge(records: list[KeyRecord], api: Api, today: date, *, said_expired: bool | None = None,
          message: str = "") -> Refusal:
    mine = [r for r in records if r.api == api]
    refused = next((r for r in mine if r.active), None)
    expired = bool(said_expired) or (refused is not None and refused.expired(today))
    spare = next((r for r in sorted(mine, key=lambda r: r.expires_on, reverse=True)
                  if r is not refused and not r.expired(today)), None)
    name = refused.label if refused is not None else api.upper()
    if expired and refused is not None:
        reason = Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyRefusal", "ShipStation refused the %1 key %2: it expired on %3."),
            (api.upper(), name, refused.expires_on.isoformat()))
    elif expired:
        reason = Words(CONTEXT, QT_TRANSLATE_NOOP("KeyRefusal", "ShipStation refused the %1 key: it has expired."),
                       (api.upper(),))
    else:
        reason = Words(CONTEXT, QT_TRANSLATE_NOOP(
            "KeyRefusal", "ShipStation refused the %1 key %2. It may have been deleted or regenerated in ShipStation. "
                     "(%3)"), (api.upper(), name, message))
    return Refusal(api, refused, expired, reason, spare)
