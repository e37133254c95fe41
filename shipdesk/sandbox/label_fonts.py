"""Which font draws which character on a sandbox label, for the PDF (reportlab) and PNG (Pillow) writers.

Latin text uses Helvetica, which every PDF viewer has. Other scripts use the first TrueType file on this
machine whose character map has the character (embedded as a subset, so the PDF renders anywhere), then
reportlab's built-in CID fonts for CJK (not embedded: the viewer supplies the glyphs). A character nothing
covers is drawn as "?" rather than failing the label.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab is imported where a font is used (label_draw.py says why)
    from reportlab.pdfbase.ttfonts import TTFont

_WINDOWS_FONTS = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"

# (regular, bold) TrueType candidates, most general first. OpenType/CFF files (Noto CJK) are left out:
# reportlab cannot embed them.
_TTF_CANDIDATES: tuple[tuple[Path, Path | None], ...] = (
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
     Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    (Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"), Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf")),
    (_WINDOWS_FONTS / "arial.ttf", _WINDOWS_FONTS / "arialbd.ttf"),
    (Path("/Library/Fonts/Arial Unicode.ttf"), None),
    (Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"), None),
    (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), None),
    (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), None),
    (_WINDOWS_FONTS / "msgothic.ttc", None),
    (_WINDOWS_FONTS / "simsun.ttc", None),
)

_CID_FACES = {"jpn": "HeiseiMin-W3", "chs": "STSong-Light", "kor": "HYSMyeongJo-Medium"}
# Adobe-Japan1/GB1/Korea1 also carry Cyrillic and Greek, so those scripts still print without a TTF.
_CID_COMMON = ((0x0391, 0x03C9), (0x0401, 0x0451), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))
_CID_RANGES = {
    "jpn": (*_CID_COMMON, (0x3040, 0x30FF)),
    "chs": _CID_COMMON,
    "kor": (*_CID_COMMON, (0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7A3)),
}

_lock = threading.Lock()


@dataclass(frozen=True)
class TrueType:
    pdf_name: str
    path: Path
    font: TTFont  # parsed and registered with reportlab; its cmap answers "has this character?"

    def covers(self, ch: str) -> bool:
        return ord(ch) in self.font.face.charToGlyph


def clean(text: str) -> str:
    """NFC text with control characters as spaces and format characters (zero-width joiners) dropped."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")
        elif cat == "Cs":
            out.append("?")  # a lone surrogate from bad JSON
        elif cat != "Cf":
            out.append(ch)
    return "".join(out)


def in_helvetica(ch: str) -> bool:
    try:
        ch.encode("cp1252")  # reportlab's standard fonts use WinAnsiEncoding
    except UnicodeEncodeError:
        return False
    return True


@cache
def _truetype(path: Path) -> TrueType | None:
    # Parsing a TTF takes ~0.2 s, so it happens only when a label first needs a non-Latin character.
    if not path.is_file():
        return None
    name = f"ShipDesk-{path.stem}"
    try:
        from reportlab.pdfbase.ttfonts import TTFont

        font = TTFont(name, str(path))
    except Exception:  # an unreadable or CFF-flavoured file is just not a candidate
        return None
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(font)
    return TrueType(name, path, font)


def truetypes(bold: bool) -> list[TrueType]:
    """Installed TrueType faces in preference order (bold files where they exist)."""
    with _lock:
        found: dict[str, TrueType] = {}
        for regular, bold_path in _TTF_CANDIDATES:
            face = _truetype(bold_path) if bold and bold_path is not None else None
            face = face or _truetype(regular)
            if face is not None:
                found.setdefault(face.pdf_name, face)  # the same font may be installed twice
        return list(found.values())


@cache
def _cid(lang: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    name = _CID_FACES[lang]
    with _lock:
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    return name


def cjk_language(texts: list[str]) -> str:
    """Which CID face suits the label's Han characters: Japanese if there is kana, Korean if Hangul."""
    joined = "".join(texts)
    if any(0x3040 <= ord(ch) <= 0x30FF for ch in joined):
        return "jpn"
    if any(0xAC00 <= ord(ch) <= 0xD7A3 for ch in joined):
        return "kor"
    return "chs"


def _merge[F](runs: list[tuple[F, str]], font: F, ch: str) -> None:
    if runs and runs[-1][0] == font:
        runs[-1] = (font, runs[-1][1] + ch)
    else:
        runs.append((font, ch))


def pdf_runs(text: str, bold: bool, lang: str) -> list[tuple[str, str]]:
    """`text` split into (reportlab font name, substring) runs; uncovered characters become "?"."""
    base = "Helvetica-Bold" if bold else "Helvetica"
    runs: list[tuple[str, str]] = []
    faces: list[TrueType] | None = None
    for ch in clean(text):
        if ch == " " and runs:
            _merge(runs, runs[-1][0], ch)  # stay in the run's font, so "山田 太郎" is one piece of text
            continue
        if in_helvetica(ch):
            _merge(runs, base, ch)
            continue
        faces = truetypes(bold) if faces is None else faces
        face = next((f.pdf_name for f in faces if f.covers(ch)), None)
        if face is None and any(lo <= ord(ch) <= hi for lo, hi in _CID_RANGES[lang]):
            face = _cid(lang)
        _merge(runs, face or base, ch if face else "?")
    return runs


def pdf_width(runs: list[tuple[str, str]], size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs)


def png_runs(text: str, bold: bool) -> list[tuple[Path | None, str]]:
    """(TrueType path or None for Pillow's built-in font, substring) runs; uncovered characters become "?"."""
    runs: list[tuple[Path | None, str]] = []
    faces: list[TrueType] | None = None
    default = _default_png_font(bold)
    for ch in clean(text):
        if ch == " " and runs:
            _merge(runs, runs[-1][0], ch)
            continue
        if ord(ch) <= 0xFF:  # every candidate face and Pillow's own font cover Latin-1
            _merge(runs, default, ch)
            continue
        faces = truetypes(bold) if faces is None else faces
        face = next((f.path for f in faces if f.covers(ch)), None)
        _merge(runs, face or default, ch if face else "?")
    return runs


@cache
def _default_png_font(bold: bool) -> Path | None:
    for regular, bold_path in _TTF_CANDIDATES[:3]:
        for path in ((bold_path, regular) if bold else (regular,)):
            if path is not None and path.is_file():
                return path
    return None
