"""Settings → Scanner self-test: scan the test codes of the command sheet and see exactly what arrived.

Each scan shows its characters (spaces and control characters made visible), the time between keys, the
terminator, and how it compares with the code printed on the sheet; when they differ, the words say why and
what to change (core/scanner_selftest.py: a keyboard layout mismatch and its two fixes, Caps Lock, dead keys,
lost characters, no terminator, keys too slow). The timing limits are edited here and saved for the station;
a layout mismatch found here can be read around (`scanner_layout_pair`). While the dialog is open, scans
come here and nowhere else.
"""

from __future__ import annotations

import unicodedata

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.scan_burst import Burst, Interrupted
from ..core.scan_decoder import layout_note
from ..core.scanner_selftest import (
    TEST_CODES,
    Diagnosis,
    LayoutEvidence,
    diagnose,
    diagnose_interrupted,
    diagnose_typed,
)
from .scan_controller import ScanController
from .words import say_with_layouts
from .workers import Job

COL_CODE, COL_PRINTED, COL_ARRIVED, COL_TIMING, COL_RESULT = range(5)


def visible(text: str) -> str:
    """Spaces as ␣ and control characters by name, so what arrived can be read exactly."""
    out = []
    for ch in text:
        if ch == " ":
            out.append("␣")
        elif unicodedata.category(ch) == "Cc":
            out.append(f"<{ord(ch):02X}>")
        else:
            out.append(ch)
    return "".join(out)


class ScannerTestDialog(QDialog):
    diagnosed = Signal(object)  # Diagnosis (tests wait for it)

    def __init__(self, scanning: ScanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scanning = scanning
        self.settings = scanning.ctx.session.settings
        self.setWindowTitle(self.tr("Scanner self-test"))
        self.resize(860, 560)
        self.evidence = LayoutEvidence()  # which layout mismatch every scan so far agrees on
        intro = QLabel(self.tr("Scan each code in the self-test block of the scanner command sheet (File → Print "
                               "scanner command sheet…). ShipDesk shows what arrived and what to change."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(TEST_CODES), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Test code"), self.tr("Printed"), self.tr("Arrived"),
                                              self.tr("Time between keys"), self.tr("Result")])
        self.table.horizontalHeader().setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, code in enumerate(TEST_CODES):
            self._set(row, COL_CODE, QCoreApplication.translate("ScannerSelfTest", code.name))
            self._set(row, COL_PRINTED, visible(code.text))
            self._set(row, COL_RESULT, self.tr("not scanned yet"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_through = QPushButton(self.tr("Read scans through this layout mismatch"))
        self.read_through.setToolTip(self.tr("Until the scanner or this computer is set right, ShipDesk undoes the "
                                             "mismatch for order numbers, SKUs and product codes."))
        self.read_through.hide()
        self.read_through.clicked.connect(self._read_through)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Scans too slow to be recognised land here as typing"))
        self._typed_at: list[float] = []  # when each key landed in the field (the filter's clock)
        self.typed.installEventFilter(self)
        self.typed.returnPressed.connect(self._typed_entered)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.read_through)
        hint_row.addStretch(1)
        layout.addLayout(hint_row)
        layout.addWidget(self.typed)
        layout.addLayout(self._limits())
        sounds = QLabel(self.tr("Sounds: %1").replace("%1", scanning.sounds.description))
        sounds.setWordWrap(True)
        layout.addWidget(sounds)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # Enter after a slow scan in the field must not press Save
        layout.addWidget(buttons)
        scanning.filter.burst_seen.connect(self.on_burst)
        scanning.filter.interrupted.connect(self.on_interrupted)
        scanning.capturing = True
        self.finished.connect(self._closed)
        self.typed.setFocus()

    def _limits(self) -> QFormLayout:
        s = self.settings
        form = QFormLayout()
        self.gap_spin = QSpinBox()
        self.gap_spin.setRange(5, 500)
        self.gap_spin.setSuffix(" ms")
        self.gap_spin.setValue(s.scanner_max_gap_ms)
        self.length_spin = QSpinBox()
        self.length_spin.setRange(1, 64)
        self.length_spin.setValue(s.scanner_min_length)
        self.enter_check = QCheckBox(self.tr("Enter"))
        self.tab_check = QCheckBox(self.tr("Tab"))
        self.none_check = QCheckBox(self.tr("no terminator (a pause ends the scan)"))
        for check, name in ((self.enter_check, "enter"), (self.tab_check, "tab"), (self.none_check, "none")):
            check.setChecked(name in s.scanner_terminators)
        ends = QHBoxLayout()
        for check in (self.enter_check, self.tab_check, self.none_check):
            ends.addWidget(check)
        ends.addStretch(1)
        self.prefix_edit = QLineEdit(s.scanner_prefix)
        self.suffix_edit = QLineEdit(s.scanner_suffix)
        self.sounds_check = QCheckBox(self.tr("Play sounds for good scans and errors"))
        self.sounds_check.setChecked(s.scanner_sounds)
        form.addRow(self.tr("Longest time between two keys of a scan"), self.gap_spin)
        form.addRow(self.tr("Shortest scan (characters)"), self.length_spin)
        form.addRow(self.tr("A scan ends with"), ends)
        form.addRow(self.tr("Prefix the scanner adds"), self.prefix_edit)
        form.addRow(self.tr("Suffix the scanner adds"), self.suffix_edit)
        form.addRow("", self.sounds_check)
        return form

    # -- scans -------------------------------------------------------------------------------------

    def on_burst(self, burst: Burst) -> None:
        self._show(diagnose(burst.text, burst, self.scanning.filter.settings), burst.text, burst.raw,
                   burst.gaps_ms, burst.terminator)

    def on_interrupted(self, cut: Interrupted) -> None:
        if cut.gap_ms <= 0:
            return  # the tail of a cut scan: its start was shown already
        self._show(diagnose_interrupted(cut.raw, cut.gap_ms, self.scanning.filter.settings), cut.raw, cut.raw, (),
                   "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.typed and event.type() == QEvent.Type.KeyPress and event.text().isprintable() \
                and event.text():  # type: ignore[attr-defined]
            self._typed_at.append(self.scanning.filter.now())
        return False

    def _typed_entered(self) -> None:
        """A test code that came as typing: what arrived, and how far apart the keys were."""
        text, times = self.typed.text(), self._typed_at
        self._typed_at = []
        if not text:
            return
        gaps = tuple(b - a for a, b in zip(times, times[1:], strict=False))
        self._show(diagnose_typed(text, list(gaps), self.scanning.filter.settings), text, text, gaps, "enter")
        self.typed.clear()

    def _show(self, result: Diagnosis, arrived: str, raw: str, gaps: tuple[float, ...], terminator: str) -> None:
        if result.code is not None:
            self.evidence.add(result.code.text, arrived)
            row = TEST_CODES.index(result.code)
        else:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._set(row, COL_CODE, self.tr("(not a test code)"))
        timing = ", ".join(f"{g:.0f}" for g in gaps)
        ends = {"enter": "Enter", "tab": "Tab", "suffix": self.tr("suffix"), "gap": self.tr("pause")}.get(terminator, "")
        self._set(row, COL_ARRIVED, visible(raw))
        self._set(row, COL_TIMING, self.tr("%1 ms, then %2").replace("%1", timing).replace("%2", ends) if ends
                  else timing or self.tr("too slow: typed"))
        words = [say_with_layouts(w) for w in result.findings]
        self._set(row, COL_RESULT, ("✓ " if result.ok else "✗ ") + words[0])
        self.table.item(row, COL_RESULT).setToolTip("\n".join(words))
        self.table.scrollToItem(self.table.item(row, COL_RESULT))
        found = self.evidence.found
        if found is not None:  # every scan so far fits this one mismatch
            words.append(say_with_layouts(layout_note(found)))
        self.hint.setText("\n".join(words))
        self.read_through.setVisible(found is not None)
        self.diagnosed.emit(result)

    def _read_through(self) -> None:
        found = self.evidence.found
        if found is None:
            return
        scanner, host = found
        self.settings.scanner_layout_pair = f"{scanner.code}:{host.code}"
        self.read_through.hide()
        self.save()

    # -- settings ----------------------------------------------------------------------------------

    def save(self) -> None:
        s = self.settings
        s.scanner_max_gap_ms = self.gap_spin.value()
        s.scanner_min_length = self.length_spin.value()
        ends = [name for check, name in ((self.enter_check, "enter"), (self.tab_check, "tab"),
                                         (self.none_check, "none")) if check.isChecked()]
        s.scanner_terminators = ends or ["enter"]  # type: ignore[assignment]
        s.scanner_prefix = self.prefix_edit.text()
        s.scanner_suffix = self.suffix_edit.text()
        s.scanner_sounds = self.sounds_check.isChecked()
        self.scanning.apply_settings()
        session = self.scanning.ctx.session

        def write(_job: Job) -> None:
            session.save_settings()

        self.save_button.setEnabled(False)
        ctx, action = self.scanning.ctx, self.tr("Saving the scanner settings")  # the dialog may be gone by then
        self.scanning.ctx.runner.run(write, name="save scanner settings",
                                     on_result=lambda _r: self._saved(),
                                     on_error=lambda exc: (shiboken6.isValid(self.save_button)
                                                           and self.save_button.setEnabled(True),
                                                           ctx.report_error(exc, action)))

    def _saved(self) -> None:
        if not shiboken6.isValid(self.save_button):
            return  # the dialog was closed while the settings were being written: they are saved all the same
        self.save_button.setEnabled(True)
        self.hint.setText(self.tr("Saved. The new limits apply to the next scan.") + "\n" + self.hint.text())

    def _closed(self, _code: int) -> None:
        self.scanning.capturing = False
        self.scanning.filter.burst_seen.disconnect(self.on_burst)
        self.scanning.filter.interrupted.disconnect(self.on_interrupted)

    def _set(self, row: int, column: int, text: str) -> None:
        self.table.setItem(row, column, QTableWidgetItem(text))
