"""PDF labels to a system queue at actual size.

The usual ways a 4x6 label goes wrong are fit-to-page shrinking, driver margins and a page size the
driver resets (shared/notes/packing-bench.md §2.4). So the page is rendered by QtPdf at the printer's
DPI, flattened on white (QPdfDocument renders a transparent background), and drawn 1:1 into a
QPrinter whose page is the stock, with zero margins and the full paper rect.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from .printers import FitReport, LabelFitError, PrinterProfile, PrintError, Stock, Transport

# A PDF page and the stock may differ by rounding (288 vs 288.0x pt); more than this is a different size.
TOLERANCE_PT = 1.5


class LoadedPdf:
    """A QPdfDocument with the buffer it reads from kept alive alongside it."""

    def __init__(self, pdf_bytes: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.doc = QPdfDocument()
        self.doc.load(self._buffer)
        if self.doc.status() != QPdfDocument.Status.Ready or self.doc.pageCount() < 1:
            raise PrintError(f"the label is not a readable PDF ({self.doc.error().name})")

    def page_points(self, page: int) -> tuple[float, float]:
        size = self.doc.pagePointSize(page)
        return size.width(), size.height()

    def render(self, page: int, dpi: int) -> QImage:
        """Page `page` at `dpi`, composited on white (RGB32, no alpha)."""
        w, h = self.page_points(page)
        return on_white(self.doc.render(page, QSize(round(w * dpi / 72), round(h * dpi / 72))))


def on_white(image: QImage) -> QImage:
    """`image` composited on white, without alpha (RGB32): what paper shows of a transparent picture."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def _stock_name(stock: Stock) -> str:
    return {Stock.FOUR_BY_SIX: "4x6 in", Stock.FOUR_BY_SIX_DOC_TAB: "4x6.75 in", Stock.LETTER: "Letter"}[stock]


def check_pdf(pdf: LoadedPdf, profile: PrinterProfile) -> FitReport:
    want_w, want_h = profile.stock.points
    problems = []
    for page in range(pdf.doc.pageCount()):
        w, h = pdf.page_points(page)
        if abs(w - want_w) > TOLERANCE_PT or abs(h - want_h) > TOLERANCE_PT:
            problems.append(
                f"page {page + 1} is {w / 72:.2f}x{h / 72:.2f} in but the printer holds "
                f"{_stock_name(profile.stock)} stock: it would print clipped or shrunk"
            )
    return FitReport(problems=problems)


def check_fit(pdf_bytes: bytes, profile: PrinterProfile) -> FitReport:
    """Flags pages whose size is not the profile's stock; an unreadable PDF is a problem too."""
    try:
        return check_pdf(LoadedPdf(pdf_bytes), profile)
    except PrintError as exc:
        return FitReport(problems=[str(exc)])


def queue_has_stock(info: QPrinterInfo, stock: Stock) -> bool:
    """Whether the queue's driver offers the stock's page size. CUPS silently replaces a size the PPD does
    not list with its default (Letter); raw queues list no sizes at all (and would get Qt's PDF as ZPL)."""
    if info.supportsCustomPageSizes():
        return True
    want_w, want_h = stock.points
    for size in info.supportedPageSizes():
        pts = size.size(QPageSize.Unit.Point)
        if abs(pts.width() - want_w) <= TOLERANCE_PT and abs(pts.height() - want_h) <= TOLERANCE_PT:
            return True
    return False


def make_printer(profile: PrinterProfile) -> QPrinter:
    """A QPrinter for the profile's queue: stock page size, zero margins, full page, the profile's DPI."""
    info = QPrinterInfo.printerInfo(profile.printer)
    if info.isNull():
        raise PrintError(f"printer {profile.printer!r} is not installed on this computer")
    if not queue_has_stock(info, profile.stock):
        raise PrintError(
            f"printer {profile.printer!r} has no {_stock_name(profile.stock)} paper size in its driver: the "
            "spooler would reset the page to its default and print the label shrunk or clipped"
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    w, h = profile.stock.inches
    # ExactMatch: otherwise Qt may snap 4x6 to a "nearby" named size of the driver. Full page first: with it
    # Qt accepts margins below the driver's minimum (a PPD's imageable area), here zero.
    size = QPageSize(QSizeF(w, h), QPageSize.Unit.Inch, _stock_name(profile.stock), QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setFullPage(True)
    if not printer.setPageSize(size):
        raise PrintError(f"printer {profile.printer!r} refused a {_stock_name(profile.stock)} page")
    if not printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point):
        raise PrintError(f"printer {profile.printer!r} refused zero margins")
    printer.setResolution(profile.dpi)
    printer.setCopyCount(profile.copies)
    return printer


def print_pdf(pdf_bytes: bytes, profile: PrinterProfile, title: str = "ShipDesk label", check: bool = True) -> int:
    """Prints every page at actual size; returns the page count. Raises LabelFitError before printing
    anything when `check` is on and a page is not the stock's size."""
    if profile.transport is not Transport.SYSTEM:
        raise PrintError(f"a PDF label needs a system printer, not a {profile.transport} one (send ZPL instead)")
    pdf = LoadedPdf(pdf_bytes)
    if check:
        report = check_pdf(pdf, profile)
        if not report.ok:
            raise LabelFitError(report)
    printer = make_printer(profile)
    printer.setDocName(title)
    # Rendering at the printer's own DPI keeps bars on whole dots; the paint engine then maps those pixels
    # to device units 1:1 (or by a fixed ratio if the driver insists on another resolution), never fit-to-page.
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"could not start a print job on {profile.printer!r}")
    try:
        for page in range(pdf.doc.pageCount()):
            if page:
                printer.newPage()
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            w, h = pdf.page_points(page)
            # The page at its own physical size from the top-left corner: actual size even if a tolerance
            # let through a page a point off the stock.
            target.setSize(QSizeF(w * dpi / 72, h * dpi / 72))
            painter.drawImage(target, pdf.render(page, dpi))
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise PrintError(f"the print job on {profile.printer!r} failed")
    return pdf.doc.pageCount()
