"""Drawing the fields of a ZPL label format, as a Zebra printer would place them, onto the page's image.

Text (ZPL fonts approximated, ^FB and ^TB blocks), ^GB ^GC ^GE ^GD shapes, ^GF and ^XG graphics and Code 128
are drawn; any other bar code is a hatched box with its name, where it will print. Each field becomes a
queued drawing, turned by its orientation and moved to its ^FO/^FT origin; ^FR and ^LR fields flip what is
under them. The settings that apply (fonts, ^BY, ^CI, stored graphics...) are the reader's when the field
ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform

from . import code128, zpl_graphics, zpl_symbols
from .zpl_text import Block, ZplFont, block_lines, make_font
from .zpl_tokens import int_arg, text_arg

if TYPE_CHECKING:
    from .zpl_commands import ZplReader

# A side past 13 in at 300 dpi is a mistake in the ZPL; it must not cost gigabytes of memory.
MAX_DOTS = 4000
# No font before ^BC: the printer picks the interpretation line's font from the module width; this size
# is an approximation of it.
HRI_DOTS_PER_MODULE = 10
_ANGLES = {"N": 0, "R": 90, "I": 180, "B": 270}
BLACK, WHITE = QColor(0, 0, 0), QColor(255, 255, 255)
SHAPES = frozenset({"GB", "GC", "GE", "GD"})

type Op = Callable[[QPainter], None]


@dataclass
class Field:
    """One field as its commands build it, until ^FS (or the next field) ends it."""

    x: float = 0.0
    y: float = 0.0
    at_baseline: bool = False  # ^FT: text by its baseline, everything else by its bottom-left corner
    right: bool = False  # the origin is the field's right edge (^FO/^FT justification 1)
    font: ZplFont | None = None
    orientation: str = ""  # from ^A; "" for the format's ^FW
    block: Block | None = None
    block_height: int = 0  # ^TB: lines follow from the height
    reverse: bool = False
    hex_char: str = ""
    kind: str = ""  # "" (text), a shape, "GF", "XG", "BC" or another ^B command
    args: list[str] = field(default_factory=list)
    data: str | None = None
    hri_font: ZplFont | None = None  # a ^A before the bar code command sets the interpretation line's


class FieldDrawer:
    def __init__(self, reader: ZplReader) -> None:
        self.reader = reader  # the format and printer settings the commands set

    def paint_page(self) -> QImage:
        """The format's queued drawings on a white page, turned by ^PO and ^PM."""
        w = self.reader.width or self.reader.default_size[0]
        h = self.reader.length or self.reader.default_size[1]
        if max(w, h) > MAX_DOTS:
            self.reader.note(f"the label is {w}x{h} dots: only the first {MAX_DOTS} dots each way are shown")
        image = QImage(max(1, min(w, MAX_DOTS)), max(1, min(h, MAX_DOTS)), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for op in self.reader.ops:
            painter.save()
            op(painter)
            painter.restore()
        painter.end()
        if self.reader.inverted:
            image = image.transformed(QTransform().rotate(180))
        if self.reader.mirrored:
            image = image.transformed(QTransform().scale(-1, 1))
        return image

    def draw(self, f: Field) -> None:
        """Queue the drawing of a finished field on the format's page."""
        kind = f.kind
        if kind == "":
            if f.data is not None:
                self._text(f)
        elif kind in SHAPES:
            self._shape(f)
        elif kind == "GF":
            self._graphic_field(f)
        elif kind == "XG":
            self._recall_graphic(f)
        elif kind == "BC":
            self._code128(f)
        else:
            self._unsupported(f)

    def _text_of(self, f: Field) -> str:
        raw = f.data or ""
        if f.hex_char:
            raw = re.sub(re.escape(f.hex_char) + "([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), raw)
        return raw.encode("latin-1", "replace").decode(self.reader.encoding, "replace")

    def _resolve_font(self, font: ZplFont | None) -> ZplFont:
        if font is not None:
            return font
        letter, h, w = self.reader.default_font
        return make_font(letter, h or None, w or None, frozenset(self.reader.scalable))

    def _place(self, f: Field, orientation: str, size: tuple[float, float], anchor: QPointF) -> QTransform:
        """Local drawing frame (top-left 0,0, `size` wide and high) to label dots: turned by the
        orientation, then moved so the field's origin lands where ^FO/^FT put it."""
        rotate = QTransform().rotate(_ANGLES.get(orientation, 0))
        if orientation not in _ANGLES:
            self.reader.note(f"field orientation {orientation!r} is not a ZPL orientation: shown upright")
        if f.at_baseline:
            point = rotate.map(anchor)
            dx, dy = f.x - point.x(), f.y - point.y()
        else:
            box = rotate.mapRect(QRectF(0, 0, *size))
            dx, dy = f.x - box.left(), f.y - box.top()
            if f.right:
                dx -= box.width()
        return rotate * QTransform.fromTranslate(dx, dy)

    def _add(self, f: Field, transform: QTransform, draw: Callable[[QPainter, QColor], None],
             white: bool = False) -> None:
        """Queue a drawing. Reverse fields flip what is under them (Difference with white), as ^FR does."""
        reverse = f.reverse or self.reader.reverse_all

        def op(painter: QPainter) -> None:
            painter.setTransform(transform)
            if reverse:
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
            draw(painter, WHITE if reverse or white else BLACK)

        self.reader.ops.append(op)

    def _text(self, f: Field) -> None:
        font = self._resolve_font(f.font)
        text = self._text_of(f)
        orientation = f.orientation or self.reader.field_orientation
        block = f.block
        if block is not None and f.block_height:
            block = Block(block.width, max(1, f.block_height // font.height))
        if block is not None:
            lines = block_lines(text, font, block)
            step = font.height + block.spacing
            size = (block.width, block.lines * step - block.spacing)
            anchor = QPointF(0, (block.lines - 1) * step + font.ascent)
        else:
            lines = [(0.0, font.ascent, text)]
            size = (font.advance(text), font.height)
            anchor = QPointF(0, font.ascent)
        if not any(line for _, _, line in lines):
            return

        def draw(painter: QPainter, ink: QColor) -> None:
            for x, baseline, line in lines:
                font.draw(painter, x, baseline, line, ink)

        self._add(f, self._place(f, orientation, size, anchor), draw)

    def _shape(self, f: Field) -> None:
        args, kind = f.args, f.kind
        if kind == "GC":
            w = h = max(1, int_arg(args, 0, 3))
            thickness, color = int_arg(args, 1, 1), text_arg(args, 2, "B")
        else:
            thickness = max(1, int_arg(args, 2, 1))
            w, h = max(thickness, int_arg(args, 0, 1)), max(thickness, int_arg(args, 1, 1))
            color = text_arg(args, 3, "B")
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        if kind == "GD":  # a stroke `thickness` dots wide across the box, / by default, \ for L
            lean_left = text_arg(args, 4, "R") == "L"
            x_top, x_bottom = (0.0, float(w - thickness)) if lean_left else (float(w - thickness), 0.0)
            path.addPolygon([QPointF(x_top, 0), QPointF(x_top + thickness, 0),
                             QPointF(x_bottom + thickness, h), QPointF(x_bottom, h)])
        else:
            outer, inner = QRectF(0, 0, w, h), QRectF(thickness, thickness, w - 2 * thickness, h - 2 * thickness)
            radius = min(w, h) / 2 * min(8, int_arg(args, 4, 0)) / 8 if kind == "GB" else 0.0
            add = path.addEllipse if kind in ("GC", "GE") else (
                lambda r: path.addRoundedRect(r, radius, radius) if radius else path.addRect(r))
            add(outer)
            if inner.width() > 0 and inner.height() > 0:
                add(inner)

        def draw(painter: QPainter, ink: QColor) -> None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, kind != "GB")
            painter.fillPath(path, ink)

        self._add(f, self._place(f, "N", (w, h), QPointF(0, h)), draw, white=color == "W")

    def _bitmap(self, f: Field, bitmap: zpl_graphics.Bitmap, scale: tuple[int, int] = (1, 1)) -> None:
        size = (bitmap.width * scale[0], bitmap.rows * scale[1])

        def draw(painter: QPainter, ink: QColor) -> None:
            painter.drawImage(QRectF(0, 0, *size), bitmap.image(ink))

        self._add(f, self._place(f, "N", size, QPointF(0, size[1])), draw)

    def _graphic_field(self, f: Field) -> None:
        parts = (f.data or "").split(",", 4)
        try:
            compression = parts[0].strip().upper() or "A"
            total, per_row = int(parts[2] or parts[1]), int(parts[3])
            if compression == "C":
                raise zpl_graphics.GraphicError("compressed binary (^GFC) is not supported")
            bitmap = zpl_graphics.decode(compression, total, per_row, parts[4] if len(parts) > 4 else "")
        except (IndexError, ValueError) as exc:  # GraphicError is a ValueError
            self.reader.note(f"not shown in preview: a ^GF graphic ({exc})")
            if len(parts) > 3 and parts[3].strip().isdigit() and parts[2].strip().isdigit() and int(parts[3]):
                rows = int(parts[2]) // int(parts[3])
                self._placeholder(f, "N", (int(parts[3]) * 8, rows), "graphic")
            return
        if bitmap.crc_ok is False:
            self.reader.note("a ^GF graphic's CRC does not match its data: the printer may refuse it")
        self._bitmap(f, bitmap)

    def _recall_graphic(self, f: Field) -> None:
        name = zpl_graphics.stored_name(f.args[0] if f.args else "")
        bitmap = self.reader.graphics.get(name)
        if bitmap is None:
            self.reader.note(f"not shown in preview: ^XG{name} (a graphic stored on the printer)")
            return
        self._bitmap(f, bitmap, (max(1, int_arg(f.args, 1, 1)), max(1, int_arg(f.args, 2, 1))))

    def _code128(self, f: Field) -> None:
        args = f.args
        orientation = text_arg(args, 0, self.reader.field_orientation)[:1]
        height = max(1, int_arg(args, 1, self.reader.bar_height))
        show_text, text_above = text_arg(args, 2, "Y") == "Y", text_arg(args, 3, "N") == "Y"
        mode = text_arg(args, 5, "N")[:1]
        if mode == "U":
            self.reader.note("^BC mode U (UCC case mode) is shown as mode D")
        symbol = code128.encode_zpl(self._text_of(f), mode)
        modules, unit = symbol.modules(), self.reader.module
        font = f.hri_font or make_font("0", HRI_DOTS_PER_MODULE * unit, None, frozenset())
        gap = unit if show_text and symbol.text else 0
        text_h = font.height + gap if show_text and symbol.text else 0
        width = len(modules) * unit
        bars_top = text_h if text_above else 0
        size = (float(width), float(height + text_h))
        text_x = (width - font.advance(symbol.text)) / 2
        baseline = font.ascent if text_above else height + gap + font.ascent

        def draw(painter: QPainter, ink: QColor) -> None:
            x = 0
            for i, bar in enumerate(modules):
                if bar and (i == 0 or not modules[i - 1]):  # one rectangle per bar, however wide
                    run = 1
                    while i + run < len(modules) and modules[i + run]:
                        run += 1
                    painter.fillRect(x, bars_top, run * unit, height, ink)
                x += unit
            if text_h:
                font.draw(painter, text_x, baseline, symbol.text, ink)

        self._add(f, self._place(f, orientation, size, QPointF(0, bars_top + height)), draw)

    def _unsupported(self, f: Field) -> None:
        name = zpl_symbols.NAMES.get(f.kind, "bar code")
        data = self._text_of(f)
        reader = self.reader
        box = zpl_symbols.footprint(f.kind, f.args, data, reader.module, reader.ratio, reader.bar_height, reader.dpi)
        estimate = "" if box.exact else " (its size is estimated)"
        self.reader.note(f"not shown in preview: ^{f.kind} {name}{estimate}")
        orientation = text_arg(f.args, 0, reader.field_orientation)[:1] if f.kind not in ("BD", "BQ") else "N"
        self._placeholder(f, orientation, (box.width, box.height), name)

    def _placeholder(self, f: Field, orientation: str, size: tuple[int, int], label: str) -> None:
        """A hatched box with the symbol's name where the printer will put what the preview cannot draw."""
        w, h = max(8, size[0]), max(8, size[1])
        font = make_font("0", max(12, min(h // 5, 40)), None, frozenset())
        caption = label if font.advance(label) < w - 8 else ""

        def draw(painter: QPainter, ink: QColor) -> None:
            pen = QPen(ink, 2)
            painter.setPen(pen)
            painter.save()
            painter.setClipRect(QRectF(0, 0, w, h))
            step = 14
            for offset in range(-h, w, step):
                painter.drawLine(QPointF(offset, h), QPointF(offset + h, 0))
            painter.restore()
            painter.drawRect(QRectF(1, 1, w - 2, h - 2))
            if caption:
                text_w = font.advance(caption)
                plate = QRectF((w - text_w) / 2 - 4, (h - font.height) / 2 - 2, text_w + 8, font.height + 4)
                painter.fillRect(plate, BLACK if ink == WHITE else WHITE)
                font.draw(painter, plate.left() + 4, plate.top() + 2 + font.ascent, caption, ink)

        self._add(f, self._place(f, orientation, (w, h), QPointF(0, h)), draw)
