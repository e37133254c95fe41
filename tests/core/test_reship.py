"""Reship: a second label for a shipped V1 order, bought through V2 and journaled under the order.

V1 can't (createlabelfororder refuses a shipped order), so ShipDesk never tries it: the sandbox's V1
purchase count and ShipDesk's own call log both show the one V1 label only.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from core.test_customs import abroad_order, pdf_text, service
from core.test_purchase_journal import counters

from shipdesk.api.capabilities import SurfaceStatus, detect
from shipdesk.core.journal import BOUGHT
from shipdesk.core.purchase_errors import V1_CANNOT_RESHIP
from shipdesk.core.rate_catalog import RateCatalog, load_catalog
from shipdesk.core.rate_types import RateOption
from shipdesk.core.rating import rate_shipment, shipment_from_order
from shipdesk.core.reship import ReshipNotPossible, reship_blocker, reship_request
from shipdesk.core.session import Session
from shipdesk.core.shipping import AlreadyHasLabel, LabelRequest, OrderNotShippable, ShippingService
from shipdesk.sandbox import Sandbox


def v1_purchases(session: Session) -> int:
    assert session.v1 is not None
    return sum(1 for r in session.v1.call_log.last() if "createlabelfororder" in r.url.lower())


def v2_option(session: Session, catalog: RateCatalog, order_id: int) -> RateOption:
    """The cheapest V2 USPS rate for the order as it stands, as the Rates tab would show it."""
    assert session.v1 is not None
    order = session.v1.get_order(order_id)
    result = rate_shipment(session, catalog, shipment_from_order(order, catalog))
    return min((o for o in result.options if o.source == "V2" and o.carrier_code == "stamps_com"),
               key=lambda o: o.total)


def ship_with_v1(box: Sandbox, svc: ShippingService) -> tuple[int, str]:
    from api.v1_support import open_order_id

    order_id = open_order_id(box)
    entry = svc.buy_label(LabelRequest("v1", order_id=str(order_id), carrier="stamps_com",
                                       service="usps_priority_mail", package="package"))
    assert entry.state == BOUGHT and entry.tracking_number
    return order_id, entry.tracking_number


def test_a_shipped_order_gets_a_second_label_through_v2(box: Sandbox, session: Session) -> None:
    svc = service(session)
    order_id, v1_tracking = ship_with_v1(box, svc)
    assert session.v1 is not None
    order = session.v1.get_order(order_id)
    assert order.order_status == "shipped" and reship_blocker(session, order) is None
    catalog = load_catalog(session)
    option = v2_option(session, catalog, order_id)
    request = reship_request(session, catalog, order, option)

    with pytest.raises(AlreadyHasLabel) as caught:  # a reship costs money again: the packer must say so
        svc.buy_label(request)
    assert caught.value.existing == [v1_tracking]
    assert str(caught.value) == (f"Order {order.order_number} has already shipped ({v1_tracking}). A reship "
                                 "buys another label and costs money again: buy it only if you mean to.")
    assert counters(box)["labels_by_shipment"] == {}

    entry = svc.buy_label(request, allow_another=True)
    assert entry.state == BOUGHT and entry.api == "v2" and entry.tracking_number != v1_tracking
    assert (entry.order_id, entry.order_number) == (str(order_id), order.order_number)
    assert svc.journal.for_order("v2", str(order_id)) == [entry]  # History finds it under the order
    data = counters(box)
    assert data["labels_by_order"] == {str(order_id): 1} and sum(data["labels_by_shipment"].values()) == 1
    assert v1_purchases(session) == 1  # the first label only: no V1 attempt on the shipped order
    with box.world.lock:
        stored = box.world.v2_shipments[str(entry.shipment_id)]
        seeded = box.world.orders[order_id]
        warehouse = box.world.warehouses[seeded["advancedOptions"]["warehouseId"]]["originAddress"]
        assert stored["shipment_number"] == order.order_number
        assert (stored["ship_to"]["postal_code"], stored["ship_to"]["address_line1"]) == (
            seeded["shipTo"]["postalCode"], seeded["shipTo"]["street1"])
        assert stored["ship_from"]["postal_code"] == warehouse["postalCode"]
        assert Decimal(str(stored["packages"][0]["weight"]["value"])) == Decimal(str(seeded["weight"]["value"]))

    with pytest.raises(AlreadyHasLabel) as caught:  # a third label names both earlier ones
        svc.buy_label(request)
    assert set(caught.value.existing) == {v1_tracking, entry.tracking_number}


def test_v1_never_tries_a_shipped_order(box: Sandbox, session: Session) -> None:
    svc = service(session)
    order_id, _ = ship_with_v1(box, svc)
    with pytest.raises(OrderNotShippable) as caught:
        svc.buy_label(LabelRequest("v1", order_id=str(order_id), carrier="stamps_com",
                                   service="usps_priority_mail"), allow_another=True)
    assert caught.value.status == "shipped"
    assert str(caught.value).endswith(V1_CANNOT_RESHIP)
    assert v1_purchases(session) == 1 and counters(box)["labels_by_order"] == {str(order_id): 1}
    assert [e.state for e in svc.journal.all()] == [BOUGHT]  # no row for the refused attempt


def test_an_international_reship_carries_the_orders_customs(box: Sandbox, session: Session) -> None:
    svc = service(session)
    order_id = abroad_order(box, status="shipped")  # shipped outside ShipStation: no V1 label to list
    catalog = load_catalog(session)
    assert session.v1 is not None
    order = session.v1.get_order(order_id)
    request = reship_request(session, catalog, order, v2_option(session, catalog, order_id))
    assert request.customs is not None and request.ship_from_country == "US"
    with pytest.raises(AlreadyHasLabel) as caught:
        svc.buy_label(request)
    assert caught.value.existing == [] and "has already shipped. A reship buys another label" in str(caught.value)
    entry = svc.buy_label(request, allow_another=True)
    assert entry.state == BOUGHT and entry.form_bytes and entry.form_bytes.startswith(b"%PDF-")
    with box.world.lock:
        seeded = box.world.orders[order_id]["internationalOptions"]["customsItems"]
        products = box.world.v2_shipments[str(entry.shipment_id)]["packages"][0]["products"]
        assert [(p["description"], p["quantity"], p["harmonized_tariff_code"], p["country_of_origin"])
                for p in products] == [(c["description"], c["quantity"], c["harmonizedTariffCode"],
                                        c["countryOfOrigin"]) for c in seeded]
    assert all(c["description"] in pdf_text(entry.form_bytes) for c in seeded)


def test_without_a_v2_key_there_is_no_reship(box: Sandbox, session: Session) -> None:
    order_id, _ = ship_with_v1(box, service(session))
    catalog = load_catalog(session)
    option = v2_option(session, catalog, order_id)
    assert session.v1 is not None
    order = session.v1.get_order(order_id)
    v1_only = dataclasses.replace(session, v2=None)
    assert reship_blocker(v1_only, order) == V1_CANNOT_RESHIP
    with pytest.raises(ReshipNotPossible) as caught:
        reship_request(v1_only, catalog, order, option)
    assert str(caught.value) == (
        "ShipStation's V1 API cannot buy a second label for a shipped order; add a V2 API key (Settings \u2192 "
        "API keys) to reship from ShipDesk, or reship from ShipStation's web app.")
    caps = detect(session.v1, session.v2)
    session.capabilities = dataclasses.replace(caps, v2_shipping=SurfaceStatus(
        False, "Not included in the account's plan: the V2 shipping API is off.", "plan", 403))
    with pytest.raises(ReshipNotPossible) as caught:
        reship_request(session, catalog, order, option)
    assert "this V2 key can't buy labels: Not included in the account's plan" in str(caught.value)
    assert sum(counters(box)["labels_by_shipment"].values()) == 0


def test_an_order_that_has_not_shipped_is_labelled_the_usual_way(box: Sandbox, session: Session) -> None:
    from api.v1_support import open_order_id

    catalog = load_catalog(session)
    order_id = open_order_id(box)
    assert session.v1 is not None
    order = session.v1.get_order(order_id)
    with pytest.raises(ReshipNotPossible) as caught:
        reship_request(session, catalog, order, v2_option(session, catalog, order_id))
    assert str(caught.value) == f"Order {order.order_number} hasn't shipped yet: buy its label the usual way."
