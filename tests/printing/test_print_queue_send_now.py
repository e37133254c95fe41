"""`send_now`: a just-bought label goes from the print queue straight to the printer (scan to ship), yet never
ahead of an older label still waiting for that printer, and never a second time when a print pass runs at the
same moment. Port 9100 printers on loopback (tests/print_sink.py) take the jobs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from print_sink import Sink, reserve_port

from shipdesk.core.db import Database
from shipdesk.printing.printers import PrinterProfile, Transport
from shipdesk.printing.queue import DONE, HELD, QUEUED, PrintQueue, send_label


def zpl(text: str) -> bytes:
    return f"^XA^PW812^LL1218^FO50,50^A0N,40,40^FD{text}^FS^XZ\n".encode()


def tcp(port: int, name: str = "Zebra") -> PrinterProfile:
    return PrinterProfile(name, Transport.TCP9100, host="127.0.0.1", port=port)


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[PrintQueue]:
    database = Database(tmp_path / "shipdesk.db")
    yield PrintQueue(database)
    database.close()


@pytest.fixture
def sink() -> Iterator[Sink]:
    printer = Sink()
    yield printer
    printer.close()


def test_a_just_queued_label_prints_at_once_and_a_pass_does_not_send_it_again(queue: PrintQueue, sink: Sink):
    label = zpl("NOW-1")
    [job] = queue.send_now([queue.enqueue(label, "zpl", tcp(sink.port), journal_id=3)])
    assert job.state == DONE and job.attempts == 1 and job.printed_at
    assert sink.wait_for(label, 5)
    assert queue.process_once() == []
    assert sink.jobs == [label]


def test_a_label_waits_behind_an_older_one_held_for_the_same_printer(queue: PrintQueue, sink: Sink):
    port = reserve_port()  # the bench printer is off
    older, newer, elsewhere = zpl("OLDER"), zpl("NEWER"), zpl("OTHER-PRINTER")
    queue.enqueue(older, "zpl", tcp(port))
    [held] = queue.process_once()
    assert held.state == HELD
    waiting = queue.enqueue(newer, "zpl", tcp(port))
    other = queue.enqueue(elsewhere, "zpl", tcp(sink.port, "Desk 2 Zebra"))
    ended = {job.id: job for job in queue.send_now([waiting, other])}
    assert ended[waiting].state == QUEUED and ended[waiting].attempts == 0  # not sent ahead of the older label
    assert ended[other].state == DONE and sink.wait_for(elsewhere, 5)  # another printer: nothing to wait for
    printer = Sink(port)  # the printer is back: the next pass prints both, oldest first
    try:
        assert [job.state for job in queue.retry_held()] == [DONE, DONE]
        assert printer.wait_for(newer, 5)
        assert printer.jobs == [older, newer]
    finally:
        printer.close()


def test_a_pass_running_at_the_same_moment_never_sends_the_label_twice(queue: PrintQueue, sink: Sink):
    other = Sink()
    try:
        first, second = zpl("PASS-FIRST"), zpl("SCAN-SECOND")
        queue.enqueue(first, "zpl", tcp(other.port, "Desk 2 Zebra"))
        scanned = queue.enqueue(second, "zpl", tcp(sink.port))

        def send_during_pass(data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *,
                             check: bool = True) -> str:
            if data == first:  # the pass has both jobs in hand; the scan sends its label meanwhile
                [now] = queue.send_now([scanned])
                assert now.state == DONE
            return send_label(data, fmt, profile, title, check=check)

        ended = queue.process_once(send_during_pass)
        assert [job.label_bytes for job in ended] == [first]  # the scan's label was no longer the pass's
        assert sink.wait_for(second, 5) and other.wait_for(first, 5)
        assert sink.jobs == [second] and other.jobs == [first]
    finally:
        other.close()
