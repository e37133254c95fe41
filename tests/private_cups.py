"""A private cupsd with ShipDesk's test queues, started and stopped by the caller (no pytest here).

tests/cups_fixtures.py wraps it in the session fixture `cups`; the benchmarks (bench/) start one for their
printing figures. Queues: ZebraRaw and ZebraPaused are raw `socket://` queues to a TCP sink that plays a
networked Zebra (a raw `file:` queue silently drops jobs); PdfTest and PdfLetterOnly are the Generic PDF PPD
on `file:` devices, PdfTest with label media added. shared/notes/platform.md §4 and §9 say why each piece.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from print_sink import reserve_port


class CupsUnavailable(Exception):
    """CUPS is not installed here (tools/setup.sh installs cups cups-client cups-bsd)."""


class CupsFailed(Exception):
    """cupsd is installed but did not come up with the queues."""


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


class PrivateCups:
    """`with PrivateCups(sink_port) as cups:` a running cupsd with the four queues, removed afterwards.

    The raw queues print to `socket://127.0.0.1:<sink_port>`. Entering also sets CUPS_SERVER in this
    process (libcups, and so Qt's QPrinterInfo, keeps the first server it talks to); leaving restores it.
    """

    def __init__(self, sink_port: int) -> None:
        self.sink_port = sink_port
        self.proc: subprocess.Popen[bytes] | None = None
        self.root: Path | None = None
        self._previous: str | None = None
        self._env_set = False

    def __enter__(self) -> Cups:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def start(self) -> Cups:
        cupsd = shutil.which("cupsd") or ("/usr/sbin/cupsd" if os.path.exists("/usr/sbin/cupsd") else None)
        if not cupsd or not shutil.which("lp"):
            raise CupsUnavailable("CUPS is not installed (tools/setup.sh installs cups cups-client cups-bsd)")
        # Not a 0700 temp dir (pytest's tmp_path): cupsd runs backends and filters as user lp.
        root = self.root = Path(tempfile.mkdtemp(prefix="shipdesk-cups-"))
        root.chmod(0o755)
        for d in ("etc/ppd", "spool/tmp", "cache", "state", "log"):
            (root / d).mkdir(parents=True)
        port = reserve_port()
        _write_config(root, port)
        self.proc = subprocess.Popen(
            [cupsd, "-f", "-c", str(root / "etc/cupsd.conf"), "-s", str(root / "etc/cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        server = f"127.0.0.1:{port}"
        ctx = Cups(server, root, root / "pdf-queue.out", {**os.environ, "CUPS_SERVER": server})
        try:
            self._setup_queues(ctx)
        except BaseException:
            self.stop()
            raise
        self._previous, self._env_set = os.environ.get("CUPS_SERVER"), True
        os.environ["CUPS_SERVER"] = server
        return ctx

    def _setup_queues(self, ctx: Cups) -> None:
        for _ in range(400):
            r = subprocess.run(["lpstat", "-r"], env=ctx.env, capture_output=True, text=True)
            if r.stdout.startswith("scheduler is running"):
                break
            time.sleep(0.025)
        else:
            raise CupsFailed("cupsd did not start: " + (ctx.root / "log/error_log").read_text(errors="replace"))
        models = ctx.run("lpinfo", "-m").stdout.splitlines()
        pdf_model = next((ln.split(" ", 1)[0] for ln in models if ln.endswith("Generic PDF Printer")), None)
        if pdf_model is None:
            raise CupsFailed("no Generic PDF Printer PPD in `lpinfo -m` (cups-filters missing?)")
        sink = f"socket://127.0.0.1:{self.sink_port}"
        ctx.run("lpadmin", "-p", "ZebraRaw", "-E", "-v", sink, "-m", "raw")
        ctx.run("lpadmin", "-p", "ZebraPaused", "-E", "-v", sink, "-m", "raw")
        # PdfLetterOnly: the Generic PDF PPD as shipped (office sizes only). PdfTest: the same PPD with 4x6
        # and 4x6.75 media added, as a thermal printer's driver lists them; its default stays Letter, so a
        # 4x6 page only comes out if ShipDesk asks for it.
        ctx.run("lpadmin", "-p", "PdfLetterOnly", "-E", "-v", f"file://{ctx.letter_out}", "-m", pdf_model)
        label_ppd = ctx.root / "label-pdf.ppd"
        label_ppd.write_text(_with_label_media((ctx.root / "etc/ppd/PdfLetterOnly.ppd").read_text()))
        ctx.run("lpadmin", "-p", "PdfTest", "-E", "-v", f"file://{ctx.pdf_out}", "-P", str(label_ppd))

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
        if self._env_set:
            self._env_set = False
            if self._previous is None:
                os.environ.pop("CUPS_SERVER", None)
            else:
                os.environ["CUPS_SERVER"] = self._previous
