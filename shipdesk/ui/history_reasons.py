"""Why an action of the Labels tab can't run on a label now (the disabled button's tooltip), or None.

Reprint and customs form read ShipDesk's own copies; void, return label and tracking need the ShipStation
key of the label's API. Nothing runs on a label whose purchase ShipDesk is still checking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ..core.history import HistoryRow
from .history_model import HistoryModel


class LabelActionReasons(QObject):
    def __init__(self, model: HistoryModel, parent: QObject) -> None:
        super().__init__(parent)
        self.model = model

    def any(self, row: HistoryRow | None) -> str | None:
        """What stops every action on a label."""
        if row is None:
            return self.tr("Select a label first.")
        if row.outcome_unknown:
            return self.tr("ShipDesk is still checking with ShipStation whether this label was bought.")
        return None

    def reprint(self, row: HistoryRow | None) -> str | None:
        if (reason := self.any(row)) is not None or row is None:
            return reason
        if row.voided:
            return self.tr("This label was voided: it must not go on a parcel.")
        if not row.has_local_copy:
            return self.model.no_copy_reason(row)
        return None

    def form(self, row: HistoryRow | None) -> str | None:
        if (reason := self.any(row)) is not None or row is None:
            return reason
        if not row.has_form:
            return self.tr("ShipDesk has no customs form for this label.")
        if row.voided:
            return self.tr("This label was voided: it must not go on a parcel.")
        return None

    def void(self, row: HistoryRow | None, session: Any) -> str | None:
        if (reason := self.any(row)) is not None or row is None:
            return reason
        if row.voided:
            return self.tr("This label is already voided.")
        if (session.v1 if row.api == "v1" else session.v2) is None:
            return self.tr("This station has no ShipStation %1 key, so it cannot void this label.").replace(
                "%1", row.api.upper())
        return None

    def return_label(self, row: HistoryRow | None, session: Any) -> str | None:
        if (reason := self.any(row)) is not None or row is None:
            return reason
        if row.api != "v2" or not row.label_id:
            return self.tr("Return labels need ShipStation V2: V1 has no return label call.")
        if session.v2 is None:
            return self.tr("This station has no ShipStation V2 key, so it cannot buy return labels.")
        if row.is_return:
            return self.tr("This is a return label already.")
        if row.voided:
            return self.tr("This label was voided: ShipStation makes return labels only for live labels.")
        return None

    def tracking(self, row: HistoryRow | None, session: Any) -> str | None:
        if (reason := self.any(row)) is not None or row is None:
            return reason
        if row.api != "v2" or not row.label_id:
            return self.tr("ShipStation V1 has no tracking call: tracking status needs a V2 key and a V2 label.")
        if session.v2 is None:
            return self.tr("Tracking status needs a ShipStation V2 key.")
        return None
