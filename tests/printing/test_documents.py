"""Packing slips and pick lists (shipdesk/printing/documents.py) from orders served by a real sandbox.

Rendered with QtPdf at the printer's DPI, composited on white and decoded with zxing-cpp; text checked
with pypdf.
"""

from __future__ import annotations

import io
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pypdf
import pytest
import zxingcpp
from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from shipdesk.api.credentials import V1Credentials
from shipdesk.api.governor import RateGovernor
from shipdesk.api.v1.client import V1Client
from shipdesk.api.v1.models import Address, ItemOption, NewOrder, Order, OrderItem
from shipdesk.printing import fonts
from shipdesk.printing.documents import (
    NO_SKU,
    packing_slip_pdf,
    pick_lines,
    pick_list_pdf,
    scan_to_view_code,
)
from shipdesk.sandbox import Sandbox


def client_for(box: Sandbox) -> V1Client:
    cfg = box.config
    return V1Client(V1Credentials(cfg.v1_key, cfg.v1_secret), base_url=box.url, governor=RateGovernor("test-docs"))


@pytest.fixture
def v1client(sandbox: Sandbox) -> Iterator[V1Client]:
    client = client_for(sandbox)
    yield client
    client.close()


def render(pdf: bytes, size: QSize, page: int = 0) -> QImage:
    """A page at `size`, on white: QPdfDocument renders a transparent page, which zxing cannot read."""
    buffer = QBuffer()
    buffer.setData(pdf)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    assert doc.status() == QPdfDocument.Status.Ready
    image = doc.render(page, size)
    assert not image.isNull()
    out = QImage(size, QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def code128_texts(image: object) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def all_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def new_order(number: str, ship_to: Address, items: list[OrderItem], **extra: object) -> NewOrder:
    return NewOrder(order_number=number, order_key=f"key-{number}", order_date=datetime(2026, 11, 20, 9, 30),
                    order_status="awaiting_shipment", bill_to=ship_to, ship_to=ship_to, items=items,
                    **extra)  # type: ignore[arg-type]


LINES = [
    OrderItem(line_item_key="l1", sku="MUG-BLU-12", name="Enamel mug, blue", quantity=3,
              warehouse_location="B-02-01", options=[ItemOption(name="Size", value="12 oz")]),
    OrderItem(line_item_key="l2", sku="TEE-RED-L", name="T-shirt", quantity=1, warehouse_location="A-01-03",
              options=[ItemOption(name="Colour", value="Red"), ItemOption(name="Size", value="L")]),
    OrderItem(line_item_key="l3", sku="STK-0042", name="Sticker pack", quantity=12),
]


@pytest.fixture
def order(v1client: V1Client) -> Order:
    ship_to = Address(name="Dana Receiver", company="Receiver & Co", street1="1 Main St", city="Boston",
                      state="MA", postal_code="02108", country="US", phone="617-555-0100")
    saved = v1client.create_order(new_order("SD-100234", ship_to, LINES, customer_notes="Leave at the back door",
                                            gift=True, gift_message="Happy birthday, Sam!"))
    return v1client.get_order(saved.order_id)


def slip_barcodes(pdf: bytes, dpi: int) -> list[str]:
    width, height = (float(v) for v in reader(pdf).pages[0].mediabox[2:])
    return code128_texts(render(pdf, QSize(round(width / 72 * dpi), round(height / 72 * dpi))))


# ---- scan-to-view ---------------------------------------------------------------------------------


def test_scan_to_view_code_is_lowercase_hex_between_carets() -> None:
    assert scan_to_view_code(123456) == "^#^1e240^"
    assert scan_to_view_code(0) == "^#^0^"
    assert scan_to_view_code(0xABCDEF) == "^#^abcdef^"
    for bad in (-1, "12", 1.5, True):
        with pytest.raises(ValueError):
            scan_to_view_code(bad)  # type: ignore[arg-type]


# ---- packing slip ---------------------------------------------------------------------------------


def test_4x6_slip_barcodes_scan_at_203_dpi(qapp, order: Order) -> None:
    pdf = packing_slip_pdf(order, page="4x6", store_name="Northwind Goods")
    assert tuple(float(v) for v in reader(pdf).pages[0].mediabox[2:]) == (288.0, 432.0)
    found = slip_barcodes(pdf, 203)
    assert order.order_number in found
    assert scan_to_view_code(order.order_id) in found
    assert f"^#^{order.order_id:x}^" in found


def test_letter_slip_barcodes_scan_at_150_dpi(qapp, order: Order) -> None:
    pdf = packing_slip_pdf(order, page="letter", store_name="Northwind Goods")
    assert tuple(float(v) for v in reader(pdf).pages[0].mediabox[2:]) == (612.0, 792.0)
    found = slip_barcodes(pdf, 150)
    assert {order.order_number, scan_to_view_code(order.order_id)} <= set(found)


@pytest.mark.parametrize("page", ["4x6", "letter"])
def test_slip_text_has_items_ship_to_notes_and_gift(order: Order, page: str) -> None:
    text = all_text(packing_slip_pdf(order, page=page, store_name="Northwind Goods",  # type: ignore[arg-type]
                                     store_address=Address(street1="400 Congress Ave", city="Austin")))
    assert "Northwind Goods" in text and "400 Congress Ave" in text
    assert "Dana Receiver" in text and "Boston" in text
    for item in order.items or []:
        assert item.sku in text
        assert str(item.quantity) in text
    assert "Size: 12 oz" in text
    assert "Leave at the back door" in text
    assert "Happy birthday, Sam!" in text


def test_unknown_page_is_refused(order: Order) -> None:
    with pytest.raises(ValueError):
        packing_slip_pdf(order, page="a4")  # type: ignore[arg-type]


@pytest.mark.parametrize("name, city", [("Иван Петров", "Москва"), ("山田 太郎", "東京都千代田区")])
def test_non_latin_ship_to_does_not_crash(qapp, v1client: V1Client, name: str, city: str) -> None:
    ship_to = Address(name=name, street1=city + " 1-2-3", city=city, postal_code="100-0001", country="JP")
    items = [OrderItem(line_item_key="x", sku="TEA-GRN", name="緑茶 / зелёный чай", quantity=2)]
    saved = v1client.create_order(new_order("SD-INTL-1", ship_to, items, customer_notes="Спасибо! ありがとう"))
    order = v1client.get_order(saved.order_id)
    for page in ("4x6", "letter"):
        pdf = packing_slip_pdf(order, page=page)  # type: ignore[arg-type]
        assert order.order_number in slip_barcodes(pdf, 203)
        assert "TEA-GRN" in all_text(pdf)
    # DejaVuSans covers Cyrillic, DroidSansFallbackFull Japanese: where installed, the text is real, not "?"
    faces = fonts.unicode_faces()
    if all(any(ord(ch) in f.face.charToGlyph for f in faces) for ch in name.replace(" ", "")):
        text = all_text(packing_slip_pdf(order))
        assert name in text and city in text


def test_uncovered_characters_become_question_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "unicode_faces", lambda bold=False: [])
    assert "".join(run for _, run in fonts.runs("Иван 1")) == "???? 1"


def test_odd_orders_do_not_crash(v1client: V1Client) -> None:
    order = next(iter(v1client.iter_orders(page_size=50)))
    bare = order.model_copy(update={"ship_to": None, "items": None, "customer_notes": "\x00\u200b" * 5})
    long_line = OrderItem(sku="X" * 80, name="word " * 200, quantity=None, options=[ItemOption(value="v")])
    many = order.model_copy(update={"items": [long_line] * 60, "order_number": "N" * 60})
    for o in (bare, many):
        for page in ("4x6", "letter"):
            assert packing_slip_pdf(o, page=page).startswith(b"%PDF")  # type: ignore[arg-type]
    assert len(reader(packing_slip_pdf(many, page="4x6")).pages) > 1


# ---- pick list -----------------------------------------------------------------------------------


def expected_totals(orders: list[Order]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for o in orders:
        for item in o.items or []:
            if not item.adjustment and item.sku:
                totals[item.sku] += item.quantity or 0
    return dict(totals)


@pytest.fixture
def many_orders(make_sandbox: Callable[..., Sandbox]) -> Iterator[list[Order]]:
    box = make_sandbox(orders=160)
    client = client_for(box)
    orders = list(client.iter_orders(page_size=500))
    client.close()
    assert len(orders) >= 150
    yield orders


def test_pick_lines_aggregate_across_orders(v1client: V1Client) -> None:
    orders = list(v1client.iter_orders(page_size=500))[:40]
    lines = pick_lines(orders)
    by_sku = {line.sku: line for line in lines if line.sku != NO_SKU}
    assert {sku: line.quantity for sku, line in by_sku.items()} == expected_totals(orders)
    for sku, line in by_sku.items():
        needing = [o.order_number for o in orders if any(i.sku == sku for i in o.items or [])]
        assert line.order_numbers == list(dict.fromkeys(needing))
        locations = {i.warehouse_location for o in orders for i in o.items or [] if i.sku == sku}
        assert not line.location or line.location in locations


def test_pick_lines_sum_the_same_sku_in_two_orders(order: Order) -> None:
    twice = [order, order.model_copy(update={"order_number": "SD-2"})]
    lines = {line.sku: line for line in pick_lines(twice, "sku")}
    assert lines["STK-0042"].quantity == 24 and lines["STK-0042"].order_numbers == ["SD-100234", "SD-2"]
    assert [line.sku for line in pick_lines(twice, "sku")] == ["MUG-BLU-12", "STK-0042", "TEE-RED-L"]
    # by location: located lines first (A-01-03 before B-02-01), the unlocated one last
    assert [line.sku for line in pick_lines(twice, "location")] == ["TEE-RED-L", "MUG-BLU-12", "STK-0042"]
    with pytest.raises(ValueError):
        pick_lines(twice, "name")  # type: ignore[arg-type]


@pytest.mark.parametrize("sort_by", ["location", "sku"])
def test_pick_list_pdf_is_sorted_and_paginated(qapp, many_orders: list[Order], sort_by: str) -> None:
    lines = pick_lines(many_orders, sort_by)  # type: ignore[arg-type]
    if sort_by == "sku":
        assert [line.sku.casefold() for line in lines] == sorted(line.sku.casefold() for line in lines)
    else:
        keys = [(line.location == "", line.location.casefold()) for line in lines]
        assert keys == sorted(keys)
    pdf = pick_list_pdf(many_orders, sort_by)  # type: ignore[arg-type]
    pages = reader(pdf).pages
    assert len(pages) >= 2
    texts = [page.extract_text() for page in pages]
    for n, text in enumerate(texts, 1):
        assert f"Page {n} of {len(pages)}" in text
    # every SKU appears once, in the requested order, across the pages
    joined = "\n".join(texts)
    positions = [joined.find(line.sku) for line in lines if line.sku != NO_SKU]
    assert -1 not in positions and positions == sorted(positions)
    assert sum(line.quantity for line in lines) == sum(expected_totals(many_orders).values()) + sum(
        line.quantity for line in lines if line.sku == NO_SKU)
    # the SKU barcodes on the first page scan at 150 dpi, in order
    image = render(pdf, QSize(round(8.5 * 150), 11 * 150))
    found = code128_texts(image)
    first_page = [line.sku for line in lines if line.sku != NO_SKU][:len(found)]
    assert len(found) >= 5 and sorted(found) == sorted(first_page)


def test_pick_list_of_nothing_is_one_page() -> None:
    pdf = pick_list_pdf([])
    assert len(reader(pdf).pages) == 1 and "Page 1 of 1" in all_text(pdf)
