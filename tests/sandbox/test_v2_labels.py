"""V2 labels over real HTTP: buy three ways, download each format, inline, void, return, track, list."""

from __future__ import annotations

import base64
import io
from decimal import Decimal

import httpx
import pypdf
import pytest
from v2_ship_data import (
    FEDEX,
    PNG_SIGNATURE,
    SEATTLE,
    UPS,
    USPS,
    WAREHOUSE,
    abroad,
    buy,
    create_shipment,
    error,
    ok,
    package,
    rate,
    shipment,
)

MAGIC = {"pdf": b"%PDF", "png": PNG_SIGNATURE, "zpl": b"^XA"}
TYPES = {"pdf": "application/pdf", "png": "image/png", "zpl": "application/zpl"}


def _download(url: str) -> httpx.Response:
    """Download links are pre-authorised: no API key."""
    return httpx.get(url, timeout=10)


def test_label_from_a_rate(v2, admin):
    created = create_shipment(v2, external_shipment_id="order-1001")
    chosen = next(r for r in rate(v2, created["shipment_id"])["rates"] if r["service_code"] == "usps_priority_mail")
    label = ok(v2.post(f"/v2/labels/rates/{chosen['rate_id']}", json={}))
    assert label["status"] == "completed" and not label["voided"] and label["voided_at"] is None
    assert label["shipment_id"] == created["shipment_id"]
    assert (label["carrier_id"], label["service_code"]) == (USPS, "usps_priority_mail")
    assert label["shipment_cost"]["amount"] == chosen["shipping_amount"]["amount"]
    assert label["tracking_number"].startswith("9400") and label["batch_id"] == ""
    assert label["external_shipment_id"] == "order-1001"
    assert ok(v2.get(f"/v2/shipments/{created['shipment_id']}"))["shipment_status"] == "label_purchased"
    counters = admin.get("/counters").json()
    assert counters["labels_by_shipment"] == {created["shipment_id"]: 1}
    assert counters["labels_by_external_id"] == {"order-1001": 1}
    assert ok(v2.get("/v2/labels", params={"rate_id": chosen["rate_id"]}))["labels"][0]["label_id"] == label["label_id"]
    assert error(v2.post("/v2/labels/rates/se-999999", json={}), 404)[1] == "invalid_identifier"


def test_label_from_a_stored_shipment(v2):
    created = create_shipment(v2, carrier_id=FEDEX, service_code="fedex_2day")
    label = ok(v2.post(f"/v2/labels/shipment/{created['shipment_id']}", json={"label_format": "png"}))
    assert (label["carrier_code"], label["service_code"], label["label_format"]) == ("fedex", "fedex_2day", "png")
    assert len(label["tracking_number"]) == 12
    bare = create_shipment(v2)  # no carrier/service chosen yet
    assert error(v2.post(f"/v2/labels/shipment/{bare['shipment_id']}", json={}))[1] == "field_value_required"
    assert error(v2.post("/v2/labels/shipment/se-424242", json={}), 404)[1] == "invalid_identifier"


def test_label_from_a_shipment_object_and_its_links(v2, sandbox):
    label = buy(v2, UPS, "ups_ground")
    assert label["tracking_number"].startswith("1Z")
    links = label["label_download"]
    assert set(links) == {"href", "pdf", "png", "zpl"} and links["href"] == links["pdf"]
    assert all(url.startswith(f"{sandbox.url}/v2/downloads/") for url in links.values())
    assert label["packages"][0]["tracking_number"] == label["tracking_number"]
    assert label["packages"][0]["label_download"] == links
    assert label["form_download"] is None and label["is_international"] is False


@pytest.mark.parametrize("fmt", ["pdf", "png", "zpl"])
def test_each_format_downloads_as_the_right_kind_of_file(v2, fmt):
    label = buy(v2, options={"label_format": fmt})
    assert label["label_format"] == fmt and label["label_download"]["href"] == label["label_download"][fmt]
    for kind, url in label["label_download"].items():  # the requested format and the two made on demand
        got = _download(url)
        expected = fmt if kind == "href" else kind
        assert got.status_code == 200 and got.headers["content-type"] == TYPES[expected]
        assert got.content.startswith(MAGIC[expected])
    assert label["tracking_number"].encode() in _download(label["label_download"]["zpl"]).content


def test_letter_layout_is_pdf_only(v2):
    label = buy(v2, options={"label_layout": "letter"})
    page = pypdf.PdfReader(io.BytesIO(_download(label["label_download"]["pdf"]).content)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    four_by_six = pypdf.PdfReader(io.BytesIO(_download(buy(v2)["label_download"]["pdf"]).content)).pages[0]
    assert (round(float(four_by_six.mediabox.width)), round(float(four_by_six.mediabox.height))) == (288, 432)
    for fmt in ("png", "zpl"):
        refused = v2.post("/v2/labels", json={"shipment": shipment(carrier_id=UPS, service_code="ups_ground"),
                                               "label_format": fmt, "label_layout": "letter"})
        assert error(refused)[:2] == ("validation", "invalid_field_value")


@pytest.mark.parametrize("fmt", ["pdf", "zpl"])
def test_inline_labels_carry_the_file_as_base64(v2, fmt):
    label = buy(v2, options={"label_format": fmt, "label_download_type": "inline"})
    href = label["label_download"]["href"]
    prefix = f"data:{TYPES[fmt]};base64,"
    assert href.startswith(prefix) and set(label["label_download"]) == {"href"}
    assert base64.b64decode(href[len(prefix):]).startswith(MAGIC[fmt])
    again = ok(v2.get(f"/v2/labels/{label['label_id']}", params={"label_download_type": "inline"}))
    assert again["label_download"]["href"] == href
    as_url = ok(v2.get(f"/v2/labels/{label['label_id']}"))
    assert _download(as_url["label_download"]["href"]).content.startswith(MAGIC[fmt])


def test_downloads_of_unknown_files_are_404_envelopes(v2, sandbox):
    label = buy(v2)
    forged = label["label_download"]["pdf"].replace("/label-", "/label-9")
    for url in (forged, f"{sandbox.url}/v2/downloads/1/nope/label-1.pdf"):
        got = _download(url)
        assert got.status_code == 404 and got.json()["errors"][0]["error_code"] == "invalid_identifier"
    assert error(v2.get(label["label_download"]["pdf"].replace(sandbox.url, ""), params={"rotation": "45"}))[1] \
        == "invalid_field_value"


def test_void_twice(v2, sandbox):
    label = buy(v2)
    first = ok(v2.put(f"/v2/labels/{label['label_id']}/void"))
    assert first["approved"] is True and "reason_code" not in first
    voided = ok(v2.get(f"/v2/labels/{label['label_id']}"))
    assert voided["status"] == "voided" and voided["voided"] is True and voided["voided_at"]
    second = ok(v2.put(f"/v2/labels/{label['label_id']}/void"))
    assert second == {"approved": False, "message": second["message"], "reason_code": "label_already_voided"}
    assert ok(v2.get(f"/v2/shipments/{label['shipment_id']}"))["shipment_status"] == "pending"
    assert error(v2.put("/v2/labels/se-999999/void"), 404)[1] == "invalid_identifier"


def test_return_label_swaps_the_addresses(v2):
    outbound = buy(v2, FEDEX, "fedex_ground", external_shipment_id="ret-1")
    returned = ok(v2.post(f"/v2/labels/{outbound['label_id']}/return", json={"label_format": "zpl"}))
    assert returned["is_return_label"] is True and returned["label_id"] != outbound["label_id"]
    assert returned["ship_to"]["city_locality"] == "Austin"  # back to the main warehouse
    return_shipment = ok(v2.get(f"/v2/shipments/{returned['shipment_id']}"))
    assert return_shipment["is_return"] is True and return_shipment["shipment_id"] != outbound["shipment_id"]
    assert return_shipment["ship_from"]["name"] == SEATTLE["name"]
    assert return_shipment["ship_to"]["postal_code"] == "78701"
    assert _download(returned["label_download"]["href"]).content.startswith(b"^XA")
    assert error(v2.post(f"/v2/labels/{returned['label_id']}/return", json={}))[1] == "return_label_not_supported"


def test_tracking_follows_the_sandbox_clock(v2, admin):
    label = buy(v2, UPS, "ups_ground")
    fresh = ok(v2.get(f"/v2/labels/{label['label_id']}/track"))
    assert fresh["tracking_number"] == label["tracking_number"]
    assert fresh["status_code"] == "ELEC_ADVICE_RECD_BY_CARRIER" and len(fresh["events"]) == 1
    admin.post("/clock", json={"advance_days": 1})
    moving = ok(v2.get(f"/v2/labels/{label['label_id']}/track"))
    assert moving["status_code"] == "IN_TRANSIT"
    assert ok(v2.get(f"/v2/labels/{label['label_id']}"))["tracking_status"] == "in_transit"
    refused = ok(v2.put(f"/v2/labels/{label['label_id']}/void"))
    assert (refused["approved"], refused["reason_code"]) == (False, "label_already_used")
    admin.post("/clock", json={"advance_days": 10})
    done = ok(v2.get(f"/v2/labels/{label['label_id']}/track"))
    assert done["status_code"] == "DELIVERED" and done["actual_delivery_date"]
    assert done["events"][0]["status_code"] == "DELIVERED" and done["events"][0]["city_locality"] == "Seattle"


def test_list_filters_and_paging_links(v2):
    ups = [buy(v2, UPS, "ups_ground") for _ in range(3)]
    fedex = buy(v2, FEDEX, "fedex_ground")
    ok(v2.put(f"/v2/labels/{ups[0]['label_id']}/void"))
    page = ok(v2.get("/v2/labels", params={"carrier_id": UPS, "page_size": 2}))
    assert (page["total"], page["pages"], page["page"]) == (3, 2, 1)
    assert [lb["label_id"] for lb in page["labels"]] == [ups[2]["label_id"], ups[1]["label_id"]]  # newest first
    assert page["links"]["prev"] == {} and f"carrier_id={UPS}" in page["links"]["next"]["href"]
    nxt = ok(httpx.get(page["links"]["next"]["href"], headers=v2.headers))
    assert [lb["label_id"] for lb in nxt["labels"]] == [ups[0]["label_id"]] and nxt["links"]["next"] == {}
    oldest_first = ok(v2.get("/v2/labels", params={"sort_dir": "asc"}))["labels"]
    assert [lb["label_id"] for lb in oldest_first] == [lb["label_id"] for lb in [*ups, fedex]]
    voided = ok(v2.get("/v2/labels", params={"label_status": "voided"}))
    assert [lb["label_id"] for lb in voided["labels"]] == [ups[0]["label_id"]]
    by_shipment = ok(v2.get("/v2/labels", params={"shipment_id": fedex["shipment_id"]}))
    assert [lb["label_id"] for lb in by_shipment["labels"]] == [fedex["label_id"]]
    assert ok(v2.get("/v2/labels", params={"tracking_number": fedex["tracking_number"]}))["total"] == 1
    assert ok(v2.get("/v2/labels", params={"warehouse_id": WAREHOUSE}))["total"] == 4
    assert ok(v2.get("/v2/labels", params={"warehouse_id": "se-502"}))["total"] == 0
    assert error(v2.get("/v2/labels", params={"label_status": "lost"}))[1] == "invalid_field_value"


def test_funded_carrier_balance_and_insufficient_funds(v2, sandbox):
    world = sandbox.world
    with world.lock:
        world.carrier_balances["stamps_com"] = Decimal("20.00")
    label = buy(v2, USPS, "usps_ground_advantage")
    cost = Decimal(str(label["shipment_cost"]["amount"]))
    assert world.carrier_balances["stamps_com"] == Decimal("20.00") - cost
    expensive = v2.post("/v2/labels", json={"shipment": shipment(
        carrier_id=USPS, service_code="usps_priority_mail_express", packages=[package(20)])})
    kind, code, message = error(expensive)
    assert (kind, code) == ("business_rules", "insufficient_funds") and "balance" in message
    assert buy(v2, UPS, "ups_ground")["status"] == "completed"  # UPS is billed, not prepaid
    ok(v2.put(f"/v2/labels/{label['label_id']}/void"))
    assert world.carrier_balances["stamps_com"] == Decimal("20.00")  # refunded


def test_international_labels_need_customs_and_come_with_a_form(v2):
    no_customs = v2.post("/v2/labels", json={"shipment": shipment(
        ship_to=abroad()["ship_to"], carrier_id=UPS, service_code="ups_standard_international")})
    assert error(no_customs)[:2] == ("validation", "customs_items_required")
    label = ok(v2.post("/v2/labels", json={"shipment": abroad(carrier_id=UPS,
                                                               service_code="ups_standard_international")}))
    assert label["is_international"] is True and label["ship_to"]["country_code"] == "GB"
    form = _download(label["form_download"]["href"])
    assert form.headers["content-type"] == "application/pdf" and form.content.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(form.content)).pages)
    assert "Stoneware mug" in text
    domestic_service = v2.post("/v2/labels", json={"shipment": abroad(carrier_id=UPS, service_code="ups_ground")})
    assert error(domestic_service)[1] == "invalid_field_value"


def test_shipment_validation_errors(v2):
    def refused(**overrides):
        body = {"shipment": shipment(**{"carrier_id": UPS, "service_code": "ups_ground", **overrides})}
        return error(v2.post("/v2/labels", json=body))

    nameless = {k: v for k, v in SEATTLE.items() if k != "name"}
    assert refused(ship_to=nameless)[:2] == ("validation", "field_value_required")
    assert refused(packages=[package(0)])[:2] == ("validation", "invalid_field_value")
    assert refused(packages=[{"dimensions": package()["dimensions"]}])[1] == "field_value_required"
    assert refused(packages=[])[1] == "field_value_required"
    assert refused(ship_to={**SEATTLE, "state_province": "Washington"})[1] == "invalid_field_value"
    assert refused(warehouse_id="se-999")[1] == "invalid_identifier"
    assert refused(service_code="fedex_ground")[1] == "invalid_field_value"
    assert error(v2.post("/v2/labels", json={"label_format": "pdf"}))[1] == "field_value_required"
    assert error(v2.post("/v2/labels", json={"shipment": shipment(carrier_id=UPS, service_code="ups_ground"),
                                             "label_format": "gif"}))[1] == "invalid_field_value"
    assert ok(v2.get("/v2/shipments"))["total"] == 0  # refused purchases leave no shipment behind


def test_a_company_is_enough_for_a_name(v2):
    company_only = {k: v for k, v in SEATTLE.items() if k != "name"} | {"company_name": "Pine Street Books"}
    label = buy(v2, ship_to=company_only)
    assert label["ship_to"]["company_name"] == "Pine Street Books" and "name" not in label["ship_to"]


def test_buying_twice_for_one_shipment_is_allowed_and_counted(v2, admin):
    created = create_shipment(v2, carrier_id=UPS, service_code="ups_ground", external_shipment_id="dup-1")
    for _ in range(2):
        ok(v2.post(f"/v2/labels/shipment/{created['shipment_id']}", json={}))
    counters = admin.get("/counters").json()
    assert counters["labels_by_shipment"][created["shipment_id"]] == 2
    assert counters["labels_by_external_id"]["dup-1"] == 2
