"""The station presets bar of the Rates tab: choose a preset, or save the current choice as one.

Presets live in `Settings.rate_presets`; every change is written to the profile on the worker runner.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from ..config import RatePreset, Settings
from ..core.rate_catalog import RateCatalog
from ..core.rate_presets import find_preset, preset_from, save_preset
from ..core.rate_types import RateOption, ShipmentToRate
from ..core.words import Words
from .context import UiContext
from .workers import Job


class PresetBar(QGroupBox):
    chosen = Signal(object)  # the RatePreset picked, or None for "no preset"
    save_asked = Signal(str)  # the name the packer typed for a new preset

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Station presets"), parent)
        self.ctx = ctx
        self._catalog: RateCatalog | None = None
        self._lock = threading.Lock()
        self._version = self._written = 0
        self.combo = QComboBox()
        self.combo.activated.connect(lambda index: self.choose(self.combo.itemData(index) or ""))
        self.save_button = QPushButton(self.tr("Save as &preset…"))
        self.save_button.clicked.connect(self.ask_name)
        row = QHBoxLayout(self)
        row.addWidget(self.combo, 1)
        row.addWidget(self.save_button)
        self.fill()

    @property
    def settings(self) -> Settings:
        return self.ctx.session.settings

    def selected(self) -> RatePreset | None:
        return find_preset(self.settings, self.settings.selected_preset) if self.settings.selected_preset else None

    def set_catalog(self, catalog: RateCatalog) -> None:
        self._catalog = catalog
        self.fill()

    def fill(self) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("(no preset)"), "")
        for preset in self.settings.rate_presets:
            carrier = self._catalog.carrier_name(preset.carrier_code) if self._catalog else preset.carrier_code
            self.combo.addItem(f"{preset.name} — {carrier}", preset.name)
        index = self.combo.findData(self.settings.selected_preset) if self.settings.selected_preset else 0
        self.combo.setCurrentIndex(max(index, 0))

    def choose(self, name: str) -> None:
        """Select a preset by name ("" for none), remember it for the station, and tell the tab."""
        preset = find_preset(self.settings, name) if name else None
        self.settings.selected_preset = preset.name if preset else ""
        self.combo.setCurrentIndex(max(self.combo.findData(self.settings.selected_preset), 0))
        self.write_settings()
        self.chosen.emit(preset)

    def ask_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as preset"),
                                        self.tr("Preset name (the same name replaces that preset):"),
                                        text=self.combo.currentData() or "")
        if ok:
            self.save_asked.emit(name)

    def save(self, name: str, shipment: ShipmentToRate, option: RateOption | None) -> tuple[
            RatePreset | None, Words | None]:
        preset, problem = preset_from(name, shipment, option)
        if preset is not None:
            save_preset(self.settings, preset)
            self.write_settings()
            self.fill()
        return preset, problem

    def write_settings(self) -> None:
        session = self.ctx.session
        snapshot = session.settings.model_copy(deep=True)  # the worker writes a copy the UI can't change
        self._version += 1
        version = self._version

        def write(_job: Job) -> None:
            with self._lock:  # two quick saves: an older snapshot must never land last
                if version > self._written:
                    snapshot.save(session.paths.settings)
                    self._written = version

        self.ctx.runner.run(write, name="save settings",
                            on_error=lambda exc: self.ctx.report_error(exc, self.tr("Saving the presets")))
