"""The print queue keeps every label until a printer takes it: an unreachable port 9100 printer or a
deleted CUPS queue holds the job with a readable reason, a restart keeps it, and it prints (byte-identical)
when the printer is back or after a redirect."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from print_sink import Sink, reserve_port

from shipdesk.core.db import Database
from shipdesk.printing.printers import PrinterProfile, PrintError, Transport
from shipdesk.printing.queue import DONE, HELD, INTERRUPTED, PRINTING, QUEUED, PrintQueue


def zpl(text: str) -> bytes:
    return f"^XA^PW812^LL1218^FO50,50^A0N,40,40^FD{text}^FS^XZ\n".encode()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "shipdesk.db")
    yield database
    database.close()


def test_offline_tcp_printer_holds_then_prints_byte_identical(db: Database) -> None:
    port = reserve_port()  # reserved now, nobody listening yet
    profile = PrinterProfile("Desk 2 Zebra", Transport.TCP9100, host="127.0.0.1", port=port)
    queue = PrintQueue(db)
    label = zpl("TCP-HELD-1")
    job_id = queue.enqueue(label, "zpl", profile, journal_id=7)

    [job] = queue.process_once()
    assert job.id == job_id and job.state == HELD and job.attempts == 1
    assert job.error and f"127.0.0.1:{port}" in job.error and "unreachable" in job.error

    sink = Sink(port)
    try:
        [job] = queue.retry_held()
        assert job.state == DONE and job.error is None and job.printed_at and job.attempts == 2
        assert sink.wait_for(label, 5)
        assert sink.jobs == [label]
        assert queue.process_once() == []  # done jobs are not sent again
    finally:
        sink.close()
    assert queue.get(job_id).journal_id == 7


def test_deleted_cups_queue_holds_then_redirect_arrives(cups, zpl_sink, db: Database) -> None:
    cups.run("lpadmin", "-p", "ZebraGone", "-E", "-v", f"socket://127.0.0.1:{zpl_sink.port}", "-m", "raw")
    cups.run("lpadmin", "-x", "ZebraGone")
    queue = PrintQueue(db)
    label = zpl("CUPS-GONE-1")
    job_id = queue.enqueue(label, "zpl", PrinterProfile("ZebraGone", Transport.CUPS_RAW))

    [job] = queue.process_once()
    assert job.state == HELD
    assert job.error and "ZebraGone" in job.error and "does not exist" in job.error
    assert label not in zpl_sink.jobs

    moved = queue.redirect(job_id, PrinterProfile("ZebraRaw", Transport.CUPS_RAW))
    assert moved.state == QUEUED and moved.error is None and moved.profile.printer == "ZebraRaw"
    [job] = queue.process_once()
    assert job.state == DONE and job.spool_id and job.spool_id.startswith("ZebraRaw-")
    assert zpl_sink.wait_for(label)
    with pytest.raises(ValueError, match="already printed"):
        queue.redirect(job_id, PrinterProfile("ZebraPaused", Transport.CUPS_RAW))


def test_jobs_survive_reopening_the_database(tmp_path: Path) -> None:
    path = tmp_path / "restart.db"
    first = Database(path)
    queue = PrintQueue(first)
    profile = PrinterProfile("Zebra", Transport.CUPS_RAW, dpi=300, copies=2)
    ids = [queue.enqueue(zpl(f"R{i}"), "zpl", profile, journal_id=i) for i in range(3)]
    pdf_id = queue.enqueue(b"%PDF-1.4 not really", "pdf", PrinterProfile("PdfTest"))

    def offline(data: bytes, fmt: str, prof: PrinterProfile, title: str) -> str:
        raise PrintError(f"{prof.printer} is offline")

    queue.process_once(offline)
    # A crash in the middle of sending leaves a job 'printing'.
    first.connection().execute("UPDATE print_queue SET state = ? WHERE id = ?", (PRINTING, ids[2]))
    first.close()

    second = Database(path)
    reopened = PrintQueue(second)
    jobs = reopened.jobs()
    assert [j.id for j in jobs] == [*ids, pdf_id]
    assert [j.label_bytes for j in jobs[:3]] == [zpl("R0"), zpl("R1"), zpl("R2")]
    assert all(j.profile == profile for j in jobs[:3])
    assert jobs[3].label_format == "pdf" and jobs[3].profile == PrinterProfile("PdfTest")
    assert [j.journal_id for j in jobs] == [0, 1, 2, None]
    assert jobs[0].state == HELD and jobs[0].error == "Zebra is offline"
    assert jobs[2].state == HELD and jobs[2].error == INTERRUPTED  # never silently dropped or done

    sent: list[tuple[bytes, str, str]] = []

    def ok(data: bytes, fmt: str, prof: PrinterProfile, title: str) -> str:
        sent.append((data, fmt, prof.printer))
        return ""

    # The interrupted job may be on paper already: passes leave it held until the packer retries it.
    assert [(j.id, j.state) for j in reopened.process_once(ok)] == [(ids[0], DONE), (ids[1], DONE), (pdf_id, DONE)]
    assert reopened.get(ids[2]).state == HELD and reopened.process_once(ok) == []
    reopened.requeue_held()
    assert [(j.id, j.state) for j in reopened.process_once(ok)] == [(ids[2], DONE)]
    assert [s[0] for s in sent] == [zpl("R0"), zpl("R1"), b"%PDF-1.4 not really", zpl("R2")]
    second.close()


def test_order_kept_and_later_jobs_wait_behind_a_held_one(db: Database) -> None:
    queue = PrintQueue(db)
    a = PrinterProfile("A", Transport.CUPS_RAW)
    b = PrinterProfile("B", Transport.CUPS_RAW)
    ids = [queue.enqueue(zpl(f"O{i}"), "zpl", p) for i, p in enumerate([a, b, a, b, a])]
    down = {"A"}
    sent: list[bytes] = []

    def send(data: bytes, fmt: str, prof: PrinterProfile, title: str) -> str:
        if prof.printer in down:
            raise OSError(111, "Connection refused")
        sent.append(data)
        return ""

    states = [(j.id, j.state) for j in queue.process_once(send)]
    assert states == list(zip(ids, [HELD, DONE, HELD, DONE, HELD], strict=True))
    assert sent == [zpl("O1"), zpl("O3")]
    first, second = queue.get(ids[0]), queue.get(ids[2])
    assert first.error == "the printer could not be reached: Connection refused" and first.attempts == 1
    assert second.error == f"waiting for job {ids[0]} on the same printer" and second.attempts == 0

    down.clear()
    assert [j.id for j in queue.retry_held(send)] == [ids[0], ids[2], ids[4]]
    assert sent[2:] == [zpl("O0"), zpl("O2"), zpl("O4")]
    assert queue.pending() == []


def test_bad_input_is_refused_at_enqueue(db: Database) -> None:
    queue = PrintQueue(db)
    with pytest.raises(ValueError, match="pdf or zpl"):
        queue.enqueue(b"x", "png", PrinterProfile("A"))
    with pytest.raises(ValueError, match="empty"):
        queue.enqueue(b"", "zpl", PrinterProfile("A", Transport.CUPS_RAW))
    with pytest.raises(KeyError):
        queue.get(999)
