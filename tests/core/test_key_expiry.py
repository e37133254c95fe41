"""Expiry decisions on the app's clock (thresholds, once-a-day dialogs, the countdown), what a refusal
means, and checking a pasted key with a real local ShipStation."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import date, datetime, timedelta

from shipdesk.api.calllog import CallLog
from shipdesk.api.credentials import V1Credentials, V2Credentials
from shipdesk.api.transport import TransportSettings
from shipdesk.core.key_expiry import THRESHOLDS, alerts, countdown, dialog_due, threshold
from shipdesk.core.key_refusal import judge
from shipdesk.core.key_verify import verify
from shipdesk.core.keys import KeyRecord

EXPIRES = date(2031, 6, 30)


def record(key_id: str = "a", api: str = "v1", active: bool = True, expires: date = EXPIRES,
           **kw: object) -> KeyRecord:
    fields = {"id": key_id, "name": f"Key {key_id}", "api": api, "created_on": date(2031, 1, 1),
              "expires_on": expires, "last4": "1234", "active": active,
              "added_at": datetime(2031, 1, 1).astimezone(), "verified_at": None, "warned_days": None,
              "warned_on": None, **kw}
    return KeyRecord(**fields)  # type: ignore[arg-type]


def test_thresholds_are_30_14_7_and_1_days():
    assert THRESHOLDS == (30, 14, 7, 1)
    assert [threshold(d) for d in (31, 30, 15, 14, 8, 7, 2, 1, 0)] == [None, 30, 30, 14, 14, 7, 7, 1, 1]


def test_a_dialog_at_each_threshold_once_and_never_twice_a_day():
    key = record()
    shown: list[tuple[date, int]] = []
    day = EXPIRES - timedelta(days=40)
    while day < EXPIRES:
        due = dialog_due([key], day)
        assert len(due) <= 1
        if due:
            shown.append((day, due[0].threshold))
            key = replace(key, warned_days=due[0].threshold, warned_on=day)  # what the UI records
        day += timedelta(days=1)
    assert shown == [(EXPIRES - timedelta(days=t), t) for t in THRESHOLDS]
    # the app started late: 20 days, then 6 — one dialog per day even when two thresholds were passed
    late = record()
    first = dialog_due([late], EXPIRES - timedelta(days=6))
    assert [a.threshold for a in first] == [7]
    warned = replace(late, warned_days=7, warned_on=EXPIRES - timedelta(days=6))
    assert dialog_due([warned], EXPIRES - timedelta(days=6)) == []
    assert dialog_due([warned, record("b", "v2", expires=EXPIRES)], EXPIRES - timedelta(days=6)) == []
    assert [a.record.id for a in dialog_due([warned, record("b", "v2")], EXPIRES - timedelta(days=5))] == ["b"]


def test_banner_lines_and_the_status_bar_countdown():
    keys = [record("a", expires=EXPIRES), record("b", "v2", expires=EXPIRES + timedelta(days=100))]
    today = EXPIRES - timedelta(days=23)
    assert [p.text for p in countdown(keys, today)] == ["V1 key: 23 days left", "V2 key: 123 days left"]
    assert [a.words().text for a in alerts(keys, today)] == [
        "The V1 key Key a (…1234) expires in 23 days, on 2031-06-30. Rotate it before then: Settings → API keys → "
        "Rotate."]
    assert [p.text for p in countdown(keys, EXPIRES - timedelta(days=1))][0] == "V1 key expires tomorrow"
    assert [p.text for p in countdown(keys, EXPIRES)][0] == "V1 key expired on 2031-06-30"
    assert "expired on 2031-06-30" in alerts(keys, EXPIRES)[0].words().text
    assert dialog_due(keys, EXPIRES) == []  # an expired key gets the wizard, not a warning
    assert countdown([record(active=False)], today) == []


def test_a_refusal_is_expired_by_date_or_by_shipstations_word_and_offers_a_live_second_pair():
    old, spare = record("a"), record("b", active=False, expires=EXPIRES + timedelta(days=180))
    late = judge([old, spare], "v1", EXPIRES + timedelta(days=1))
    assert late.expired and late.refused == old and late.spare == spare
    assert late.reason.text == "ShipStation refused the V1 key Key a (…1234): it expired on 2031-06-30."
    early = judge([old, spare], "v1", EXPIRES - timedelta(days=90), message="not accepted")
    assert not early.expired and "deleted or regenerated" in early.reason.text and early.spare == spare
    assert judge([old], "v1", EXPIRES - timedelta(days=90), said_expired=True).expired
    dead_spare = replace(spare, expires_on=EXPIRES - timedelta(days=1))
    assert judge([old, dead_spare], "v1", EXPIRES).spare is None
    assert judge([old, spare], "v2", EXPIRES).spare is None  # a V1 pair never stands in for V2


QUICK = TransportSettings(retries=0, backoff=0.01, max_wait=5)


def test_verify_asks_shipstation_and_names_what_works(make_sandbox):
    box = make_sandbox(orders=5, plan="inventory_only")
    cfg = box.config
    log = CallLog()
    good = verify(V1Credentials(cfg.v1_key, cfg.v1_secret), v1_base_url=box.url, v2_base_url=box.url,
                  call_log=log, settings=QUICK)
    assert good.ok and "plan leaves this API out" in good.words.text  # genuine key, plan without V1
    v2 = verify(V2Credentials(cfg.v2_key), v1_base_url=box.url, v2_base_url=box.url, settings=QUICK)
    assert v2.ok and v2.words.text == "ShipStation accepted the key. It works for: V2 Inventory API."
    wrong = verify(V1Credentials(cfg.v1_key, "not-the-secret"), v1_base_url=box.url, v2_base_url=box.url,
                   call_log=log, settings=QUICK)
    assert not wrong.ok and wrong.refused and "refused this key, so it was not saved" in wrong.words.text
    assert any(r.status == 401 for r in log.last()) and all("not-the-secret" not in str(r) for r in log.last())
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    offline = verify(V2Credentials(cfg.v2_key), v1_base_url=closed, v2_base_url=closed, settings=QUICK)
    assert not offline.ok and not offline.refused and "could not check the key" in offline.words.text
