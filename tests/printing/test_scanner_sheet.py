"""The scanner command sheet (shipdesk/printing/scanner_sheet.py): every command and self-test code is on it,
scans back to exactly what the decoder expects, on letter paper and on 4x6 labels."""

from __future__ import annotations

import io

import pypdf
import pytest
import zxingcpp

from shipdesk.core.scan_commands import DESCRIPTIONS, Command, command_code
from shipdesk.core.scan_decoder import ScanDecoder, ScanKind
from shipdesk.core.scanner_selftest import TEST_CODES
from shipdesk.printing.pdf import LoadedPdf
from shipdesk.printing.scanner_sheet import SheetWords, scanner_sheet_pdf


def barcodes(pdf_bytes: bytes) -> tuple[list[tuple[float, float]], list[str]]:
    pdf = LoadedPdf(pdf_bytes)
    sizes, found = [], []
    for page in range(pdf.doc.pageCount()):
        sizes.append(pdf.page_points(page))
        results = zxingcpp.read_barcodes(pdf.render(page, 300))  # top to bottom, then left to right
        found += [r.text for r in sorted(results, key=lambda r: (round(r.position.top_left.y / 50),
                                                                 r.position.top_left.x))]
    return sizes, found


@pytest.mark.parametrize(("page", "size"), [("letter", (612, 792)), ("4x6", (288, 432))])
def test_every_command_and_test_code_scans_back_exactly(page, size):
    sizes, found = barcodes(scanner_sheet_pdf(page))
    assert {(round(w), round(h)) for w, h in sizes} == {size}
    assert sorted(found) == sorted([command_code(c) for c in Command] + [t.text for t in TEST_CODES])
    decoder = ScanDecoder()
    commands = [decoder.decode(text).command for text in found[:len(Command)]]
    assert commands == list(Command)  # in sheet order, each one what its name says
    kinds = {t.key: decoder.decode(t.text).kind for t in TEST_CODES}
    assert kinds["scan-to-view"] is ScanKind.ORDER_ID and kinds["upc"] is ScanKind.UPC
    assert kinds["tracking"] is ScanKind.TRACKING and kinds["order-number"] is ScanKind.ORDER_NUMBER


def test_names_and_what_each_command_does_are_printed_and_translatable():
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(scanner_sheet_pdf())).pages)
    for name, what in DESCRIPTIONS.values():
        assert name in text and what in text
    assert "Scanner self-test" in text
    shouted = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(scanner_sheet_pdf(
        words=SheetWords(self_test="Autotest du lecteur"), lookup=lambda _ctx, s: s.upper()))).pages)
    assert "BUY AND PRINT THE LABEL OF THE OPEN ORDER" in shouted and "Autotest du lecteur" in shouted
