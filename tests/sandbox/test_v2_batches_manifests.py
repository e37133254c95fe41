"""V2 batches and manifests over real HTTP: one label per shipment, batch errors, SCAN-form PDFs."""

from __future__ import annotations

import io

import httpx
import pypdf
from v2_ship_data import (
    FEDEX,
    UPS,
    USPS,
    WAREHOUSE,
    buy,
    create_shipment,
    create_shipments,
    error,
    ok,
    rate,
    shipment,
)


def _ready(v2, count, **overrides):
    """`count` shipments with UPS Ground chosen, ready for a batch."""
    bodies = [shipment(carrier_id=UPS, service_code="ups_ground", external_shipment_id=f"b-{i}", **overrides)
              for i in range(count)]
    return [s["shipment_id"] for s in create_shipments(v2, *bodies)]


def test_processing_a_batch_buys_one_label_per_shipment(v2, admin):
    ids = _ready(v2, 3)
    batch = ok(v2.post("/v2/batches", json={"shipment_ids": ids, "batch_notes": "Morning run"}))
    assert batch["status"] == "open" and batch["count"] == 0 and batch["batch_notes"] == "Morning run"
    assert batch["processed_at"] is None and batch["external_batch_id"] is None
    in_batch = ok(httpx.get(batch["batch_shipments_url"]["href"], headers=v2.headers))
    assert sorted(s["shipment_id"] for s in in_batch["shipments"]) == sorted(ids)
    assert v2.post(f"/v2/batches/{batch['batch_id']}/process/labels",
                   json={"label_format": "zpl"}).status_code == 204
    done = ok(v2.get(f"/v2/batches/{batch['batch_id']}"))
    assert (done["status"], done["completed"], done["errors"], done["count"]) == ("completed", 3, 0, 3)
    assert done["processed_at"] and done["label_format"] == "zpl"
    labels = ok(httpx.get(done["batch_labels_url"]["href"], headers=v2.headers))["labels"]
    assert sorted(lb["shipment_id"] for lb in labels) == sorted(ids)
    assert all(lb["batch_id"] == batch["batch_id"] and lb["label_format"] == "zpl" for lb in labels)
    counters = admin.get("/counters").json()
    assert counters["labels_by_shipment"] == dict.fromkeys(ids, 1)
    assert counters["labels_by_external_id"] == {"b-0": 1, "b-1": 1, "b-2": 1}
    assert ok(v2.get(f"/v2/batches/{batch['batch_id']}/errors"))["errors"] == []
    refused = v2.post(f"/v2/batches/{batch['batch_id']}/process/labels", json={})
    assert error(refused)[:2] == ("business_rules", "batch_cannot_be_modified")
    assert error(v2.post(f"/v2/batches/{batch['batch_id']}/add", json={"shipment_ids": ids[:1]}))[1] \
        == "batch_cannot_be_modified"


def test_batch_errors_are_listed_per_shipment(v2):
    good = _ready(v2, 2)
    no_service = create_shipment(v2, external_shipment_id="no-service")["shipment_id"]
    batch = ok(v2.post("/v2/batches", json={"shipment_ids": [*good, no_service]}))
    v2.post(f"/v2/batches/{batch['batch_id']}/process/labels")
    done = ok(v2.get(f"/v2/batches/{batch['batch_id']}"))
    assert (done["status"], done["completed"], done["errors"]) == ("completed_with_errors", 2, 1)
    assert no_service in done["process_errors"][0]["message"]
    errors = ok(v2.get(f"/v2/batches/{batch['batch_id']}/errors", params={"pagesize": 1}))
    assert errors["errors"] == [{"error": errors["errors"][0]["error"], "shipment_id": no_service,
                                 "external_shipment_id": "no-service"}]
    assert ok(v2.get("/v2/labels", params={"batch_id": batch["batch_id"]}))["total"] == 2


def test_create_and_process_with_rates_and_207_on_errors(v2):
    shipment_id = create_shipment(v2)["shipment_id"]
    chosen = next(r for r in rate(v2, shipment_id, [FEDEX])["rates"] if r["service_code"] == "fedex_2day")
    body = {"rate_ids": [chosen["rate_id"]], "external_batch_id": "wave-1",
            "process_labels": {"create_batch_and_process_labels": True, "label_format": "pdf"}}
    batch = ok(v2.post("/v2/batches", json=body))
    assert (batch["status"], batch["completed"]) == ("completed", 1)
    label = ok(v2.get("/v2/labels", params={"batch_id": batch["batch_id"]}))["labels"][0]
    assert (label["service_code"], label["shipment_id"]) == ("fedex_2day", shipment_id)
    assert ok(v2.get("/v2/batches/external_batch_id/wave-1"))["batch_id"] == batch["batch_id"]
    assert error(v2.post("/v2/batches", json={"external_batch_id": "wave-1"}))[1] == "identifier_conflict"
    broken = create_shipment(v2)["shipment_id"]  # no carrier chosen: its purchase fails
    partial = v2.post("/v2/batches", json={"shipment_ids": [broken, *_ready(v2, 1)],
                                           "process_labels": {"create_batch_and_process_labels": True}})
    assert partial.status_code == 207
    assert (partial.json()["completed"], partial.json()["errors"]) == (1, 1)


def test_add_remove_list_and_archive(v2):
    ids = _ready(v2, 3)
    batch = ok(v2.post("/v2/batches", json={"shipment_ids": ids[:1]}))
    url = f"/v2/batches/{batch['batch_id']}"
    assert v2.post(f"{url}/add", json={"shipment_ids": ids[1:]}).status_code == 204
    assert v2.post(f"{url}/remove", json={"shipment_ids": [ids[0]]}).status_code == 204
    assert error(v2.post(f"{url}/remove", json={"shipment_ids": [ids[0]]}))[1] == "invalid_identifier"
    other = ok(v2.post("/v2/batches", json={}))
    assert error(v2.post(f"/v2/batches/{other['batch_id']}/add", json={"shipment_ids": [ids[1]]}))[1] \
        == "identifier_conflict"
    assert error(v2.post(f"/v2/batches/{other['batch_id']}/add", json={"shipment_ids": ["se-424242"]}))[1] \
        == "invalid_identifier"
    in_batch = ok(v2.get("/v2/shipments", params={"batch_id": batch["batch_id"]}))
    assert sorted(s["shipment_id"] for s in in_batch["shipments"]) == sorted(ids[1:])
    v2.post(f"{url}/process/labels", json={})
    assert ok(v2.get(url))["completed"] == 2
    listing = ok(v2.get("/v2/batches", params={"status": "open"}))
    assert [b["batch_id"] for b in listing["batches"]] == [other["batch_id"]]
    assert ok(v2.get("/v2/batches"))["total"] == 2
    assert v2.delete(f"/v2/batches/{other['batch_id']}").status_code == 204
    assert ok(v2.get(f"/v2/batches/{other['batch_id']}"))["status"] == "archived"
    assert error(v2.get("/v2/batches/se-424242"), 404)[1] == "invalid_identifier"
    assert ok(v2.get("/v2/batches", params={"status": "lost"}))["total"] == 0  # the spec declares no 400 here


def _pdf_text(url: str) -> str:
    got = httpx.get(url, timeout=10)
    assert got.status_code == 200 and got.headers["content-type"] == "application/pdf"
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(got.content)).pages)


def test_manifest_by_carrier_warehouse_and_ship_date(v2):
    ups = [buy(v2, UPS, "ups_ground", ship_date="2030-03-02") for _ in range(2)]
    buy(v2, UPS, "ups_ground", ship_date="2030-03-03")  # another day
    buy(v2, FEDEX, "fedex_ground", ship_date="2030-03-02")  # another carrier
    body = {"carrier_id": UPS, "warehouse_id": WAREHOUSE, "ship_date": "2030-03-02T00:00:00Z"}
    created = ok(v2.post("/v2/manifests", json=body))
    assert created["status"] == "completed" and created["errors"] == [] and len(created["manifests"]) == 1
    manifest = created["manifests"][0]
    assert manifest["shipments"] == 2 and sorted(manifest["label_ids"]) == sorted(lb["label_id"] for lb in ups)
    assert (manifest["carrier_id"], manifest["warehouse_id"]) == (UPS, WAREHOUSE)
    assert manifest["ship_date"].startswith("2030-03-02") and created["manifest_id"] == manifest["manifest_id"]
    text = _pdf_text(manifest["manifest_download"]["href"])
    assert all(lb["tracking_number"] in text for lb in ups) and "Main Warehouse" in text
    assert ok(v2.get(f"/v2/manifests/{manifest['manifest_id']}")) == manifest
    assert ok(v2.get("/v2/manifests", params={"carrier_id": UPS}))["manifests"] == [manifest]
    assert ok(v2.get("/v2/manifests", params={"carrier_id": FEDEX}))["total"] == 0
    assert ok(v2.get("/v2/manifests", params={"label_ids": ups[0]["label_id"]}))["total"] == 1
    again = v2.post("/v2/manifests", json=body)  # those labels are in a manifest already
    assert error(again)[:2] == ("business_rules", "invalid_status")
    assert error(v2.get("/v2/manifests/se-424242"), 404)[1] == "invalid_identifier"


def test_manifest_by_label_ids_skips_what_cannot_go(v2):
    live = [buy(v2, USPS, "usps_priority_mail"), buy(v2, FEDEX, "fedex_ground")]
    voided = buy(v2, USPS, "usps_priority_mail")
    ok(v2.put(f"/v2/labels/{voided['label_id']}/void"))
    created = ok(v2.post("/v2/manifests", json={"label_ids": [lb["label_id"] for lb in [*live, voided]]}))
    assert len(created["manifests"]) == 2  # one per carrier
    assert {m["carrier_id"] for m in created["manifests"]} == {USPS, FEDEX}
    assert [(e["label_id"], e["error_code"]) for e in created["errors"]] == [(voided["label_id"], "invalid_status")]
    only_voided = v2.post("/v2/manifests", json={"label_ids": [voided["label_id"]]})
    assert "voided" in error(only_voided)[2]
    assert error(v2.post("/v2/manifests", json={"label_ids": ["se-424242"]}))[1] == "invalid_identifier"
    assert error(v2.post("/v2/manifests", json={"carrier_id": UPS}))[1] == "field_value_required"
