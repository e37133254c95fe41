"""A label as it will print on the station's printer: each page as an image, and whether it fits.

`render_preview(data, fmt, profile)` draws a PDF with QtPdf, a PNG as it is, and ZPL with the small
renderer in zpl_render, all at the printer's DPI (203 with no profile), so one pixel is one printer dot.
The fit comes from the same checks printing uses (pdf.check_pdf, raw.check_zpl_fit); PNG, which nothing
prints yet, gets the same size rule here. Qt's fonts need a QGuiApplication (the app's QApplication).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QImage

from .pdf import LoadedPdf, check_pdf, on_white
from .printers import DPIS, FitReport, PrinterProfile, PrintError, Stock
from .raw import TOLERANCE_DOTS, check_zpl_fit, zpl_dimensions
from .zpl_render import MAX_PAGES, render_zpl

DEFAULT_DPI = 203
DEFAULT_STOCK = Stock.FOUR_BY_SIX
FORMATS = ("pdf", "zpl", "png")
# Sizes closer than this (in inches) are the same label; 1.5 pt, as pdf.TOLERANCE_PT.
TOLERANCE_IN = 1.5 / 72
# Qt reports 96 (or 72) dpi for a PNG that does not state its resolution.
_UNSTATED_DPI = (72, 96)


@dataclass(frozen=True)
class Preview:
    fmt: str  # "pdf", "zpl" or "png"
    pages: tuple[QImage, ...]  # each at `dpi`, RGB on white; ZPL one pixel per printer dot
    dpi: int  # the printer's, or DEFAULT_DPI without a profile
    page_inches: tuple[tuple[float, float], ...]  # each page's size as the file means it
    made_for_dpi: int | None  # ZPL and PNG: the resolution the file was made for, when it tells
    profile: PrinterProfile | None
    fit: FitReport | None  # None without a profile: nothing was checked
    notes: tuple[str, ...]  # what the preview leaves out or only approximates

    @property
    def fits(self) -> bool | None:
        return None if self.fit is None else self.fit.ok

    def stock_pixels(self) -> tuple[int, int] | None:
        """The stock's size in pixels of the page images (the printable area the pane outlines)."""
        return None if self.profile is None else self.profile.stock.dots(self.dpi)

    def size_mismatch(self, page: int = 0) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """(label inches, stock inches) when the fit check failed and this page is another size."""
        if self.profile is None or self.fit is None or self.fit.ok or not self.page_inches:
            return None
        label = self.page_inches[min(page, len(self.page_inches) - 1)]
        stock = self.profile.stock.inches
        if all(abs(a - b) <= TOLERANCE_IN for a, b in zip(label, stock, strict=True)):
            return None
        return label, stock

    def dpi_mismatch(self) -> tuple[int, int] | None:
        """(the ZPL's dpi, the printer's) when ZPL made for another resolution would print dot for dot at
        the wrong size. (A PNG is scaled to the printer instead: see its note.)"""
        made = self.made_for_dpi
        if self.fmt != "zpl" or self.profile is None or made is None or made == self.profile.dpi:
            return None
        return made, self.profile.dpi


def _dpi_from_width(width: int) -> int | None:
    """203 or 300 when `width` dots is a stock's width at that resolution."""
    for dpi in DPIS:
        if any(abs(width - stock.dots(dpi)[0]) <= TOLERANCE_DOTS for stock in Stock):
            return dpi
    return None


def _preview_pdf(data: bytes, profile: PrinterProfile | None, dpi: int) -> Preview:
    pdf = LoadedPdf(data)
    count = pdf.doc.pageCount()
    shown = range(min(count, MAX_PAGES))
    notes = (f"only the first {MAX_PAGES} of {count} pages are shown",) if count > MAX_PAGES else ()
    pages = tuple(pdf.render(page, dpi) for page in shown)
    inches = tuple((w / 72, h / 72) for w, h in (pdf.page_points(page) for page in shown))
    fit = check_pdf(pdf, profile) if profile is not None else None
    return Preview("pdf", pages, dpi, inches, None, profile, fit, notes)


def _preview_zpl(data: bytes, profile: PrinterProfile | None, dpi: int) -> Preview:
    stock = profile.stock if profile is not None else DEFAULT_STOCK
    rendered = render_zpl(data, stock.dots(dpi), dpi)
    widths, _ = zpl_dimensions(data)
    made_for = _dpi_from_width(widths[-1]) if widths else None
    per_inch = made_for or dpi
    inches = tuple((page.width() / per_inch, page.height() / per_inch) for page in rendered.pages)
    fit = check_zpl_fit(data, profile) if profile is not None else None
    return Preview("zpl", tuple(rendered.pages), dpi, inches, made_for, profile, fit, tuple(rendered.notes))


def check_png(inches: tuple[float, float], profile: PrinterProfile) -> FitReport:
    """A picture label fits when its physical size is the stock's; its resolution only changes sharpness."""
    want = profile.stock.inches
    if all(abs(a - b) <= TOLERANCE_IN for a, b in zip(inches, want, strict=True)):
        return FitReport()
    return FitReport(problems=[
        f"the image is {inches[0]:.2f}x{inches[1]:.2f} in but the printer holds {profile.stock} in stock: "
        "it would print clipped or shrunk"
    ])


def _preview_png(data: bytes, profile: PrinterProfile | None, dpi: int) -> Preview:
    image = QImage.fromData(QByteArray(data), "PNG")
    if image.isNull():
        raise PrintError("the label is not a readable PNG image")
    notes: list[str] = []
    stated = round(image.dotsPerMeterX() * 0.0254)
    png_dpi: int | None = stated if stated not in _UNSTATED_DPI and stated > 0 else None
    png_dpi = png_dpi or _dpi_from_width(image.width())
    if png_dpi is None:
        notes.append(f"the image does not say its resolution: shown at {dpi} dpi, one pixel per printer dot")
    source_dpi = png_dpi or dpi
    if source_dpi != dpi:
        notes.append(f"the image is {source_dpi} dpi and the printer {dpi} dpi: it is scaled to print, "
                     "so thin bars may come out uneven")
        image = image.scaled(round(image.width() * dpi / source_dpi), round(image.height() * dpi / source_dpi),
                             Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    inches = (image.width() / dpi, image.height() / dpi)
    fit = check_png(inches, profile) if profile is not None else None
    return Preview("png", (on_white(image),), dpi, (inches,), png_dpi, profile, fit, tuple(notes))


def render_preview(data: bytes, fmt: str, profile: PrinterProfile | None) -> Preview:
    """The label `data` in format `fmt` (pdf, zpl or png) as `profile`'s printer would print it, with the
    fit against its stock and DPI; without a profile, at 203 dpi and unchecked. Raises PrintError, with a
    sentence for the packer, when the data is not a readable label of that format."""
    kind = fmt.strip().lower()
    if kind not in FORMATS:
        raise PrintError(f"labels in {fmt!r} format cannot be previewed (only PDF, ZPL and PNG)")
    if not data:
        raise PrintError("the label file is empty")
    dpi = profile.dpi if profile is not None else DEFAULT_DPI
    if kind == "pdf":
        return _preview_pdf(data, profile, dpi)
    if kind == "png":
        return _preview_png(data, profile, dpi)
    return _preview_zpl(data, profile, dpi)
