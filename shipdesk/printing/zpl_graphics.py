"""^GF and ~DG graphic data to a bitmap: ASCII hex with Zebra's repeat letters, :Z64: and :B64:, binary.

ASCII hex may be shortened: G..Y repeat the next hex digit 1..19 times and g..z 20..400 times (the counts
add up), "," ends a row with zeros, "!" ends it with ones and ":" repeats the previous row. :Z64: is
base64 of zlib-compressed bytes and :B64: plain base64, each followed by a CRC-16 of the base64 text.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass

from PySide6.QtGui import QColor, QImage

# A 4x6 label at 300 dpi is 270 kB of bitmap; far beyond this is a corrupt count, not a picture.
MAX_BYTES = 8 * 1024 * 1024

_TOKEN = re.compile(r"([G-Yg-z]*)([0-9A-Fa-f,!:])")
_ENCODED = re.compile(r":(Z64|B64):([^:]*):?([0-9A-Fa-f]{4})?")


class GraphicError(ValueError):
    """The graphic data cannot be turned into a bitmap."""


@dataclass(frozen=True)
class Bitmap:
    bytes_per_row: int
    rows: int
    data: bytes  # rows x bytes_per_row; a 1 bit prints a black dot
    crc_ok: bool | None = None  # for :Z64: and :B64: data; None when there is no CRC

    @property
    def width(self) -> int:
        return self.bytes_per_row * 8

    def image(self, ink: QColor) -> QImage:
        """The bitmap as ARGB: `ink` where a dot prints, transparent elsewhere (a graphic never erases)."""
        mono = QImage(self.data, self.width, self.rows, self.bytes_per_row, QImage.Format.Format_Mono)
        mono.setColorTable([0x00000000, ink.rgba()])
        return mono.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def crc16(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF), the check after :Z64: and :B64: data."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = (crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def expand_hex(text: str, bytes_per_row: int, rows: int) -> bytes:
    """ASCII hex, with the repeat letters and row marks, to `rows` rows of `bytes_per_row` bytes."""
    width = bytes_per_row * 2  # nibbles per row
    done: list[str] = []
    row: list[str] = []

    def close(fill: str | None) -> None:
        if fill is None:  # ":" repeats the previous row (for the part not yet written)
            previous = done[-1] if done else "0" * width
            row.extend(previous[len(row) :])
        else:
            row.extend(fill * (width - len(row)))
        done.append("".join(row))
        row.clear()

    for counts, ch in _TOKEN.findall(text):
        if len(done) >= rows:
            break
        if ch in ",!:":
            close({",": "0", "!": "F", ":": None}[ch])
            continue
        repeat = sum(ord(c) - ord("G") + 1 if c <= "Y" else (ord(c) - ord("g") + 1) * 20 for c in counts) or 1
        while repeat and len(done) < rows:
            take = min(repeat, width - len(row))
            row.extend(ch * take)
            repeat -= take
            if len(row) == width:
                close("0")
    if row:
        close("0")
    done += ["0" * width] * (rows - len(done))
    return bytes.fromhex("".join(done[:rows]))


def decode(compression: str, total: int, bytes_per_row: int, payload: str) -> Bitmap:
    """The bitmap of a ^GF (compression A or B) or ~DG field; raises GraphicError when it cannot be read."""
    if bytes_per_row <= 0 or total <= 0:
        raise GraphicError("the graphic has no size")
    if total > MAX_BYTES:
        raise GraphicError(f"the graphic claims {total} bytes")
    rows = total // bytes_per_row
    crc_ok: bool | None = None
    encoded = _ENCODED.match(payload.strip())
    if encoded:
        kind, text, crc = encoded.groups()
        crc_ok = None if crc is None else int(crc, 16) == crc16(text.encode("ascii", "replace"))
        try:
            raw = base64.b64decode(text + "=" * (-len(text) % 4))
            if kind == "Z64":
                raw = zlib.decompressobj().decompress(raw, total)
        except (binascii.Error, ValueError, zlib.error) as exc:
            raise GraphicError(f"the {kind} graphic data is damaged ({exc})") from exc
    elif compression.upper() == "B":
        raw = payload.encode("latin-1", "replace")
    elif compression.upper() == "A":
        return Bitmap(bytes_per_row, rows, expand_hex(payload, bytes_per_row, rows))
    else:
        raise GraphicError(f"graphic compression {compression!r} is not supported")
    raw = raw[: rows * bytes_per_row].ljust(rows * bytes_per_row, b"\0")
    return Bitmap(bytes_per_row, rows, raw, crc_ok)


def stored_name(name: str) -> str:
    """R:LOGO.GRF, LOGO.GRF and LOGO all name the same graphic stored on the printer (~DG, ^XG)."""
    name = name.strip().upper()
    name = name.split(":", 1)[1] if ":" in name[:2] else name
    return name if "." in name else name + ".GRF"
