"""Packing slips and pick lists as PDF (reportlab only; no Qt here, so it runs in any worker).

- `packing_slip_pdf(order)`: header, the order number and ShipStation's scan-to-view code as Code128,
  ship-to, the items (SKU, name, options, quantity, a tick box), customer notes and gift message.
- `pick_list_pdf(orders)`: every line of the selected orders aggregated by SKU, sorted by warehouse location
  or SKU, with the SKU as Code128 on each row, numbered "Page i of n".

Scan-to-view: ShipStation opens an order when its packing-slip barcode `^#^<orderId in hex>^` is scanned
(Code128). ShipDesk writes the hex digits in **lowercase**: a keyboard-wedge scanner then types no extra
shifted keys beyond `^` and `#`, which are the layout-sensitive ones already. A reader of this code should
accept either case.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from ..api.v1.models import Address, Order, OrderItem
from . import fonts

INCH = 72.0
PAGE_SIZES: dict[str, tuple[float, float]] = {"4x6": (4 * INCH, 6 * INCH), "letter": letter}
PageName = Literal["4x6", "letter"]
SortBy = Literal["location", "sku"]


def scan_to_view_code(order_id: int) -> str:
    """ShipStation's scan-to-view barcode text for an orderId (not the order number): `^#^` + hex + `^`."""
    if isinstance(order_id, bool) or not isinstance(order_id, int) or order_id < 0:
        raise ValueError(f"an orderId is a non-negative integer, not {order_id!r}")
    return f"^#^{order_id:x}^"


# ---- drawing helpers --------------------------------------------------------------------------------


def _text(c: Canvas, x: float, y: float, text: str, size: float, max_width: float, bold: bool = False) -> None:
    for font, run in fonts.fit(text, size, max_width, bold):
        c.setFont(font, size)
        c.drawString(x, y, run)
        x += fonts.width([(font, run)], size)


def _barcode(c: Canvas, x: float, y: float, value: str, max_width: float, height: float,
             bar_width: float = 1.0) -> float:
    """Code128 of `value` at (x, y), bars as wide as fit (not under 0.5 pt); returns the drawn width."""
    # Imported here: reportlab's barcode package costs ~0.2 s at start-up (bench P1), and few runs draw one.
    from reportlab.graphics.barcode.code128 import Code128
    probe = Code128(value, barWidth=1.0, barHeight=height, humanReadable=False)
    bar_width = max(0.5, min(bar_width, max_width / probe.width))
    code = Code128(value, barWidth=bar_width, barHeight=height, humanReadable=False)
    code.drawOn(c, x, y)
    return code.width


def _wrap(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line is cut by `fonts.fit` when drawn."""
    lines: list[str] = []
    for paragraph in fonts.clean(text).split("\n") if text else []:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and fonts.width(fonts.runs(candidate, bold), size) > max_width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _address_lines(address: Address | None) -> list[str]:
    if address is None:
        return ["(no ship-to address)"]
    city = " ".join(p for p in (address.city and f"{address.city},", address.state, address.postal_code) if p)
    lines = [address.name, address.company, address.street1, address.street2, address.street3, city,
             address.country, address.phone]
    return [line for line in lines if line]


def _options(item: OrderItem) -> str:
    return "; ".join(f"{o.name}: {o.value}" if o.name else (o.value or "") for o in item.options or [])


def _items(order: Order) -> list[OrderItem]:
    return [item for item in order.items or [] if not item.adjustment]


# ---- packing slip -----------------------------------------------------------------------------------


@dataclass
class _Layout:
    margin: float
    title: float
    body: float
    small: float
    bar_height: float


_LAYOUTS = {"4x6": _Layout(12, 11, 8, 6.5, 30), "letter": _Layout(36, 16, 10, 8, 40)}


def packing_slip_pdf(order: Order, *, page: PageName = "letter", store_name: str | None = None,
                     store_address: Address | None = None) -> bytes:
    """A packing slip for one V1 order on a letter or 4x6 page (more pages if the items don't fit)."""
    if page not in PAGE_SIZES:
        raise ValueError(f"unknown page {page!r}; expected one of {sorted(PAGE_SIZES)}")
    width, height = PAGE_SIZES[page]
    lay = _LAYOUTS[page]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    c.setTitle(f"Packing slip {order.order_number}")
    left, right = lay.margin, width - lay.margin
    inner = right - left
    y = height - lay.margin - lay.title

    # Header: store, then its address on one line.
    _text(c, left, y, store_name or "Packing slip", lay.title, inner, bold=True)
    y -= lay.body + 3
    if store_address is not None:
        _text(c, left, y, ", ".join(_address_lines(store_address)), lay.small, inner)
        y -= lay.small + 3

    # Two barcodes side by side: the order number, and the scan-to-view code.
    half = (inner - 12) / 2
    label_y = y - lay.small
    _text(c, left, label_y, f"Order {order.order_number}", lay.body, half, bold=True)
    _text(c, left + half + 12, label_y, "Scan to view", lay.small, half)
    bar_y = label_y - 4 - lay.bar_height
    _barcode(c, left, bar_y, order.order_number, half, lay.bar_height)
    _barcode(c, left + half + 12, bar_y, scan_to_view_code(order.order_id), half, lay.bar_height)
    y = bar_y - lay.small - 4
    if order.order_date is not None:
        _text(c, left, y, f"Order date: {order.order_date:%Y-%m-%d}", lay.small, inner)
        y -= lay.small + 4

    # Ship-to.
    _text(c, left, y, "Ship to", lay.small, inner, bold=True)
    y -= lay.body + 2
    for i, line in enumerate(_address_lines(order.ship_to)):
        _text(c, left, y, line, lay.body, inner, bold=(i == 0))
        y -= lay.body + 2
    y -= 4

    # Items: tick box, quantity, SKU, name (+ options below it).
    qty_w, box_w = lay.body * 3, lay.body + 4
    sku_w = inner * 0.3
    name_x = left + box_w + qty_w + sku_w
    name_w = right - name_x

    def header_row(y: float) -> float:
        c.setFont("Helvetica-Bold", lay.small)
        c.drawString(left + box_w, y, "Qty")
        c.drawString(left + box_w + qty_w, y, "SKU")
        c.drawString(name_x, y, "Item")
        c.setLineWidth(0.5)
        c.line(left, y - 3, right, y - 3)
        return y - lay.body - 6

    y = header_row(y)
    page_no = 1
    for item in _items(order):
        options = _options(item)
        row_h = lay.body + 4 + (lay.small + 2 if options else 0)
        if y - row_h < lay.margin:
            c.setFont("Helvetica", lay.small)
            c.drawRightString(right, lay.margin / 2, f"Order {order.order_number} · continued")
            c.showPage()
            page_no += 1
            y = height - lay.margin - lay.body
            _text(c, left, y, f"Order {order.order_number} (page {page_no})", lay.body, inner, bold=True)
            y = header_row(y - lay.body - 4)
        c.setLineWidth(0.8)
        c.rect(left, y - 1, lay.body, lay.body, stroke=1, fill=0)
        _text(c, left + box_w, y, str(item.quantity if item.quantity is not None else "?"), lay.body, qty_w - 2,
              bold=True)
        _text(c, left + box_w + qty_w, y, item.sku or "", lay.body, sku_w - 4)
        _text(c, name_x, y, item.name or "", lay.body, name_w)
        if options:
            _text(c, name_x, y - lay.small - 2, options, lay.small, name_w)
        y -= row_h + 2

    # Notes and gift message.
    for title, value in (("Customer notes", order.customer_notes),
                         ("Gift message", order.gift_message if order.gift or order.gift_message else None)):
        if not value:
            continue
        lines = _wrap(value, lay.body, inner)
        if y - (len(lines) + 1) * (lay.body + 2) < lay.margin:
            c.showPage()
            y = height - lay.margin - lay.body
        y -= 4
        _text(c, left, y, title, lay.small, inner, bold=True)
        y -= lay.body + 2
        for line in lines:
            _text(c, left, y, line, lay.body, inner)
            y -= lay.body + 2
    c.showPage()
    c.save()
    return buf.getvalue()


# ---- pick list ---------------------------------------------------------------------------------------


@dataclass
class PickLine:
    """One SKU to pick: the total over the selected orders, which orders need it, and where it is."""

    sku: str
    name: str
    location: str
    quantity: int = 0
    order_numbers: list[str] = field(default_factory=list)


NO_SKU = "(no SKU)"


def pick_lines(orders: Iterable[Order], sort_by: SortBy = "location") -> list[PickLine]:
    """Every physical line of `orders`, summed by SKU (a line without one is keyed by its name), sorted.

    By location: lines with a warehouse location first, by location then SKU; the rest by SKU.
    """
    if sort_by not in ("location", "sku"):
        raise ValueError(f"sort_by must be 'location' or 'sku', not {sort_by!r}")
    lines: dict[str, PickLine] = {}
    for order in orders:
        for item in _items(order):
            key = item.sku or f"{NO_SKU} {item.name or ''}".strip()
            line = lines.get(key)
            if line is None:
                line = lines[key] = PickLine(item.sku or NO_SKU, item.name or "", item.warehouse_location or "")
            line.quantity += item.quantity or 0
            line.location = line.location or item.warehouse_location or ""
            line.name = line.name or item.name or ""
            if order.order_number not in line.order_numbers:
                line.order_numbers.append(order.order_number)
    if sort_by == "sku":
        return sorted(lines.values(), key=lambda p: (p.sku.casefold(), p.sku, p.name))
    return sorted(lines.values(), key=lambda p: (p.location == "", p.location.casefold(), p.sku.casefold(), p.sku))


def pick_list_pdf(orders: Sequence[Order], sort_by: SortBy = "location", *, title: str = "Pick list") -> bytes:
    """A letter-size pick list for `orders`, one row per SKU with its Code128, numbered "Page i of n"."""
    rows = pick_lines(orders, sort_by)
    width, height = letter
    margin, row_h, bar_h = 36.0, 46.0, 24.0
    top = height - margin - 50
    per_page = int((top - margin - 20) // row_h)
    pages = max(1, -(-len(rows) // per_page))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    left, right = margin, width - margin
    cols = {"loc": left + 22, "qty": left + 90, "sku": left + 130, "bar": left + 290}
    for page in range(pages):
        y = height - margin - 16
        _text(c, left, y, title, 16, 300, bold=True)
        c.setFont("Helvetica", 9)
        summary = f"{len(orders)} orders · {len(rows)} SKUs · {sum(r.quantity for r in rows)} units · by {sort_by}"
        c.drawRightString(right, y, summary)
        y = top + 8
        c.setFont("Helvetica-Bold", 8)
        for key, label in (("loc", "Location"), ("qty", "Qty"), ("sku", "SKU / item / orders"),
                           ("bar", "SKU barcode")):
            c.drawString(cols[key], y, label)
        c.setLineWidth(0.5)
        c.line(left, y - 3, right, y - 3)
        y = top - 12
        for row in rows[page * per_page:(page + 1) * per_page]:
            c.setLineWidth(0.8)
            c.rect(left, y - 1, 10, 10, stroke=1, fill=0)
            _text(c, cols["loc"], y, row.location or "—", 9, cols["qty"] - cols["loc"] - 4)
            _text(c, cols["qty"], y, str(row.quantity), 12, cols["sku"] - cols["qty"] - 4, bold=True)
            text_w = cols["bar"] - cols["sku"] - 6
            _text(c, cols["sku"], y, row.sku, 9, text_w, bold=True)
            _text(c, cols["sku"], y - 11, row.name, 8, text_w)
            _text(c, cols["sku"], y - 21, "Orders: " + ", ".join(row.order_numbers), 7, text_w)
            if row.sku != NO_SKU:
                _barcode(c, cols["bar"], y - bar_h + 8, row.sku, right - cols["bar"], bar_h)
            c.setLineWidth(0.25)
            c.line(left, y - row_h + 12, right, y - row_h + 12)
            y -= row_h
        c.setFont("Helvetica", 9)
        c.drawCentredString(width / 2, margin / 2, f"Page {page + 1} of {pages}")
        c.showPage()
    c.save()
    return buf.getvalue()
