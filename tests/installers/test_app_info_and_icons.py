"""One source for what the installers say (pyproject.toml), and an icon every platform can show at every size."""

from __future__ import annotations

from installers.installer_support import load
from PIL import Image
from PySide6.QtGui import QImageReader

import shipdesk


def test_app_reports_the_version_the_installers_are_named_after():
    info = load("app_info").load_app_info()
    assert shipdesk.__version__ == info.version
    assert len(info.windows_version.split(".")) == 4
    assert all(part.isdigit() for part in info.windows_version.split("."))


def test_committed_icons_hold_every_size_windows_and_macos_ask_for():
    info = load("app_info").load_app_info()
    with Image.open(info.icon(".ico")) as ico:
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= ico.info["sizes"]
    with Image.open(info.icon(".icns")) as icns:
        assert {(s, s, 1) for s in (128, 256, 512)} | {(512, 512, 2)} <= set(icns.info["sizes"])
    with Image.open(info.icon(".png")) as png:
        assert png.size == (512, 512) and png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0 and png.getpixel((256, 256))[3] == 255  # rounded, not a square


def test_icon_drawing_reads_back_in_qt_at_each_size(qapp, tmp_path):
    make_icon = load("make_icon")
    png, ico, icns = make_icon.write_icons(tmp_path / "icon")
    reader = QImageReader(str(ico))
    sizes = set()
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull()
        sizes.add(image.width())
        reader.jumpToNextImage()
    assert sizes == set(make_icon.ICO_SIZES)
    small = QImageReader(str(ico)).read()  # the 16 px entry the taskbar uses is drawn, not transparent
    assert small.width() == 16
    assert any(small.pixelColor(x, 8).alpha() > 0 for x in range(16))
    assert not QImageReader(str(icns)).read().isNull()
