"""Crash between buying and printing, then the real app on the same profile: the label is found and printed
once, and ShipStation still shows one purchase.

A subprocess buys a label through ShippingService with print_on_purchase and is killed (os._exit) right after
the purchase call, before the answer is stored or anything printed (the CRASH script of the journal tests).
Then `main.py --smoke` starts on the same profile against the same sandbox, with the private cupsd's
ZebraRaw as its label printer; `--smoke` exits only after start-up recovery and its print pass.
V2 labels can be downloaded again, so the label prints; V1 has no call that sends a bought label's file
again, so the app prints nothing and says, in its banner, that the label must be reprinted from ShipStation.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from label_support import journal_tests

from shipdesk.core.db import Database
from shipdesk.core.journal import RECONCILED_BOUGHT, LabelJournal
from shipdesk.core.shipping import V1_NO_REFETCH
from shipdesk.printing.queue import PrintQueue

ROOT = Path(__file__).resolve().parents[1]


def crash_after_purchase(box, profile: Path, api: str) -> str:
    """Buys in a subprocess killed right after the purchase call; returns the tracking number sold."""
    t = journal_tests()
    session = t.make_session(box, profile)
    try:
        request = t.label_request(box, session, api)
    finally:
        session.close()
    fields = {k: getattr(request, k) for k in ("api", "order_id", "order_number", "carrier", "service", "package",
                                               "shown_cost")}
    fields |= {"label_format": "zpl" if api == "v2" else "pdf", "print_on_purchase": True}
    script = t.CRASH.format(root=str(ROOT), tests=str(ROOT / "tests" / "core"), url=box.url, profile=str(profile),
                            fields=fields)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 17, done.stderr  # killed by the after_call hook, answer never stored
    assert t.labels_bought(box, api, request) == 1
    with box.world.lock:
        if api == "v2":
            [label] = box.world.v2_labels.values()
            return label["tracking_number"]
        [sold] = [s for s in box.world.shipments.values() if str(s["orderId"]) == request.order_id]
        return sold["trackingNumber"]


def run_app(box, profile: Path, cups) -> subprocess.CompletedProcess[str]:
    cfg = box.config
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "CUPS_SERVER": cups.server, "SHIPDESK_V1_KEY": cfg.v1_key,
            "SHIPDESK_V1_SECRET": cfg.v1_secret, "SHIPDESK_V2_KEY": cfg.v2_key}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--api-base-v1", box.url, "--api-base-v2", box.url,
                           "--profile-dir", str(profile), "--label-printer", "ZebraRaw", "--label-format", "zpl",
                           "--smoke"], capture_output=True, text=True, timeout=180, env=env)


def purchases(box) -> int:
    data = journal_tests().counters(box)
    return int(sum(data["labels_by_order"].values()) + sum(data["labels_by_shipment"].values()))


@pytest.mark.parametrize("api", ["v2", "v1"])
def test_label_bought_before_a_crash_is_printed_once_by_the_next_start(make_sandbox, tmp_path, cups, zpl_sink,
                                                                       api: str) -> None:
    box = make_sandbox(window_seconds=2)
    profile = tmp_path / "profile"
    tracking = crash_after_purchase(box, profile, api)
    db = Database(profile / "shipdesk.sqlite3")
    try:
        assert [e.state for e in LabelJournal(db).all()] == ["intent"]  # what the crash left

        before = len(zpl_sink.jobs)  # the sink serves the whole session (and sandboxes reuse tracking numbers)
        started = run_app(box, profile, cups)
        assert started.returncode == 0, started.stdout + started.stderr
        lines = started.stdout.strip().splitlines()
        assert lines[-1].startswith("ready"), started.stdout

        [entry] = LabelJournal(db).all()
        assert entry.state == RECONCILED_BOUGHT and entry.tracking_number == tracking
        printed = [job for job in zpl_sink.jobs[before:] if tracking.encode() in job]
        if api == "v2":
            assert entry.print_status == "printed"
            assert printed == [entry.label_bytes]  # the label the sandbox sold, byte for byte, once
            time.sleep(1.0)  # a second copy would have reached the sink by now
            assert [job for job in zpl_sink.jobs[before:] if tracking.encode() in job] == printed
            assert any(tracking in line and "sent to the label printer" in line for line in lines), started.stdout
        else:
            # V1 lists the shipment but never sends its label file again: nothing to print, and the app says so.
            assert entry.label_bytes is None and entry.label_note == V1_NO_REFETCH
            assert entry.print_status == "pending" and PrintQueue(db).jobs() == [] and printed == []
            banner = next(line for line in lines if line.startswith("banner labels-unprinted:"))
            assert tracking in banner and V1_NO_REFETCH in banner
        assert purchases(box) == 1  # recovery never buys
    finally:
        db.close()
