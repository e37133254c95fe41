"""The bar codes the preview does not draw: their names, and how much room each takes on the label.

The preview marks such a field with a hatched box where it will print. Where the printer's size follows
from the ZPL alone (MaxiCode's fixed size, a linear code's module count, PDF417 with columns and rows
given) the box is exact; otherwise it is an estimate, and the note says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

NAMES = {
    "B0": "Aztec", "BO": "Aztec", "B1": "Code 11", "B2": "Interleaved 2 of 5", "B3": "Code 39",
    "B4": "Code 49", "B5": "Planet Code", "B7": "PDF417", "B8": "EAN-8", "B9": "UPC-E", "BA": "Code 93",
    "BB": "Codablock", "BD": "MaxiCode", "BE": "EAN-13", "BF": "MicroPDF417", "BI": "Industrial 2 of 5",
    "BJ": "Standard 2 of 5", "BK": "Codabar", "BL": "LOGMARS", "BM": "MSI", "BP": "Plessey",
    "BQ": "QR code", "BR": "GS1 DataBar", "BS": "UPC/EAN extension", "BT": "TLC39", "BU": "UPC-A",
    "BX": "Data Matrix", "BZ": "POSTNET",
}

# Bytes a QR symbol of versions 1-10 holds in byte mode, for error correction L, M, Q, H.
_QR_BYTES = {
    "L": (17, 32, 53, 78, 106, 134, 154, 192, 230, 271),
    "M": (14, 26, 42, 62, 84, 106, 122, 152, 180, 213),
    "Q": (11, 20, 32, 46, 60, 74, 86, 108, 130, 151),
    "H": (7, 14, 24, 34, 44, 58, 64, 84, 98, 119),
}
# Data Matrix square sizes (modules) and the data codewords each holds (ECC 200).
_DATAMATRIX = ((10, 3), (12, 5), (14, 8), (16, 12), (18, 18), (20, 22), (22, 30), (24, 36), (26, 44),
               (32, 62), (36, 86), (40, 114), (44, 144), (48, 174), (52, 204), (64, 280), (72, 368),
               (80, 456), (88, 576), (96, 696), (104, 816), (120, 1050), (132, 1304), (144, 1558))
# Modules per symbol of fixed-length codes, without quiet zones.
_FIXED_MODULES = {"BE": 95, "BU": 95, "B8": 67, "B9": 51}


@dataclass(frozen=True)
class Footprint:
    width: int  # dots
    height: int  # dots
    exact: bool


def _arg(args: list[str], index: int, default: int) -> int:
    try:
        return int(float(args[index]))
    except (IndexError, ValueError):
        return default


def footprint(command: str, args: list[str], data: str, module: int, ratio: float, bar_height: int,
              dpi: int) -> Footprint:
    """Where the printer puts the symbol `command` (with its ^B.. arguments and ^BY module, ratio and
    height) makes of `data`, at `dpi`."""
    if command == "BD":  # MaxiCode is a fixed 1.11 x 1.054 in whatever the data
        return Footprint(round(1.11 * dpi), round(1.054 * dpi), True)
    if command == "B7":
        return _pdf417(args, data, module, bar_height)
    if command == "BQ":
        return _qr(args, data, dpi)
    if command == "BX":
        return _datamatrix(args, data)
    height = _arg(args, 2 if command in ("B3", "B1", "BK", "BM", "BP") else 1, bar_height)
    wide = max(module + 1, round(module * ratio))
    if command in _FIXED_MODULES:
        return Footprint(_FIXED_MODULES[command] * module, height, True)
    if command in ("B3", "BL"):  # each character: 3 wide and 6 narrow elements, then a narrow gap
        count = len(data) + 2 + (1 if args[1:2] == ["Y"] else 0)
        return Footprint(count * (3 * wide + 7 * module) - module, height, True)
    if command == "B2":  # digit pairs: 4 wide and 6 narrow; start 4 narrow, stop 1 wide and 2 narrow
        digits = sum(ch.isdigit() for ch in data)
        pairs = math.ceil(digits / 2)
        return Footprint(pairs * (4 * wide + 6 * module) + 6 * module + wide, height, True)
    return Footprint(max(module * 11 * max(len(data), 1), 2 * height), height, False)


def _pdf417(args: list[str], data: str, module: int, bar_height: int) -> Footprint:
    row_height = _arg(args, 1, 0)
    security = _arg(args, 2, 0)
    columns = _arg(args, 3, 0)
    rows = _arg(args, 4, 0)
    truncated = args[5:6] == ["Y"]
    exact = columns > 0 and rows > 0
    if not exact:  # about 1.8 text characters per codeword, plus the error correction words
        words = math.ceil(len(data) / 1.8) + 2 ** (security + 1) + 1
        columns = columns or max(1, min(30, round(math.sqrt(words / 2))))
        rows = rows or max(3, min(90, math.ceil(words / columns)))
    row_height = row_height or max(module * 3, bar_height // rows if bar_height else 0)
    width = (17 * (columns + 2) + 1 if truncated else 17 * (columns + 4) + 1) * module
    return Footprint(width, rows * row_height, exact)


def _qr(args: list[str], data: str, dpi: int) -> Footprint:
    magnification = _arg(args, 2, 3 if dpi >= 300 else 2)
    level = data[:1].upper() if data[:1].upper() in _QR_BYTES else "Q"
    text = data.split(",", 1)[1] if "," in data[:4] else data
    sizes = _QR_BYTES[level]
    version = next((v for v, cap in enumerate(sizes, start=1) if len(text) <= cap), None)
    if version is None:  # past version 10: roughly 20 more bytes per version
        version = min(40, 10 + math.ceil((len(text) - sizes[-1]) / 20))
    return Footprint((17 + 4 * version) * magnification, (17 + 4 * version) * magnification, False)


def _datamatrix(args: list[str], data: str) -> Footprint:
    element = max(1, _arg(args, 1, 1))
    columns, rows = _arg(args, 3, 0), _arg(args, 4, 0)
    if columns and rows:
        return Footprint(columns * element, rows * element, True)
    words = len(data)  # ASCII: one codeword a character (digit pairs share one: an over-estimate)
    side = next((s for s, cap in _DATAMATRIX if words <= cap), _DATAMATRIX[-1][0])
    return Footprint(side * element, side * element, False)
