"""V1Client account resources against the running sandbox: warehouses, stores, marketplaces, products."""

from __future__ import annotations

from decimal import Decimal

import pytest
from api.v1_support import ship_from

from shipdesk.api.errors import NotFound, ServerError
from shipdesk.api.v1.models import Address


def test_warehouses_list_get_create_update_delete(sandbox, v1c):
    listed = v1c.list_warehouses()
    assert [w.warehouse_id for w in listed] == list(sandbox.world.warehouses)
    main = v1c.get_warehouse(501)
    assert main.is_default is True and main.origin_address is not None
    assert main.origin_address.postal_code == sandbox.world.warehouses[501]["originAddress"]["postalCode"]
    assert main.create_date == sandbox.world.warehouses[501]["createDate"]
    assert main.model_extra == {"sellerIntegrationId": "", "extInventoryIdentity": "", "registerFedexMeter": ""}

    origin = ship_from().model_copy(update={"city": "Round Rock", "postal_code": "78664"})
    made = v1c.create_warehouse(origin, warehouse_name="Bench 2")
    assert made.warehouse_name == "Bench 2" and made.is_default is False
    assert made.return_address is not None and made.return_address.city == "Round Rock"  # defaults to the origin
    made.warehouse_name = "Bench Two"
    made.return_address = Address(name="Returns", street1="9 Dock Rd", city="Austin", state="TX",
                                  postal_code="78702", country="US")
    updated = v1c.update_warehouse(made)
    assert updated.warehouse_name == "Bench Two" and updated.return_address.street1 == "9 Dock Rd"  # type: ignore[union-attr]
    assert sandbox.world.warehouses[made.warehouse_id]["warehouseName"] == "Bench Two"
    assert v1c.delete_warehouse(made.warehouse_id).success is True
    with pytest.raises(NotFound):
        v1c.get_warehouse(made.warehouse_id)
    with pytest.raises(ServerError) as err:  # a business rule, sent as V1's 500 with the reason kept
        v1c.delete_warehouse(501)
    assert "default" in str(err.value)


def test_stores_and_marketplaces(sandbox, v1c):
    stores = v1c.list_stores()
    assert {s.store_id for s in stores} == {s["storeId"] for s in sandbox.world.stores.values() if s["active"]}
    shopify = v1c.list_stores(marketplace_id=7)
    assert [s.store_name for s in shopify] == ["Northwind Shopify"]
    manual = v1c.get_store(11001)
    rec = sandbox.world.stores[11001]
    assert (manual.marketplace_name, manual.active) == ("ShipStation", True)
    assert manual.refresh_date == rec["refreshDate"] and manual.modify_date == rec["modifyDate"]
    with sandbox.world.lock:
        sandbox.world.stores[11003]["active"] = False
    assert 11003 not in {s.store_id for s in v1c.list_stores()}
    assert 11003 in {s.store_id for s in v1c.list_stores(show_inactive=True)}
    marketplaces = v1c.list_marketplaces()
    assert {m.marketplace_id for m in marketplaces} >= {s["marketplaceId"] for s in sandbox.world.stores.values()}


def test_products_list_walk_get_update(sandbox, v1c):
    world = sandbox.world.products
    page = v1c.list_products(page_size=5, sort_by="SKU")
    assert page.total == len(world) and page.pages == -(-len(world) // 5)
    skus = [p.sku for p in page.items]
    assert skus == sorted(skus)
    walked = [p.product_id for p in v1c.iter_products(page_size=7)]
    assert len(walked) == len(set(walked)) == len(world)
    tees = v1c.list_products(sku="TEE", page_size=500)
    assert tees.total == sum(1 for p in world.values() if p["sku"].startswith("TEE")) > 0

    product = v1c.get_product(70001)
    rec = dict(world[70001])
    assert (product.sku, product.upc, product.price) == (rec["sku"], rec["upc"], rec["price"])
    assert product.weight_oz == Decimal(str(rec["weightOz"])) and product.create_date == rec["createDate"]
    product.name = "Canvas Tote Bag, natural"
    product.price = Decimal("19.50")
    assert v1c.update_product(product).success is True
    assert (world[70001]["name"], world[70001]["price"]) == ("Canvas Tote Bag, natural", Decimal("19.50"))
    after = world[70001]  # the whole product went back: nothing else was lost
    assert (after["upc"], after["sku"], after["customsTariffNo"]) == (rec["upc"], rec["sku"], rec["customsTariffNo"])
    assert v1c.get_product(70001).modify_date == world[70001]["modifyDate"]
