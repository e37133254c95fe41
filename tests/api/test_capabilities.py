"""Which surfaces keys can use, decided from the sandbox's real answers for each plan and key problem."""

from __future__ import annotations

import socket

import pytest

from shipdesk.api.calllog import CallLog, support_report
from shipdesk.api.capabilities import SURFACES, Capabilities, detect, detect_capabilities
from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.api.errors import AuthError, PlanError
from shipdesk.api.governor import RateGovernor
from shipdesk.api.transport import TransportSettings
from shipdesk.api.v1.client_base import V1ClientBase
from shipdesk.api.v2.client_base import V2ClientBase
from shipdesk.sandbox import Sandbox

FAST = TransportSettings(retries=1, backoff=0.01, max_wait=5)


def probe(box: Sandbox, *, v1: V1Credentials | None = None, v2: V2Credentials | None = None,
          log: CallLog | None = None, default_keys: bool = True) -> Capabilities:
    cfg = box.config
    if default_keys:
        v1 = v1 or V1Credentials(cfg.v1_key, cfg.v1_secret)
        v2 = v2 or V2Credentials(cfg.v2_key)
    return detect_capabilities(v1, v2, v1_base_url=box.url, v2_base_url=box.url, call_log=log, settings=FAST,
                               v1_governor=RateGovernor("t1"), v2_governor=RateGovernor("t2"))


def secrets_of(box: Sandbox) -> tuple[str, ...]:
    return box.config.v1_key, box.config.v1_secret, box.config.v2_key


def test_gold_can_use_everything(sandbox):
    log = CallLog()
    caps = probe(sandbox, log=log)
    assert caps.usable() == {"v1": True, "v2_shipping": True, "v2_inventory": True}
    assert all(caps[s].failure is None and caps[s].status == 200 for s in SURFACES)
    assert "V1 API works" in caps.v1.reason
    assert [(r.method, r.url.split("?")[0].removeprefix(sandbox.url)) for r in log.last()] == [
        ("GET", "/stores"), ("GET", "/v2/carriers"), ("GET", "/v2/inventory_warehouses")]
    assert "limit=1" in log.last()[-1].url


def test_inventory_only_plan_gets_inventory_and_the_plan_in_words(make_sandbox):
    caps = probe(make_sandbox(plan="inventory_only"))
    assert caps.usable() == {"v1": False, "v2_shipping": False, "v2_inventory": True}
    for surface in ("v1", "v2_shipping"):
        status = caps[surface]
        assert (status.failure, status.status) == ("plan", 403) and not status.is_problem
        assert "accounts below Gold/Accelerate get only the V2 inventory endpoints" in status.reason
        assert isinstance(status.error, PlanError)
    assert caps.any_usable


def test_plan_none_refuses_all_three_by_plan(make_sandbox):
    caps = probe(make_sandbox(plan="none"))
    assert caps.usable() == dict.fromkeys(SURFACES, False)
    assert {caps[s].failure for s in SURFACES} == {"plan"}
    assert "Inventory API add-on" in caps.v2_inventory.reason
    assert not caps.any_usable


def test_a_wrong_v1_secret_is_a_refused_key_and_v2_still_works(sandbox):
    log = CallLog()
    caps = probe(sandbox, v1=V1Credentials(sandbox.config.v1_key, "wrong-secret-9876"), log=log)
    assert (caps.v1.usable, caps.v1.failure, caps.v1.status) == (False, "auth", 401)
    assert "did not accept the V1 API key and secret" in caps.v1.reason and caps.v1.is_problem
    assert isinstance(caps.v1.error, AuthError)
    assert caps.v2_shipping.usable and caps.v2_inventory.usable
    text = support_report(log.last()) + repr(caps)
    for secret in (*secrets_of(sandbox), "wrong-secret-9876"):
        assert secret not in text


def test_a_wrong_v2_key_refuses_both_v2_surfaces(sandbox):
    caps = probe(sandbox, v2=V2Credentials("not-the-v2-key"))
    assert caps.v1.usable
    for surface in ("v2_shipping", "v2_inventory"):
        assert (caps[surface].failure, caps[surface].status) == ("auth", 401)
        assert "did not accept the V2 API key" in caps[surface].reason


def test_an_expired_v2_key_says_so(sandbox, admin):
    key_id = next(k["key_id"] for k in admin.get("/state").json()["keys"] if k["version"] == "v2")
    admin.post(f"/keys/{key_id}/expire", json={}).raise_for_status()
    caps = probe(sandbox)
    assert caps.v2_shipping.failure == "auth" and "expired" in caps.v2_shipping.reason
    assert caps.v2_shipping.error.expired is True  # type: ignore[union-attr]


def test_missing_keys_are_named_and_not_probed(sandbox):
    log = CallLog()
    caps = detect_capabilities(None, V2Credentials(""), v1_base_url=sandbox.url, v2_base_url=sandbox.url,
                               call_log=log)
    assert (caps.v1.failure, caps.v1.reason) == ("no_key", "No V1 key set.")
    assert caps.v2_inventory.failure == "no_key" and not caps.v2_inventory.is_problem
    only_key = detect_capabilities(V1Credentials(sandbox.config.v1_key, ""), None, v1_base_url=sandbox.url,
                                   call_log=log)
    assert only_key.v1.reason == "No V1 API secret set."
    assert log.last() == []


def test_no_answer_is_a_network_problem():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    caps = detect_capabilities(V1Credentials("key-1234", "secret-1234"), V2Credentials("key-5678"),
                               v1_base_url=dead, v2_base_url=dead, settings=FAST,
                               v1_governor=RateGovernor("t1"), v2_governor=RateGovernor("t2"))
    for surface in SURFACES:
        assert caps[surface].failure == "network" and caps[surface].status is None
        assert "cannot reach ShipStation" in caps[surface].reason


def test_a_persistent_server_error_is_a_problem_not_a_plan(sandbox, admin):
    admin.post("/faults", json={"kind": "503", "method": "GET", "path": "/v2/carriers", "times": None})
    caps = probe(sandbox)
    assert (caps.v2_shipping.failure, caps.v2_shipping.status) == ("server", 503)
    assert caps.v2_shipping.is_problem
    assert caps.v1.usable and caps.v2_inventory.usable


def test_a_base_url_that_is_not_shipstation(sandbox):
    caps = detect_capabilities(V1Credentials(sandbox.config.v1_key, sandbox.config.v1_secret),
                               v1_base_url=sandbox.url + "/not-here", settings=FAST,
                               v1_governor=RateGovernor("t"))
    assert caps.v1.failure == "not_found" and "Check the API base URL" in caps.v1.reason


def test_detect_with_the_app_s_own_clients_leaves_them_open(sandbox):
    cfg = sandbox.config
    v1 = V1ClientBase(V1Credentials(cfg.v1_key, cfg.v1_secret), base_url=sandbox.url,
                      governor=RateGovernor("t1"), settings=FAST)
    v2 = V2ClientBase(V2Credentials(cfg.v2_key), base_url=sandbox.url, governor=RateGovernor("t2"),
                      settings=FAST)
    with v1, v2:
        caps = detect(v1, None)
        assert caps.v1.usable and caps.v2_shipping.failure == "no_key"
        assert detect(None, v2).v2_inventory.usable
        assert v1.transport.call("again", "GET", "/stores") is not None
        assert v1.governor.state()["limit"] == cfg.v1_limit


@pytest.mark.parametrize("surface", ["nope", "v2"])
def test_unknown_surface_names_are_refused(sandbox, surface):
    caps = probe(sandbox)
    with pytest.raises(KeyError):
        caps[surface]  # type: ignore[index]


def test_a_rate_limit_longer_than_the_caller_waits_is_reported_as_such(sandbox, admin):
    admin.post("/faults", json={"kind": "429", "method": "GET", "path": "/v2/carriers", "times": 1})
    caps = probe(sandbox)  # the sandbox asks for a 60 s wait; FAST allows 5 s
    assert (caps.v2_shipping.failure, caps.v2_shipping.status) == ("rate_limited", 429)
    assert "rate limit" in caps.v2_shipping.reason and caps.v2_shipping.is_problem
