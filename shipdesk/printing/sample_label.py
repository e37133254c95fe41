"""A test label, so the packer checks a printer before buying: the stock's exact size, a border 0.1 in inside
every edge (a shifted or clipped border shows misalignment at a glance), a Code128 a scanner must read, and
the printer, transport, DPI and stock written on it.

PDF (reportlab) for a system queue, ZPL (as text) for a raw or port 9100 printer: the same language the
station's labels will be bought in. No Qt here beyond the profile types.
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.pdfgen.canvas import Canvas

from .documents import _text
from .printers import PrinterProfile, Transport

TITLE = "ShipDesk test label"
BORDER_IN = 0.1
_TRANSPORT_WORDS = {Transport.SYSTEM: "system queue, PDF", Transport.CUPS_RAW: "raw ZPL through the spooler",
                    Transport.TCP9100: "raw ZPL to port 9100"}


def sample_code(profile: PrinterProfile) -> str:
    """What the test label's Code128 reads."""
    return f"SHIPDESK-TEST-{profile.dpi}"


def sample_lines(profile: PrinterProfile, when: datetime | None = None) -> list[str]:
    where = f"{profile.printer} ({profile.host}:{profile.port})" if profile.transport is Transport.TCP9100 \
        else profile.printer
    when = when or datetime.now()
    return [f"Printer: {where}", f"Transport: {_TRANSPORT_WORDS[profile.transport]}",
            f"{profile.dpi} dpi, {profile.stock.value} in stock, {profile.copies} cop{'y' if profile.copies == 1 else 'ies'}",
            f"Printed {when:%Y-%m-%d %H:%M}",
            f"The border should sit {BORDER_IN} in inside every edge."]


def sample_label(profile: PrinterProfile) -> tuple[bytes, str]:
    """The test label for `profile` and its format ("pdf" or "zpl")."""
    if profile.transport is Transport.SYSTEM:
        return sample_pdf(profile), "pdf"
    return sample_zpl(profile), "zpl"


def sample_pdf(profile: PrinterProfile) -> bytes:
    # Imported here: reportlab's barcode package costs ~0.2 s at start-up (bench P1), and few runs draw one.
    from reportlab.graphics.barcode.code128 import Code128
    width, height = profile.stock.points
    inch = 72.0
    edge = BORDER_IN * inch
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    c.setTitle(TITLE)
    c.setLineWidth(1.5)
    c.rect(edge, edge, width - 2 * edge, height - 2 * edge, stroke=1, fill=0)
    left, inner = 2 * edge, width - 4 * edge
    y = height - 2 * edge - 16
    _text(c, left, y, TITLE, 16, inner, bold=True)
    y -= 24
    for line in sample_lines(profile):
        _text(c, left, y, line, 9, inner)
        y -= 13
    probe = Code128(sample_code(profile), barWidth=1.0, barHeight=inch, humanReadable=False)
    bar_width = max(0.75, min(2.0, inner / probe.width))
    code = Code128(sample_code(profile), barWidth=bar_width, barHeight=inch, humanReadable=True)
    code.drawOn(c, left, y - inch - 16)
    c.showPage()
    c.save()
    return buf.getvalue()


def _zpl_field(text: str) -> str:
    """Field data for ^FH_: ZPL's own characters and anything outside printable ASCII as _XX bytes (UTF-8,
    ^CI28), so a printer name can't end the field or start a command."""
    out = []
    for byte in text.encode("utf-8"):
        out.append(f"_{byte:02X}" if byte in b"^~_" or not 0x20 <= byte < 0x7F else chr(byte))
    return "".join(out)


def sample_zpl(profile: PrinterProfile) -> bytes:
    dpi = profile.dpi
    width, height = profile.stock.dots(dpi)
    edge = round(BORDER_IN * dpi)
    line = max(2, dpi // 100)
    big, small = round(0.16 * dpi), round(0.09 * dpi)
    left = 2 * edge
    y = 2 * edge
    parts = ["^XA", "^CI28", f"^PW{width}", f"^LL{height}", "^LH0,0",
             f"^FO{edge},{edge}^GB{width - 2 * edge},{height - 2 * edge},{line}^FS",
             f"^FO{left},{y}^A0N,{big},{big}^FH_^FD{_zpl_field(TITLE)}^FS"]
    y += big + small
    for text in sample_lines(profile):
        parts.append(f"^FO{left},{y}^A0N,{small},{small}^FH_^FD{_zpl_field(text)}^FS")
        y += small + small // 2
    module = 2 if dpi < 300 else 3
    parts.append(f"^FO{left},{y + small}^BY{module}^BCN,{dpi},Y,N,N^FD{sample_code(profile)}^FS")
    parts.append("^XZ")
    return ("\n".join(parts) + "\n").encode("ascii")
