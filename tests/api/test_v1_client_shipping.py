"""V1Client shipping against the running sandbox: labels, voids, rates, shipment lists, carriers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from api.v1_support import open_order_id, ship_from, ship_to

from shipdesk.api.v1.models import InsuranceOptions, Weight
from shipdesk.sandbox.catalog import carrier_by_code
from shipdesk.sandbox.pricing import quote, zone


def labels_for(sandbox, order_id):
    return sandbox.world.counters.labels_by_order[order_id]


def test_label_for_an_order_is_bought_listed_and_voided(sandbox, v1c):
    order_id = open_order_id(sandbox)
    balance_before = v1c.get_carrier("stamps_com").balance
    label = v1c.create_label_for_order(order_id, "stamps_com", "usps_priority_mail", package_code="package",
                                       ship_date=date(2025, 3, 10))
    assert label.pdf_bytes().startswith(b"%PDF-") and label.form_pdf_bytes() is None
    stored = sandbox.world.shipments[label.shipment_id]
    assert (label.tracking_number, label.shipment_cost) == (stored["trackingNumber"], stored["shipmentCost"])
    assert labels_for(sandbox, order_id) == 1 and sandbox.world.orders[order_id]["orderStatus"] == "shipped"
    assert v1c.get_carrier("stamps_com").balance == balance_before - label.shipment_cost  # type: ignore[operator]

    (listed,) = v1c.list_shipments(order_id=order_id).shipments
    assert listed.shipment_id == label.shipment_id and listed.label_data is None  # lists carry no files
    assert listed.ship_date == date(2025, 3, 10) and listed.create_date == stored["createDate"]
    assert listed.advanced_options is not None and listed.advanced_options.store_id is not None

    void = v1c.void_label(label.shipment_id)
    assert void.approved is True
    again = v1c.list_shipments(order_id=order_id).shipments[0]
    assert again.voided is True and again.void_date == sandbox.world.shipments[label.shipment_id]["voidDate"]
    assert v1c.void_label(label.shipment_id).approved is False  # a second void is refused, not an error


def test_international_label_carries_a_customs_form(sandbox, v1c):
    order_id = open_order_id(sandbox, international=True)
    label = v1c.create_label_for_order(order_id, "stamps_com", "usps_first_class_mail_international",
                                       ship_date=date(2025, 3, 10))
    assert label.pdf_bytes().startswith(b"%PDF-")
    form = label.form_pdf_bytes()
    assert form is not None and form.startswith(b"%PDF-")


def test_test_label_is_not_charged_or_kept(sandbox, v1c):
    order_id = open_order_id(sandbox)
    label = v1c.create_label_for_order(order_id, "ups", "ups_ground", test_label=True)
    assert label.pdf_bytes().startswith(b"%PDF-") and label.shipment_cost == 0
    assert labels_for(sandbox, order_id) == 0 and label.shipment_id not in sandbox.world.shipments


def test_create_label_without_an_order(sandbox, v1c):
    before = len(sandbox.world.shipments)
    shipment = v1c.create_label("ups", "ups_ground", "package", ship_date=date(2025, 3, 11),
                                weight=Weight(value=Decimal("2"), units="pounds"), ship_from=ship_from(),
                                ship_to=ship_to(), confirmation="delivery",
                                insurance_options=InsuranceOptions(provider="carrier", insure_shipment=True,
                                                                   insured_value=Decimal("200")))
    assert shipment.pdf_bytes().startswith(b"%PDF-") and shipment.tracking_number.startswith("1Z")  # type: ignore[union-attr]
    assert len(sandbox.world.shipments) == before + 1
    stored = sandbox.world.shipments[shipment.shipment_id]
    assert shipment.order_id is None and shipment.insurance_cost == stored["insuranceCost"] > 0
    assert shipment.weight == Weight(value=Decimal("2"), units="pounds", weight_units=0)
    listed = v1c.list_shipments(tracking_number=stored["trackingNumber"]).shipments
    assert [s.shipment_id for s in listed] == [shipment.shipment_id]


def test_rates_match_the_price_list_and_skip_ground_saver(sandbox, v1c):
    ups = carrier_by_code("ups")
    assert ups is not None
    weight = Weight(value=Decimal("20"), units="ounces")
    rows = v1c.get_rates("ups", from_postal_code="78701", to_country="US", to_postal_code="10001", to_state="NY",
                         weight=weight, package_code="package")
    codes = [r.service_code for r in rows]
    assert "ups_ground_saver" not in codes  # V1 never rates it, though listservices lists it
    assert "ups_ground_saver" in {s.code for s in v1c.list_services("ups")}
    assert set(codes) == {s.code for s in ups.services if s.domestic and s.rated}
    ground = next(r for r in rows if r.service_code == "ups_ground")
    expected = quote(ups, ups.service("ups_ground"), ups.package("package"), 20, zone("78701", "10001", "US"), None)  # type: ignore[arg-type]
    assert (ground.shipment_cost, ground.other_cost) == (expected.shipment_cost, expected.other_cost)
    assert ground.total == expected.shipment_cost + expected.other_cost

    per_package = v1c.get_rates("stamps_com", from_postal_code="78701", to_country="US", to_postal_code="10001",
                                weight=weight, service_code="usps_priority_mail")
    assert len(per_package) > 1 and {r.service_code for r in per_package} == {"usps_priority_mail"}
    assert all(" - " in (r.service_name or "") for r in per_package)  # the package is in the name


def test_shipment_pages_filters_and_items(sandbox, v1c):
    seeded = list(sandbox.world.shipments.values())
    ids = [s.shipment_id for s in v1c.iter_shipments(page_size=5)]
    assert len(ids) == len(set(ids)) == len(seeded) > 5
    assert set(ids) == {s["shipmentId"] for s in seeded}
    page = v1c.list_shipments(include_shipment_items=True, sort_by="CreateDate", sort_dir="DESC", page_size=3)
    assert page.total == len(seeded) and len(page.items) == 3
    newest = max(seeded, key=lambda s: s["createDate"])
    assert page.items[0].shipment_id == newest["shipmentId"] and page.items[0].create_date == newest["createDate"]
    order = sandbox.world.orders[newest["orderId"]]
    assert [i.sku for i in page.items[0].shipment_items or []] == [i["sku"] for i in order["items"]]
    assert v1c.list_shipments(page_size=3).items[0].shipment_items is None
    day = newest["shipDate"]
    on_day = v1c.list_shipments(ship_date_start=day, ship_date_end=day, page_size=500)
    assert {s.shipment_id for s in on_day.items} == {s["shipmentId"] for s in seeded if s["shipDate"] == day}


def test_carrier_catalogue(sandbox, v1c):
    carriers = v1c.list_carriers()
    assert {c.code for c in carriers} >= {"stamps_com", "ups", "fedex"}
    stamps = v1c.get_carrier("stamps_com")
    assert stamps.requires_funded_account is True and stamps.balance == sandbox.world.carrier_balances["stamps_com"]
    fedex = carrier_by_code("fedex")
    assert fedex is not None
    services = v1c.list_services("fedex")
    assert [(s.code, s.domestic, s.international) for s in services] == [
        (s.code, s.domestic, s.international) for s in fedex.services]
    assert all(s.carrier_code == "fedex" for s in services)
    packages = v1c.list_packages("fedex")
    assert [p.code for p in packages] == [p.code for p in fedex.packages]
