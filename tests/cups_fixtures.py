"""A private cupsd for the tests that print (shared/notes/platform.md §4, §9), one per test session.

Queues: ZebraRaw and ZebraPaused are raw `socket://` queues to an in-process TCP sink that plays a
networked Zebra (a raw `file:` queue silently drops jobs); PdfTest and PdfLetterOnly are the Generic PDF
PPD on `file:` devices, PdfTest with label media added.

Registered once for the whole suite by tests/conftest.py (`pytest_plugins`): libcups keeps the first
server a process talks to, so the printing, UI and crash tests must all share one cupsd.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from print_sink import Sink, reserve_port


@dataclass
class Cups:
    server: str
    root: Path
    pdf_out: Path
    env: dict[str, str]

    def run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(cmd), env=self.env, capture_output=True, text=True, timeout=30, check=True)

    @property
    def letter_out(self) -> Path:
        return self.root / "letter-only.out"

    def wait_for_pdf(self, queue: str = "PdfTest", timeout: float = 20.0) -> bytes:
        """A PDF queue's output once its jobs are done (PdfTest writes `pdf_out`, PdfLetterOnly
        `letter_out`); the Generic PDF PPD wraps it in PJL. Delete the file before printing to wait for
        a new job."""
        from shipdesk.printing.raw import cups_pending_jobs

        out = self.pdf_out if queue == "PdfTest" else self.letter_out
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not cups_pending_jobs(queue) and out.exists():
                data = out.read_bytes()
                if b"%%EOF" in data:
                    return data
            time.sleep(0.05)
        log = self.root / "log/error_log"
        raise AssertionError(f"the PDF queue {queue} produced nothing; cupsd log: "
                             f"{log.read_text(errors='replace') if log.exists() else ''}")


@pytest.fixture(scope="session")
def zpl_sink() -> Iterator[Sink]:
    sink = Sink()
    yield sink
    sink.close()


def _write_config(root: Path, port: int) -> None:
    (root / "etc/cupsd.conf").write_text(f"""LogLevel warn
Listen 127.0.0.1:{port}
Browsing Off
DefaultAuthType None
WebInterface No
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    # No PidFile: it is not a cups-files.conf directive and cupsd refuses to start on it.
    (root / "etc/cups-files.conf").write_text(f"""FileDevice Yes
ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
""")


_LABEL_MEDIA = {"w288h432": ("4x6in", 288, 432), "w288h486": ("4x6.75in", 288, 486)}


def _with_label_media(ppd: str) -> str:
    out = []
    for line in ppd.splitlines():
        out.append(line)
        for keyword, template in (
            ("*PageSize Letter/", '*PageSize {key}/{name}: "@PJL SET PAPER=CUSTOM<0A>"'),
            ("*PageRegion Letter/", '*PageRegion {key}/{name}: "@PJL SET PAPER=CUSTOM<0A>"'),
            ("*ImageableArea Letter/", '*ImageableArea {key}/{name}: "0 0 {w} {h}"'),
            ("*PaperDimension Letter/", '*PaperDimension {key}/{name}: "{w} {h}"'),
        ):
            if line.startswith(keyword):
                out += [template.format(key=k, name=n, w=w, h=h) for k, (n, w, h) in _LABEL_MEDIA.items()]
    return "\n".join(out) + "\n"


@pytest.fixture(scope="session")
def cups(zpl_sink: Sink) -> Iterator[Cups]:
    cupsd = shutil.which("cupsd") or ("/usr/sbin/cupsd" if os.path.exists("/usr/sbin/cupsd") else None)
    if not cupsd or not shutil.which("lp"):
        pytest.skip("CUPS is not installed (tools/setup.sh installs cups cups-client cups-bsd)")
    # Not tmp_path: pytest's dirs are 0700 and cupsd runs backends and filters as user lp.
    root = Path(tempfile.mkdtemp(prefix="shipdesk-cups-"))
    root.chmod(0o755)
    for d in ("etc/ppd", "spool/tmp", "cache", "state", "log"):
        (root / d).mkdir(parents=True)
    port = reserve_port()
    _write_config(root, port)
    proc = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "etc/cupsd.conf"), "-s", str(root / "etc/cups-files.conf")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    server = f"127.0.0.1:{port}"
    env = {**os.environ, "CUPS_SERVER": server}
    ctx = Cups(server, root, root / "pdf-queue.out", env)
    previous = os.environ.get("CUPS_SERVER")
    try:
        for _ in range(400):
            r = subprocess.run(["lpstat", "-r"], env=env, capture_output=True, text=True)
            if r.stdout.startswith("scheduler is running"):
                break
            time.sleep(0.025)
        else:
            pytest.fail("cupsd did not start: " + (root / "log/error_log").read_text(errors="replace"))
        models = ctx.run("lpinfo", "-m").stdout.splitlines()
        pdf_model = next((ln.split(" ", 1)[0] for ln in models if ln.endswith("Generic PDF Printer")), None)
        if pdf_model is None:
            pytest.fail("no Generic PDF Printer PPD in `lpinfo -m` (cups-filters missing?)")
        sink = f"socket://127.0.0.1:{zpl_sink.port}"
        ctx.run("lpadmin", "-p", "ZebraRaw", "-E", "-v", sink, "-m", "raw")
        ctx.run("lpadmin", "-p", "ZebraPaused", "-E", "-v", sink, "-m", "raw")
        # PdfLetterOnly: the Generic PDF PPD as shipped (office sizes only). PdfTest: the same PPD with 4x6
        # and 4x6.75 media added, as a thermal printer's driver lists them; its default stays Letter, so a
        # 4x6 page only comes out if ShipDesk asks for it.
        ctx.run("lpadmin", "-p", "PdfLetterOnly", "-E", "-v", f"file://{ctx.letter_out}", "-m", pdf_model)
        label_ppd = root / "label-pdf.ppd"
        label_ppd.write_text(_with_label_media((root / "etc/ppd/PdfLetterOnly.ppd").read_text()))
        ctx.run("lpadmin", "-p", "PdfTest", "-E", "-v", f"file://{ctx.pdf_out}", "-P", str(label_ppd))
        # libcups caches the server on first use in a process (Qt's QPrinterInfo): set it before that.
        os.environ["CUPS_SERVER"] = server
        yield ctx
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)
    if previous is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = previous
