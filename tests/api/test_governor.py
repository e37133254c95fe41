"""The rate governor: waits before ShipStation would refuse, learns from headers, honours Retry-After."""

import threading
import time

import pytest

from shipdesk.api.errors import RateLimited
from shipdesk.api.governor import RateGovernor


class FakeTime:
    def __init__(self):
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def v1_headers(remaining, reset, limit=40):
    return {"x-rate-limit-limit": str(limit), "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(reset)}


def test_waits_for_the_window_when_remaining_reaches_zero():
    t = FakeTime()
    gov = RateGovernor("t", t.clock, t.sleep)
    heard = []
    gov.subscribe(lambda wait, text: heard.append(text))
    gov.acquire(60)
    gov.observe(200, v1_headers(remaining=0, reset=20))
    gov.acquire(60)  # must wait out the window, not be refused
    assert t.slept and 20 <= t.slept[0] <= 20.1
    assert heard == ["waiting 20 s for ShipStation's rate limit"]


def test_the_tightest_reset_bound_wins():
    t = FakeTime()
    gov = RateGovernor("t", t.clock, t.sleep)
    gov.observe(200, v1_headers(remaining=5, reset=30))  # window ends by 1030
    t.now += 0.7
    gov.observe(200, v1_headers(remaining=0, reset=30))  # ends by 1030.7: the first bound is tighter
    gov.acquire(60)
    assert t.slept[0] == pytest.approx(30.0 - 0.7 + 0.02, abs=0.01)


def test_refuses_with_rate_limited_when_the_wait_is_longer_than_the_caller_allows():
    t = FakeTime()
    gov = RateGovernor("t", t.clock, t.sleep)
    gov.observe(200, v1_headers(remaining=0, reset=45))
    with pytest.raises(RateLimited) as err:
        gov.acquire(max_wait=10)
    assert err.value.retry_after == pytest.approx(45, abs=0.1)
    assert "45 s" in str(err.value)
    assert t.slept == []


def test_retry_after_on_a_429_holds_every_caller():
    t = FakeTime()
    gov = RateGovernor("t", t.clock, t.sleep)
    assert gov.observe(429, {"retry-after": "7"}) == 7
    gov.acquire(60)
    assert t.slept[0] == pytest.approx(7.02, abs=0.01)


def test_fresh_window_after_the_reset_moment():
    t = FakeTime()
    gov = RateGovernor("t", t.clock, t.sleep)
    gov.observe(200, v1_headers(remaining=0, reset=10))
    t.now += 11
    gov.acquire(0)  # no wait: the window turned over
    assert t.slept == []
    assert gov.state()["remaining"] == 39


def test_concurrent_acquires_never_overspend_a_known_budget():
    gov = RateGovernor("t")
    gov.observe(200, v1_headers(remaining=10, reset=60))
    granted = []

    def worker():
        try:
            gov.acquire(max_wait=0.5)
            granted.append(1)
        except RateLimited:
            pass

    threads = [threading.Thread(target=worker) for _ in range(30)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(granted) == 10


def test_state_reports_what_it_knows():
    t = FakeTime()
    gov = RateGovernor("t", t.clock, t.sleep)
    assert gov.state()["remaining"] is None
    gov.observe(200, v1_headers(remaining=12, reset=33))
    state = gov.state()
    assert state["limit"] == 40 and state["remaining"] == 12
    assert state["reset_in_seconds"] == pytest.approx(33, abs=0.1)


def test_real_clock_smoke():
    gov = RateGovernor("t")
    gov.observe(200, v1_headers(remaining=0, reset=1))
    started = time.monotonic()
    gov.acquire(5)
    assert 0.9 <= time.monotonic() - started <= 1.5
