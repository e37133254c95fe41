"""Voiding a label: V1 POST /shipments/voidlabel, V2 PUT /v2/labels/{id}/void, ShipStation's answer kept.

ShipStation answers in its own words (`approved`, `message`, and for V2 a `reason_code` when it refuses);
the packer sees that answer, and the journal keeps it. A label is voided in the journal when ShipStation
approved, or when it refused because the label was voided already; from then on it no longer counts as the
order's label, so the order can be bought again without the "already has a label" question. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .history import HistoryRow
from .journal import JournalEntry, LabelJournal
from .session import Session

ALREADY_VOIDED = "label_already_voided"


class CannotVoid(Exception):
    """ShipDesk cannot send this void (no key for the label's API, or no id ShipStation would know)."""


@dataclass(frozen=True)
class VoidAnswer:
    approved: bool
    message: str  # ShipStation's own words
    reason_code: str | None  # V2, when ShipStation refused (label_already_voided, label_already_used...)
    voided: bool  # the label is void now: approved, or ShipStation says it already was
    entry: JournalEntry | None  # the journal row after the answer was recorded


def void_label(session: Session, row: HistoryRow, journal: LabelJournal | None = None) -> VoidAnswer:
    """Ask ShipStation to void the label of `row`; record its answer on the journal row, if there is one."""
    journal = journal or LabelJournal(session.db)
    if row.api == "v1":
        approved, message, reason, voided = _void_v1(session, row)
    else:
        approved, message, reason, voided = _void_v2(session, row)
    entry = row.entry
    if entry is not None:
        entry = journal.record_void(entry.id, voided=voided, message=message)
    return VoidAnswer(approved, message, reason, voided, entry)


def _void_v1(session: Session, row: HistoryRow) -> tuple[bool, str, str | None, bool]:
    v1: Any = session.v1
    if v1 is None:
        raise CannotVoid("This station has no ShipStation V1 key, so it cannot void V1 labels.")
    if not row.shipment_id:
        raise CannotVoid("ShipStation has no shipment for this label, so there is nothing to void.")
    answer = v1.void_label(int(row.shipment_id))
    message = answer.message or ""
    if answer.approved:
        return True, message, None, True
    # V1 refuses without a reason code: read the shipment back to know whether it is void anyway.
    if row.tracking_number:
        shipments = v1.iter_shipments(tracking_number=row.tracking_number)
    elif row.order_id:
        shipments = v1.iter_shipments(order_id=int(row.order_id))
    else:
        return False, message, None, False
    voided = any(str(s.shipment_id) == row.shipment_id and s.voided for s in shipments)
    return False, message, None, voided


def _void_v2(session: Session, row: HistoryRow) -> tuple[bool, str, str | None, bool]:
    v2: Any = session.v2
    if v2 is None:
        raise CannotVoid("This station has no ShipStation V2 key, so it cannot void V2 labels.")
    if not row.label_id:
        raise CannotVoid("ShipStation has no label id for this label, so there is nothing to void.")
    answer = v2.void_label(row.label_id)
    return answer.approved, answer.message or "", answer.reason_code, answer.approved or \
        answer.reason_code == ALREADY_VOIDED
