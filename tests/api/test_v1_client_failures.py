"""V1Client failures from real sandbox responses: each error class, retries of reads, and purchases that
must never be bought twice."""

from __future__ import annotations

import base64
import socket
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from api.v1_support import make_client, open_order_id, ship_from, ship_to

from shipdesk.api.calllog import support_report
from shipdesk.api.errors import (
    AuthError,
    NotFound,
    OutcomeUnknown,
    PlanError,
    ServerError,
    Unreachable,
    ValidationFailed,
)
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v1.models import Weight


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def fault(admin, **rule):
    admin.post("/faults", json=rule).raise_for_status()


def attempts(client, action):
    return [(r.attempt, r.status) for r in client.call_log.last() if r.action == action]


# ---- error classes ---------------------------------------------------------------------------------


def test_wrong_secret_is_an_auth_error_that_does_not_say_expired(sandbox):
    with make_client(sandbox, secret="not-the-secret") as client:
        with pytest.raises(AuthError) as err:
            client.list_carriers()
    assert err.value.status == 401 and err.value.expired is None
    assert "did not accept" in str(err.value) and "not-the-secret" not in err.value.detail
    later = datetime.now(UTC) + timedelta(days=90)
    with make_client(sandbox, secret="not-the-secret", expires_at=later) as client:
        with pytest.raises(AuthError) as err:
            client.list_carriers()
    assert err.value.expired is False and str(err.value).startswith("ShipStation did not accept")


def test_a_key_past_its_lifetime_is_an_auth_error_that_says_expired(sandbox, admin):
    # Wind the sandbox back, issue a one-year key, then move the clock past its life: at the end the sandbox's
    # clock and the real one agree that the key has expired.
    admin.post("/clock", json={"set": (datetime.now(UTC) - timedelta(days=400)).isoformat()}).raise_for_status()
    issued = admin.post("/keys", json={"version": "v1", "key": "rotating-key", "secret": "rotating-secret",
                                       "lifetime_days": 365}).json()
    expires_at = datetime.fromisoformat(issued["expires_at"])
    with make_client(sandbox, key="rotating-key", secret="rotating-secret", expires_at=expires_at) as client:
        assert client.list_carriers()  # still valid on the sandbox's (earlier) day
        admin.post("/clock", json={"advance_days": 400}).raise_for_status()
        with pytest.raises(AuthError) as err:
            client.list_carriers()
    assert err.value.expired is True and err.value.status == 401
    assert "expired" in str(err.value) and "rotate" in str(err.value)


def test_plan_without_api_access_is_a_plan_error(make_sandbox):
    box = make_sandbox(plan="inventory_only")
    with make_client(box) as client:
        with pytest.raises(PlanError) as err:
            client.list_orders()
    assert err.value.status == 403 and "plan" in str(err.value)


def test_unknown_order_is_not_found(v1c):
    with pytest.raises(NotFound) as err:
        v1c.get_order(999999)
    assert err.value.status == 404 and "999999" in str(err.value)
    assert err.value.call is not None and err.value.call.url.endswith("/orders/999999")


def test_incomplete_order_is_validation_failed_with_fields(sandbox, v1c):
    order = v1c.get_order(open_order_id(sandbox))
    order.order_date = None  # what an editor that lost the date would send
    with pytest.raises(ValidationFailed) as err:
        v1c.create_order(order)
    assert err.value.status == 400
    assert err.value.fields == {"apiOrder.orderDate": ["The orderDate field is required."]}
    assert "orderDate field is required" in str(err.value)


def test_business_refusals_are_server_errors_with_shipstations_words(sandbox, v1c, admin):
    cancelled = open_order_id(sandbox, "cancelled")
    with pytest.raises(ServerError) as err:
        v1c.create_label_for_order(cancelled, "stamps_com", "usps_priority_mail")
    assert err.value.status == 500 and "the order is cancelled" in str(err.value)
    order_id = open_order_id(sandbox)
    with pytest.raises(ServerError) as err:
        v1c.create_label_for_order(order_id, "stamps_com", "usps_priority_mail", package_code="crate")
    assert "Invalid packageCode" in str(err.value)
    assert admin.get("/counters").json()["labels_by_order"] == {}
    assert len(attempts(v1c, "Create label for order")) == 2  # one call each: refusals are not retried


def test_closed_port_is_unreachable_after_retries(sandbox):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleeps = Sleeps()
    settings = TransportSettings(retries=2, backoff=0.01, sleep=sleeps)
    with make_client(sandbox, base_url=f"http://127.0.0.1:{port}", settings=settings) as client:
        with pytest.raises(Unreachable) as err:
            client.list_carriers()
        assert not isinstance(err.value, OutcomeUnknown)  # nothing was sent, so nothing may have happened
        assert "cannot reach" in str(err.value) and err.value.status is None
        assert attempts(client, "List carriers") == [(1, None), (2, None), (3, None)]
    assert len(sleeps.calls) == 2


# ---- retries of reads ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["500", "502", "503", "reset"])
def test_reads_retry_through_injected_failures(sandbox, admin, kind):
    sleeps = Sleeps()
    with make_client(sandbox, settings=TransportSettings(retries=3, backoff=0.2, sleep=sleeps)) as client:
        fault(admin, kind=kind, method="GET", path="/orders", times=2)
        page = client.list_orders(page_size=5)
        assert page.total == 120
        failed = None if kind == "reset" else int(kind)
        assert attempts(client, "List orders") == [(1, failed), (2, failed), (3, 200)]
        assert len(sleeps.calls) == 2 and sleeps.calls[1] > sleeps.calls[0]  # backing off, with jitter
        secrets = (sandbox.config.v1_key, sandbox.config.v1_secret,
                   base64.b64encode(f"{sandbox.config.v1_key}:{sandbox.config.v1_secret}".encode()).decode())
        logged = repr(client.call_log.last()) + support_report(client.call_log.last())
        assert not any(s in logged for s in secrets)


def test_a_timeout_is_retried(sandbox, admin):
    settings = TransportSettings(backoff=0.01, timeout=httpx.Timeout(0.3), sleep=Sleeps())
    with make_client(sandbox, settings=settings) as client:
        fault(admin, kind="delay", method="GET", path="/carriers", delay_seconds=0.8)
        assert {c.code for c in client.list_carriers()} >= {"ups", "fedex", "stamps_com"}
        records = [r for r in client.call_log.last() if r.action == "List carriers"]
        assert [(r.attempt, r.status) for r in records] == [(1, None), (2, 200)]
        assert "Timeout" in (records[0].error or "")


def test_a_read_that_keeps_failing_raises_after_the_retries(v1c, admin):
    fault(admin, kind="503", path="/carriers/listservices", times=None)
    with pytest.raises(ServerError) as err:
        v1c.list_services("ups")
    assert err.value.status == 503 and "temporarily unavailable" in str(err.value)
    assert len(attempts(v1c, "List carrier services")) == 4


def test_rates_are_read_only_so_a_reset_is_retried(v1c, admin):
    fault(admin, kind="reset", path="/shipments/getrates")
    rows = v1c.get_rates("fedex", from_postal_code="78701", to_country="US", to_postal_code="94105",
                         weight=Weight(value=3, units="pounds"), package_code="package")
    assert rows and attempts(v1c, "Get rates") == [(1, None), (2, 200)]


def test_an_order_change_is_not_resent_after_a_reset(sandbox, v1c, admin):
    fault(admin, kind="reset", path="/orders/addtag")
    with pytest.raises(OutcomeUnknown):
        v1c.add_tag(open_order_id(sandbox), 301)
    assert len(attempts(v1c, "Add tag to order")) == 1


# ---- purchases: never a second label ---------------------------------------------------------------


@pytest.mark.parametrize(("kind", "error", "bought"), [
    ("commit_then_drop", OutcomeUnknown, 1),  # bought, answer lost
    ("malformed", OutcomeUnknown, 1),  # bought, answer unreadable
    ("truncated", OutcomeUnknown, 1),  # bought, answer cut short
    ("reset", OutcomeUnknown, 0),  # dropped before the handler: the client cannot know that
    ("500", ServerError, 0),  # refused before the handler
    ("503", ServerError, 0),
])
def test_a_label_purchase_is_never_sent_twice(sandbox, v1c, admin, kind, error, bought):
    order_id = open_order_id(sandbox)
    fault(admin, kind=kind, method="POST", path="/orders/createlabelfororder")
    with pytest.raises(error) as err:
        v1c.create_label_for_order(order_id, "stamps_com", "usps_priority_mail", ship_date=date(2025, 3, 10))
    assert attempts(v1c, "Create label for order") == [(1, err.value.status)]
    labels = admin.get("/counters").json()["labels_by_order"]
    assert labels.get(str(order_id), 0) == bought
    if error is OutcomeUnknown:
        assert "cannot tell" in str(err.value)


def test_an_order_free_label_is_not_bought_twice_either(sandbox, v1c, admin):
    before = len(sandbox.world.shipments)
    fault(admin, kind="commit_then_drop", path="/shipments/createlabel")
    with pytest.raises(OutcomeUnknown):
        v1c.create_label("ups", "ups_ground", "package", ship_date=date(2025, 3, 11),
                         weight=Weight(value=2, units="pounds"), ship_from=ship_from(), ship_to=ship_to())
    assert len(sandbox.world.shipments) == before + 1
    assert len(attempts(v1c, "Create label")) == 1
