"""Who gets in: V1 Basic key pairs, the V2 API-Key, expiry on the sandbox clock, and plans."""

import httpx


def test_v1_without_or_with_wrong_credentials_is_401(sandbox):
    assert httpx.get(sandbox.url + "/carriers").status_code == 401
    wrong = httpx.get(sandbox.url + "/carriers", auth=(sandbox.config.v1_key, "not-the-secret"))
    assert wrong.status_code == 401
    assert "Authorization has been denied" in wrong.json()["Message"]


def test_v2_without_or_with_wrong_key_is_401_envelope(sandbox, v2_contract, contract_failures):
    from conftest import v2_client

    with v2_client(sandbox.url, "nope", v2_contract, contract_failures) as bad:
        r = bad.get("/v2/carriers")
    assert r.status_code == 401
    error = r.json()["errors"][0]
    assert (error["error_type"], error["error_code"]) == ("security", "unauthorized")
    assert len(r.json()["request_id"]) == 36


def test_v1_key_fails_after_the_clock_passes_its_expiry(sandbox, v1, admin):
    assert v1.get("/carriers").status_code == 200
    admin.post("/clock", json={"advance_days": sandbox.config.key_lifetime_days + 1}).raise_for_status()
    assert v1.get("/carriers").status_code == 401


def test_expired_v2_key_says_it_expired(sandbox, v2, admin):
    key_id = next(k["key_id"] for k in admin.get("/state").json()["keys"] if k["version"] == "v2")
    admin.post(f"/keys/{key_id}/expire", json={}).raise_for_status()
    r = v2.get("/v2/carriers")
    assert r.status_code == 401
    assert "expired" in r.json()["errors"][0]["message"]


def test_two_v1_pairs_work_side_by_side_and_a_third_is_refused(sandbox, admin):
    second = admin.post("/keys", json={"version": "v1", "key": "k2", "secret": "s2", "lifetime_days": 90})
    assert second.status_code == 200
    assert second.json()["last4"] == "k2" and "secret" not in second.json()
    assert httpx.get(sandbox.url + "/carriers", auth=("k2", "s2")).status_code == 200
    cfg = sandbox.config
    assert httpx.get(sandbox.url + "/carriers", auth=(cfg.v1_key, cfg.v1_secret)).status_code == 200
    third = admin.post("/keys", json={"version": "v1", "key": "k3", "secret": "s3"})
    assert third.status_code == 409
    assert httpx.get(sandbox.url + "/carriers", auth=("k3", "s3")).status_code == 401


def test_deleted_pair_is_refused_and_frees_a_slot(sandbox, admin):
    admin.post("/keys", json={"version": "v1", "key": "k2", "secret": "s2"}).raise_for_status()
    original = next(k["key_id"] for k in admin.get("/state").json()["keys"] if k["version"] == "v1")
    admin.delete(f"/keys/{original}").raise_for_status()
    cfg = sandbox.config
    assert httpx.get(sandbox.url + "/carriers", auth=(cfg.v1_key, cfg.v1_secret)).status_code == 401
    assert admin.post("/keys", json={"version": "v1", "key": "k3", "secret": "s3"}).status_code == 200


def test_admin_state_never_shows_secrets(sandbox, admin):
    text = admin.get("/state").text
    for secret in (sandbox.config.v1_key, sandbox.config.v1_secret, sandbox.config.v2_key):
        assert secret not in text


def test_plan_none_refuses_both_apis(make_sandbox, v2_contract, contract_failures):
    from conftest import v2_client

    box = make_sandbox(plan="none")
    cfg = box.config
    v1 = httpx.get(box.url + "/orders", auth=(cfg.v1_key, cfg.v1_secret))
    assert v1.status_code == 403 and "plan" in v1.json()["Message"]
    with v2_client(box.url, cfg.v2_key, v2_contract, contract_failures) as v2:
        for path in ("/v2/carriers", "/v2/inventory"):
            r = v2.get(path)
            assert r.status_code == 403
            assert r.json()["errors"][0]["error_code"] == "invalid_billing_plan"


def test_plan_can_be_switched_at_run_time(sandbox, v1, admin):
    assert v1.get("/orders").status_code == 200
    admin.post("/plan", json={"plan": "inventory_only"}).raise_for_status()
    assert v1.get("/orders").status_code == 403
    assert admin.post("/plan", json={"plan": "platinum"}).status_code == 400


def test_unknown_paths(sandbox, v1, v2):
    r1 = v1.get("/orderz")
    assert r1.status_code == 404 and "No HTTP resource" in r1.json()["Message"]
    assert v1.delete("/carriers").status_code == 405
