"""Sample label content, odd-sized labels and image measures for the preview tests (printing and ui)."""

from __future__ import annotations

import datetime
import io

import zxingcpp
from PySide6.QtGui import QImage
from reportlab.graphics.barcode.code128 import Code128
from reportlab.pdfgen import canvas

from shipdesk.sandbox.labels import LabelContent

UPS = "1Z999AA10123456784"
USPS = "9400111899223397658538"


def content(tracking: str = UPS, reference: str = "ORD-1001") -> LabelContent:
    return LabelContent(
        tracking_number=tracking,
        carrier_name="UPS" if tracking == UPS else "USPS",
        service_name="UPS Ground" if tracking == UPS else "USPS Priority Mail",
        ship_from=("Acme Widgets", "100 Congress Ave", "Austin TX 78701-4042", "US"),
        ship_to=("Jane Doe", "456 Elm Street Apt 7", "Springfield IL 62704-1234", "US"),
        ship_date=datetime.date(2024, 6, 3),
        weight_text="1 lb 4 oz",
        reference=reference,
    )


def tall_pdf(tracking: str = UPS) -> bytes:
    """A 4x6.75 in (doc-tab) label, as some carriers send: one page, the tracking number as Code128."""
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=(288, 486))
    cv.setFont("Helvetica-Bold", 20)
    cv.drawString(20, 440, "DOC TAB LABEL")
    Code128(tracking, barWidth=1.2, barHeight=60, humanReadable=True).drawOn(cv, 20, 300)
    cv.showPage()
    cv.save()
    return buf.getvalue()


def code128(image: QImage) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]


def barcode_formats(image: QImage) -> set[str]:
    return {r.format.name for r in zxingcpp.read_barcodes(image)}


def _gray(image: QImage) -> tuple[bytes, int]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bytes(gray.constBits()), gray.bytesPerLine()


def dark(image: QImage, x: int, y: int) -> bool:
    gray, line = _gray(image.copy(x, y, 1, 1))
    return gray[0] < 128


def ink_box(image: QImage, left: int = 0, top: int = 0, right: int | None = None,
            bottom: int | None = None) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the dark pixels inside the given area, inclusive; None if blank."""
    right = image.width() if right is None else right
    bottom = image.height() if bottom is None else bottom
    gray, line = _gray(image)
    rows = [y for y in range(top, bottom) if min(gray[y * line + left : y * line + right]) < 128]
    if not rows:
        return None
    cols = [x for x in range(left, right) if any(gray[y * line + x] < 128 for y in rows)]
    return cols[0], rows[0], cols[-1], rows[-1]


def count_light(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    gray, line = _gray(image)
    return sum(1 for y in range(top, bottom) for v in gray[y * line + left : y * line + right] if v >= 128)


def bands(image: QImage, left: int, right: int, gap: int = 3) -> list[tuple[int, int]]:
    """Horizontal bands of ink between columns left..right: (first row, last row), closer than `gap`
    blank rows merged, so a line of text is one band whatever its font."""
    gray, line = _gray(image)
    out: list[tuple[int, int]] = []
    for y in range(image.height()):
        if min(gray[y * line + left : y * line + right]) >= 128:
            continue
        if out and y - out[-1][1] <= gap:
            out[-1] = (out[-1][0], y)
        else:
            out.append((y, y))
    return out
