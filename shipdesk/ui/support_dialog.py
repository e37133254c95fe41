"""Help → Support report: the redacted record of recent failed calls, ready to copy to ShipStation."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..api.calllog import CallLog, support_report

FAILED_CALLS_SHOWN = 10


def failed_calls_report(log: CallLog) -> str:
    failed = [r for r in log.last() if r.status is None or r.status >= 400]
    return support_report(failed[-FAILED_CALLS_SHOWN:]) if failed else support_report(log.last(1))


class SupportDialog(QDialog):
    def __init__(self, log: CallLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Support report"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The last failed ShipStation calls, with keys and secrets removed. "
                                        "Copy it into your message to ShipStation API support.")))
        self.text = QPlainTextEdit(failed_calls_report(log))
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
