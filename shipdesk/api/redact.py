"""Secrets out of everything we record: keys, secrets and the Basic token built from them."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterable

MASK = "«redacted»"
MIN_SECRET_LENGTH = 4  # shorter values would mask ordinary words


class Redactor:
    """Holds the secrets in use and blanks them (and their Basic-auth encodings) out of any text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        if not secret or len(secret) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            self._values.add(secret)

    def add_pair(self, key: str, secret: str) -> None:
        self.add(key)
        self.add(secret)
        self.add(base64.b64encode(f"{key}:{secret}".encode()).decode())

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        with self._lock:
            values = sorted(self._values, key=len, reverse=True)  # longest first: a token may contain a key
        for value in values:
            if value in text:
                text = text.replace(value, MASK)
        return text
