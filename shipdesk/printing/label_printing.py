"""Bought labels to paper: the journal's labels (and their customs forms) through the print queue.

Every print goes through the persistent queue, so an offline printer never loses a label. A label printed
from here is marked printed in the journal; a label the station meant to print on purchase but never did
(ShipDesk died between buying and printing) is queued again at start-up. Reprints read the local copy:
nothing here ever buys.
"""

from __future__ import annotations

from ..core.db import Database
from ..core.journal import JournalEntry, LabelJournal
from .printers import PrinterProfile, PrintError, Transport
from .queue import DOCUMENT, DONE, LABEL, PrintJob, PrintQueue, Send, send_label
from .station import Station

NO_LABEL_PRINTER = "No label printer is set up for this station: choose one in Settings → Printers."
NO_DOCUMENT_PRINTER = "No document printer is set up for this station: choose one in Settings → Printers."


def label_title(entry: JournalEntry) -> str:
    order = f"order {entry.order_number}" if entry.order_number else "label"
    return f"ShipDesk {order} {entry.tracking_number or ''}".strip()


class LabelPrinting:
    def __init__(self, db: Database, station: Station, journal: LabelJournal | None = None,
                 queue: PrintQueue | None = None) -> None:
        self.station = station  # replaced when the packer changes printers
        self.journal = journal or LabelJournal(db)
        self.queue = queue or PrintQueue(db)

    # -- what goes where --------------------------------------------------------------------------

    def _label_profile(self, entry: JournalEntry) -> PrinterProfile:
        profile = self.station.label
        if profile is None:
            raise PrintError(NO_LABEL_PRINTER)
        fmt = entry.label_format or "pdf"
        wants = "zpl" if profile.transport is not Transport.SYSTEM else "pdf"
        if fmt != wants:
            raise PrintError(
                f"This label was bought as {fmt.upper()} but the label printer {profile.printer} takes "
                f"{wants.upper()}: print it from the label history on a {fmt.upper()} printer, or void it and "
                "buy it again for this printer.")
        return profile

    def form_profile(self, form_pdf: bytes) -> PrinterProfile:
        """Customs forms go to the label printer when it is a PDF printer holding the form's size, else to
        the document printer (printed at actual size on its paper)."""
        label = self.station.label
        if label is not None and label.transport is Transport.SYSTEM:
            from .pdf import check_fit  # QtPdf loads only when a form is printed

            if check_fit(form_pdf, label).ok:
                return label
        if self.station.documents is None:
            raise PrintError("This label came with a customs form, and it needs a document printer: choose one "
                             "in Settings → Printers, then print the form from the label history.")
        return self.station.documents

    # -- queueing -----------------------------------------------------------------------------------

    def print_label(self, entry: JournalEntry, *, with_forms: bool = True) -> list[int]:
        """Queues the label (and its customs forms) from the local copy; returns the print job ids."""
        if not entry.has_label:
            raise PrintError("This purchase has no label to print.")
        if entry.voided_at is not None:
            raise PrintError("This label was voided: it must not go on a parcel. Buy a new label for the order.")
        if not entry.label_bytes:
            raise PrintError(entry.label_note or "ShipDesk has no copy of this label's file.")
        fmt = entry.label_format or "pdf"
        if fmt == "png":
            raise PrintError("This label was bought as a PNG image, which ShipDesk shows but does not print: "
                             "choose PDF or ZPL for this station's label printer.")
        profile = self._label_profile(entry)
        jobs = [self.queue.enqueue(entry.label_bytes, fmt, profile, journal_id=entry.id, title=label_title(entry))]
        form = entry.form_bytes
        if with_forms and form:
            jobs.append(self.print_form(entry))
        return jobs

    def print_form(self, entry: JournalEntry) -> int:
        form = entry.form_bytes
        if not form:
            raise PrintError("This label has no customs form.")
        profile = self.form_profile(form)
        kind = LABEL if profile is self.station.label else DOCUMENT
        return self.queue.enqueue(form, "pdf", profile, journal_id=None, title=f"{label_title(entry)} customs form",
                                  kind=kind)

    def print_document(self, pdf: bytes, title: str) -> int:
        """A packing slip or pick list to the document printer (actual size, on its paper)."""
        profile = self.station.documents
        if profile is None:
            raise PrintError(NO_DOCUMENT_PRINTER)
        return self.queue.enqueue(pdf, "pdf", profile, title=title, kind=DOCUMENT)

    def resume_after_crash(self) -> list[int]:
        """Queues the labels the station meant to print on purchase that never reached the queue."""
        jobs: list[int] = []
        for entry in self.journal.all():
            if (entry.has_label and entry.print_on_purchase and entry.print_status == "pending"
                    and entry.label_bytes and not self.queue.for_journal(entry.id)):
                try:
                    jobs += self.print_label(entry)
                except PrintError:
                    continue  # no printer or no copy: the history shows it unprinted, with the reason
        return jobs

    # -- printing -----------------------------------------------------------------------------------

    def process(self, send: Send = send_label) -> list[PrintJob]:
        """One pass over the queue; labels that reached the printer are marked printed in the journal."""
        return self._mark_printed(self.queue.process_once(send))

    def print_now(self, entry: JournalEntry, send: Send = send_label) -> list[PrintJob]:
        """`print_label`, then straight to the printer rather than waiting for a print pass (scan to ship); what
        can't go now (an older job waits for that printer) stays queued, what fails is held, as in a pass."""
        return self._mark_printed(self.queue.send_now(self.print_label(entry), send))

    def _mark_printed(self, ended: list[PrintJob]) -> list[PrintJob]:
        for job in ended:
            if job.state == DONE and job.journal_id is not None:
                self.journal.mark_printed(job.journal_id)
        return ended

    def retry_held(self, send: Send = send_label) -> list[PrintJob]:
        self.queue.requeue_held()
        return self.process(send)

