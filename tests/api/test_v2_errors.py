"""Each error class from a real sandbox response through V2Client, retries of reads, and a label
purchase whose answer is lost: one label bought, found again by external id."""

from __future__ import annotations

import time
from decimal import Decimal

import httpx
import pytest
from api.v2_support import buy, make_client, shipment

from shipdesk.api.errors import (
    AuthError,
    NotFound,
    OutcomeUnknown,
    PlanError,
    RateLimited,
    ServerError,
    ValidationFailed,
)
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings


def fault(admin, **rule) -> None:
    admin.post("/faults", json=rule).raise_for_status()


def test_wrong_key_is_auth_error_not_expired(sandbox):
    with make_client(sandbox, key="not-the-key") as client, pytest.raises(AuthError) as caught:
        client.list_carriers()
    err = caught.value
    assert err.status == 401 and err.expired is not True and err.code == "unauthorized"
    assert "did not accept" in str(err) and "not-the-key" not in str(err) + err.detail


def test_expired_key_says_expired(sandbox, admin, v2c):
    key_id = next(k["key_id"] for k in admin.get("/state").json()["keys"] if k["version"] == "v2")
    admin.post(f"/keys/{key_id}/expire", json={}).raise_for_status()
    with pytest.raises(AuthError) as caught:
        v2c.list_tags()
    assert caught.value.expired is True and "expired" in str(caught.value).lower()
    assert "rotate" in str(caught.value)


def test_plan_without_shipping_api_is_plan_error(make_sandbox):
    box = make_sandbox(plan="inventory_only")
    with make_client(box) as client, pytest.raises(PlanError) as caught:
        client.list_carriers()
    assert caught.value.status == 403 and caught.value.code == "invalid_billing_plan"
    assert "Gold" in str(caught.value) and "V2 shipping API" in str(caught.value)


def test_unknown_label_is_not_found(v2c):
    with pytest.raises(NotFound) as caught:
        v2c.get_label("se-999")
    assert caught.value.status == 404 and caught.value.code == "invalid_identifier"
    assert "se-999" in str(caught.value)


def test_refused_requests_are_validation_failed_with_fields_and_code(v2c, admin):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    usps = next(c for c in v2c.list_carriers().carriers if c.carrier_code == "stamps_com")
    rated = v2c.get_rates(shipment(warehouse), carrier_ids=[usps.carrier_id])
    rate_id = rated.rate_response.rates[0].rate_id
    with pytest.raises(ValidationFailed) as caught:
        v2c.create_label_from_rate(rate_id, label_format="zpl", label_layout="letter")
    err = caught.value
    assert err.status == 400 and err.code == "invalid_field_value" and "letter" in str(err)
    assert err.fields == {"invalid_field_value": [err.message.removeprefix("ShipStation rejected the request: ")]}

    # A label dearer than the USPS balance: ShipStation's business error, with its code.
    heavy = shipment(warehouse, ounces=16 * 5000, carrier_id=usps.carrier_id, service_code="usps_priority_mail")
    with pytest.raises(ValidationFailed) as caught:
        v2c.create_label(heavy)
    assert caught.value.code == "insufficient_funds" and "Insufficient funds" in str(caught.value)
    assert admin.get("/counters").json()["labels_by_shipment"] == {}
    assert v2c.get_carrier(usps.carrier_id).balance == usps.balance == Decimal("1000")


def test_rate_limit_beyond_the_callers_patience_is_rate_limited(make_sandbox):
    box = make_sandbox(v2_limit=3, window_seconds=2)
    governor = RateGovernor("shared")  # both clients stand for the same key
    impatient = make_client(box, governor=governor, settings=TransportSettings(max_wait=1))
    patient = make_client(box, governor=governor)
    with impatient, patient:
        for _ in range(3):
            impatient.list_tags()
        with pytest.raises(RateLimited) as caught:
            impatient.list_tags()
        assert caught.value.retry_after > 1 and caught.value.status == 429
        assert caught.value.code == "rate_limit_exceeded"
        started = time.monotonic()
        assert patient.list_tags()  # waits for the window instead of failing
        assert 0.5 < time.monotonic() - started < 5


@pytest.mark.parametrize("kind", ["503", "reset", "500"])
def test_reads_are_retried_through_transient_failures(v2c, admin, kind):
    fault(admin, kind=kind, method="GET", path="/v2/labels*", times=2)
    assert v2c.list_labels().total == 0
    attempts = [r for r in v2c.call_log.last() if r.action == "List labels"]
    assert len(attempts) == 3 and attempts[-1].status == 200


def test_read_timeouts_are_retried(sandbox, admin):
    settings = TransportSettings(retries=2, backoff=0.01, timeout=httpx.Timeout(0.5))
    fault(admin, kind="delay", method="GET", path="/v2/warehouses", delay_seconds=1.5, times=1)
    with make_client(sandbox, settings=settings) as client:
        assert len(client.list_warehouses()) >= 2
        assert [r.status for r in client.call_log.last()] == [None, 200]


def test_reads_give_up_with_server_error(v2c, admin):
    fault(admin, kind="502", method="GET", path="/v2/carriers", times=None)
    with pytest.raises(ServerError) as caught:
        v2c.list_carriers()
    assert caught.value.status == 502 and "temporarily unavailable" in str(caught.value)


def test_lost_purchase_answer_is_outcome_unknown_and_reconcilable(v2c, admin):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    usps = next(c.carrier_id for c in v2c.list_carriers().carriers if c.carrier_code == "stamps_com")
    rated = v2c.get_rates(shipment(warehouse, external_id="order-1001"), carrier_ids=[usps])
    fault(admin, kind="commit_then_drop", method="POST", path="/v2/labels/rates/*", times=1)
    with pytest.raises(OutcomeUnknown) as caught:
        v2c.create_label_from_rate(rated.rate_response.rates[0].rate_id)
    assert "cannot tell whether" in str(caught.value)
    assert [r.action for r in v2c.call_log.last()].count("Buy label from rate") == 1  # never re-sent
    assert admin.get("/counters").json()["labels_by_shipment"] == {rated.shipment_id: 1}

    # Reconcile: the shipment we named is there, with the label that was bought.
    found = v2c.get_shipment_by_external_id("order-1001")
    assert found.shipment_id == rated.shipment_id and found.shipment_status == "label_purchased"
    assert v2c.list_labels(shipment_id=found.shipment_id).total == 1


def test_unreadable_purchase_answer_is_outcome_unknown(v2c, admin):
    fault(admin, kind="malformed", method="POST", path="/v2/labels/rates/*", times=1)
    with pytest.raises(OutcomeUnknown):
        buy(v2c, external_id="order-1002")
    assert admin.get("/counters").json()["labels_by_external_id"] == {"order-1002": 1}
