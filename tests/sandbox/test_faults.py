"""Faults on demand, each the way a client meets it on the wire."""

import json
from datetime import date

import httpx
import pytest

from shipdesk.sandbox.faults import parse_cli


def add_fault(admin, **rule):
    admin.post("/faults", json=rule).raise_for_status()


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_server_errors_strike_once_then_clear(admin, v1, kind):
    add_fault(admin, kind=kind, method="GET", path="/carriers")
    failed = v1.get("/carriers")
    assert failed.status_code == int(kind)
    if kind == "500":
        assert failed.json()["Message"] == "An error has occurred."
    else:  # the load balancer answers, not ShipStation: HTML, not JSON
        assert failed.headers["Content-Type"].startswith("text/html")
    assert v1.get("/carriers").status_code == 200


def test_v2_500_uses_the_error_envelope(admin, v2):
    add_fault(admin, kind="500", path="/v2/carriers")
    r = v2.get("/v2/carriers")
    assert r.status_code == 500 and r.json()["errors"][0]["error_type"] == "system"


def test_injected_429_on_v2_has_retry_after(admin, v2):
    add_fault(admin, kind="429", path="/v2/*")
    r = v2.get("/v2/carriers")
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1


def test_fault_matches_method_and_path_glob_only(admin, v1):
    add_fault(admin, kind="500", method="POST", path="/orders/*", times=None)
    assert v1.get("/orders").status_code == 200  # GET is not matched
    assert v1.get("/carriers").status_code == 200
    r = v1.post("/orders/holduntil", json={"orderId": 1, "holdUntilDate": "2030-01-01"})
    assert r.status_code == 500
    assert v1.post("/orders/restorefromhold", json={"orderId": 1}).status_code == 500  # times=None: always
    admin.delete("/faults").raise_for_status()
    assert v1.post("/orders/restorefromhold", json={"orderId": 1}).status_code != 500


def test_delay_makes_a_short_timeout_fire(sandbox, admin):
    add_fault(admin, kind="delay", path="/carriers", delay_seconds=0.6)
    cfg = sandbox.config
    with httpx.Client(base_url=sandbox.url, auth=(cfg.v1_key, cfg.v1_secret), timeout=0.2) as impatient:
        with pytest.raises(httpx.ReadTimeout):
            impatient.get("/carriers")
        assert impatient.get("/carriers").status_code == 200


def test_reset_drops_the_connection(admin, v1):
    add_fault(admin, kind="reset", path="/carriers")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        v1.get("/carriers")
    assert v1.get("/carriers").status_code == 200


def test_malformed_json_is_a_200_that_does_not_parse(admin, v1):
    add_fault(admin, kind="malformed", path="/carriers")
    r = v1.get("/carriers")
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.content)


def test_truncated_body_is_detected_by_the_client(admin, v1):
    add_fault(admin, kind="truncated", path="/orders")
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        v1.get("/orders", params={"pageSize": 50})


def _awaiting_order(v1):
    orders = v1.get("/orders", params={"orderStatus": "awaiting_shipment", "pageSize": 50}).json()["orders"]
    return next(o for o in orders if o["shipTo"]["country"] == "US")


def test_commit_then_drop_buys_the_label_but_the_answer_never_arrives(admin, v1):
    order = _awaiting_order(v1)
    add_fault(admin, kind="commit_then_drop", method="POST", path="/orders/createlabelfororder")
    body = {"orderId": order["orderId"], "carrierCode": "stamps_com", "serviceCode": "usps_priority_mail",
            "packageCode": "package", "confirmation": "none", "shipDate": date.today().isoformat(),
            "testLabel": False}
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        v1.post("/orders/createlabelfororder", json=body)
    counters = admin.get("/counters").json()
    assert counters["labels_by_order"][str(order["orderId"])] == 1  # money was spent
    assert v1.get(f"/orders/{order['orderId']}").json()["orderStatus"] == "shipped"
    shipments = v1.get("/shipments", params={"orderId": order["orderId"]}).json()["shipments"]
    assert len(shipments) == 1  # what a client must look at before it buys again


def test_bad_fault_rules_are_refused(admin):
    assert admin.post("/faults", json={"kind": "explode"}).status_code == 400
    assert admin.post("/faults", json={"kind": "delay"}).status_code == 400


def test_cli_fault_syntax():
    rule = parse_cli("commit_then_drop:POST /orders/createlabelfororder:x2")
    assert (rule.kind, rule.method, rule.path, rule.times) == ("commit_then_drop", "POST",
                                                               "/orders/createlabelfororder", 2)
    delay = parse_cli("delay:/v2/rates:1.5")
    assert (delay.kind, delay.path, delay.delay_seconds, delay.times) == ("delay", "/v2/rates", 1.5, None)
