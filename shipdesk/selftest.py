"""`ShipDesk selftest`: does this copy of ShipDesk work on this machine? For the installers' smoke check
(installer/smoke.py runs it on every frozen build) and for support.

    ShipDesk selftest [--report FILE] [--out DIR] [--keyring-roundtrip] [--json]

Demo mode only: the embedded local ShipStation and a throwaway profile. The packer's profile, label journal,
keys and ShipStation account are never touched; the keyring only with --keyring-roundtrip, which writes a
throwaway entry under the service "ShipDesk selftest", reads it back and deletes it.

Checks:
  barcodes      reportlab's barcode modules, which it imports by name at run time, all load
  translations  ShipDesk's and Qt's French translations load
  keyring       which backend keyring chose; the fail backend ("no keyring") is reported, never hidden
  printers      the OS printer list as ShipDesk sees it, and where it comes from (CUPS on Linux)
  label         a demo label bought through the purchase journal (from the demo sandbox, which must run as a
                child process: `ShipDesk sandbox`) and rendered by QtPdf at 203 dpi
  window        the main window opens on the demo sandbox and shows orders (as `--demo --smoke`)

Exit 0 when every check passed, 1 otherwise. The report is JSON in --report FILE: a windowed Windows
build has no stdout, so that file is how the smoke check reads it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import secrets
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

LABEL_DPI = 203
ROUNDTRIP_SERVICE = "ShipDesk selftest"
Check = dict[str, Any]  # {"ok": bool, "detail": str, ...facts}


def check_barcodes() -> Check:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode import createBarcodeDrawing, getCodes

    codes = sorted(getCodes())  # imports every barcode module by name, as slips and labels do
    pdf = renderPDF.drawToString(createBarcodeDrawing("Code128", value="SELFTEST-128"))
    ok = "Code128" in codes and pdf.startswith(b"%PDF")
    return {"ok": ok, "detail": f"{len(codes)} barcode types load; Code128 draws", "codes": codes}


def check_translations() -> Check:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .ui.i18n import TRANSLATIONS

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    loaded: dict[str, bool] = {}
    sample = ""
    for name, folder in (("shipdesk_fr", TRANSLATIONS), ("qtbase_fr", qt_folder)):
        translator = QTranslator()
        loaded[name] = translator.load(name, str(folder)) and not translator.isEmpty()
        if name == "shipdesk_fr" and loaded[name]:
            sample = translator.translate("MainWindow", "&File")
    missing = [name for name, ok in loaded.items() if not ok]
    detail = f"French loads (\"&File\" -> \"{sample}\")" if not missing else f"not found: {', '.join(missing)}"
    return {"ok": not missing, "detail": detail, "loaded": loaded, "folders": [str(TRANSLATIONS), str(qt_folder)]}


def _backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_facts() -> dict[str, Any]:
    """The backend keyring uses here ("backend": the first of a chain), and whether it can keep a secret."""
    import keyring
    from keyring.backend import get_all_keyring

    chosen = keyring.get_keyring()
    chained = [_backend_name(b) for b in getattr(chosen, "backends", None) or []]
    effective = chained[0] if chained else _backend_name(chosen)
    return {"backend": effective, "chosen": _backend_name(chosen), "chained": chained,
            "viable": sorted(_backend_name(b) for b in get_all_keyring()),
            "usable": not effective.startswith(("keyring.backends.fail.", "keyring.backends.null."))}


def check_keyring(roundtrip: bool) -> Check:
    import keyring

    facts = keyring_facts()
    effective, usable = facts["backend"], facts["usable"]
    if not usable:
        # Not a failure of the build: there is no keyring service in this session (a server, a CI box).
        return {"ok": True, "detail": f"NO keyring service: {effective} (keys cannot be saved here)", **facts}
    if not roundtrip:
        return {"ok": True, "detail": effective, **facts}
    username, secret = f"entry-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    try:
        keyring.set_password(ROUNDTRIP_SERVICE, username, secret)
        read_back = keyring.get_password(ROUNDTRIP_SERVICE, username)
        keyring.delete_password(ROUNDTRIP_SERVICE, username)
        gone = keyring.get_password(ROUNDTRIP_SERVICE, username) is None
    except Exception as exc:  # each backend raises its own types; the message names no secret
        return {"ok": False, "detail": f"{effective}: write/read/delete failed ({type(exc).__name__}: {exc})",
                **facts}
    ok = read_back == secret and gone
    return {"ok": ok, "detail": f"{effective}: wrote, read back and deleted an entry" if ok
            else f"{effective}: the entry read back differs or was not deleted", "roundtrip": ok, **facts}


def check_printers() -> Check:
    from PySide6.QtCore import QLibraryInfo

    from .printing.printers import list_printers

    plugin_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "printsupport"
    plugins = sorted(p.name for p in plugin_dir.glob("*")) if plugin_dir.is_dir() else []
    printers = list_printers()
    names = [p.name for p in printers]
    if sys.platform.startswith("linux"):
        cups = [p for p in plugins if "cups" in p.lower()]
        ok = bool(cups)
        source = f"CUPS ({cups[0]})" if cups else f"no CUPS print-support plugin in {plugin_dir}"
    else:  # Windows' spooler and macOS printing are built into QtPrintSupport itself
        ok, source = True, {"win32": "Windows print spooler", "darwin": "macOS printing (CUPS)"}.get(
            sys.platform, sys.platform)
    return {"ok": ok, "detail": f"{len(names)} printer(s) from {source}", "source": source, "printers": names,
            "default": next((p.name for p in printers if p.is_default), None), "plugins": plugins,
            "cups_server": os.environ.get("CUPS_SERVER")}


def check_label(out_dir: Path) -> Check:
    from .core.demo_sandbox import DemoSandbox
    from .core.session import SessionOptions, open_session
    from .core.shipping import LabelRequest, ShippingService
    from .printing.pdf import LoadedPdf, check_fit
    from .printing.printers import PrinterProfile

    profile = Path(tempfile.mkdtemp(prefix="shipdesk-selftest-"))
    session = open_session(SessionOptions(demo=True, profile_dir=str(profile), demo_orders=20))
    own_process = isinstance(session.sandbox, DemoSandbox)  # else it fell back in-process: the log says why
    try:
        assert session.v1 is not None
        page = session.v1.list_orders(order_status="awaiting_shipment")
        order = next(o for o in page.orders if o.ship_to is not None and o.ship_to.country == "US")
        entry = ShippingService(session).buy_label(LabelRequest(
            "v1", order_id=str(order.order_id), order_number=order.order_number, carrier="stamps_com",
            service="usps_priority_mail", package="package", ship_to=order.ship_to))
    finally:
        session.close()
        shutil.rmtree(profile, ignore_errors=True)
    assert entry.label_bytes, "the purchase stored no label"
    image = LoadedPdf(entry.label_bytes).render(0, LABEL_DPI)
    fit = check_fit(entry.label_bytes, PrinterProfile("selftest"))
    dark = _dark_share(image)
    png = out_dir / "selftest-label.png"
    image.save(str(png))
    (out_dir / "selftest-label.pdf").write_bytes(entry.label_bytes)
    decoded = _decode(image)
    ok = own_process and fit.ok and 0.01 < dark < 0.6 and (decoded is None or entry.tracking_number in decoded)
    detail = (f"tracking {entry.tracking_number}: {image.width()}x{image.height()} px at {LABEL_DPI} dpi, "
              f"{dark:.0%} ink" + (f", barcode reads {decoded}" if decoded is not None else "")
              + ("" if own_process else "; the demo sandbox could not run as a child process (see the log)"))
    return {"ok": ok, "detail": detail, "tracking_number": entry.tracking_number, "png": str(png),
            "sandbox_process": own_process,
            "size_px": [image.width(), image.height()], "ink": round(dark, 4), "fit_problems": fit.problems,
            "decoded": decoded}


def _dark_share(image: QImage) -> float:
    """Share of dark pixels on a coarse grid: a blank (transparent or white) render has none."""
    step, dark, total = 3, 0, 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 128
    return dark / max(total, 1)


def _decode(image: QImage) -> list[str] | None:
    """The barcodes zxing-cpp reads, when it is installed (a test extra, not in the bundle)."""
    try:
        import zxingcpp
    except ImportError:
        return None
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))]


def check_window() -> Check:
    from .app import build_parser, run_gui

    profile = Path(tempfile.mkdtemp(prefix="shipdesk-selftest-"))
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            code = run_gui(build_parser().parse_args(["--demo", "--smoke", "--profile-dir", str(profile)]))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    found = re.search(r"ready \((\d+) orders on screen\)", printed.getvalue())
    shown = int(found[1]) if found else 0
    return {"ok": code == 0 and shown > 0, "detail": f"main window shows {shown} demo orders" if found
            else f"no orders on screen (exit {code}): {printed.getvalue().strip()[-200:]}", "orders": shown}


def _run(check: Callable[[], Check]) -> Check:
    try:
        return check()
    except Exception as exc:
        return {"ok": False, "detail": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}


def run_checks(out_dir: Path, keyring_roundtrip: bool) -> dict[str, Any]:
    # The API layer (pydantic) before Qt, as app.run_gui does: PySide6's import hook can catch it half-imported.
    from .core.session import open_session  # noqa: F401  # isort: skip

    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    checks = {
        "barcodes": _run(check_barcodes),
        "translations": _run(check_translations),
        "keyring": _run(lambda: check_keyring(keyring_roundtrip)),
        "printers": _run(check_printers),
        "label": _run(lambda: check_label(out_dir)),
        "window": _run(check_window),  # last: it runs the event loop until orders are on screen
    }
    return {"version": __version__, "frozen": bool(getattr(sys, "frozen", False)), "python": sys.version.split()[0],
            "qt": qVersion(), "os": sys.platform, "qpa": QApplication.platformName() if app else "",
            "ok": all(c["ok"] for c in checks.values()), "checks": checks}


def print_report(report: dict[str, Any], out: Any) -> None:
    if out is None:  # windowed Windows build: no console
        return
    print(f"ShipDesk {report['version']} selftest (frozen={report['frozen']}, Qt {report['qt']}, "
          f"platform {report['qpa']})", file=out)
    for name, check in report["checks"].items():
        print(f"  {'PASS' if check['ok'] else 'FAIL'} {name:<13} {check['detail']}", file=out)
    print("Result: " + ("OK" if report["ok"] else "problems found (exit code 1)"), file=out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="ShipDesk selftest", description="Check this copy of ShipDesk "
                                     "works here, in demo mode (nothing real is touched).")
    parser.add_argument("--report", type=Path, metavar="FILE", help="write the report as JSON to FILE")
    parser.add_argument("--out", type=Path, metavar="DIR", help="keep the rendered label (PNG, PDF) in DIR")
    parser.add_argument("--keyring-roundtrip", action="store_true",
                        help="write, read back and delete a throwaway keyring entry")
    parser.add_argument("--json", action="store_true", help="print the JSON report instead of text")
    args = parser.parse_args(argv)
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="shipdesk-selftest-out-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        report = run_checks(out_dir, args.keyring_roundtrip)
    finally:
        if args.out is None:
            shutil.rmtree(out_dir, ignore_errors=True)
    if args.report:
        args.report.write_text(json.dumps(report, indent=2), encoding="utf-8")
    if args.json and sys.stdout is not None:
        print(json.dumps(report, indent=2))
    else:
        print_report(report, sys.stdout)
    return 0 if report["ok"] else 1
