"""Packing slips and pick lists from the Orders tab, printed on the private cupsd's PDF queues: the paper's
size follows the document printer, the barcodes on it scan, and a station without a document printer says
what to do."""

from __future__ import annotations

import pytest
import zxingcpp
from PySide6.QtCore import QItemSelectionModel

from shipdesk.core import order_cache as oc
from shipdesk.printing.label_printing import NO_DOCUMENT_PRINTER
from shipdesk.printing.pdf import LoadedPdf
from shipdesk.printing.printers import PrinterProfile, Stock, Transport
from shipdesk.printing.station import Station
from shipdesk.ui.printer_settings_dialog import PrinterSettingsDialog

WAIT = 30_000


def orders_window(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.orders.model.rowCount() >= 2, timeout=WAIT)
    return window


def select_rows(window, rows: list[int]) -> list[int]:
    table, model = window.orders.table, window.orders.model
    table.setCurrentIndex(model.index(rows[0], 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows[1:]:
        table.selectionModel().select(model.index(row, 0), flags)
    return [model.order_id_at(row) for row in rows]


def documents_to(window, printer: str, stock: Stock) -> None:
    window.ctx.set_station(Station(documents=PrinterProfile(printer, Transport.SYSTEM, 300, stock)))


def decoded(out: bytes, page: int = 0) -> tuple[tuple[float, float], list[str]]:
    """The page size and its barcodes, top to bottom."""
    pdf = LoadedPdf(out[out.index(b"%PDF"):])
    found = sorted(zxingcpp.read_barcodes(pdf.render(page, 200)), key=lambda r: (r.position.top_left.y,
                                                                                  r.position.top_left.x))
    return pdf.page_points(page), [r.text for r in found]


def world_order(window, order_id: int) -> dict:
    with window.sandbox.world.lock:
        return dict(window.sandbox.world.orders[order_id])


def test_no_document_printer_says_so_and_offers_the_settings(qtbot, make_window):
    window = orders_window(qtbot, make_window)
    select_rows(window, [0])
    documents = window.orders.documents
    documents.slip_button.click()
    assert documents.message.text() == NO_DOCUMENT_PRINTER
    assert documents.settings_button.isVisible()
    documents.settings_button.click()
    assert any(d.isVisible() for d in window.findChildren(PrinterSettingsDialog))
    documents_to(window, "PdfLetterOnly", Stock.LETTER)  # the packer chose one: the message goes
    assert documents.message.text() == "" and not documents.settings_button.isVisible()


@pytest.mark.parametrize(("printer", "stock", "size"), [("PdfLetterOnly", Stock.LETTER, (612, 792)),
                                                          ("PdfTest", Stock.FOUR_BY_SIX, (288, 432))])
def test_packing_slip_takes_the_document_printers_paper_and_scans(qtbot, make_window, cups, printer: str,
                                                                  stock: Stock, size: tuple[int, int]):
    window = orders_window(qtbot, make_window)
    documents_to(window, printer, stock)
    [order_id] = select_rows(window, [1])
    (cups.pdf_out if printer == "PdfTest" else cups.letter_out).unlink(missing_ok=True)
    documents = window.orders.documents
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT):
        documents.slip_button.click()
    assert documents.message.text() == f"Packing slip sent to {printer}."
    (w, h), codes = decoded(cups.wait_for_pdf(printer))
    assert (round(w), round(h)) == size
    number = world_order(window, order_id)["orderNumber"]
    assert number in codes and f"^#^{order_id:x}^" in codes  # the order number and scan-to-view
    if stock is not Stock.LETTER:
        # A pick list is letter size: on 4x6 labels it would be clipped, so it is refused in words.
        documents.pick_button.click()
        assert "letter size" in documents.message.text() and documents.settings_button.isVisible()


def test_pick_list_for_the_selected_orders_sorted_by_sku(qtbot, make_window, cups):
    window = orders_window(qtbot, make_window)
    documents_to(window, "PdfLetterOnly", Stock.LETTER)
    rows = [row for row in range(window.orders.model.rowCount())][:3]
    ids = select_rows(window, rows)
    assert window.orders.selected_order_ids() == ids
    documents = window.orders.documents
    documents.sort_combo.setCurrentIndex(documents.sort_combo.findData("sku"))
    cups.letter_out.unlink(missing_ok=True)
    with qtbot.waitSignal(window.print_runner.pass_finished, timeout=WAIT) as passed:
        documents.pick_button.click()
    assert [job.title for job in passed.args[0].printed] == ["Pick list, 3 orders"]
    assert documents.message.text() == "Pick list for 3 orders sent to PdfLetterOnly."
    (w, h), codes = decoded(cups.wait_for_pdf("PdfLetterOnly"))
    assert (round(w), round(h)) == (612, 792)
    skus = {item["sku"] for i in ids for item in world_order(window, i)["items"] if item.get("sku")}
    assert skus and codes == sorted(skus, key=lambda sku: (sku.casefold(), sku))  # one row per SKU, in order
    shown = {r[oc.ORDER_ID] for r in window.orders.model.visible_rows()}
    assert set(ids) <= shown
