"""The Rates tab: rate the selected order with every carrier (V1 and V2) and compare in one table.

Follows `ctx.order_selected`. The carrier, package and warehouse lists are loaded once in `start()`;
every API and disk call runs on the worker runner. One carrier failing is said in words under the table;
only a rating where nothing at all could be priced raises the sticky banner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..api.errors import Unreachable
from ..api.v1.models import Order
from ..config import RatePreset
from ..core.rate_catalog import RateCatalog, load_catalog
from ..core.rate_presets import apply_preset
from ..core.rating import RateOption, RatingResult, rate_shipment, shipment_from_order
from .context import UiContext
from .purchase import PurchaseFlow
from .purchase_bar import PurchaseBar
from .rates_form import ShipmentForm
from .rates_model import DELIVERY, PRICE, RatesModel
from .rates_presets import PresetBar
from .words import say
from .workers import Job

_NOTE_STYLES = {"warning": "color:#663c00; background:#fff4e5; border:1px solid #ffd699; padding:4px;",
                "info": "color:#0d3c61; background:#e8f4fd; border:1px solid #b6dcf7; padding:4px;",
                "muted": "color:#555555; padding:2px;"}


def _note_label(style: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"QLabel {{{_NOTE_STYLES[style]}}}")
    label.hide()
    return label


class RatesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalog: RateCatalog | None = None
        self.order: Order | None = None
        self.result: RatingResult | None = None
        self._rating_job: Job | None = None
        self._catalog_job: Job | None = None
        self._request = 0  # results of an older request (another order, older form) are dropped
        self._build()
        ctx.order_selected.connect(self.show_order)

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel(self.tr("No order selected: choose one in the Orders tab."))
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.form = ShipmentForm()
        self.form.edited.connect(self._form_edited)
        self.get_rates_button = QPushButton(self.tr("&Get rates"))
        self.get_rates_button.setDefault(True)
        self.get_rates_button.clicked.connect(self.refresh)
        for line in (self.form.city, self.form.state, self.form.postal, self.form.country):
            line.returnPressed.connect(self.refresh)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: the calls don't say how far along they are
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.busy_label = QLabel()
        self.preset_bar = PresetBar(self.ctx)
        self.preset_bar.chosen.connect(self._preset_chosen)
        self.preset_bar.save_asked.connect(self.save_preset)
        self.presets, self.save_preset_button = self.preset_bar.combo, self.preset_bar.save_button
        left = QVBoxLayout()
        left.addWidget(self.preset_bar)
        left.addWidget(self.form)
        left.addWidget(self.get_rates_button)
        left.addWidget(self.busy_bar)
        left.addWidget(self.busy_label)
        left.addStretch(1)
        self.model = RatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(PRICE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # header clicks call the model's own sort
        header.sortIndicatorChanged.connect(lambda *_: self._sync_sort_buttons())
        self.cheapest_button = QPushButton(self.tr("&Cheapest first"))
        self.fastest_button = QPushButton(self.tr("&Fastest first"))
        self.sort_group = QButtonGroup(self)
        for button in (self.cheapest_button, self.fastest_button):
            button.setCheckable(True)
            self.sort_group.addButton(button)
        self.cheapest_button.setChecked(True)
        self.cheapest_button.clicked.connect(lambda: self.sort_by("price"))
        self.fastest_button.clicked.connect(lambda: self.sort_by("speed"))
        self.stale_label = QLabel()
        self.stale_label.setStyleSheet("color:#8a6d00;")
        sort_row = QHBoxLayout()
        sort_row.addWidget(QLabel(self.tr("Sort:")))
        sort_row.addWidget(self.cheapest_button)
        sort_row.addWidget(self.fastest_button)
        sort_row.addWidget(self.stale_label, 1)
        self.problems_label = _note_label("warning")
        self.unrated_label = _note_label("muted")
        self.notes_label = _note_label("info")
        right = QVBoxLayout()
        right.addLayout(sort_row)
        right.addWidget(self.table, 1)
        # Buying: the selected rate (or the preset's, selected after rating) through PurchaseFlow.
        self.purchase = PurchaseFlow(self.ctx, self)
        self.purchase_bar = PurchaseBar(self.ctx, self.purchase, self)
        right.addWidget(self.purchase_bar)
        right.addWidget(self.problems_label)
        right.addWidget(self.unrated_label)
        right.addWidget(self.notes_label)
        columns = QHBoxLayout()
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(480)
        columns.addWidget(left_widget)
        columns.addLayout(right, 1)
        columns.addWidget(self.purchase_bar.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)
        self.get_rates_button.setEnabled(False)
        self.setTabOrder(self.presets, self.save_preset_button)
        self.setTabOrder(self.save_preset_button, self.form)
        self.setTabOrder(self.form, self.get_rates_button)
        self.setTabOrder(self.get_rates_button, self.cheapest_button)
        self.setTabOrder(self.cheapest_button, self.fastest_button)
        self.setTabOrder(self.fastest_button, self.table)
        self.setTabOrder(self.table, self.purchase_bar.buy_button)

    # -- start-up: the lists, once ----------------------------------------------------------------

    def start(self) -> None:
        if self.catalog is None and self._catalog_job is None:
            self._catalog_job = self.ctx.runner.run(
                lambda job: load_catalog(self.ctx.session, job.check), name="load carriers",
                on_result=self._catalog_loaded, on_error=self._catalog_failed)

    def _catalog_loaded(self, catalog: RateCatalog) -> None:
        self._catalog_job = None
        self.catalog = catalog
        self.form.set_catalog(catalog)
        self.preset_bar.set_catalog(catalog)
        if catalog.problems:
            self._show(self.notes_label, "\n".join(say(w) for w in catalog.problems))

    def _catalog_failed(self, exc: Exception) -> None:
        self._catalog_job = None  # "Get rates" loads the lists again
        self.ctx.report_error(exc, self.tr("Loading carriers and packages"))

    # -- the order ----------------------------------------------------------------------------------

    def show_order(self, order: Order | None) -> None:
        """Follow the Orders tab: a new order resets the form and clears the old rates."""
        if order is None:
            return
        same = self.order is not None and order.order_id == self.order.order_id and \
            order.modify_date == self.order.modify_date
        if same:
            return  # the same order sent again (a refresh): keep the packer's edits
        self.order = order
        self._request += 1
        self._set_busy(False)
        shipment = shipment_from_order(order, self.catalog)
        preset = self.preset_bar.selected()
        if preset is not None:
            shipment = apply_preset(shipment, preset)
        self.form.set_shipment(shipment)
        self.header.setText(self._order_words(order))
        self.model.clear()
        self.model.set_chosen(shipment.carrier_code, shipment.service_code)
        self.result = None
        for label in (self.problems_label, self.unrated_label):
            label.hide()
        self.stale_label.setText("")
        self.get_rates_button.setEnabled(True)
        self.purchase_bar.refresh()

    def _order_words(self, order: Order) -> str:
        to = order.ship_to
        name = (to.name or to.company or "") if to else ""
        place = " ".join(p for p in ((to.city, to.state or to.country) if to else ()) if p)
        return self.tr("Order %1 — %2, %3").replace("%1", order.order_number).replace("%2", name).replace(
            "%3", place)

    def _form_edited(self) -> None:
        if self.model.rowCount():
            self.model.set_stale(True)
            self.stale_label.setText(self.tr("The shipment changed: press Get rates for new prices."))

    # -- rating ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Get rates for the shipment as the form shows it (F5, the button, Ctrl+Shift+R)."""
        shipment = self.form.shipment()
        if shipment is None:
            self._show(self.problems_label, self.tr("Choose an order in the Orders tab first."))
            return
        if self._rating_job is not None:
            self._rating_job.cancel()
        self._request += 1
        request = self._request
        session, catalog = self.ctx.session, self.catalog

        def work(job: Job) -> tuple[RateCatalog, RatingResult]:
            cat = catalog or load_catalog(session, job.check)
            job.check()
            return cat, rate_shipment(session, cat, shipment)

        self._set_busy(True)
        self._rating_job = self.ctx.runner.run(
            work, name="get rates", on_result=lambda r: self._rated(request, r),
            on_error=lambda exc: self._rating_failed(request, exc))

    def _rated(self, request: int, answer: tuple[RateCatalog, RatingResult]) -> None:
        if request != self._request:
            return
        self._set_busy(False)
        catalog, result = answer
        if self.catalog is None:
            self._catalog_loaded(catalog)
        self.result = result
        self.model.set_rates(result.options)
        self.stale_label.setText("")
        self._show_words(result)
        shipment = self.form.shipment()
        if shipment is not None:
            self.model.set_chosen(shipment.carrier_code, shipment.service_code)
            row = self.model.row_of(shipment.carrier_code, shipment.service_code)
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        if result.options:
            self.ctx.succeeded()
        elif result.problems:
            self._nothing_rated(result)

    def _show_words(self, result: RatingResult) -> None:
        problems = [say(w) for w in result.blockers] + [say(p.message) for p in result.problems]
        self._show(self.problems_label, "\n".join(f"• {t}" for t in problems))
        unrated = [self.tr("%1 (%2): %3").replace("%1", u.service_name).replace("%2", u.carrier_name).replace(
            "%3", say(u.reason)) for u in result.unrated]
        self._show(self.unrated_label, self.tr("Not rated:") + "\n" + "\n".join(f"• {t}" for t in unrated)
                   if unrated else "")
        self._show(self.notes_label, "\n".join(say(w) for w in result.notes))

    def _nothing_rated(self, result: RatingResult) -> None:
        """No price at all: that must not be missed, so the banner stays until acknowledged."""
        offline = next((p.error for p in result.problems if isinstance(p.error, Unreachable)), None)
        if offline is not None:
            self.ctx.report_error(offline, self.tr("Getting rates"))
            return
        text = self.tr("No carrier could rate order %1:").replace("%1", self.order.order_number if self.order else "")
        lines = "\n".join(f"• {say(p.message)}" for p in result.problems)
        hint = self.tr("Help → Support report has the details for ShipStation.")
        self.ctx.banners.show_banner("rates", f"{text}\n{lines}\n{hint}", "error", sticky=True)

    def _rating_failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self._set_busy(False)
        self.ctx.report_error(exc, self.tr("Getting rates"))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._rating_job = None
        self.busy_bar.setVisible(busy)
        self.busy_label.setText(self.tr("Getting rates from every carrier…") if busy else "")
        self.get_rates_button.setEnabled(not busy and self.order is not None)
        self.purchase_bar.refresh()

    @property
    def busy(self) -> bool:
        return self._rating_job is not None

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # -- sorting --------------------------------------------------------------------------------------

    def sort_by(self, key: str) -> None:
        """"price": cheapest first; "speed": fastest first (unknown delivery times last)."""
        self.table.sortByColumn(PRICE if key == "price" else DELIVERY, Qt.SortOrder.AscendingOrder)

    def _sync_sort_buttons(self) -> None:
        key = self.model.sort_key
        self.sort_group.setExclusive(False)
        self.cheapest_button.setChecked(key == "price")
        self.fastest_button.setChecked(key == "speed")
        self.sort_group.setExclusive(True)

    def selected_option(self) -> RateOption | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.option(rows[0].row()) if rows else None

    # -- presets ----------------------------------------------------------------------------------

    def apply_preset(self, name: str) -> None:
        """Choose a station preset by name ("" for none), as picking it in the combo does."""
        self.preset_bar.choose(name)

    def _preset_chosen(self, preset: RatePreset | None) -> None:
        shipment = self.form.shipment()
        if preset is None or shipment is None:
            return
        shipment = apply_preset(shipment, preset)  # package, confirmation, insurance; its service is marked
        self.form.set_shipment(shipment)
        self.model.set_chosen(shipment.carrier_code, shipment.service_code)
        self._form_edited()

    def save_preset(self, name: str) -> RatePreset | None:
        """Keep the chosen rate's carrier and service with the form's package, confirmation and insurance."""
        shipment = self.form.shipment()
        if shipment is None:
            self._show(self.problems_label, self.tr("Choose an order in the Orders tab first."))
            return None
        preset, problem = self.preset_bar.save(name, shipment, self.selected_option())
        if preset is None:
            self._show(self.problems_label, say(problem))
            return None
        self.form.set_shipment(apply_preset(shipment, preset))
        self.model.set_chosen(preset.carrier_code, preset.service_code)
        return preset
