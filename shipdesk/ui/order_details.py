"""The details pane: everything a packer checks before packing one order, from the cached V1 order."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QLocale
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..core.order_cache import weight_ounces
from ..core.sync import Lookups
from .orders_model import status_label, weight_text

if TYPE_CHECKING:  # built for the first paint, before the API models are imported
    from ..api.v1.models import Address, Dimensions, Order

CSS = """
h2 { margin: 0 0 2px 0; }
h3 { margin: 10px 0 2px 0; color: #37474f; }
td, th { padding: 1px 8px 1px 0; vertical-align: top; }
th { text-align: left; color: #546e7a; font-weight: normal; }
.muted { color: #607d8b; }
.notes { background: #fff8e1; }
"""


class OrderDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(CSS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.lookups = Lookups()
        self.order: Order | None = None
        self._locale = QLocale()
        self._html = ""
        self.show_order(None)

    def _word(self, english: str) -> str:
        """Headings translated once: lupdate cannot see tr() calls inside f-strings."""
        if not hasattr(self, "_words"):
            self._words = {
                "Ship to": self.tr("Ship to"),
                "Bill to": self.tr("Bill to"),
                "(none)": self.tr("(none)"),
                "No items": self.tr("No items"),
                "Items": self.tr("Items"),
                "Package": self.tr("Package"),
                "Notes": self.tr("Notes"),
                "No tags": self.tr("No tags"),
                "Tags": self.tr("Tags"),
            }
        return self._words[english]

    def set_lookups(self, lookups: Lookups) -> None:
        self.lookups = lookups
        if self.order is not None:
            self.show_order(self.order)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def show_order(self, order: Order | None) -> None:
        self.order = order
        if order is None:
            hint = self.tr("Select an order to see its details.")
            self._set_html(f"<p class='muted'>{escape(hint)}</p>")
            return
        parts = [self._heading(order), self._addresses(order), self._items(order), self._package(order),
                 self._notes(order), self._tags(order)]
        self._set_html("".join(parts))

    def _set_html(self, html: str) -> None:
        # The same order shown again (read fresh by a scan, a sync page, an action) usually reads the same:
        # rebuilding the document then only costs the UI thread (bench P3: twice a scan) and moves the scroll.
        if html != self._html:
            self._html = html
            self.browser.setHtml(html)

    # -- sections --------------------------------------------------------------------------------

    def _heading(self, order: Order) -> str:
        title = self.tr("Order %1").replace("%1", order.order_number)
        store_id = order.advanced_options.store_id if order.advanced_options else None
        facts = [
            (self.tr("Status"), status_label(order.order_status)),
            (self.tr("Store"), self.lookups.stores.get(store_id, "") if store_id is not None else ""),
            (self.tr("Order date"), self._when(order.order_date)),
            (self.tr("Ship by"), self._when(order.ship_by_date)),
            (self.tr("Held until"), self._day(order.hold_until_date)),
            (self.tr("Requested service"), order.requested_shipping_service or ""),
            (self.tr("Assigned to"), self.lookups.users.get(order.user_id, order.user_id) if order.user_id
             else ""),
        ]
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts if v)
        return f"<h2>{escape(title)}</h2><table>{rows}</table>"

    def _addresses(self, order: Order) -> str:
        ship, bill = self._address(order.ship_to), self._address(order.bill_to)
        return (f"<table width='100%'><tr><td width='50%'><h3>{escape(self._word('Ship to'))}</h3>{ship}</td>"
                f"<td><h3>{escape(self._word('Bill to'))}</h3>{bill}</td></tr></table>")

    def _address(self, address: Address | None) -> str:
        if address is None:
            return f"<span class='muted'>{escape(self._word('(none)'))}</span>"
        city_line = " ".join(p for p in (f"{address.city}," if address.city else "", address.state or "",
                                         address.postal_code or "") if p)
        lines = [address.name, address.company, address.street1, address.street2, address.street3, city_line,
                 address.country, address.phone]
        kept = [escape(line) for line in lines if line]
        if address.residential is not None:
            kind = self.tr("Residential") if address.residential else self.tr("Commercial")
            kept.append(f"<span class='muted'>{escape(kind)}</span>")
        return "<br>".join(kept) or f"<span class='muted'>{escape(self._word('(none)'))}</span>"

    def _items(self, order: Order) -> str:
        head = "".join(f"<th>{escape(h)}</th>" for h in (
            self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Options"), self.tr("Location")))
        rows = []
        for item in order.items or ():
            if item.adjustment:
                continue
            options = "; ".join(f"{o.name}: {o.value}" for o in item.options or () if o.name or o.value)
            cells = (item.sku or "", item.name or "", str(item.quantity or 0), options,
                     item.warehouse_location or "")
            rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        body = "".join(rows) or f"<tr><td class='muted'>{escape(self._word('No items'))}</td></tr>"
        return f"<h3>{escape(self._word('Items'))}</h3><table><tr>{head}</tr>{body}</table>"

    def _package(self, order: Order) -> str:
        facts = [(self.tr("Weight"), weight_text(weight_ounces(order.weight))),
                 (self.tr("Dimensions"), self._dimensions(order.dimensions)),
                 (self.tr("Package"), order.package_code or ""),
                 (self.tr("Confirmation"), order.confirmation or "")]
        rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts if v)
        return f"<h3>{escape(self._word('Package'))}</h3><table>{rows}</table>" if rows else ""

    def _dimensions(self, dims: Dimensions | None) -> str:
        if dims is None or not (dims.length or dims.width or dims.height):
            return ""
        sizes = " × ".join(f"{v.normalize():f}" if v is not None else "?"
                           for v in (dims.length, dims.width, dims.height))
        return f"{sizes} {dims.units or ''}".strip()

    def _notes(self, order: Order) -> str:
        notes = [(self.tr("Customer notes"), order.customer_notes),
                 (self.tr("Internal notes"), order.internal_notes),
                 (self.tr("Gift message"), order.gift_message)]
        rows = "".join(f"<tr><th>{escape(k)}</th><td class='notes'>{escape(v)}</td></tr>"
                       for k, v in notes if v)
        return f"<h3>{escape(self._word('Notes'))}</h3><table>{rows}</table>" if rows else ""

    def _tags(self, order: Order) -> str:
        chips = []
        for tag_id in order.tag_ids or ():
            name, color = self.lookups.tags.get(tag_id, (str(tag_id), None))
            style = f"background:{escape(color)}; color:white;" if color else "background:#cfd8dc;"
            chips.append(f"<span style='{style}'>&nbsp;{escape(name)}&nbsp;</span>")
        body = " ".join(chips) or f"<span class='muted'>{escape(self._word('No tags'))}</span>"
        return f"<h3>{escape(self._word('Tags'))}</h3><p>{body}</p>"

    # -- formatting ------------------------------------------------------------------------------

    def _when(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp())),
                                     QLocale.FormatType.ShortFormat)

    def _day(self, value: date | None) -> str:
        if value is None:
            return ""
        day = QDate(value.year, value.month, value.day)
        return self._locale.toString(day, QLocale.FormatType.ShortFormat)
