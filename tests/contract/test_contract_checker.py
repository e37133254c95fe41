"""Tests of the contract checker itself (not of the sandbox): it must pass what the contract allows and
catch what it does not, with messages a person can act on."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract.errata import (
    CLOSED_ALLOF_TARGETS,
    ENABLED_ERRATA,
    ERRATA,
    KNOWN_DEFECTS,
    Erratum,
    ErratumTargetMissing,
    erratum_by_id,
)
from contract.openapi_contract import (
    SHARED_DIR_ENV,
    SPEC_NAME,
    ContractViolation,
    V2Contract,
    async_httpx_hook,
    default_contract,
    httpx_hook,
    load_spec,
    spec_path,
)

JSON = "application/json; charset=utf-8"
REQUEST_ID = "aa3d8e8e-462b-4476-9618-72db7f7b7009"


def envelope(error_type: str = "validation", error_code: str = "invalid_field_value",
             message: str = "weight.value must be a number") -> dict[str, Any]:
    return {
        "request_id": REQUEST_ID,
        "errors": [{"error_source": "ShipStation", "error_type": error_type, "error_code": error_code,
                    "message": message}],
    }


def dump(body: Any) -> bytes:
    return json.dumps(body).encode()


def address() -> dict[str, Any]:
    return {"name": "Pat Packer", "phone": "512-555-0100", "company_name": "Bench Co",
            "address_line1": "1 Dock St", "city_locality": "Austin", "state_province": "TX",
            "postal_code": "78701", "country_code": "US", "address_residential_indicator": "no"}


def warehouse() -> dict[str, Any]:
    return {"warehouse_id": "se-217", "is_default": True, "name": "Main dock",
            "created_at": "2025-03-01T09:30:00.000Z", "origin_address": address(), "return_address": address()}


def label(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "label_id": "se-9001", "status": "completed", "shipment_id": "se-7001",
        "ship_date": "2025-03-02T00:00:00Z", "created_at": "2025-03-02T10:11:12.345Z",
        "shipment_cost": {"currency": "usd", "amount": 8.41}, "insurance_cost": {"currency": "usd", "amount": 0},
        "tracking_number": "9400100000000000000001", "is_return_label": False, "is_international": False,
        "carrier_id": "se-101", "service_code": "usps_priority_mail", "package_code": "package",
        "voided": False, "label_format": "pdf", "display_scheme": "label", "label_layout": "4x6",
        "trackable": True, "carrier_code": "stamps_com", "tracking_status": "unknown",
        "label_download": {"href": "https://api.shipstation.com/v2/downloads/1/t/label-9001.pdf",
                           "pdf": "https://api.shipstation.com/v2/downloads/1/t/label-9001.pdf"},
        "packages": [{"package_id": 1, "package_code": "package", "weight": {"value": 2.5, "unit": "pound"},
                      "sequence": 1}],
        "charge_event": "carrier_default",
    }
    body.update(changes)
    return body


@pytest.fixture(scope="module")
def contract() -> V2Contract:
    return default_contract()


def violation(contract: V2Contract, method: str, path: str, status: int, body: bytes,
              content_type: str | None = JSON, headers: dict[str, str] | None = None) -> str:
    with pytest.raises(ContractViolation) as info:
        contract.check(method, path, status, content_type, body, headers)
    return str(info.value)


# -- locating and loading the spec ------------------------------------------------------------------


def test_spec_file_is_found_beside_the_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SHARED_DIR_ENV, raising=False)
    path = spec_path()
    assert path.name == SPEC_NAME and path.is_file()
    assert path.parent.parent.name == "shared"
    assert load_spec()["openapi"].startswith("3.1")


def test_env_var_overrides_the_shared_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    original = spec_path()
    (tmp_path / "specs").mkdir()
    shutil.copyfile(original, tmp_path / "specs" / SPEC_NAME)
    monkeypatch.setenv(SHARED_DIR_ENV, str(tmp_path))
    assert spec_path() == tmp_path / "specs" / SPEC_NAME
    monkeypatch.setenv(SHARED_DIR_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match=SHARED_DIR_ENV):
        spec_path()


def test_load_spec_returns_a_private_copy() -> None:
    first = load_spec()
    first["paths"].clear()
    assert load_spec()["paths"]


# -- error envelopes --------------------------------------------------------------------------------


def test_valid_error_envelope_for_400_passes(contract: V2Contract) -> None:
    contract.check("POST", "/v2/labels", 400, JSON, dump(envelope()))


@pytest.mark.parametrize("broken", [
    {"errors": envelope()["errors"]},  # no request_id
    {**envelope(), "request_id": "not-a-uuid"},
    {**envelope(), "errors": [{**envelope()["errors"][0], "error_type": "oops"}]},
    {**envelope(), "errors": [{k: v for k, v in envelope()["errors"][0].items() if k != "message"}]},
])
def test_broken_error_envelope_fails(contract: V2Contract, broken: dict[str, Any]) -> None:
    message = violation(contract, "POST", "/v2/labels", 400, dump(broken))
    assert "POST /v2/labels -> 400" in message


# -- success bodies ---------------------------------------------------------------------------------


def test_warehouse_list_missing_required_field_fails_readably(contract: V2Contract) -> None:
    message = violation(contract, "GET", "/v2/warehouses", 200, dump({"pages": 1}))
    assert message.startswith("V2 contract: GET /v2/warehouses -> 200")
    assert "list_warehouses (GET /v2/warehouses)" in message
    assert "$: 'warehouses' is a required property" in message


def test_warehouse_list_with_wrong_types_fails_with_json_paths(contract: V2Contract) -> None:
    body = {"warehouses": [{**warehouse(), "warehouse_id": 217, "is_default": "yes"}]}
    message = violation(contract, "GET", "/v2/warehouses", 200, dump(body))
    assert "$.warehouses[0].warehouse_id: 217 is not of type 'string'" in message
    assert "$.warehouses[0].is_default: 'yes' is not of type 'boolean'" in message


def test_bad_timestamp_format_is_caught(contract: V2Contract) -> None:
    body = {"inventory_warehouses": [{"inventory_warehouse_id": "iw-1", "name": "A",
                                      "created_at": "2025-13-45T99:00:00Z"}]}
    message = violation(contract, "GET", "/v2/inventory_warehouses", 200, dump(body))
    assert "created_at" in message and "date-time" in message


def test_body_that_is_not_json_fails(contract: V2Contract) -> None:
    message = violation(contract, "GET", "/v2/warehouses", 200, b'{"warehouses": [')
    assert "not valid JSON" in message


def test_content_type_must_be_declared(contract: V2Contract) -> None:
    message = violation(contract, "GET", "/v2/warehouses", 200, dump({"warehouses": []}), "text/html")
    assert "content type 'text/html' not declared" in message
    violation(contract, "GET", "/v2/warehouses", 200, dump({"warehouses": []}), None)


def test_empty_body_where_json_is_declared_fails(contract: V2Contract) -> None:
    message = violation(contract, "GET", "/v2/warehouses", 200, b"")
    assert "body is empty" in message


# -- statuses and empty bodies ----------------------------------------------------------------------


def test_undocumented_status_fails(contract: V2Contract) -> None:
    message = violation(contract, "PUT", "/v2/labels/se-123/void", 418, dump(envelope()))
    assert "undocumented status" in message
    assert "void_label (PUT /v2/labels/{label_id}/void)" in message
    assert "418" in message


def test_204_with_a_body_fails(contract: V2Contract) -> None:
    message = violation(contract, "PUT", "/v2/shipments/se-1/cancel", 204, dump({"ok": True}))
    assert "body must be empty (status 204)" in message


def test_204_without_body_passes(contract: V2Contract) -> None:
    contract.check("PUT", "/v2/shipments/se-1/cancel", 204, JSON, b"")
    contract.check("PUT", "/v2/shipments/se-1/cancel", 204, None, b"")


def test_response_declared_without_content_must_be_empty(contract: V2Contract) -> None:
    contract.check("POST", "/v2/inventory", 204, None, b"")
    assert "body must be empty" in violation(contract, "POST", "/v2/inventory", 204, b"{}")


# -- path matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "template"), [
    ("/v2/labels/se-123/void", "/v2/labels/{label_id}/void"),
    ("/v2/labels/rates/se-55", "/v2/labels/rates/{rate_id}"),
    ("/v2/labels/shipment/se-9", "/v2/labels/shipment/{shipment_id}"),
    ("/v2/labels/se-9", "/v2/labels/{label_id}"),
    ("/v2/shipments/external_shipment_id/rates", "/v2/shipments/external_shipment_id/{external_shipment_id}"),
    ("/v2/shipments/se-1/rates", "/v2/shipments/{shipment_id}/rates"),
    ("/v2/batches/external_batch_id/errors", "/v2/batches/external_batch_id/{external_batch_id}"),
    ("/v2/batches/se-4/errors", "/v2/batches/{batch_id}/errors"),
    ("/v2/shipments/se-1/tags/Rush%20order", "/v2/shipments/{shipment_id}/tags/{tag_name}"),
    ("/v2/downloads/10/abc/label-1.pdf", "/v2/downloads/{dir}/{subdir}/{filename}"),
    ("/v2/warehouses?page=2", "/v2/warehouses"),
])
def test_path_templates_prefer_literal_segments(contract: V2Contract, path: str, template: str) -> None:
    assert contract.match_path(path) == template


@pytest.mark.parametrize("path", ["/v2/nope", "/v2/labels/", "/v2/labels/se-1/void/now", "/v1/labels"])
def test_unknown_path_is_a_violation(contract: V2Contract, path: str) -> None:
    assert contract.match_path(path) is None
    assert "no such path" in violation(contract, "GET", path, 404, dump(envelope()))


def test_unknown_method_is_a_violation(contract: V2Contract) -> None:
    message = violation(contract, "PATCH", "/v2/labels/se-1", 200, dump(label()))
    assert "no PATCH on /v2/labels/{label_id}" in message


# -- binary downloads -------------------------------------------------------------------------------


def test_download_checks_content_type_only(contract: V2Contract) -> None:
    contract.check("GET", "/v2/downloads/10/abc/label-1.pdf", 200, "application/pdf", b"%PDF-1.4 ...")
    contract.check("GET", "/v2/downloads/10/abc/label-1.zpl", 200, "application/zpl", b"^XA^XZ")
    message = violation(contract, "GET", "/v2/downloads/10/abc/label-1.pdf", 200, b"<html/>", "text/html")
    assert "not declared" in message
    assert "body is empty" in violation(contract, "GET", "/v2/downloads/1/a/b.png", 200, b"", "image/png")


# -- errata -----------------------------------------------------------------------------------------


def test_errata_add_auth_plan_and_rate_limit_statuses_everywhere(contract: V2Contract) -> None:
    for status in ("401", "403", "429"):
        assert status in contract.statuses("POST", "/v2/labels")
        assert status in contract.statuses("GET", "/v2/inventory")
    contract.check("POST", "/v2/labels", 429, JSON, dump(envelope("system", "rate_limit_exceeded")),
                   {"Retry-After": "30"})
    contract.check("GET", "/v2/labels/se-1", 401, JSON, dump(envelope("security", "unauthorized")))
    contract.check("POST", "/v2/inventory", 403, JSON, dump(envelope("account_status", "invalid_billing_plan")))


def test_raw_spec_has_no_429(contract: V2Contract) -> None:
    raw = V2Contract(errata=[])
    assert "429" not in raw.statuses("POST", "/v2/labels")
    assert "undocumented status" in violation(raw, "POST", "/v2/labels", 429, dump(envelope()))


def test_429_needs_retry_after_when_headers_are_checked(contract: V2Contract) -> None:
    body = dump(envelope("system", "rate_limit_exceeded"))
    assert "Retry-After is missing" in violation(contract, "POST", "/v2/labels", 429, body, headers={})
    assert "not an integer" in violation(contract, "POST", "/v2/labels", 429, body, headers={"retry-after": "soon"})


def test_inventory_errata_allow_400_and_404_envelopes(contract: V2Contract) -> None:
    decrement_refused = dump(envelope(message="Not enough stock to decrement 5 of SKU-1."))
    contract.check("POST", "/v2/inventory", 400, JSON, decrement_refused)
    contract.check("DELETE", "/v2/inventory_locations/il-1", 400, JSON, decrement_refused)
    contract.check("GET", "/v2/inventory_warehouses/iw-404", 404, JSON, dump(envelope(error_code="invalid_identifier")))
    raw = V2Contract(errata=[])
    assert "undocumented status" in violation(raw, "POST", "/v2/inventory", 400, decrement_refused)


def test_errors_declared_empty_accept_empty_or_envelope(contract: V2Contract) -> None:
    contract.check("GET", "/v2/labels/se-404", 404, JSON, b"")
    contract.check("GET", "/v2/labels/se-404", 404, JSON, dump(envelope(error_code="invalid_identifier")))
    contract.check("POST", "/v2/labels", 500, JSON, dump(envelope("system", "unspecified")))
    contract.check("POST", "/v2/labels", 500, "text/plain", b"")
    violation(contract, "GET", "/v2/labels/se-404", 404, dump({"error": "not found"}))
    raw = V2Contract(errata=[])
    violation(raw, "GET", "/v2/labels/se-404", 404, dump(envelope()))


def test_every_erratum_applies_to_the_spec_and_is_documented() -> None:
    V2Contract(errata=ERRATA)  # candidates included: all targets exist
    ids = [e.id for e in ERRATA]
    assert len(ids) == len(set(ids))
    for erratum in ERRATA:
        assert "docs.shipstation.com" in erratum.reason or "§" in erratum.reason, erratum.id


@pytest.mark.parametrize("erratum", ENABLED_ERRATA, ids=lambda e: e.id)
def test_errata_refuse_to_patch_twice(erratum: Erratum) -> None:
    spec = load_spec()
    erratum.apply(spec)
    with pytest.raises(ErratumTargetMissing):
        erratum.apply(spec)


def test_known_defect_pointers_exist_in_the_spec() -> None:
    spec = load_spec()
    for defect in KNOWN_DEFECTS:
        for pointer in defect.pointers:
            node: Any = spec
            for token in pointer.split("/")[1:]:
                token = token.replace("~1", "/").replace("~0", "~")
                assert token in node, f"{defect.id}: {pointer} ({token!r} missing)"
                node = node[token]
        if defect.candidate is not None:
            assert not erratum_by_id(defect.candidate).enabled or defect.candidate in default_contract().errata


# -- known defects: the raw spec rejects correct bodies; the candidate errata fix exactly that ---------


def with_candidates(*ids: str, drop: tuple[str, ...] = ()) -> V2Contract:
    """The enabled errata less `drop` (to see a defect an enabled erratum fixes), plus candidates `ids`."""
    kept = (e for e in ENABLED_ERRATA if e.id not in ids and e.id not in drop)
    return V2Contract(errata=[*kept, *map(erratum_by_id, ids)])


def without(*ids: str) -> V2Contract:
    return V2Contract(errata=[e for e in ENABLED_ERRATA if e.id not in ids])


def test_closed_allof_defect_and_its_candidate() -> None:
    body = dump({"warehouses": [warehouse()]})
    message = violation(without("allof-closed-objects", "account-reads-closed-allof"), "GET", "/v2/warehouses", 200, body)
    assert "$.warehouses[0].origin_address: Additional properties are not allowed" in message
    fixed = with_candidates("allof-closed-objects")
    fixed.check("GET", "/v2/warehouses", 200, JSON, body)
    stray = warehouse()
    stray["origin_address"]["adress_line1"] = "typo"
    message = violation(fixed, "GET", "/v2/warehouses", 200, dump({"warehouses": [stray]}))
    assert "'adress_line1' was unexpected" in message
    assert "'address_line1' is a required property" not in message


def test_closed_allof_candidate_covers_labels_lists_and_carriers() -> None:
    fixed = with_candidates("allof-closed-objects")
    fixed.check("POST", "/v2/labels/rates/se-55", 200, JSON, dump(label()))
    link = {"href": "https://api.shipstation.com/v2/labels?page=1&page_size=25"}
    fixed.check("GET", "/v2/labels", 200, JSON, dump({"labels": [label()], "total": 1, "page": 1, "pages": 1,
                                                       "links": {"first": link, "last": link, "prev": {},
                                                                 "next": {}}}))
    carriers = {"carriers": [], "request_id": REQUEST_ID, "errors": []}
    fixed.check("GET", "/v2/carriers", 200, JSON, dump(carriers))
    message = violation(fixed, "POST", "/v2/labels/rates/se-55", 200, dump(label(labelid="se-1")))
    assert "'labelid' was unexpected" in message
    assert len(CLOSED_ALLOF_TARGETS) == len(set(CLOSED_ALLOF_TARGETS))


def test_nullable_defect_and_its_candidate() -> None:
    body = dump(label(voided_at=None, form_download=None, rma_number=None))
    base = with_candidates("allof-closed-objects", drop=("shipping-nullable-fields",))  # it fixes labels
    assert "$.voided_at: None is not of type 'string'" in violation(base, "GET", "/v2/labels/se-9001", 200, body)
    fixed = with_candidates("allof-closed-objects", "nullable-keywords-ignored")
    fixed.check("GET", "/v2/labels/se-9001", 200, JSON, body)
    assert "$.voided_at" in violation(fixed, "GET", "/v2/labels/se-9001", 200, dump(label(voided_at="yesterday")))
    assert "$.label_id" in violation(fixed, "GET", "/v2/labels/se-9001", 200, dump(label(label_id=None)))


def test_weight_defect_and_its_candidate() -> None:
    one_pound = label(packages=[{"package_id": 1, "weight": {"value": 1, "unit": "pound"}}])
    base = with_candidates("allof-closed-objects", drop=("weight-exclusive-minimum",))  # enabled since labels
    message = violation(base, "GET", "/v2/labels/se-9001", 200, dump(one_pound))
    assert "$.packages[0].weight.value: 1 is less than or equal to the minimum of 1" in message
    with_candidates("allof-closed-objects", "weight-exclusive-minimum").check(
        "GET", "/v2/labels/se-9001", 200, JSON, dump(one_pound))
    negative = label(packages=[{"package_id": 1, "weight": {"value": -1, "unit": "pound"}}])
    violation(with_candidates("allof-closed-objects", "weight-exclusive-minimum"),
              "GET", "/v2/labels/se-9001", 200, dump(negative))


def test_date_format_defect_and_its_candidate() -> None:
    body = dump(label(ship_date="2025-03-02"))
    base = with_candidates("allof-closed-objects")
    assert "$.ship_date: '2025-03-02' is not a 'date-time'" in violation(base, "GET", "/v2/labels/se-9001", 200, body)
    with_candidates("allof-closed-objects", "date-schema-format").check("GET", "/v2/labels/se-9001", 200, JSON, body)


# -- httpx integration ------------------------------------------------------------------------------


Route = Callable[[], httpx.Response]


def fake_api(routes: dict[tuple[str, str], Route]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        route = routes.get((request.method, request.url.path))
        return route() if route else httpx.Response(599)

    return httpx.MockTransport(handler)


ROUTES: dict[tuple[str, str], Route] = {
    ("GET", "/v2/warehouses"): lambda: httpx.Response(200, json={"warehouses": []}),
    ("POST", "/v2/labels"): lambda: httpx.Response(418, json=envelope()),
    ("PUT", "/v2/shipments/se-1/cancel"): lambda: httpx.Response(204),
    ("POST", "/__sandbox/reset"): lambda: httpx.Response(418, text="not checked"),
    ("GET", "/orders"): lambda: httpx.Response(418, text="V1: not checked"),
}


def run_sync(hook_factory: Callable[[list[str]], Any]) -> list[str]:
    failures: list[str] = []
    with httpx.Client(base_url="http://sandbox.test", transport=fake_api(ROUTES),
                      event_hooks={"response": [hook_factory(failures)]}) as client:
        assert client.get("/v2/warehouses").json() == {"warehouses": []}  # body still readable
        client.post("/v2/labels", json={})
        client.put("/v2/shipments/se-1/cancel")
        client.post("/__sandbox/reset")
        client.get("/orders")
    return failures


def test_httpx_hook_collects_violations_without_raising() -> None:
    failures = run_sync(lambda f: httpx_hook(default_contract(), f))
    assert len(failures) == 1
    assert "POST /v2/labels -> 418" in failures[0] and "undocumented status" in failures[0]


def test_httpx_hook_ignore_predicate() -> None:
    failures = run_sync(lambda f: httpx_hook(default_contract(), f, ignore=lambda r: r.status_code == 418))
    assert failures == []


def test_httpx_hook_reads_streamed_responses() -> None:
    failures: list[str] = []
    routes: dict[tuple[str, str], Route] = {
        ("GET", "/v2/warehouses"): lambda: httpx.Response(200, content=b'{"warehouses": 3}',
                                                          headers={"content-type": JSON}),
    }
    with httpx.Client(base_url="http://sandbox.test", transport=fake_api(routes),
                      event_hooks={"response": [httpx_hook(default_contract(), failures)]}) as client:
        with client.stream("GET", "/v2/warehouses") as response:
            assert response.read() == b'{"warehouses": 3}'
    assert len(failures) == 1 and "$.warehouses: 3 is not of type 'array'" in failures[0]


def test_async_httpx_hook() -> None:
    failures: list[str] = []

    async def go() -> None:
        async with httpx.AsyncClient(base_url="http://sandbox.test", transport=fake_api(ROUTES),
                                     event_hooks={"response": [async_httpx_hook(default_contract(), failures)]}
                                     ) as client:
            await client.get("/v2/warehouses")
            await client.post("/v2/labels", json={})
            await client.post("/__sandbox/reset")

    asyncio.run(go())
    assert len(failures) == 1 and "POST /v2/labels -> 418" in failures[0]
