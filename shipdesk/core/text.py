"""Text ShipStation V1 would print as `???`, and Roman-letter spellings of it where a table can give one.

ShipStation's help centre: the V1 API does not support non-Roman characters. The sandbox's rule
(`shipdesk.sandbox.labels.roman_only`) is the one used here: any character outside Latin-1 is lost.
Cyrillic and Greek have standard tables (Russian BGN/PCGN without diacritics, Ukraine's national table, ELOT 743);
Japanese and Chinese (kanji, kana, hanzi) do not transliterate by table, so `transliterate` refuses them
and the caller offers V2 instead. No Qt here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

# Address fields in the order a packer reads them, with the words used for them.
ADDRESS_FIELDS = ("name", "company", "street1", "street2", "street3", "city", "state", "postal_code",
                  "country", "phone")
FIELD_WORDS = {"name": "name", "company": "company", "street1": "street", "street2": "street",
               "street3": "street", "city": "city", "state": "state", "postal_code": "postal code",
               "country": "country", "phone": "phone"}

NEEDS_PERSON = "needs a person or V2"

_RUSSIAN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
            "ь": "", "э": "e", "ю": "yu", "я": "ya"}
# Ukraine's national transliteration (2010): letters that differ from Russian; word-initial forms below.
_UKRAINIAN = {**_RUSSIAN, "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i",
              "щ": "shch", "ю": "iu", "я": "ia", "ь": "", "'": "", "’": "", "ʼ": ""}
_UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UKRAINIAN_ONLY = set("ґєії")
# Other Cyrillic letters met in addresses (Belarusian, Serbian, Macedonian, Kazakh...), simply.
_CYRILLIC_EXTRA = {"ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj",
                   "ќ": "kj", "ѕ": "dz", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u",
                   "ү": "u", "һ": "h"}

# ELOT 743 (Greek), accents dropped; pairs first.
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "ηυ": "iv",
                "γγ": "ng", "γξ": "nx", "γχ": "nch"}
_GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
          "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
          "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}

# Roman-script characters outside Latin-1: punctuation and letters with no Latin-1 form.
_LATIN_EXTRA = {"‘": "'", "’": "'", "‚": ",", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "‐": "-",
                "‑": "-", "…": "...", "•": "-", "€": "EUR", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
                "œ": "oe", "Œ": "OE", "ŋ": "ng", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "\u2009": " ",
                "\u202f": " ", "\u2002": " ", "\u2003": " "}

_SCRIPT_PREFIXES = (("CYRILLIC", "Cyrillic"), ("GREEK", "Greek"), ("HIRAGANA", "Japanese"),
                    ("KATAKANA", "Japanese"), ("HALFWIDTH KATAKANA", "Japanese"), ("CJK", "Chinese"),
                    ("IDEOGRAPHIC", "Chinese"), ("FULLWIDTH", "Chinese"), ("HANGUL", "Korean"),
                    ("ARABIC", "Arabic"), ("HEBREW", "Hebrew"), ("THAI", "Thai"), ("DEVANAGARI", "Devanagari"),
                    ("LATIN", "Latin"))
_TABLE_SCRIPTS = {"Cyrillic", "Greek", "Latin", "other"}


def is_roman(text: str) -> bool:
    """True when ShipStation V1 prints the text as it is (every character within Latin-1)."""
    return all(ord(ch) <= 0xFF for ch in text)


def v1_printed(text: str) -> str:
    """What ShipStation V1 prints: every character outside Latin-1 becomes "?" (the sandbox's rule)."""
    return "".join(ch if ord(ch) <= 0xFF else "?" for ch in text)


def non_roman_fields(address: Any) -> list[tuple[str, str]]:
    """(field, text) for each address field V1 would print as `???`; `address` is a V1 Address (or any
    object with those attributes, or a dict of them)."""
    problems = []
    for name in ADDRESS_FIELDS:
        value = address.get(name) if isinstance(address, dict) else getattr(address, name, None)
        if isinstance(value, str) and value and not is_roman(value):
            problems.append((name, value))
    return problems


def scripts_of(text: str) -> list[str]:
    """The scripts of the characters V1 would lose, in order of appearance ("Cyrillic", "Japanese"...).
    Han characters count as Japanese when the text also has kana."""
    found: list[str] = []
    for ch in text:
        if ord(ch) <= 0xFF:
            continue
        script = _script_of_char(ch)
        if script not in found:
            found.append(script)
    if "Japanese" in found and "Chinese" in found:
        found.remove("Chinese")
    return found


def _script_of_char(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix, script in _SCRIPT_PREFIXES:
        if name.startswith(prefix):
            return script
    if "\u3000" <= ch <= "\u303f":
        return "Chinese"  # CJK punctuation (、。「」)
    return "other"


def script_words(texts: list[str], country: str | None = None) -> str:
    """One name for the scripts of these texts, Han read as Japanese for a Japanese address."""
    scripts: list[str] = []
    for text in texts:
        for script in scripts_of(text):
            if script == "Chinese" and (country or "").upper() == "JP":
                script = "Japanese"
            if script not in scripts and script not in ("Latin", "other"):
                scripts.append(script)
    if not scripts:
        return "characters outside the Roman alphabet"
    if len(scripts) == 1:
        return f"{scripts[0]} script"
    return f"{', '.join(scripts[:-1])} and {scripts[-1]} scripts"


@dataclass(frozen=True)
class Transliteration:
    """`text` is the Roman-letter spelling, or None when no table can give one; `reason` says why not."""

    text: str | None
    reason: str | None = None


def transliterate(text: str, country: str | None = None) -> Transliteration:
    """Cyrillic (Russian BGN/PCGN without diacritics; Ukraine's national table for Ukrainian text or country UA), Greek
    (ELOT 743) and Roman letters outside Latin-1 → Latin-1 text. Japanese, Chinese and other scripts
    without a table → text None with the reason "needs a person or V2": a guessed reading would put a
    wrong name or address on a parcel."""
    if is_roman(text):
        return Transliteration(text)
    scripts = set(scripts_of(text))
    untabled = scripts - _TABLE_SCRIPTS
    if untabled:
        if (country or "").upper() == "JP" and "Chinese" in untabled:
            untabled = (untabled - {"Chinese"}) | {"Japanese"}
        names = " and ".join(sorted(untabled))
        return Transliteration(None, f"{names} text has no standard letter-by-letter spelling in Roman "
                                     f"letters: {NEEDS_PERSON}")
    ukrainian = (country or "").upper() == "UA" or any(ch in _UKRAINIAN_ONLY for ch in text.lower())
    out = _cyrillic(text, ukrainian) if "Cyrillic" in scripts else text
    out = _greek(out) if "Greek" in scripts else out
    out = _latin(out)
    if not is_roman(out):
        return Transliteration(None, f"Some characters have no Roman-letter form: {NEEDS_PERSON}")
    return Transliteration(out)


def _cased(letters: str, source: str, following: str) -> str:
    if not letters or not source.isupper():
        return letters
    # A capital becomes a capital word when the next letter is a capital too (МОСКВА → MOSKVA).
    return letters.upper() if following.isupper() else letters[0].upper() + letters[1:]


def _cyrillic(text: str, ukrainian: bool) -> str:
    table = _UKRAINIAN if ukrainian else _RUSSIAN
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        initial = i == 0 or not text[i - 1].isalpha()
        if ukrainian and initial and low in _UKRAINIAN_INITIAL:
            letters = _UKRAINIAN_INITIAL[low]
        elif low in table:
            letters = table[low]
        elif low in _CYRILLIC_EXTRA:
            letters = _CYRILLIC_EXTRA[low]
        else:
            out.append(ch)
            continue
        following = text[i + 1] if i + 1 < len(text) else ""
        out.append(_cased(letters, ch, following))
    return "".join(out)


def _greek(text: str) -> str:
    # Accents off first (ά → α), keeping the case.
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    out = []
    i = 0
    while i < len(plain):
        pair = plain[i:i + 2]
        following = plain[i + 2] if i + 2 < len(plain) else ""
        if pair.lower() in _GREEK_PAIRS:
            out.append(_cased(_GREEK_PAIRS[pair.lower()], pair[0], pair[1] if pair[1].isupper() else following))
            i += 2
            continue
        ch = plain[i]
        letters = _GREEK.get(ch.lower())
        if letters is None:
            out.append(ch)
        else:
            out.append(_cased(letters, ch, plain[i + 1] if i + 1 < len(plain) else ""))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def _latin(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) <= 0xFF:
            out.append(ch)
        elif ch in _LATIN_EXTRA:
            out.append(_LATIN_EXTRA[ch])
        else:
            # č → c, ő → o: keep what Latin-1 can show (é stays é), drop the marks it can't.
            composed = unicodedata.normalize("NFC", ch)
            if ord(composed[0]) <= 0xFF:
                out.append(composed)
                continue
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            out.append(base if is_roman(base) else ch)
    return "".join(out)
