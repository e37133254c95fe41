"""V1 /shipments and /fulfillments over real loopback HTTP: lists, getrates, createlabel, voidlabel."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from typing import Any

import httpx
import pypdf
import pytest

from shipdesk.sandbox import Sandbox


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    # These tests make far more than 40 V1 calls a minute; the rate limit is tested on its own elsewhere.
    return make_sandbox(v1_limit=100_000)


ADDRESS_FROM = {"name": "Northwind Goods", "company": "Northwind Goods", "street1": "400 Congress Ave",
                "city": "Austin", "state": "TX", "postalCode": "78701", "country": "US", "phone": "512-555-0100"}
ADDRESS_TO = {"name": "Pat Lee", "street1": "12 Oak St", "city": "Portland", "state": "OR", "postalCode": "97201",
              "country": "US", "residential": True}


def rates(v1: httpx.Client, **overrides: Any) -> httpx.Response:
    body = {"carrierCode": "stamps_com", "serviceCode": None, "packageCode": None, "fromPostalCode": "78701",
            "toState": "OR", "toCountry": "US", "toPostalCode": "97201",
            "weight": {"value": 20, "units": "ounces"}, "confirmation": "none", "residential": True}
    body.update(overrides)
    return v1.post("/shipments/getrates", json=body)


def label_body(**overrides: Any) -> dict[str, Any]:
    body = {"carrierCode": "stamps_com", "serviceCode": "usps_priority_mail", "packageCode": "package",
            "confirmation": "delivery", "shipDate": "2024-05-02", "weight": {"value": 2, "units": "pounds"},
            "dimensions": {"units": "inches", "length": 7, "width": 5, "height": 6},
            "shipFrom": ADDRESS_FROM, "shipTo": ADDRESS_TO, "testLabel": False}
    body.update(overrides)
    return body


def shipments(v1: httpx.Client, **params: Any) -> dict[str, Any]:
    r = v1.get("/shipments", params={"pageSize": 500, **params})
    assert r.status_code == 200, r.text
    return r.json()


def buy_for_order(v1: httpx.Client) -> tuple[dict[str, Any], dict[str, Any]]:
    order = v1.get("/orders", params={"orderStatus": "awaiting_shipment", "pageSize": 1}).json()["orders"][0]
    r = v1.post("/orders/createlabelfororder", json={
        "orderId": order["orderId"], "carrierCode": "stamps_com", "serviceCode": "usps_ground_advantage",
        "packageCode": "package", "confirmation": None, "shipDate": "2024-05-03", "testLabel": False})
    assert r.status_code == 200, r.text
    return order, r.json()


# ---- lists --------------------------------------------------------------------------------------


def test_list_envelope_and_paging(v1: httpx.Client, sandbox: Sandbox) -> None:
    seeded = len(sandbox.world.shipments)
    body = v1.get("/shipments", params={"pageSize": 5}).json()
    assert (body["total"], body["page"], body["pages"], len(body["shipments"])) == (seeded, 1, -(-seeded // 5), 5)
    assert all(s["labelData"] is None and s["formData"] is None for s in body["shipments"])
    assert all(s["shipmentItems"] is None for s in body["shipments"])
    created = [s["createDate"] for s in shipments(v1)["shipments"]]
    assert created == sorted(created)  # default: ascending createDate
    assert v1.get("/shipments", params={"pageSize": 501}).status_code == 400


def test_include_shipment_items(v1: httpx.Client) -> None:
    listed = shipments(v1, includeShipmentItems="true")["shipments"]
    assert listed and all(s["shipmentItems"] for s in listed)
    order = v1.get(f"/orders/{listed[0]['orderId']}").json()
    assert [i["sku"] for i in listed[0]["shipmentItems"]] == [i["sku"] for i in order["items"]]


def test_filters(v1: httpx.Client) -> None:
    every = shipments(v1)["shipments"]
    one = every[3]
    for param, value in (("orderId", one["orderId"]), ("orderNumber", one["orderNumber"]),
                         ("trackingNumber", one["trackingNumber"])):
        assert [s["shipmentId"] for s in shipments(v1, **{param: value})["shipments"]] == [one["shipmentId"]]
    usps = shipments(v1, carrierCode="stamps_com")["shipments"]
    assert usps and all(s["carrierCode"] == "stamps_com" for s in usps)
    service = shipments(v1, serviceCode=one["serviceCode"])["shipments"]
    assert service and all(s["serviceCode"] == one["serviceCode"] for s in service)
    surname = one["shipTo"]["name"].split()[-1]
    named = shipments(v1, recipientName=surname)["shipments"]
    assert one["shipmentId"] in {s["shipmentId"] for s in named}
    assert all(surname.lower() in s["shipTo"]["name"].lower() for s in named)
    us = shipments(v1, recipientCountryCode="US")["total"]
    assert 0 < us <= len(every)
    store = one["advancedOptions"]["storeId"]
    assert all(s["advancedOptions"]["storeId"] == store for s in shipments(v1, storeId=store)["shipments"])


def test_date_filters_and_sorting(v1: httpx.Client) -> None:
    every = shipments(v1)["shipments"]
    day = sorted(s["shipDate"] for s in every)[len(every) // 2]
    same_day = shipments(v1, shipDateStart=day, shipDateEnd=f"{day} 23:59:59")["shipments"]
    assert same_day and all(s["shipDate"] == day for s in same_day)
    created = sorted(s["createDate"] for s in every)
    pivot = created[len(created) // 2][:19].replace("T", " ")  # a Pacific time, as V1 wants it
    later = shipments(v1, createDateStart=pivot)["shipments"]
    assert later and all(s["createDate"][:19] >= pivot.replace(" ", "T") for s in later)
    assert len(later) < len(every)
    down = [s["shipDate"] for s in shipments(v1, sortBy="ShipDate", sortDir="DESC")["shipments"]]
    assert down == sorted(down, reverse=True)


# ---- rates --------------------------------------------------------------------------------------


def test_rates_without_package_give_a_row_per_service_and_package(v1: httpx.Client) -> None:
    r = rates(v1)
    assert r.status_code == 200, r.text
    rows = r.json()
    services = {row["serviceCode"] for row in rows}
    assert "usps_priority_mail" in services and not any("international" in s for s in services)
    priority = [row["serviceName"] for row in rows if row["serviceCode"] == "usps_priority_mail"]
    assert "USPS Priority Mail - Package" in priority and "USPS Priority Mail - Medium Flat Rate Box" in priority
    assert all(set(row) == {"serviceName", "serviceCode", "shipmentCost", "otherCost"} for row in rows)
    assert rows == rates(v1).json()  # the same question always gets the same prices


def test_rates_with_package_give_one_row_per_service(v1: httpx.Client) -> None:
    rows = rates(v1, packageCode="package").json()
    codes = [row["serviceCode"] for row in rows]
    assert len(codes) == len(set(codes)) and all(" - " not in row["serviceName"] for row in rows)
    one = rates(v1, packageCode="package", serviceCode="usps_priority_mail").json()
    assert [row["serviceCode"] for row in one] == ["usps_priority_mail"]
    assert one[0]["shipmentCost"] == next(r for r in rows if r["serviceCode"] == "usps_priority_mail")["shipmentCost"]


def test_confirmation_shows_up_as_other_cost(v1: httpx.Client) -> None:
    plain = rates(v1, packageCode="package", serviceCode="usps_priority_mail").json()[0]
    signed = rates(v1, packageCode="package", serviceCode="usps_priority_mail", confirmation="signature").json()[0]
    assert plain["otherCost"] == 0 and signed["otherCost"] > 0
    assert plain["shipmentCost"] == signed["shipmentCost"]


def test_international_rates_only_list_international_services(v1: httpx.Client) -> None:
    rows = rates(v1, toCountry="GB", toPostalCode="SW1A 1AA", toState=None).json()
    assert rows and all("international" in row["serviceCode"] for row in rows)
    assert not any("Regional Rate" in row["serviceName"] for row in rows)


def test_ups_needs_to_state_and_never_rates_ground_saver(v1: httpx.Client) -> None:
    r = rates(v1, carrierCode="ups", toState=None)
    assert r.status_code == 500 and "toState" in r.json()["ExceptionMessage"]
    rows = rates(v1, carrierCode="ups").json()
    assert rows and "ups_ground" in {row["serviceCode"] for row in rows}
    assert all(row["serviceCode"] != "ups_ground_saver" for row in rows)
    assert rates(v1, carrierCode="ups", serviceCode="ups_ground_saver").json() == []
    assert rates(v1, carrierCode="ups", packageCode="package").json()
    listed = v1.get("/carriers/listservices", params={"carrierCode": "ups"}).json()
    assert "ups_ground_saver" in {s["code"] for s in listed}  # listed, just never rated


@pytest.mark.parametrize("missing", ["carrierCode", "fromPostalCode", "toCountry", "toPostalCode", "weight"])
def test_rates_required_fields(v1: httpx.Client, missing: str) -> None:
    r = rates(v1, **{missing: None})
    assert r.status_code == 400 and f"request.{missing}" in r.json()["ModelState"]


def test_rate_errors(v1: httpx.Client) -> None:
    assert rates(v1, packageCode="crate").json()["ExceptionMessage"] == "Invalid packageCode"
    assert rates(v1, carrierCode="pony_express").status_code == 500
    assert rates(v1, weight={"value": 0, "units": "ounces"}).status_code == 500


# ---- labels and voids ---------------------------------------------------------------------------


def test_create_label_returns_a_shipment_with_the_pdf(v1: httpx.Client, sandbox: Sandbox) -> None:
    r = v1.post("/shipments/createlabel", json=label_body())
    assert r.status_code == 200, r.text
    shipment = r.json()
    assert shipment["labelData"].startswith("JVBERi0") and shipment["formData"] is None
    assert shipment["orderId"] is None and shipment["voided"] is False and shipment["shipDate"] == "2024-05-02"
    assert shipment["serviceCode"] == "usps_priority_mail" and shipment["confirmation"] == "delivery"
    assert shipment["shipmentCost"] > 0
    pdf = base64.b64decode(shipment["labelData"])
    assert sandbox.world.v1_label_files[shipment["shipmentId"]] == pdf
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Pat Lee" in text and "Portland" in text
    listed = shipments(v1, trackingNumber=shipment["trackingNumber"])["shipments"]
    assert [s["shipmentId"] for s in listed] == [shipment["shipmentId"]] and listed[0]["labelData"] is None


def test_create_label_international_has_a_customs_form(v1: httpx.Client) -> None:
    to = {"name": "Emma Clarke", "street1": "10 Downing St", "city": "London", "postalCode": "SW1A 2AA",
          "country": "GB"}
    body = label_body(serviceCode="usps_priority_mail_international", shipTo=to, confirmation=None,
                      internationalOptions={"contents": "gift", "nonDelivery": "return_to_sender",
                                            "customsItems": [{"description": "Wool scarf", "quantity": 1,
                                                              "value": 34, "harmonizedTariffCode": "6117.10",
                                                              "countryOfOrigin": "US"}]})
    r = v1.post("/shipments/createlabel", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["formData"].startswith("JVBERi0")
    domestic_only = v1.post("/shipments/createlabel", json=label_body(shipTo=to))
    assert domestic_only.status_code == 500


def test_create_label_validation(v1: httpx.Client) -> None:
    assert v1.post("/shipments/createlabel", json=label_body(testLabel=1)).status_code == 400
    r = v1.post("/shipments/createlabel", json=label_body(packageCode="crate"))
    assert r.status_code == 500 and r.json()["ExceptionMessage"] == "Invalid packageCode"
    body = label_body()
    del body["shipTo"]
    r = v1.post("/shipments/createlabel", json=body)
    assert r.status_code == 400 and "request.shipTo" in r.json()["ModelState"]


def test_test_labels_are_free_and_not_kept(v1: httpx.Client) -> None:
    before = shipments(v1)["total"]
    r = v1.post("/shipments/createlabel", json=label_body(testLabel=True))
    assert r.status_code == 200 and r.json()["shipmentCost"] == 0 and r.json()["labelData"].startswith("JVBERi0")
    assert shipments(v1)["total"] == before


def test_void_label(v1: httpx.Client) -> None:
    shipment = v1.post("/shipments/createlabel", json=label_body()).json()
    balance = v1.get("/carriers/getcarrier", params={"carrierCode": "stamps_com"}).json()["balance"]
    r = v1.post("/shipments/voidlabel", json={"shipmentId": shipment["shipmentId"]})
    assert r.json() == {"approved": True, "message": "Label voided successfully"}
    listed = shipments(v1, trackingNumber=shipment["trackingNumber"])["shipments"][0]
    assert listed["voided"] is True and listed["voidDate"] is not None
    voided = shipments(v1, voidDateStart="2000-01-01")["shipments"]
    assert [s["shipmentId"] for s in voided] == [shipment["shipmentId"]]
    refunded = v1.get("/carriers/getcarrier", params={"carrierCode": "stamps_com"}).json()["balance"]
    assert round(refunded - balance, 2) == shipment["shipmentCost"]

    twice = v1.post("/shipments/voidlabel", json={"shipmentId": shipment["shipmentId"]}).json()
    assert twice["approved"] is False and twice["message"]
    assert v1.post("/shipments/voidlabel", json={"shipmentId": 1}).status_code == 500


def test_voiding_an_order_label_puts_the_order_back(v1: httpx.Client) -> None:
    order, label = buy_for_order(v1)
    assert v1.get(f"/orders/{order['orderId']}").json()["orderStatus"] == "shipped"
    assert v1.post("/shipments/voidlabel", json={"shipmentId": label["shipmentId"]}).json()["approved"] is True
    again = v1.get(f"/orders/{order['orderId']}").json()
    assert again["orderStatus"] == "awaiting_shipment" and again["shipDate"] is None


# ---- fulfillments -------------------------------------------------------------------------------


def test_fulfillments_list_mark_as_shipped_orders(v1: httpx.Client) -> None:
    assert v1.get("/fulfillments").json() == {"fulfillments": [], "total": 0, "page": 1, "pages": 0}
    orders = v1.get("/orders", params={"orderStatus": "awaiting_shipment", "pageSize": 3}).json()["orders"]
    for n, order in enumerate(orders):
        v1.post("/orders/markasshipped", json={"orderId": order["orderId"], "carrierCode": "fedex",
                                               "shipDate": f"2024-06-0{n + 1}", "trackingNumber": f"FX{n}"})
    body = v1.get("/fulfillments", params={"pageSize": 2}).json()
    assert (body["total"], body["pages"], len(body["fulfillments"])) == (3, 2, 2)
    found = v1.get("/fulfillments", params={"trackingNumber": "FX1"}).json()["fulfillments"]
    assert [f["orderId"] for f in found] == [orders[1]["orderId"]]
    late = v1.get("/fulfillments", params={"shipDateStart": "2024-06-02"}).json()
    assert late["total"] == 2
    down = v1.get("/fulfillments", params={"sortBy": "ShipDate", "sortDir": "DESC"}).json()["fulfillments"]
    assert [f["shipDate"] for f in down] == ["2024-06-03", "2024-06-02", "2024-06-01"]
