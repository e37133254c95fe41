"""The sandbox's label files are real: the right page sizes, text a PDF reader finds, and barcodes that scan."""

from __future__ import annotations

import datetime
import io
import os
import statistics
import time
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pypdf
import pytest
import zxingcpp
from PIL import Image, ImageDraw
from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from shipdesk.sandbox import code128, label_fonts
from shipdesk.sandbox.labels import (
    CustomsLine,
    LabelContent,
    customs_form_pdf,
    label_pdf,
    label_png,
    label_zpl,
    roman_only,
)

USPS = "9400111899223397658538"
UPS = "1Z999AA10123456784"
FEDEX = "794644790132"


def content(**overrides: object) -> LabelContent:
    fields: dict[str, object] = {
        "tracking_number": USPS,
        "carrier_name": "USPS",
        "service_name": "USPS Priority Mail",
        "ship_from": ("Acme Widgets", "100 Congress Ave", "Austin TX 78701-4042", "US"),
        "ship_to": ("Jane Doe", "456 Elm Street Apt 7", "Springfield IL 62704-1234", "US"),
        "ship_date": datetime.date(2024, 6, 3),
        "weight_text": "1 lb 4 oz",
        "reference": "ORD-1001",
    }
    return LabelContent(**{**fields, **overrides})  # type: ignore[arg-type]


def render(pdf: bytes, size: QSize) -> QImage:
    """Page 1 at `size`, on white: QPdfDocument renders a transparent page, which zxing cannot read."""
    buffer = QBuffer()
    buffer.setData(pdf)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    assert doc.status() == QPdfDocument.Status.Ready
    page = doc.render(0, size)
    assert not page.isNull()
    out = QImage(size, QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, page)
    painter.end()
    return out


def code128_texts(image: object) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]


def pdf_text(pdf: bytes) -> str:
    return pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def page_size(pdf: bytes) -> tuple[float, float]:
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width), float(box.height)


# ---- PDF ----------------------------------------------------------------------------------------


def test_pdf_page_sizes() -> None:
    assert page_size(label_pdf(content())) == (288, 432)
    assert page_size(label_pdf(content(), layout="letter")) == (612, 792)
    assert len(pypdf.PdfReader(io.BytesIO(label_pdf(content()))).pages) == 1


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        label_pdf(content(), layout="a6")


@pytest.mark.parametrize(
    ("tracking", "carrier", "test_label"),
    [(USPS, "USPS", False), (UPS, "UPS", False), (FEDEX, "FedEx", False), (USPS, "USPS", True)],
)
def test_pdf_barcode_scans_at_203_dpi(qapp, tracking: str, carrier: str, test_label: bool) -> None:
    pdf = label_pdf(content(tracking_number=tracking, carrier_name=carrier, test_label=test_label))
    assert code128_texts(render(pdf, QSize(812, 1218))) == [tracking]


def test_letter_pdf_barcode_scans(qapp) -> None:
    pdf = label_pdf(content(tracking_number=UPS, carrier_name="UPS"), layout="letter")
    page = render(pdf, QSize(round(8.5 * 203), 11 * 203))
    assert code128_texts(page) == [UPS]
    # The label sits in the upper half: the lower half of the page is blank.
    lower = page.copy(0, page.height() // 2 + 10, page.width(), page.height() // 2 - 10)
    assert all(lower.pixelColor(x, y).lightness() == 255 for x in range(0, lower.width(), 7)
               for y in range(0, lower.height(), 7))


def test_pdf_text_has_the_label_fields() -> None:
    text = pdf_text(label_pdf(content()))
    for expected in ("Jane Doe", "456 Elm Street Apt 7", "USPS Priority Mail", "Acme Widgets", USPS,
                     "ORD-1001", "1 lb 4 oz", "06/03/2024"):
        assert expected in text
    assert "TEST LABEL" not in text and "VOID" not in text


def test_test_label_is_marked() -> None:
    text = pdf_text(label_pdf(content(test_label=True)))
    assert "TEST LABEL - NOT FOR SHIPPING" in text
    assert "VOID" in text


def test_non_latin_ship_to_prints(qapp) -> None:
    ship_to = ("山田 太郎", "東京都渋谷区神南1-2-3", "北京市朝阳区", "Иван Петров", "서울특별시", "Zürich 😀")
    pdf = label_pdf(content(ship_to=ship_to))
    text = pdf_text(pdf)
    # Japanese and Chinese need no font file (reportlab's CID fonts); a reader finds the text.
    assert "山田 太郎" in text and "東京都渋谷区" in text and "北京市朝阳区" in text
    assert "Zürich" in text
    assert code128_texts(render(pdf, QSize(812, 1218))) == [USPS]


@pytest.mark.skipif(not os.path.exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), reason="no DejaVu")
def test_cyrillic_is_embedded_from_a_truetype_font() -> None:
    reader = pypdf.PdfReader(io.BytesIO(label_pdf(content(ship_to=("Иван Петров", "ул. Ленина 5", "Москва")))))
    assert "Иван Петров" in reader.pages[0].extract_text()
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert any("DejaVuSans" in str(f.get_object()["/BaseFont"]) for f in fonts.values())


def test_uncovered_characters_become_question_marks(monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    monkeypatch.setattr(label_fonts, "truetypes", lambda bold: [])  # a machine with no TrueType fonts
    pdf = label_pdf(content(ship_to=("สวัสดี Somchai", "Bangkok")))
    text = pdf_text(pdf)
    assert "สวัสดี" not in text
    assert "?????? Somchai" in text
    assert code128_texts(render(pdf, QSize(812, 1218))) == [USPS]
    png = Image.open(io.BytesIO(label_png(content(ship_to=("สวัสดี", "Bangkok")))))
    assert code128_texts(png) == [USPS]


def test_long_lines_shrink_or_cut_and_never_break_the_barcode(qapp) -> None:
    long = "Extraordinarily Long Recipient Name Incorporated International Holdings " * 3
    pdf = label_pdf(content(ship_to=(long, long), ship_from=(long,), service_name=long))
    assert code128_texts(render(pdf, QSize(812, 1218))) == [USPS]
    assert "Extraordinarily" in pdf_text(pdf)


def test_empty_and_hostile_fields_do_not_crash() -> None:
    bare = content(tracking_number="", ship_from=(), ship_to=(), reference="", weight_text="", service_name="")
    odd = content(ship_to=("Tab\there\nnewline\x00nul", "\ud800 lone surrogate", "zero\u200bwidth", "e\u0301"))
    for c in (bare, odd):
        assert page_size(label_pdf(c)) == (288, 432)
        assert Image.open(io.BytesIO(label_png(c))).size == (812, 1218)
        assert label_zpl(c).startswith(b"^XA")
    assert b"^BC" not in label_zpl(bare)  # no tracking number, no barcode
    text = pdf_text(label_pdf(odd))
    assert "Tab here newline nul" in text and "zerowidth" in text and "\u00e9" in text  # é composed (NFC)


def test_roman_only() -> None:
    assert roman_only("Иван 山田 Müller") == "???? ?? Müller"
    assert roman_only("Crème brûlée, ß ÿ") == "Crème brûlée, ß ÿ"
    assert roman_only("€ ł") == "? ?"


def test_pdf_is_deterministic() -> None:
    assert label_pdf(content()) == label_pdf(content())
    cjk = content(ship_to=("山田 太郎", "Иван Петров"))
    assert label_pdf(cjk) == label_pdf(cjk)
    assert label_pdf(cjk, layout="letter") == label_pdf(cjk, layout="letter")
    assert label_pdf(content()) != label_pdf(content(tracking_number=UPS))


def test_pdf_is_fast() -> None:
    label_pdf(content())  # warm-up: imports and font registration
    timings = []
    for _ in range(10):
        start = time.perf_counter()
        label_pdf(content())
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.05


# ---- PNG ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("dpi", "size"), [(203, (812, 1218)), (300, (1200, 1800))])
@pytest.mark.parametrize("tracking", [USPS, UPS, FEDEX])
def test_png_size_and_barcode(dpi: int, size: tuple[int, int], tracking: str) -> None:
    image = Image.open(io.BytesIO(label_png(content(tracking_number=tracking), dpi=dpi)))
    assert image.format == "PNG"
    assert image.size == size
    assert image.mode in ("1", "L")
    assert tuple(round(v) for v in image.info["dpi"]) == (dpi, dpi)
    assert code128_texts(image) == [tracking]


def test_png_bars_are_at_least_two_pixels_with_quiet_zones() -> None:
    image = Image.open(io.BytesIO(label_png(content(tracking_number=UPS), dpi=203))).convert("L")
    y = round((288 + 36) * 203 / 72)  # the middle of the barcode (top 288 pt, 72 pt tall)
    row = [image.getpixel((x, y)) < 128 for x in range(image.width)]
    first, last = row.index(True), len(row) - 1 - row[::-1].index(True)
    runs, current, length = [], row[first], 0
    for dark in row[first : last + 1]:
        if dark == current:
            length += 1
        else:
            runs.append(length)
            current, length = dark, 1
    runs.append(length)
    module = min(runs)
    assert module >= 2
    assert sum(runs) == code128.module_count(UPS) * module  # every bar and space a whole number of modules
    assert first >= 10 * module and image.width - 1 - last >= 10 * module


def test_png_is_deterministic_and_refuses_other_dpis() -> None:
    assert label_png(content()) == label_png(content())
    with pytest.raises(ValueError):
        label_png(content(), dpi=600)


# ---- Code 128 encoder ---------------------------------------------------------------------------


def test_code128_uses_set_c_for_digit_runs() -> None:
    symbols = code128.encode(USPS)
    assert symbols[0] == code128.START_C
    assert len(symbols) == 1 + len(USPS) // 2 + 1  # start, 11 digit pairs, check
    ups = code128.encode(UPS)  # "1Z999AA" in set B, then set C for the 11 trailing digits after one more in B
    assert ups[0] == code128.START_B and code128.CODE_C in ups
    assert len(ups) < len(UPS) + 2
    assert code128.module_count("A") == 11 * 3 + 13  # start, "A", check, stop


def test_code128_check_symbol() -> None:
    # Start B (104) + 1*"A"(33) + 2*"B"(34) = 205; 205 mod 103 = 102
    assert code128.encode("AB") == [104, 33, 34, 102]


def symbol_image(text: str, unit: int = 2) -> Image.Image:
    widths = code128.modules(text)
    quiet = code128.QUIET_MODULES * unit
    image = Image.new("L", (sum(widths) * unit + 2 * quiet, 80), 255)
    draw = ImageDraw.Draw(image)
    x = quiet
    for i, w in enumerate(widths):
        if i % 2 == 0:
            draw.rectangle((x, 10, x + w * unit - 1, 69), fill=0)
        x += w * unit
    return image


PRINTABLE = "".join(chr(c) for c in range(32, 127))
PAIRS = "".join(f"{n:02d}" for n in range(100))


@pytest.mark.parametrize(
    "text",
    [PRINTABLE[i : i + 24] for i in range(0, len(PRINTABLE), 24)]  # every set B value the encoder emits
    + [PAIRS[i : i + 40] for i in range(0, len(PAIRS), 40)]  # every set C value
    + ["A1234567B", "12345", "X123456", "0", "AB12345678CD"],  # set switches
)
def test_code128_symbols_scan(text: str) -> None:
    assert code128_texts(symbol_image(text)) == [text]


def test_code128_refuses_what_set_b_cannot_encode() -> None:
    with pytest.raises(ValueError):
        code128.encode("ABC\u00e9")
    with pytest.raises(ValueError):
        code128.encode("")


# ---- ZPL ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("dpi", "width", "length"), [(203, 812, 1218), (300, 1200, 1800)])
def test_zpl_structure(dpi: int, width: int, length: int) -> None:
    zpl = label_zpl(content(), dpi=dpi).decode("utf-8")
    assert zpl.startswith("^XA") and zpl.endswith("^XZ")
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1
    assert f"^PW{width}" in zpl and f"^LL{length}" in zpl
    assert "^CI28" in zpl
    barcode = zpl.index("^BC")
    assert zpl[barcode:].split("^FD", 1)[1].startswith(f"{USPS}^FS")
    assert "^BY" in zpl[:barcode]
    for expected in ("Jane Doe", "USPS Priority Mail", "Acme Widgets"):
        assert f"^FD{expected}^FS" in zpl
    assert "^A0N" in zpl and "^FO" in zpl


def test_zpl_user_text_cannot_inject_commands() -> None:
    zpl = label_zpl(content(ship_to=("Evil ^XZ~JA Corp", "1 Main St_2"), reference="~JR"))
    assert b"^XZ~JA" not in zpl and b"~JA" not in zpl and b"~JR" not in zpl
    assert zpl.count(b"^XZ") == 1 and zpl.endswith(b"^XZ")
    assert b"^FH^FDEvil _5EXZ_7EJA Corp^FS" in zpl  # kept, hex-escaped, for the printer to print
    assert b"1 Main St_5F2" in zpl


def test_zpl_is_utf8_and_deterministic() -> None:
    zpl = label_zpl(content(ship_to=("Иван Петров", "Zürich")))
    assert "Иван Петров".encode() in zpl and "Zürich".encode() in zpl
    assert zpl == label_zpl(content(ship_to=("Иван Петров", "Zürich")))
    with pytest.raises(ValueError):
        label_zpl(content(), dpi=150)


# ---- Customs form -------------------------------------------------------------------------------

ITEMS = [
    CustomsLine("Cotton T-shirt", 2, Decimal("12.50"), "6109.10", "US"),
    CustomsLine("Ceramic mug", 1, Decimal("8.00"), "6912.00", "CN"),
]


def test_customs_form(qapp) -> None:
    pdf = customs_form_pdf(content(tracking_number=UPS, carrier_name="UPS"), ITEMS, "gift", "return_to_sender")
    assert page_size(pdf) == (288, 432)
    text = pdf_text(pdf)
    for expected in ("CN 22", "Cotton T-shirt", "Ceramic mug", "6109.10", "25.00", "Total value: 33.00",
                     "[X] Gift", "[X] Return to sender", "[  ] Treat as abandoned", "[  ] Merchandise"):
        assert expected in text
    assert code128_texts(render(pdf, QSize(812, 1218))) == [UPS]
    assert pdf == customs_form_pdf(content(tracking_number=UPS, carrier_name="UPS"), ITEMS, "gift",
                                   "return_to_sender")


def test_customs_form_odd_inputs() -> None:
    many = [CustomsLine(f"Item {n}", 1, Decimal("1.00"), "9503.00", "US") for n in range(20)]
    text = pdf_text(customs_form_pdf(content(), many, "Spare parts", "treat_as_abandoned"))
    assert "Item 0" in text and "+ 9 more item lines" in text and "Item 19" not in text
    assert "[X] Other: Spare parts" in text and "[X] Treat as abandoned" in text
    assert "Total value: 20.00" in text
    assert page_size(customs_form_pdf(content(ship_from=()), [], "merchandise", "")) == (288, 432)
