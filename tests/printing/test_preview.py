"""The label preview: each format the sandbox sells shows the label that will print (its barcode scans,
ZPL and PDF of one label agree), ZPL graphics and barcodes are drawn as the printer draws them, what the
preview cannot draw is marked and named, and a label that will not fit says so."""

from __future__ import annotations

import base64
import binascii
import os
import zlib

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from printing.preview_support import (
    UPS,
    USPS,
    bands,
    barcode_formats,
    code128,
    content,
    count_light,
    dark,
    ink_box,
    tall_pdf,
)
from PySide6.QtGui import QImage

from shipdesk.printing.preview import render_preview
from shipdesk.printing.printers import PrinterProfile, PrintError, Stock, Transport
from shipdesk.sandbox.labels import label_pdf, label_png, label_zpl

ZEBRA_203 = PrinterProfile("Zebra", Transport.CUPS_RAW, dpi=203, stock=Stock.FOUR_BY_SIX)
ZEBRA_300 = PrinterProfile("Zebra300", Transport.CUPS_RAW, dpi=300, stock=Stock.FOUR_BY_SIX)
PDF_203 = PrinterProfile("Office", Transport.SYSTEM, dpi=203, stock=Stock.FOUR_BY_SIX)


@pytest.fixture
def bought(sandbox, qapp) -> tuple[str, dict[str, bytes]]:
    """One V2 label bought from the sandbox over HTTP, downloaded in every format it sells."""
    from api.v2_support import buy, make_client

    client = make_client(sandbox)
    try:
        label = buy(client)
        assert label.tracking_number
        return label.tracking_number, {fmt: client.download_label(label, fmt) for fmt in ("pdf", "zpl", "png")}
    finally:
        client.close()


def zpl_page(zpl: str, profile: PrinterProfile | None = ZEBRA_203) -> tuple[QImage, list[str]]:
    preview = render_preview(zpl.encode(), "zpl", profile)
    return preview.pages[0], list(preview.notes)


# ---- the sandbox's labels, every format ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "zpl", "png"])
def test_a_bought_label_previews_as_the_label_that_prints(bought, fmt):
    tracking, files = bought
    preview = render_preview(files[fmt], fmt, ZEBRA_203 if fmt == "zpl" else PDF_203)
    assert len(preview.pages) == 1
    page = preview.pages[0]
    assert (page.width(), page.height()) == (812, 1218)  # 4x6 in at 203 dpi, a pixel per printer dot
    assert code128(page) == [tracking]
    assert preview.fits and preview.size_mismatch() is None and preview.dpi_mismatch() is None


def test_zpl_and_pdf_of_one_label_agree_in_size_and_layout(bought):
    _, files = bought
    zpl = render_preview(files["zpl"], "zpl", ZEBRA_203)
    pdf = render_preview(files["pdf"], "pdf", PDF_203)
    z, p = zpl.pages[0], pdf.pages[0]
    assert (z.width(), z.height(), zpl.dpi) == (p.width(), p.height(), pdf.dpi)
    assert zpl.page_inches == pdf.page_inches == ((4.0, 6.0),)
    barcode_bottom = max(bottom for top, bottom in bands(p, 0, 400) if bottom - top > 150)
    # Every line of text and every rule, left column and right, at the same height; only the barcode's
    # human-readable line differs more: the printer draws its own, smaller, right under the bars.
    for left, right in ((0, 400), (560, 812)):
        z_bands, p_bands = bands(z, left, right), bands(p, left, right)
        z_bands = [b for b in z_bands if b[0] <= barcode_bottom or left == 0]
        p_bands = [b for b in p_bands if b[0] <= barcode_bottom or left == 0]
        assert len(z_bands) == len(p_bands), (z_bands, p_bands)
        for (zt, zb), (pt, pb) in zip(z_bands, p_bands, strict=True):
            tolerance = 25 if pt > barcode_bottom and pt < barcode_bottom + 60 else 4
            assert abs(zt - pt) <= tolerance and abs(zb - pb) <= tolerance, ((zt, zb), (pt, pb))
            if left == 0 and pt < barcode_bottom - 250:  # text starts at the same margin
                z_box, p_box = ink_box(z, 0, zt, 400, zb + 1), ink_box(p, 0, pt, 400, pb + 1)
                assert z_box is not None and p_box is not None
                assert abs(z_box[0] - p_box[0]) <= 4


@pytest.mark.parametrize("tracking", [UPS, USPS])
def test_sandbox_zpl_at_300_dpi_previews_on_a_300_dpi_printer(qapp, tracking):
    preview = render_preview(label_zpl(content(tracking), dpi=300), "zpl", ZEBRA_300)
    assert (preview.pages[0].width(), preview.pages[0].height()) == (1200, 1800)
    assert code128(preview.pages[0]) == [tracking]
    assert preview.fits


def test_a_300_dpi_png_is_scaled_to_the_printer_and_still_scans(qapp):
    preview = render_preview(label_png(content(), dpi=300), "png", PDF_203)
    assert (preview.pages[0].width(), preview.pages[0].height()) == (812, 1218)
    assert preview.made_for_dpi == 300 and preview.fits
    assert code128(preview.pages[0]) == [UPS]
    assert any("300 dpi" in note and "scaled" in note for note in preview.notes)


def test_without_a_profile_the_label_is_shown_at_203_dpi_and_not_checked(qapp):
    preview = render_preview(label_pdf(content()), "pdf", None)
    assert preview.dpi == 203 and preview.pages[0].width() == 812
    assert preview.fit is None and preview.fits is None and preview.size_mismatch() is None


# ---- fit -------------------------------------------------------------------------------------------


def test_a_doc_tab_pdf_on_4x6_stock_is_flagged_and_shown_whole(qapp):
    preview = render_preview(tall_pdf(), "pdf", PDF_203)
    assert not preview.fits
    assert preview.size_mismatch() == ((4.0, 6.75), (4.0, 6.0))
    assert (preview.pages[0].width(), preview.pages[0].height()) == (812, 1370)  # what would be cut is shown
    assert preview.stock_pixels() == (812, 1218)
    assert code128(preview.pages[0]) == [UPS]


def test_a_300_dpi_zpl_on_a_203_dpi_printer_is_flagged_and_shown_dot_for_dot(qapp):
    preview = render_preview(label_zpl(content(), dpi=300), "zpl", ZEBRA_203)
    assert not preview.fits
    assert preview.dpi_mismatch() == (300, 203)
    assert preview.size_mismatch() is None  # it is a 4x6 label, for another printer
    assert (preview.pages[0].width(), preview.pages[0].height()) == (1200, 1800)


def test_a_203_dpi_zpl_on_a_300_dpi_printer_is_flagged(qapp):
    preview = render_preview(label_zpl(content()), "zpl", ZEBRA_300)
    assert not preview.fits and preview.dpi_mismatch() == (203, 300)


def test_a_long_zpl_on_4x6_stock_is_a_size_mismatch(qapp):
    preview = render_preview(b"^XA^PW812^LL1370^FO50,50^A0N,40,40^FDTALL^FS^XZ", "zpl", ZEBRA_203)
    assert not preview.fits
    assert preview.size_mismatch() == ((812 / 203, 1370 / 203), (4.0, 6.0))


@pytest.mark.parametrize("fmt", ["pdf", "zpl", "png"])
def test_garbage_is_a_readable_error_not_a_crash(qapp, fmt):
    with pytest.raises(PrintError) as caught:
        render_preview(b"\x00\x01 this is not a label \xff", fmt, ZEBRA_203)
    assert str(caught.value)


def test_an_unknown_format_or_empty_file_is_a_readable_error(qapp):
    with pytest.raises(PrintError, match="cannot be previewed"):
        render_preview(b"GIF89a", "gif", None)
    with pytest.raises(PrintError, match="empty"):
        render_preview(b"", "zpl", None)


# ---- ^GF graphics ---------------------------------------------------------------------------------


def expected_rows() -> list[bytes]:
    """A 200x40 dot bitmap with every shape the ZPL compression has a letter for: blank rows, repeated
    rows, long runs (g-z counts), rows ending in zeros and rows ending in ones."""
    rows = [bytes(25)] * 4
    rows += [bytes([0xFF] * 16 + [0] * 9)] * 5
    rows += [bytes(sum(1 << (7 - b) for b in range(8) if (8 * i + b + y) % 7 == 0) for i in range(25))
             for y in range(10)]
    rows += [bytes([0] * 10 + [0x0F] + [0xFF] * 14)] * 6
    rows += [bytes([0xAA if y % 2 else 0x55] * 25) for y in range(10)]
    rows += [bytes([0x81] * 25)] * 5
    return rows


def repeat_letters(count: int) -> str:
    letters = ""
    while count >= 20:
        twenties = min(count // 20, 20)
        letters += chr(ord("g") + twenties - 1)
        count -= twenties * 20
    return letters + (chr(ord("G") + count - 1) if count else "")


def compressed(hex_text: str) -> str:
    out, i = [], 0
    while i < len(hex_text):
        j = i
        while j < len(hex_text) and hex_text[j] == hex_text[i]:
            j += 1
        out.append((repeat_letters(j - i) if j - i > 1 else "") + hex_text[i])
        i = j
    return "".join(out)


def zebra_ascii(rows: list[bytes]) -> str:
    """Rows as a printer driver writes them: ":" for a repeat, "," and "!" for trailing zeros and ones."""
    out, previous = [], None
    for row in rows:
        text = row.hex().upper()
        if row == previous:
            out.append(":")
        elif text.endswith("00"):
            out.append(compressed(text.rstrip("0")) + ",")
        elif text.endswith("FF"):
            out.append(compressed(text.rstrip("F")) + "!")
        else:
            out.append(compressed(text))
        previous = row
    return "".join(out)


def assert_bitmap_at(page: QImage, rows: list[bytes], x0: int, y0: int) -> None:
    wrong = [(x, y) for y, row in enumerate(rows) for x in range(len(row) * 8)
             if dark(page, x0 + x, y0 + y) != bool(row[x // 8] >> (7 - x % 8) & 1)]
    assert not wrong, f"{len(wrong)} dots differ, first {wrong[:5]}"
    assert ink_box(page) == ink_box(page, x0, y0, x0 + 200, y0 + len(rows))  # nothing drawn elsewhere


def test_gfa_with_compression_letters_draws_the_bitmap(qapp):
    rows = expected_rows()
    data = zebra_ascii(rows)
    assert all(mark in data for mark in ",!:") and any("g" <= ch <= "z" for ch in data)
    page, notes = zpl_page(f"^XA^PW260^LL80^FO10,5^GFA,1000,1000,25,{data}^FS^XZ")
    assert_bitmap_at(page, rows, 10, 5)
    assert notes == []


@pytest.mark.parametrize("kind", ["Z64", "B64"])
def test_gfa_base64_with_crc_draws_the_bitmap(qapp, kind):
    rows = expected_rows()
    raw = b"".join(rows)
    text = base64.b64encode(zlib.compress(raw) if kind == "Z64" else raw).decode()
    crc = binascii.crc_hqx(text.encode(), 0xFFFF)  # CRC-16/CCITT-FALSE
    page, notes = zpl_page(f"^XA^PW260^LL80^LH4,0^FO6,5^GFA,{len(raw)},{len(raw)},25,:{kind}:{text}:{crc:04X}^FS^XZ")
    assert_bitmap_at(page, rows, 10, 5)
    assert notes == []


def test_a_graphic_with_a_wrong_crc_is_drawn_with_a_warning(qapp):
    raw = b"".join(expected_rows())
    text = base64.b64encode(zlib.compress(raw)).decode()
    page, notes = zpl_page(f"^XA^PW260^LL80^FO10,5^GFA,{len(raw)},{len(raw)},25,:Z64:{text}:0000^FS^XZ")
    assert_bitmap_at(page, expected_rows(), 10, 5)
    assert any("CRC" in note for note in notes)


def test_damaged_graphic_data_is_a_marked_box_and_a_note(qapp):
    page, notes = zpl_page("^XA^PW400^LL300^FO20,30^GFA,1000,1000,25,:Z64:bm90IHpsaWI=:1234^FS^XZ")
    assert any(note.startswith("not shown in preview: a ^GF graphic") for note in notes)
    box = ink_box(page)
    assert box is not None and abs(box[0] - 20) <= 1 and abs(box[2] - 219) <= 1 and abs(box[3] - 69) <= 1


def test_a_downloaded_graphic_is_recalled_with_magnification(qapp):
    # Four rows of F0 0F (":" repeats a row), drawn twice as wide and three times as high.
    page, _ = zpl_page("~DGR:BOX.GRF,8,2,F00F:::^XA^PW100^LL60^FO10,10^XGR:BOX.GRF,2,3^FS^XZ")
    assert ink_box(page) == (10, 10, 10 + 16 * 2 - 1, 10 + 4 * 3 - 1)
    assert dark(page, 10, 10) and not dark(page, 10 + 8, 10) and dark(page, 10 + 24, 10 + 11)


# ---- text, shapes, positions ------------------------------------------------------------------------


def test_ft_puts_the_text_baseline_on_the_origin_and_lh_moves_everything(qapp):
    page, _ = zpl_page("^XA^PW400^LL300^LH20,10^FT80,190^A0N,50,50^FDHELLO^FS^FO0,0^GB30,20,20^FS^XZ")
    text = ink_box(page, 90, 0, 400, 300)
    assert text is not None and abs(text[3] - 200) <= 1  # no descenders: the ink stops at the baseline
    assert 155 <= text[1] <= 172  # capitals about 0.7 of the 50-dot cell
    assert ink_box(page, 0, 0, 80, 100) == (20, 10, 49, 29)


def test_rotated_text_and_barcode_run_down_the_label(qapp):
    page, _ = zpl_page("^XA^PW812^LL1218^FO600,100^A0R,50,50^FDROTATED TEXT^FS"
                       "^FO100,100^BY3^BCR,120,N,N,N^FD12345678^FS^XZ")
    text = ink_box(page, 500, 0, 812, 1218)
    bars = ink_box(page, 0, 0, 500, 1218)
    assert text is not None and bars is not None
    assert text[3] - text[1] > 3 * (text[2] - text[0])  # a line of text standing on end
    assert bars[0] == 100 and bars[2] == 219 and bars[1] == 100
    assert code128(page) == ["12345678"]


def test_field_block_centres_and_reverse_prints_white_on_black(qapp):
    page, _ = zpl_page("^XA^PW812^LL400^FO0,50^A0N,40,40^FB812,1,0,C^FDCENTRED^FS"
                       "^FO100,200^GB150,80,80^FS^FO110,215^A0N,50,50^FR^FDVOID VOID VOID^FS^XZ")
    centred = ink_box(page, 0, 40, 812, 100)
    assert centred is not None and abs((centred[0] + centred[2]) / 2 - 406) <= 3
    # The reversed text runs off the black box: white letters on it, black ones past its edge.
    assert count_light(page, 100, 200, 250, 280) > 300
    past = ink_box(page, 250, 150, 812, 400)
    assert past is not None and past[0] <= 260 and past[2] > 400 and past[3] < 280


def test_boxes_have_their_thickness_and_white_boxes_erase(qapp):
    page, _ = zpl_page("^XA^PW400^LL300^FO10,10^GB200,100,4^FS^FO250,10^GB100,100,100^FS"
                       "^FO275,35^GB50,50,50,W^FS^XZ")
    assert dark(page, 10, 50) and dark(page, 13, 50) and not dark(page, 14, 50)  # a 4-dot frame
    assert not dark(page, 100, 50)
    assert dark(page, 260, 20) and not dark(page, 300, 60)  # a white box cuts a hole in a black one


def test_code128_follows_zpl_invocation_codes_and_modes(qapp):
    page, _ = zpl_page("^XA^PW812^LL1218^BY2"
                       "^FO50,50^BCN,100,Y,N,N^FD>;>8420787019612927^FS"
                       "^FO50,300^BCN,100,Y,N,N,A^FDABC12345678^FS"
                       "^FO50,550^BCN,100,N,N,N^FD>:1Z>5123456^FS^XZ")
    found = set(code128(page))
    assert found == {"(420)78701961292", "ABC12345678", "1Z123456"}


def test_code128_module_width_and_height_come_from_by_and_bc(qapp):
    page, _ = zpl_page("^XA^PW812^LL600^BY3,3,77^FO40,40^BCN,,N^FDABC^FS^FO40,300^BY2^BCN,150,N^FDABC^FS^XZ")
    first, second = ink_box(page, 0, 0, 812, 200), ink_box(page, 0, 250, 812, 600)
    assert first is not None and second is not None
    modules = 11 * 6 + 2  # start, A, B, C, check, then the 13-module stop
    assert (first[2] - first[0] + 1, first[3] - first[1] + 1) == (3 * modules, 77)
    assert (second[2] - second[0] + 1, second[3] - second[1] + 1) == (2 * modules, 150)


def test_interpretation_line_is_printed_below_unless_turned_off(qapp):
    with_line, _ = zpl_page("^XA^PW600^LL300^BY2^FO40,40^BCN,100,Y,N^FD12345^FS^XZ")
    without, _ = zpl_page("^XA^PW600^LL300^BY2^FO40,40^BCN,100,N,N^FD12345^FS^XZ")
    assert ink_box(without)[3] == 139
    assert ink_box(with_line)[3] > 139 + 10


# ---- what the preview cannot draw ------------------------------------------------------------------


def test_unsupported_barcodes_are_hatched_boxes_of_their_size_and_named(qapp):
    page, notes = zpl_page(
        "^XA^PW812^LL1218"
        "^FO50,50^BD2,1,1^FD001840152382802[)>_1E01_1D961Z00004951_1DUPSN^FS"
        "^FO400,50^BY2^B7N,8,5,4,20^FDhello pdf417^FS"
        "^FO50,500^BQN,2,5^FDQA,hello qr^FS"
        "^FO50,900^BY3^BCN,120,Y,N,N^FD1Z999AA10123456784^FS^XZ")
    assert "not shown in preview: ^BD MaxiCode" in notes
    assert "not shown in preview: ^B7 PDF417" in notes
    assert "not shown in preview: ^BQ QR code (its size is estimated)" in notes
    # MaxiCode is 1.11 x 1.054 in: 225 x 214 dots at 203 dpi.
    assert ink_box(page, 0, 0, 380, 400) == (50, 50, 274, 263)
    # PDF417, 4 data columns and 20 rows of 8 dots at 2 dots a module: (17 x 8 + 1) x 2 wide.
    assert ink_box(page, 380, 0, 812, 400) == (400, 50, 400 + 274 - 1, 50 + 160 - 1)
    assert ink_box(page, 0, 450, 812, 850) is not None
    # The placeholders never pass for the real thing: only the Code 128 scans.
    assert barcode_formats(page) == {"Code128"}
    assert code128(page) == ["1Z999AA10123456784"]


def test_unknown_commands_and_a_missing_xz_are_named(qapp):
    page, notes = zpl_page("^XA^PW400^LL300^FO10,10^A0N,30,30^FDHI^FS^QQ12^FO10,100^GB10,10,10^FS")
    assert "not understood by the preview, not shown: ^QQ" in notes
    assert any("no ^XZ" in note for note in notes)
    assert ink_box(page, 0, 90, 400, 300) == (10, 100, 19, 109)


def test_each_label_format_is_a_page_and_setup_formats_are_not(qapp):
    preview = render_preview(
        b"^XA^MMT^PW812^LL1218^LS0^XZ\n"
        b"^XA^FO50,50^A0N,40,40^FDFIRST^FS^PQ2^XZ\n"
        b"^XA^FO50,50^A0N,40,40^FDSECOND^FS^XZ", "zpl", ZEBRA_203)
    assert len(preview.pages) == 2
    assert all((p.width(), p.height()) == (812, 1218) for p in preview.pages)
    assert any("^PQ2" in note for note in preview.notes)


def test_zpl_without_width_or_length_takes_the_stock_size(qapp):
    doc_tab = PrinterProfile("Zebra", Transport.CUPS_RAW, dpi=300, stock=Stock.FOUR_BY_SIX_DOC_TAB)
    preview = render_preview(b"^XA^FO50,50^A0N,40,40^FDX^FS^XZ", "zpl", doc_tab)
    assert (preview.pages[0].width(), preview.pages[0].height()) == (1200, 2025)


def test_text_in_utf8_and_hex_escapes_is_decoded(qapp):
    plain, _ = zpl_page("^XA^CI28^PW400^LL100^FO10,10^A0N,40,40^FDJose^FS^XZ")
    accented, _ = zpl_page("^XA^CI28^PW400^LL100^FO10,10^A0N,40,40^FH^FDJos_C3_A9^FS^XZ")
    box, plain_box = ink_box(accented), ink_box(plain)
    assert box is not None and plain_box is not None
    assert box[1] < plain_box[1]  # the accent rises above the capitals
    assert abs(box[2] - plain_box[2]) <= 3  # one letter, not the four of "_C3_A9" or a mojibake pair
