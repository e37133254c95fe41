"""The files behind V2 labels, customs forms and manifests, kept in `world.files` and served pre-authorised.

Paths (after `/v2/downloads/`) look like ShipStation's: `1/<token>/label-<n>.pdf|png|zpl`,
`1/<token>/form-<n>.pdf` and `2/<token>/manifest-<n>.pdf`, where `<n>` is the record's number and
`<token>` is derived from the world's seed and the record id (unguessable enough for a sandbox, and
stable across a reset with the same seed). The requested label format is made when the label is bought;
the other two formats are made the first time someone downloads them (`resolve`).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from decimal import Decimal

from .catalog import carrier_by_v2_id
from .labels import CustomsLine, LabelContent, customs_form_pdf, label_pdf, label_png, label_zpl
from .state import Record, World

LABEL_DIR, MANIFEST_DIR = "1", "2"
CONTENT_TYPES = {"pdf": "application/pdf", "png": "image/png", "zpl": "application/zpl"}
FORMATS = tuple(CONTENT_TYPES)
_LABEL_FILE = re.compile(r"^1/([A-Za-z0-9_-]+)/label-(\d+)\.(pdf|png|zpl)$")


def token(world: World, kind: str, ident: str) -> str:
    digest = hashlib.blake2b(f"{world.config.seed}:{kind}:{ident}".encode(), digest_size=16).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _number(ident: str) -> str:
    return ident.removeprefix("se-")


def label_path(world: World, label_id: str, fmt: str) -> str:
    return f"{LABEL_DIR}/{token(world, 'label', label_id)}/label-{_number(label_id)}.{fmt}"


def form_path(world: World, label_id: str) -> str:
    return f"{LABEL_DIR}/{token(world, 'label', label_id)}/form-{_number(label_id)}.pdf"


def manifest_path(world: World, manifest_id: str) -> str:
    return f"{MANIFEST_DIR}/{token(world, 'manifest', manifest_id)}/manifest-{_number(manifest_id)}.pdf"


def href(base_url: str, path: str) -> str:
    return f"{base_url}/v2/downloads/{path}"


# -- what goes on a label ---------------------------------------------------------------------------


def address_lines(address: Record) -> tuple[str, ...]:
    lines = [address.get("name"), address.get("company_name"), address.get("address_line1"),
             address.get("address_line2"), address.get("address_line3")]
    city = " ".join(str(p) for p in (address.get("city_locality"), address.get("state_province"),
                                     address.get("postal_code")) if p)
    return tuple(str(x) for x in (*lines, city, address.get("country_code")) if x)


def weight_text(weight: Record) -> str:
    value, unit = Decimal(str(weight["value"])), weight["unit"]
    if unit in ("pound", "ounce"):
        ounces = value * 16 if unit == "pound" else value
        pounds, rest = divmod(ounces, 16)
        parts = ([f"{int(pounds)} lb"] if pounds else []) + ([f"{rest.normalize():f} oz"] if rest else [])
        return " ".join(parts) or "0 oz"
    return f"{value.normalize():f} {'kg' if unit == 'kilogram' else 'g'}"


def label_content(world: World, label: Record) -> LabelContent:
    shipment = world.v2_shipments[label["shipment_id"]]
    carrier = carrier_by_v2_id(label["carrier_id"])
    service = carrier.service(label["service_code"]) if carrier else None
    package = shipment["packages"][0]
    reference = (shipment.get("external_shipment_id") or shipment.get("shipment_number")
                 or package["label_messages"].get("reference1") or "")
    return LabelContent(
        tracking_number=label["tracking_number"],
        carrier_name=carrier.friendly_name if carrier else label["carrier_code"],
        service_name=service.name if service else label["service_code"],
        ship_from=address_lines(shipment["ship_from"]), ship_to=address_lines(label["ship_to"]),
        ship_date=label["ship_date"].date(), weight_text=weight_text(shipment["total_weight"]),
        reference=str(reference), test_label=bool(label.get("_test_label")),
    )


def render(world: World, label: Record, fmt: str, layout: str = "4x6") -> bytes:
    content = label_content(world, label)
    if fmt == "pdf":
        return label_pdf(content, layout)
    return label_png(content) if fmt == "png" else label_zpl(content)


# -- storing and serving ----------------------------------------------------------------------------


def store_label(world: World, label: Record, fmt: str) -> str:
    """Make the label in `fmt` now (pdf in the label's layout, the others 4x6); its download path."""
    path = label_path(world, label["label_id"], fmt)
    layout = label["label_layout"] if fmt == "pdf" else "4x6"
    world.files[path] = (render(world, label, fmt, layout), CONTENT_TYPES[fmt])
    return path


def download_links(world: World, label: Record, base_url: str) -> Record:
    links = {fmt: href(base_url, label_path(world, label["label_id"], fmt)) for fmt in FORMATS}
    return {"href": links[label["label_format"]], **links}


def inline_download(world: World, label: Record) -> Record:
    """`label_download` for `label_download_type: inline`: the file itself as a data: URL in `href`."""
    fmt = label["label_format"]
    data = render(world, label, fmt, label["label_layout"] if fmt == "pdf" else "4x6")
    return {"href": f"data:{CONTENT_TYPES[fmt]};base64,{base64.b64encode(data).decode()}"}


def resolve(world: World, path: str) -> tuple[bytes, str] | None:
    """The stored file at `path`, making a label format on first download; None when unknown."""
    stored = world.files.get(path)
    if stored is not None:
        return stored
    m = _LABEL_FILE.match(path)
    if m is None:
        return None
    label = world.v2_labels.get(f"se-{m.group(2)}")
    if label is None or m.group(1) != token(world, "label", label["label_id"]):
        return None
    store_label(world, label, m.group(3))
    return world.files[path]


def customs_lines(shipment: Record) -> list[CustomsLine]:
    customs = shipment.get("customs") or {}
    lines = [CustomsLine(str(i.get("description") or i.get("sku") or "Merchandise"), int(i["quantity"]),
                         Decimal(str(i["value"])), str(i.get("harmonized_tariff_code") or ""),
                         str(i.get("country_of_origin") or "")) for i in customs.get("customs_items") or []]
    for package in shipment["packages"]:
        for p in package.get("products") or []:
            value = p.get("value", {}).get("amount", 0)
            lines.append(CustomsLine(str(p.get("description") or p.get("sku") or "Merchandise"), int(p["quantity"]),
                                     Decimal(str(value)), str(p.get("harmonized_tariff_code") or ""),
                                     str(p.get("country_of_origin") or "")))
    return lines


def store_customs_form(world: World, label: Record) -> str:
    shipment = world.v2_shipments[label["shipment_id"]]
    customs = shipment.get("customs") or {}
    data = customs_form_pdf(label_content(world, label), customs_lines(shipment),
                            customs.get("contents", "merchandise"), customs.get("non_delivery", "return_to_sender"))
    path = form_path(world, label["label_id"])
    world.files[path] = (data, CONTENT_TYPES["pdf"])
    return path


def store_manifest(world: World, manifest: Record, labels: list[Record], warehouse_name: str) -> str:
    """A letter-size PDF listing every label in the manifest (what a SCAN form hands to the carrier)."""
    from reportlab.lib.pagesizes import letter  # imported where drawn: label_draw.py says why
    from reportlab.pdfgen import canvas

    carrier = carrier_by_v2_id(manifest["carrier_id"])
    out = io.BytesIO()
    cv = canvas.Canvas(out, pagesize=letter, pageCompression=1)
    cv.setTitle(f"Manifest {manifest['manifest_id']}")
    width, height = letter
    rows_per_page = 40

    def header(page: int) -> float:
        cv.setFont("Helvetica-Bold", 16)
        cv.drawString(40, height - 50, f"{carrier.friendly_name if carrier else ''} Manifest (SCAN form)")
        cv.setFont("Helvetica", 10)
        cv.drawString(40, height - 70, f"Manifest {manifest['manifest_id']}   Form {manifest['form_id']}   "
                                       f"Submission {manifest['submission_id']}")
        cv.drawString(40, height - 85, f"Warehouse: {warehouse_name} ({manifest['warehouse_id']})   "
                                       f"Ship date: {manifest['ship_date']:%Y-%m-%d}   "
                                       f"Packages: {manifest['shipments']}   Page {page}")
        cv.setFont("Helvetica-Bold", 9)
        for x, title in ((40, "#"), (70, "Tracking number"), (250, "Label"), (330, "Service"), (500, "Destination")):
            cv.drawString(x, height - 110, title)
        cv.setFont("Helvetica", 9)
        return height - 125

    y = header(1)
    for n, label in enumerate(labels, start=1):
        if n > 1 and (n - 1) % rows_per_page == 0:
            cv.showPage()
            y = header((n - 1) // rows_per_page + 1)
        to = label["ship_to"]
        cells = ((40, str(n)), (70, label["tracking_number"]), (250, label["label_id"]),
                 (330, label["service_code"][:30]), (500, f"{to.get('postal_code', '')} {to['country_code']}"))
        for x, cell in cells:
            cv.drawString(x, y, cell)
        y -= 14
    cv.drawString(40, 40, f"Total packages: {len(labels)}")
    cv.drawRightString(width - 40, 40, "Generated by the ShipStation sandbox")
    cv.showPage()
    cv.save()
    path = manifest_path(world, manifest["manifest_id"])
    world.files[path] = (out.getvalue(), CONTENT_TYPES["pdf"])
    return path
