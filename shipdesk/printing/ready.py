"""Send a print job only when the OS queue would print it now.

A paused (cupsdisable) or stopped queue still accepts jobs and sits on them, so sending would mark a label
"printed" while no paper came out, and the packer could no longer move it to another printer. Asking the
queue first keeps such a job held in ShipDesk's own queue with the reason in words; the print runner
retries it, and it prints the moment the queue is resumed. A port 9100 printer has no queue to ask: the
connection itself tells.
"""

from __future__ import annotations

from .printers import PrinterProfile, PrintError, Transport, printer_state
from .queue import send_label


def spooler_problem(profile: PrinterProfile) -> str | None:
    """Why the profile's OS queue would not print now, in words; None when it would (or for port 9100)."""
    if profile.transport is Transport.TCP9100:
        return None
    state = printer_state(profile.printer)
    if state is None:
        return f"printer {profile.printer!r} is not installed on this computer (it was removed or renamed)"
    if state == "stopped":
        return f"printer {profile.printer!r} is paused or stopped in the print spooler"
    return None


def send_when_ready(data: bytes, fmt: str, profile: PrinterProfile, title: str, /, *, check: bool = True) -> str:
    """`queue.send_label`, after checking that the queue is there and not paused (PrintError if not)."""
    problem = spooler_problem(profile)
    if problem is not None:
        raise PrintError(problem)
    return send_label(data, fmt, profile, title, check=check)
