"""Packer-facing words made below the UI layer, kept translatable without importing Qt.

Core code cannot call `tr()`. It marks an English template with `QT_TRANSLATE_NOOP(context, text)` (the
name pyside6-lupdate looks for, so the template is extracted for French) and hands the UI a `Words`:
the template plus its arguments. The UI translates the template and fills in `%1`, `%2`... once, so an
argument that itself contains "%2" is never filled twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate recognises
    return text


def fill(template: str, args: tuple[str, ...]) -> str:
    """`fill("%1 of %2", ("3", "5"))` -> "3 of 5"; one pass, so arguments are never re-read."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)
    return _PLACEHOLDER.sub(value, template)


@dataclass(frozen=True)
class Words:
    """A sentence for the packer: `context` and `template` for translation, `args` to fill in."""

    context: str
    template: str
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The English sentence (logs, tests, and the UI when no translation is loaded)."""
        return fill(self.template, self.args)

    def __str__(self) -> str:
        return self.text
