"""Scanner or person (shipdesk/core/scan_burst.py): the detector fed key events with controlled timestamps.

`Desk` plays the widget: it receives what the detector lets through or gives back, in delivery order, and
collects scans. Properties with hypothesis: a person's typing never becomes a scan and reaches the widget
exactly; a scanner's burst is one scan and reaches the widget not at all; whatever the mix, every key ends up
delivered once or inside a scan, and deliveries keep the order the keys came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shipdesk.core.scan_burst import Burst, BurstDetector, BurstSettings, Interrupted, Key

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class Ev:
    n: int  # feed order
    kind: Key
    text: str = ""
    name: str = ""
    key_id: int | None = None


@dataclass
class Desk:
    settings: BurstSettings = field(default_factory=BurstSettings)
    delivered: list[Ev] = field(default_factory=list)
    scans: list[Burst] = field(default_factory=list)
    cuts: list[Interrupted] = field(default_factory=list)
    fed: list[Ev] = field(default_factory=list)
    now: float = 0.0

    def __post_init__(self) -> None:
        self.detector: BurstDetector[Ev] = BurstDetector(self.settings)

    def _take(self, step: object, current: Ev | None) -> None:
        self.delivered.extend(step.release)  # type: ignore[attr-defined]
        if step.scan is not None:  # type: ignore[attr-defined]
            self.scans.append(step.scan)  # type: ignore[attr-defined]
        if step.interrupted is not None:  # type: ignore[attr-defined]
            self.cuts.append(step.interrupted)  # type: ignore[attr-defined]
        if current is not None and not step.hold:  # type: ignore[attr-defined]
            self.delivered.append(current)

    def key(self, kind: Key, at: float, text: str = "", name: str = "", key_id: int | None = None) -> Ev:
        self.tick(at)  # the deadline timer would have fired in between
        self.now = at
        ev = Ev(len(self.fed), kind, text, name, key_id)
        self.fed.append(ev)
        self._take(self.detector.feed(ev, kind, at, text=text, key_id=key_id, name=name), ev)
        return ev

    def tick(self, until: float) -> None:
        deadline = self.detector.deadline
        while deadline is not None and deadline < until:
            self._take(self.detector.tick(deadline + 1), None)
            deadline = self.detector.deadline

    def type(self, text: str, start: float, gap: float, terminator: str | None = None) -> float:
        at = start
        for ch in text:
            key_id = ord(ch.upper())
            self.key(Key.CHAR, at, text=ch, key_id=key_id)
            self.key(Key.RELEASE, at + 1, key_id=key_id)
            at += gap
        if terminator is not None:
            self.key(Key.TERMINATOR, at, name=terminator, key_id=1000)
            self.key(Key.RELEASE, at + 1, key_id=1000)
        return at

    def finish(self) -> None:
        self.tick(self.now + 10_000)

    @property
    def typed(self) -> str:
        """What a text field would hold: delivered characters, in order."""
        return "".join(ev.text for ev in self.delivered if ev.kind is Key.CHAR)


def test_a_scanner_burst_is_one_scan_and_the_widget_sees_nothing():
    desk = Desk()
    desk.type("NW-100001", start=0, gap=5, terminator="enter")
    desk.finish()
    assert [s.text for s in desk.scans] == ["NW-100001"]
    assert desk.scans[0].terminator == "enter"
    assert desk.scans[0].gaps_ms == (5.0,) * 9
    assert desk.delivered == []  # presses, releases and the Enter all went into the scan


def test_a_person_typing_keeps_every_key_in_order():
    desk = Desk()
    desk.type("hello world", start=0, gap=120, terminator="enter")
    desk.finish()
    assert desk.scans == []
    assert desk.typed == "hello world"
    assert [ev.n for ev in desk.delivered] == sorted(ev.n for ev in desk.delivered)
    assert len(desk.delivered) == len(desk.fed)


def test_each_held_character_goes_back_once_its_gap_has_passed():
    desk = Desk()
    desk.key(Key.CHAR, 0, text="a", key_id=65)
    assert desk.delivered == [] and desk.detector.deadline == 35
    desk.detector.tick(30)
    assert desk.delivered == []
    desk.tick(36)
    assert desk.typed == "a"


def test_an_interrupted_burst_goes_back_as_typing_in_order_and_says_so():
    desk = Desk()
    at = desk.type("NW-10", start=0, gap=5)
    desk.type("0001", start=at + 100, gap=5, terminator="enter")
    desk.finish()
    assert desk.scans == []
    assert desk.typed == "NW-100001"
    assert [ev.n for ev in desk.delivered] == list(range(len(desk.fed)))  # Enter too, last
    assert [c.raw for c in desk.cuts] == ["NW-10", "0001"]
    assert desk.cuts[0].gap_ms > 35 and desk.cuts[1].gap_ms == 0


def test_a_burst_long_after_an_interruption_is_a_scan_again():
    desk = Desk()
    desk.type("NW-10", start=0, gap=5)
    desk.type("NW-100001", start=2_000, gap=5, terminator="enter")
    desk.finish()
    assert [s.text for s in desk.scans] == ["NW-100001"]


def test_too_short_a_burst_is_typing():
    desk = Desk()
    desk.type("ab1", start=0, gap=5, terminator="enter")
    desk.finish()
    assert desk.scans == [] and desk.typed == "ab1"
    assert desk.delivered[-2].kind is Key.TERMINATOR  # Enter after the characters it followed


def test_tab_ends_a_scan_only_when_it_is_a_terminator():
    desk = Desk(BurstSettings(terminators=frozenset({"enter"})))
    desk.type("ABCD1234", start=0, gap=5, terminator="tab")
    desk.finish()
    assert desk.scans == [] and desk.typed == "ABCD1234"
    desk = Desk()
    desk.type("ABCD1234", start=0, gap=5, terminator="tab")
    assert [s.terminator for s in desk.scans] == ["tab"]


def test_a_scanner_without_terminator_ends_on_the_gap():
    desk = Desk(BurstSettings(end_on_gap=True))
    desk.type("036000291452", start=0, gap=4)
    desk.finish()
    assert [(s.text, s.terminator) for s in desk.scans] == [("036000291452", "gap")]
    assert desk.delivered == []


def test_prefix_and_suffix_are_taken_off_and_a_suffix_ends_the_scan():
    desk = Desk(BurstSettings(prefix="]C1", suffix="##"))
    desk.type("]C1NW-100001##", start=0, gap=3)
    assert [(s.text, s.terminator, s.prefix_found, s.suffix_found) for s in desk.scans] == \
        [("NW-100001", "suffix", True, True)]


def test_shift_inside_a_burst_is_part_of_it_and_a_backspace_releases_first():
    desk = Desk()
    desk.key(Key.MODIFIER, 0, key_id=500)  # Shift for a capital
    desk.key(Key.CHAR, 1, text="N", key_id=78)
    desk.key(Key.MODIFIER, 2, key_id=500)
    desk.key(Key.CHAR, 3, text="W", key_id=87)
    assert desk.delivered[0].n == 0  # the first Shift: nothing held yet, so it went through
    bs = desk.key(Key.OTHER, 4, key_id=600)
    assert [ev.n for ev in desk.delivered] == [0, 1, 2, 3, bs.n]


def test_late_releases_of_scan_keys_are_eaten_but_a_new_press_is_not():
    desk = Desk()
    for n, ch in enumerate("ABCD"):
        desk.key(Key.CHAR, n * 5, text=ch, key_id=ord(ch))
    desk.key(Key.TERMINATOR, 20, name="enter", key_id=1000)
    assert len(desk.scans) == 1
    desk.key(Key.RELEASE, 21, key_id=ord("D"))
    desk.key(Key.RELEASE, 22, key_id=1000)
    assert desk.delivered == []
    desk.key(Key.CHAR, 500, text="D", key_id=ord("D"))
    release = desk.key(Key.RELEASE, 501, key_id=ord("D"))
    desk.finish()
    assert desk.typed == "D" and desk.delivered[-1] is release


# -- properties -------------------------------------------------------------------------------------

printable = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=25)


@FEW
@given(st.lists(st.tuples(printable, st.sampled_from([None, "enter", "tab"])), min_size=1, max_size=4),
       st.lists(st.floats(min_value=36, max_value=400), min_size=1, max_size=8))
def test_human_speed_typing_never_becomes_a_scan_and_arrives_exactly(chunks, gaps):
    desk = Desk()
    at, n = 0.0, 0
    expected = ""
    for text, terminator in chunks:
        for ch in text:
            desk.key(Key.CHAR, at, text=ch, key_id=ord(ch))
            desk.key(Key.RELEASE, at + 1, key_id=ord(ch))
            at += gaps[n % len(gaps)]
            n += 1
            expected += ch
        if terminator:
            desk.key(Key.TERMINATOR, at, name=terminator, key_id=1000)
            at += gaps[n % len(gaps)]
    desk.finish()
    assert desk.scans == []
    assert desk.typed == expected
    assert [ev.n for ev in desk.delivered] == list(range(len(desk.fed)))


@FEW
@given(printable.filter(lambda t: len(t) >= 4), st.floats(min_value=0, max_value=35),
       st.sampled_from(["enter", "tab"]))
def test_a_scanner_burst_of_any_text_is_exactly_one_scan(text, gap, terminator):
    desk = Desk()
    desk.type(text, start=0, gap=gap, terminator=terminator)
    desk.finish()
    assert [s.text for s in desk.scans] == [text]
    assert desk.delivered == []


@FEW
@given(st.lists(st.tuples(st.sampled_from([Key.CHAR, Key.CHAR, Key.CHAR, Key.TERMINATOR, Key.MODIFIER, Key.OTHER,
                                           Key.RELEASE, Key.CHORD]),
                          st.sampled_from("ab^#1 "), st.floats(min_value=0, max_value=120)), max_size=40))
def test_every_key_is_delivered_once_or_scanned_and_deliveries_keep_their_order(events):
    desk = Desk()
    at = 0.0
    for kind, ch, gap in events:
        at += gap
        desk.key(kind, at, text=ch if kind is Key.CHAR else "", name="enter" if kind is Key.TERMINATOR else "",
                 key_id=ord(ch) if kind in (Key.CHAR, Key.RELEASE) else None)
    desk.finish()
    order = [ev.n for ev in desk.delivered]
    assert order == sorted(order) and len(set(order)) == len(order)
    scanned_chars = sum(len(s.raw) for s in desk.scans)
    chars = [ev for ev in desk.fed if ev.kind is Key.CHAR]
    delivered_chars = [ev for ev in desk.delivered if ev.kind is Key.CHAR]
    assert len(delivered_chars) + scanned_chars == len(chars)
    assert not desk.detector.holding
