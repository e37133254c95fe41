"""The Rates tab's purchase row: Buy label (Reship… for a shipped order), Test label, Edit customs…, the
quick-ship notice and the line that says how the last purchase went.

The Buy button is on only when a purchase could start: an order, a rate selected, prices not stale, no
rating and no purchase under way (a second click can't buy a second label).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.journal import JournalEntry
from ..core.rating import is_international
from .context import UiContext
from .label_preview import LabelPreview
from .purchase import PurchaseFlow
from .purchase_outcome import ERROR, INFO, SUCCESS, WARNING

if TYPE_CHECKING:
    from .rates_tab import RatesTab

_STYLES = {SUCCESS: "color:#1e4620; background:#edf7ed; border:1px solid #b7dfb9; padding:4px;",
           INFO: "color:#0d3c61; background:#e8f4fd; border:1px solid #b6dcf7; padding:4px;",
           WARNING: "color:#663c00; background:#fff4e5; border:1px solid #ffd699; padding:4px;",
           ERROR: "color:#611a15; background:#fdecea; border:1px solid #f5c2c0; padding:4px;"}


class PurchaseBar(QWidget):
    def __init__(self, ctx: UiContext, flow: PurchaseFlow, tab: RatesTab) -> None:
        super().__init__(tab)
        self.ctx, self.flow, self.tab = ctx, flow, tab
        self.buy_button = QPushButton(self.tr("&Buy label"))
        self.buy_button.clicked.connect(flow.buy)
        font = self.buy_button.font()
        font.setBold(True)
        self.buy_button.setFont(font)
        self.test_label = QCheckBox(self.tr("&Test label"))
        self.test_label.setToolTip(self.tr("A sample label: nothing is charged and it must not be shipped with."))
        self.customs_button = QPushButton(self.tr("Edit c&ustoms…"))
        self.customs_button.clicked.connect(flow.edit_customs)
        self.quick_label = QLabel(self.tr("Quick ship (no confirm): Buy label buys at once."))
        self.quick_label.setStyleSheet("QLabel { color:#663c00; font-weight:bold; }")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.level = ""
        # The last bought label as the label printer will print it; the tab places it beside the rates.
        self.preview = LabelPreview(ctx.runner)  # drawn off the UI thread
        self.preview.setMinimumWidth(220)
        self.preview.setMaximumWidth(320)
        self.preview.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.buy_button)
        row.addWidget(self.test_label)
        row.addWidget(self.customs_button)
        row.addStretch(1)
        row.addWidget(self.quick_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        flow.busy_changed.connect(lambda _busy: self.refresh())
        flow.outcome.connect(self.show_outcome)
        flow.bought.connect(self.show_label)
        ctx.station_changed.connect(self.refresh)
        tab.table.selectionModel().selectionChanged.connect(lambda *_: self.refresh())
        for signal in (tab.model.modelReset, tab.model.layoutChanged, tab.model.dataChanged):
            signal.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Follow the tab: the order (Reship… when shipped), the selection, rating and purchase in progress."""
        tab = self.tab
        order = tab.order
        reship = order is not None and order.order_status == "shipped"
        self.buy_button.setText(self.tr("Re&ship…") if reship else self.tr("&Buy label"))
        ready = (order is not None and order.order_status != "cancelled" and tab.selected_option() is not None
                 and not tab.busy and not tab.model.stale)
        self.buy_button.setEnabled(ready and not self.flow.busy)
        shipment = tab.form.shipment() if order is not None else None
        abroad = shipment is not None and tab.catalog is not None and is_international(shipment, tab.catalog)
        self.customs_button.setVisible(abroad)
        self.customs_button.setEnabled(not self.flow.busy)
        self.quick_label.setVisible(not self.ctx.session.settings.confirm_purchase)

    def show_outcome(self, text: str, level: str) -> None:
        self.level = level
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"QLabel {{{_STYLES.get(level, _STYLES[INFO])}}}")
        self.result_label.setVisible(bool(text))

    def show_label(self, entry: JournalEntry) -> None:
        """The bought label in the preview pane, against the label printer when it is in that printer's format."""
        if not entry.label_bytes or not entry.label_format:
            self.preview.clear()
            self.preview.hide()
            return
        station = self.ctx.station
        profile = station.label if station.label_format == entry.label_format else None
        self.preview.show_label(entry.label_bytes, entry.label_format, profile)
        self.preview.show()
