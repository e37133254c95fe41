"""The window a packer sees all day: banners, the Orders / Rates / Inventory tabs, and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from .banner import BannerArea
from .first_view import FirstView
from .orders_tab import OrdersTab
from .workers import WorkerRunner

# The rest of the window is imported in attach() and where it is opened: the staged start (ui/staged_start.py)
# paints the cached orders with Qt, sqlite3 and the Orders table alone.
if TYPE_CHECKING:
    from ..api.capabilities import Capabilities
    from ..core.session import Session
    from ..printing.station import Station
    from .context import UiContext
    from .history_tab import HistoryTab
    from .inventory_tab import InventoryTab
    from .key_manager import KeyManager
    from .label_recovery import LabelRecovery
    from .print_queue_view import PrintQueueView
    from .print_runner import PrintRunner
    from .printer_settings_dialog import PrinterSettingsDialog
    from .rates_tab import RatesTab
    from .scan_controller import ScanController
    from .scanner_sheet_dialog import ScannerSheet
    from .scanner_test_dialog import ScannerTestDialog
    from .support_dialog import SupportDialog

# Which surface each tab needs; Rates works with V1 or with V2 shipping; the label history needs none (reprints
# come from the journal).
TAB_NEEDS: dict[str, tuple[str, ...]] = {"orders": ("v1",), "rates": ("v1", "v2_shipping"),
                                         "inventory": ("v2_inventory",), "history": ()}


class MainWindow(QMainWindow):
    # Set by attach_orders() and attach_rest() (at once, unless the staged start paints the cache first).
    session: Session
    ctx: UiContext
    print_runner: PrintRunner
    label_recovery: LabelRecovery
    rates: RatesTab
    inventory: InventoryTab
    history: HistoryTab
    key_manager: KeyManager
    scanning: ScanController

    def __init__(self, session: Session | None, runner: WorkerRunner, station: Station | None = None,
                 scan_mode: str | None = None, *, first: FirstView | None = None) -> None:
        """`MainWindow(session, runner)`: the whole window at once. The staged start passes `session=None` and
        `first=`: the Orders tab starts reading the cache at once, then `attach()` builds the rest."""
        super().__init__()
        if first is None:
            if session is None:
                raise TypeError("MainWindow needs a session or a FirstView")
            first = FirstView(session.db, runner, session.settings.default_status, session.demo)
        self.runner = runner
        self.attached = False
        self._set_title(first.demo)
        self.resize(1280, 800)
        self.banners = BannerArea()
        self.tabs = QTabWidget()
        self.orders = OrdersTab(first=first)
        if session is None:
            self.orders.show_cache()  # the worker reads it while the rest of this window is built
        self.tabs.addTab(self.orders, self.tr("&Orders"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banners)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        # The menus are filled in attach(); made here so the menu bar does not push the window down later.
        self._menus = {name: self.menuBar().addMenu(text) for name, text in (
            ("file", self.tr("&File")), ("go", self.tr("&Go")), ("view", self.tr("&View")),
            ("settings", self.tr("&Settings")), ("help", self.tr("&Help")))}
        if session is not None:
            self.attach(session, station, scan_mode)

    def _set_title(self, demo: bool) -> None:
        self.setWindowTitle(self.tr("ShipDesk") + (self.tr(" — Demo") if demo else ""))

    def attach(self, session: Session, station: Station | None = None, scan_mode: str | None = None) -> None:
        """The session is open: the context, the other tabs, the scanner, menus and printing join the window."""
        self.attach_orders(session, station)
        self.attach_rest(scan_mode)

    def attach_orders(self, session: Session, station: Station | None = None) -> None:
        """The context, printing and the Orders tab's own part: enough for `orders.start()` (the first sync).
        The staged start lets a sync page paint before `attach_rest()`."""
        from .context import UiContext
        from .label_recovery import LabelRecovery
        from .print_runner import PrintRunner

        self.session = session
        self._set_title(session.demo)
        self.ctx = UiContext(session, self.runner, self.banners, station)
        # Print jobs leave the UI thread here; start-up recovery prints what a crash left unprinted.
        self.print_runner = PrintRunner(self.ctx, parent=self)
        self.print_runner.queue_view_wanted.connect(self.show_print_queue)
        self.label_recovery = LabelRecovery(self.ctx, self.print_runner, self)
        self.print_queue_view: PrintQueueView | None = None
        self.orders.attach(self.ctx)
        assert self.orders.documents is not None
        self.orders.documents.settings_wanted.connect(self.show_printer_settings)
        self._on_connection(True)
        self.ctx.rate_limit_wait.connect(self._on_rate_wait)
        self.ctx.connection_changed.connect(self._on_connection)

    def attach_rest(self, scan_mode: str | None = None) -> None:
        """The other tabs, keys, the scanner, menus and banners (after `attach_orders()`)."""
        from ..core.scan_commands import ScanMode
        from .heap_freeze import freeze_start_up_heap
        from .history_tab import HistoryTab
        from .inventory_tab import InventoryTab
        from .key_manager import KeyManager
        from .rates_tab import RatesTab
        from .scan_controller import ScanController

        session = self.session
        self.rates = RatesTab(self.ctx)
        self.inventory = InventoryTab(self.ctx)
        self.history = HistoryTab(self.ctx)
        self.tab_keys = {"orders": self.orders, "rates": self.rates, "inventory": self.inventory,
                         "history": self.history}
        self.tabs.addTab(self.rates, self.tr("&Rates"))
        self.tabs.addTab(self.inventory, self.tr("&Inventory"))
        self.tabs.addTab(self.history, self.tr("&Labels"))
        self.key_manager = KeyManager(self.ctx, self.key_label, self)  # fills key_label: expiry countdown
        self.key_manager.capabilities_changed.connect(self.apply_capabilities)
        # The barcode scanner: the app-wide filter, the scan router and its workflows, the mode in the status bar.
        self.scanning = ScanController(self, ScanMode(scan_mode or session.settings.scan_mode))
        self.statusBar().addPermanentWidget(self.scanning.indicator)
        self._build_menus()
        if session.demo:
            self.banners.show_banner("demo", self.tr(
                "Demo — local sandbox, no real labels. Add your ShipStation API keys to work with your account."),
                "demo")
        for note in session.notes:
            self.banners.show_banner(f"note-{hash(note)}", note, "info")
        self.attached = True
        freeze_start_up_heap()  # start-up is over: later garbage collections skip all it built (bench P6)

    # -- status bar ------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.connection_label = QLabel()
        self.rate_label = QLabel()
        self.key_label = QLabel()
        bar.addWidget(self.connection_label)
        bar.addWidget(self.rate_label, 1)
        bar.addPermanentWidget(self.key_label)

    def _on_connection(self, online: bool) -> None:
        if not online:
            text = self.tr("Offline — showing cached orders")
        elif self.session.demo:
            text = self.tr("Demo: local sandbox")
        else:
            text = self.tr("Connected to ShipStation")
        self.connection_label.setText(text)

    def _on_rate_wait(self, seconds: float, _text: str) -> None:
        self.rate_label.setText(self.tr("Waiting %1 s for ShipStation's rate limit").replace("%1", f"{seconds:.0f}"))

    # -- menus and shortcuts ---------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self._menus["file"]
        self.refresh_action = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        file_menu.addAction(self.refresh_action)
        self.scanner_sheet_action = self._action(self.tr("Print scanner &command sheet…"), None,
                                                 self.show_scanner_sheet)
        file_menu.addAction(self.scanner_sheet_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        go_menu = self._menus["go"]
        self.search_action = self._action(self.tr("&Search orders"), QKeySequence.StandardKey.Find,
                                          self.focus_search)
        go_menu.addAction(self.search_action)
        self.next_action = self._action(self.tr("&Next order"), QKeySequence("Ctrl+Down"), self.next_order)
        go_menu.addAction(self.next_action)
        self.rate_action = self._action(self.tr("R&ate selected order"), QKeySequence("Ctrl+Shift+R"),
                                        self.rate_selected)
        go_menu.addAction(self.rate_action)
        self.buy_action = self._action(self.tr("&Buy label"), QKeySequence("Ctrl+B"), self.buy_label)
        go_menu.addAction(self.buy_action)
        for n in range(1, self.tabs.count() + 1):
            go_menu.addAction(self._action(self.tabs.tabText(n - 1).replace("&", ""), QKeySequence(f"Alt+{n}"),
                                           lambda i=n - 1: self.tabs.setCurrentIndex(i)))
        self._build_language_menu(file_menu)
        view_menu = self._menus["view"]
        self.print_queue_action = self._action(self.tr("&Print queue…"), QKeySequence("Ctrl+Shift+P"),
                                               self.show_print_queue)
        view_menu.addAction(self.print_queue_action)
        settings_menu = self._menus["settings"]
        self.keys_action = self._action(self.tr("API &keys…"), None, self.key_manager.open_keys_dialog)
        settings_menu.addAction(self.keys_action)
        self.rotate_key_action = self._action(self.tr("&Rotate an API key…"), None, self.key_manager.start_rotation)
        settings_menu.addAction(self.rotate_key_action)
        self.printers_action = self._action(self.tr("&Printers…"), None, self.show_printer_settings)
        settings_menu.addAction(self.printers_action)
        self.scanner_test_action = self._action(self.tr("Scanner &self-test…"), None, self.show_scanner_test)
        settings_menu.addAction(self.scanner_test_action)
        help_menu = self._menus["help"]
        self.support_action = self._action(self.tr("&Support report…"), None, self.show_support_report)
        help_menu.addAction(self.support_action)

    def _build_language_menu(self, file_menu: QMenu) -> None:
        """The interface language: follow the system, or pick one; saved, used from the next start."""
        menu = file_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("", self.tr("Follow the system")), ("en", "English"), ("fr", "Français")):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.session.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        if code == self.session.settings.language:
            return
        self.session.settings.language = code
        self.ctx.runner.run(lambda job: self.session.save_settings(), name="save settings",
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Saving the settings")))
        self.banners.show_banner("language", self.tr("The new language is used from the next start of ShipDesk."),
                                 "info")

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if hasattr(current, "refresh"):
            current.refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.orders)
        if hasattr(self.orders, "focus_search"):
            self.orders.focus_search()

    def next_order(self) -> None:
        if hasattr(self.orders, "select_next"):
            self.orders.select_next()

    def buy_label(self) -> None:
        """Buy the Rates tab's selected rate (Ctrl+B); a press during a purchase does nothing."""
        if self.tabs.isTabEnabled(self.tabs.indexOf(self.rates)):
            self.tabs.setCurrentWidget(self.rates)
            self.rates.purchase.buy()

    def rate_selected(self) -> None:
        if self.tabs.isTabEnabled(self.tabs.indexOf(self.rates)):
            self.tabs.setCurrentWidget(self.rates)
            self.rates.refresh()

    def show_print_queue(self) -> PrintQueueView:
        """One print queue window, raised when asked again."""
        from .print_queue_view import PrintQueueView

        if self.print_queue_view is None:
            self.print_queue_view = PrintQueueView(self.ctx, self)
        else:
            self.print_queue_view.refresh()
        self.print_queue_view.show()
        self.print_queue_view.raise_()
        return self.print_queue_view

    def show_printer_settings(self) -> PrinterSettingsDialog:
        from .printer_settings_dialog import PrinterSettingsDialog

        dialog = PrinterSettingsDialog(self.ctx, self)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()
        return dialog

    def show_scanner_sheet(self) -> ScannerSheet:
        from .scanner_sheet_dialog import ScannerSheet

        sheet = ScannerSheet(self.ctx, self)
        sheet.ask()
        return sheet

    def show_scanner_test(self) -> ScannerTestDialog:
        from .scanner_test_dialog import ScannerTestDialog

        dialog = ScannerTestDialog(self.scanning, self)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()
        return dialog

    def show_support_report(self) -> SupportDialog:
        from .support_dialog import SupportDialog

        dialog = SupportDialog(self.session.call_log, self)
        dialog.show()
        return dialog

    # -- plan gating -----------------------------------------------------------------------------

    def apply_capabilities(self, caps: Capabilities) -> None:
        """Disable what the keys can't use, with the reason in plain words on the tab and in a banner."""
        reasons = []
        for key, widget in self.tab_keys.items():
            needs = TAB_NEEDS[key]
            usable = not needs or any(caps[s].usable for s in needs)  # type: ignore[index]
            index = self.tabs.indexOf(widget)
            self.tabs.setTabEnabled(index, usable)
            reason = "" if usable else " ".join(dict.fromkeys(caps[s].reason for s in needs))  # type: ignore[index]
            self.tabs.setTabToolTip(index, reason)
            if not usable:
                reasons.append(f"{self.tabs.tabText(index).replace('&', '')}: {reason}")
        if reasons:
            self.banners.show_banner("plan", self.tr("Some tabs are off for these keys.") + "\n" + "\n".join(reasons),
                                     "warning")
        else:
            self.banners.clear("plan")
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            for index in range(self.tabs.count()):
                if self.tabs.isTabEnabled(index):
                    self.tabs.setCurrentIndex(index)
                    break
        self.key_manager.on_capabilities(caps)  # a refused key: failover offer or the rotation wizard

    # -- start-up --------------------------------------------------------------------------------

    def start(self) -> None:
        """Probe what the keys can use (off the UI thread), then let each tab load."""
        self.key_manager.start()
        self.scanning.start()
        self.label_recovery.start()  # reconcile interrupted purchases, then print what they left unprinted
        for widget in self.tab_keys.values():
            if hasattr(widget, "start"):
                widget.start()
        self.ctx.runner.run(lambda job: self.session.probe(), name="probe capabilities",
                            on_result=self.apply_capabilities,
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Checking the API keys")))
