"""Reprint from the label history: the local copy goes through the print queue to the raw CUPS queue
byte-identical, as often as asked, and ShipStation is not called at all (so nothing is bought)."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from core.test_purchase_journal import counters
from history_support import open_bench

from shipdesk.printing.label_printing import LabelPrinting
from shipdesk.printing.printers import PrinterProfile, PrintError, Transport
from shipdesk.printing.station import Station


def test_reprint_sends_the_journal_copy_and_buys_nothing(cups, zpl_sink, make_sandbox, tmp_path: Path) -> None:
    with open_bench(make_sandbox, tmp_path) as bench:
        request = bench.request("v2")
        request.label_format = "zpl"
        entry = bench.service.buy_label(request)
        assert entry.label_bytes and entry.label_bytes.startswith(b"^XA")
        row = bench.row(entry)
        assert row.has_local_copy and row.entry is not None
        printing = LabelPrinting(bench.session.db, Station(label=PrinterProfile("ZebraRaw", Transport.CUPS_RAW)))
        before = counters(bench.box)

        for copies in (1, 2):
            printing.print_label(row.entry)
            printing.process()
            deadline = time.monotonic() + 10
            while zpl_sink.jobs.count(entry.label_bytes) < copies and time.monotonic() < deadline:
                time.sleep(0.02)
            assert zpl_sink.jobs.count(entry.label_bytes) == copies, "the reprint did not reach the raw queue"

        assert printing.journal.get(entry.id).print_status == "printed"
        assert counters(bench.box) == before  # not one call to ShipStation, so certainly no purchase

        # A voided label is never printed again: it must not go on a parcel.
        bench.service.journal.record_void(entry.id, voided=True, message="voided")
        with pytest.raises(PrintError, match="voided"):
            printing.print_label(bench.service.journal.get(entry.id))
