"""V2 labels: the label object, its download links or inline file, void results and tracking."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from pydantic import Field

from ..models_base import V2Model
from .models_common import Address, Dimensions, Link, MonetaryValue, Paged, V2DateTime, Weight
from .models_shipments import LabelMessages

MEDIA_TYPES = {"pdf": "application/pdf", "png": "image/png", "zpl": "application/zpl"}


class InlineLabelUnreadable(ValueError):
    """`label_download.href` was neither a URL nor a readable Base64 / data: URI payload."""


class LabelDownload(V2Model):
    """`href` is the requested format: a URL (pre-authorised, no key needed) or, for
    `label_download_type: inline`, the file itself as a `data:` URI or bare Base64."""

    href: str | None = None
    pdf: str | None = None
    png: str | None = None
    zpl: str | None = None

    def url_for(self, fmt: str | None = None) -> str | None:
        """The download URL of `fmt` (the requested format when None); None if there is no URL."""
        value = getattr(self, fmt) if fmt in MEDIA_TYPES else self.href
        return value if isinstance(value, str) and _is_url(value) else None

    @property
    def is_inline(self) -> bool:
        return bool(self.href) and not _is_url(self.href or "")

    def inline_bytes(self) -> bytes | None:
        """The inline file when `href` carries it (data: URI or bare Base64); None when it is a URL."""
        if not self.href or _is_url(self.href):
            return None
        payload = self.href
        if payload.startswith("data:"):
            header, _, payload = payload.partition(",")
            if ";base64" not in header:
                return payload.encode()
        try:
            return base64.b64decode("".join(payload.split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InlineLabelUnreadable("The label's inline file is not valid Base64.") from exc


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "/v2/"))


class PaperlessDownload(V2Model):
    href: str | None = None
    instructions: str | None = None
    handoff_code: str | None = None


class AlternativeIdentifier(V2Model):
    type: str | None = None
    value: str | None = None


class LabelPackage(V2Model):
    package_id: int | None = None
    package_code: str | None = None
    weight: Weight | None = None
    dimensions: Dimensions | None = None
    insured_value: MonetaryValue | None = None
    tracking_number: str | None = None
    label_download: LabelDownload | None = None
    form_download: Link | None = None
    label_messages: LabelMessages | None = None
    external_package_id: str | None = None
    content_description: str | None = None
    sequence: int | None = None
    alternative_identifiers: list[AlternativeIdentifier] | None = None


class RateDetail(V2Model):
    rate_detail_type: str | None = None
    carrier_description: str | None = None
    carrier_billing_code: str | None = None
    amount: MonetaryValue | None = None
    billing_source: str | None = None


class Label(V2Model):
    label_id: str
    status: str | None = None  # processing, completed, error, voided
    shipment_id: str | None = None
    external_shipment_id: str | None = None
    external_order_id: str | None = None
    ship_date: V2DateTime | None = None
    created_at: V2DateTime | None = None
    shipment_cost: MonetaryValue | None = None
    insurance_cost: MonetaryValue | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    tracking_status: str | None = None
    is_return_label: bool | None = None
    rma_number: str | None = None
    is_international: bool | None = None
    batch_id: str | None = None  # "" when the label is not in a batch
    carrier_id: str | None = None
    carrier_code: str | None = None
    service_code: str | None = None
    package_code: str | None = None
    charge_event: str | None = None
    voided: bool = False
    voided_at: V2DateTime | None = None
    label_format: str | None = None
    label_layout: str | None = None
    display_scheme: str | None = None
    trackable: bool | None = None
    confirmation: str | None = None
    label_download: LabelDownload | None = None
    form_download: Link | None = None
    qr_code_download: Link | None = None
    paperless_download: PaperlessDownload | None = None
    insurance_claim: Link | None = None
    packages: list[LabelPackage] = Field(default_factory=list)
    alternative_identifiers: list[AlternativeIdentifier] | None = None
    rate_details: list[RateDetail] | None = None
    ship_to: Address | None = None

    def file_bytes(self, fetch: Callable[[str], bytes], fmt: str | None = None) -> bytes:
        """The label file: decoded when it came inline, else fetched from its URL with `fetch`.

        Raises LookupError when neither the inline file (in the requested format) nor a URL is there.
        """
        download = self.label_download or LabelDownload()
        if download.is_inline and fmt in (None, self.label_format):
            data = download.inline_bytes()
            if data is not None:
                return data
        url = download.url_for(fmt)
        if url is None:
            raise LookupError(f"Label {self.label_id} has no {fmt or self.label_format or 'label'} file to download.")
        return fetch(url)


class LabelList(Paged):
    labels: list[Label]


class VoidResult(V2Model):
    approved: bool
    message: str = ""
    reason_code: str | None = None  # when not approved, e.g. label_already_voided


class TrackingEvent(V2Model):
    occurred_at: V2DateTime | None = None
    carrier_occurred_at: str | None = None
    description: str | None = None
    city_locality: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country_code: str | None = None
    event_code: str | None = None
    status_code: str | None = None
    status_description: str | None = None


class TrackingInfo(V2Model):
    tracking_number: str | None = None
    tracking_url: str | None = None
    status_code: str | None = None  # UN, AC, IT, DE, EX, AT, NY, SP
    status_detail_code: str | None = None
    status_description: str | None = None
    carrier_code: str | None = None
    carrier_status_code: str | None = None
    carrier_status_description: str | None = None
    ship_date: V2DateTime | None = None
    estimated_delivery_date: V2DateTime | None = None
    actual_delivery_date: V2DateTime | None = None
    exception_description: str | None = None
    events: list[TrackingEvent] = Field(default_factory=list)
