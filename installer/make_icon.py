"""Draw ShipDesk's icon and write it as .png (512 px), .ico (Windows, 16-256 px) and .icns (macOS, 16-1024 px).

A parcel with a shipping label on a blue rounded square. Qt draws every size from the same vector shapes,
so small sizes stay sharp (a 16 px icon drops the barcode, which would only be grey mush); Pillow writes
the .ico and .icns containers, which works on any platform (Apple's iconutil is macOS only). The files
are committed under the path pyproject.toml names; run this again after changing the drawing:

    .venv/bin/python installer/make_icon.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen, QPolygonF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_info import load_app_info

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
PNG_SIZE = 512


def draw(size: int) -> QImage:
    """The icon at `size` x `size` pixels, transparent outside the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100, size / 100)  # draw in a 100 x 100 box
    p.setPen(Qt.PenStyle.NoPen)

    background = QLinearGradient(0, 0, 0, 100)
    background.setColorAt(0, QColor("#2f80ed"))
    background.setColorAt(1, QColor("#174ea6"))
    p.setBrush(QBrush(background))
    p.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)

    # The parcel: front face, top face, side face.
    front = QPolygonF([QPointF(18, 40), QPointF(64, 40), QPointF(64, 84), QPointF(18, 84)])
    top = QPolygonF([QPointF(18, 40), QPointF(34, 24), QPointF(80, 24), QPointF(64, 40)])
    side = QPolygonF([QPointF(64, 40), QPointF(80, 24), QPointF(80, 68), QPointF(64, 84)])
    for polygon, colour in ((front, "#d9a35b"), (top, "#ecc48a"), (side, "#b9803c")):
        p.setBrush(QColor(colour))
        p.drawPolygon(polygon)
    p.setBrush(QColor("#9c6a2f"))  # packing tape across the top
    p.drawPolygon(QPolygonF([QPointF(38, 40), QPointF(54, 24), QPointF(60, 24), QPointF(44, 40)]))

    # The shipping label with a barcode, on the front face.
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(24, 50, 34, 27))
    if size >= 24:
        p.setBrush(QColor("#1b1b1b"))
        x = 27.0
        for width in (1.2, 0.6, 1.8, 0.6, 1.2, 2.4, 0.6, 1.2, 0.6, 1.8, 1.2, 0.6, 2.4, 0.6, 1.2):
            p.drawRect(QRectF(x, 60, width, 13))
            x += width + 0.8
        if size >= 48:
            p.setPen(QPen(QColor("#1b1b1b"), 1.6))
            p.drawLine(QPointF(27, 54.5), QPointF(48, 54.5))
    p.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def write_icons(base: Path) -> list[Path]:
    """Writes base.png, base.ico and base.icns; returns their paths."""
    base.parent.mkdir(parents=True, exist_ok=True)
    images = {size: to_pillow(draw(size)) for size in sorted({*ICO_SIZES, *ICNS_SIZES, PNG_SIZE})}
    png, ico, icns = base.with_suffix(".png"), base.with_suffix(".ico"), base.with_suffix(".icns")
    images[PNG_SIZE].save(png)
    # PNG-compressed entries (Windows Vista and later, and NSIS, read them): 27 KB instead of 360 KB of BMPs.
    images[256].save(ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[1024].save(icns, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    return [png, ico, icns]


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter on QImage needs one for fonts
    for path in write_icons(load_app_info().icon_base):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
