"""V2 return labels against the sandbox: journaled like a purchase, bought once, and a lost answer is
reconciled with ShipStation instead of being sent again."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from api.v2_support import buy
from api.v2_support import make_client as v2_client
from history_support import Bench

from shipdesk.core.journal import BOUGHT, RECONCILED_BOUGHT, RECONCILED_NONE, JournalEntry
from shipdesk.core.returns import ReturnLabels, ReturnRequest, return_request
from shipdesk.core.shipping import AlreadyHasLabel, LabelNotBought, PurchaseError, ShippingService, recover
from shipdesk.core.voiding import void_label


def return_labels(bench: Bench, outbound: JournalEntry) -> list[dict[str, Any]]:
    """What the sandbox sold as returns of this label (its own records, not through the client)."""
    with bench.box.world.lock:
        return [dict(lb) for lb in bench.box.world.v2_labels.values()
                if lb["_outbound_label_id"] == outbound.label_id and lb["is_return_label"]]


def fault(bench: Bench, kind: str, outbound: JournalEntry) -> None:
    httpx.post(bench.box.url + "/__sandbox/faults", timeout=10, json={
        "kind": kind, "method": "POST", "path": f"/v2/labels/{outbound.label_id}/return", "times": 1},
    ).raise_for_status()


def asked(bench: Bench, outbound: JournalEntry, fmt: str = "pdf", print_on_purchase: bool = False) -> ReturnRequest:
    return return_request(bench.row(outbound), label_format=fmt, print_on_purchase=print_on_purchase)


def test_return_label_is_journaled_and_bought_once(bench: Bench) -> None:
    sent = bench.buy("v2")
    returns = ReturnLabels(bench.service)

    entry = returns.buy_return(asked(bench, sent, "zpl", print_on_purchase=True))
    assert entry.state == BOUGHT and entry.return_for == sent.label_id and entry.api == "v2"
    assert (entry.order_id, entry.order_number, entry.station) == (sent.order_id, sent.order_number, "bench-1")
    assert entry.label_format == "zpl" and entry.label_bytes and entry.label_bytes.startswith(b"^XA")
    assert entry.print_on_purchase and entry.tracking_number and entry.cost
    [sold] = return_labels(bench, sent)
    assert sold["label_id"] == entry.label_id and sold["tracking_number"] == entry.tracking_number

    with pytest.raises(AlreadyHasLabel) as again:
        returns.buy_return(asked(bench, sent))
    assert entry.tracking_number in str(again.value)
    assert len(return_labels(bench, sent)) == 1
    # The outbound label is still the order's one label; the return is a row of its own in the history.
    assert bench.row(entry).is_return and not bench.row(sent).is_return
    with pytest.raises(AlreadyHasLabel):
        bench.service.buy_label(bench.request("v2"))  # same order: its label is still the outbound one
    # Once the outbound label is void the order can be labelled again: its return label is not "the" label.
    assert void_label(bench.session, bench.row(sent)).voided
    assert bench.service.buy_label(bench.request("v2")).state == BOUGHT


def test_reset_on_the_return_call_is_checked_not_resent(bench: Bench) -> None:
    sent = bench.buy("v2")
    returns = ReturnLabels(bench.service)
    fault(bench, "reset", sent)
    with pytest.raises(LabelNotBought) as caught:
        returns.buy_return(asked(bench, sent))
    assert caught.value.entry is not None and caught.value.entry.state == RECONCILED_NONE
    assert caught.value.entry.return_for == sent.label_id
    assert return_labels(bench, sent) == []  # the reset came before ShipStation bought it
    entry = returns.buy_return(asked(bench, sent))  # the packer's explicit retry
    assert entry.state == BOUGHT and len(return_labels(bench, sent)) == 1


def test_a_lost_answer_after_the_purchase_is_reconciled(bench: Bench) -> None:
    sent = bench.buy("v2")
    with v2_client(bench.box) as web:  # noise the reconcile must not claim: another label's return, same customer
        web.create_return_label(buy(web).label_id)
    returns = ReturnLabels(bench.service)
    request = asked(bench, sent)
    fault(bench, "commit_then_drop", sent)
    entry = returns.buy_return(request)
    [sold] = return_labels(bench, sent)
    assert entry.state == RECONCILED_BOUGHT and entry.label_id == sold["label_id"]
    assert entry.label_bytes and entry.label_bytes.startswith(b"%PDF-")  # V2 sends the file again
    with pytest.raises(AlreadyHasLabel):
        returns.buy_return(request)
    assert len(return_labels(bench, sent)) == 1


def test_a_crash_during_the_return_call_is_recovered_at_start_up(bench: Bench) -> None:
    sent = bench.buy("v2")

    class Crash(BaseException):
        pass

    def crash(_entry: JournalEntry) -> None:
        raise Crash  # the process dies after ShipStation answered, before the answer is stored

    crashing = ShippingService(bench.session, station="bench-1", after_call=crash)
    with pytest.raises(Crash):
        ReturnLabels(crashing).buy_return(asked(bench, sent, print_on_purchase=True))
    [left] = [e for e in bench.service.journal.all() if e.return_for]
    assert left.state == "intent"
    [recovered] = recover(bench.session, bench.service.journal, station="bench-1", reconcile_delays=(0.0,))
    assert recovered.state == RECONCILED_BOUGHT and recovered.return_for == sent.label_id
    assert [lb["label_id"] for lb in return_labels(bench, sent)] == [recovered.label_id]


def test_return_labels_need_a_live_v2_label(bench: Bench) -> None:
    sent, v1_label = bench.buy("v2"), bench.buy("v1")
    request = asked(bench, sent)
    assert void_label(bench.session, bench.row(sent)).voided
    with pytest.raises(PurchaseError, match="voided"):
        ReturnLabels(bench.service).buy_return(request)
    assert return_labels(bench, sent) == []
    assert [e for e in bench.service.journal.all() if e.return_for] == []  # refused before any intent row
    with pytest.raises(PurchaseError, match="V2"):
        asked(bench, v1_label)
