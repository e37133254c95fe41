"""Voiding against the sandbox: ShipStation's answer is kept in its own words, and a voided label stops
counting as the order's label, so the order can be bought again without the "already has a label" question."""

from __future__ import annotations

import httpx
import pytest
from api.v1_support import make_client as v1_client
from core.test_purchase_journal import labels_bought
from history_support import Bench

from shipdesk.core.journal import BOUGHT
from shipdesk.core.shipping import AlreadyHasLabel
from shipdesk.core.voiding import void_label

ANSWERS = {"v1": "Label voided successfully", "v2": "Request for refund submitted.  This label has been voided."}


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_void_then_buy_again_without_the_question(bench: Bench, api: str) -> None:
    request = bench.request(api)
    first = bench.service.buy_label(request)
    with pytest.raises(AlreadyHasLabel):
        bench.service.buy_label(request)

    answer = void_label(bench.session, bench.row(first))
    assert (answer.approved, answer.voided, answer.message, answer.reason_code) == (True, True, ANSWERS[api], None)
    assert answer.entry is not None and answer.entry.voided_at is not None
    assert answer.entry.void_message == ANSWERS[api] and not answer.entry.active
    assert bench.row(first).voided

    again = bench.service.buy_label(request)  # no question this time: the only label is void
    assert again.state == BOUGHT and again.tracking_number != first.tracking_number
    assert labels_bought(bench.box, api, request) == 2


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_a_refused_void_shows_shipstations_reason(bench: Bench, api: str) -> None:
    row = bench.row(bench.buy(api))
    assert void_label(bench.session, row).approved
    # Asked again (a second packer, a stale screen): ShipStation refuses, and says why.
    answer = void_label(bench.session, row)
    assert not answer.approved and answer.message == "This label has already been voided."
    assert answer.reason_code == (None if api == "v1" else "label_already_voided")
    assert answer.voided and answer.entry is not None and answer.entry.voided_at is not None
    assert answer.entry.void_message == "This label has already been voided."


def test_a_scanned_label_cannot_be_voided_and_still_counts(bench: Bench) -> None:
    request = bench.request("v2")
    entry = bench.service.buy_label(request)
    httpx.post(bench.box.url + "/__sandbox/clock", json={"advance_days": 1}, timeout=10).raise_for_status()
    answer = void_label(bench.session, bench.row(entry))
    assert (answer.approved, answer.voided, answer.reason_code) == (False, False, "label_already_used")
    assert answer.message == "The carrier has already scanned this package; it cannot be voided."
    assert answer.entry is not None and answer.entry.voided_at is None and answer.entry.active
    assert answer.entry.void_message == answer.message
    with pytest.raises(AlreadyHasLabel):
        bench.service.buy_label(request)
    assert labels_bought(bench.box, "v2", request) == 1


def test_a_void_made_in_shipstation_is_noted_in_the_journal(bench: Bench) -> None:
    request = bench.request("v1")
    entry = bench.service.buy_label(request)
    with v1_client(bench.box) as web:
        assert web.void_label(int(entry.shipment_id or 0)).approved  # voided in the web app
    row = bench.row(entry)
    assert row.voided and row.entry is not None and row.entry.voided_at is not None
    assert not bench.service.journal.get(entry.id).active
    assert bench.service.buy_label(request).state == BOUGHT
