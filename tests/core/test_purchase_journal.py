"""Never twice: each sandbox fault on the purchase call, V1 and V2, against the real sandbox over loopback.

After `buy_label` (and its reconcile) the sandbox's counters show exactly one label, or none where the fault
struck before the handler, in which case an explicit second `buy_label` buys exactly one. Every bought label
is in the journal with its tracking number.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from shipdesk.api.calllog import CallLog
from shipdesk.api.errors import ApiError
from shipdesk.api.redact import Redactor
from shipdesk.api.transport import TransportSettings
from shipdesk.config import Paths, Settings
from shipdesk.core.db import Database
from shipdesk.core.journal import BOUGHT, FAILED, RECONCILED_BOUGHT, RECONCILED_NONE, LabelJournal
from shipdesk.core.session import Session
from shipdesk.core.shipping import (
    V1_NO_REFETCH,
    AlreadyHasLabel,
    LabelNotBought,
    LabelRequest,
    OutcomeStillUnknown,
    ShippingService,
    recover,
)
from shipdesk.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[2]
# A short read timeout so a `delay` fault becomes a client timeout; the handler still runs afterwards.
QUICK = TransportSettings(retries=3, backoff=0.01, max_wait=30,
                          timeout=httpx.Timeout(10.0, read=1.0))
DELAY = 2.0
FAULTS = ["429", "500", "502", "reset", "delay", "malformed", "truncated", "commit_then_drop"]
STRIKES_BEFORE = {"500", "502", "reset"}  # refused before the handler: no label, the caller may retry
PURCHASE_PATH = {"v1": "/orders/createlabelfororder", "v2": "/v2/labels"}


def make_session(box: Sandbox, profile: Path) -> Session:
    from api.v1_support import make_client as v1_client
    from api.v2_support import make_client as v2_client

    paths = Paths(profile)
    return Session(paths, Settings(), Database(paths.database), CallLog(), Redactor(),
                   v1_client(box, settings=QUICK), v2_client(box, settings=QUICK), demo=False)


def label_request(box: Sandbox, session: Session, api: str) -> LabelRequest:
    if api == "v1":
        from api.v1_support import open_order_id

        order_id = open_order_id(box)
        return LabelRequest("v1", order_id=str(order_id), order_number=f"#{order_id}", carrier="stamps_com",
                            service="usps_priority_mail", package="package", shown_cost="8.70")
    from api.v2_support import shipment

    assert session.v2 is not None
    warehouse = session.v2.list_warehouses()[0].warehouse_id
    usps = next(c for c in session.v2.list_carriers().carriers if c.carrier_code == "stamps_com")
    return LabelRequest("v2", order_id="web-1001", order_number="1001", carrier="stamps_com",
                        service="usps_priority_mail", shown_cost="8.70",
                        shipment=shipment(warehouse, carrier_id=usps.carrier_id, service_code="usps_priority_mail"))


def counters(box: Sandbox) -> dict[str, Any]:
    return httpx.get(box.url + "/__sandbox/counters", timeout=10).json()


def labels_bought(box: Sandbox, api: str, request: LabelRequest) -> int:
    data = counters(box)
    if api == "v1":
        return int(data["labels_by_order"].get(str(request.order_id), 0))
    return int(sum(data["labels_by_shipment"].values()))


def assert_journal_matches(box: Sandbox, journal: LabelJournal, api: str) -> None:
    """Every label in the journal is the sandbox's, with its tracking number."""
    bought = [e for e in journal.all() if e.has_label]
    assert len(bought) == 1
    entry = bought[0]
    with box.world.lock:
        if api == "v1":
            stored = box.world.shipments[int(entry.shipment_id or 0)]
            assert entry.tracking_number == stored["trackingNumber"]
        else:
            stored = box.world.v2_labels[str(entry.label_id)]
            assert entry.tracking_number == stored["tracking_number"]
            assert entry.label_bytes and entry.label_bytes.startswith(b"%PDF-")


def inject(box: Sandbox, api: str, kind: str) -> None:
    rule: dict[str, Any] = {"kind": kind, "method": "POST", "path": PURCHASE_PATH[api], "times": 1}
    if kind == "delay":
        rule["delay_seconds"] = DELAY
    httpx.post(box.url + "/__sandbox/faults", json=rule, timeout=10).raise_for_status()


@pytest.mark.parametrize("api", ["v1", "v2"])
@pytest.mark.parametrize("kind", FAULTS)
def test_fault_on_purchase_never_buys_twice(make_sandbox, tmp_path, api: str, kind: str) -> None:
    box = make_sandbox(window_seconds=2)
    session = make_session(box, tmp_path)
    # After a timeout the request may still be running at ShipStation: look again a little later.
    service = ShippingService(session, station="bench-1", reconcile_delays=(0.0, DELAY + 0.5))
    try:
        request = label_request(box, session, api)
        inject(box, api, kind)
        if kind in STRIKES_BEFORE:
            with pytest.raises(LabelNotBought) as caught:
                service.buy_label(request)
            assert caught.value.entry is not None and caught.value.entry.state == RECONCILED_NONE
            assert labels_bought(box, api, request) == 0
            entry = service.buy_label(request)  # the packer's explicit retry
            assert entry.state == BOUGHT
        else:
            entry = service.buy_label(request)
            expected = BOUGHT if kind == "429" else RECONCILED_BOUGHT
            assert entry.state == expected, entry.error
        assert entry.tracking_number
        assert labels_bought(box, api, request) == 1
        assert_journal_matches(box, service.journal, api)
        with pytest.raises(AlreadyHasLabel):
            service.buy_label(request)
        assert labels_bought(box, api, request) == 1
        if api == "v1" and entry.state == RECONCILED_BOUGHT:
            assert entry.label_bytes is None and entry.label_note == V1_NO_REFETCH
    finally:
        session.close()


def test_v2_rate_purchase_reconciles_by_shipment(make_sandbox, tmp_path) -> None:
    box = make_sandbox(window_seconds=2)
    session = make_session(box, tmp_path)
    service = ShippingService(session, station="bench-1", reconcile_delays=(0.0,))
    try:
        from api.v2_support import shipment

        v2 = session.v2
        assert v2 is not None
        warehouse = v2.list_warehouses()[0].warehouse_id
        usps = next(c for c in v2.list_carriers().carriers if c.carrier_code == "stamps_com")
        rated = v2.get_rates(shipment(warehouse), carrier_ids=[usps.carrier_id])
        cheapest = rated.rate_response.cheapest()
        assert cheapest is not None
        request = LabelRequest("v2", order_id="web-2002", carrier="stamps_com", service=cheapest.service_code,
                               rate_id=cheapest.rate_id, v2_shipment_id=rated.shipment_id,
                               shown_cost=str(cheapest.total))
        httpx.post(box.url + "/__sandbox/faults", timeout=10, json={
            "kind": "commit_then_drop", "method": "POST", "path": "/v2/labels/rates/*"}).raise_for_status()
        entry = service.buy_label(request)
        assert entry.state == RECONCILED_BOUGHT and entry.shipment_id == rated.shipment_id
        assert counters(box)["labels_by_shipment"] == {rated.shipment_id: 1}
        # A second station (no journal row for this order) still sees ShipStation's label and refuses.
        other = ShippingService(session, LabelJournal(Database(tmp_path / "other.db")), station="bench-2")
        with pytest.raises(AlreadyHasLabel):
            other.buy_label(request)
        assert counters(box)["labels_by_shipment"] == {rated.shipment_id: 1}
    finally:
        session.close()


CRASH = """
import os, sys
sys.path[:0] = [{root!r}, {tests!r}]
from pathlib import Path
from shipdesk.sandbox import Sandbox
from shipdesk.core.shipping import LabelRequest, ShippingService
import test_purchase_journal as t

class Box:  # the parts of a Sandbox the helpers use, pointed at the test's running sandbox
    def __init__(self, url, config):
        self.url, self.config = url, config

import runpy  # tests/conftest.py by path: tests/core has a conftest of its own
TEST_CONFIG = runpy.run_path(os.path.join({root!r}, 'tests', 'conftest.py'))['TEST_CONFIG']
session = t.make_session(Box({url!r}, TEST_CONFIG), Path({profile!r}))
request = LabelRequest(**{fields!r})
if request.api == "v2":
    request.shipment = t.label_request(None, session, "v2").shipment
ShippingService(session, station="bench-1", after_call=lambda entry: os._exit(17)).buy_label(request)
os._exit(3)  # not reached: the hook kills the process before the answer is stored
"""


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_crash_after_purchase_is_recovered_without_buying_again(make_sandbox, tmp_path, api: str) -> None:
    box = make_sandbox(window_seconds=2)
    profile = tmp_path / "profile"
    session = make_session(box, profile)
    try:
        request = label_request(box, session, api)
        fields = {k: getattr(request, k) for k in ("api", "order_id", "order_number", "carrier", "service",
                                                  "package", "shown_cost")}
        script = CRASH.format(root=str(ROOT), tests=str(Path(__file__).parent), url=box.url,
                              profile=str(profile), fields=fields)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 17, done.stderr
        assert labels_bought(box, api, request) == 1
        journal = LabelJournal(session.db)
        assert [e.state for e in journal.all()] == ["intent"]
        recovered = recover(session, journal, station="bench-1", reconcile_delays=(0.0,))
        assert [e.state for e in recovered] == [RECONCILED_BOUGHT]
        assert recovered[0].tracking_number
        assert_journal_matches(box, journal, api)
        assert labels_bought(box, api, request) == 1
        with pytest.raises(AlreadyHasLabel):
            ShippingService(session, journal, station="bench-1").buy_label(request)
        assert labels_bought(box, api, request) == 1
    finally:
        session.close()


def test_unknown_row_blocks_a_new_purchase_until_shipstation_answers(make_sandbox, tmp_path) -> None:
    box = make_sandbox(window_seconds=2)
    session = make_session(box, tmp_path)
    service = ShippingService(session, station="bench-1", reconcile_delays=(0.0,))
    try:
        request = label_request(box, session, "v1")
        # A row left by a crash before the request went out (or not): its outcome is unknown.
        left = service.journal.add_intent(station="bench-1", api="v1", order_id=request.order_id,
                                          order_number=request.order_number, carrier="stamps_com",
                                          service="usps_priority_mail", package="package", shown_cost="8.70",
                                          test_label=False)
        httpx.post(box.url + "/__sandbox/faults", timeout=10, json={
            "kind": "reset", "method": "GET", "path": "/shipments", "times": None}).raise_for_status()
        with pytest.raises(OutcomeStillUnknown) as caught:
            service.buy_label(request)
        assert "will not buy another" in str(caught.value)
        assert service.journal.get(left.id).state == "unknown" and labels_bought(box, "v1", request) == 0
        httpx.delete(box.url + "/__sandbox/faults", timeout=10).raise_for_status()
        entry = service.buy_label(request)  # the old row is settled first (nothing bought), then one label
        assert service.journal.get(left.id).state == RECONCILED_NONE
        assert entry.state == BOUGHT and labels_bought(box, "v1", request) == 1
        assert service.journal.mark_printed(entry.id).print_status == "printed"
    finally:
        session.close()


def test_a_refused_purchase_is_journaled_as_failed(make_sandbox, tmp_path) -> None:
    box = make_sandbox(window_seconds=2)
    session = make_session(box, tmp_path)
    service = ShippingService(session, station="bench-1", reconcile_delays=(0.0,))
    try:
        request = label_request(box, session, "v2")
        assert request.shipment is not None
        request.shipment = request.shipment.model_copy(update={"service_code": "no_such_service"})
        with pytest.raises(ApiError):
            service.buy_label(request)
        assert [e.state for e in service.journal.all()] == [FAILED]
        assert service.journal.all()[0].error and labels_bought(box, "v2", request) == 0
        assert recover(session, service.journal) == []  # nothing unfinished to replay
    finally:
        session.close()


def test_v2_test_label_flag_reaches_shipstation(box: Sandbox, session: Session) -> None:
    import io

    import pypdf
    from api.v2_support import shipment

    from shipdesk.core.shipping import PurchaseError

    service = ShippingService(session, station="bench-1", reconcile_delays=(0.0,))
    request = label_request(box, session, "v2")
    request.test_label = True
    entry = service.buy_label(request)
    assert entry.state == BOUGHT and entry.test_label
    with box.world.lock:
        assert box.world.v2_labels[str(entry.label_id)]["_test_label"] is True
    assert entry.label_bytes is not None
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(entry.label_bytes)).pages)
    assert "TEST LABEL - NOT FOR SHIPPING" in text
    # The spec takes the flag only with a whole shipment: from a rate it is refused, nothing bought.
    assert session.v2 is not None
    rated = session.v2.get_rates(shipment(session.v2.list_warehouses()[0].warehouse_id),
                                 carrier_ids=[c.carrier_id for c in session.v2.list_carriers().carriers])
    cheapest = rated.rate_response.cheapest()
    assert cheapest is not None
    with pytest.raises(PurchaseError) as caught:
        service.buy_label(LabelRequest("v2", order_id="web-3003", rate_id=cheapest.rate_id,
                                       v2_shipment_id=rated.shipment_id, test_label=True))
    assert "can't be bought from a quoted rate" in str(caught.value)
    assert counters(box)["labels_by_shipment"].get(rated.shipment_id, 0) == 0


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_two_purchases_of_one_order_at_once_buy_one_label(make_sandbox, tmp_path, api: str) -> None:
    """A scan and a click at the same moment: the second is told a purchase is running; one label."""
    import threading

    from shipdesk.core.shipping import PurchaseInProgress

    box = make_sandbox(window_seconds=2)
    session = make_session(box, tmp_path)
    try:
        request = label_request(box, session, api)
        rule = {"kind": "delay", "delay_seconds": 0.8, "method": "POST", "path": PURCHASE_PATH[api], "times": 1}
        httpx.post(box.url + "/__sandbox/faults", json=rule, timeout=10).raise_for_status()
        outcomes: list[object] = []

        def buy() -> None:
            try:
                outcomes.append(ShippingService(session, station="bench-1").buy_label(request))
            except (PurchaseInProgress, AlreadyHasLabel) as exc:
                outcomes.append(exc)

        first = threading.Thread(target=buy)
        first.start()
        time.sleep(0.3)  # the first purchase is waiting on ShipStation
        buy()
        first.join(30)
        assert sorted(type(o).__name__ for o in outcomes) == ["JournalEntry", "PurchaseInProgress"]
        assert labels_bought(box, api, request) == 1
        assert [e.state for e in LabelJournal(session.db).all()] == [BOUGHT]
    finally:
        session.close()
