"""The smoke check for a frozen ShipDesk: the same script here (build-linux.sh --smoke, the bundle test) and on
the Windows, macOS and Linux runners.

    python installer/smoke.py TARGET [--expect-printer NAME]... [--expect-keyring NAME] [--keyring-roundtrip]
                                     [--report FILE] [--out DIR] [--timeout SECONDS]

TARGET is a bundle folder (dist/linux/ShipDesk), a ShipDesk.app, the executable itself, or `source` (this
Python running main.py: checks the checker without a build). Everything runs offscreen, in demo mode, with
a throwaway profile and no SHIPDESK_* keys in the environment.

1. `ShipDesk --demo --smoke` starts and exits 0 with "ready (N orders on screen)" (a windowed Windows build
   has no stdout; it exits 0 only once orders are on screen).
2. `ShipDesk selftest` passes all its checks (barcodes, translations, keyring, printers, a demo label
   rendered by QtPdf, the main window) and reports the version in pyproject.toml.
3. Here, outside the app: the label's barcode decodes (zxing-cpp, when this Python has it); keyring uses a
   real backend wherever this Python finds one, always on Windows and macOS, and `--expect-keyring` if
   given; the app's printers are the OS's (CUPS `lpstat -e` on Linux and macOS, Get-Printer on Windows),
   including every `--expect-printer`.

Exit 0 when all passed. Run it with a Python that has ShipDesk's dependencies (the build venv).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_info import ROOT, executable, load_app_info

sys.path.insert(0, str(ROOT))


@dataclass
class Verdicts:
    lines: list[tuple[bool, str, str]] = field(default_factory=list)

    def add(self, ok: bool, name: str, detail: str) -> None:
        self.lines.append((ok, name, detail))
        print(f"  {'PASS' if ok else 'FAIL'} {name:<16} {detail}", flush=True)

    @property
    def ok(self) -> bool:
        return bool(self.lines) and all(ok for ok, _, _ in self.lines)


def command_for(target: str) -> tuple[list[str], bool]:
    """The command that starts ShipDesk, and whether it is a frozen build."""
    if target == "source":
        return [sys.executable, str(ROOT / "main.py")], False
    path = Path(target)
    exe = executable(path) if path.is_dir() else path
    if not exe.is_file():
        raise SystemExit(f"no ShipDesk executable at {exe}")
    return [str(exe)], True


def app_env() -> dict[str, str]:
    # Never a real account: no keys from this shell reach the app. Offscreen unless the caller chose.
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHIPDESK_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                              encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode(errors="replace") if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return subprocess.CompletedProcess(cmd, -9, out, f"timed out after {timeout:.0f} s")


def check_start(v: Verdicts, cmd: list[str], env: dict[str, str], work: Path, frozen: bool, timeout: float) -> None:
    result = run([*cmd, "--demo", "--smoke", "--profile-dir", str(work / "start-profile")], env, timeout)
    found = re.search(r"ready \((\d+) orders on screen\)", result.stdout)
    no_stdout = frozen and sys.platform == "win32" and not result.stdout.strip()
    if result.returncode == 0 and (found or no_stdout):
        v.add(found is None or int(found[1]) > 0, "start --smoke",
              found[0] if found else "exit 0 (windowed build: no stdout; it exits 0 only with orders on screen)")
    else:
        v.add(False, "start --smoke", f"exit {result.returncode}: {_tail(result)}")


def run_selftest(v: Verdicts, cmd: list[str], env: dict[str, str], work: Path, roundtrip: bool,
                 timeout: float) -> dict[str, Any] | None:
    report_file = work / "selftest.json"
    args = [*cmd, "selftest", "--report", str(report_file), "--out", str(work)]
    result = run(args + (["--keyring-roundtrip"] if roundtrip else []), env, timeout)
    if not report_file.exists():
        v.add(False, "selftest", f"no report (exit {result.returncode}): {_tail(result)}")
        return None
    report: dict[str, Any] = json.loads(report_file.read_text(encoding="utf-8"))
    for name, check in report["checks"].items():
        v.add(bool(check["ok"]), name, check["detail"])
        if not check["ok"] and check.get("traceback"):
            print(check["traceback"], flush=True)
    if result.returncode != 0 and report["ok"]:
        v.add(False, "selftest", f"exit {result.returncode} although every check passed: {_tail(result)}")
    return report


def check_version(v: Verdicts, report: dict[str, Any], frozen: bool) -> None:
    want = load_app_info().version
    v.add(report["version"] == want and report["frozen"] == frozen, "version",
          f"{report['version']} (pyproject {want}), frozen={report['frozen']}, Qt {report['qt']}, "
          f"Python {report['python']}, platform {report['qpa']}")


def check_label_decodes(v: Verdicts, report: dict[str, Any]) -> None:
    label = report["checks"]["label"]
    if not label.get("png"):
        return  # the label check failed already, and said why
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        print("  note: zxing-cpp is not installed in this Python: the label's barcode was not decoded", flush=True)
        return
    read = [r.text for r in zxingcpp.read_barcodes(Image.open(label["png"]))]
    v.add(label["tracking_number"] in read, "label barcode", f"zxing-cpp reads {read}, tracking number "
          f"{label['tracking_number']}")


def check_keyring(v: Verdicts, report: dict[str, Any], expect: str | None) -> None:
    facts = report["checks"]["keyring"]
    backend = facts.get("backend", "?")
    if expect:
        v.add(expect.lower() in backend.lower(), "keyring expected", f"{backend} (expected {expect})")
    if sys.platform in ("win32", "darwin"):
        v.add(bool(facts.get("usable")), "keyring real", f"{backend} (Windows and macOS always have one)")
        return
    try:
        from shipdesk.selftest import keyring_facts
    except ImportError:
        print("  note: this Python has no ShipDesk/keyring to compare the app's keyring with", flush=True)
        return
    here = keyring_facts()
    if here["usable"]:  # a keyring service is on this session: the app must find it, not fall back
        v.add(bool(facts.get("usable")), "keyring real", f"app: {backend}; this Python: {here['backend']}")
    else:
        v.add(True, "keyring real", f"no keyring service in this session (this Python: {here['backend']}); "
              f"the app reports it: {backend}")


def os_printers(env: dict[str, str]) -> tuple[list[str] | None, str]:
    """The OS's own printer list, asked without Qt; None with the reason when it can't be asked."""
    if sys.platform == "win32":
        result = subprocess.run(["powershell", "-NoProfile", "-NonInteractive", "-Command",
                                 "Get-Printer | ForEach-Object { $_.Name }"],
                                capture_output=True, text=True, timeout=60, env=env)
        if result.returncode != 0:
            return None, f"Get-Printer failed: {result.stderr.strip()[-200:]}"
        return [line.strip() for line in result.stdout.splitlines() if line.strip()], "Get-Printer"
    lpstat = shutil.which("lpstat")
    server = f" at CUPS_SERVER={env['CUPS_SERVER']}" if env.get("CUPS_SERVER") else ""
    if lpstat is None:
        return None, "lpstat is not installed (CUPS client)"
    status = subprocess.run([lpstat, "-r"], capture_output=True, text=True, timeout=30, env=env).stdout
    if not status.startswith("scheduler is running"):
        return None, f"no CUPS scheduler is running{server}"
    listed = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=30, env=env).stdout
    return sorted(listed.split()), f"CUPS (lpstat -e{server})"


def check_printers(v: Verdicts, report: dict[str, Any], env: dict[str, str], expect: list[str]) -> None:
    facts = report["checks"]["printers"]
    app_list = sorted(facts.get("printers", []))
    system, source = os_printers(env)
    if system is None:
        # Linux must be checked against CUPS: start cupsd (or point CUPS_SERVER at one) and run again.
        v.add(sys.platform == "darwin", "printers = OS", f"could not ask the OS: {source}; app lists {app_list}")
    else:
        v.add(sorted(p.casefold() for p in system) == [p.casefold() for p in app_list], "printers = OS",
              f"app {app_list}; {source} {sorted(system)}")
    missing = [name for name in expect if name not in app_list]
    if expect:
        v.add(not missing, "printers expected", f"missing {missing}" if missing else f"{expect} listed")


def _tail(result: subprocess.CompletedProcess[str]) -> str:
    return (result.stdout + result.stderr).strip()[-800:] or "(no output)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smoke.py", description="Smoke-check a frozen ShipDesk (see the docstring).")
    parser.add_argument("target", help="bundle folder, ShipDesk.app, executable, or `source`")
    parser.add_argument("--expect-printer", action="append", default=[], metavar="NAME",
                        help="a printer queue the app must list (repeatable)")
    parser.add_argument("--expect-keyring", metavar="NAME", help="part of the backend's name, e.g. SecretService")
    parser.add_argument("--keyring-roundtrip", action="store_true",
                        help="let the app write, read back and delete a throwaway keyring entry")
    parser.add_argument("--report", type=Path, metavar="FILE", help="write the verdicts and the selftest report")
    parser.add_argument("--out", type=Path, metavar="DIR", help="keep the rendered label and reports in DIR")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per app run (default 180)")
    args = parser.parse_args(argv)

    cmd, frozen = command_for(args.target)
    env = app_env()
    work = args.out or Path(tempfile.mkdtemp(prefix="shipdesk-smoke-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"ShipDesk smoke check: {' '.join(cmd)} (QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})", flush=True)
    v = Verdicts()
    try:
        check_start(v, cmd, env, work, frozen, args.timeout)
        report = run_selftest(v, cmd, env, work, args.keyring_roundtrip, args.timeout)
        if report is not None:
            check_version(v, report, frozen)
            check_label_decodes(v, report)
            check_keyring(v, report, args.expect_keyring)
            check_printers(v, report, env, args.expect_printer)
        if args.report:
            args.report.write_text(json.dumps({"ok": v.ok, "verdicts": [
                {"ok": ok, "check": name, "detail": detail} for ok, name, detail in v.lines],
                "selftest": report}, indent=2), encoding="utf-8")
    finally:
        if args.out is None:
            shutil.rmtree(work, ignore_errors=True)
    print("Result: " + ("OK" if v.ok else "FAILED"), flush=True)
    return 0 if v.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
