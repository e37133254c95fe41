"""Order actions under the details pane: hold / restore, tags, mark as shipped, assign to a user.

Each action runs on the worker runner (the V1 call, then `get_order` into the cache) and hands the fresh
order back through `changed`, so the table and the details pane show what ShipStation now says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..api.v1.client import V1Client
from ..api.v1.models import Order
from ..core.sync import Lookups, OrderSync
from .context import UiContext
from .workers import Job


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)

    def finish(self, ok_text: str) -> None:
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel)
        self.ok_button = buttons.button(std.Ok)
        self.ok_button.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)


class HoldDialog(_FormDialog):
    def __init__(self, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hold order %1").replace("%1", order.order_number), parent)
        self.date_edit = QDateEdit(QDate.currentDate().addDays(1))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate.currentDate())
        self.form.addRow(self.tr("Hold until"), self.date_edit)
        self.finish(self.tr("Hold"))


class TagDialog(_FormDialog):
    def __init__(self, title: str, ok_text: str, tags: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.combo = QComboBox()
        for tag_id, name in tags:
            self.combo.addItem(name, tag_id)
        self.form.addRow(self.tr("Tag"), self.combo)
        self.finish(ok_text)
        self.ok_button.setEnabled(self.combo.count() > 0)

    def tag_id(self) -> int:
        return int(self.combo.currentData())


class MarkShippedDialog(_FormDialog):
    def __init__(self, order: Order, carriers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark order %1 as shipped").replace("%1", order.order_number), parent)
        self.carrier = QComboBox()
        for code, name in carriers:
            self.carrier.addItem(name, code)
        if order.carrier_code and self.carrier.findData(order.carrier_code) >= 0:
            self.carrier.setCurrentIndex(self.carrier.findData(order.carrier_code))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("Scan or type the tracking number"))
        self.notify = QCheckBox(self.tr("Email the customer"))
        self.notify.setChecked(True)
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.form.addRow(self.tr("Tracking number"), self.tracking)
        self.form.addRow("", self.notify)
        self.finish(self.tr("Mark as shipped"))
        self.ok_button.setEnabled(self.carrier.count() > 0)


class AssignDialog(_FormDialog):
    def __init__(self, order: Order, users: dict[str, str], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign order %1").replace("%1", order.order_number), parent)
        self.combo = QComboBox()
        for user_id, name in users.items():
            self.combo.addItem(name, user_id)
        if current and self.combo.findData(current) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(current))
        self.form.addRow(self.tr("ShipStation user"), self.combo)
        self.finish(self.tr("Assign"))
        self.ok_button.setEnabled(self.combo.count() > 0)

    def user_id(self) -> str:
        return str(self.combo.currentData())


class OrderActions(QWidget):
    changed = Signal(object, object)  # the refreshed Order, its cached table row (or None)

    def __init__(self, ctx: UiContext, sync: OrderSync | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sync = sync
        self.order: Order | None = None
        self.lookups = Lookups()
        self.dialog: QDialog | None = None  # the dialog now open (tests drive it)
        self._carriers: list[tuple[str, str]] | None = None
        self._busy = False
        self.hold_button = QPushButton(self.tr("Ho&ld until…"))
        self.restore_button = QPushButton(self.tr("Restore from hol&d"))
        self.add_tag_button = QPushButton(self.tr("&Add tag…"))
        self.remove_tag_button = QPushButton(self.tr("Remo&ve tag…"))
        self.ship_button = QPushButton(self.tr("&Mark as shipped…"))
        self.assign_button = QPushButton(self.tr("A&ssign to me…"))
        # Mnemonics avoid the window's own (Orders, Rates, Inventory, File, Go, Help).
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        buttons = [(self.hold_button, self.ask_hold), (self.restore_button, self.restore),
                   (self.add_tag_button, self.ask_add_tag), (self.remove_tag_button, self.ask_remove_tag),
                   (self.ship_button, self.ask_mark_shipped), (self.assign_button, self.ask_assign)]
        for n, (button, slot) in enumerate(buttons):
            button.clicked.connect(slot)
            grid.addWidget(button, n // 3, n % 3)
        self._update_buttons()

    def set_order(self, order: Order | None) -> None:
        self.order = order
        self._update_buttons()

    def set_lookups(self, lookups: Lookups) -> None:
        self.lookups = lookups
        self._update_buttons()

    def _update_buttons(self) -> None:
        order, ready = self.order, self.order is not None and self.sync is not None and not self._busy
        tags = set(order.tag_ids or ()) if order else set()
        self.hold_button.setEnabled(ready and order is not None and order.is_open)
        self.restore_button.setEnabled(ready and order is not None and order.order_status == "on_hold")
        self.add_tag_button.setEnabled(ready and bool(set(self.lookups.tags) - tags))
        self.remove_tag_button.setEnabled(ready and bool(tags))
        self.ship_button.setEnabled(ready and order is not None and order.is_open)
        self.assign_button.setEnabled(ready and bool(self.lookups.users))

    # -- asking ----------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def ask_hold(self) -> None:
        if (order := self.order) is None:
            return
        dialog = HoldDialog(order, self)
        self._open(dialog, lambda: self.hold(dialog.date_edit.date().toPython()))

    def ask_add_tag(self) -> None:
        if (order := self.order) is None:
            return
        on_order = set(order.tag_ids or ())
        tags = [(t, name) for t, (name, _color) in self.lookups.tags.items() if t not in on_order]
        title = self.tr("Add a tag to %1").replace("%1", order.order_number)
        dialog = TagDialog(title, self.tr("Add tag"), tags, self)
        self._open(dialog, lambda: self.add_tag(dialog.tag_id()))

    def ask_remove_tag(self) -> None:
        if (order := self.order) is None:
            return
        tags = [(t, self.lookups.tags.get(t, (str(t), None))[0]) for t in order.tag_ids or ()]
        title = self.tr("Remove a tag from %1").replace("%1", order.order_number)
        dialog = TagDialog(title, self.tr("Remove tag"), tags, self)
        self._open(dialog, lambda: self.remove_tag(dialog.tag_id()))

    def ask_mark_shipped(self) -> None:
        if (order := self.order) is None or self.sync is None:
            return
        if self._carriers is not None:
            dialog = MarkShippedDialog(order, self._carriers, self)
            self._open(dialog, lambda: self.mark_shipped(
                dialog.carrier.currentData(), dialog.tracking.text().strip(), dialog.notify.isChecked()))
            return
        v1 = self.sync.v1

        def carriers(_job: Job) -> list[tuple[str, str]]:
            return [(c.code, c.name or c.code) for c in v1.list_carriers()]

        def got(found: list[tuple[str, str]]) -> None:
            self._carriers = found
            self._set_busy(False)
            self.ask_mark_shipped()

        self._set_busy(True)
        self.ctx.runner.run(carriers, name="list carriers", on_result=got,
                            on_error=lambda exc: self._failed(exc, self.tr("Loading the carriers")))

    def ask_assign(self) -> None:
        if (order := self.order) is None:
            return
        current = self.ctx.session.settings.shipstation_user_id
        dialog = AssignDialog(order, self.lookups.users, current, self)
        self._open(dialog, lambda: self.assign(dialog.user_id()))

    # -- doing -----------------------------------------------------------------------------------

    def hold(self, until: Any) -> None:
        self._run(self.tr("Holding the order"), lambda v1, oid: v1.hold_until(oid, until))

    def restore(self) -> None:
        self._run(self.tr("Restoring the order from hold"), lambda v1, oid: v1.restore_from_hold(oid))

    def add_tag(self, tag_id: int) -> None:
        self._run(self.tr("Adding the tag"), lambda v1, oid: v1.add_tag(oid, tag_id))

    def remove_tag(self, tag_id: int) -> None:
        self._run(self.tr("Removing the tag"), lambda v1, oid: v1.remove_tag(oid, tag_id))

    def mark_shipped(self, carrier_code: str, tracking: str, notify: bool) -> None:
        self._run(self.tr("Marking the order as shipped"), lambda v1, oid: v1.mark_as_shipped(
            oid, carrier_code, tracking_number=tracking or None, notify_customer=notify))

    def assign(self, user_id: str) -> None:
        self._run(self.tr("Assigning the order"), lambda v1, oid: v1.assign_user([oid], user_id),
                  after=lambda: self._remember_user(user_id))

    def _remember_user(self, user_id: str) -> None:
        """The user picked becomes "me" for the next assignment (settings saved off the UI thread)."""
        session = self.ctx.session
        if session.settings.shipstation_user_id == user_id:
            return
        session.settings.shipstation_user_id = user_id
        self.ctx.runner.run(lambda _job: session.save_settings(), name="save settings",
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Saving the settings")))

    def _run(self, words: str, call: Callable[[V1Client, int], object],
             after: Callable[[], None] | None = None) -> None:
        if self.order is None or self.sync is None:
            return
        order_id, sync = self.order.order_id, self.sync

        def work(_job: Job) -> tuple[Order, Any]:
            call(sync.v1, order_id)
            return sync.refresh_order(order_id)

        def done(result: tuple[Order, Any]) -> None:
            self._done(result)
            if after is not None:
                after()

        self._set_busy(True)
        self.ctx.runner.run(work, name=words, on_result=done, on_error=lambda exc: self._failed(exc, words))

    def _done(self, result: tuple[Order, Any]) -> None:
        self._set_busy(False)
        self.ctx.succeeded()
        self.changed.emit(*result)

    def _failed(self, exc: Exception, words: str) -> None:
        self._set_busy(False)
        self.ctx.report_error(exc, words)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()
