"""The scanner command sheet (PDF, reportlab): a Code128 barcode per command, then the scanner self-test codes.

Page 1 holds the commands (core/scan_commands.py: each code is layout-safe letters with a check letter), with
the command's name and what it does; then the self-test block (core/scanner_selftest.py): one code per class
of characters a scan can carry (digits, capitals, small letters, ShipStation's ^#^ scan-to-view code, an order
number with a dash, a UPC, a tracking number), with what it should arrive as. Letter paper in two columns, or
4x6 labels in one. The UI hands in its translations: the sheet's own words (`SheetWords`), and `lookup(context,
text)` for the command and test code names marked in core.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ..core.scan_commands import DESCRIPTIONS, Command, command_code
from ..core.scanner_selftest import TEST_CODES
from .documents import PAGE_SIZES, PageName, _barcode, _text

Lookup = Callable[[str, str], str]


def _as_is(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class SheetWords:
    title: str = "ShipDesk scanner command sheet"
    commands: str = "ShipDesk scanner commands"
    commands_intro: str = "Scan a barcode to give the command. They read the same on any keyboard layout."
    self_test: str = "Scanner self-test"
    self_test_intro: str = "Open Settings → Scanner self-test and scan each code: ShipDesk shows what arrived."


@dataclass(frozen=True)
class _Cell:
    title: str
    note: str
    code: str
    shown: str  # the human-readable line under the bars


@dataclass(frozen=True)
class _Layout:
    margin: float
    columns: int
    cell_height: float
    bar_height: float
    title: float
    body: float
    small: float


_LAYOUTS = {"letter": _Layout(40, 2, 92, 40, 16, 10, 7.5), "4x6": _Layout(14, 1, 84, 36, 11, 9, 7)}


def command_cells(lookup: Lookup = _as_is) -> list[_Cell]:
    cells = []
    for command in Command:
        name, what = DESCRIPTIONS[command]
        code = command_code(command)
        cells.append(_Cell(lookup("ScanCommand", name), lookup("ScanCommand", what), code, code))
    return cells


def self_test_cells(lookup: Lookup = _as_is) -> list[_Cell]:
    return [_Cell(lookup("ScannerSelfTest", c.name), "", c.text, c.text) for c in TEST_CODES]


def scanner_sheet_pdf(page: PageName = "letter", words: SheetWords = SheetWords(), lookup: Lookup = _as_is) -> bytes:
    """The command sheet: commands first, then the self-test codes on a new page ("letter" or "4x6")."""
    width, height = PAGE_SIZES[page]
    lay = _LAYOUTS[page]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    c.setTitle(words.title)
    sections = ((words.commands, words.commands_intro, command_cells(lookup)),
                (words.self_test, words.self_test_intro, self_test_cells(lookup)))
    for number, (title, intro, cells) in enumerate(sections):
        if number:
            c.showPage()
        _section(c, lay, width, height, title, intro, cells)
    c.save()
    return buf.getvalue()


def _section(c: Canvas, lay: _Layout, width: float, height: float, title: str, intro: str,
             cells: list[_Cell]) -> None:
    left, inner = lay.margin, width - 2 * lay.margin
    gutter = 18.0
    column_width = (inner - gutter * (lay.columns - 1)) / lay.columns

    def heading(y: float, more: bool) -> float:
        _text(c, left, y, title + (" (…)" if more else ""), lay.title, inner, bold=True)
        y -= lay.title
        if not more:
            _text(c, left, y, intro, lay.small, inner)
            y -= lay.small + 8
        return y

    y = heading(height - lay.margin - lay.title, False)
    column = 0
    for cell in cells:
        if y - lay.cell_height < lay.margin:
            c.showPage()
            y, column = heading(height - lay.margin - lay.title, True), 0
        x = left + column * (column_width + gutter)
        _text(c, x, y - lay.body, cell.title, lay.body, column_width, bold=True)
        line_y = y - lay.body
        if cell.note:
            line_y -= lay.small + 2
            _text(c, x, line_y, cell.note, lay.small, column_width)
        bar_y = line_y - 4 - lay.bar_height
        _barcode(c, x, bar_y, cell.code, column_width, lay.bar_height)
        c.setFont("Courier", lay.small)
        c.drawString(x + 10, bar_y - lay.small - 1, cell.shown)
        column += 1
        if column == lay.columns:
            column = 0
            y -= lay.cell_height
