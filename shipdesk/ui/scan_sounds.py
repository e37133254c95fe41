"""Two sounds a packer tells apart without looking: a short rising chirp for a good scan, a low double buzz for
an error.

QSoundEffect would be the Qt way, but it lives in QtMultimedia, which PySide6-Essentials does not ship (it is
in PySide6-Addons, ~200 MB more in every installer). So the two tones are written once as small WAV files
(stdlib `wave`) into the profile (`prepare`, on the worker runner) and played by what the system has: `winsound` on Windows, `afplay` on
macOS, `paplay` / `pw-play` / `aplay` on Linux, all asynchronous. With no player, an error still beeps
(QApplication.beep) and a good scan is silent; the flash on the mode indicator is always there.
"""

from __future__ import annotations

import math
import shutil
import struct
import sys
import wave
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

RATE = 22_050
# (frequency Hz, milliseconds, square wave?) — 0 Hz is a pause
SUCCESS_TONES = ((1046.5, 70, False), (1568.0, 110, False))
ERROR_TONES = ((196.0, 180, True), (0.0, 70, False), (196.0, 260, True))
LINUX_PLAYERS = (("paplay", ()), ("pw-play", ()), ("aplay", ("-q",)))


def tone_frames(tones: tuple[tuple[float, int, bool], ...], volume: float = 0.45) -> bytes:
    """16-bit mono samples for a run of tones, each faded in and out over 5 ms so it doesn't click."""
    out = bytearray()
    for freq, ms, square in tones:
        count = RATE * ms // 1000
        fade = max(1, RATE * 5 // 1000)
        for n in range(count):
            if freq <= 0:
                value = 0.0
            else:
                wave_value = math.sin(2 * math.pi * freq * n / RATE)
                value = (1.0 if wave_value >= 0 else -1.0) * 0.6 if square else wave_value
            envelope = min(1.0, n / fade, (count - n) / fade)
            out += struct.pack("<h", int(value * envelope * volume * 32767))
    return bytes(out)


def write_wav(path: Path, tones: tuple[tuple[float, int, bool], ...]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(tone_frames(tones))
    return path


def find_player() -> tuple[str, tuple[str, ...]] | None:
    """("winsound", ()) on Windows, else a command line player found on PATH, else None."""
    if sys.platform == "win32":
        return "winsound", ()
    candidates = (("afplay", ()),) if sys.platform == "darwin" else LINUX_PLAYERS
    for program, args in candidates:
        found = shutil.which(program)
        if found:
            return found, args
    return None


class ScanSounds:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self.enabled = enabled
        self.player = find_player()
        self.success_file = folder / "scan-ok.wav"
        self.error_file = folder / "scan-error.wav"
        self.ready = False  # the files are written: until then errors beep and good scans are silent

    def prepare(self) -> None:
        """Write the two WAV files if they are missing (disk: call it on the worker runner)."""
        try:
            if not self.success_file.exists():
                write_wav(self.success_file, SUCCESS_TONES)
            if not self.error_file.exists():
                write_wav(self.error_file, ERROR_TONES)
        except OSError:
            self.player = None  # a read-only profile: beep instead
        self.ready = True

    @property
    def description(self) -> str:
        """How sounds are played here, for the scanner self-test (not translated: a technical detail)."""
        if self.player is None:
            return "no sound player found: errors use the system beep, good scans are silent"
        return f"played with {Path(self.player[0]).name}"

    def success(self) -> None:
        if self.enabled and self.ready and self.player is not None:
            self._play(self.success_file)

    def error(self) -> None:
        if not self.enabled:
            return
        if not self.ready or self.player is None or not self._play(self.error_file):
            QApplication.beep()

    def _play(self, path: Path) -> bool:
        assert self.player is not None
        program, args = self.player
        if program == "winsound":
            import winsound  # Windows only

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
            return True
        started, _pid = QProcess.startDetached(program, [*args, str(path)])
        return bool(started)
