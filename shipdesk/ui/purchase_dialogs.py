"""The questions a purchase may ask: confirm the cost, buy another label, a non-Roman address, a PDF label
for a ZPL printer.

Every dialog is opened with `open()` (window-modal, never a nested event loop) and ends with `done(code)`:
one of the `Choice` values, `Choice.CANCEL` for Esc or Cancel. Money is never the default answer where a
second label is at stake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Choice(IntEnum):
    CANCEL = 0  # QDialog.Rejected: Esc, the Cancel button, closing the window
    BUY = 1  # QDialog.Accepted
    TRANSLITERATE = 2
    USE_V2 = 3
    BUY_ANYWAY = 4


def _wrapped(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ChoiceDialog(QDialog):
    """A message, optional content, and a row of buttons that each end the dialog with their Choice."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.body = QVBoxLayout()
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addLayout(self.button_row)
        self.buttons: dict[Choice, QPushButton] = {}

    def add_button(self, text: str, choice: Choice, *, default: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter means the default button only, not whichever has focus
        button.clicked.connect(lambda: self.done(int(choice)))
        self.button_row.addWidget(button)
        self.buttons[choice] = button
        if default:
            button.setDefault(True)
            button.setFocus()
        return button

    def choice(self) -> Choice:
        try:
            return Choice(self.result())
        except ValueError:
            return Choice.CANCEL


@dataclass(frozen=True)
class PurchaseSummary:
    """What the confirm step shows: all of it is what the packer is about to pay for."""

    order_number: str
    ship_to_name: str
    ship_to_city: str
    ship_to_country: str
    carrier: str
    service: str
    cost: str  # already formatted as money
    test_label: bool
    api: str  # "V1" | "V2"
    reship: bool = False
    notes: Sequence[str] = field(default_factory=tuple)


class ConfirmPurchaseDialog(ChoiceDialog):
    """The cost and the label, before any money is spent: Enter buys, Esc cancels."""

    def __init__(self, summary: PurchaseSummary, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reship: buy a second label?") if summary.reship else self.tr("Buy this label?"),
                         parent)
        self.summary = summary
        if summary.reship:
            self.body.addWidget(_wrapped(self.tr(
                "This order has already shipped: this buys a second label for it (a reship), charged again."),
                bold=True))
        form = QFormLayout()
        self.order_label = QLabel(summary.order_number)
        place = ", ".join(p for p in (summary.ship_to_city, summary.ship_to_country) if p)
        self.ship_to_label = QLabel(" — ".join(p for p in (summary.ship_to_name, place) if p))
        self.service_label = QLabel(self.tr("%1 — %2 (%3)").replace("%1", summary.carrier).replace(
            "%2", summary.service).replace("%3", summary.api))
        self.cost_label = QLabel(summary.cost)
        font: QFont = self.cost_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.cost_label.setFont(font)
        self.test_label = QLabel(
            self.tr("Yes — a sample label: nothing is charged, do not ship with it") if summary.test_label
            else self.tr("No — a real label, charged to the account"))
        form.addRow(self.tr("Order:"), self.order_label)
        form.addRow(self.tr("Ship to:"), self.ship_to_label)
        form.addRow(self.tr("Service:"), self.service_label)
        form.addRow(self.tr("Cost:"), self.cost_label)
        form.addRow(self.tr("Test label:"), self.test_label)
        self.body.addLayout(form)
        for note in summary.notes:
            self.body.addWidget(_wrapped(note))
        self.add_button(self.tr("Cancel"), Choice.CANCEL)
        self.buy_button = self.add_button(self.tr("Reship for %1").replace("%1", summary.cost) if summary.reship
                                          else self.tr("Buy for %1").replace("%1", summary.cost), Choice.BUY,
                                          default=True)


class AnotherLabelDialog(ChoiceDialog):
    """The order already has a label: buying another costs again, so No is the default."""

    def __init__(self, order_number: str, existing: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This order already has a label"), parent)
        tracking = ", ".join(existing) or "?"
        self.question = _wrapped(self.tr("Order %1 already has a label (tracking %2). Buy another one?").replace(
            "%1", order_number).replace("%2", tracking), bold=True)
        self.body.addWidget(self.question)
        self.body.addWidget(_wrapped(self.tr(
            "A second label is charged again. Buy another only if the first one is lost or wrong; to print the "
            "first one again, use the label history (a reprint is free).")))
        self.add_button(self.tr("Yes, buy another"), Choice.BUY)
        self.no_button = self.add_button(self.tr("No"), Choice.CANCEL, default=True)


class NonRomanDialog(ChoiceDialog):
    """A ship-to ShipStation V1 would print as ???: each field, its text and the Roman spelling offered."""

    def __init__(self, problems: Sequence[tuple[str, str]], suggestions: dict[str, str], reasons: dict[str, str],
                 *, can_transliterate: bool, transliterate_note: str, v2_note: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Address in non-Roman letters"), parent)
        self.setMinimumWidth(620)
        self.body.addWidget(_wrapped(self.tr(
            "ShipStation V1 prints letters outside the Roman alphabet as ???, so the carrier could not read "
            "this label. Nothing was bought."), bold=True))
        names = {"name": self.tr("Name"), "company": self.tr("Company"), "street1": self.tr("Street"),
                 "street2": self.tr("Street (line 2)"), "street3": self.tr("Street (line 3)"),
                 "city": self.tr("City"), "state": self.tr("State"), "postal_code": self.tr("Postal code"),
                 "country": self.tr("Country"), "phone": self.tr("Phone")}
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("On the order"), self.tr("In Roman letters")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (name, text) in enumerate(problems):
            roman = suggestions.get(name)
            shown = roman if roman is not None else self.tr("none: %1").replace("%1", reasons.get(name, "?"))
            for column, value in enumerate((names.get(name, name), text, shown)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.body.addWidget(self.table)
        hard = [name for name, _ in problems if name not in suggestions]
        if hard:
            self.body.addWidget(_wrapped(self.tr(
                "ShipDesk can't spell every field in Roman letters: someone who reads it must write it on the "
                "order in ShipStation, or buy this label through V2, which prints it as written.")))
        if transliterate_note:
            self.body.addWidget(_wrapped(transliterate_note))
        if v2_note:
            self.body.addWidget(_wrapped(v2_note))
        transliterate = self.add_button(self.tr("Transliterate and buy"), Choice.TRANSLITERATE)
        transliterate.setEnabled(can_transliterate and not hard)
        transliterate.setToolTip(self.tr("Writes the Roman spelling on the order in ShipStation, then buys the "
                                         "V1 label."))
        self.v2_button = self.add_button(self.tr("Use V2"), Choice.USE_V2)
        self.v2_button.setEnabled(not v2_note)
        self.add_button(self.tr("Cancel"), Choice.CANCEL, default=True)


class PdfForZplDialog(ChoiceDialog):
    """A V1 rate on a station whose label printer takes ZPL: V1 only makes PDF, which would not print here."""

    def __init__(self, printer: str, twin_cost: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This label would not print here"), parent)
        self.body.addWidget(_wrapped(self.tr(
            "ShipStation V1 makes PDF labels only, and this station's label printer (%1) takes ZPL: the label "
            "could not be printed here.").replace("%1", printer), bold=True))
        if twin_cost is not None:
            self.body.addWidget(_wrapped(self.tr(
                "The same service is available through V2 for %1, as a ZPL label that prints here.").replace(
                "%1", twin_cost)))
        else:
            self.body.addWidget(_wrapped(self.tr(
                "No V2 rate for this service is shown: choose a V2 rate in the table to print here, or buy the "
                "V1 label and print it from the label history on a PDF printer.")))
        self.add_button(self.tr("Cancel"), Choice.CANCEL, default=twin_cost is None)
        self.add_button(self.tr("Buy V1 anyway (print elsewhere)"), Choice.BUY_ANYWAY)
        if twin_cost is not None:
            self.add_button(self.tr("Buy through V2 for %1").replace("%1", twin_cost), Choice.USE_V2, default=True)
