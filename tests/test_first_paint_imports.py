"""What the first paint may import: Qt, sqlite3 and the Orders table, not pydantic, httpx, the API or the sandbox
(only its config, to start the demo's sandbox process with the demo keys).

`main.py --demo --smoke` twice on one profile (the second finds a cache); the second run's stage 1 is checked
in a process of its own at the moment its cached orders are painted. Also: the pydantic-free copies that make
this possible agree with their originals.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from shipdesk.api.v1.models import ORDER_STATUSES
from shipdesk.config import Settings
from shipdesk.settings_peek import FirstSettings, peek_settings
from shipdesk.ui import orders_model

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("pydantic", "httpx", "shipdesk.api", "shipdesk.sandbox", "reportlab", "shipdesk.ui.rates_tab",
         "shipdesk.ui.scan_controller", "shipdesk.printing")
LIGHT = ("shipdesk.sandbox", "shipdesk.sandbox.config")  # a dataclass: the demo keys and defaults

PROBE = """
import os
import sys
from PySide6.QtWidgets import QApplication
from shipdesk.app import build_parser
from shipdesk.core.demo_sandbox import early_demo_sandbox
from shipdesk.paths import Paths
from shipdesk.ui.staged_start import StagedStart

args = build_parser().parse_args(["--demo", "--lang", "en", "--profile-dir", sys.argv[1]])
early = early_demo_sandbox(args.demo, Paths(args.profile_dir).database)  # as app.run_gui does, before Qt
app = QApplication(sys.argv[:1])
start = StagedStart(app, args, early)
seen = []

def painted(count):
    seen.append(count)
    print("painted", count, "loaded", *sorted(n for n in sys.modules if n.startswith(tuple(sys.argv[2:]))),
          flush=True)
    early.stop()
    os._exit(0)  # before stage 2 (connected after this) opens the session

start.orders_painted.connect(painted)
app.exec()
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_cached_orders_are_painted_without_the_api_layer(tmp_path):
    smoke = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo", "--smoke", "--profile-dir",
                            str(tmp_path)], capture_output=True, text=True, timeout=120, env=_env())
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    probe = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), *HEAVY], capture_output=True, text=True,
                           timeout=120, env=_env(), cwd=ROOT)
    assert probe.returncode == 0, probe.stdout + probe.stderr
    words = probe.stdout.split()
    assert words[:2] == ["painted", words[1]] and int(words[1]) > 0  # real cached orders on screen
    heavy = [name for name in words[3:] if name not in LIGHT]
    assert words[2] == "loaded" and not heavy, f"imported before the first paint: {heavy}"


def test_order_statuses_of_the_first_paint_are_v1s():
    assert orders_model.ORDER_STATUSES == ORDER_STATUSES


def test_settings_peek_gives_what_settings_load_gives(tmp_path):
    path = tmp_path / "settings.json"
    assert peek_settings(path) == FirstSettings(Settings().language, Settings().default_status)  # no file
    path.write_text(json.dumps({"language": "fr", "default_status": "on_hold", "refresh_minutes": 7}))
    loaded = Settings.load(path)
    assert peek_settings(path) == FirstSettings(loaded.language, loaded.default_status) == FirstSettings("fr", "on_hold")
    path.write_text("{not json")
    assert peek_settings(path) == FirstSettings()
    assert path.exists()  # only read: setting a damaged file aside is Settings.load's job
