"""V2 batches (many labels bought in one go) and manifests (the end-of-day scan form for the driver)."""

from __future__ import annotations

from pydantic import Field

from ..models_base import V2Model
from .models_common import Link, Paged, PageLinks, V2DateTime, V2Error
from .models_labels import LabelDownload, PaperlessDownload


class Batch(V2Model):
    batch_id: str
    batch_number: str | None = None
    external_batch_id: str | None = None
    batch_notes: str | None = None
    status: str | None = None  # open, queued, processing, completed, completed_with_errors, archived, ...
    created_at: V2DateTime | None = None
    processed_at: V2DateTime | None = None
    label_layout: str | None = None
    label_format: str | None = None
    errors: int = 0  # counts; the messages are in `process_errors` and GET .../errors
    warnings: int = 0
    completed: int = 0
    forms: int = 0
    count: int = 0
    process_errors: list[V2Error] = Field(default_factory=list)
    batch_shipments_url: Link | None = None
    batch_labels_url: Link | None = None
    batch_errors_url: Link | None = None
    label_download: LabelDownload | None = None
    form_download: Link | None = None
    paperless_download: PaperlessDownload | None = None


class BatchList(Paged):
    batches: list[Batch]


class BatchError(V2Model):
    error: str | None = None
    shipment_id: str | None = None
    external_shipment_id: str | None = None


class BatchErrors(V2Model):
    """GET /v2/batches/{id}/errors: only `errors` and `links` (no total/pages), paged by `pagesize`."""

    errors: list[BatchError]
    links: PageLinks | None = None

    def next_href(self) -> str | None:
        return self.links.next.href if self.links and self.links.next and self.links.next.href else None


class Manifest(V2Model):
    manifest_id: str
    form_id: str | None = None
    created_at: V2DateTime | None = None
    ship_date: V2DateTime | None = None
    shipments: int | None = None  # how many shipments the form covers
    label_ids: list[str] = Field(default_factory=list)
    warehouse_id: str | None = None
    submission_id: str | None = None
    carrier_id: str | None = None
    manifest_download: Link | None = None


class ManifestList(Paged):
    manifests: list[Manifest]


class ManifestResult(V2Model):
    """POST /v2/manifests: the manifests made, the request's status, and errors per label."""

    manifests: list[Manifest] = Field(default_factory=list)
    manifest_request_id: str | None = None
    status: str | None = None  # in_progress, completed
    request_id: str | None = None
    errors: list[V2Error] = Field(default_factory=list)
    manifest_id: str | None = None  # the deprecated single-manifest fields, mirrored at the top level
