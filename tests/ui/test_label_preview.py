"""The preview pane as a packer sees it: the label scaled into the pane, what it was checked against, in red
why it will not fit, what the preview leaves out, pages to flip through, and a message for a bad file."""

from __future__ import annotations

from printing.preview_support import UPS, code128, content, tall_pdf
from PySide6.QtGui import QColor

from shipdesk.printing.printers import PrinterProfile, Stock, Transport
from shipdesk.sandbox.labels import label_pdf, label_png, label_zpl
from shipdesk.ui import label_preview
from shipdesk.ui.label_preview import LabelPreview
from shipdesk.ui.workers import WorkerRunner

ZEBRA = PrinterProfile("Zebra ZD421", Transport.CUPS_RAW, dpi=203, stock=Stock.FOUR_BY_SIX)
OFFICE = PrinterProfile("Office", Transport.SYSTEM, dpi=203, stock=Stock.FOUR_BY_SIX)
TWO_LABELS = (b"^XA^PW812^LL1218^FO50,50^A0N,60,60^FDFIRST^FS^XZ"
              b"^XA^PW812^LL1218^FO50,600^GB700,300,300^FS^XZ")


def pane(qtbot, width: int = 420, height: int = 760) -> LabelPreview:
    widget = LabelPreview(WorkerRunner())
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drawn(qtbot, view: LabelPreview, data: bytes, fmt: str, profile: PrinterProfile | None) -> None:
    """`show_label`, then wait until the worker's drawing (or its failure) is in the pane."""
    view.show_label(data, fmt, profile)
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=10_000)


def test_a_label_that_fits_is_shown_whole_with_the_printer_it_was_checked_against(qtbot):
    view = pane(qtbot)
    drawn(qtbot, view, label_zpl(content()), "zpl", ZEBRA)
    shown = view.image.pixmap()
    assert not shown.isNull()
    room = view.image.contentsRect()
    assert shown.width() <= room.width() and shown.height() <= room.height()
    assert abs(shown.width() / shown.height() - 812 / 1218) < 0.01  # scaled, not stretched
    assert view.checked_label.text() == "Checked against Zebra ZD421: 4x6 in stock at 203 dpi. It fits."
    assert not view.problem_label.isVisible() and not view.page_box.isVisible()


def test_the_shown_label_scans_when_the_pane_is_large(qtbot):
    view = pane(qtbot, 900, 1400)
    drawn(qtbot, view, label_png(content()), "png", OFFICE)
    assert code128(view.image.pixmap().toImage()) == [UPS]


def test_a_doc_tab_label_on_4x6_stock_says_it_would_be_clipped_and_shades_the_cut(qtbot):
    view = pane(qtbot)
    drawn(qtbot, view, tall_pdf(), "pdf", OFFICE)
    assert view.problem_label.isVisible()
    assert view.problem_label.text().splitlines()[0] == \
        "This label is 4x6.75 in; the printer has 4x6 in stock: it would be clipped."
    assert "#b00020" in view.problem_label.styleSheet()
    full = view.image.source.toImage()
    assert (full.width(), full.height()) == (812, 1370)
    below_stock, on_stock = QColor(full.pixel(406, 1300)), QColor(full.pixel(406, 1000))
    assert below_stock.red() > below_stock.green() + 30  # the part past the 6 in is tinted red
    assert on_stock.red() == on_stock.green() == on_stock.blue() == 255


def test_a_300_dpi_zpl_on_a_203_dpi_printer_says_it_was_made_for_another_printer(qtbot):
    view = pane(qtbot)
    drawn(qtbot, view, label_zpl(content(), dpi=300), "zpl", ZEBRA)
    assert view.problem_label.text().splitlines()[0] == (
        "This label was made for a 300 dpi printer; this printer prints 203 dpi: "
        "it would print too large and be clipped.")
    assert "^PW1200" in view.problem_label.text()  # the check's own finding, for whoever looks closer


def test_without_a_printer_it_says_nothing_was_checked(qtbot):
    view = pane(qtbot)
    drawn(qtbot, view, label_pdf(content()), "pdf", None)
    assert not view.image.pixmap().isNull()
    assert view.checked_label.text().startswith("No printer chosen")
    assert not view.problem_label.isVisible()


def test_what_the_preview_cannot_draw_is_named_under_the_label(qtbot):
    view = pane(qtbot)
    drawn(qtbot, view, b"^XA^PW812^LL1218^FO50,50^BD2^FDmaxicode^FS^FO50,400^A0N,40,40^FDUPS^FS^XZ", "zpl", ZEBRA)
    assert view.notes_label.isVisible()
    assert "not shown in preview: ^BD MaxiCode" in view.notes_label.text()


def test_pages_are_chosen_from_the_page_list(qtbot):
    view = pane(qtbot)
    drawn(qtbot, view, TWO_LABELS, "zpl", ZEBRA)
    assert view.page_box.isVisible()
    assert [view.page_box.itemText(i) for i in range(view.page_box.count())] == ["Page 1 of 2", "Page 2 of 2"]
    first = view.image.source.toImage()
    view.page_box.setCurrentIndex(1)
    second = view.image.source.toImage()
    assert QColor(first.pixel(400, 750)).lightness() > 200  # page 1: nothing there
    assert QColor(second.pixel(400, 750)).lightness() < 50  # page 2: the black box


def test_garbage_is_a_message_in_the_pane_not_an_exception(qtbot):
    view = pane(qtbot)
    for fmt in ("pdf", "zpl", "png", "gif"):
        drawn(qtbot, view, b"\x00 definitely not a label \xff", fmt, ZEBRA)
        assert view.problem_label.isVisible()
        assert view.problem_label.text().startswith("This label cannot be shown: ")
        assert view.image.pixmap().isNull()
        assert not view.checked_label.isVisible()


def test_a_failing_renderer_is_a_message_too(qtbot, monkeypatch):
    def broken(data: bytes, fmt: str, profile: PrinterProfile | None) -> None:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(label_preview, "render_preview", broken)
    view = pane(qtbot)
    drawn(qtbot, view, label_zpl(content()), "zpl", ZEBRA)
    assert view.problem_label.text() == "This label cannot be shown: RuntimeError: renderer bug"


def test_the_same_label_is_not_drawn_twice_and_clear_empties_the_pane(qtbot, monkeypatch):
    calls = []
    real = label_preview.render_preview

    def counting(data: bytes, fmt: str, profile: PrinterProfile | None) -> object:
        calls.append(fmt)
        return real(data, fmt, profile)

    monkeypatch.setattr(label_preview, "render_preview", counting)
    view = pane(qtbot)
    data = label_zpl(content())
    drawn(qtbot, view, data, "zpl", ZEBRA)
    drawn(qtbot, view, bytes(data), "ZPL", ZEBRA)
    view.resize(300, 500)
    assert len(calls) == 1
    view.clear()
    assert view.image.pixmap().isNull() and view.preview is None
    assert not view.checked_label.isVisible() and not view.problem_label.isVisible()
    drawn(qtbot, view, data, "zpl", OFFICE)  # another printer: checked again
    assert len(calls) == 2


def test_the_label_is_drawn_off_the_ui_thread_and_the_newest_wins(qtbot, monkeypatch):
    import threading

    threads = []
    real = label_preview.render_preview

    def recording(data: bytes, fmt: str, profile: PrinterProfile | None) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(data, fmt, profile)

    monkeypatch.setattr(label_preview, "render_preview", recording)
    runner = WorkerRunner()
    view = LabelPreview(runner)
    qtbot.addWidget(view)
    view.resize(420, 760)
    view.show()
    qtbot.waitExposed(view)
    view.show_label(TWO_LABELS, "zpl", ZEBRA)
    view.show_label(label_zpl(content()), "zpl", ZEBRA)  # a newer label before the first is drawn
    assert view.preview is None and not view.image.text() and view.image.pixmap().isNull()  # empty, no words
    qtbot.waitUntil(lambda: view.preview is not None, timeout=10_000)
    runner.wait(10_000)
    qtbot.wait(50)  # the first label's answer, if any, arrives after the second's
    assert threads and not any(threads)
    assert not view.image.pixmap().isNull() and not view.page_box.isVisible()  # the one-page label, not the first
    assert view.checked_label.text() == "Checked against Zebra ZD421: 4x6 in stock at 203 dpi. It fits."
    view.show_label(b"\x00 not a label", "zpl", ZEBRA)
    qtbot.waitUntil(lambda: view.problem_label.isVisible(), timeout=10_000)
    assert view.problem_label.text().startswith("This label cannot be shown: ") and view.preview is None
