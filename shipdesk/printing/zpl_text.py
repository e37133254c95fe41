"""ZPL text approximated with a Qt font: font 0 (scalable), the bitmap fonts A-V, and ^FB field blocks.

The printer's own faces are not on this computer. Font 0 (CG Triumvirate Bold Condensed) becomes a bold
sans squeezed so its digits are as wide as font 0's; a bitmap font becomes a sans stretched to its fixed
cell width. Heights follow the ZPL values, so lines land where the printer puts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

# Font 0's baseline sits about four fifths down its character cell.
ASCENT = 0.8
# Font 0's digits are about 0.46 of the cell height wide when width = height (Helvetica Bold's are 0.556;
# the condensed cut is narrower). An approximation: good for layout, not for counting pixels.
DIGIT_WIDTH = 0.46
_FAMILIES = ["Arial", "Helvetica", "Nimbus Sans", "Liberation Sans", "DejaVu Sans"]
# Bitmap fonts' cells (height, width) in dots at magnification 1.
_BITMAP_CELLS = {
    "A": (9, 5), "B": (11, 7), "C": (18, 10), "D": (18, 10), "E": (28, 15), "F": (26, 13), "G": (60, 40),
    "H": (21, 13), "P": (20, 18), "Q": (28, 24), "R": (35, 31), "S": (40, 35), "T": (51, 42), "U": (61, 51),
    "V": (80, 71),
}


@dataclass(frozen=True)
class ZplFont:
    name: str  # "0", "A".."Z", "1".."9", "@" (a font called by file name)
    height: int  # character cell height in dots
    width: int  # character width in dots (font 0: width = height is the design's proportions)
    scalable: bool

    @property
    def ascent(self) -> float:
        return self.height * ASCENT

    def advance(self, text: str) -> float:
        """The width `text` takes on the label, in dots."""
        if not text:
            return 0.0
        if not self.scalable:
            return float(len(text) * self.width)
        return _metrics(self.height, True).horizontalAdvance(text) * self._squeeze()

    def _squeeze(self) -> float:
        digit = _metrics(self.height, True).horizontalAdvance("0") or 1.0
        return DIGIT_WIDTH * self.width / digit

    def draw(self, painter: QPainter, x: float, baseline: float, text: str, ink: QColor) -> None:
        """`text` with its left end at x and its baseline at `baseline`, in the painter's current frame."""
        if not text:
            return
        if self.scalable:
            squeeze = self._squeeze()
        else:
            squeeze = self.advance(text) / (_metrics(self.height, False).horizontalAdvance(text) or 1.0)
        painter.save()
        painter.translate(x, baseline)
        painter.scale(squeeze, 1.0)
        painter.setFont(_qfont(self.height, self.scalable))
        painter.setPen(ink)
        painter.drawText(QPointF(0, 0), text)
        painter.restore()


@cache
def _qfont(pixels: int, bold: bool) -> QFont:
    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


@cache
def _metrics(pixels: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(_qfont(pixels, bold))


def make_font(name: str, height: int | None, width: int | None, scalable_names: frozenset[str]) -> ZplFont:
    """The font ^A`name`,h,w asks for. Missing sizes follow the other one; a bitmap font's size snaps to
    whole magnifications of its cell, as on the printer. `scalable_names` are letters ^CW mapped to files."""
    name = name.upper()
    cell = _BITMAP_CELLS.get(name)
    if cell is None or name in scalable_names:
        h = height or width or 30
        return ZplFont(name, max(1, h), max(1, width or h), scalable=True)
    base_h, base_w = cell
    mag_h = max(1, round((height or base_h) / base_h)) if height else None
    mag_w = max(1, round(width / base_w)) if width else None
    mag_h = mag_h or mag_w or 1
    return ZplFont(name, base_h * mag_h, base_w * (mag_w or mag_h), scalable=False)


@dataclass(frozen=True)
class Block:
    """^FB: a box `width` dots wide holding up to `lines` lines, `spacing` extra dots between them."""

    width: int
    lines: int = 1
    spacing: int = 0
    justify: str = "L"  # L, C, R or J (J is drawn as L)
    indent: int = 0  # hanging indent of the lines after the first


def wrap(text: str, font: ZplFont, block: Block) -> list[str]:
    """The block's lines: "\\&" breaks a line, words wrap at the block's width, a word wider than the
    block is cut. Lines past the block's count are kept: the printer prints them over the last line."""
    out: list[str] = []
    for paragraph in text.split("\\&"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            room = block.width - (block.indent if out else 0)
            if font.advance(candidate) <= room:
                line = candidate
                continue
            if line:
                out.append(line)
            line = word
            while len(line) > 1 and font.advance(line) > room:  # a word wider than the block
                cut = len(line) - 1
                while cut > 1 and font.advance(line[:cut]) > room:
                    cut -= 1
                out.append(line[:cut])
                line = line[cut:]
        out.append(line)
    return out


def block_lines(text: str, font: ZplFont, block: Block) -> list[tuple[float, float, str]]:
    """(x, baseline, text) of each line inside the block's own frame (top-left at 0,0)."""
    placed = []
    step = font.height + block.spacing
    for i, line in enumerate(wrap(text, font, block)):
        row = min(i, block.lines - 1)
        left = block.indent if i else 0
        room = block.width - left
        used = font.advance(line)
        x = {"C": (room - used) / 2, "R": room - used}.get(block.justify, 0.0) + left
        placed.append((x, row * step + font.ascent, line))
    return placed
