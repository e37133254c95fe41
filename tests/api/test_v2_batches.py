"""V2Client batches and manifests against the sandbox; batch errors walked by following `links.next`."""

from __future__ import annotations

from api.v2_support import assert_same, buy, last_body, shipment


def _usps(client) -> str:
    return next(c.carrier_id for c in client.list_carriers().carriers if c.carrier_code == "stamps_com")


def test_batch_lifecycle_and_processing(v2c, v2_raw, admin):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    usps = _usps(v2c)
    made = v2c.create_shipments([shipment(warehouse, external_id=f"bat-{n}", carrier_id=usps,
                                          service_code="usps_priority_mail") for n in range(4)])
    ids = [s.shipment_id for s in made.shipments]

    batch = v2c.create_batch(shipment_ids=ids[:2], external_batch_id="night-run", batch_notes="evening pick")
    assert_same(batch, last_body(v2c))
    assert batch.status == "open" and batch.external_batch_id == "night-run" and batch.created_at is not None
    v2c.add_to_batch(batch.batch_id, shipment_ids=ids[2:])
    v2c.remove_from_batch(batch.batch_id, shipment_ids=[ids[3]])
    in_batch = {s.shipment_id for s in v2c.iter_shipments(batch_id=batch.batch_id)}
    assert in_batch == set(ids[:3])

    assert v2c.get_batch_by_external_id("night-run").batch_id == batch.batch_id
    listed = v2c.list_batches(status="open")
    assert_same(listed, last_body(v2c))
    assert [b.batch_id for b in listed.batches] == [batch.batch_id]

    assert v2c.process_batch_labels(batch.batch_id, label_format="pdf", label_layout="4x6") is None
    done = v2c.get_batch(batch.batch_id)
    assert_same(done, v2_raw.get(f"/v2/batches/{batch.batch_id}").json())
    assert done.status == "completed" and (done.completed, done.errors, done.count) == (3, 0, 3)
    assert done.processed_at is not None and done.processed_at.tzinfo is not None
    labels = list(v2c.iter_labels(batch_id=batch.batch_id))
    assert {lb.shipment_id for lb in labels} == set(ids[:3])
    counters = admin.get("/counters").json()["labels_by_shipment"]
    assert [counters.get(i, 0) for i in ids] == [1, 1, 1, 0]
    assert not list(v2c.iter_batch_errors(batch.batch_id))

    v2c.archive_batch(batch.batch_id)
    assert v2c.get_batch(batch.batch_id).status == "archived"
    assert [b.batch_id for b in v2c.iter_batches(status="archived")] == [batch.batch_id]


def test_create_and_process_at_once_reports_errors_page_by_page(v2c):
    warehouse = v2c.list_warehouses()[0].warehouse_id
    usps = _usps(v2c)
    made = v2c.create_shipments([shipment(warehouse, external_id=f"err-{n}", carrier_id=usps,
                                          service_code="usps_priority_mail") for n in range(5)])
    ids = [s.shipment_id for s in made.shipments]
    for shipment_id in ids[:3]:  # cancelled shipments cannot get labels: three batch errors
        v2c.cancel_shipment(shipment_id)

    batch = v2c.create_batch(shipment_ids=ids, process={"label_format": "pdf"})  # answered 207
    assert batch.status == "completed_with_errors" and (batch.completed, batch.errors) == (2, 3)
    assert len(batch.process_errors) == 3 and all(e.message for e in batch.process_errors)

    first = v2c.list_batch_errors(batch.batch_id, page_size=1)
    assert len(first.errors) == 1 and first.next_href() is not None
    walked = list(v2c.iter_batch_errors(batch.batch_id, page_size=1))
    assert sorted(e.shipment_id for e in walked if e.shipment_id) == sorted(ids[:3])
    assert {e.external_shipment_id for e in walked} == {"err-0", "err-1", "err-2"}
    follows = [r for r in v2c.call_log.last() if r.action == "List batch errors"][-3:]
    assert [("pagesize=1" in r.url, f"page={n}" in r.url) for n, r in enumerate(follows, 1)] == [(True, True)] * 3


def test_manifests_by_carrier_and_by_labels(v2c, v2_raw):
    labels = [buy(v2c) for _ in range(2)]
    voided = buy(v2c)
    v2c.void_label(voided.label_id)
    first = labels[0]
    assert first.ship_date is not None and first.carrier_id is not None

    result = v2c.create_manifest(carrier_id=first.carrier_id, warehouse_id=v2c.list_warehouses()[0].warehouse_id,
                                 ship_date=first.ship_date)
    assert_same(result, last_body(v2c))
    assert result.status == "completed" and len(result.manifests) == 1 and not result.errors
    manifest = result.manifests[0]
    assert sorted(manifest.label_ids) == sorted(lb.label_id for lb in labels) and manifest.shipments == 2
    assert manifest.manifest_download is not None and manifest.manifest_download.href
    assert v2c.transport.fetch_bytes("Download manifest", manifest.manifest_download.href).startswith(b"%PDF")

    got = v2c.get_manifest(manifest.manifest_id)
    assert_same(got, v2_raw.get(f"/v2/manifests/{manifest.manifest_id}").json())
    assert got.created_at is not None and got.created_at.tzinfo is not None
    page = v2c.list_manifests(carrier_id=first.carrier_id)
    assert_same(page, last_body(v2c))
    assert [m.manifest_id for m in page.manifests] == [manifest.manifest_id]

    extra = buy(v2c)
    by_labels = v2c.create_manifest_for_labels([extra.label_id, voided.label_id])
    assert [m.label_ids for m in by_labels.manifests] == [[extra.label_id]]
    assert [e.label_id for e in by_labels.errors] == [voided.label_id]
    assert {m.manifest_id for m in v2c.iter_manifests(page_size=1)} == {
        manifest.manifest_id, by_labels.manifests[0].manifest_id}
