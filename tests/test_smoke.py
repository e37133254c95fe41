"""`python main.py --demo --smoke`: what installers and benchmarks run to prove the app starts."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_smoke_start_shows_orders_and_exits_zero(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo", "--smoke", "--profile-dir",
                             str(tmp_path)], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("ready")
    assert (tmp_path / "shipdesk.sqlite3").exists()  # the order cache lives in the profile
