"""Scanner or person? A state machine over key events that finds scanner bursts and gives back human typing.

No Qt. Feed it each key event in order with its time in milliseconds (`feed`), and call `tick(now)` when
`deadline` passes with nothing new. Every call returns a `Step` that says what to do with the event just fed
(hold it or let it through), which earlier held events to deliver first (in order), and whether a scan ended.

A scan is at least `min_length` characters, each within `max_gap_ms` of the one before, ended by a terminator
key (Enter, Tab) within `max_gap_ms`, or by the configured suffix, or (for scanners that send no terminator,
`end_on_gap`) by the gap itself. People type 80-250 ms apart; scanners 1-20 ms (shared/notes/packing-bench.md
§2.5), so a person never makes a scan. Until a burst is known to be a scan its events are held, at most
`max_gap_ms` after the last one; if no scan follows they are given back, in order, exactly as they came.

A burst that stops half-way (a gap, then the rest) is not a scan either: the first part has gone back as typed
text by then, and the rest would be a truncated code (the wrong order). So a fast run that ends by a gap marks
the next `INTERRUPT_WINDOW_MS`: a terminated burst inside it goes back as text too, and `Step.interrupted`
says so (the UI shows "scan again").

Items are opaque to the detector (the Qt filter passes copies of its events; tests pass strings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

INTERRUPT_WINDOW_MS = 400
MIN_INTERRUPTED_RUN = 3  # a fast run this long that stops without a terminator is a scanner that stalled
TERMINATORS = ("enter", "tab")


class Key(Enum):
    CHAR = "char"  # a key press that typed text (AltGr characters included)
    TERMINATOR = "terminator"  # Enter/Return or Tab press (`name` says which)
    MODIFIER = "modifier"  # Shift, AltGr, Control... pressed alone: scanners press Shift for capitals
    CHORD = "chord"  # Alt/Ctrl + key: part of a burst if one is running (AltGr on a US computer), else other
    RELEASE = "release"  # any key release
    OTHER = "other"  # arrows, Backspace, F-keys, auto-repeat: always a person


@dataclass(frozen=True)
class BurstSettings:
    max_gap_ms: float = 35.0
    min_length: int = 4
    terminators: frozenset[str] = frozenset(TERMINATORS)
    end_on_gap: bool = False  # the scanner sends no terminator: a long enough fast run ending in a gap is a scan
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Burst:
    """What a scanner sent: the text with prefix/suffix taken off, and how it arrived."""

    text: str
    raw: str  # every character, prefix and suffix included
    terminator: str  # "enter", "tab", "suffix" or "gap"
    gaps_ms: tuple[float, ...]  # between successive characters (and the last one to the terminator)
    started_ms: float
    prefix_found: bool = False
    suffix_found: bool = False


@dataclass(frozen=True)
class Interrupted:
    """A fast run given back as typed text because it was cut by a gap (or came right after one)."""

    raw: str
    gap_ms: float  # the gap that cut it (or 0 when it is the tail after a cut)


@dataclass(frozen=True)
class Step[T]:
    hold: bool = False  # True: the event just fed is held (or eaten); False: let it through after `release`
    release: tuple[T, ...] = ()  # deliver these first, in this order
    scan: Burst | None = None
    interrupted: Interrupted | None = None


@dataclass
class _Held[T]:
    item: T
    kind: Key
    text: str
    key_id: int | None


@dataclass
class _State[T]:
    held: list[_Held[T]] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    times: list[float] = field(default_factory=list)  # one per character
    pressed: dict[int, int] = field(default_factory=dict)  # key id -> presses held but not yet released
    eat_releases: set[int] = field(default_factory=set)  # keys whose press went into a scan


class BurstDetector[T]:
    def __init__(self, settings: BurstSettings | None = None) -> None:
        self.settings = settings or BurstSettings()
        self._s: _State[T] = _State()
        self._interrupted_until = float("-inf")
        self._last_cut_gap = 0.0

    # -- queries ---------------------------------------------------------------------------------

    @property
    def deadline(self) -> float | None:
        """When held characters must go back if nothing else comes (None: nothing held)."""
        return self._s.times[-1] + self.settings.max_gap_ms if self._s.times else None

    @property
    def holding(self) -> bool:
        return bool(self._s.held)

    def in_burst(self, now: float) -> bool:
        """Characters are held and the next key would still be part of their burst."""
        return bool(self._s.times) and now - self._s.times[-1] <= self.settings.max_gap_ms

    # -- events ----------------------------------------------------------------------------------

    def feed(self, item: T, kind: Key, now: float, text: str = "", key_id: int | None = None,
             name: str = "") -> Step[T]:
        """One key event. `text` for CHAR, `name` ("enter"/"tab") for TERMINATOR, `key_id` pairs presses
        with releases."""
        s = self._s
        if kind is Key.RELEASE:
            return self._release(item, key_id)
        if key_id is not None:
            s.eat_releases.discard(key_id)  # a new press: an old release that never came is no longer owed
        if kind is Key.CHAR:
            return self._char(item, text, now, key_id)
        if kind is Key.TERMINATOR:
            return self._terminator(item, name, now, key_id)
        if kind in (Key.MODIFIER, Key.CHORD) and s.held and (kind is Key.MODIFIER or self.in_burst(now)):
            self._hold(item, kind, "", key_id)
            return Step(hold=True)
        before = self._give_back(now)  # a person's key: what was held goes first, then this one
        return Step(hold=False, release=before.release, scan=before.scan, interrupted=before.interrupted)

    def tick(self, now: float) -> Step[T]:
        """Nothing came: once the gap has passed, held characters end as a scan (end_on_gap) or go back."""
        if not self._s.times or now - self._s.times[-1] <= self.settings.max_gap_ms:
            return Step()
        return self._give_back(now)

    def flush(self) -> Step[T]:
        """Give everything held back now (focus moved, a click, the filter is being removed)."""
        return self._give_back(float("inf"), ended_by_gap=False)

    # -- the rules -------------------------------------------------------------------------------

    def _char(self, item: T, text: str, now: float, key_id: int | None) -> Step[T]:
        s, cfg = self._s, self.settings
        release: tuple[T, ...] = ()
        scan = interrupted = None
        if s.times and now - s.times[-1] > cfg.max_gap_ms:
            before = self._give_back(now)
            release, scan, interrupted = before.release, before.scan, before.interrupted
        s = self._s  # a new buffer when the old one was given back
        self._hold(item, Key.CHAR, text, key_id)
        s.chars.append(text)
        s.times.append(now)
        raw = "".join(s.chars)
        if cfg.suffix and raw.endswith(cfg.suffix) and len(raw) - len(cfg.suffix) >= cfg.min_length \
                and now > self._interrupted_until:
            return Step(hold=True, release=release, scan=self._finish("suffix", now))
        return Step(hold=True, release=release, scan=scan, interrupted=interrupted)

    def _terminator(self, item: T, name: str, now: float, key_id: int | None) -> Step[T]:
        s, cfg = self._s, self.settings
        fast = bool(s.times) and now - s.times[-1] <= cfg.max_gap_ms
        if name in cfg.terminators and fast and len(s.chars) >= cfg.min_length:
            if s.times[0] <= self._interrupted_until:
                # The tail of a burst that stalled: its start already went back as text. Give this back too.
                raw = "".join(s.chars)
                release = self._take()
                return Step(hold=False, release=release, interrupted=Interrupted(raw, 0.0))
            if key_id is not None:
                s.eat_releases.add(key_id)
            return Step(hold=True, scan=self._finish(name, now))
        before = self._give_back(now)
        return Step(hold=False, release=before.release, scan=before.scan, interrupted=before.interrupted)

    def _release(self, item: T, key_id: int | None) -> Step[T]:
        s = self._s
        if key_id is not None and key_id in s.eat_releases:
            s.eat_releases.discard(key_id)
            return Step(hold=True)
        if s.held:
            self._hold(item, Key.RELEASE, "", key_id)
            if key_id is not None and s.pressed.get(key_id):
                s.pressed[key_id] -= 1
            return Step(hold=True)
        return Step(hold=False)

    def _hold(self, item: T, kind: Key, text: str, key_id: int | None) -> None:
        self._s.held.append(_Held(item, kind, text, key_id))
        if kind is not Key.RELEASE and key_id is not None:
            self._s.pressed[key_id] = self._s.pressed.get(key_id, 0) + 1

    def _give_back(self, now: float, ended_by_gap: bool = True) -> Step[T]:
        """The held burst ended without a terminator: a scan (end_on_gap) or typing to give back."""
        s, cfg = self._s, self.settings
        if not s.held:
            return Step()
        raw = "".join(s.chars)
        if ended_by_gap and cfg.end_on_gap and len(raw) >= cfg.min_length and s.times[0] > self._interrupted_until:
            return Step(hold=False, scan=self._finish("gap", now))
        interrupted = None
        if ended_by_gap and len(s.chars) >= MIN_INTERRUPTED_RUN and not cfg.end_on_gap:
            gap = now - s.times[-1] if now != float("inf") else 0.0
            self._interrupted_until = s.times[-1] + INTERRUPT_WINDOW_MS
            interrupted = Interrupted(raw, gap)
        return Step(hold=False, release=self._take(), interrupted=interrupted)

    def _take(self) -> tuple[T, ...]:
        """Empty the buffer; its events, in the order they came."""
        items = tuple(h.item for h in self._s.held)
        self._s = _State(eat_releases=self._s.eat_releases)
        return items

    def _finish(self, terminator: str, now: float) -> Burst:
        s, cfg = self._s, self.settings
        raw = "".join(s.chars)
        # Keys pressed in the scan whose release has not come yet: their releases belong to the scan too.
        s.eat_releases.update(k for k, n in s.pressed.items() if n > 0)
        gaps = [b - a for a, b in zip(s.times, s.times[1:], strict=False)]
        if terminator in TERMINATORS:
            gaps.append(now - s.times[-1])
        text, prefix_found, suffix_found = raw, False, False
        if cfg.prefix and text.startswith(cfg.prefix):
            text, prefix_found = text[len(cfg.prefix):], True
        if cfg.suffix and text.endswith(cfg.suffix):
            text, suffix_found = text[:-len(cfg.suffix)], True
        burst = Burst(text, raw, terminator, tuple(gaps), s.times[0], prefix_found, suffix_found)
        self._s = _State(eat_releases=s.eat_releases)
        return burst


def typed_at(text: str, start_ms: float, gap_ms: float) -> Sequence[tuple[str, float]]:
    """(character, time) pairs for `text` typed `gap_ms` apart: test and self-test helper."""
    return [(ch, start_ms + n * gap_ms) for n, ch in enumerate(text)]
