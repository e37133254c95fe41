"""V1 account routes over real loopback HTTP: carriers, warehouses, stores, products, users, tags."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from shipdesk.sandbox import Sandbox


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    # These tests make far more than 40 V1 calls a minute; the rate limit is tested on its own elsewhere.
    return make_sandbox(v1_limit=100_000)


ORIGIN = {"name": "Dock 3", "company": "Northwind Goods", "street1": "9 Harbor Rd", "city": "Oakland", "state": "CA",
          "postalCode": "94607", "country": "US", "phone": "510-555-0100", "residential": False}


# ---- carriers -----------------------------------------------------------------------------------


def test_carriers(v1: httpx.Client) -> None:
    carriers = v1.get("/carriers").json()
    assert [c["code"] for c in carriers] == ["stamps_com", "ups", "fedex"]
    usps = carriers[0]
    assert set(usps) == {"name", "code", "accountNumber", "requiresFundedAccount", "balance", "nickname",
                         "shippingProviderId", "primary"}
    assert usps["requiresFundedAccount"] is True and usps["balance"] == 1000.0 and usps["shippingProviderId"] == 101
    one = v1.get("/carriers/getcarrier", params={"carrierCode": "ups"}).json()
    assert one == carriers[1] and one["requiresFundedAccount"] is False
    assert v1.get("/carriers/getcarrier", params={"carrierCode": "pony"}).status_code == 404
    assert v1.get("/carriers/getcarrier").status_code == 400


def test_services_and_packages(v1: httpx.Client) -> None:
    services = v1.get("/carriers/listservices", params={"carrierCode": "stamps_com"}).json()
    assert {"carrierCode": "stamps_com", "code": "usps_priority_mail", "name": "USPS Priority Mail",
            "domestic": True, "international": False} in services
    packages = v1.get("/carriers/listpackages", params={"carrierCode": "fedex"}).json()
    assert {p["code"] for p in packages} >= {"package", "fedex_pak"}
    assert all(p["carrierCode"] == "fedex" for p in packages)


# ---- warehouses ---------------------------------------------------------------------------------


def test_warehouses_list_and_get(v1: httpx.Client) -> None:
    listed = v1.get("/warehouses").json()
    assert [w["warehouseId"] for w in listed] == [501, 502]
    assert sum(w["isDefault"] for w in listed) == 1
    assert v1.get("/warehouses/502").json() == listed[1]
    assert v1.get("/warehouses/999").status_code == 404


def test_create_update_and_delete_a_warehouse(v1: httpx.Client) -> None:
    r = v1.post("/warehouses/createwarehouse", json={"warehouseName": "Dock 3", "originAddress": ORIGIN})
    assert r.status_code == 200, r.text
    made = r.json()
    assert made["warehouseId"] == 503 and made["isDefault"] is False
    assert made["returnAddress"] == made["originAddress"]  # no returnAddress: the origin is used
    assert made["originAddress"]["city"] == "Oakland"

    moved = {**ORIGIN, "street1": "10 Harbor Rd"}
    r = v1.put("/warehouses/503", json={"warehouseName": "Dock 3B", "originAddress": moved, "isDefault": True})
    assert r.json()["warehouseName"] == "Dock 3B" and r.json()["isDefault"] is True
    assert [w["warehouseId"] for w in v1.get("/warehouses").json() if w["isDefault"]] == [503]

    refused = v1.delete("/warehouses/503")  # the default stays until another location is made default
    assert refused.status_code == 500 and "default" in refused.json()["ExceptionMessage"].lower()
    assert v1.delete("/warehouses/502").json()["success"] is True
    assert [w["warehouseId"] for w in v1.get("/warehouses").json()] == [501, 503]
    assert v1.get("/warehouses/502").status_code == 404


def test_create_warehouse_needs_an_origin(v1: httpx.Client) -> None:
    r = v1.post("/warehouses/createwarehouse", json={"warehouseName": "Nowhere"})
    assert r.status_code == 400 and "request.originAddress" in r.json()["ModelState"]


# ---- stores -------------------------------------------------------------------------------------


def test_stores(v1: httpx.Client, sandbox: Sandbox) -> None:
    stores = v1.get("/stores").json()
    assert [s["storeId"] for s in stores] == [11001, 11002, 11003, 11004]
    assert v1.get("/stores/11002").json()["marketplaceName"] == "Shopify"
    assert v1.get("/stores/1").status_code == 404
    assert [s["storeId"] for s in v1.get("/stores", params={"marketplaceId": 7}).json()] == [11002]
    with sandbox.world.lock:  # set the scene: a store the seller switched off
        sandbox.world.stores[11004]["active"] = False
    assert 11004 not in {s["storeId"] for s in v1.get("/stores").json()}
    assert 11004 in {s["storeId"] for s in v1.get("/stores", params={"showInactive": "true"}).json()}


def test_marketplaces(v1: httpx.Client) -> None:
    markets = v1.get("/stores/marketplaces").json()
    shopify = next(m for m in markets if m["name"] == "Shopify")
    assert set(shopify) == {"name", "marketplaceId", "canRefresh", "supportsCustomMappings",
                            "supportsCustomStatuses", "canConfirmShipments"}


def test_labels_need_an_active_manual_store(v1: httpx.Client, sandbox: Sandbox) -> None:
    with sandbox.world.lock:
        sandbox.world.stores[11001]["active"] = False
    order = v1.get("/orders", params={"orderStatus": "awaiting_shipment", "pageSize": 1}).json()["orders"][0]
    r = v1.post("/orders/createlabelfororder", json={"orderId": order["orderId"], "carrierCode": "stamps_com",
                                                      "serviceCode": "usps_priority_mail", "testLabel": False})
    assert r.status_code == 500
    assert r.json()["ExceptionMessage"] == "Object reference not set to an instance of an object."


# ---- products -----------------------------------------------------------------------------------


def products(v1: httpx.Client, **params: Any) -> dict[str, Any]:
    r = v1.get("/products", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_products_paging_filters_and_sorting(v1: httpx.Client) -> None:
    first = products(v1, pageSize=10)
    assert first["total"] == 36 and first["pages"] == 4 and len(first["products"]) == 10
    tees = products(v1, sku="TEE-")["products"]
    assert len(tees) == 4 and all(p["sku"].startswith("TEE-") for p in tees)
    named = products(v1, name="mug")["products"]
    assert named and all("Mug" in p["name"] for p in named)
    skus = [p["sku"] for p in products(v1, sortBy="SKU", sortDir="DESC", pageSize=500)["products"]]
    assert skus == sorted(skus, reverse=True)
    assert v1.get("/products", params={"pageSize": 501}).status_code == 400
    assert products(v1, startDate="2000-01-01", endDate="2000-12-31")["total"] == 0


def test_get_and_update_a_product(v1: httpx.Client) -> None:
    product = v1.get("/products/70001").json()
    assert product["productId"] == 70001 and product["sku"]
    assert v1.get("/products/1").status_code == 404
    body = {**product, "name": "Canvas Tote (large)", "price": 21.5}
    body.pop("internalNotes")
    body["warehouseLocation"] = None  # no partial updates: what is sent is what is kept
    r = v1.put("/products/70001", json=body)
    assert r.json() == {"success": True, "message": "The requested product has been updated"}
    after = v1.get("/products/70001").json()
    assert after["name"] == "Canvas Tote (large)" and after["price"] == 21.5 and after["warehouseLocation"] is None
    assert after["createDate"] == product["createDate"] and after["modifyDate"] > product["modifyDate"]

    assert v1.put("/products/70001", json={**body, "active": False}).status_code == 200
    assert 70001 not in {p["productId"] for p in products(v1, pageSize=500)["products"]}
    assert 70001 in {p["productId"] for p in products(v1, pageSize=500, showInactive="true")["products"]}
    assert v1.put("/products/70001", json={**body, "active": 0}).status_code == 400


# ---- users and tags -----------------------------------------------------------------------------


def test_users_and_tags(v1: httpx.Client) -> None:
    users = v1.get("/users").json()
    assert len(users) == 3 and all(set(u) == {"userId", "userName", "name"} for u in users)
    assert len(users[0]["userId"]) == 36
    tags = v1.get("/accounts/listtags").json()
    assert {"tagId": 301, "name": "Rush", "color": "#E53935"} in tags
