"""V2Client account-level calls against the sandbox: carriers, warehouses, tags, users, products, custom
package types; page walking by page number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from api.v2_support import assert_same, last_body

from shipdesk.api.errors import NotFound
from shipdesk.api.v2.models import Dimensions


def test_carriers_with_services_packages_and_options(v2c, v2_raw):
    carriers = v2c.list_carriers()
    assert_same(carriers, last_body(v2c))
    assert {c.carrier_code for c in carriers.carriers} == {"stamps_com", "ups", "fedex"} and not carriers.errors
    usps = next(c for c in carriers.carriers if c.carrier_code == "stamps_com")
    assert isinstance(usps.balance, Decimal) and usps.balance > 0

    one = v2c.get_carrier(usps.carrier_id)
    assert_same(one, v2_raw.get(f"/v2/carriers/{usps.carrier_id}").json())
    services = v2c.list_carrier_services(usps.carrier_id)
    assert_same(services, v2_raw.get(f"/v2/carriers/{usps.carrier_id}/services").json()["services"])
    assert "usps_priority_mail" in {s.service_code for s in services}
    packages = v2c.list_carrier_packages(usps.carrier_id)
    assert_same(packages, v2_raw.get(f"/v2/carriers/{usps.carrier_id}/packages").json()["packages"])
    assert {p.package_code for p in packages} == {p.package_code for p in one.packages}
    ups = next(c for c in carriers.carriers if c.carrier_code == "ups")
    options = v2c.list_carrier_options(ups.carrier_id)
    assert_same(options, v2_raw.get(f"/v2/carriers/{ups.carrier_id}/options").json()["options"])
    assert "saturday_delivery" in {o.name for o in options}


def test_warehouses_and_tags(v2c, v2_raw):
    warehouses = v2c.list_warehouses()
    assert_same(warehouses, v2_raw.get("/v2/warehouses").json()["warehouses"])
    assert len(warehouses) >= 2 and sum(bool(w.is_default) for w in warehouses) == 1
    first = v2c.get_warehouse(warehouses[0].warehouse_id)
    assert first == warehouses[0] and first.created_at is not None and first.created_at.tzinfo is not None
    assert first.origin_address is not None and first.origin_address.postal_code

    before = v2c.list_tags()
    assert_same(before, v2_raw.get("/v2/tags").json()["tags"])
    made = v2c.create_tag("Rush / today")  # a slash must survive as part of the name
    assert made.name == "Rush / today"
    assert "Rush / today" in {t.name for t in v2c.list_tags()} and len(v2c.list_tags()) == len(before) + 1


def test_users_and_products_walk_every_page(v2c, v2_raw):
    users = v2c.list_users(page_size=1)
    assert_same(users, v2_raw.get("/v2/users", params={"page_size": 1}).json())
    assert users.pages == users.total >= 2
    every = list(v2c.iter_users(page_size=1))
    assert [u.user_id for u in every] == [u["user_id"] for u in v2_raw.get("/v2/users").json()["users"]]
    assert [u.user_id for u in v2c.iter_users(status="active")] == [u.user_id for u in every]

    products = v2c.list_products(page_size=7, page=2)
    assert_same(products, v2_raw.get("/v2/products", params={"page_size": 7, "page": 2}).json())
    walked = list(v2c.iter_products(page_size=7))
    assert len(walked) == products.total and len({p.product_id for p in walked}) == products.total
    some = walked[3]
    assert [p.product_id for p in v2c.list_products(sku=some.sku).products] == [some.product_id]
    assert some.price is not None and isinstance(some.price.amount, Decimal)


def test_custom_package_types_create_read_update_delete(v2c, v2_raw):
    made = v2c.create_package_type("shoe_box", "Shoe box", description="Fits one pair",
                                   dimensions=Dimensions(length=Decimal(14), width=Decimal(8), height=Decimal(5)))
    assert_same(made, last_body(v2c))
    assert made.package_id and made.package_code == "shoe_box" and made.dimensions is not None
    assert v2c.get_package_type(made.package_id) == made
    assert [p.package_id for p in v2c.list_package_types()] == [
        p["package_id"] for p in v2_raw.get("/v2/packages").json()["packages"]]

    assert v2c.update_package_type(made.package_id, "shoe_box", "Boot box") is None
    assert v2c.get_package_type(made.package_id).name == "Boot box"
    assert v2c.delete_package_type(made.package_id) is None
    with pytest.raises(NotFound):
        v2c.get_package_type(made.package_id)
