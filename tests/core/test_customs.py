"""Customs declarations: read from seeded international orders, checked in packer words, sent with the label
(V1 internationalOptions, V2 customs + package products), and the customs form kept in the journal.

What the sandbox received is read back from its world (V2 shipments) or from the CN22 it drew (V1), never
from ShipDesk's own request. A refused declaration must leave the sandbox untouched: no label, no purchase
request, no journal row.
"""

from __future__ import annotations

import io
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest
from core.test_purchase_journal import counters

from shipdesk.core.customs import (
    CustomsDeclaration,
    CustomsLine,
    declaration_from_order,
    is_international,
    validate,
)
from shipdesk.core.db import Database
from shipdesk.core.journal import BOUGHT, LabelJournal
from shipdesk.core.session import Session
from shipdesk.core.shipping import CustomsProblem, LabelRequest, ShippingService
from shipdesk.core.text import is_roman
from shipdesk.sandbox import Sandbox


def service(session: Session) -> ShippingService:
    return ShippingService(session, station="bench-1", reconcile_delays=(0.0,), sleep=lambda _: None)


def abroad_order(box: Sandbox, *, status: str = "awaiting_shipment") -> int:
    """A seeded order to a Roman-script address abroad, put in `status` (the seed's are paid, held or shipped)."""
    with box.world.lock:
        for order in box.world.orders.values():
            ship_to = order["shipTo"] or {}
            if ship_to.get("country") not in (None, "US") and is_roman(ship_to.get("name") or ""):
                order["orderStatus"] = status
                return int(order["orderId"])
    raise AssertionError("the seed has no Roman-script order abroad")


def v1_request(order_id: int, customs: CustomsDeclaration | None = None) -> LabelRequest:
    return LabelRequest("v1", order_id=str(order_id), order_number=f"#{order_id}", carrier="stamps_com",
                        service="usps_first_class_mail_international", package="package", customs=customs)


def v2_request(session: Session, customs: CustomsDeclaration | None, country: str = "FR") -> LabelRequest:
    from api.v2_support import customer, shipment

    assert session.v2 is not None
    warehouse = session.v2.list_warehouses()[0].warehouse_id
    usps = next(c for c in session.v2.list_carriers().carriers if c.carrier_code == "stamps_com")
    service_code = "usps_priority_mail_international" if country != "US" else "usps_priority_mail"
    ship = shipment(warehouse, carrier_id=usps.carrier_id, service_code=service_code)
    if country != "US":
        ship = ship.model_copy(update={"ship_to": customer(
            name="Chloé Dubois", address_line1="12 Rue de Rivoli", city_locality="Paris", state_province=None,
            postal_code="75001", country_code=country)})
    return LabelRequest("v2", order_id="web-7", order_number="7", carrier="stamps_com", service=service_code,
                        shipment=ship, customs=customs)


def edited() -> CustomsDeclaration:
    return CustomsDeclaration(contents="gift", non_delivery="treat_as_abandoned", items=[
        CustomsLine("Hand-knit wool scarf", 2, Decimal("30.00"), hs_code="6117.10.00", country_of_origin="pt"),
        CustomsLine("Soy wax candle", 1, Decimal("19.00"), hs_code="3406.00", country_of_origin="US")])


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def calls(session: Session) -> list[str]:
    """Every request ShipDesk made, from its clients' own call logs."""
    logs = [client.call_log for client in (session.v1, session.v2) if client is not None]
    return [f"{r.method} {r.url}" for log in logs for r in log.last()]


def purchase_calls(session: Session) -> list[str]:
    return [c for c in calls(session) if c.startswith("POST") and ("createlabelfororder" in c.lower()
                                                                   or c.split("?")[0].endswith("/v2/labels"))]


# -- the declaration ------------------------------------------------------------------------------------


def test_declaration_from_a_seeded_international_order(box: Sandbox, session: Session) -> None:
    order_id = abroad_order(box)
    assert session.v1 is not None
    order = session.v1.get_order(order_id)
    declaration = declaration_from_order(order)
    with box.world.lock:
        seeded = box.world.orders[order_id]["internationalOptions"]
    assert declaration is not None and not declaration.from_order_items
    assert (declaration.contents, declaration.non_delivery) == (seeded["contents"], seeded["nonDelivery"])
    assert [(i.description, i.quantity, i.value, i.hs_code, i.country_of_origin, i.v1_item_id)
            for i in declaration.items] == [
        (c["description"], c["quantity"], Decimal(str(c["value"])), c["harmonizedTariffCode"],
         c["countryOfOrigin"], c["customsItemId"]) for c in seeded["customsItems"]]
    assert is_international("US", order.ship_to.country if order.ship_to else None)
    assert validate(declaration, "US", order.ship_to.country if order.ship_to else None, api="v1") == []


def test_an_order_without_customs_lines_offers_its_items_to_check(box: Sandbox, session: Session) -> None:
    order_id = abroad_order(box)
    with box.world.lock:
        box.world.orders[order_id]["internationalOptions"] = {"contents": None, "customsItems": None,
                                                              "nonDelivery": None}
        items = [i for i in box.world.orders[order_id]["items"] if not i["adjustment"]]
    assert session.v1 is not None
    declaration = declaration_from_order(session.v1.get_order(order_id))
    assert declaration is not None and declaration.from_order_items
    assert [(i.description, i.quantity, i.value) for i in declaration.items] == [
        (i["name"], i["quantity"], Decimal(str(i["unitPrice"]))) for i in items]
    # Nobody knows where the items were made: the packer is asked, line by line.
    problems = validate(declaration, "US", "FR")
    assert problems == [f"Item {n} ({i['name']}): enter the country where it was made, as a 2-letter code "
                        "(like US or CN)." for n, i in enumerate(items, start=1)]


def line(**changes: Any) -> CustomsDeclaration:
    fields: dict[str, Any] = {"description": "Cotton t-shirt", "quantity": 1, "value": Decimal("24.00"),
                              "hs_code": "6109.10", "country_of_origin": "US"}
    return CustomsDeclaration(items=[CustomsLine(**{**fields, **changes})])


@pytest.mark.parametrize(("declaration", "api", "expected"), [
    (line(), None, []),
    (line(description=" "), None, ["Item 1: enter a description of what it is, like \u201cCotton t-shirt\u201d."]),
    (line(quantity=0), None, ["Item 1 (Cotton t-shirt): the quantity must be at least 1."]),
    (line(value=Decimal("0")), None, ["Item 1 (Cotton t-shirt): enter its value per item; it must be more than "
                                      "zero."]),
    (line(hs_code="61-09"), None, ["Item 1 (Cotton t-shirt): the HS code \u201c61-09\u201d is not right: use 6 "
                                   "to 10 digits, dots allowed (like 6109.10)."]),
    (line(hs_code="6109.10.00.001"), None, ["Item 1 (Cotton t-shirt): the HS code \u201c6109.10.00.001\u201d is "
                                            "not right: use 6 to 10 digits, dots allowed (like 6109.10)."]),
    (line(hs_code="6109100000"), None, []),
    (line(hs_code=None), None, []),  # optional; when given it must be right
    (line(country_of_origin="USA"), None, ["Item 1 (Cotton t-shirt): the country of origin \u201cUSA\u201d is "
                                           "not a 2-letter country code: use one like US or CN."]),
    (line(country_of_origin="XX"), None, ["Item 1 (Cotton t-shirt): the country of origin \u201cXX\u201d is not a "
                                          "2-letter country code: use one like US or CN."]),
    (line(currency="EUR"), None, []),
    (line(currency="EUR"), "v1", ["Item 1 (Cotton t-shirt): ShipStation V1 takes customs values in US dollars "
                                  "only; enter the value in USD."]),
    (line(description="Футболка"), "v1", ["Item 1: ShipStation V1 would print the description as ???; write it "
                                          "in Roman letters."]),
    (line(description="Футболка"), "v2", []),
    (line(description="x" * 101), None, ["Item 1: shorten the description to 100 characters or fewer."]),
    (CustomsDeclaration(), None, ["The customs declaration lists no items: add each kind of item in the "
                                  "package."]),
    (CustomsDeclaration(contents="other", items=line().items), "v2", [
        "The contents are \u201cOther\u201d: say in a few words what they are."]),
    (CustomsDeclaration(contents="other", items=line().items), "v1", [
        "ShipStation V1 has no \u201cOther\u201d contents type: choose merchandise, gift, documents, returned "
        "goods or commercial sample."]),
    (CustomsDeclaration(non_delivery="burn_it", items=line().items), None, [
        "Choose what happens if the package can't be delivered: return to sender or treat as abandoned."]),
])
def test_validation_speaks_to_the_packer(declaration: CustomsDeclaration, api: str | None,
                                         expected: list[str]) -> None:
    assert validate(declaration, "US", "CA", api=api) == expected


def test_only_an_international_label_needs_a_declaration() -> None:
    assert validate(None, "US", "US") == []
    assert validate(None, "US", None) == []  # V1: no ship-to country means the ship-from one
    assert validate(None, "US", "PR") == [  # a territory with its own code counts as abroad (module docs)
        "There is no customs declaration: add each kind of item in the package with its description, quantity, "
        "value and the country where it was made."]


# -- buying ---------------------------------------------------------------------------------------------


def test_edited_declaration_goes_with_the_v1_label_and_its_form_is_kept(box: Sandbox, session: Session) -> None:
    order_id = abroad_order(box)
    entry = service(session).buy_label(v1_request(order_id, edited()))
    assert entry.state == BOUGHT and counters(box)["labels_by_order"] == {str(order_id): 1}
    assert entry.form_format == "pdf" and entry.form_bytes and entry.form_bytes.startswith(b"%PDF-")
    form = pdf_text(entry.form_bytes)  # the sandbox drew its CN22 from what it received
    assert "Hand-knit wool scarf" in form and "6117.10.00" in form and "PT" in form
    assert "[X] Gift" in form and "[X] Treat as abandoned" in form and "Total value: 79.00" in form
    with box.world.lock:
        seeded = box.world.orders[order_id]["internationalOptions"]["customsItems"]
    assert all(c["description"] not in form for c in seeded)  # the order's own lines were replaced
    assert LabelJournal(session.db).get(entry.id).form_bytes == entry.form_bytes


def test_v1_label_takes_the_orders_customs_when_the_packer_changed_nothing(box: Sandbox, session: Session) -> None:
    order_id = abroad_order(box)
    entry = service(session).buy_label(v1_request(order_id))
    assert entry.form_bytes is not None
    with box.world.lock:
        seeded = box.world.orders[order_id]["internationalOptions"]["customsItems"]
    form = pdf_text(entry.form_bytes)
    assert all(c["description"] in form for c in seeded)


def test_domestic_v1_label_has_no_form(box: Sandbox, session: Session) -> None:
    from api.v1_support import open_order_id

    entry = service(session).buy_label(LabelRequest("v1", order_id=str(open_order_id(box)),
                                                    carrier="stamps_com", service="usps_priority_mail"))
    assert entry.state == BOUGHT and entry.form_bytes is None and entry.form_format is None


def test_v2_international_label_carries_the_declaration_and_its_form(box: Sandbox, session: Session) -> None:
    entry = service(session).buy_label(v2_request(session, edited()))
    assert entry.state == BOUGHT
    with box.world.lock:
        stored = box.world.v2_shipments[str(entry.shipment_id)]
        customs = dict(stored["customs"])
        products = [dict(p) for p in stored["packages"][0]["products"]]
    assert (customs["contents"], customs["non_delivery"]) == ("gift", "treat_as_abandoned")
    assert [(p["description"], p["quantity"], Decimal(str(p["value"]["amount"])), p["harmonized_tariff_code"],
             p["country_of_origin"]) for p in products] == [
        ("Hand-knit wool scarf", 2, Decimal("30.00"), "6117.10.00", "PT"),
        ("Soy wax candle", 1, Decimal("19.00"), "3406.00", "US")]
    assert entry.form_format == "pdf" and entry.form_bytes and entry.form_bytes.startswith(b"%PDF-")
    assert "Hand-knit wool scarf" in pdf_text(entry.form_bytes)


def test_a_form_that_cannot_be_downloaded_is_noted_and_the_label_kept(box: Sandbox, session: Session) -> None:

    def lose_forms(_: object) -> None:  # the form is not there when ShipDesk goes to fetch it
        with box.world.lock:
            for path in [p for p in box.world.files if "/form-" in p]:
                del box.world.files[path]

    svc = ShippingService(session, station="bench-1", reconcile_delays=(0.0,), after_call=lose_forms)
    entry = svc.buy_label(v2_request(session, edited()))
    assert entry.state == BOUGHT and entry.label_bytes and entry.label_bytes.startswith(b"%PDF-")
    assert entry.form_bytes is None and entry.form_format is None
    assert entry.label_note and entry.label_note.startswith("The customs form could not be downloaded")
    assert "Print it from ShipStation's web app" in entry.label_note
    assert counters(box)["labels_total"] == 1


# -- refused before any purchase call ----------------------------------------------------------------------


def assert_nothing_bought(box: Sandbox, session: Session, svc: ShippingService) -> None:
    assert counters(box)["labels_total"] == 0
    assert purchase_calls(session) == []
    assert svc.journal.all() == []  # not even an intent row: nothing was tried


def test_v1_label_with_a_wrong_declaration_is_refused_before_any_purchase(box: Sandbox, session: Session) -> None:
    svc = service(session)
    order_id = abroad_order(box)
    with box.world.lock:
        first = box.world.orders[order_id]["internationalOptions"]["customsItems"][0]
        first.update(harmonizedTariffCode="61", countryOfOrigin=None)
        name = first["description"]
        country = box.world.orders[order_id]["shipTo"]["country"]
    with pytest.raises(CustomsProblem) as caught:
        svc.buy_label(v1_request(order_id))
    assert caught.value.problems == [
        f"Item 1 ({name}): the HS code \u201c61\u201d is not right: use 6 to 10 digits, dots allowed (like "
        "6109.10).",
        f"Item 1 ({name}): enter the country where it was made, as a 2-letter code (like US or CN)."]
    assert str(caught.value).startswith(f"This package goes from US to {country}, so it needs a customs "
                                        "declaration ShipStation will accept. Fix this first: Item 1")
    assert_nothing_bought(box, session, svc)
    fixed = edited()
    assert svc.buy_label(v1_request(order_id, fixed)).state == BOUGHT  # fixed in the editor: it buys
    assert len(purchase_calls(session)) == 1


def test_v1_label_without_any_declaration_is_refused(box: Sandbox, session: Session) -> None:
    svc = service(session)
    order_id = abroad_order(box)
    with box.world.lock:
        order = box.world.orders[order_id]
        order["internationalOptions"] = {"contents": None, "customsItems": None, "nonDelivery": None}
        order["items"] = []
    with pytest.raises(CustomsProblem) as caught:
        svc.buy_label(v1_request(order_id))
    assert caught.value.problems == [
        "There is no customs declaration: add each kind of item in the package with its description, "
        "quantity, value and the country where it was made."]
    assert_nothing_bought(box, session, svc)


def test_v2_label_abroad_without_customs_is_refused_before_shipstation_sees_it(box: Sandbox, session: Session) -> None:
    svc = service(session)
    with box.world.lock:
        shipments_before = len(box.world.v2_shipments)
    with pytest.raises(CustomsProblem) as caught:
        svc.buy_label(v2_request(session, None))
    assert "This package goes from US to FR" in str(caught.value)
    assert caught.value.problems[0].startswith("There is no customs declaration")
    bad = edited()
    bad.items[0].quantity = 0
    with pytest.raises(CustomsProblem) as caught:
        svc.buy_label(v2_request(session, bad))
    assert caught.value.problems == ["Item 1 (Hand-knit wool scarf): the quantity must be at least 1."]
    assert_nothing_bought(box, session, svc)
    with box.world.lock:
        assert len(box.world.v2_shipments) == shipments_before  # not even a shipment was created


def test_a_domestic_label_needs_no_declaration(box: Sandbox, session: Session) -> None:
    entry = service(session).buy_label(v2_request(session, None, country="US"))
    assert entry.state == BOUGHT and entry.form_bytes is None
    assert len(purchase_calls(session)) == 1


# -- old profiles ---------------------------------------------------------------------------------------


def test_a_journal_from_before_customs_forms_gains_the_form_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    made = Database(path)
    LabelJournal(made).add_intent(station="bench-0", api="v1", order_id="1", order_number="1", carrier=None,
                                  service=None, package=None, shown_cost=None, test_label=False)
    made.close()
    old = sqlite3.connect(path)  # what a ShipDesk from before customs forms left behind
    old.executescript("ALTER TABLE label_journal DROP COLUMN form_bytes; "
                      "ALTER TABLE label_journal DROP COLUMN form_format;")
    old.close()
    db = Database(path)
    try:
        journal = LabelJournal(db)
        [entry] = journal.all()
        assert entry.form_bytes is None and entry.form_format is None
        stored = journal.record_label(entry.id, state=BOUGHT, shipment_id="5000001", label_id=None,
                                      tracking_number="9400OLD", cost="15.75", label_bytes=b"%PDF-label",
                                      label_format="pdf", form_bytes=b"%PDF-form", form_format="pdf")
        assert (stored.form_bytes, stored.form_format) == (b"%PDF-form", "pdf")
        again = Database(path)  # a second start on the migrated profile changes nothing
        try:
            assert LabelJournal(again).get(entry.id).form_bytes == b"%PDF-form"
        finally:
            again.close()
    finally:
        db.close()


def test_a_label_bought_from_a_rate_is_checked_against_the_rated_shipment(box: Sandbox, session: Session) -> None:
    from shipdesk.core.customs import with_customs
    from shipdesk.core.purchase_customs import RATED_WITH_OTHER_CUSTOMS

    assert session.v2 is not None
    svc = service(session)
    shipment = v2_request(session, None).shipment
    assert shipment is not None
    carriers = [shipment.carrier_id or ""]

    def rated(ship: Any) -> LabelRequest:
        answer = session.v2.get_rates(ship.model_copy(update={"service_code": None}), carrier_ids=carriers)
        rate = next(r for r in answer.rate_response.rates if r.service_code == "usps_priority_mail_international")
        return LabelRequest("v2", order_id="web-8", rate_id=rate.rate_id, v2_shipment_id=answer.shipment_id)

    bare = rated(shipment)  # rated without customs: a label from it could not clear customs
    with pytest.raises(CustomsProblem) as caught:
        svc.buy_label(bare)
    assert caught.value.problems[0].startswith("There is no customs declaration")
    declared = rated(with_customs(shipment, edited()))
    other = edited()
    other.items[0].value = Decimal("45.00")
    declared.customs = other  # edited after the rates came back
    with pytest.raises(CustomsProblem) as caught:
        svc.buy_label(declared)
    assert str(caught.value) == RATED_WITH_OTHER_CUSTOMS
    assert_nothing_bought(box, session, svc)
    declared.customs = edited()  # the declaration the rates were fetched with
    entry = svc.buy_label(declared)
    assert entry.state == BOUGHT and entry.form_bytes and "Hand-knit wool scarf" in pdf_text(entry.form_bytes)
