"""Guards for the platform pins in shared/notes/platform.md: a wrong combination must fail loudly here,
not crash the packer's app at random after a few thousand Qt calls."""

import sys

import pytest


def test_python_is_3_12_or_newer():
    assert sys.version_info >= (3, 12), "PySide6 6.12 needs Python 3.12+ (it frees None on 3.11)"


def test_pyside_does_not_decref_none():
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -100, "this PySide6 build decrefs None: use Python 3.12+"


def test_qtpdf_is_installed():
    pytest.importorskip("PySide6.QtPdf", reason="PySide6-Pdf missing")
    from PySide6.QtPdf import QPdfDocument

    assert QPdfDocument is not None
