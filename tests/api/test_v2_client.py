"""V2Client rates, labels and shipments against the sandbox over loopback: every call once, the parsed
result compared with what the sandbox sent and what it now holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from api.v2_support import assert_same, buy, customer, last_body, shipment

from shipdesk.api.errors import NotFound
from shipdesk.api.v2.models import Dimensions, Label, Weight


def _usps(client) -> str:
    return next(c.carrier_id for c in client.list_carriers().carriers if c.carrier_code == "stamps_com")


def test_rates_for_a_shipment_object_an_id_and_an_estimate(v2c, v2_raw):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    usps = _usps(v2c)
    rated = v2c.get_rates(shipment(warehouse, external_id="rate-1"), carrier_ids=[usps],
                          service_codes=["usps_priority_mail", "usps_ground_advantage"])
    assert_same(rated, last_body(v2c))
    response = rated.rate_response
    assert response.status == "completed" and response.shipment_id == rated.shipment_id
    assert {r.service_code for r in response.rates} == {"usps_priority_mail", "usps_ground_advantage"}
    cheapest = response.cheapest()
    assert cheapest is not None and isinstance(cheapest.total, Decimal) and cheapest.total > 0
    assert cheapest.total == min(r.total for r in response.rates)
    assert rated.created_at is not None and rated.created_at.tzinfo is not None

    # By id, with no carrier_ids: every carrier of the account is asked.
    again = v2c.get_rates(rated.shipment_id)
    assert {r.carrier_code for r in again.rate_response.rates} == {"stamps_com", "ups", "fedex"}

    one = v2c.get_rate(cheapest.rate_id)
    assert_same(one, v2_raw.get(f"/v2/rates/{cheapest.rate_id}").json())
    assert one.total == cheapest.total and one.service_code == cheapest.service_code

    latest = v2c.get_shipment_rates(rated.shipment_id)
    assert_same(latest, last_body(v2c))
    assert [r.rate_id for r in latest.rates] == [r.rate_id for r in again.rate_response.rates]

    estimates = v2c.estimate_rates(
        from_country_code="US", from_postal_code="78701", from_city_locality="Austin", from_state_province="TX",
        to_country_code="US", to_postal_code="11201", to_city_locality="Brooklyn", to_state_province="NY",
        weight=Weight(value=Decimal(2), unit="pound"), ship_date=date.today(),
        dimensions=Dimensions(length=Decimal(10), width=Decimal(6), height=Decimal(4)), carrier_ids=[usps])
    assert_same(estimates, last_body(v2c))
    assert estimates and all(e.carrier_id == usps and e.total > 0 for e in estimates)
    assert all("rate_id" not in e.model_dump(exclude_unset=True) for e in estimates)


def test_label_purchases_reads_void_return_track_and_downloads(v2c, v2_raw, admin):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    usps = _usps(v2c)

    # 1. From a shipment object (carrier and service set), as ZPL.
    direct = v2c.create_label(shipment(warehouse, external_id="lbl-obj", carrier_id=usps,
                                       service_code="usps_priority_mail"), label_format="zpl")
    assert_same(direct, last_body(v2c))
    assert direct.status == "completed" and direct.label_format == "zpl" and direct.voided is False
    assert direct.shipment_cost is not None and direct.shipment_cost.amount > 0
    assert isinstance(direct.shipment_cost.amount, Decimal)
    zpl = v2c.download_label(direct)
    assert zpl.startswith(b"^XA") and direct.tracking_number is not None
    assert direct.tracking_number.encode() in zpl

    # 2. From a stored shipment.
    created = v2c.create_shipments([shipment(warehouse, external_id="lbl-shp", carrier_id=usps,
                                             service_code="usps_ground_advantage")])
    from_shipment = v2c.create_label_from_shipment(created.shipments[0].shipment_id, label_layout="letter")
    assert from_shipment.shipment_id == created.shipments[0].shipment_id
    assert from_shipment.service_code == "usps_ground_advantage" and from_shipment.label_layout == "letter"

    # 3. From a rate.
    from_rate = buy(v2c, external_id="lbl-rate")
    assert from_rate.external_shipment_id == "lbl-rate"
    counters = admin.get("/counters").json()["labels_by_shipment"]
    assert all(counters[lb.shipment_id] == 1 for lb in (direct, from_shipment, from_rate))

    # Reading: one label, a filtered list, then the inline form of the same label.
    got = v2c.get_label(from_rate.label_id)
    assert_same(got, v2_raw.get(f"/v2/labels/{from_rate.label_id}").json())
    assert got.tracking_number == from_rate.tracking_number and got.created_at is not None
    listed = v2c.list_labels(shipment_id=from_shipment.shipment_id, label_status="completed")
    assert_same(listed, last_body(v2c))
    assert [lb.label_id for lb in listed.labels] == [from_shipment.label_id] and listed.total == 1
    inline = v2c.get_label(from_rate.label_id, label_download_type="inline")
    assert inline.label_download is not None and inline.label_download.is_inline
    assert v2c.download_label(inline).startswith(b"%PDF")  # decoded, no second request
    assert v2c.download_label(inline, "png").startswith(b"\x89PNG")  # other format: re-read with URLs
    assert v2c.download_label(from_rate.label_id, "pdf").startswith(b"%PDF")
    bare = Label(label_id=from_rate.label_id, label_format="pdf")  # e.g. kept from a list without links
    assert v2c.download_label(bare, "zpl").startswith(b"^XA")
    with pytest.raises(NotFound):
        v2c.download_label(Label(label_id="se-999"))

    tracking = v2c.track_label(from_rate.label_id)
    assert_same(tracking, last_body(v2c))
    assert tracking.tracking_number == from_rate.tracking_number and tracking.events

    returned = v2c.create_return_label(from_rate.label_id, label_format="pdf")
    assert returned.is_return_label is True and returned.label_id != from_rate.label_id
    origin = v2c.get_warehouse(warehouse).origin_address
    assert returned.ship_to is not None and origin is not None
    assert returned.ship_to.postal_code == origin.postal_code

    voided = v2c.void_label(direct.label_id)
    assert voided.approved is True and voided.reason_code is None
    after = v2c.get_label(direct.label_id)
    assert after.voided is True and after.status == "voided"
    assert after.voided_at is not None and after.voided_at.tzinfo is not None
    twice = v2c.void_label(direct.label_id)
    assert twice.approved is False and twice.reason_code == "label_already_voided"


def test_label_list_walks_every_page(v2c):
    bought = {buy(v2c).label_id for _ in range(5)}
    first = v2c.list_labels(page_size=2, sort_dir="asc")
    assert (first.total, first.pages, first.page) == (5, 3, 1) and len(first.labels) == 2
    assert first.next_href() is not None
    walked = [lb.label_id for lb in v2c.iter_labels(page_size=2, sort_dir="asc")]
    assert len(walked) == 5 and set(walked) == bought
    pages = [r for r in v2c.call_log.last() if r.action == "List labels"][-3:]
    assert [r.url.split("page=")[-1][:1] for r in pages] == ["1", "2", "3"]


def test_shipments_create_list_find_cancel_and_tag(v2c, v2_raw):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    result = v2c.create_shipments([shipment(warehouse, external_id="shp-a"),
                                   shipment(warehouse, external_id="shp-b", ounces=40)])
    assert_same(result, last_body(v2c))
    assert result.has_errors is False and [s.shipment_status for s in result.shipments] == ["pending"] * 2
    a, b = result.shipments

    flagged = v2c.create_shipments([shipment(warehouse, validate_address="validate_only").model_copy(
        update={"ship_to": customer(postal_code="1120")})])
    assert flagged.has_errors is True and flagged.shipments[0].errors
    validation = flagged.shipments[0].address_validation
    assert validation is not None and validation.status == "error"

    got = v2c.get_shipment(a.shipment_id)
    assert_same(got, v2_raw.get(f"/v2/shipments/{a.shipment_id}").json())
    assert got.external_shipment_id == "shp-a" and got.ship_to is not None and got.ship_to.postal_code == "11201"
    assert got.total_weight is not None and got.total_weight.value == Decimal(12)
    found = v2c.get_shipment_by_external_id("shp-b")
    assert found.shipment_id == b.shipment_id

    page = v2c.list_shipments(shipment_status="pending", page_size=2, sort_dir="asc")
    assert_same(page, last_body(v2c))
    assert page.total == 3 and page.pages == 2
    assert {s.shipment_id for s in v2c.iter_shipments(shipment_status="pending", page_size=2)} == {
        a.shipment_id, b.shipment_id, flagged.shipments[0].shipment_id}

    v2c.create_tag("Check seal")
    tagged = v2c.add_shipment_tag(a.shipment_id, "Check seal")
    assert tagged.shipment_id == a.shipment_id and tagged.tag.name == "Check seal"
    assert [t.name for t in v2c.get_shipment(a.shipment_id).tags] == ["Check seal"]
    assert v2c.remove_shipment_tag(a.shipment_id, "Check seal") is None
    assert v2c.get_shipment(a.shipment_id).tags == []

    assert v2c.cancel_shipment(b.shipment_id) is None
    assert v2c.get_shipment(b.shipment_id).shipment_status == "cancelled"
    assert [s.shipment_id for s in v2c.iter_shipments(shipment_status="cancelled")] == [b.shipment_id]
