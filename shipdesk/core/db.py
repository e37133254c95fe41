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


# (table, column, declaration): columns added after a table first shipped. A profile made by an older
# ShipDesk gets them by ALTER TABLE; CREATE TABLE statements list them too, for new profiles.
_COLUMNS: list[tuple[str, str, str]] = []


def register_column(table: str, column: str, declaration: str) -> None:
    if (table, column, declaration) not in _COLUMNS:
        _COLUMNS.append((table, column, declaration))


class Database:
    """Thread-safe by construction: every thread gets its own connection to the same file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._applied: set[str] = set()
        self._applied_columns: set[tuple[str, str, str]] = set()

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)  # autocommit; explicit BEGIN
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed journal intent survives a power cut, not only a crash; writes are few and
            # the order cache commits a page at a time, so the extra fsync costs little.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        self._ensure_schema(conn)
        return conn

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        pending = [sql for sql in _SCHEMAS if sql not in self._applied]
        columns = [c for c in _COLUMNS if c not in self._applied_columns]
        if not pending and not columns:
            return
        with self._lock:
            for sql in pending:
                conn.executescript(sql)
                self._applied.add(sql)
            for table, column, declaration in columns:
                have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                if have and column not in have:
                    try:
                        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
                    except sqlite3.OperationalError as exc:
                        # Another ShipDesk on the same profile added it between our look and our ALTER.
                        if "duplicate column" not in str(exc).lower():
                            raise
                self._applied_columns.add((table, column, declaration))

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
