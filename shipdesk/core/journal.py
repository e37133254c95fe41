"""The label journal: one SQLite row per purchase attempt, written before the money is spent.

The intent row is committed before the request goes out, so a crash, a lost answer or a killed process
always leaves a trace that start-up can reconcile with ShipStation instead of buying again.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .db import Database, register_column, register_schema

# intent -> bought | failed | unknown -> reconciled_bought | reconciled_none
INTENT, BOUGHT, FAILED, UNKNOWN = "intent", "bought", "failed", "unknown"
RECONCILED_BOUGHT, RECONCILED_NONE = "reconciled_bought", "reconciled_none"
UNFINISHED = (INTENT, UNKNOWN)
HAS_LABEL = (BOUGHT, RECONCILED_BOUGHT)

SCHEMA = """
CREATE TABLE IF NOT EXISTS label_journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    station TEXT NOT NULL,
    order_id TEXT,
    order_number TEXT,
    api TEXT NOT NULL CHECK (api IN ('v1', 'v2')),
    carrier TEXT,
    service TEXT,
    package TEXT,
    shown_cost TEXT,
    test_label INTEGER NOT NULL DEFAULT 0,
    external_id TEXT UNIQUE,
    rate_id TEXT,
    v2_shipment_id TEXT,
    known_ids TEXT NOT NULL DEFAULT '[]',
    state TEXT NOT NULL,
    shipment_id TEXT,
    label_id TEXT,
    tracking_number TEXT,
    cost TEXT,
    label_bytes BLOB,
    label_format TEXT,
    label_note TEXT,
    form_bytes BLOB,
    form_format TEXT,
    error TEXT,
    print_status TEXT NOT NULL DEFAULT 'pending' CHECK (print_status IN ('pending', 'printed')),
    print_on_purchase INTEGER NOT NULL DEFAULT 0,
    voided_at TEXT,
    void_message TEXT,
    return_for TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS label_journal_order ON label_journal (api, order_id);
CREATE INDEX IF NOT EXISTS label_journal_state ON label_journal (state);
"""
register_schema(SCHEMA)
# The station meant to print this label as soon as it was bought: start-up prints it if a crash came first.
register_column("label_journal", "print_on_purchase", "INTEGER NOT NULL DEFAULT 0")
# The customs form (CN22...) that came with an international label: V1 formData, V2 form_download.
register_column("label_journal", "form_bytes", "BLOB")
register_column("label_journal", "form_format", "TEXT")
# Voiding: when ShipStation confirmed the void (the label stops being the order's active label) and its answer.
register_column("label_journal", "voided_at", "TEXT")
register_column("label_journal", "void_message", "TEXT")
# A V2 return label's row: the label id of the outbound label it returns.
register_column("label_journal", "return_for", "TEXT")


@dataclass(frozen=True)
class JournalEntry:
    id: int
    station: str
    order_id: str | None
    order_number: str | None
    api: str
    carrier: str | None
    service: str | None
    package: str | None
    shown_cost: str | None
    test_label: bool
    external_id: str | None
    rate_id: str | None
    v2_shipment_id: str | None
    known_ids: list[str]  # labels/shipments that existed before this attempt: not ours when reconciling
    state: str
    shipment_id: str | None
    label_id: str | None
    tracking_number: str | None
    cost: str | None
    label_bytes: bytes | None
    label_format: str | None
    label_note: str | None  # e.g. why there is no local copy of the label (or of its customs form)
    error: str | None
    print_status: str
    created_at: datetime
    print_on_purchase: bool
    updated_at: datetime
    voided_at: datetime | None = None  # ShipStation voided it: no longer the order's active label
    void_message: str | None = None  # ShipStation's answer to the last void request, approved or not
    return_for: str | None = None  # a V2 return label: the label id of the outbound label
    form_bytes: bytes | None = None  # the customs form of an international label, when ShipStation sent one
    form_format: str | None = None  # "pdf"

    @property
    def has_label(self) -> bool:
        return self.state in HAS_LABEL

    @property
    def active(self) -> bool:
        """Bought and not voided: what the never-twice check counts."""
        return self.has_label and self.voided_at is None


def _now() -> str:
    return datetime.now(UTC).isoformat()


def new_external_id() -> str:
    return f"shipdesk-{uuid.uuid4()}"


def _entry(row: sqlite3.Row) -> JournalEntry:
    data: dict[str, Any] = dict(row)
    data["test_label"] = bool(data["test_label"])
    data["print_on_purchase"] = bool(data["print_on_purchase"])
    data["known_ids"] = json.loads(data["known_ids"] or "[]")
    data["created_at"] = datetime.fromisoformat(data["created_at"])
    data["updated_at"] = datetime.fromisoformat(data["updated_at"])
    if data.get("voided_at"):
        data["voided_at"] = datetime.fromisoformat(data["voided_at"])
    return JournalEntry(**data)


class LabelJournal:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _conn(self) -> sqlite3.Cursor:
        # Row factory on a cursor only: the connection is shared with the other rooms of the database.
        cur = self.db.connection().cursor()
        cur.row_factory = sqlite3.Row
        return cur

    def add_intent(self, *, station: str, api: str, order_id: str | None, order_number: str | None,
                   carrier: str | None, service: str | None, package: str | None, shown_cost: str | None,
                   test_label: bool, external_id: str | None = None, rate_id: str | None = None,
                   v2_shipment_id: str | None = None, known_ids: list[str] | None = None,
                   label_format: str | None = None, print_on_purchase: bool = False,
                   return_for: str | None = None) -> JournalEntry:
        """Committed before the request: autocommit mode makes the INSERT durable on return."""
        now = _now()
        cur = self._conn().execute(
            "INSERT INTO label_journal (station, order_id, order_number, api, carrier, service, package, "
            "shown_cost, test_label, external_id, rate_id, v2_shipment_id, known_ids, state, label_format, "
            "print_on_purchase, return_for, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (station, order_id, order_number, api, carrier, service, package, shown_cost, int(test_label),
             external_id, rate_id, v2_shipment_id, json.dumps(known_ids or []), INTENT, label_format,
             int(print_on_purchase), return_for, now, now))
        assert cur.lastrowid is not None
        return self.get(cur.lastrowid)

    def get(self, entry_id: int) -> JournalEntry:
        row = self._conn().execute("SELECT * FROM label_journal WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(f"no journal row {entry_id}")
        return _entry(row)

    def _update(self, entry_id: int, **fields: Any) -> JournalEntry:
        fields["updated_at"] = _now()
        names = ", ".join(f"{name} = ?" for name in fields)
        self._conn().execute(f"UPDATE label_journal SET {names} WHERE id = ?", (*fields.values(), entry_id))
        return self.get(entry_id)

    def record_label(self, entry_id: int, *, state: str, shipment_id: str | None, label_id: str | None,
                     tracking_number: str | None, cost: str | None, label_bytes: bytes | None,
                     label_format: str | None, label_note: str | None = None, form_bytes: bytes | None = None,
                     form_format: str | None = None) -> JournalEntry:
        if state not in HAS_LABEL:
            raise ValueError(f"{state} is not a bought state")
        return self._update(entry_id, state=state, shipment_id=shipment_id, label_id=label_id,
                            tracking_number=tracking_number, cost=cost, label_bytes=label_bytes,
                            label_format=label_format, label_note=label_note, form_bytes=form_bytes,
                            form_format=form_format if form_bytes is not None else None)

    def mark(self, entry_id: int, state: str, error: str | None = None) -> JournalEntry:
        if state not in (FAILED, UNKNOWN, RECONCILED_NONE):
            raise ValueError(f"use record_label for {state}")
        return self._update(entry_id, state=state, error=error)

    def mark_printed(self, entry_id: int) -> JournalEntry:
        return self._update(entry_id, print_status="printed")

    def hold_print(self, entry_id: int) -> JournalEntry:
        """The packer stopped this label's printing (scan CANCEL): crash recovery must not print it either."""
        return self._update(entry_id, print_on_purchase=0)

    def record_void(self, entry_id: int, *, voided: bool, message: str | None) -> JournalEntry:
        """ShipStation's answer to a void; `voided` when the label is void now (approved, or was already)."""
        if not voided:
            return self._update(entry_id, void_message=message)
        when = self.get(entry_id).voided_at  # the first confirmation's time stays
        return self._update(entry_id, voided_at=when.isoformat() if when else _now(), void_message=message)

    def returns_for(self, label_id: str) -> list[JournalEntry]:
        """The return-label rows for one outbound V2 label."""
        rows = self._conn().execute("SELECT * FROM label_journal WHERE return_for = ? ORDER BY id", (label_id,))
        return [_entry(r) for r in rows]

    def unfinished(self) -> list[JournalEntry]:
        rows = self._conn().execute("SELECT * FROM label_journal WHERE state IN (?, ?) ORDER BY id", UNFINISHED)
        return [_entry(r) for r in rows]

    def for_order(self, api: str, order_id: str) -> list[JournalEntry]:
        rows = self._conn().execute("SELECT * FROM label_journal WHERE api = ? AND order_id = ? ORDER BY id",
                                    (api, order_id))
        return [_entry(r) for r in rows]

    def claimed_ids(self, api: str) -> set[str]:
        """Shipment and label ids already owned by a row: reconciling never claims one twice."""
        rows = self._conn().execute("SELECT shipment_id, label_id FROM label_journal WHERE api = ? AND state IN "
                                    "(?, ?)", (api, *HAS_LABEL))
        return {str(v) for row in rows for v in (row["shipment_id"], row["label_id"]) if v}

    def all(self) -> list[JournalEntry]:
        return [_entry(r) for r in self._conn().execute("SELECT * FROM label_journal ORDER BY id")]
