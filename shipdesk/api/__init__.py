"""The wire: typed httpx clients for ShipStation API V1 and V2. No Qt here."""

# pydantic through BaseModel first: under PySide6's import hook (as pytest loads it) a first
# `from pydantic import Field` re-enters pydantic's lazy __getattr__ mid-import and fails.
import pydantic.main  # noqa: F401
