"""Fonts for the packing slip and pick list (reportlab), for text in any script.

Latin text uses Helvetica (every PDF viewer has it). Other characters use DejaVuSans, then
DroidSansFallbackFull (CJK), when those TrueType files are installed; they are embedded as subsets, so the
PDF renders anywhere. A character no installed font covers is drawn as "?" instead of failing the document.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/truetype/droid"),
    Path("/usr/share/fonts/droid"),
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
    Path("/Library/Fonts"),
)
# (reportlab name, regular file, bold file or None), in preference order.
_FACES = (
    ("ShipDesk-DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("ShipDesk-DroidFallback", "DroidSansFallbackFull.ttf", None),
)

_lock = threading.Lock()
Run = tuple[str, str]  # (reportlab font name, text)


def _find(filename: str) -> Path | None:
    return next((d / filename for d in _FONT_DIRS if (d / filename).is_file()), None)


@cache
def _load(name: str, filename: str) -> TTFont | None:
    path = _find(filename)
    if path is None:
        return None
    try:
        font = TTFont(name, str(path))
    except Exception:  # an unreadable file is simply not a candidate
        return None
    pdfmetrics.registerFont(font)
    return font


def unicode_faces(bold: bool = False) -> list[TTFont]:
    """The installed fallback faces, registered with reportlab (parsed once, on first non-Latin text)."""
    faces = []
    with _lock:
        for name, regular, bold_file in _FACES:
            font = _load(name + "-Bold", bold_file) if bold and bold_file else None
            font = font or _load(name, regular)
            if font is not None:
                faces.append(font)
    return faces


def clean(text: str) -> str:
    """NFC text; control characters become spaces, format characters (zero-width joiners) are dropped."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")
        elif cat == "Cs":
            out.append("?")
        elif cat != "Cf":
            out.append(ch)
    return "".join(out)


def _latin(ch: str) -> bool:
    try:
        ch.encode("cp1252")  # reportlab's standard fonts use WinAnsiEncoding
    except UnicodeEncodeError:
        return False
    return True


def runs(text: str, bold: bool = False) -> list[Run]:
    """`text` split into (font, substring) runs; characters nothing covers become "?"."""
    base = "Helvetica-Bold" if bold else "Helvetica"
    out: list[Run] = []
    faces: list[TTFont] | None = None
    for ch in clean(text):
        if ch == " " and out:
            font = out[-1][0]
        elif _latin(ch):
            font = base
        else:
            faces = unicode_faces(bold) if faces is None else faces
            face = next((f for f in faces if ord(ch) in f.face.charToGlyph), None)
            font = face.fontName if face is not None else base
            ch = ch if face is not None else "?"
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def width(parts: list[Run], size: float) -> float:
    return sum(pdfmetrics.stringWidth(text, font, size) for font, text in parts)


def fit(text: str, size: float, max_width: float, bold: bool = False) -> list[Run]:
    """Runs for `text`, cut with "…" so they fit in `max_width` points."""
    parts = runs(text, bold)
    if width(parts, size) <= max_width:
        return parts
    base = "Helvetica-Bold" if bold else "Helvetica"
    room = max_width - pdfmetrics.stringWidth("…", base, size)
    out: list[Run] = []
    used = 0.0
    for font, run in parts:  # glyph widths add up (reportlab does no kerning), so measure per character
        kept = ""
        for ch in run:
            w = pdfmetrics.stringWidth(ch, font, size)
            if used + w > room:
                break
            kept += ch
            used += w
        else:
            out.append((font, run))
            continue
        if kept:
            out.append((font, kept))
        break
    if out and out[-1][0] == base:
        out[-1] = (base, out[-1][1] + "…")
    else:
        out.append((base, "…"))
    return out
