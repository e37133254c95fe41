"""ZPL to pictures of the labels as a Zebra printer would print them, for the preview pane.

One image per label format (^XA ... ^XZ) that draws anything, black on white, one pixel per printer dot:
^PW x ^LL, or the stock's size in dots where the ZPL does not say. Drawn: text (font 0 and the bitmap
fonts approximated, ^FB blocks), ^GB ^GC ^GE ^GD shapes, ^GF and ~DG/^XG graphics, Code 128, ^FR and ^LR
reverse, ^FO/^FT with ^LH ^LS ^LT, orientations N R I B, ^PO and ^PM. Any other bar code is a hatched box
where it will print, and whatever is not drawn is named in `notes`: the preview must never look complete
when it is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform

from . import code128, zpl_graphics, zpl_symbols
from .printers import PrintError
from .zpl_text import Block, ZplFont, block_lines, make_font
from .zpl_tokens import Command, commands

# A side past 13 in at 300 dpi is a mistake in the ZPL; it must not cost gigabytes of memory.
MAX_DOTS = 4000
MAX_PAGES = 20
# No font before ^BC: the printer picks the interpretation line's font from the module width; this size
# is an approximation of it.
HRI_DOTS_PER_MODULE = 10
_ANGLES = {"N": 0, "R": 90, "I": 180, "B": 270}
_ENCODINGS = {27: "cp1252", 28: "utf-8", 29: "utf-16-be", 30: "utf-16-le"}
BLACK, WHITE = QColor(0, 0, 0), QColor(255, 255, 255)
_SHAPES = frozenset({"GB", "GC", "GE", "GD"})

# Commands that set up the printer, the media or the job: nothing on the label's face changes.
_NO_FACE = frozenset("""
    CD CM CO CV EF EG FC FL FX HB HD HF HG HH HI HM HQ HS HT HU HV HW HY HZ ID JA JB JC JD JE JF JG JH JI
    JJ JL JN JO JP JQ JR JS JT JU JW JX JZ KB KD KL KN KP KV LF MA MC MD MF MI ML MM MN MP MT MW NB NC ND NI
    NN NP NS NT NW PA PF PH PL PN PP PR PS RO SC SD SE SL SO SP SQ SR SS ST SX SZ TA TO WA WC WD WE WF WH
    WI WL WN WP WQ WR WS WT WU WX XB XS ZZ CC CT
""".split())

type Op = Callable[[QPainter], None]


@dataclass(frozen=True)
class Rendered:
    pages: list[QImage]  # one per label format that prints something, a pixel per printer dot
    notes: list[str]  # what the pictures leave out or only approximate


@dataclass
class _Field:
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


def _int(args: list[str], index: int, default: int) -> int:
    try:
        return int(float(args[index]))
    except (IndexError, ValueError):
        return default


def _arg(args: list[str], index: int, default: str = "") -> str:
    value = args[index].strip().upper() if index < len(args) else ""
    return value or default


class _Renderer:
    def __init__(self, default_size: tuple[int, int], dpi: int) -> None:
        self.default_size = default_size
        self.dpi = dpi
        # Kept from one format to the next, as the printer keeps them.
        self.width: int | None = None
        self.length: int | None = None
        self.home = (0, 0)
        self.shift = 0  # ^LS: fields move left
        self.top = 0  # ^LT: fields move down
        self.encoding = "cp850"  # ^CI0, the printer's default code page
        self.graphics: dict[str, zpl_graphics.Bitmap] = {}
        self.scalable: set[str] = set()  # font letters ^CW mapped to font files
        self.inverted = False  # ^PO I
        self.mirrored = False  # ^PM Y
        self.pages: list[QImage] = []
        self.notes: dict[str, None] = {}  # ordered, without repeats
        self.in_format = False
        self._reset_format()

    # ---- formats ------------------------------------------------------------------------------

    def _reset_format(self) -> None:
        self.module, self.ratio, self.bar_height = 2, 3.0, 10  # ^BY
        self.default_font = ("A", 0, 0)  # ^CF
        self.field_orientation = "N"  # ^FW
        self.field_right = False
        self.reverse_all = False  # ^LR
        self.copies = 1
        self.stored = False  # ^DF: the format is stored on the printer, not printed
        self.ops: list[Op] = []
        self.field = _Field()

    def note(self, text: str) -> None:
        self.notes[text] = None

    def start_format(self) -> None:
        self._reset_format()
        self.in_format = True

    def end_format(self) -> None:
        self._end_field()
        self.in_format = False
        if self.stored or not self.ops:
            return
        if self.copies > 1:
            self.note(f"^PQ{self.copies}: the printer prints each label {self.copies} times")
        if len(self.pages) >= MAX_PAGES:
            self.note(f"only the first {MAX_PAGES} labels are shown")
            return
        self.pages.append(self._paint_page())

    def _paint_page(self) -> QImage:
        w = self.width or self.default_size[0]
        h = self.length or self.default_size[1]
        if max(w, h) > MAX_DOTS:
            self.note(f"the label is {w}x{h} dots: only the first {MAX_DOTS} dots each way are shown")
        image = QImage(max(1, min(w, MAX_DOTS)), max(1, min(h, MAX_DOTS)), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for op in self.ops:
            painter.save()
            op(painter)
            painter.restore()
        painter.end()
        if self.inverted:
            image = image.transformed(QTransform().rotate(180))
        if self.mirrored:
            image = image.transformed(QTransform().scale(-1, 1))
        return image

    # ---- commands -----------------------------------------------------------------------------

    def feed(self, cmd: Command) -> None:
        name, args = cmd.name, cmd.args()
        if len(name) < 2:  # a lone prefix at the end of the data
            return
        if cmd.prefix == "~":
            self._control(name, cmd.params)
        elif name == "XA":
            self.start_format()
        elif name == "XZ":
            if self.in_format:
                self.end_format()
        elif name[0] == "A":
            self._font(name[1], args)
        elif name in _NO_FACE:
            pass
        elif (handler := getattr(self, f"_cmd_{name}", None)) is not None:
            handler(args, cmd.params)
        elif name[0] == "B" or name in _SHAPES or name in ("GF", "XG"):
            self._begin_kind(name, args, cmd.params)
        else:
            self.note(f"not understood by the preview, not shown: ^{name}")

    def _control(self, name: str, params: str) -> None:
        if name == "DG":
            self._download_graphic(params)
        elif name in ("DY", "DB", "DU", "DE", "DN", "DS", "DT"):
            self.note(f"~{name} downloads a font or object to the printer: the preview does not use it")
        elif name not in _NO_FACE:
            self.note(f"not understood by the preview: ~{name}")

    def _font(self, letter: str, args: list[str]) -> None:
        f = self.field
        if args[:1] and args[0].strip():
            f.orientation = args[0].strip().upper()[:1]
        h, w = _int(args, 1, 0), _int(args, 2, 0)
        if not h and not w:  # no size: the last ^CF size applies
            _, h, w = self.default_font
        f.font = make_font(letter, h or None, w or None, frozenset(self.scalable))
        if not f.kind:
            f.hri_font = f.font

    def _begin_kind(self, name: str, args: list[str], params: str) -> None:
        f = self.field
        if f.kind or f.data is not None:  # a field left open: the printer starts a new one
            self._end_field()
            f = self.field
        f.kind, f.args = name, args
        if name == "GF":
            f.data = params

    # Origins and field settings.
    def _origin(self, args: list[str], at_baseline: bool) -> None:
        if self.field.kind or self.field.data is not None:
            self._end_field()
        f = self.field
        if at_baseline and not args:
            self.note("^FT without a position (after the previous field) is shown at the label's corner")
        f.x = _int(args, 0, 0) + self.home[0] - self.shift
        f.y = _int(args, 1, 0) + self.home[1] + self.top
        f.at_baseline = at_baseline
        f.right = _arg(args, 2, "1" if self.field_right else "0") == "1"

    def _cmd_FO(self, args: list[str], params: str) -> None:
        self._origin(args, at_baseline=False)

    def _cmd_FT(self, args: list[str], params: str) -> None:
        self._origin(args, at_baseline=True)

    def _cmd_FD(self, args: list[str], params: str) -> None:
        self.field.data = params

    _cmd_FV = _cmd_FD

    def _cmd_FS(self, args: list[str], params: str) -> None:
        self._end_field()

    def _cmd_FH(self, args: list[str], params: str) -> None:
        self.field.hex_char = params[:1] or "_"

    def _cmd_FR(self, args: list[str], params: str) -> None:
        self.field.reverse = True

    def _cmd_FB(self, args: list[str], params: str) -> None:
        self.field.block = Block(width=max(1, _int(args, 0, 0)), lines=max(1, _int(args, 1, 1)),
                                 spacing=_int(args, 2, 0), justify=_arg(args, 3, "L"), indent=_int(args, 4, 0))

    def _cmd_TB(self, args: list[str], params: str) -> None:
        if args[:1] and args[0].strip():
            self.field.orientation = args[0].strip().upper()[:1]
        self.field.block = Block(width=max(1, _int(args, 1, 0)))
        self.field.block_height = _int(args, 2, 0)

    def _cmd_FP(self, args: list[str], params: str) -> None:
        if _arg(args, 0, "H") != "H":
            self.note("^FP vertical or reverse text is shown left to right")

    def _cmd_SN(self, args: list[str], params: str) -> None:
        self.field.data = args[0] if args else ""
        self.note("^SN serial numbers: the preview shows the first one")

    def _cmd_SF(self, args: list[str], params: str) -> None:
        self.note("^SF serialized fields: the preview shows the first value")

    def _cmd_FN(self, args: list[str], params: str) -> None:
        self.note("^FN template fields are filled on the printer: the preview shows them as sent")

    # Format and printer settings.
    def _cmd_BY(self, args: list[str], params: str) -> None:
        self.module = max(1, min(10, _int(args, 0, self.module)))
        try:
            self.ratio = float(args[1]) if args[1:2] and args[1].strip() else self.ratio
        except ValueError:
            pass
        self.bar_height = max(1, _int(args, 2, self.bar_height))

    def _cmd_CF(self, args: list[str], params: str) -> None:
        letter = args[0].strip()[:1].upper() if args and args[0].strip() else self.default_font[0]
        self.default_font = (letter, _int(args, 1, 0), _int(args, 2, 0))

    def _cmd_FW(self, args: list[str], params: str) -> None:
        self.field_orientation = _arg(args, 0, self.field_orientation)[:1]
        self.field_right = _arg(args, 1, "0") == "1"

    def _cmd_LR(self, args: list[str], params: str) -> None:
        self.reverse_all = _arg(args, 0, "N") == "Y"

    def _cmd_PW(self, args: list[str], params: str) -> None:
        self.width = _int(args, 0, 0) or self.width

    def _cmd_LL(self, args: list[str], params: str) -> None:
        self.length = _int(args, 0, 0) or self.length

    def _cmd_LH(self, args: list[str], params: str) -> None:
        self.home = (_int(args, 0, 0), _int(args, 1, 0))

    def _cmd_LS(self, args: list[str], params: str) -> None:
        self.shift = _int(args, 0, 0)

    def _cmd_LT(self, args: list[str], params: str) -> None:
        self.top = _int(args, 0, 0)

    def _cmd_CI(self, args: list[str], params: str) -> None:
        self.encoding = _ENCODINGS.get(_int(args, 0, 0), "cp850")

    def _cmd_PO(self, args: list[str], params: str) -> None:
        self.inverted = _arg(args, 0, "N") == "I"

    def _cmd_PM(self, args: list[str], params: str) -> None:
        self.mirrored = _arg(args, 0, "N") == "Y"

    def _cmd_PQ(self, args: list[str], params: str) -> None:
        self.copies = max(1, _int(args, 0, 1))

    def _cmd_CW(self, args: list[str], params: str) -> None:
        if args and args[0].strip():
            self.scalable.add(args[0].strip()[:1].upper())

    def _cmd_MU(self, args: list[str], params: str) -> None:
        if _arg(args, 0, "D") != "D":
            self.note("^MU sets inches or millimetres: the preview reads positions as dots and may misplace them")

    def _cmd_JM(self, args: list[str], params: str) -> None:
        if _arg(args, 0, "A") == "B":
            self.note("^JMB halves the printer's resolution: the preview does not")

    def _cmd_DF(self, args: list[str], params: str) -> None:
        self.stored = True
        self.note("^DF stores a format on the printer for later: it prints nothing by itself")

    def _cmd_XF(self, args: list[str], params: str) -> None:
        self.note(f"not shown in preview: ^XF{params} (a format stored on the printer)")

    def _cmd_IM(self, args: list[str], params: str) -> None:
        self.note(f"not shown in preview: ^IM{params} (an image stored on the printer)")

    _cmd_IL = _cmd_IM

    def _download_graphic(self, params: str) -> None:
        head = params.split(",", 3)
        if len(head) < 4:
            self.note("~DG graphic without its sizes: not shown")
            return
        try:
            bitmap = zpl_graphics.decode("A", int(head[1]), int(head[2]), head[3])
        except (ValueError, zpl_graphics.GraphicError) as exc:
            self.note(f"~DG graphic {head[0]} could not be read: {exc}")
            return
        self.graphics[_graphic_name(head[0])] = bitmap

    # ---- fields -------------------------------------------------------------------------------

    def _end_field(self) -> None:
        f, self.field = self.field, _Field()
        if not self.in_format:
            return
        kind = f.kind
        if kind == "":
            if f.data is not None:
                self._text(f)
        elif kind in _SHAPES:
            self._shape(f)
        elif kind == "GF":
            self._graphic_field(f)
        elif kind == "XG":
            self._recall_graphic(f)
        elif kind == "BC":
            self._code128(f)
        else:
            self._unsupported(f)

    def _text_of(self, f: _Field) -> str:
        raw = f.data or ""
        if f.hex_char:
            raw = re.sub(re.escape(f.hex_char) + "([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), raw)
        return raw.encode("latin-1", "replace").decode(self.encoding, "replace")

    def _resolve_font(self, font: ZplFont | None) -> ZplFont:
        if font is not None:
            return font
        letter, h, w = self.default_font
        return make_font(letter, h or None, w or None, frozenset(self.scalable))

    def _place(self, f: _Field, orientation: str, size: tuple[float, float], anchor: QPointF) -> QTransform:
        """Local drawing frame (top-left 0,0, `size` wide and high) to label dots: turned by the
        orientation, then moved so the field's origin lands where ^FO/^FT put it."""
        rotate = QTransform().rotate(_ANGLES.get(orientation, 0))
        if orientation not in _ANGLES:
            self.note(f"field orientation {orientation!r} is not a ZPL orientation: shown upright")
        if f.at_baseline:
            point = rotate.map(anchor)
            dx, dy = f.x - point.x(), f.y - point.y()
        else:
            box = rotate.mapRect(QRectF(0, 0, *size))
            dx, dy = f.x - box.left(), f.y - box.top()
            if f.right:
                dx -= box.width()
        return rotate * QTransform.fromTranslate(dx, dy)

    def _add(self, f: _Field, transform: QTransform, draw: Callable[[QPainter, QColor], None],
             white: bool = False) -> None:
        """Queue a drawing. Reverse fields flip what is under them (Difference with white), as ^FR does."""
        reverse = f.reverse or self.reverse_all

        def op(painter: QPainter) -> None:
            painter.setTransform(transform)
            if reverse:
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
            draw(painter, WHITE if reverse or white else BLACK)

        self.ops.append(op)

    def _text(self, f: _Field) -> None:
        font = self._resolve_font(f.font)
        text = self._text_of(f)
        orientation = f.orientation or self.field_orientation
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

    def _shape(self, f: _Field) -> None:
        args, kind = f.args, f.kind
        if kind == "GC":
            w = h = max(1, _int(args, 0, 3))
            thickness, color = _int(args, 1, 1), _arg(args, 2, "B")
        else:
            thickness = max(1, _int(args, 2, 1))
            w, h = max(thickness, _int(args, 0, 1)), max(thickness, _int(args, 1, 1))
            color = _arg(args, 3, "B")
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        if kind == "GD":  # a stroke `thickness` dots wide across the box, / by default, \ for L
            lean_left = _arg(args, 4, "R") == "L"
            x_top, x_bottom = (0.0, float(w - thickness)) if lean_left else (float(w - thickness), 0.0)
            path.addPolygon([QPointF(x_top, 0), QPointF(x_top + thickness, 0),
                             QPointF(x_bottom + thickness, h), QPointF(x_bottom, h)])
        else:
            outer, inner = QRectF(0, 0, w, h), QRectF(thickness, thickness, w - 2 * thickness, h - 2 * thickness)
            radius = min(w, h) / 2 * min(8, _int(args, 4, 0)) / 8 if kind == "GB" else 0.0
            add = path.addEllipse if kind in ("GC", "GE") else (
                lambda r: path.addRoundedRect(r, radius, radius) if radius else path.addRect(r))
            add(outer)
            if inner.width() > 0 and inner.height() > 0:
                add(inner)

        def draw(painter: QPainter, ink: QColor) -> None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, kind != "GB")
            painter.fillPath(path, ink)

        self._add(f, self._place(f, "N", (w, h), QPointF(0, h)), draw, white=color == "W")

    def _bitmap(self, f: _Field, bitmap: zpl_graphics.Bitmap, scale: tuple[int, int] = (1, 1)) -> None:
        size = (bitmap.width * scale[0], bitmap.rows * scale[1])

        def draw(painter: QPainter, ink: QColor) -> None:
            painter.drawImage(QRectF(0, 0, *size), bitmap.image(ink))

        self._add(f, self._place(f, "N", size, QPointF(0, size[1])), draw)

    def _graphic_field(self, f: _Field) -> None:
        parts = (f.data or "").split(",", 4)
        try:
            compression = parts[0].strip().upper() or "A"
            total, per_row = int(parts[2] or parts[1]), int(parts[3])
            if compression == "C":
                raise zpl_graphics.GraphicError("compressed binary (^GFC) is not supported")
            bitmap = zpl_graphics.decode(compression, total, per_row, parts[4] if len(parts) > 4 else "")
        except (IndexError, ValueError) as exc:  # GraphicError is a ValueError
            self.note(f"not shown in preview: a ^GF graphic ({exc})")
            if len(parts) > 3 and parts[3].strip().isdigit() and parts[2].strip().isdigit() and int(parts[3]):
                rows = int(parts[2]) // int(parts[3])
                self._placeholder(f, "N", (int(parts[3]) * 8, rows), "graphic")
            return
        if bitmap.crc_ok is False:
            self.note("a ^GF graphic's CRC does not match its data: the printer may refuse it")
        self._bitmap(f, bitmap)

    def _recall_graphic(self, f: _Field) -> None:
        name = _graphic_name(f.args[0] if f.args else "")
        bitmap = self.graphics.get(name)
        if bitmap is None:
            self.note(f"not shown in preview: ^XG{name} (a graphic stored on the printer)")
            return
        self._bitmap(f, bitmap, (max(1, _int(f.args, 1, 1)), max(1, _int(f.args, 2, 1))))

    def _code128(self, f: _Field) -> None:
        args = f.args
        orientation = _arg(args, 0, self.field_orientation)[:1]
        height = max(1, _int(args, 1, self.bar_height))
        show_text, text_above = _arg(args, 2, "Y") == "Y", _arg(args, 3, "N") == "Y"
        mode = _arg(args, 5, "N")[:1]
        if mode == "U":
            self.note("^BC mode U (UCC case mode) is shown as mode D")
        symbol = code128.encode_zpl(self._text_of(f), mode)
        modules, unit = symbol.modules(), self.module
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

    def _unsupported(self, f: _Field) -> None:
        name = zpl_symbols.NAMES.get(f.kind, "bar code")
        data = self._text_of(f)
        box = zpl_symbols.footprint(f.kind, f.args, data, self.module, self.ratio, self.bar_height, self.dpi)
        estimate = "" if box.exact else " (its size is estimated)"
        self.note(f"not shown in preview: ^{f.kind} {name}{estimate}")
        orientation = _arg(f.args, 0, self.field_orientation)[:1] if f.kind not in ("BD", "BQ") else "N"
        self._placeholder(f, orientation, (box.width, box.height), name)

    def _placeholder(self, f: _Field, orientation: str, size: tuple[int, int], label: str) -> None:
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


def _graphic_name(name: str) -> str:
    """R:LOGO.GRF, LOGO.GRF and LOGO all name the same stored graphic."""
    name = name.strip().upper()
    name = name.split(":", 1)[1] if ":" in name[:2] else name
    return name if "." in name else name + ".GRF"


def render_zpl(zpl: bytes, default_size: tuple[int, int], dpi: int) -> Rendered:
    """Each label format of `zpl` as an image, one pixel per dot. `default_size` (dots) applies where the
    ZPL has no ^PW or ^LL; `dpi` is the printer's, for what has a physical size (MaxiCode). Raises
    PrintError when there is no label in the data at all."""
    renderer = _Renderer(default_size, dpi)
    seen_format = False
    for cmd in commands(zpl):
        seen_format |= cmd.name == "XA" and cmd.prefix == "^"
        renderer.feed(cmd)
    if renderer.in_format:
        renderer.note("the last label has no ^XZ: the printer would wait for the rest and print nothing yet")
        renderer.end_format()
    if not seen_format:
        raise PrintError("this is not ZPL: there is no ^XA label format in it")
    if not renderer.pages:
        raise PrintError("the ZPL has no label that prints anything")
    return Rendered(renderer.pages, list(renderer.notes))
