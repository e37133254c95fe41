"""The label history: the journal's labels and ShipStation's, each label once, with its tracking status.

Rows come from this profile's journal (labels bought here, or by another station sharing the database) and
from ShipStation's recent labels (V1 GET /shipments, V2 GET /v2/labels; `days` back, every page). One label
found in both is one row, matched by V1 shipment id, V2 label id or tracking number. ShipStation wins for
what can change behind our back (voided, tracking status); the journal for what only it knows (station,
local copy, print status). A void seen at ShipStation is written into the journal, so the never-twice check
stops counting that label. No Qt here.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from ..api.errors import ApiError
from ..api.v1.models import Shipment as V1Shipment
from ..api.v2.models import Label
from ..config import Settings
from .journal import HAS_LABEL, UNFINISHED, JournalEntry, LabelJournal
from .session import Session

# Where a label came from.
HERE, OTHER_STATION, ELSEWHERE = "here", "other_station", "elsewhere"
DEFAULT_DAYS = 30
# ShipDesk names the V2 shipments it creates like this (journal.new_external_id): a V2 label with such an id
# and no row in this journal was bought by another ShipDesk station with its own database.
SHIPDESK_EXTERNAL_PREFIX = "shipdesk-"

# Tracking states, whatever code ShipStation used (V2 label lists say `in_transit`; the track call says
# `IN_TRANSIT` or ShipEngine's `IT`). A code outside this table keeps ShipStation's own description.
NOT_SCANNED, ACCEPTED, IN_TRANSIT, DELIVERED, EXCEPTION, CANCELLED = (
    "not_scanned", "accepted", "in_transit", "delivered", "exception", "cancelled")
_TRACKING_CODES = {
    "un": NOT_SCANNED, "unknown": NOT_SCANNED, "elec_advice_recd_by_carrier": NOT_SCANNED,
    "ac": ACCEPTED, "received_by_carrier": ACCEPTED,
    "it": IN_TRANSIT, "in_transit": IN_TRANSIT,
    "de": DELIVERED, "delivered": DELIVERED,
    "ex": EXCEPTION, "exception": EXCEPTION, "error": EXCEPTION, "at": EXCEPTION, "delivery_attempt": EXCEPTION,
    "cancelled": CANCELLED, "voided": CANCELLED,
}
# Why a row has no tracking status from ShipStation (the UI says it in words).
TRACKING_NEEDS_V2 = "v1_label"  # ShipStation V1 has no tracking call
TRACKING_NEEDS_V2_KEY = "no_v2_key"
TRACKING_NO_LABEL = "no_label"


def tracking_code(value: str | None) -> str | None:
    return _TRACKING_CODES.get(value.strip().lower()) if value else None


def this_station(settings: Settings) -> str:
    """The name this station writes into the journal: the setting, else the computer's name."""
    return settings.station_name.strip() or socket.gethostname()


@dataclass(frozen=True)
class HistoryRow:
    api: str  # "v1" | "v2"
    source: str  # HERE | OTHER_STATION | ELSEWHERE
    order_number: str | None
    tracking_number: str | None
    carrier: str | None
    service: str | None
    cost: str | None
    created_at: datetime | None
    station: str | None  # the ShipDesk station that bought it; None when ShipStation alone knows the label
    shipment_id: str | None
    label_id: str | None
    voided: bool
    entry: JournalEntry | None = None  # the journal row, when a ShipDesk sharing this database bought it
    order_id: str | None = None
    tracking_status: str | None = None  # a tracking state above, when ShipStation said one
    tracking_text: str | None = None  # ShipStation's own words for it
    tracking_url: str | None = None
    is_return: bool = False

    @property
    def key(self) -> str:
        """Stable across reloads: the journal row, else ShipStation's id."""
        if self.entry is not None:
            return f"journal:{self.entry.id}"
        return f"{self.api}:{self.label_id or self.shipment_id or self.tracking_number}"

    @property
    def has_local_copy(self) -> bool:
        return self.entry is not None and bool(self.entry.label_bytes)

    @property
    def has_form(self) -> bool:
        return self.entry is not None and bool(getattr(self.entry, "form_bytes", None))

    @property
    def print_status(self) -> str | None:
        return self.entry.print_status if self.entry is not None and self.entry.has_label else None

    @property
    def outcome_unknown(self) -> bool:
        """A purchase whose answer was lost and that ShipStation has not confirmed either way yet."""
        return self.entry is not None and self.entry.state in UNFINISHED


@dataclass(frozen=True)
class TrackingStatus:
    """What ShipStation says about a label's journey, or why ShipDesk cannot ask (`unavailable`)."""

    code: str | None = None  # a tracking state above; None when ShipStation's code is not one of them
    description: str | None = None
    tracking_url: str | None = None
    estimated_delivery: datetime | None = None
    delivered_at: datetime | None = None
    unavailable: str | None = None  # TRACKING_NEEDS_V2 | TRACKING_NEEDS_V2_KEY | TRACKING_NO_LABEL


@dataclass
class History:
    rows: list[HistoryRow]
    since: datetime  # ShipStation's labels were read back to here
    failures: dict[str, ApiError] = field(default_factory=dict)  # "v1" / "v2": not readable this time
    remote: list[HistoryRow] = field(default_factory=list)  # ShipStation's rows as read, for `load(remote=)`


# -- rows from each source --------------------------------------------------------------------------


def journal_row(entry: JournalEntry, station: str) -> HistoryRow:
    return HistoryRow(
        api=entry.api, source=HERE if entry.station == station else OTHER_STATION,
        order_number=entry.order_number, tracking_number=entry.tracking_number, carrier=entry.carrier,
        service=entry.service, cost=entry.cost or entry.shown_cost, created_at=entry.created_at,
        station=entry.station, shipment_id=entry.shipment_id, label_id=entry.label_id,
        voided=entry.voided_at is not None, entry=entry, order_id=entry.order_id,
        is_return=bool(entry.return_for))


def v1_row(shipment: V1Shipment) -> HistoryRow:
    return HistoryRow(
        api="v1", source=ELSEWHERE, order_number=shipment.order_number, tracking_number=shipment.tracking_number,
        carrier=shipment.carrier_code, service=shipment.service_code, cost=_money(shipment.shipment_cost),
        created_at=shipment.create_date, station=None, shipment_id=str(shipment.shipment_id), label_id=None,
        voided=bool(shipment.voided), order_id=None if shipment.order_id is None else str(shipment.order_id),
        is_return=bool(shipment.is_return_label))


def v2_row(label: Label) -> HistoryRow:
    ours = (label.external_shipment_id or "").startswith(SHIPDESK_EXTERNAL_PREFIX)
    status = label.tracking_status
    return HistoryRow(
        api="v2", source=OTHER_STATION if ours else ELSEWHERE, order_number=label.external_order_id,
        tracking_number=label.tracking_number, carrier=label.carrier_code, service=label.service_code,
        cost=_money(label.shipment_cost.amount if label.shipment_cost is not None else None),
        created_at=label.created_at, station=None, shipment_id=label.shipment_id, label_id=label.label_id,
        voided=label.voided or label.status == "voided", tracking_status=tracking_code(status),
        tracking_text=status, tracking_url=label.tracking_url, is_return=bool(label.is_return_label))


def _money(value: object) -> str | None:
    return None if value is None else str(value)


# -- merging ----------------------------------------------------------------------------------------


def _ids(row: HistoryRow) -> list[str]:
    """What makes two rows the same label: ShipStation's id in its surface, or the tracking number."""
    ids = []
    if row.api == "v1" and row.shipment_id:
        ids.append(f"v1:{row.shipment_id}")
    if row.api == "v2" and row.label_id:
        ids.append(f"v2:{row.label_id}")
    if row.tracking_number:
        ids.append(f"tracking:{row.tracking_number}")
    return ids


def _enrich(local: HistoryRow, remote: HistoryRow) -> HistoryRow:
    """The journal's row with what ShipStation knows better."""
    return replace(local, voided=local.voided or remote.voided,
                   tracking_status=remote.tracking_status or local.tracking_status,
                   tracking_text=remote.tracking_text or local.tracking_text,
                   tracking_url=remote.tracking_url or local.tracking_url,
                   order_number=local.order_number or remote.order_number,
                   cost=local.entry.cost if local.entry and local.entry.cost else remote.cost or local.cost,
                   is_return=local.is_return or remote.is_return)


def merge(local: Iterable[HistoryRow], remote: Iterable[HistoryRow]) -> list[HistoryRow]:
    """Every label once, newest first: journal rows, enriched by ShipStation's, then ShipStation's own."""
    rows: list[HistoryRow] = []
    where: dict[str, int] = {}
    for row in [*local, *remote]:
        ids = _ids(row)
        found = next((where[i] for i in ids if i in where), None)
        if found is None:
            where.update({i: len(rows) for i in ids})
            rows.append(row)
            continue
        if row.entry is None:  # ShipStation's view of a label already listed
            rows[found] = _enrich(rows[found], row) if rows[found].entry is not None else rows[found]
        where.update({i: found for i in ids})
    floor = datetime.min.replace(tzinfo=UTC)
    rows.sort(key=lambda r: r.created_at or floor, reverse=True)
    return rows


def filter_rows(rows: Iterable[HistoryRow], text: str) -> list[HistoryRow]:
    """Rows whose order number or tracking number contains `text` (case, spaces and a leading # ignored)."""
    wanted = "".join(text.split()).lstrip("#").casefold()
    if not wanted:
        return list(rows)
    return [r for r in rows if any(wanted in "".join(v.split()).casefold()
                                   for v in (r.order_number, r.tracking_number) if v)]


# -- the service ------------------------------------------------------------------------------------


class LabelHistory:
    def __init__(self, session: Session, journal: LabelJournal | None = None, *, station: str | None = None,
                 days: int = DEFAULT_DAYS, v1_page_size: int = 500, v2_page_size: int = 100) -> None:
        self.session = session
        self.journal = journal or LabelJournal(session.db)
        self.station = station or this_station(session.settings)
        self.days = days
        self.v1_page_size = v1_page_size
        self.v2_page_size = v2_page_size

    def local_rows(self) -> list[HistoryRow]:
        """The journal's labels, and its purchases whose outcome is not known yet; failures are not labels."""
        return [journal_row(e, self.station) for e in self.journal.all() if e.state in (*HAS_LABEL, *UNFINISHED)]

    def remote_rows(self, since: datetime) -> tuple[list[HistoryRow], dict[str, ApiError]]:
        """ShipStation's labels created since `since`, every page of each surface this station has a key
        for; a surface that fails is reported, the other one still counts."""
        rows: list[HistoryRow] = []
        failures: dict[str, ApiError] = {}
        v1, v2 = self.session.v1, self.session.v2
        if v1 is not None:
            try:
                rows += [v1_row(s) for s in v1.iter_shipments(create_date_start=since, page_size=self.v1_page_size)]
            except ApiError as exc:
                failures["v1"] = exc
        if v2 is not None:
            try:
                rows += [v2_row(lb) for lb in v2.iter_labels(created_at_start=since, page_size=self.v2_page_size)]
            except ApiError as exc:
                failures["v2"] = exc
        return rows, failures

    def load(self, remote: list[HistoryRow] | None = None) -> History:
        """Journal + ShipStation. With `remote` (rows read earlier) only the journal is read again."""
        since = datetime.now(UTC) - timedelta(days=self.days)
        failures: dict[str, ApiError] = {}
        if remote is None:
            remote, failures = self.remote_rows(since)
        rows = merge(self.local_rows(), remote)
        return History(self._note_voids(rows), since, failures, remote)

    def _note_voids(self, rows: list[HistoryRow]) -> list[HistoryRow]:
        """A label voided in ShipStation's web app (or by another station) is voided in our journal too."""
        out = []
        for row in rows:
            if row.voided and row.entry is not None and row.entry.voided_at is None and row.entry.has_label:
                row = replace(row, entry=self.journal.record_void(row.entry.id, voided=True,
                                                                  message=row.entry.void_message))
            out.append(row)
        return out

    def track(self, row: HistoryRow) -> TrackingStatus:
        """The label's tracking from ShipStation V2 (GET /v2/labels/{id}/track). V1 has no tracking call."""
        if row.api == "v1":
            return TrackingStatus(unavailable=TRACKING_NEEDS_V2, tracking_url=row.tracking_url)
        if self.session.v2 is None:
            return TrackingStatus(unavailable=TRACKING_NEEDS_V2_KEY, tracking_url=row.tracking_url)
        if not row.label_id:
            return TrackingStatus(unavailable=TRACKING_NO_LABEL)
        info: Any = self.session.v2.track_label(row.label_id)
        description = info.status_description or info.carrier_status_description
        return TrackingStatus(code=tracking_code(info.status_code) or tracking_code(info.status_detail_code),
                              description=description, tracking_url=info.tracking_url or row.tracking_url,
                              estimated_delivery=info.estimated_delivery_date,
                              delivered_at=info.actual_delivery_date)


def with_tracking(row: HistoryRow, status: TrackingStatus) -> HistoryRow:
    """The row as the track call left it."""
    if status.unavailable:
        return row
    return replace(row, tracking_status=status.code, tracking_text=status.description or row.tracking_text,
                   tracking_url=status.tracking_url or row.tracking_url)
