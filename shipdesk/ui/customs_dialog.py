"""The customs editor for an international label: contents, non-delivery and the item lines.

Pre-filled from the order (its customs lines, else one line per item to be checked). Every change is
checked with `core.customs.validate`; the problems are listed in words and OK stays off until there are
none, so a declaration ShipStation would refuse never reaches a purchase. Opened with `open()`.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.customs import CustomsDeclaration, CustomsLine, validate

DESCRIPTION, QUANTITY, VALUE, HS_CODE, ORIGIN = range(5)
_LINE = Qt.ItemDataRole.UserRole  # the line a row started from: ids, SKU and currency ride along


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace(",", ".")) if text.strip() else None
    except InvalidOperation:
        return None


class CustomsDialog(QDialog):
    def __init__(self, declaration: CustomsDeclaration | None, *, ship_from_country: str | None,
                 ship_to_country: str | None, api: str, problems: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ship_from_country, self.ship_to_country, self.api = ship_from_country, ship_to_country, api
        self.setWindowTitle(self.tr("Customs declaration"))
        self.setMinimumSize(720, 460)
        start = declaration or CustomsDeclaration()
        route = self.tr("This package goes from %1 to %2: the carrier needs a customs declaration.").replace(
            "%1", (ship_from_country or "US").upper()).replace("%2", (ship_to_country or "?").upper())
        intro = QLabel(route)
        intro.setWordWrap(True)
        self.guess_label = QLabel(self.tr(
            "These lines come from the order's items: check each description, value, HS code and country of "
            "origin."))
        self.guess_label.setWordWrap(True)
        self.guess_label.setVisible(start.from_order_items)
        self.contents = QComboBox()
        for value, words in ((v, self._contents_words(v)) for v in
                             ("merchandise", "gift", "documents", "returned_goods", "sample", "other")):
            self.contents.addItem(words, value)
        self.contents.setCurrentIndex(max(self.contents.findData(start.contents), 0))
        self.explanation = QLineEdit(start.contents_explanation or "")
        self.explanation.setPlaceholderText(self.tr("What the contents are"))
        self.non_delivery = QComboBox()
        self.non_delivery.addItem(self.tr("Return to sender"), "return_to_sender")
        self.non_delivery.addItem(self.tr("Treat as abandoned"), "treat_as_abandoned")
        self.non_delivery.setCurrentIndex(max(self.non_delivery.findData(start.non_delivery), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Contents:"), self.contents)
        form.addRow(self.tr("E&xplanation:"), self.explanation)
        form.addRow(self.tr("If &undeliverable:"), self.non_delivery)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Quantity"),
                                              self.tr("Value per item"), self.tr("HS code"),
                                              self.tr("Country of origin")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.remove_button.clicked.connect(self.remove_selected)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        self.total_label = QLabel()
        rows.addWidget(self.total_label)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet("QLabel { color:#611a15; background:#fdecea; padding:4px; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this declaration"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.guess_label)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        for line in start.items:
            self.add_line(line)
        self.contents.currentIndexChanged.connect(self.recheck)
        self.explanation.textChanged.connect(self.recheck)
        self.non_delivery.currentIndexChanged.connect(self.recheck)
        self.table.itemChanged.connect(self.recheck)
        self.recheck()
        if problems and not self.problems():
            self.problems_label.setText("\n".join(f"• {p}" for p in problems))  # ShipDesk's own refusal

    def _contents_words(self, value: str) -> str:
        return {"merchandise": self.tr("Merchandise"), "gift": self.tr("Gift"), "documents": self.tr("Documents"),
                "returned_goods": self.tr("Returned goods"), "sample": self.tr("Commercial sample"),
                "other": self.tr("Other")}[value]

    # -- lines ------------------------------------------------------------------------------------

    def add_line(self, line: CustomsLine | None = None) -> int:
        line = line or CustomsLine(description="", quantity=1, value=Decimal(0))
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        value = "" if line.value in (None, Decimal(0)) and not line.description else f"{line.value}"
        for column, text in ((DESCRIPTION, line.description), (QUANTITY, str(line.quantity)), (VALUE, value),
                             (HS_CODE, line.hs_code or ""), (ORIGIN, line.country_of_origin or "")):
            item = QTableWidgetItem(text)
            if column == DESCRIPTION:
                item.setData(_LINE, line)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.recheck()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.recheck()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _line(self, row: int) -> CustomsLine:
        first = self.table.item(row, DESCRIPTION)
        base: CustomsLine | None = first.data(_LINE) if first is not None else None
        quantity = _number(self._text(row, QUANTITY))
        return CustomsLine(
            description=self._text(row, DESCRIPTION).strip(),
            quantity=int(quantity) if quantity is not None and quantity == quantity.to_integral_value() else 0,
            value=_number(self._text(row, VALUE)) or Decimal(0),
            currency=base.currency if base else "USD", hs_code=self._text(row, HS_CODE).strip() or None,
            country_of_origin=self._text(row, ORIGIN).strip().upper() or None, sku=base.sku if base else None,
            v1_item_id=base.v1_item_id if base else None)

    # -- the declaration --------------------------------------------------------------------------

    def declaration(self) -> CustomsDeclaration:
        contents = self.contents.currentData()
        return CustomsDeclaration(
            contents=contents, non_delivery=self.non_delivery.currentData(),
            items=[self._line(row) for row in range(self.table.rowCount())],
            contents_explanation=self.explanation.text().strip() or None if contents == "other" else None)

    def problems(self) -> list[str]:
        return validate(self.declaration(), self.ship_from_country, self.ship_to_country, api=self.api)

    def recheck(self) -> None:
        self.explanation.setEnabled(self.contents.currentData() == "other")
        declaration = self.declaration()
        problems = self.problems()
        self.problems_label.setText("\n".join(f"• {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        self.total_label.setText(self.tr("Total declared value: %1").replace(
            "%1", f"{declaration.total_value:.2f} {declaration.items[0].currency if declaration.items else 'USD'}"))
