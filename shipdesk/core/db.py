"""The local SQLite database (WAL): one connection per thread, schema created on first use."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

# Each room that stores something registers its tables here (order cache, journal, key metadata...).
_SCHEMAS: list[str] = []


def register_schema(sql: str) -> None:
    if sql not in _SCHEMAS:
        _SCHEMAS.append(sql)


class Database:
    """Thread-safe by construction: every thread gets its own connection to the same file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._applied: set[str] = set()

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)  # autocommit; explicit BEGIN
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        self._ensure_schema(conn)
        return conn

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        pending = [sql for sql in _SCHEMAS if sql not in self._applied]
        if not pending:
            return
        with self._lock:
            for sql in pending:
                conn.executescript(sql)
                self._applied.add(sql)

    def executemany(self, sql: str, rows: Iterable[tuple[object, ...]]) -> None:
        conn = self.connection()
        conn.execute("BEGIN")
        try:
            conn.executemany(sql, rows)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
