"""The sandbox's real label files: a 4x6 PDF (alone or on letter paper), ZPL, a PNG, and a CN22 customs form.

This module holds what goes on a label and where; label_draw renders the layout in each format, and
label_fonts picks fonts for non-Latin addresses (V2 labels print them; V1 callers pass roman_only() text).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .label_draw import (
    FULL,
    LABEL_W,
    MARGIN,
    Barcode,
    Box,
    Op,
    Text,
    barcode_data,
    render_pdf,
    render_png,
    render_zpl,
)

RIGHT = LABEL_W - MARGIN


@dataclass(frozen=True)
class LabelContent:
    tracking_number: str  # e.g. "9400111899223397658538" or "1Z999AA10123456784"
    carrier_name: str  # "USPS", "UPS", "FedEx"
    service_name: str  # "USPS Priority Mail"
    ship_from: tuple[str, ...]  # address lines, the first is the name
    ship_to: tuple[str, ...]
    ship_date: datetime.date
    weight_text: str  # "1 lb 4 oz"
    reference: str = ""  # order number, printed small
    test_label: bool = False  # prints VOID and "TEST LABEL - NOT FOR SHIPPING"


@dataclass(frozen=True)
class CustomsLine:
    description: str
    quantity: int
    value: Decimal  # per unit
    harmonized_tariff_code: str
    country_of_origin: str


def roman_only(text: str) -> str:
    """What ShipStation V1 does to non-Roman script: every character outside Latin-1 becomes "?"."""
    return "".join(ch if ord(ch) <= 0xFF else "?" for ch in text)


def _texts(c: LabelContent) -> list[str]:
    return [*c.ship_from, *c.ship_to, c.service_name, c.carrier_name, c.reference]


def _label_ops(c: LabelContent) -> list[Op]:
    ops: list[Op] = [
        Text(MARGIN, 18 + 9.5 * i, 8, line, bold=i == 0, width=165) for i, line in enumerate(c.ship_from[:6])
    ]
    ops += [
        Text(RIGHT, 36, 24, c.carrier_name, bold=True, width=90, align="right"),
        Text(RIGHT, 56, 8, f"Ship date: {c.ship_date:%m/%d/%Y}", width=90, align="right"),
        Text(RIGHT, 68, 8, f"Weight: {c.weight_text}", width=90, align="right"),
        Box(0, 82, LABEL_W, 2),
        Text(MARGIN, 106, 16, c.service_name, bold=True),
        Box(0, 116, LABEL_W, 2),
        Text(MARGIN, 134, 8, "SHIP TO:", bold=True),
    ]
    to_width = 170 if c.test_label else FULL  # leave room for the VOID mark
    for i, line in enumerate(c.ship_to[:7]):
        ops.append(Text(MARGIN, 154 + 16 * i, 14 if i == 0 else 13, line, bold=i == 0, width=to_width))
    if c.test_label:
        ops.append(Text(RIGHT, 215, 44, "VOID", bold=True, width=95, align="right"))
    ops += [
        Box(0, 262, LABEL_W, 2),
        Text(MARGIN, 280, 9, f"{c.carrier_name} TRACKING #".upper(), bold=True),
        Barcode(LABEL_W / 2, 288, 72, barcode_data(c.tracking_number), 11),
        Box(0, 384, LABEL_W, 2),
    ]
    if c.reference:
        ops.append(Text(MARGIN, 398, 8, f"Ref: {c.reference}"))
    if c.test_label:
        ops += [
            Box(MARGIN, 404, FULL, 24),
            Text(LABEL_W / 2, 421, 12, "TEST LABEL - NOT FOR SHIPPING", bold=True, align="center", inverse=True),
        ]
    return ops


def label_pdf(content: LabelContent, layout: str = "4x6") -> bytes:
    """The label as PDF: a 288x432 pt page for "4x6", or a 612x792 pt page with the label in its upper half."""
    return render_pdf(_label_ops(content), _texts(content), f"Label {barcode_data(content.tracking_number)}", layout)


def label_zpl(content: LabelContent, dpi: int = 203) -> bytes:
    """The label as ZPL II for a 4x6 Zebra printer at 203 or 300 dpi, text in UTF-8 (^CI28)."""
    return render_zpl(_label_ops(content), dpi)


def label_png(content: LabelContent, dpi: int = 203) -> bytes:
    """The label as a 1-bit PNG, 4x6 inches at `dpi`: 812x1218 px at 203, 1200x1800 at 300."""
    return render_png(_label_ops(content), dpi)


# ---- CN22 customs form --------------------------------------------------------------------------

_CONTENTS = (("gift", "Gift"), ("documents", "Documents"), ("sample", "Commercial sample"),
             ("returned_goods", "Returned goods"), ("merchandise", "Merchandise"), ("other", "Other"))
_NON_DELIVERY = (("return_to_sender", "Return to sender"), ("treat_as_abandoned", "Treat as abandoned"))
_MAX_ROWS = 12
_CERTIFY = (
    "I certify that the particulars given in this customs declaration are correct and that this",
    "item does not contain any dangerous article prohibited by legislation or by postal or",
    "customs regulations.",
)


def _key(text: str) -> str:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    return "sample" if key == "commercial_sample" else key


def _line_value(item: CustomsLine) -> Decimal:
    return Decimal(str(item.value)) * item.quantity  # str(): a float from a JSON body must not break the sum


def _box(checked: bool) -> str:
    return "[X]" if checked else "[  ]"


def _customs_ops(c: LabelContent, items: Sequence[CustomsLine], contents_type: str, non_delivery: str) -> list[Op]:
    ops: list[Op] = [
        Text(MARGIN, 24, 14, "CUSTOMS DECLARATION", bold=True, width=190),
        Text(RIGHT, 24, 18, "CN 22", bold=True, width=70, align="right"),
        Text(MARGIN, 36, 8, "May be opened officially", width=150),
        Text(RIGHT, 36, 8, f"Operator: {c.carrier_name}", width=110, align="right"),
        Box(0, 42, LABEL_W, 1.5),
    ]
    kind = _key(contents_type)
    known = {k for k, _ in _CONTENTS}
    for i, (k, name) in enumerate(_CONTENTS):
        if k == "other" and kind not in known and contents_type.strip():
            name = f"Other: {contents_type.strip()}"
        checked = k == kind or (k == "other" and kind not in known)
        ops.append(Text(MARGIN + 140 * (i // 3), 56 + 12 * (i % 3), 8, f"{_box(checked)} {name}", width=130))
    ops.append(Box(0, 88, LABEL_W, 1))
    columns = ((MARGIN, "Description", 118, "left"), (156, "Qty", 22, "right"), (200, "Value", 40, "right"),
               (204, "HS code", 42, "left"), (250, "Origin", 28, "left"))
    for x, name, width, align in columns:
        ops.append(Text(x, 100, 7, name, bold=True, width=width, align=align))
    shown = items[:_MAX_ROWS] if len(items) <= _MAX_ROWS else items[: _MAX_ROWS - 1]
    for row, item in enumerate(shown):
        cells = (item.description, str(item.quantity), f"{_line_value(item):.2f}",
                 item.harmonized_tariff_code, item.country_of_origin)
        for (x, _, width, align), cell in zip(columns, cells, strict=True):
            ops.append(Text(x, 112 + 11 * row, 8, cell, width=width, align=align))
    if len(shown) < len(items):
        ops.append(Text(MARGIN, 112 + 11 * len(shown), 8, f"+ {len(items) - len(shown)} more item lines"))
    total = sum((_line_value(i) for i in items), Decimal(0))
    ship_from = ", ".join(c.ship_from)
    signer = c.ship_from[0] if c.ship_from else ""
    ops += [
        Box(0, 250, LABEL_W, 1),
        Text(MARGIN, 262, 8, f"Total weight: {c.weight_text}", bold=True, width=130),
        Text(RIGHT, 262, 8, f"Items: {sum(i.quantity for i in items)}   Total value: {total:.2f}",
             bold=True, width=130, align="right"),
        Text(MARGIN, 278, 8, "If undeliverable: " + "   ".join(
            f"{_box(_key(non_delivery) == k)} {name}" for k, name in _NON_DELIVERY)),
        Text(MARGIN, 292, 7, f"From: {ship_from}"),
        Text(MARGIN, 303, 7, f"To: {', '.join(c.ship_to)}"),
        *(Text(MARGIN, 316 + 7 * i, 6, line) for i, line in enumerate(_CERTIFY)),
        Text(MARGIN, 344, 8, f"Date: {c.ship_date:%m/%d/%Y}    Sender's signature: {signer}", width=200),
        Barcode(LABEL_W / 2, 352, 44, barcode_data(c.tracking_number), 9),
    ]
    if c.test_label:
        ops.append(Text(RIGHT, 344, 8, "TEST - VOID", bold=True, width=60, align="right"))
    return ops


def customs_form_pdf(
    content: LabelContent, items: Sequence[CustomsLine], contents_type: str, non_delivery: str
) -> bytes:
    """A CN22-style customs declaration on a 4x6 page; each line's value is quantity x unit value."""
    texts = [*_texts(content), *(i.description for i in items)]
    ops = _customs_ops(content, items, contents_type, non_delivery)
    return render_pdf(ops, texts, f"Customs declaration {barcode_data(content.tracking_number)}")
