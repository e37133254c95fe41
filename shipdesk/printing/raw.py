"""ZPL labels sent raw: through the spooler untouched (`lp -o raw`, win32print RAW) or to port 9100.

ZPL must never pass a driver: with a Zebra driver selected CUPS may print the ZPL as text, and a PDF sent
down the raw path prints nothing (shared/notes/packing-bench.md §2.4). `lp` rather than pycups keeps the
app free of a compiled dependency; it honours CUPS_SERVER like every CUPS client.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys

from .printers import FitReport, LabelFitError, PrinterProfile, PrintError, Transport

# ZPL dimensions are whole dots; carriers round 4 in at 203 dpi to 812 or 813.
TOLERANCE_DOTS = 4

_PW = re.compile(rb"\^PW(\d+)")
_LL = re.compile(rb"\^LL(\d+)")
_REQUEST_ID = re.compile(r"request id is (\S+)")


def zpl_dimensions(zpl: bytes) -> tuple[list[int], list[int]]:
    """Every ^PW (print width) and ^LL (label length) value in the data, in dots."""
    return [int(m) for m in _PW.findall(zpl)], [int(m) for m in _LL.findall(zpl)]


def check_zpl_fit(zpl: bytes, profile: PrinterProfile) -> FitReport:
    """Compares ^PW/^LL with the stock at the profile's DPI. A label made for 203 dpi is 2/3 size on a 300
    dpi head and one made for 300 dpi is clipped on a 203 dpi head, so width is checked both ways; a
    length shorter than the stock is fine (a 4x6 label on 4x6.75 doc-tab stock), a longer one is not."""
    want_w, want_h = profile.stock.dots(profile.dpi)
    stock = f"{profile.stock} stock at {profile.dpi} dpi ({want_w}x{want_h} dots)"
    widths, lengths = zpl_dimensions(zpl)
    problems: list[str] = []
    notes: list[str] = []
    if b"^XA" not in zpl:
        problems.append("this is not ZPL (no ^XA): a raw printer would print nothing or garbage")
    for pw in sorted(set(widths)):
        if abs(pw - want_w) > TOLERANCE_DOTS:
            hint = _dpi_hint(pw, profile)
            problems.append(f"label width ^PW{pw} does not match {stock}{hint}")
    for ll in sorted(set(lengths)):
        if ll > want_h + TOLERANCE_DOTS:
            problems.append(f"label length ^LL{ll} is longer than {stock}: it would be cut across two labels")
    if not widths:
        notes.append("no ^PW: the printer's stored width applies, not checked")
    if not lengths:
        notes.append("no ^LL: the printer's stored length applies, not checked")
    return FitReport(problems=problems, notes=notes)


def _dpi_hint(pw: int, profile: PrinterProfile) -> str:
    for dpi in (203, 300):
        if dpi != profile.dpi and abs(pw - profile.stock.dots(dpi)[0]) <= TOLERANCE_DOTS:
            return f"; it was made for a {dpi} dpi printer"
    return ""


def send_cups_raw(data: bytes, printer: str, copies: int = 1, title: str = "ShipDesk label") -> str:
    """Queues `data` untouched on a CUPS queue; returns the CUPS job id (e.g. "Zebra-12").
    A disabled (paused) queue still accepts the job and holds it until it is enabled."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError("the CUPS command `lp` is missing (install cups-client)")
    cmd = [lp, "-d", printer, "-o", "raw", "-n", str(copies), "-t", title, "-"]
    try:
        done = subprocess.run(cmd, input=data, capture_output=True, timeout=30)
    except subprocess.TimeoutExpired as exc:
        raise PrintError(f"the print spooler did not answer for {printer!r}") from exc
    out = done.stdout.decode(errors="replace")
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace").strip() or out.strip()
        raise PrintError(f"printing to {printer!r} failed: {err}")
    found = _REQUEST_ID.search(out)
    if not found:
        raise PrintError(f"the spooler gave no job id for {printer!r}: {out.strip()}")
    return found.group(1)


def cups_pending_jobs(printer: str) -> list[str]:
    """Job ids still waiting on a CUPS queue (not completed, cancelled or aborted)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        raise PrintError("the CUPS command `lpstat` is missing (install cups-client)")
    done = subprocess.run([lpstat, "-o", printer], capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        raise PrintError(f"could not list jobs of {printer!r}: {done.stderr.strip()}")
    return [line.split()[0] for line in done.stdout.splitlines() if line.strip()]


def send_tcp(data: bytes, host: str, port: int = 9100, copies: int = 1, timeout: float = 10.0) -> None:
    """Writes `data` to a networked printer's raw port and closes; the printer prints what it received."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            for _ in range(copies):
                sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)  # end of job for printers that wait for EOF
    except OSError as exc:
        raise PrintError(f"the printer at {host}:{port} is unreachable: {exc}") from exc


def send_win32_raw(data: bytes, printer: str, copies: int = 1, title: str = "ShipDesk label") -> str:
    """Windows spooler, datatype RAW (never TEXT: drivers without it fail with error 1804). Untested here:
    the project's machines are Linux."""
    try:
        import win32print  # type: ignore[import-not-found]
    except ImportError as exc:
        raise PrintError("raw printing on Windows needs pywin32 (pip install pywin32); it is not installed") from exc
    handle = win32print.OpenPrinter(printer)
    try:
        job = win32print.StartDocPrinter(handle, 1, (title, None, "RAW"))
        try:
            for _ in range(copies):
                win32print.StartPagePrinter(handle)
                win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
        finally:
            win32print.EndDocPrinter(handle)
    finally:
        win32print.ClosePrinter(handle)
    return str(job)


def send_zpl(zpl: bytes, profile: PrinterProfile, title: str = "ShipDesk label", check: bool = True) -> str:
    """Sends a ZPL label by the profile's transport; returns the spooler job id ("" for tcp9100).
    Raises LabelFitError before sending when `check` is on and the label does not fit the stock."""
    if check:
        report = check_zpl_fit(zpl, profile)
        if not report.ok:
            raise LabelFitError(report)
    if profile.transport is Transport.TCP9100:
        send_tcp(zpl, profile.host, profile.port, profile.copies)
        return ""
    if profile.transport is Transport.CUPS_RAW:
        if sys.platform == "win32":
            return send_win32_raw(zpl, profile.printer, profile.copies, title)
        return send_cups_raw(zpl, profile.printer, profile.copies, title)
    raise PrintError(f"{profile.printer!r} is a system (PDF) printer: ZPL needs a raw or port 9100 profile")
