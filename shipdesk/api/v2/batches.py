"""Batches (buy many labels in one go) and manifests (end-of-day forms).

Processing a batch buys its labels, so those calls are purchases: never re-sent after a lost answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from .models_batches import Batch, BatchError, BatchErrors, BatchList, Manifest, ManifestList, ManifestResult
from .models_common import DisplayScheme, LabelFormat, LabelLayout, SortDir
from .paging import V2Calls, iso, query, seg


class ProcessOptions(TypedDict, total=False):
    ship_date: datetime
    label_layout: LabelLayout
    label_format: LabelFormat
    display_scheme: DisplayScheme


class BatchFilters(TypedDict, total=False):
    status: str  # open, queued, processing, completed, completed_with_errors, archived, ...
    batch_number: str
    sort_by: str  # ship_date, processed_at, created_at
    sort_dir: SortDir


class ManifestFilters(TypedDict, total=False):
    warehouse_id: str
    carrier_id: str
    ship_date_start: datetime
    ship_date_end: datetime
    created_at_start: datetime
    created_at_end: datetime
    label_ids: list[str]


def _process_body(options: ProcessOptions) -> dict[str, Any]:
    return {k: iso(v) if isinstance(v, datetime | date) else v for k, v in options.items()}


def _ids(shipment_ids: Sequence[str] | None, rate_ids: Sequence[str] | None) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if shipment_ids is not None:
        body["shipment_ids"] = list(shipment_ids)
    if rate_ids is not None:
        body["rate_ids"] = list(rate_ids)
    return body


class BatchesMixin(V2Calls):
    # -- batches ------------------------------------------------------------------------------------

    def create_batch(self, *, shipment_ids: Sequence[str] | None = None, rate_ids: Sequence[str] | None = None,
                     external_batch_id: str | None = None, batch_notes: str | None = None,
                     process: ProcessOptions | None = None) -> Batch:
        """Create an open batch; with `process` it is also processed at once (that buys the labels)."""
        body = _ids(shipment_ids, rate_ids)
        if external_batch_id is not None:
            body["external_batch_id"] = external_batch_id
        if batch_notes is not None:
            body["batch_notes"] = batch_notes
        if process is not None:
            body["process_labels"] = {"create_batch_and_process_labels": True, **_process_body(process)}
        action = "Create and process batch" if process is not None else "Create batch"
        return self.transport.call(action, "POST", "/v2/batches", body=body, purchase=process is not None,
                                   into=Batch)

    def get_batch(self, batch_id: str) -> Batch:
        return self.transport.call("Get batch", "GET", f"/v2/batches/{seg(batch_id)}", into=Batch)

    def get_batch_by_external_id(self, external_batch_id: str) -> Batch:
        return self.transport.call("Find batch by external id", "GET",
                                   f"/v2/batches/external_batch_id/{seg(external_batch_id)}", into=Batch)

    def list_batches(self, *, page: int | None = None, page_size: int | None = None,
                     **filters: Unpack[BatchFilters]) -> BatchList:
        params = query({**filters, "page": page, "page_size": page_size})
        return self.transport.call("List batches", "GET", "/v2/batches", params=params, into=BatchList)

    def iter_batches(self, *, page_size: int | None = 100, **filters: Unpack[BatchFilters]) -> Iterator[Batch]:
        return self.iter_pages("List batches", "/v2/batches", BatchList, lambda p: p.batches,
                               params=dict(filters), page_size=page_size)

    def add_to_batch(self, batch_id: str, *, shipment_ids: Sequence[str] | None = None,
                     rate_ids: Sequence[str] | None = None) -> None:
        self.transport.call("Add to batch", "POST", f"/v2/batches/{seg(batch_id)}/add",
                            body=_ids(shipment_ids, rate_ids))

    def remove_from_batch(self, batch_id: str, *, shipment_ids: Sequence[str] | None = None,
                          rate_ids: Sequence[str] | None = None) -> None:
        self.transport.call("Remove from batch", "POST", f"/v2/batches/{seg(batch_id)}/remove",
                            body=_ids(shipment_ids, rate_ids))

    def process_batch_labels(self, batch_id: str, **options: Unpack[ProcessOptions]) -> None:
        """Start buying the batch's labels (asynchronous: poll `get_batch` for the status). Spends money."""
        self.transport.call("Process batch", "POST", f"/v2/batches/{seg(batch_id)}/process/labels",
                            body=_process_body(options), purchase=True)

    def list_batch_errors(self, batch_id: str, *, page: int | None = None,
                          page_size: int | None = None) -> BatchErrors:
        # This one endpoint spells its page size `pagesize`.
        return self.transport.call("List batch errors", "GET", f"/v2/batches/{seg(batch_id)}/errors",
                                   params={"page": page, "pagesize": page_size}, into=BatchErrors)

    def iter_batch_errors(self, batch_id: str, *, page_size: int | None = 100) -> Iterator[BatchError]:
        return self.iter_pages("List batch errors", f"/v2/batches/{seg(batch_id)}/errors", BatchErrors,
                               lambda p: p.errors, page_size=page_size, size_param="pagesize")

    def archive_batch(self, batch_id: str) -> None:
        self.transport.call("Archive batch", "DELETE", f"/v2/batches/{seg(batch_id)}")

    # -- manifests ----------------------------------------------------------------------------------

    def create_manifest(self, *, carrier_id: str, warehouse_id: str, ship_date: date | datetime,
                        label_ids: Sequence[str] | None = None,
                        excluded_label_ids: Sequence[str] | None = None) -> ManifestResult:
        """Manifest a carrier's labels from one warehouse for one ship date."""
        when = ship_date if isinstance(ship_date, datetime) else datetime(ship_date.year, ship_date.month,
                                                                          ship_date.day)
        body: dict[str, Any] = {"carrier_id": carrier_id, "warehouse_id": warehouse_id, "ship_date": iso(when)}
        if label_ids is not None:
            body["label_ids"] = list(label_ids)
        if excluded_label_ids is not None:
            body["excluded_label_ids"] = list(excluded_label_ids)
        return self.transport.call("Create manifest", "POST", "/v2/manifests", body=body, into=ManifestResult)

    def create_manifest_for_labels(self, label_ids: Sequence[str]) -> ManifestResult:
        return self.transport.call("Create manifest", "POST", "/v2/manifests", body={"label_ids": list(label_ids)},
                                   into=ManifestResult)

    def list_manifests(self, *, page: int | None = None, page_size: int | None = None,
                       **filters: Unpack[ManifestFilters]) -> ManifestList:
        params = query({**filters, "page": page, "page_size": page_size})
        return self.transport.call("List manifests", "GET", "/v2/manifests", params=params, into=ManifestList)

    def iter_manifests(self, *, page_size: int | None = 100,
                       **filters: Unpack[ManifestFilters]) -> Iterator[Manifest]:
        return self.iter_pages("List manifests", "/v2/manifests", ManifestList, lambda p: p.manifests,
                               params=dict(filters), page_size=page_size)

    def get_manifest(self, manifest_id: str) -> Manifest:
        return self.transport.call("Get manifest", "GET", f"/v2/manifests/{seg(manifest_id)}", into=Manifest)
