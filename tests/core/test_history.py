"""The label history against the sandbox over HTTP: labels bought here, by another station and in
ShipStation itself all show, each once, with where they came from; tracking follows the sandbox's clock."""

from __future__ import annotations

from pathlib import Path

import httpx
from api.v1_support import make_client as v1_client
from api.v1_support import open_order_id
from api.v2_support import buy
from api.v2_support import make_client as v2_client
from core.test_purchase_journal import label_request, make_session
from history_support import Bench, by_tracking, v1_request

from shipdesk.core.db import Database
from shipdesk.core.history import (
    DELIVERED,
    ELSEWHERE,
    HERE,
    IN_TRANSIT,
    NOT_SCANNED,
    OTHER_STATION,
    TRACKING_NEEDS_V2,
    HistoryRow,
    LabelHistory,
    filter_rows,
)
from shipdesk.core.journal import LabelJournal
from shipdesk.core.shipping import ShippingService


def test_labels_from_here_another_station_and_shipstation_each_show_once(bench: Bench, tmp_path: Path) -> None:
    box, session = bench.box, bench.session
    other_session = make_session(box, tmp_path / "bench-3")
    web_v1, web_v2 = v1_client(box), v2_client(box)
    try:
        v1_here, v2_here = bench.buy("v1"), bench.buy("v2")
        # A second station on the same database (a shared profile) and one with its own database.
        shared = ShippingService(session, station="bench-2", reconcile_delays=(0.0,)).buy_label(v1_request(box))
        own_db = ShippingService(other_session, station="bench-3",
                                 reconcile_delays=(0.0,)).buy_label(label_request(box, other_session, "v2"))
        # ShipStation's web app (another client, straight to the API): one V1 order label, one V2 label.
        web_order = open_order_id(box)
        web_label_v1 = web_v1.create_label_for_order(web_order, "stamps_com", "usps_priority_mail",
                                                     package_code="package")
        web_label_v2 = buy(web_v2)

        history = bench.history(v1_page_size=2, v2_page_size=2).load()
        rows = history.rows
        assert history.failures == {}

        mine = by_tracking(rows, v1_here.tracking_number)
        assert (mine.source, mine.station, mine.api, mine.order_number) == (HERE, "bench-1", "v1", v1_here.order_number)
        assert mine.has_local_copy and mine.print_status == "pending" and mine.cost == v1_here.cost
        assert mine.shipment_id == v1_here.shipment_id and not mine.voided
        mine_v2 = by_tracking(rows, v2_here.tracking_number)
        assert (mine_v2.source, mine_v2.api, mine_v2.label_id) == (HERE, "v2", v2_here.label_id)
        assert mine_v2.tracking_status == NOT_SCANNED and mine_v2.tracking_url  # ShipStation's part of the row

        neighbour = by_tracking(rows, shared.tracking_number)
        assert (neighbour.source, neighbour.station) == (OTHER_STATION, "bench-2") and neighbour.has_local_copy
        # ShipStation alone knows this one, but its shipment carries ShipDesk's external id.
        remote_station = by_tracking(rows, own_db.tracking_number)
        assert (remote_station.source, remote_station.station) == (OTHER_STATION, None)
        assert not remote_station.has_local_copy and remote_station.entry is None

        web1 = by_tracking(rows, web_label_v1.tracking_number)
        assert (web1.source, web1.station, web1.api) == (ELSEWHERE, None, "v1")
        assert web1.order_number == f"NW-{web_order}" and web1.cost == str(web_label_v1.shipment_cost)
        assert not web1.has_local_copy and web1.print_status is None
        web2 = by_tracking(rows, web_label_v2.tracking_number)
        assert (web2.source, web2.label_id, web2.has_local_copy) == (ELSEWHERE, web_label_v2.label_id, False)

        # Every label ShipStation has from the last 30 days is there (read over pages of 2), none twice.
        with box.world.lock:
            v1_numbers = {s["trackingNumber"] for s in box.world.shipments.values()
                          if s["createDate"] >= history.since}
            v2_numbers = {lb["tracking_number"] for lb in box.world.v2_labels.values()}
        shown = [r.tracking_number for r in rows]
        assert len(shown) == len(set(shown))
        assert v1_numbers | v2_numbers == set(shown)
        assert len(v2_numbers) >= 3 and len(v1_numbers) >= 3  # more than one page of each
        assert rows == sorted(rows, key=lambda r: r.created_at, reverse=True)  # type: ignore[arg-type,return-value]
    finally:
        for client in (web_v1, web_v2):
            client.close()
        other_session.close()


def test_a_journal_alone_still_shows_when_shipstation_cannot_be_read(bench: Bench) -> None:
    entry = bench.buy("v1")
    httpx.post(bench.box.url + "/__sandbox/faults", timeout=10, json={
        "kind": "500", "method": "GET", "path": "/v2/labels", "times": None}).raise_for_status()
    history = bench.history().load()
    assert set(history.failures) == {"v2"}
    assert by_tracking(history.rows, entry.tracking_number).source == HERE
    # A journal-only reload (what a print or a purchase triggers) keeps ShipStation's rows read before.
    again = bench.history().load(remote=history.remote)
    assert [r.key for r in again.rows] == [r.key for r in history.rows]


def test_tracking_status_follows_shipstation(bench: Bench) -> None:
    v2_entry, v1_entry = bench.buy("v2"), bench.buy("v1")
    history = bench.history()
    row = bench.row(v2_entry)

    status = history.track(row)
    assert status.code == NOT_SCANNED and status.unavailable is None and status.tracking_url
    assert status.estimated_delivery is not None and status.delivered_at is None

    def advance(days: float) -> None:
        httpx.post(bench.box.url + "/__sandbox/clock", json={"advance_days": days}, timeout=10).raise_for_status()

    advance(1)
    status = history.track(row)
    assert (status.code, status.description) == (IN_TRANSIT, "In transit")
    advance(12)
    status = history.track(row)
    assert status.code == DELIVERED and status.delivered_at is not None
    assert bench.row(v2_entry).tracking_status == DELIVERED
    assert history.track(bench.row(v1_entry)).unavailable == TRACKING_NEEDS_V2  # V1 has no tracking call


def test_another_stations_rows_in_a_shared_database(bench: Bench, tmp_path: Path) -> None:
    shared_db = Database(tmp_path / "shared.db")
    journal = LabelJournal(shared_db)
    theirs = ShippingService(bench.session, journal, station="bench-2", reconcile_delays=(0.0,)).buy_label(
        bench.request("v1"))
    rows = LabelHistory(bench.session, journal, station="bench-1").load().rows
    row = by_tracking(rows, theirs.tracking_number)
    assert (row.source, row.station, row.entry and row.entry.id) == (OTHER_STATION, "bench-2", theirs.id)
    # From bench-2's side the same row is its own.
    rows = LabelHistory(bench.session, journal, station="bench-2").load().rows
    assert by_tracking(rows, theirs.tracking_number).source == HERE
    shared_db.close()


def test_filter_by_order_number_or_tracking() -> None:
    def row(order: str | None, tracking: str | None) -> HistoryRow:
        return HistoryRow(api="v1", source=HERE, order_number=order, tracking_number=tracking, carrier=None,
                          service=None, cost=None, created_at=None, station=None, shipment_id=None, label_id=None,
                          voided=False)

    rows = [row("NW-100231", "9400 1118 9922 3397"), row("1001", "1Z999AA10123456784"), row(None, None)]
    assert filter_rows(rows, "") == rows
    assert filter_rows(rows, "nw-1002") == [rows[0]]
    assert filter_rows(rows, "#1001") == [rows[1]]
    assert filter_rows(rows, "1z999aa1") == [rows[1]]
    assert filter_rows(rows, "94001118") == [rows[0]]  # spaces in a scanned number don't matter
    assert filter_rows(rows, "nothing") == []
