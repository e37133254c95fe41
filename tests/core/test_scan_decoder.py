"""What a scan is (shipdesk/core/scan_decoder.py), with the keyboard layouts (keyboard_layouts.py) and command
codes (scan_commands.py) it relies on. Properties with hypothesis: garbage never becomes a command or a product
code, and every valid code, as it arrives through every modelled layout mismatch, is recognised."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shipdesk.core import scan_decoder
from shipdesk.core.check_digits import gs1_check_digit, gtin_kind
from shipdesk.core.keyboard_layouts import LAYOUTS, PAIRS, US, mangle, unmangle
from shipdesk.core.scan_commands import SAFE_LETTERS, Command, command_code, parse_command
from shipdesk.core.scan_decoder import ScanDecoder, ScanKind
from shipdesk.printing.documents import scan_to_view_code

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
decoder = ScanDecoder(known_skus=["TEE-BLA-M", "SOAP-01", "4006381333931"])


def kind_of(text: str, d: ScanDecoder = decoder) -> ScanKind:
    return d.decode(text).kind


# -- examples a packer meets ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("NW-100001", ScanKind.ORDER_NUMBER, "NW-100001"),  # the sandbox's order numbers
    ("#1001", ScanKind.ORDER_NUMBER, "#1001"),  # Shopify
    ("111-2222222-3333333", ScanKind.ORDER_NUMBER, "111-2222222-3333333"),  # Amazon
    ("^#^1e240^", ScanKind.ORDER_ID, "123456"),
    ("^#^1E240^", ScanKind.ORDER_ID, "123456"),  # Caps Lock or another generator: either case
    ("TEE-BLA-M", ScanKind.SKU, "TEE-BLA-M"),
    ("tee-bla-m", ScanKind.SKU, "TEE-BLA-M"),  # Caps Lock
    ("036000291452", ScanKind.UPC, "036000291452"),
    ("4006381333931", ScanKind.SKU, "4006381333931"),  # a SKU that is also an EAN: the SKU wins
    ("96385074", ScanKind.UPC, "96385074"),
    ("1Z999AA10123456784", ScanKind.TRACKING, "1Z999AA10123456784"),
    ("012345678983", ScanKind.TRACKING, "012345678983"),  # FedEx Express, check digit 3
    ("EC123456785US", ScanKind.TRACKING, "EC123456785US"),
    ("\x1d42090210" "9400111899223100000000", ScanKind.TRACKING, "9400111899223100000000"),  # IMpb: 420+ZIP, GS
    ("Crème brûlée", ScanKind.TEXT, "Crème brûlée"),
])
def test_examples_are_classified(text, kind, value):
    scan = decoder.decode(text)
    assert (scan.kind, scan.value) == (kind, value)
    assert scan.raw == text


def test_order_id_scan_carries_the_id_and_the_documents_code_reads_back():
    for order_id in (1, 100001, 0xABCDEF, 2**40 + 7):
        scan = decoder.decode(scan_to_view_code(order_id))
        assert scan.kind is ScanKind.ORDER_ID and scan.order_id == order_id


def test_extra_kinds_are_listed_so_an_order_number_that_is_also_a_upc_can_still_open():
    scan = decoder.decode("036000291452")
    assert scan.detail == "UPC-A" and ScanKind.ORDER_NUMBER in scan.also
    assert scan.fits(ScanKind.ORDER_NUMBER)


def test_a_wrong_check_digit_is_not_a_product_and_says_so():
    scan = decoder.decode("036000291453")
    assert scan.kind is not ScanKind.UPC
    assert any("check digit is wrong" in note.text for note in scan.notes)


def test_ups_and_usps_shapes_with_a_bad_check_digit_are_tracking_but_unverified():
    scan = decoder.decode("1Z999AA10123456785")
    assert (scan.kind, scan.detail, scan.verified) == (ScanKind.TRACKING, "ups", False)
    assert any("check digit does not add up" in note.text for note in scan.notes)


@pytest.mark.parametrize(("text", "words"), [
    ("", "Nothing but blanks"),
    ("\x1b\x1b", "Nothing but blanks"),
    ("x" * 201, "Too long"),
    ("!!!", "No letters or digits"),
    ("SHIPDESKNEXTQ", "command barcode, but it arrived damaged"),
    ("^#^0^", "orderId 0"),
])
def test_garbage_is_unknown_with_a_reason_in_words(text, words):
    scan = decoder.decode(text)
    assert scan.kind is ScanKind.UNKNOWN
    assert scan.reason is not None and words in scan.reason.text


def test_a_bad_order_pattern_falls_back_to_the_default_and_says_why():
    d = ScanDecoder(order_pattern="([unclosed")
    assert d.decode("NW-100001").kind is ScanKind.ORDER_NUMBER
    assert d.pattern_problem is not None and "not valid" in d.pattern_problem.text


def test_a_store_pattern_makes_its_numbers_order_numbers():
    d = ScanDecoder(order_pattern=r"ORD/\d{4}/\d+")
    assert (d.decode("ORD/2024/55").kind, decoder.decode("ORD/2024/55").kind) == (ScanKind.ORDER_NUMBER,
                                                                                   ScanKind.TEXT)


# -- keyboard layouts -------------------------------------------------------------------------------


def test_the_documented_table_is_what_the_layout_model_says():
    doc = scan_decoder.__doc__ or ""

    def show(text: str) -> str:
        return text.replace(" ", "␣") if text else "(nothing)"

    for scanner, host in PAIRS:
        row = (f"| {scanner.name} -> {host.name} | {show(mangle('^', scanner, host))} | "
               f"{show(mangle('#', scanner, host))} | {show(mangle('^#^1e240^', scanner, host))} |")
        assert row in doc


def test_known_layout_facts():
    assert mangle("^#^", US, LAYOUTS["gb"]) == "^£^"  # UK: Shift+3 is £
    assert mangle("^#^", US, LAYOUTS["de"]) == "&§&"  # German: Shift+6 &, Shift+3 §
    assert mangle("1234567890", US, LAYOUTS["fr"]) == "&é\"'(-è_çà"  # AZERTY digits need Shift
    assert mangle("qwazmy", US, LAYOUTS["fr"]) == "azqw,y"
    assert mangle("yz", US, LAYOUTS["de"]) == "zy"
    assert mangle("#", LAYOUTS["fr"], US) == ""  # AltGr+3 on a US computer is Alt+3: no character


def test_command_codes_are_layout_safe_and_unique():
    codes = {command_code(c) for c in Command}
    assert len(codes) == len(Command)
    for code in codes:
        assert set(code) <= set(SAFE_LETTERS)
        for scanner, host in PAIRS:
            assert mangle(code, scanner, host) == code
            assert mangle(code.lower(), scanner, host) == code.lower()


def test_safe_letters_sit_on_the_same_key_everywhere():
    for letter in SAFE_LETTERS:
        keys = {lay.strokes_for(letter) for lay in LAYOUTS.values()}
        assert len(keys) == 1, letter


def test_a_mismatch_is_only_undone_for_ordinary_codes_when_the_station_has_it():
    mangled = mangle("NW-100001", US, LAYOUTS["fr"])
    assert mangled == "NZ)&àààà&"
    assert decoder.decode(mangled).kind is ScanKind.TEXT
    read = ScanDecoder(layout_pair=("us", "fr")).decode(mangled)
    assert (read.kind, read.value, read.layout, read.alternatives) == (ScanKind.ORDER_NUMBER, "NW-100001",
                                                                      ("us", "fr"), (mangled,))
    assert ScanDecoder(layout_pair=("us", "be")).decode("!!!").value == "888"  # what US 8 types on Belgian
    assert decoder.decode("!!!").kind is ScanKind.UNKNOWN  # ...and only garbage on a station without it


def test_dead_keys_and_lookalikes_are_read():
    assert decoder.decode("^#ê3^").order_id == 0xE3  # ^ + e composed on the computer
    assert decoder.decode("^#¹e240").order_id == 0x1E240  # X11: ^ + 1 is ¹, and the last ^ was lost
    assert decoder.decode("¨£¨1e240¨").order_id == 0x1E240
    assert decoder.decode("°#°1e240°").order_id == 0x1E240


# -- properties -------------------------------------------------------------------------------------

pairs = st.sampled_from(PAIRS)
ascii_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30)


def _gtin(body: str) -> str:
    return body + str(gs1_check_digit(body))


@FEW
@given(st.text(max_size=40))
def test_any_text_decodes_without_raising_and_garbage_is_never_a_command_or_a_bad_product(text):
    scan = decoder.decode(text)
    assert scan.raw == text
    if scan.kind is ScanKind.COMMAND:
        assert parse_command(text) is not None
    if scan.kind is ScanKind.UPC:
        assert gtin_kind(scan.value) is not None
    if scan.kind is ScanKind.UNKNOWN:
        assert scan.reason is not None and scan.reason.text


@FEW
@given(ascii_text, pairs)
def test_mangled_text_never_becomes_a_command_or_an_unchecked_product(text, pair):
    arrived = mangle(text, *pair)
    for d in (decoder, ScanDecoder(layout_pair=(pair[0].code, pair[1].code))):
        scan = d.decode(arrived)
        if scan.kind is ScanKind.COMMAND:
            assert parse_command(text) is not None  # only a command typed through a layout is a command
        if scan.kind is ScanKind.UPC:
            assert gtin_kind(scan.value) is not None


@FEW
@given(st.sampled_from([7, 11, 12]).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)))
def test_every_valid_gtin_is_a_product_and_one_changed_digit_is_not(body):
    code = _gtin(body)
    scan = ScanDecoder().decode(code)
    assert (scan.kind, scan.value) == (ScanKind.UPC, code)
    last = code[-1]
    wrong = code[:-1] + str((int(last) + 1) % 10)
    assert ScanDecoder().decode(wrong).kind is not ScanKind.UPC


@FEW
@given(st.text("0123456789", min_size=11, max_size=11), pairs)
def test_a_upc_through_the_stations_layout_mismatch_is_recognised(body, pair):
    code = _gtin(body)
    arrived = mangle(code, *pair)
    scan = ScanDecoder(layout_pair=(pair[0].code, pair[1].code)).decode(arrived)
    assert scan.kind is ScanKind.UPC and scan.value == code


@FEW
@given(st.integers(min_value=1, max_value=2**56), pairs)
def test_scan_to_view_for_any_id_through_any_layout_is_recognised(order_id, pair):
    code = scan_to_view_code(order_id)
    for arrived in (code, code.upper(), mangle(code, *pair)):
        scan = decoder.decode(arrived)
        assert (scan.kind, scan.order_id) == (ScanKind.ORDER_ID, order_id), (arrived, pair)


@FEW
@given(st.sampled_from(list(Command)), st.booleans())
def test_every_command_is_recognised_in_either_case(command, lower):
    code = command_code(command)
    scan = decoder.decode(code.lower() if lower else code)
    assert (scan.kind, scan.command) == (ScanKind.COMMAND, command)


@FEW
@given(st.sampled_from(list(Command)), st.data())
def test_a_command_with_one_letter_changed_lost_added_or_swapped_is_no_command(command, data):
    code = command_code(command)
    n = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    letter = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    edits = [code[:n] + code[n + 1:], code[:n] + letter + code[n:]]
    if letter != code[n]:
        edits.append(code[:n] + letter + code[n + 1:])
    if n + 1 < len(code) and code[n] != code[n + 1]:
        edits.append(code[:n] + code[n + 1] + code[n] + code[n + 2:])
    for edited in edits:
        assert decoder.decode(edited).command is None, edited


@FEW
@given(ascii_text, pairs)
def test_unmangle_undoes_mangle_when_every_character_survives(text, pair):
    arrived = mangle(text, *pair)
    back = unmangle(arrived, *pair)
    if back is not None and len(arrived) == len(text) and all(mangle(ch, *pair) for ch in text):
        assert mangle(back, *pair) == arrived
