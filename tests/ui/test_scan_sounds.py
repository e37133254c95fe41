"""Scan sounds (shipdesk/ui/scan_sounds.py): two distinct WAV tones in the profile, played by the system's
player without blocking; with no player an error still beeps."""

from __future__ import annotations

import os
import stat
import time
import wave

from shipdesk.ui import scan_sounds
from shipdesk.ui.scan_sounds import ERROR_TONES, SUCCESS_TONES, ScanSounds


def duration_ms(path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() * 1000 / w.getframerate()


def test_the_two_tones_are_written_once_and_differ(tmp_path, qapp):
    sounds = ScanSounds(tmp_path / "sounds")
    assert not sounds.success_file.exists()  # nothing written on the UI thread at start-up
    sounds.prepare()
    assert round(duration_ms(sounds.success_file)) == sum(ms for _f, ms, _sq in SUCCESS_TONES)
    assert round(duration_ms(sounds.error_file)) == sum(ms for _f, ms, _sq in ERROR_TONES)
    assert sounds.success_file.read_bytes() != sounds.error_file.read_bytes()
    stamp = sounds.error_file.stat().st_mtime_ns
    ScanSounds(tmp_path / "sounds").prepare()
    assert sounds.error_file.stat().st_mtime_ns == stamp


def test_a_player_on_the_path_plays_each_sound(tmp_path, monkeypatch, qapp):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "played.txt"
    player = bin_dir / "paplay"
    player.write_text(f"#!/bin/sh\necho \"$@\" >> {log}\n")
    player.chmod(player.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(scan_sounds.sys, "platform", "linux")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    sounds = ScanSounds(tmp_path / "sounds")
    sounds.prepare()
    assert sounds.description == "played with paplay"
    sounds.success()
    sounds.error()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (not log.exists() or len(log.read_text().splitlines()) < 2):
        time.sleep(0.05)
    assert sorted(log.read_text().split()) == sorted([str(sounds.success_file), str(sounds.error_file)])


def test_without_a_player_an_error_beeps_and_sounds_can_be_off(tmp_path, monkeypatch, qapp):
    beeps: list[int] = []
    monkeypatch.setattr(scan_sounds, "find_player", lambda: None)
    monkeypatch.setattr(scan_sounds.QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    sounds = ScanSounds(tmp_path / "sounds")
    sounds.prepare()
    sounds.success()
    sounds.error()
    assert beeps == [1] and "system beep" in sounds.description
    sounds.enabled = False
    sounds.error()
    assert beeps == [1]
