"""Bought labels reach paper from the journal's local copy: the station decides printer and format, the queue
marks the journal printed, start-up re-queues a label a crash kept from printing, and a label that can't go
to this printer is refused in words instead of printed wrong."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from print_sink import Sink

from shipdesk.config import PrinterSetting, Settings
from shipdesk.core.db import Database
from shipdesk.core.journal import BOUGHT, JournalEntry, LabelJournal
from shipdesk.printing.label_printing import NO_DOCUMENT_PRINTER, NO_LABEL_PRINTER, LabelPrinting
from shipdesk.printing.printers import PrinterProfile, PrintError, Stock, Transport
from shipdesk.printing.queue import DONE, PrintQueue
from shipdesk.printing.station import (
    Station,
    parse_label_printer,
    save_station,
    station_from_settings,
    with_label_override,
)

ZPL = b"^XA^PW812^LL1218^FO50,50^A0N,40,40^FDTEST 1Z999^FS^XZ\n"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "shipdesk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def sink() -> Iterator[Sink]:
    s = Sink()
    yield s
    s.close()


def bought(journal: LabelJournal, *, data: bytes | None = ZPL, fmt: str = "zpl", print_on_purchase: bool = True,
           note: str | None = None) -> JournalEntry:
    entry = journal.add_intent(station="bench-1", api="v2", order_id="o-1", order_number="1001", carrier="ups",
                               service="ups_ground", package="package", shown_cost="9.10", test_label=False,
                               label_format=fmt, print_on_purchase=print_on_purchase)
    return journal.record_label(entry.id, state=BOUGHT, shipment_id="se-1", label_id=f"se-l{entry.id}",
                                tracking_number=f"1Z{entry.id:06d}", cost="9.10", label_bytes=data,
                                label_format=fmt, label_note=note)


def tcp_station(sink: Sink) -> Station:
    return Station(label=PrinterProfile("Desk Zebra", Transport.TCP9100, host="127.0.0.1", port=sink.port))


# -- the station ----------------------------------------------------------------------------------------


def test_settings_round_trip_and_format_follows_the_printer(tmp_path: Path) -> None:
    settings = Settings(label_printer=PrinterSetting(printer="Zebra", transport="cups_raw", dpi=300, stock="4x6.75"),
                        auto_print=False)
    settings.save(tmp_path / "settings.json")
    station = station_from_settings(Settings.load(tmp_path / "settings.json"))
    assert station.label == PrinterProfile("Zebra", Transport.CUPS_RAW, dpi=300, stock=Stock.FOUR_BY_SIX_DOC_TAB)
    assert station.label_format == "zpl" and station.documents is None and station.auto_print is False
    assert Station(label=PrinterProfile("Office")).label_format == "pdf"
    assert Station().label_format == "pdf"  # no printer yet: PDF can still be previewed and printed later

    fresh = Settings()
    save_station(fresh, station)
    assert station_from_settings(fresh) == station


def test_command_line_label_printer() -> None:
    assert parse_label_printer("ZebraRaw", "zpl", 300) == PrinterProfile("ZebraRaw", Transport.CUPS_RAW, dpi=300)
    assert parse_label_printer("Office", None, None).transport is Transport.SYSTEM
    net = parse_label_printer("tcp://10.0.0.7:9101", None, None)
    assert (net.transport, net.host, net.port) == (Transport.TCP9100, "10.0.0.7", 9101)
    assert parse_label_printer("tcp://zebra.local", "zpl", None).port == 9100
    with pytest.raises(ValueError, match="raw ZPL"):
        parse_label_printer("tcp://zebra.local", "pdf", None)
    with pytest.raises(ValueError, match="port must be a number"):
        parse_label_printer("tcp://zebra.local:abc", None, None)

    saved = Station(label=PrinterProfile("Zebra", Transport.CUPS_RAW, stock=Stock.FOUR_BY_SIX_DOC_TAB, copies=2))
    run = with_label_override(saved, None, None, 300)  # --dpi alone keeps the saved printer
    assert run.label == PrinterProfile("Zebra", Transport.CUPS_RAW, dpi=300, stock=Stock.FOUR_BY_SIX_DOC_TAB,
                                       copies=2)
    assert run.overridden and not saved.overridden
    assert with_label_override(saved, None, None, None) is saved
    with pytest.raises(ValueError, match="need --label-printer"):
        with_label_override(Station(), None, "zpl", None)


# -- printing bought labels -----------------------------------------------------------------------------


def test_bought_label_prints_byte_identical_and_is_marked_printed(db: Database, sink: Sink) -> None:
    printing = LabelPrinting(db, tcp_station(sink))
    entry = bought(printing.journal)
    [job_id] = printing.print_label(entry)
    assert printing.journal.get(entry.id).print_status == "pending"  # queued is not printed
    [job] = printing.process()
    assert job.id == job_id and job.state == DONE
    assert sink.wait_for(ZPL, 5) and sink.jobs == [ZPL]
    assert printing.journal.get(entry.id).print_status == "printed"


def test_offline_printer_keeps_the_label_unprinted_until_it_is_back(db: Database) -> None:
    from print_sink import reserve_port

    port = reserve_port()
    printing = LabelPrinting(db, Station(label=PrinterProfile("Desk Zebra", Transport.TCP9100, host="127.0.0.1",
                                                               port=port)))
    entry = bought(printing.journal)
    printing.print_label(entry)
    [job] = printing.process()
    assert job.state == "held" and printing.journal.get(entry.id).print_status == "pending"
    sink = Sink(port)
    try:
        [job] = printing.retry_held()
        assert job.state == DONE and sink.wait_for(ZPL, 5)
        assert printing.journal.get(entry.id).print_status == "printed"
    finally:
        sink.close()


def test_labels_that_cannot_go_to_this_printer_are_refused_in_words(db: Database, sink: Sink) -> None:
    journal = LabelJournal(db)
    with pytest.raises(PrintError, match="No label printer is set up") as caught:
        LabelPrinting(db, Station()).print_label(bought(journal))
    assert str(caught.value) == NO_LABEL_PRINTER
    printing = LabelPrinting(db, tcp_station(sink))
    with pytest.raises(PrintError, match="bought as PDF but the label printer Desk Zebra takes ZPL"):
        printing.print_label(bought(journal, data=b"%PDF-1.4 ...", fmt="pdf"))
    with pytest.raises(PrintError, match="Shipments > Reprint"):
        printing.print_label(bought(journal, data=None, fmt="pdf",
                                    note="print it from ShipStation's web app (Shipments > Reprint)"))
    with pytest.raises(PrintError, match=NO_DOCUMENT_PRINTER):
        printing.print_document(b"%PDF-1.4 ...", "Pick list")
    assert printing.queue.jobs() == []  # nothing half-queued


def test_start_up_queues_only_labels_a_crash_kept_from_printing(db: Database, sink: Sink) -> None:
    printing = LabelPrinting(db, tcp_station(sink))
    lost = bought(printing.journal)  # bought, meant to print, ShipDesk died before queueing it
    manual = bought(printing.journal, print_on_purchase=False)  # auto-print was off: the packer prints it
    queued = bought(printing.journal)
    printing.print_label(queued)
    done = bought(printing.journal)
    printing.print_label(done)
    printing.process()

    assert [printing.queue.get(j).journal_id for j in printing.resume_after_crash()] == [lost.id]
    assert printing.resume_after_crash() == []  # a second start does not print it twice
    printing.process()
    statuses = {e.id: e.print_status for e in printing.journal.all()}
    assert statuses == {lost.id: "printed", manual.id: "pending", queued.id: "printed", done.id: "printed"}
    assert len(sink.jobs) == 3


def test_documents_print_at_actual_size_without_the_label_stock_check(db: Database) -> None:
    office = PrinterProfile("Office", stock=Stock.LETTER)
    printing = LabelPrinting(db, Station(label=PrinterProfile("Zebra", Transport.CUPS_RAW), documents=office))
    seen: list[tuple[str, bool]] = []

    def send(data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *, check: bool = True) -> str:
        seen.append((profile.printer, check))
        return ""

    printing.print_document(b"%PDF-1.4 slip", "Packing slip 1001")
    printing.queue.enqueue(ZPL, "zpl", PrinterProfile("Zebra", Transport.CUPS_RAW))
    printing.process(send)
    assert seen == [("Office", False), ("Zebra", True)]


def test_a_profile_made_by_an_older_shipdesk_gains_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE label_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, station TEXT NOT NULL, order_id TEXT,
            order_number TEXT, api TEXT NOT NULL, carrier TEXT, service TEXT, package TEXT, shown_cost TEXT,
            test_label INTEGER NOT NULL DEFAULT 0, external_id TEXT UNIQUE, rate_id TEXT, v2_shipment_id TEXT,
            known_ids TEXT NOT NULL DEFAULT '[]', state TEXT NOT NULL, shipment_id TEXT, label_id TEXT,
            tracking_number TEXT, cost TEXT, label_bytes BLOB, label_format TEXT, label_note TEXT, error TEXT,
            print_status TEXT NOT NULL DEFAULT 'pending', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        INSERT INTO label_journal (station, api, state, tracking_number, label_bytes, label_format, created_at,
            updated_at) VALUES ('bench-0', 'v1', 'bought', '9400OLD', x'255044462d', 'pdf', '2026-01-01T00:00:00+00:00',
            '2026-01-01T00:00:00+00:00');
        CREATE TABLE print_queue (id INTEGER PRIMARY KEY AUTOINCREMENT, label_bytes BLOB NOT NULL,
            label_format TEXT NOT NULL, profile TEXT NOT NULL, journal_id INTEGER, title TEXT NOT NULL,
            state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, error TEXT, spool_id TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, printed_at TEXT);
    """)
    old.close()
    db = Database(path)
    try:
        [entry] = LabelJournal(db).all()
        assert entry.tracking_number == "9400OLD" and entry.print_on_purchase is False
        queue = PrintQueue(db)
        job = queue.get(queue.enqueue(ZPL, "zpl", PrinterProfile("Zebra", Transport.CUPS_RAW)))
        assert job.kind == "label"
    finally:
        db.close()


def test_customs_form_prints_with_the_label(qapp, cups, make_sandbox, tmp_path: Path) -> None:
    """A V1 international label from the sandbox: the CN22 that came with it goes to the label printer when it
    is a PDF printer holding 4x6, else to the document printer at actual size; both reach CUPS."""
    from core.test_customs import abroad_order, service, v1_request
    from core.test_purchase_journal import make_session

    box = make_sandbox(window_seconds=2)
    session = make_session(box, tmp_path)
    try:
        entry = service(session).buy_label(v1_request(abroad_order(box)))
        assert entry.form_bytes and entry.form_bytes.startswith(b"%PDF-")
        office = PrinterProfile("PdfLetterOnly", stock=Stock.LETTER)
        printing = LabelPrinting(session.db, Station(label=PrinterProfile("PdfTest"), documents=office))
        label_job, form_job = (printing.queue.get(j) for j in printing.print_label(entry))
        assert (form_job.profile.printer, form_job.kind, "customs form" in form_job.title) == ("PdfTest", "label", True)

        # A ZPL label printer can't take the PDF form: it goes to the office printer, on letter, unchecked.
        printing.station = Station(label=PrinterProfile("ZebraRaw", Transport.CUPS_RAW), documents=office)
        moved = printing.queue.get(printing.print_form(entry))
        assert (moved.profile.printer, moved.kind) == ("PdfLetterOnly", "document")
        cups.letter_out.unlink(missing_ok=True)
        done = printing.process()
        assert [j.state for j in done] == [DONE, DONE, DONE]
        assert cups.wait_for_pdf("PdfLetterOnly").count(b"%PDF") >= 1  # the form came out of the office queue
        assert printing.journal.get(entry.id).print_status == "printed"

        printing.station = Station(label=PrinterProfile("ZebraRaw", Transport.CUPS_RAW))
        with pytest.raises(PrintError, match="needs a document printer"):
            printing.print_form(entry)
    finally:
        session.close()
