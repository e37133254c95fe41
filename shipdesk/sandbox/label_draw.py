"""Renders a label layout (a list of drawing operations) as PDF, PNG or ZPL.

Layouts are in points measured from the top-left corner of a 4x6 label; each writer scales them to its
own units, so the three formats of one label agree.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import code128, label_fonts

# reportlab and PIL are imported where a label is drawn: importing them costs ~0.1 s, and ShipDesk's demo mode
# starts this sandbox before its first sync (bench P1b).
if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont
    from reportlab.pdfgen import canvas

LABEL_W, LABEL_H = 288.0, 432.0  # 4x6 inches in points
LETTER_W, LETTER_H = 612.0, 792.0
MARGIN = 10.0
FULL = LABEL_W - 2 * MARGIN
MIN_TEXT = 6.0  # points; below this a thermal print is unreadable, so long text gets cut instead
DPIS = (203, 300)


@dataclass(frozen=True)
class Text:
    x: float  # left edge; the centre for align "center", the right edge for "right"
    baseline: float
    size: float
    text: str
    bold: bool = False
    width: float = FULL  # the text shrinks, then is cut, to fit this
    align: str = "left"
    inverse: bool = False  # white, over a black Box laid out before it


@dataclass(frozen=True)
class Box:  # filled black: rules and reverse bands
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Barcode:  # Code 128 with its human-readable line under it
    center: float
    top: float
    height: float
    data: str  # from barcode_data()
    hri_size: float


type Op = Text | Box | Barcode


def barcode_data(text: str) -> str:
    """Printable ASCII without ^ ~ > (ZPL command and invocation characters); tracking numbers are alphanumeric."""
    return "".join(ch for ch in text if 32 <= ord(ch) <= 126 and ch not in "^~>").strip()


def _with_hri(ops: list[Op]) -> list[Op]:
    """The barcodes' human-readable lines as Text, for the writers that draw them themselves."""
    out: list[Op] = []
    for op in ops:
        out.append(op)
        if isinstance(op, Barcode) and op.data:
            out.append(Text(op.center, op.top + op.height + op.hri_size + 2, op.hri_size, op.data, align="center"))
    return out


def _fit[F](
    runs: list[tuple[F, str]], size: float, width: float, measure: Callable[[list[tuple[F, str]], float], float]
) -> tuple[list[tuple[F, str]], float]:
    """Shrink to fit `width`, but not below MIN_TEXT; past that, cut characters off the end."""
    natural = measure(runs, size)
    if natural <= width:
        return runs, size
    size = max(size * width / natural, min(size, MIN_TEXT))
    while runs and measure(runs, size) > width:
        font, text = runs[-1]
        runs = runs[:-1] + ([(font, text[:-1])] if len(text) > 1 else [])
    return runs, size


def _left(op: Text, width: float) -> float:
    return {"center": op.x - width / 2, "right": op.x - width}.get(op.align, op.x)


def check_dpi(dpi: int) -> None:
    if dpi not in DPIS:
        raise ValueError(f"label dpi must be 203 or 300, not {dpi!r}")


# ---- PDF ----------------------------------------------------------------------------------------


def _pdf_text(cv: canvas.Canvas, op: Text, lang: str) -> None:
    runs = label_fonts.pdf_runs(op.text, op.bold, lang)
    runs, size = _fit(runs, op.size, op.width, label_fonts.pdf_width)
    from reportlab.pdfbase import pdfmetrics

    x = _left(op, label_fonts.pdf_width(runs, size))
    cv.setFillGray(1 if op.inverse else 0)
    for font, text in runs:
        cv.setFont(font, size)
        cv.drawString(x, LABEL_H - op.baseline, text)
        x += pdfmetrics.stringWidth(text, font, size)
    cv.setFillGray(0)


def _pdf_barcode(cv: canvas.Canvas, op: Barcode) -> None:
    # Imported here: reportlab's barcode package costs ~0.2 s at start-up (bench P1), and few runs draw one.
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.units import inch

    # 3 printer dots per module at 203 dpi; narrower only if the number would not fit with its quiet zones.
    bar = 3 / 203 * inch
    symbol_modules = Code128(op.data, barWidth=bar, quiet=False).width / bar
    bar = min(bar, FULL / (symbol_modules + 2 * code128.QUIET_MODULES))
    symbol = Code128(op.data, barWidth=bar, barHeight=op.height, quiet=False, humanReadable=False)
    symbol.drawOn(cv, op.center - symbol.width / 2, LABEL_H - op.top - op.height)


def render_pdf(ops: list[Op], texts: list[str], title: str, layout: str = "4x6") -> bytes:
    """One page: the 4x6 label alone, or on letter paper. `texts` picks the CJK font (see label_fonts)."""
    if layout not in ("4x6", "letter"):
        raise ValueError(f"label layout must be '4x6' or 'letter', not {layout!r}")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = (LABEL_W, LABEL_H) if layout == "4x6" else (LETTER_W, LETTER_H)
    cv = canvas.Canvas(buf, pagesize=page, invariant=1, pageCompression=1)  # invariant: same input, same bytes
    cv.setTitle(title)
    cv.setCreator("ShipStation sandbox (ShipDesk)")
    if layout == "letter":
        # As ShipStation prints 4x6 on letter: turned sideways in the top half, with a line to cut along.
        cv.setDash(4, 4)
        cv.setLineWidth(0.5)
        cv.line(36, LETTER_H / 2, LETTER_W - 36, LETTER_H / 2)
        cv.setDash()
        cv.translate((LETTER_W + LABEL_H) / 2, LETTER_H / 2 + (LETTER_H / 2 - LABEL_W) / 2)
        cv.rotate(90)
    lang = label_fonts.cjk_language(texts)
    for op in _with_hri(ops):
        if isinstance(op, Box):
            cv.rect(op.x, LABEL_H - op.y - op.h, op.w, op.h, stroke=0, fill=1)
        elif isinstance(op, Text):
            _pdf_text(cv, op, lang)
        elif op.data:
            _pdf_barcode(cv, op)
    cv.showPage()
    cv.save()
    return buf.getvalue()


# ---- PNG ----------------------------------------------------------------------------------------


@cache
def _pil_font(path: Path | None, px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    return ImageFont.load_default(px) if path is None else ImageFont.truetype(str(path), px)


def _png_width(runs: list[tuple[Path | None, str]], px: float) -> float:
    return sum(_pil_font(path, max(1, round(px))).getlength(text) for path, text in runs)


def _png_text(draw: ImageDraw.ImageDraw, op: Text, scale: float) -> None:
    from PIL import ImageFont

    runs, px = _fit(label_fonts.png_runs(op.text, op.bold), op.size * scale, op.width * scale, _png_width)
    x = _left(op, _png_width(runs, px) / scale) * scale
    fill = 255 if op.inverse else 0
    for path, text in runs:
        font = _pil_font(path, max(1, round(px)))
        if isinstance(font, ImageFont.FreeTypeFont):
            draw.text((x, op.baseline * scale), text, font=font, fill=fill, anchor="ls")
        else:  # Pillow built without FreeType: a bitmap font, which has no baseline anchor
            draw.text((x, op.baseline * scale - px * 0.8), text, font=font, fill=fill)
        x += font.getlength(text)


def _png_barcode(draw: ImageDraw.ImageDraw, op: Barcode, scale: float, dpi: int) -> None:
    widths = code128.modules(op.data)
    total = sum(widths) + 2 * code128.QUIET_MODULES
    # Whole pixels per module keep every bar the same width: 3 px at 203 dpi, 4 at 300.
    unit = max(1, min(round(3 * dpi / 203), int(FULL * scale) // total))
    x = round(op.center * scale) - sum(widths) * unit // 2
    top, bottom = round(op.top * scale), round((op.top + op.height) * scale) - 1
    for i, w in enumerate(widths):
        if i % 2 == 0:  # even positions are bars
            draw.rectangle((x, top, x + w * unit - 1, bottom), fill=0)
        x += w * unit


def render_png(ops: list[Op], dpi: int) -> bytes:
    """A 1-bit PNG of the 4x6 label at `dpi`, with the dpi in its metadata."""
    from PIL import Image, ImageDraw

    check_dpi(dpi)
    scale = dpi / 72
    image = Image.new("L", (round(LABEL_W * scale), round(LABEL_H * scale)), 255)
    draw = ImageDraw.Draw(image)
    for op in _with_hri(ops):
        if isinstance(op, Box):
            x0, y0 = round(op.x * scale), round(op.y * scale)
            x1, y1 = round((op.x + op.w) * scale) - 1, round((op.y + op.h) * scale) - 1
            draw.rectangle((x0, y0, x1, y1), fill=0)
        elif isinstance(op, Text):
            _png_text(draw, op, scale)
        elif op.data:
            _png_barcode(draw, op, scale, dpi)
    # Threshold rather than dither: thermal printers are 1-bit, and dithered text edges look ragged.
    mono = image.point(lambda v: 255 if v >= 128 else 0, mode="1")
    buf = io.BytesIO()
    mono.save(buf, "PNG", dpi=(dpi, dpi))
    return buf.getvalue()


# ---- ZPL ----------------------------------------------------------------------------------------


def _zpl_escape(text: str) -> str:
    # Used with ^FH: "_" introduces a hex byte, so ^ and ~ in an address cannot start ZPL commands.
    return text.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def _zpl_width(runs: list[tuple[None, str]], size: float) -> float:
    # Font 0 is a condensed sans, so Helvetica Bold over-estimates it: text that fits here fits on paper.
    text = "".join(t for _, t in runs)
    latin = "".join(ch for ch in text if label_fonts.in_helvetica(ch))
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(latin, "Helvetica-Bold", size) + size * (len(text) - len(latin))


def render_zpl(ops: list[Op], dpi: int) -> bytes:
    """ZPL II for a 4x6 label at `dpi`, text as UTF-8 (^CI28)."""
    check_dpi(dpi)
    scale = dpi / 72

    def d(points: float) -> int:
        return round(points * scale)

    out = ["^XA", "^CI28", f"^PW{d(LABEL_W)}", f"^LL{d(LABEL_H)}", "^LH0,0"]
    for op in ops:
        if isinstance(op, Box):
            out.append(f"^FO{d(op.x)},{d(op.y)}^GB{d(op.w)},{d(op.h)},{min(d(op.w), d(op.h))}^FS")
        elif isinstance(op, Text):
            runs, size = _fit([(None, label_fonts.clean(op.text))], op.size, op.width, _zpl_width)
            text = "".join(t for _, t in runs)
            if not text.strip():
                continue
            block = "" if op.align == "left" else f"^FB{d(op.width)},1,0,{'C' if op.align == 'center' else 'R'}"
            x = op.x if op.align == "left" else _left(op, op.width)
            reverse = "^FR" if op.inverse else ""
            out.append(
                f"^FO{d(x)},{d(op.baseline - size * 0.8)}^A0N,{d(size)},{d(size)}{block}{reverse}"
                f"^FH^FD{_zpl_escape(text)}^FS"
            )
        elif op.data:
            # Sized as if the printer kept to code set B: mode N does not switch to set C by itself.
            symbol = (len(op.data) + 3) * 11 + 2
            unit = max(1, min(round(3 * dpi / 203), d(FULL) // (symbol + 2 * code128.QUIET_MODULES)))
            out.append(f"^BY{unit},3,{d(op.height)}")
            # The printer prints the human-readable line itself (the Y).
            out.append(f"^FO{d(op.center) - symbol * unit // 2},{d(op.top)}^BCN,{d(op.height)},Y,N,N^FD{op.data}^FS")
    out.append("^XZ")
    return "\n".join(out).encode("utf-8")
