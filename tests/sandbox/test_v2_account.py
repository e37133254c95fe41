"""V2 account-level reads over real HTTP: carriers, ship-from warehouses, tags, users, products and
custom package types. Every response is also checked against ShipStation's OpenAPI file (`v2` client)."""

import uuid

import pytest

from shipdesk.sandbox.catalog import CARRIERS, USPS


def error_of(response, status=400):
    assert response.status_code == status, response.text
    body = response.json()
    assert len(body["request_id"]) == 36
    return body["errors"][0]


# -- carriers ---------------------------------------------------------------------------------------


def test_list_carriers_matches_the_catalog(v2):
    r = v2.get("/v2/carriers")
    assert r.status_code == 200
    body = r.json()
    assert str(uuid.UUID(body["request_id"])) == body["request_id"] and body["errors"] == []
    carriers = body["carriers"]
    assert [c["carrier_id"] for c in carriers] == [c.v2_id for c in CARRIERS]
    assert [c["carrier_code"] for c in carriers] == [c.code for c in CARRIERS]
    usps = carriers[0]
    assert usps["friendly_name"] == "USPS" and usps["requires_funded_amount"] is True
    assert usps["balance"] == 1000.0 and usps["primary"] is True
    assert [c["primary"] for c in carriers].count(True) == 1
    ups = carriers[1]
    assert ups["requires_funded_amount"] is False and ups["balance"] == 0
    assert ups["has_multi_package_supporting_services"] is True
    assert {s["service_code"] for s in usps["services"]} == {s.code for s in USPS.services}
    assert {p["package_code"] for p in usps["packages"]} == {p.code for p in USPS.packages}
    assert usps["options"]


def test_carrier_balance_follows_the_world(sandbox, v2):
    with sandbox.world.lock:
        sandbox.world.carrier_balances[USPS.code] = 12.5
    assert v2.get(f"/v2/carriers/{USPS.v2_id}").json()["balance"] == 12.5


def test_get_carrier_and_its_services_packages_and_options(v2):
    for carrier in CARRIERS:
        listed = next(c for c in v2.get("/v2/carriers").json()["carriers"] if c["carrier_id"] == carrier.v2_id)
        assert v2.get(f"/v2/carriers/{carrier.v2_id}").json() == listed
        services = v2.get(f"/v2/carriers/{carrier.v2_id}/services").json()["services"]
        assert services == listed["services"]
        assert [s["service_code"] for s in services] == [s.code for s in carrier.services]
        assert {(s["carrier_id"], s["carrier_code"]) for s in services} == {(carrier.v2_id, carrier.code)}
        intl = {s["service_code"] for s in services if s["international"]}
        assert intl == {s.code for s in carrier.services if s.international}
        packages = v2.get(f"/v2/carriers/{carrier.v2_id}/packages").json()["packages"]
        assert [p["package_code"] for p in packages] == [p.code for p in carrier.packages]
        options = v2.get(f"/v2/carriers/{carrier.v2_id}/options").json()["options"]
        assert options == listed["options"]
        assert all(o["name"] and o["default_value"] == "false" and o["description"] for o in options)
    flat = next(p for p in v2.get(f"/v2/carriers/{USPS.v2_id}/packages").json()["packages"]
                if p["package_code"] == "medium_flat_rate_box")
    assert "Flat-rate" in flat["description"]


@pytest.mark.parametrize("suffix", ["", "/services", "/packages", "/options"])
def test_unknown_carrier_is_404(v2, suffix):
    error = error_of(v2.get(f"/v2/carriers/se-999999{suffix}"), 404)
    assert error["error_code"] == "invalid_identifier" and "se-999999" in error["message"]


# -- ship-from warehouses ---------------------------------------------------------------------------


def test_warehouses_are_the_v1_warehouses_in_v2_shape(sandbox, v2):
    warehouses = v2.get("/v2/warehouses").json()["warehouses"]
    assert [w["warehouse_id"] for w in warehouses] == [f"se-{n}" for n in sorted(sandbox.world.warehouses)]
    main = warehouses[0]
    v1 = sandbox.world.warehouses[int(main["warehouse_id"][3:])]
    assert main["name"] == v1["warehouseName"] and main["is_default"] is True
    origin = main["origin_address"]
    assert origin == {
        "name": v1["originAddress"]["name"], "phone": v1["originAddress"]["phone"],
        "company_name": v1["originAddress"]["company"], "address_line1": v1["originAddress"]["street1"],
        "city_locality": v1["originAddress"]["city"], "state_province": v1["originAddress"]["state"],
        "postal_code": v1["originAddress"]["postalCode"], "country_code": v1["originAddress"]["country"],
        "address_residential_indicator": "no",
    }
    assert main["return_address"] == origin
    assert [w["is_default"] for w in warehouses].count(True) == 1
    assert v2.get(f"/v2/warehouses/{main['warehouse_id']}").json() == main


@pytest.mark.parametrize("ident", ["se-999", "501", "se-abc"])
def test_unknown_warehouse_is_404(v2, ident):
    assert error_of(v2.get(f"/v2/warehouses/{ident}"), 404)["error_code"] == "invalid_identifier"


# -- tags -------------------------------------------------------------------------------------------


def test_tags_list_and_create(v2):
    names = [t["name"] for t in v2.get("/v2/tags").json()["tags"]]
    assert names == sorted(names, key=str.lower) and {"Rush", "Gift", "Fragile"} <= set(names)
    created = v2.post("/v2/tags/Gift%20Wrap")
    assert created.status_code == 200 and created.json() == {"name": "Gift Wrap"}
    assert "Gift Wrap" in [t["name"] for t in v2.get("/v2/tags").json()["tags"]]
    duplicate = error_of(v2.post("/v2/tags/rush"))
    assert duplicate["error_code"] == "identifier_conflict" and "already exists" in duplicate["message"]


# -- users ------------------------------------------------------------------------------------------


def test_users_page_and_filter_by_status(sandbox, v2):
    body = v2.get("/v2/users").json()
    assert body["total"] == len(sandbox.world.users) == len(body["users"]) == 3
    sam = next(u for u in body["users"] if u["name"] == "Sam Packer")
    assert sam["username"] == sam["email"] == "sam@northwind.example" and sam["status"] == "Active"
    first = v2.get("/v2/users", params={"page_size": 2}).json()
    assert len(first["users"]) == 2 and first["pages"] == 2 and "page=2" in first["links"]["next"]["href"]
    second = v2.get(first["links"]["next"]["href"]).json()
    assert len(second["users"]) == 1 and second["links"]["next"] == {}
    assert {u["user_id"] for u in first["users"] + second["users"]} == {u["user_id"] for u in body["users"]}
    assert v2.get("/v2/users", params={"status": "active"}).json()["total"] == 3
    assert v2.get("/v2/users", params={"status": "inactive"}).json()["users"] == []
    with sandbox.world.lock:
        sandbox.world.users.append({"userId": str(uuid.uuid4()), "userName": "old@northwind.example",
                                    "name": "Former Packer", "status": "Inactive"})
    inactive = v2.get("/v2/users", params={"status": "inactive"}).json()["users"]
    assert [u["name"] for u in inactive] == ["Former Packer"]


@pytest.mark.parametrize("params", [{"status": "asleep"}, {"page_size": 101}, {"page_size": 0}, {"page": "x"}])
def test_users_bad_parameters_are_400(v2, params):
    assert error_of(v2.get("/v2/users", params=params))["error_code"] == "invalid_field_value"


# -- products ---------------------------------------------------------------------------------------


def test_products_in_v2_shape(sandbox, v2):
    body = v2.get("/v2/products").json()
    assert body["total"] == len(sandbox.world.products) == len(body["products"])  # default page_size 100
    product = body["products"][0]
    v1 = sandbox.world.products[product["product_id"]]
    assert (product["sku"], product["name"], product["upc"]) == (v1["sku"], v1["name"], v1["upc"])
    assert product["price"] == {"currency": "usd", "amount": float(v1["price"])}
    assert product["weight"] == {"value": v1["weightOz"], "unit": "ounce"}
    assert product["dimensions"] == {"unit": "inch", "length": 10, "width": 8, "height": 3}
    assert product["active"] is True and product["internal_notes"] is None
    assert product["warehouse_location"] == v1["warehouseLocation"]
    assert product["customs_tariff_no"] == v1["customsTariffNo"]


def test_products_filters_and_paging(sandbox, v2):
    one = v2.get("/v2/products", params={"sku": "mug-01"}).json()["products"]
    assert [p["sku"] for p in one] == ["MUG-01"]
    named = v2.get("/v2/products", params={"name": "hoodie"}).json()["products"]
    assert named and all("Hoodie" in p["name"] for p in named)
    assert v2.get("/v2/products", params={"active": "false"}).json()["total"] == 0
    with sandbox.world.lock:
        next(p for p in sandbox.world.products.values() if p["sku"] == "MUG-02")["active"] = False
    assert [p["sku"] for p in v2.get("/v2/products", params={"active": "false"}).json()["products"]] == ["MUG-02"]
    assert v2.get("/v2/products", params={"active": "true"}).json()["total"] == len(sandbox.world.products) - 1
    page = v2.get("/v2/products", params={"page_size": 7, "page": 2}).json()
    assert len(page["products"]) == 7 and page["page"] == 2
    assert error_of(v2.get("/v2/products", params={"page_size": 101}))["error_code"] == "invalid_field_value"
    assert error_of(v2.get("/v2/products", params={"active": "maybe"}))["error_code"] == "invalid_field_value"


# -- custom package types ---------------------------------------------------------------------------

BOX = {"package_code": "bench_box_small", "name": "Bench box (small)",
       "dimensions": {"unit": "inch", "length": 8, "width": 6, "height": 4}, "description": "Our own mailer"}


def test_package_type_crud(v2):
    assert v2.get("/v2/packages").json() == {"packages": []}
    created = v2.post("/v2/packages", json=BOX)
    assert created.status_code == 200
    box = created.json()
    assert box["package_id"].startswith("se-") and {k: box[k] for k in BOX} == BOX
    path = f"/v2/packages/{box['package_id']}"
    assert v2.get(path).json() == box
    assert v2.get("/v2/packages").json() == {"packages": [box]}
    changed = {"package_code": "bench_box_small", "name": "Small mailer",
               "dimensions": {"unit": "centimeter", "length": 20, "width": 15, "height": 10}}
    put = v2.put(path, json=changed)
    assert put.status_code == 204 and put.content == b""
    assert v2.get(path).json() == {"package_id": box["package_id"], **changed}
    deleted = v2.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    assert error_of(v2.get(path), 404)["error_code"] == "invalid_identifier"
    assert error_of(v2.delete(path), 404)["error_code"] == "invalid_identifier"
    assert error_of(v2.put(path, json=changed), 404)["error_code"] == "invalid_identifier"
    assert v2.get("/v2/packages").json() == {"packages": []}


@pytest.mark.parametrize(("changes", "code"), [
    ({"package_code": None}, "field_value_required"),
    ({"package_code": "Big Box"}, "invalid_field_value"),
    ({"package_code": "box_"}, "invalid_field_value"),
    ({"name": None}, "field_value_required"),
    ({"name": "x" * 51}, "invalid_string_length"),
    ({"description": "x" * 501}, "invalid_string_length"),
    ({"dimensions": {"unit": "foot", "length": 1, "width": 1, "height": 1}}, "invalid_field_value"),
    ({"dimensions": {"unit": "inch", "length": -1, "width": 1, "height": 1}}, "invalid_field_value"),
])
def test_package_type_validation(v2, changes, code):
    body = {k: v for k, v in {**BOX, **changes}.items() if v is not None}
    assert error_of(v2.post("/v2/packages", json=body))["error_code"] == code
    assert v2.get("/v2/packages").json() == {"packages": []}


def test_package_codes_are_unique(v2):
    first = v2.post("/v2/packages", json=BOX).json()
    assert error_of(v2.post("/v2/packages", json={**BOX, "name": "Again"}))["error_code"] == "identifier_conflict"
    other = v2.post("/v2/packages", json={**BOX, "package_code": "bench_box_large"}).json()
    clash = v2.put(f"/v2/packages/{other['package_id']}", json={**BOX, "package_code": first["package_code"]})
    assert error_of(clash)["error_code"] == "identifier_conflict"
    assert len(v2.get("/v2/packages").json()["packages"]) == 2
