"""Labels: buying (never re-sent: a lost answer is OutcomeUnknown), listing, voiding, returns,
tracking and downloading the file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, TypedDict, Unpack

from ..errors import InvalidResponse, NotFound
from .models_common import ChargeEvent, DisplayScheme, LabelDownloadType, LabelFormat, LabelLayout, SortDir
from .models_labels import InlineLabelUnreadable, Label, LabelList, TrackingInfo, VoidResult
from .models_shipments import ShipmentRequest
from .paging import V2Calls, query, seg


class LabelOptions(TypedDict, total=False):
    """How the label file is made; ShipStation's defaults are pdf, 4x6, url, label.

    `test_label` ("no charge will be added", deprecated in the spec) is accepted only by `create_label`:
    the spec's body for buying from a rate or a stored shipment has no such field."""

    label_format: LabelFormat
    label_layout: LabelLayout
    label_download_type: LabelDownloadType
    display_scheme: DisplayScheme
    validate_address: str
    charge_event: ChargeEvent
    label_image_id: str
    test_label: bool


class LabelFilters(TypedDict, total=False):
    label_status: str  # processing, completed, error, voided
    service_code: str
    carrier_id: str
    tracking_number: str
    batch_id: str
    rate_id: str
    shipment_id: str
    warehouse_id: str
    created_at_start: datetime
    created_at_end: datetime
    sort_by: str  # created_at (default), modified_at
    sort_dir: SortDir


class LabelsMixin(V2Calls):
    # -- buying -------------------------------------------------------------------------------------

    def create_label(self, shipment: ShipmentRequest, *, is_return_label: bool | None = None,
                     rma_number: str | None = None, **options: Unpack[LabelOptions]) -> Label:
        """Buy a label for a shipment object (carrier_id and service_code set). Spends money."""
        body: dict[str, Any] = {"shipment": shipment.wire(), **options}
        if is_return_label is not None:
            body["is_return_label"] = is_return_label
        if rma_number is not None:
            body["rma_number"] = rma_number
        return self.transport.call("Buy label", "POST", "/v2/labels", body=body, purchase=True, into=Label)

    def create_label_from_rate(self, rate_id: str, **options: Unpack[LabelOptions]) -> Label:
        """Buy the label a rate quoted. Spends money."""
        return self.transport.call("Buy label from rate", "POST", f"/v2/labels/rates/{seg(rate_id)}",
                                   body=dict(options), purchase=True, into=Label)

    def create_label_from_shipment(self, shipment_id: str, **options: Unpack[LabelOptions]) -> Label:
        """Buy a label for a stored shipment with its carrier and service. Spends money."""
        return self.transport.call("Buy label for shipment", "POST", f"/v2/labels/shipment/{seg(shipment_id)}",
                                   body=dict(options), purchase=True, into=Label)

    def create_return_label(self, label_id: str, **options: Unpack[LabelOptions]) -> Label:
        """Buy the return label of an outbound label (addresses swapped). Spends money."""
        return self.transport.call("Buy return label", "POST", f"/v2/labels/{seg(label_id)}/return",
                                   body=dict(options), purchase=True, into=Label)

    # -- reading ------------------------------------------------------------------------------------

    def list_labels(self, *, page: int | None = None, page_size: int | None = None,
                    **filters: Unpack[LabelFilters]) -> LabelList:
        params = query({**filters, "page": page, "page_size": page_size})
        return self.transport.call("List labels", "GET", "/v2/labels", params=params, into=LabelList)

    def iter_labels(self, *, page_size: int | None = 100, **filters: Unpack[LabelFilters]) -> Iterator[Label]:
        return self.iter_pages("List labels", "/v2/labels", LabelList, lambda p: p.labels, params=dict(filters),
                               page_size=page_size)

    def get_label(self, label_id: str, *, label_download_type: LabelDownloadType | None = None) -> Label:
        return self.transport.call("Get label", "GET", f"/v2/labels/{seg(label_id)}",
                                   params={"label_download_type": label_download_type}, into=Label)

    def track_label(self, label_id: str) -> TrackingInfo:
        return self.transport.call("Track label", "GET", f"/v2/labels/{seg(label_id)}/track", into=TrackingInfo)

    # -- changing -----------------------------------------------------------------------------------

    def void_label(self, label_id: str) -> VoidResult:
        """Void (and ask for a refund). `approved` False with a `reason_code` when the carrier refuses."""
        return self.transport.call("Void label", "PUT", f"/v2/labels/{seg(label_id)}/void", into=VoidResult)

    def download_label(self, label: Label | str, fmt: LabelFormat | None = None) -> bytes:
        """The label file in `fmt` (the label's own format when None), inline or from its URL.

        An inline label only carries its own format; for another one the label is read again with URLs.
        """
        if isinstance(label, str):
            label = self.get_label(label)
        try:
            return self._label_file(label, fmt)
        except LookupError as exc:
            raise NotFound(f"ShipStation has no {fmt or 'label'} file for label {label.label_id} (yet).",
                           detail=str(exc)) from exc
        except InlineLabelUnreadable as exc:
            raise InvalidResponse(f"The label file ShipStation sent for {label.label_id} cannot be read.",
                                  detail=str(exc)) from exc

    def download_form(self, label: Label) -> bytes | None:
        """The customs form (PDF) of an international label; None when the label has none."""
        links = [label.form_download, *(p.form_download for p in label.packages)]
        href = next((link.href for link in links if link is not None and link.href), None)
        if href is None:
            return None
        return self.transport.fetch_bytes("Download customs form", href)

    def _label_file(self, label: Label, fmt: LabelFormat | None) -> bytes:
        try:
            return label.file_bytes(self._fetch_label, fmt)
        except LookupError:
            fresh = self.get_label(label.label_id, label_download_type="url")
            return fresh.file_bytes(self._fetch_label, fmt)

    def _fetch_label(self, url: str) -> bytes:
        return self.transport.fetch_bytes("Download label", url)
