"""The refusal for a V1 label whose ship-to is in non-Roman script (V1 prints it as ???), in packer words,
with the Roman spelling where a table gives one. No Qt; nothing is sent to ShipStation."""

from __future__ import annotations

from ..api.v1.models import Address
from .purchase_errors import NonRomanAddress
from .text import FIELD_WORDS, non_roman_fields, script_words, transliterate


def non_roman_error(ship_to: Address) -> NonRomanAddress | None:
    """The NonRomanAddress refusal for this ship-to, in packer words; None when V1 prints it all."""
    problems = non_roman_fields(ship_to)
    if not problems:
        return None
    suggestions: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for name, text in problems:
        result = transliterate(text, ship_to.country)
        if result.text is not None:
            suggestions[name] = result.text
        else:
            reasons[name] = result.reason or "needs a person or V2"
    words: list[str] = []
    for name, _ in problems:
        if FIELD_WORDS[name] not in words:
            words.append(FIELD_WORDS[name])
    fields = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
    pronoun = "it" if len(problems) == 1 else "them"
    verb = "is" if len(problems) == 1 else "are"
    script = script_words([text for _, text in problems], ship_to.country)
    hard = [text for name, text in problems if name in reasons]
    reader = script_words(hard, ship_to.country).replace(" scripts", "").replace(" script", "")
    message = f"The ship-to {fields} {verb} in {script}; ShipStation V1 would print {pronoun} as ???. "
    if not reasons:
        shown = ", ".join(suggestions[name] for name, _ in problems)
        message += f"Transliterate {pronoun} ({shown}) or buy this label through V2."
    elif suggestions:
        shown = ", ".join(suggestions.values())
        message += (f"ShipDesk can transliterate part ({shown}), but someone who reads {reader} must write the "
                    "rest in Roman letters on the order in ShipStation; or buy this label through V2.")
    else:
        message += (f"ShipDesk can't spell {pronoun} in Roman letters: someone who reads {reader} must write "
                    f"{pronoun} on the order in ShipStation, or buy this label through V2.")
    return NonRomanAddress(message, problems, suggestions, reasons)
