"""The floor for start-up and memory: a bare PySide6 QMainWindow that shows itself and exits once painted.

    python bench/bare_window.py   ->   "shown at <epoch seconds> rss <KiB>"

The same imports any PySide6 window needs (QtWidgets), nothing of ShipDesk. The time is taken at the first
paint (the window is on screen); RSS is read then too, for "memory above bare Qt".
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def rss_kib() -> int:
    """Resident set size of this process in KiB (Linux /proc; 0 where there is none)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("bare")
        self.setCentralWidget(QLabel("bare PySide6 window"))
        self.resize(1280, 800)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            print(f"shown at {time.time():.6f} rss {rss_kib()}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
