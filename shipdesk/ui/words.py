"""Show a core `Words` to the packer: translated template, then the arguments filled in once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.words import Words, fill


def say(words: Words | None) -> str:
    if words is None:
        return ""
    return fill(QCoreApplication.translate(words.context, words.template), words.args)
