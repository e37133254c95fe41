"""Check digits of the codes a packer scans: GTIN (UPC-A, EAN-13, EAN-8), UPS 1Z, FedEx Express, UPU S10.

No Qt. Each function takes the whole code (check digit last) and says whether it adds up; none raises.
Algorithms, in words, from the carriers' and GS1's public descriptions:
- GS1 mod 10 (GTIN, USPS IMpb, FedEx Ground/SmartPost): from the right, digits in odd places count three times,
  the others once; the check digit brings the sum up to a multiple of ten.
- UPS 1Z: after "1Z", letters become digits ((code - 63) mod 10: A=2, I=0, S=0, Z=7); odd places count once,
  even places twice; the check digit brings the sum up to a multiple of ten.
- FedEx Express (12 digits): the first eleven digits weighted 1, 3, 7, 1, 3, 7... from the right; the sum
  mod 11 is the check digit (10 counts as 0).
- UPU S10 (international post, "EC123456785US"): eight digits weighted 8 6 4 2 3 5 9 7; 11 - (sum mod 11),
  where 10 gives 0 and 11 gives 5.
"""

from __future__ import annotations

S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
FEDEX_WEIGHTS = (1, 3, 7)


def gs1_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit for `body` (digits, without the check digit)."""
    total = sum(int(d) * (3 if n % 2 == 0 else 1) for n, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def gs1_ok(code: str) -> bool:
    """True when `code` is digits whose last one is the GS1 mod-10 check digit of the others."""
    return len(code) >= 2 and code.isascii() and code.isdigit() and gs1_check_digit(code[:-1]) == int(code[-1])


def gtin_kind(code: str) -> str | None:
    """"UPC-A", "EAN-13" or "EAN-8" when `code` is one with a correct check digit, else None."""
    names = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13"}
    name = names.get(len(code))
    return name if name is not None and gs1_ok(code) else None


def gtin_key(code: str) -> str:
    """One key for a product barcode however it was written: a UPC-A read as EAN-13 (or stored as GTIN-14)
    has leading zeros. "" for anything that is not digits."""
    digits = code.strip()
    return digits.lstrip("0") if digits.isascii() and digits.isdigit() else ""


def ups_ok(code: str) -> bool:
    """`1Z` + 16 letters/digits whose last digit checks the 15 before it."""
    if len(code) != 18 or not code.startswith("1Z") or not code.isascii() or not code[2:].isalnum():
        return False
    body, check = code[2:-1].upper(), code[-1]
    if not check.isdigit():
        return False
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return (10 - total % 10) % 10 == int(check)


def fedex_express_ok(code: str) -> bool:
    """12 digits whose last one checks the eleven before it (FedEx Express)."""
    if len(code) != 12 or not code.isascii() or not code.isdigit():
        return False
    total = sum(int(d) * FEDEX_WEIGHTS[n % 3] for n, d in enumerate(reversed(code[:11])))
    return total % 11 % 10 == int(code[-1])


def s10_ok(code: str) -> bool:
    """UPU S10: two letters, eight digits, a check digit, two letters (a country code)."""
    if len(code) != 13 or not code.isascii() or not (code[:2].isalpha() and code[-2:].isalpha()):
        return False
    digits = code[2:11]
    if not digits.isdigit():
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:8], S10_WEIGHTS, strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return check == int(digits[8])
