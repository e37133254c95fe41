"""French for the packer: every string translated, none left behind by new code, and a French window."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from shipdesk.core import order_cache as oc
from shipdesk.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "shipdesk_fr.ts"
SCREENSHOTS = ROOT / "docs" / "screenshots"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
MNEMONIC = re.compile(r"&(?=[^&\s])")
WAIT = 30_000


def translations_tool() -> ModuleType:
    """tools/translations.py, imported from its path (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("shipdesk_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


def unfinished(ts: Path) -> list[tuple[str, str]]:
    return [(context, message.findtext("source") or "") for context, message in messages(ts)
            if message.find("translation") is None or message.find("translation").get("type") == "unfinished"]


def test_every_message_is_translated_and_keeps_its_placeholders_and_mnemonic():
    found = messages(TS)
    assert len(found) > 300
    bad = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:  # unfinished, obsolete, vanished
            bad.append((context, source, "not finished"))
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        if message.get("numerus") == "yes" and len(forms) != 2:  # French: singular (0 and 1) and plural
            bad.append((context, source, f"{len(forms)} plural forms"))
        for text in forms:
            if not text.strip():
                bad.append((context, source, "empty"))
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                bad.append((context, source, f"placeholders differ: {text!r}"))
            elif len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                bad.append((context, source, f"mnemonic lost or added: {text!r}"))
    assert not bad, "\n".join(map(str, bad))


def test_lupdate_on_the_current_code_finds_nothing_new_to_translate(tmp_path):
    tool = translations_tool()
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    subprocess.run([tool.tool("lupdate"), "-no-obsolete", "-locations", "none", *tool.ui_sources(),
                    "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    missing = unfinished(copy)
    assert not missing, ("strings in the code have no French yet: run `.venv/bin/python tools/translations.py` "
                         f"and translate them in {TS.relative_to(ROOT)}:\n" + "\n".join(map(str, missing)))


def test_french_window(qtbot, make_window):
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    assert install_translators(app, "fr") == "fr"
    added = [t for t in app.findChildren(QTranslator) if t not in before]
    try:
        assert added, "shipdesk_fr.qm did not load"
        window = make_window(start=False)  # built after the translators: its tr() calls see French
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == \
            ["&Commandes", "&Tarifs", "&Inventaire", "Éti&quettes"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&Fichier", "A&ller", "Affic&hage"] and menus[-1] == "&Aide", menus
        assert window.refresh_action.text() == "&Actualiser"
        assert window.search_action.text() == "&Rechercher des commandes"
        assert window.support_action.text() == "&Rapport pour le support…"
        assert window.orders.model.headerData(0, Qt.Orientation.Horizontal) == "N° commande"
        assert window.orders.actions.ship_button.text() == "Marquer ex&pédiée…"
        assert window.rates.get_rates_button.text() == "&Obtenir les tarifs"
        assert window.inventory.views.tabText(0) == "Niveaux de stock"
        assert window.history.model.headerData(0, Qt.Orientation.Horizontal) == "Commande"
        assert window.history.reprint_button.text() == "Ré&imprimer"

        window.start()
        qtbot.waitUntil(lambda: window.orders.model.rowCount() > 0, timeout=WAIT)
        # The same kind of order as orders.png: notes, a tag and a few items, selected.
        with window.sandbox.world.lock:
            world = {k: dict(v) for k, v in window.sandbox.world.orders.items()}
        shown = [r[oc.ORDER_ID] for r in window.orders.model.visible_rows()]
        pick = max(shown, key=lambda k: (bool(world[k]["internalNotes"]), bool(world[k]["tagIds"]),
                                         min(len(world[k]["items"]), 3), -k))
        with qtbot.waitSignal(window.ctx.order_selected, timeout=WAIT):
            assert window.orders.select_order(pick)
        details = window.orders.details.plain_text()
        assert f"Commande {world[pick]['orderNumber']}" in details and "Date de commande" in details
        assert window.orders.count_label.text().startswith("Commandes")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENSHOTS / "orders_fr.png"))
    finally:
        for translator in added:  # the other tests expect English
            app.removeTranslator(translator)
            translator.deleteLater()
