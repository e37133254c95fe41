"""The label preview pane: the label as the station's printer will print it, and whether it fits.

The picture is scaled to the pane; where the label is larger than the stock, the part that would be cut
off is shaded and the stock's edge drawn, so a packer sees the mismatch before buying paper twice. The
last render is kept: switching pages, resizing or showing the same label again draws nothing anew.
The label is drawn on a worker (a ZPL label is ~10-30 ms of Python and painting, a PDF more: on the UI
thread it stalled the window after every purchase, bench P6); the pane is empty meanwhile.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core.words import fill
from ..printing.preview import Preview, render_preview
from ..printing.printers import PrinterProfile, PrintError, Stock
from .workers import WorkerRunner

log = logging.getLogger(__name__)

RED = "color:#b00020;"
MUTED = "color:#555555;"
CLIPPED = QColor(176, 0, 32, 70)  # shade over what the stock cannot hold


def inches_text(size: tuple[float, float]) -> str:
    """4x6.75: the way label sizes are written on the bench."""
    return "x".join(f"{v:.2f}".rstrip("0").rstrip(".") for v in size)


class _PageImage(QLabel):
    """A pixmap kept at full resolution and shown scaled to the label's room, aspect kept."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(QSize(120, 160))
        self.source = QPixmap()

    def set_source(self, pixmap: QPixmap) -> None:
        self.source = pixmap
        self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.source.isNull():
            self.clear()
            return
        room = self.contentsRect().size()
        self.setPixmap(self.source.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))


class LabelPreview(QWidget):
    def __init__(self, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.page_box = QComboBox()
        self.page_box.setVisible(False)
        self.page_box.currentIndexChanged.connect(self._show_page)
        self.image = _PageImage()
        self.checked_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(RED)
        self.notes_label = QLabel()
        self.notes_label.setStyleSheet(MUTED)
        for label in (self.checked_label, self.problem_label, self.notes_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_box)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.checked_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.notes_label)
        self.preview: Preview | None = None
        self.error = ""
        self._key: tuple[bytes, str, PrinterProfile | None] | None = None
        self.clear()

    # ---- API ----------------------------------------------------------------------------------

    def show_label(self, data: bytes, fmt: str, profile: PrinterProfile | None) -> None:
        """Draw `data` (pdf, zpl or png) as `profile`'s printer would print it. Never raises: a label
        that cannot be drawn becomes a message in the pane."""
        key = (data, fmt.strip().lower(), profile)
        if key == self._key:
            return
        self._key = key
        self.preview, self.error = None, ""
        self._fill(drawing=True)
        self.runner.run(lambda _job: render_preview(data, fmt, profile), name="draw label preview",
                        on_result=lambda preview: self._drawn(key, preview),
                        on_error=lambda exc: self._not_drawn(key, exc))

    def _drawn(self, key: tuple[bytes, str, PrinterProfile | None], preview: Preview) -> None:
        if key == self._key:  # not replaced or cleared since
            self.preview = preview
            self._fill()

    def _not_drawn(self, key: tuple[bytes, str, PrinterProfile | None], exc: Exception) -> None:
        if key != self._key:
            return
        if isinstance(exc, PrintError):
            self.error = str(exc)
        else:  # a preview must never take the packing bench down with it
            log.error("label preview failed", exc_info=exc)
            self.error = f"{type(exc).__name__}: {exc}"
        self._fill()

    def clear(self) -> None:
        self._key, self.preview, self.error = None, None, ""
        self._fill()

    # ---- drawing ------------------------------------------------------------------------------

    def _fill(self, drawing: bool = False) -> None:
        """The pane for `preview` or `error`; `drawing`: empty, without words, until the label is drawn."""
        preview = self.preview
        self.page_box.blockSignals(True)
        self.page_box.clear()
        count = len(preview.pages) if preview is not None else 0
        for page in range(count):
            self.page_box.addItem(fill(self.tr("Page %1 of %2"), (str(page + 1), str(count))))
        self.page_box.blockSignals(False)
        self.page_box.setVisible(count > 1)
        if preview is None:
            self.image.set_source(QPixmap())
            self.image.setText(self.tr("No label to show.") if not self.error and not drawing else "")
            self.checked_label.setText("")
            self.problem_label.setText(fill(self.tr("This label cannot be shown: %1"), (self.error,))
                                       if self.error else "")
            self.notes_label.setText("")
            self._show_labels()
            return
        self._show_page(0)

    def _show_page(self, page: int) -> None:
        preview = self.preview
        if preview is None or not 0 <= page < len(preview.pages):
            return
        self.image.set_source(self._pixmap(preview, page))
        self.checked_label.setText(self._checked_text(preview))
        self.problem_label.setText("\n".join(self._problem_lines(preview, page)))
        notes = [*preview.notes, *(preview.fit.notes if preview.fit is not None else [])]
        self.notes_label.setText("\n".join(f"• {note}" for note in notes))
        self._show_labels()

    def _show_labels(self) -> None:
        for label in (self.checked_label, self.problem_label, self.notes_label):
            label.setVisible(bool(label.text()))

    def _pixmap(self, preview: Preview, page: int) -> QPixmap:
        pixmap = QPixmap.fromImage(preview.pages[page])
        stock = preview.stock_pixels()
        if stock is None or (pixmap.width() <= stock[0] and pixmap.height() <= stock[1]):
            return pixmap
        # Shade what lies past the stock's edge: it is what would be cut off.
        w, h = stock
        painter = QPainter(pixmap)
        outside = QRectF(pixmap.rect())
        painter.fillRect(QRectF(w, 0, outside.width() - w, outside.height()), CLIPPED)
        painter.fillRect(QRectF(0, h, min(w, outside.width()), outside.height() - h), CLIPPED)
        pen = QPen(QColor(176, 0, 32), max(2, pixmap.width() // 200), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(QRectF(0, 0, min(w, outside.width()), min(h, outside.height())))
        painter.end()
        return pixmap

    def _stock_text(self, stock: Stock) -> str:
        if stock is Stock.LETTER:
            return self.tr("Letter (8.5x11 in)")
        return fill(self.tr("%1 in"), (inches_text(stock.inches),))

    def _checked_text(self, preview: Preview) -> str:
        profile = preview.profile
        if profile is None:
            return fill(self.tr("No printer chosen: shown at %1 dpi and not checked against any label stock."),
                        (str(preview.dpi),))
        args = (profile.printer, self._stock_text(profile.stock), str(profile.dpi))
        if preview.fits:
            return fill(self.tr("Checked against %1: %2 stock at %3 dpi. It fits."), args)
        return fill(self.tr("Checked against %1: %2 stock at %3 dpi."), args)

    def _problem_lines(self, preview: Preview, page: int) -> list[str]:
        """What the packer must know first, in words; then the checks' own findings."""
        if preview.fit is None or preview.fit.ok:
            return []
        lines = []
        size = preview.size_mismatch(page)
        if size is not None:
            label, stock = size
            larger = label[0] > stock[0] or label[1] > stock[1]
            template = (self.tr("This label is %1 in; the printer has %2 in stock: it would be clipped.")
                        if larger else
                        self.tr("This label is %1 in; the printer has %2 in stock: it would not fill the label."))
            lines.append(fill(template, (inches_text(label), inches_text(stock))))
        dpi = preview.dpi_mismatch()
        if dpi is not None:
            template = (self.tr("This label was made for a %1 dpi printer; this printer prints %2 dpi: "
                                "it would print too large and be clipped.")
                        if dpi[0] > dpi[1] else
                        self.tr("This label was made for a %1 dpi printer; this printer prints %2 dpi: "
                                "it would print too small."))
            lines.append(fill(template, (str(dpi[0]), str(dpi[1]))))
        if not lines:
            lines.append(self.tr("This label does not fit this printer:"))
        return [*lines, *(f"• {problem}" for problem in preview.fit.problems)]
