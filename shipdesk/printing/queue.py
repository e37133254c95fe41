"""The persistent print queue: a label waits here until a printer has taken it; nothing is dropped.

Jobs live in SQLite, so they survive a restart. `process_once` tries queued and held jobs in order; a
printer that is offline, paused or gone (PrintError, OSError) leaves the job held with the reason in
words, and the packer can retry it or redirect it to another printer. This module uses no Qt itself: it
hands the bytes to the send functions in raw.py and pdf.py.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from ..core.db import Database, register_column, register_schema
from .printers import PrinterProfile, PrintError, Transport

QUEUED, PRINTING, DONE, HELD = "queued", "printing", "done", "held"
FORMATS = ("pdf", "zpl")
# A label must match the printer's stock exactly; a document (slip, pick list, customs form) prints at actual
# size on whatever paper the document printer holds.
LABEL, DOCUMENT = "label", "document"

SCHEMA = """
CREATE TABLE IF NOT EXISTS print_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label_bytes BLOB NOT NULL,
    label_format TEXT NOT NULL CHECK (label_format IN ('pdf', 'zpl')),
    profile TEXT NOT NULL,
    journal_id INTEGER,
    title TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'done', 'held')),
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    spool_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    printed_at TEXT,
    kind TEXT NOT NULL DEFAULT 'label'
);
CREATE INDEX IF NOT EXISTS print_queue_state ON print_queue (state, id);
"""
register_schema(SCHEMA)
register_column("print_queue", "kind", "TEXT NOT NULL DEFAULT 'label'")


class Send(Protocol):
    """Hands bytes to a printer; returns the spooler's job id, or "" when there is none. `check` off prints
    a document at actual size without comparing its page to the stock."""

    def __call__(self, data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *,
                 check: bool = True) -> str: ...

INTERRUPTED = "ShipDesk stopped while this label was being sent; check the printer before printing it again"


def profile_to_json(profile: PrinterProfile) -> str:
    return json.dumps(asdict(profile), sort_keys=True)


def profile_from_json(text: str) -> PrinterProfile:
    return PrinterProfile(**json.loads(text))


def send_label(data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *, check: bool = True) -> str:
    """The real printers: ZPL raw (spooler or port 9100), PDF through the system queue at actual size."""
    if fmt == "zpl":
        from .raw import send_zpl

        return send_zpl(data, profile, title=title, check=check)
    if fmt == "pdf":
        from .pdf import print_pdf  # QtPdf is loaded only when a PDF is printed

        print_pdf(data, profile, title=title, check=check)
        return ""
    raise PrintError(f"unknown label format {fmt!r}")


@dataclass(frozen=True)
class PrintJob:
    id: int
    label_bytes: bytes
    label_format: str
    profile: PrinterProfile
    journal_id: int | None
    title: str
    state: str
    attempts: int
    error: str | None
    spool_id: str | None
    created_at: str
    updated_at: str
    printed_at: str | None
    kind: str = LABEL

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> PrintJob:
        values = dict(row)
        values["label_bytes"] = bytes(values["label_bytes"])
        values["profile"] = profile_from_json(values["profile"])
        return cls(**values)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _destination(profile: PrinterProfile) -> tuple[str, str, int]:
    if profile.transport is Transport.TCP9100:
        return (profile.transport, profile.host, profile.port)
    return (profile.transport, profile.printer, 0)


def _in_words(exc: BaseException) -> str:
    if isinstance(exc, PrintError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"the printer could not be reached: {exc.strerror or exc}"
    return f"unexpected error while printing: {exc}"


class PrintQueue:
    def __init__(self, db: Database) -> None:
        self.db = db
        # A job left 'printing' by a crash may or may not have reached paper: hold it, never drop it.
        self._execute(
            "UPDATE print_queue SET state = ?, error = ?, updated_at = ? WHERE state = ?",
            (HELD, INTERRUPTED, _now(), PRINTING),
        )

    def _execute(self, sql: str, params: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self.db.connection().execute(sql, params)

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[PrintJob]:
        cur = self._execute(sql, params)
        names = [d[0] for d in cur.description]
        return [PrintJob.from_row(dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def enqueue(
        self,
        label_bytes: bytes,
        label_format: str,
        profile: PrinterProfile,
        journal_id: int | None = None,
        title: str = "ShipDesk label",
        kind: str = LABEL,
    ) -> int:
        if kind not in (LABEL, DOCUMENT):
            raise ValueError(f"kind must be label or document, not {kind!r}")
        if label_format not in FORMATS:
            raise ValueError(f"label format must be pdf or zpl, not {label_format!r}")
        if not label_bytes:
            raise ValueError("an empty label cannot be queued")
        now = _now()
        cur = self._execute(
            "INSERT INTO print_queue (label_bytes, label_format, profile, journal_id, title, state,"
            " created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (label_bytes, label_format, profile_to_json(profile), journal_id, title, QUEUED, now, now, kind),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def get(self, job_id: int) -> PrintJob:
        found = self._rows("SELECT * FROM print_queue WHERE id = ?", (job_id,))
        if not found:
            raise KeyError(f"no print job {job_id}")
        return found[0]

    def jobs(self, *states: str) -> list[PrintJob]:
        if not states:
            return self._rows("SELECT * FROM print_queue ORDER BY id")
        marks = ", ".join("?" for _ in states)
        return self._rows(f"SELECT * FROM print_queue WHERE state IN ({marks}) ORDER BY id", states)

    def pending(self) -> list[PrintJob]:
        """Jobs not yet on paper (queued or held), oldest first."""
        return self.jobs(QUEUED, HELD)

    def process_once(self, send: Send = send_label) -> list[PrintJob]:
        """One pass over queued and held jobs, oldest first; returns them as they ended up. After a job
        for a printer fails, later jobs for that printer wait (held) so labels never come out of order. A job
        a crash interrupted mid-send stays held until `requeue_held` or `redirect` (it may have printed). A job
        `send_now` took meanwhile is left to it."""
        failed: dict[tuple[str, str, int], int] = {}
        result: list[PrintJob] = []
        for job in self.pending():
            if job.state == HELD and job.error == INTERRUPTED:
                continue  # it may be on paper already: only the packer's retry or redirect sends it again
            dest = _destination(job.profile)
            if dest in failed:
                self._hold(job.id, f"waiting for job {failed[dest]} on the same printer")
                result.append(self.get(job.id))
                continue
            if not self._claim(job.id):
                continue
            ended = self._send_claimed(job, send)
            if ended.state != DONE:
                failed[dest] = job.id
            result.append(ended)
        return result

    def send_now(self, job_ids: list[int], send: Send = send_label) -> list[PrintJob]:
        """Sends just-queued jobs at once, as a pass would (scan to ship prints its label without waiting for
        one). A job waits for the next pass instead when an older job for the same printer is still queued,
        held or being sent (labels never come out of order) or a pass took it first. Returns the jobs as they
        ended up: done, held with the reason, or still queued."""
        result: list[PrintJob] = []
        blocked: set[tuple[str, str, int]] = set()
        for job_id in sorted(job_ids):
            job = self.get(job_id)
            dest = _destination(job.profile)
            if dest in blocked or self._waits_behind(job) or not self._claim(job.id):
                blocked.add(dest)
                result.append(self.get(job_id))
                continue
            result.append(self._send_claimed(job, send))
            if result[-1].state != DONE:
                blocked.add(dest)
        return result

    def _waits_behind(self, job: PrintJob) -> bool:
        """An older job for the same printer has not reached it yet (one a crash interrupted does not count,
        as in a pass)."""
        cur = self._execute(
            "SELECT profile FROM print_queue WHERE id < ? AND (state IN (?, ?) OR (state = ? AND"
            " (error IS NULL OR error != ?)))", (job.id, QUEUED, PRINTING, HELD, INTERRUPTED))
        dest = _destination(job.profile)
        return any(_destination(profile_from_json(text)) == dest for (text,) in cur.fetchall())

    def _claim(self, job_id: int) -> bool:
        """Marks a queued or held job as being sent; False when another sender has it (a pass and `send_now`
        never send the same job twice)."""
        cur = self._execute(
            "UPDATE print_queue SET state = ?, attempts = attempts + 1, updated_at = ? WHERE id = ? AND state IN (?, ?)",
            (PRINTING, _now(), job_id, QUEUED, HELD))
        return cur.rowcount == 1

    def _send_claimed(self, job: PrintJob, send: Send) -> PrintJob:
        try:
            if job.kind == DOCUMENT:
                spool_id = send(job.label_bytes, job.label_format, job.profile, job.title, check=False)
            else:
                spool_id = send(job.label_bytes, job.label_format, job.profile, job.title)
        except (PrintError, OSError) as exc:
            self._hold(job.id, _in_words(exc))
        except BaseException as exc:
            self._hold(job.id, _in_words(exc))
            raise
        else:
            now = _now()
            self._execute(
                "UPDATE print_queue SET state = ?, error = NULL, spool_id = ?, printed_at = ?,"
                " updated_at = ? WHERE id = ?",
                (DONE, spool_id or None, now, now, job.id),
            )
        return self.get(job.id)

    def _hold(self, job_id: int, error: str) -> None:
        self._execute(
            "UPDATE print_queue SET state = ?, error = ?, updated_at = ? WHERE id = ?",
            (HELD, error, _now(), job_id),
        )

    def redirect(self, job_id: int, profile: PrinterProfile) -> PrintJob:
        """Sends a job that has not printed to another printer; it is queued again."""
        job = self.get(job_id)
        if job.state == DONE:
            raise ValueError(f"job {job_id} has already printed; reprint it instead")
        if job.state == PRINTING:
            raise ValueError(f"job {job_id} is being sent right now")
        self._execute(
            "UPDATE print_queue SET profile = ?, state = ?, error = NULL, updated_at = ? WHERE id = ?",
            (profile_to_json(profile), QUEUED, _now(), job_id),
        )
        return self.get(job_id)

    def recent_done(self, limit: int = 100) -> list[PrintJob]:
        """The last `limit` printed jobs, newest first (the print queue view shows them under the pending)."""
        return self._rows("SELECT * FROM print_queue WHERE state = ? ORDER BY id DESC LIMIT ?", (DONE, limit))

    def for_journal(self, journal_id: int) -> list[PrintJob]:
        return self._rows("SELECT * FROM print_queue WHERE journal_id = ? ORDER BY id", (journal_id,))

    def retry_held(self, send: Send = send_label) -> list[PrintJob]:
        """Puts every held job back in the queue and runs a pass."""
        self.requeue_held()
        return self.process_once(send)

    def requeue_held(self) -> None:
        self._execute(
            "UPDATE print_queue SET state = ?, updated_at = ? WHERE state = ?", (QUEUED, _now(), HELD)
        )
