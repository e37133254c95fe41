"""ShipDesk's start in two stages, so the packer sees the cached orders in the real window at once.

Stage 1 imports Qt, sqlite3 and the Orders table only (no pydantic, httpx, API models, other tabs, printing or
sandbox): it reads the two settings the first paint needs without pydantic (settings_peek.py), installs the
translators, builds the MainWindow with just its Orders tab, shows it and reads the order cache on a worker.
Stage 2 starts once those orders are painted (or the cache turned out empty): the API layer, the session (in
demo mode on the sandbox process app.py started before Qt), the other tabs, scanner, menus, printing and crash
recovery, then `MainWindow.start()` (capabilities probe, start-up recovery and the first sync). Until the
scanner filter is installed, keys and clicks are held, then given back in order (input_hold.py): nothing typed
or scanned in the first moment is lost.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..core.db import Database
from ..paths import Paths
from ..settings_peek import peek_settings
from .first_view import FirstView
from .i18n import install_translators
from .input_hold import InputHold
from .main_window import MainWindow
from .workers import WorkerRunner

if TYPE_CHECKING:
    from ..api.errors import AuthError
    from ..core.demo_sandbox import DemoSandbox
    from ..core.session import Session

NO_PAINT_MS = 300  # the cache is read but no paint came (a hidden or minimised window): go on anyway
FIRST_PAGE_WAIT_MS = 1500  # a first sync is slow to end (many pages, a far ShipStation): build the rest meanwhile


class _PaintWatch(QObject):
    """Calls back once, after the watched widget's next paint has been handled."""

    def __init__(self, target: QObject, done: object) -> None:
        super().__init__(target)
        self._done = done
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # runs when this paint is over
            self.deleteLater()
        return False


class StagedStart(QObject):
    orders_painted = Signal(int)  # the first orders are painted in the window (how many rows show)
    started = Signal()  # the whole window runs (`window.start()` was called)
    failed = Signal(int, str)  # the session could not start: exit code, the words for stderr
    _rest_wanted = Signal()  # queued to _stage_three

    def __init__(self, app: QApplication, args: argparse.Namespace, demo_sandbox: DemoSandbox | None = None) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.demo_sandbox = demo_sandbox  # started before Qt when demo mode is expected (app.py)
        self.session: Session | None = None
        paths = Paths(args.profile_dir)
        first = peek_settings(paths.settings)
        install_translators(app, args.lang or first.language)
        self.hold = InputHold(app)
        self.runner = WorkerRunner()
        self.db = Database(paths.database)
        self.window = MainWindow(None, self.runner, first=FirstView(self.db, self.runner, first.default_status,
                                                                    bool(args.demo)))
        orders = self.window.orders
        orders.orders_shown.connect(self._on_shown)
        orders.cache_read.connect(self._on_cache_read)
        self._stage_two_due = self._stage_three_due = self._shown = self._painted = False
        self._refusals: list[tuple[AuthError, str]] = []
        self._rest_wanted.connect(self._stage_three, Qt.ConnectionType.QueuedConnection)
        self.orders_painted.connect(self._on_painted)
        self.window.show()  # the cache is being read meanwhile (MainWindow without a session starts it)

    def _on_shown(self, count: int) -> None:
        self._shown = True
        _PaintWatch(self.window.orders.table.viewport(), lambda: self.orders_painted.emit(count))

    def _on_painted(self, _count: int) -> None:
        self._painted = True

    def _on_cache_read(self) -> None:
        orders = self.window.orders
        if orders.model.total:
            self.orders_painted.connect(lambda _count: self._stage_two())  # after the orders are on screen
        else:
            _PaintWatch(orders.table.viewport(), self._stage_two)
        QTimer.singleShot(NO_PAINT_MS, self._stage_two)

    def _stage_two(self) -> None:
        """The API layer and the session, the Orders tab's own part, then the first sync (`orders.start()`)."""
        if not self._stage_two_due:
            self._stage_two_due = True
            self._guarded(self._open_session)

    def _stage_three(self) -> None:
        if not self._stage_three_due:
            self._stage_three_due = True
            self._guarded(self._build_the_rest)

    def _guarded(self, stage: Callable[[], None]) -> None:
        """A stage that fails ends the app as a failed start did before (the traceback, exit 1), not a window
        left with its input held."""
        try:
            stage()
        except Exception:
            self.hold.release()
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]  # redacted once crash.install ran
            self.failed.emit(1, "")

    def _open_session(self) -> None:
        # pydantic in full before the API layer: PySide6's import hook inspects modules as they load and can
        # catch pydantic half-imported (tests/conftest.py does the same).
        import pydantic.fields  # isort: skip
        import pydantic.main  # noqa: F401  # isort: skip

        from ..core.crash import install as install_crash_redaction
        from ..core.session import SessionOptions, open_session
        from ..printing.station import station_from_settings, with_label_override

        args = self.args
        session = open_session(SessionOptions(demo=args.demo, api_base_v1=args.api_base_v1,
                                              api_base_v2=args.api_base_v2, profile_dir=args.profile_dir,
                                              database=self.db, demo_sandbox=self.demo_sandbox))
        self.session = session
        install_crash_redaction(session.redactor)  # a crash report never shows a key or secret
        try:
            station = with_label_override(station_from_settings(session.settings), args.label_printer,
                                          args.label_format, args.dpi)
        except ValueError as exc:
            self.hold.release()
            self.failed.emit(2, f"shipdesk: {exc}")
            return
        window = self.window
        window.attach_orders(session, station)
        # A refused key before the key manager exists waits for it (its failover offer or rotation wizard).
        window.ctx.key_refusal_handler = lambda exc, action: bool(self._refusals.append((exc, action))) or True
        orders = window.orders
        if self._painted:
            self._rest_wanted.emit()  # queued: runs before anything the sync sends back
        else:  # a first start: the first sync's orders are painted before the rest of the window is built
            self.orders_painted.connect(lambda _count: self._rest_wanted.emit())
            # A sync that put nothing on screen (it failed) paints nothing to wait for. One that did: its paint
            # comes on a timer of the window's, after this queued call would have run.
            orders.sync_finished.connect(lambda _result: None if self._shown else self._rest_wanted.emit())
            QTimer.singleShot(FIRST_PAGE_WAIT_MS, self._rest_wanted.emit)
        orders.start()

    def _build_the_rest(self) -> None:
        """The other tabs, keys, scanner, menus, printing and recovery; then what was held is given back."""
        window = self.window
        window.attach_rest(self.args.scan_mode)
        window.start()  # installs the scanner filter: what was held goes through it now
        self.hold.release()
        for exc, action in self._refusals:
            window.ctx.report_error(exc, action)
        self._refusals.clear()
        self.started.emit()
