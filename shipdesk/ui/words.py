"""Show a core `Words` to the packer: translated template, then the arguments filled in once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.words import Words, fill


def say(words: Words | None) -> str:
    if words is None:
        return ""
    return fill(QCoreApplication.translate(words.context, words.template), words.args)


def say_with_layouts(words: Words) -> str:
    """`say`, with keyboard layout names among the arguments translated too (scanner findings name them)."""
    args = tuple(QCoreApplication.translate("KeyboardLayout", a) for a in words.args)
    return fill(QCoreApplication.translate(words.context, words.template), args)
