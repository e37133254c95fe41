"""Rate limits in a compressed window: V1 40 per window per key pair with X-Rate-Limit-* on every
response; V2 200 per window with 429, Retry-After and the error envelope."""

import time

import httpx


def test_v1_headers_count_down_on_every_response(sandbox, v1):
    first = v1.get("/carriers")
    second = v1.get("/users")
    assert first.headers["X-Rate-Limit-Limit"] == "40"
    assert int(first.headers["X-Rate-Limit-Remaining"]) == 39
    assert int(second.headers["X-Rate-Limit-Remaining"]) == 38
    assert 1 <= int(second.headers["X-Rate-Limit-Reset"]) <= 60
    assert "X-Rate-Limit-Remaining" in v1.get("/orders/999999999").headers  # errors count and carry them too


def test_v1_41st_request_in_a_window_is_429_then_the_window_resets(make_sandbox):
    box = make_sandbox(window_seconds=4)
    with httpx.Client(base_url=box.url, auth=(box.config.v1_key, box.config.v1_secret)) as v1:
        codes = [v1.get("/users").status_code for _ in range(40)]
        refused = v1.get("/users")
        assert codes == [200] * 40
        assert refused.status_code == 429
        assert refused.json() == {"message": "Too Many Requests"}
        assert refused.headers["X-Rate-Limit-Remaining"] == "0"
        wait = int(refused.headers["X-Rate-Limit-Reset"])
        assert 1 <= wait <= 4
        time.sleep(wait + 0.05)  # Reset counts whole seconds up to the window's end
        again = v1.get("/users")
        assert again.status_code == 200
        assert again.headers["X-Rate-Limit-Remaining"] == "39"


def test_v1_limit_is_per_key_pair(make_sandbox):
    box = make_sandbox(window_seconds=30)
    with httpx.Client(base_url=box.url + "/__sandbox") as admin:
        admin.post("/keys", json={"version": "v1", "key": "k2", "secret": "s2"}).raise_for_status()
    with httpx.Client(base_url=box.url, auth=(box.config.v1_key, box.config.v1_secret)) as first:
        for _ in range(40):
            first.get("/carriers")
        assert first.get("/carriers").status_code == 429
    assert httpx.get(box.url + "/carriers", auth=("k2", "s2")).status_code == 200


def test_v2_over_limit_is_429_with_retry_after_and_envelope(make_sandbox, v2_contract, contract_failures):
    from conftest import v2_client

    box = make_sandbox(window_seconds=2, v2_limit=5)
    with v2_client(box.url, box.config.v2_key, v2_contract, contract_failures) as v2:
        assert [v2.get("/v2/carriers").status_code for _ in range(5)] == [200] * 5
        refused = v2.get("/v2/carriers")
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 2
    error = refused.json()["errors"][0]
    assert (error["error_type"], error["error_code"]) == ("system", "rate_limit_exceeded")
    time.sleep(2.1)
    assert httpx.get(box.url + "/v2/carriers", headers={"API-Key": box.config.v2_key}).status_code == 200
