"""The shipment the packer rates: ship-to, weight, sizes, package, confirmation, ship-from. Editable."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..api.v1.models import Address
from ..core.rate_catalog import GENERIC_PACKAGE, RateCatalog
from ..core.rating import ShipmentToRate


def _spin(maximum: float, decimals: int = 2, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)  # one "edited" per finished number, not per keystroke
    box.setMinimumWidth(72)
    return box


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A row label whose &-letter jumps to `widget` (rows holding a layout get no buddy by themselves)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ShipmentForm(QGroupBox):
    edited = Signal()  # the packer changed something: the prices on screen no longer fit
    _loading = False  # True while the form is filled from code: not the packer's edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shipment"), parent)
        self._base: ShipmentToRate | None = None
        self._catalog = RateCatalog()
        form = QFormLayout(self)
        # Ship-to: the parts carriers rate on (street and name stay as the order has them).
        self.city = QLineEdit()
        self.state = QLineEdit()
        self.state.setMaxLength(30)
        self.state.setPlaceholderText(self.tr("State"))
        self.postal = QLineEdit()
        self.postal.setPlaceholderText(self.tr("Postal code"))
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("Country"))
        self.country.setFixedWidth(44)
        self.residential = QCheckBox(self.tr("Residential"))
        form.addRow(self.tr("Ship to &city:"), self.city)
        place = QHBoxLayout()
        for widget in (self.state, self.postal, self.country):
            place.addWidget(widget)
        form.addRow(_buddy(self.tr("State, &postal code, country:"), self.state), place)
        form.addRow("", self.residential)
        # Weight and size.
        self.weight = _spin(2000, 2)
        self.weight_unit = QComboBox()
        for text, unit in ((self.tr("oz"), "ounces"), (self.tr("lb"), "pounds"), (self.tr("g"), "grams")):
            self.weight_unit.addItem(text, unit)
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight, 1)
        weight_row.addWidget(self.weight_unit)
        form.addRow(_buddy(self.tr("&Weight:"), self.weight), weight_row)
        self.length, self.width, self.height = _spin(500, 1), _spin(500, 1), _spin(500, 1)
        self.dimension_unit = QComboBox()
        for text, unit in ((self.tr("in"), "inches"), (self.tr("cm"), "centimeters")):
            self.dimension_unit.addItem(text, unit)
        size_row = QHBoxLayout()
        for i, widget in enumerate((self.length, self.width, self.height)):
            if i:
                size_row.addWidget(QLabel("×"))
            size_row.addWidget(widget, 1)
        size_row.addWidget(self.dimension_unit)
        form.addRow(_buddy(self.tr("&Size (L × W × H):"), self.length), size_row)
        # Choices.
        self.package = QComboBox()
        self.confirmation = QComboBox()
        for text, code in ((self.tr("No confirmation"), "none"), (self.tr("Delivery confirmation"), "delivery"),
                           (self.tr("Signature"), "signature"), (self.tr("Adult signature"), "adult_signature"),
                           (self.tr("Direct signature (FedEx)"), "direct_signature")):
            self.confirmation.addItem(text, code)
        self.warehouse = QComboBox()
        self.insure = QCheckBox(self.tr("Insure when buying the label"))
        form.addRow(self.tr("P&ackage:"), self.package)
        form.addRow(self.tr("C&onfirmation:"), self.confirmation)
        form.addRow(self.tr("Ship &from:"), self.warehouse)
        form.addRow("", self.insure)
        self._set_packages()
        for line in (self.city, self.state, self.postal, self.country):
            line.textEdited.connect(self._changed)
        for spin in (self.weight, self.length, self.width, self.height):
            spin.valueChanged.connect(self._changed)
        for combo in (self.weight_unit, self.dimension_unit, self.package, self.confirmation, self.warehouse):
            combo.activated.connect(self._changed)
        for check in (self.residential, self.insure):
            check.clicked.connect(self._changed)
        self.setEnabled(False)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    # -- lists from the catalog -------------------------------------------------------------------

    def set_catalog(self, catalog: RateCatalog) -> None:
        current = self.shipment() if self._base is not None else None
        self._catalog = catalog
        self._loading = True
        try:
            self._set_packages()
            self.warehouse.clear()
            for w in catalog.warehouses:
                place = w.origin_address
                where = ", ".join(p for p in (place.city, place.state) if p) if place else ""
                self.warehouse.addItem(f"{w.warehouse_name or w.warehouse_id} — {where}" if where
                                       else str(w.warehouse_name or w.warehouse_id), w.warehouse_id)
        finally:
            self._loading = False
        if current is not None:
            self.set_shipment(current)

    def _set_packages(self) -> None:
        self.package.clear()
        for carrier_code, package in self._catalog.packages():
            name = package.name or package.code
            if carrier_code is None:
                self.package.addItem(self.tr("%1 (any carrier)").replace("%1", name), package.code)
            else:
                self.package.addItem(f"{self._catalog.carrier_name(carrier_code)}: {name}", package.code)

    # -- shipment in and out ----------------------------------------------------------------------

    def set_shipment(self, shipment: ShipmentToRate) -> None:
        self._base = shipment
        self._loading = True
        try:
            to = shipment.ship_to
            self.city.setText(to.city or "")
            self.state.setText(to.state or "")
            self.postal.setText(to.postal_code or "")
            self.country.setText((to.country or "").upper())
            self.residential.setChecked(bool(to.residential))
            self.weight.setValue(float(shipment.weight))
            _select(self.weight_unit, shipment.weight_unit)
            for spin, value in ((self.length, shipment.length), (self.width, shipment.width),
                                (self.height, shipment.height)):
                spin.setValue(float(value))
            _select(self.dimension_unit, shipment.dimension_unit)
            if self.package.findData(shipment.package_code) < 0:  # a code the lists don't know: keep it
                self.package.addItem(shipment.package_code, shipment.package_code)
            _select(self.package, shipment.package_code)
            _select(self.confirmation, shipment.confirmation)
            _select(self.warehouse, shipment.warehouse_id)
            self.insure.setChecked(shipment.insure)
        finally:
            self._loading = False
        self.setEnabled(True)

    def shipment(self) -> ShipmentToRate | None:
        """The shipment as the form shows it now (None before an order was chosen)."""
        if self._base is None:
            return None
        to: Address = self._base.ship_to.model_copy(update={
            "city": self.city.text().strip() or None, "state": self.state.text().strip() or None,
            "postal_code": self.postal.text().strip() or None,
            "country": self.country.text().strip().upper() or None, "residential": self.residential.isChecked()})
        return replace(
            self._base, ship_to=to, weight=_decimal(self.weight.value()), weight_unit=self.weight_unit.currentData(),
            length=_decimal(self.length.value()), width=_decimal(self.width.value()),
            height=_decimal(self.height.value()), dimension_unit=self.dimension_unit.currentData(),
            package_code=self.package.currentData() or GENERIC_PACKAGE,
            confirmation=self.confirmation.currentData() or "none",
            warehouse_id=self.warehouse.currentData() if self.warehouse.count() else self._base.warehouse_id,
            insure=self.insure.isChecked())


def _decimal(value: float) -> Decimal:
    return Decimal(str(round(value, 2)))
