"""Model bases: unknown fields are kept (the API grows), money is Decimal, V1 is camelCase on the wire."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, PlainSerializer
from pydantic.alias_generators import to_camel

# Decimal in memory, a JSON number on the wire (pydantic would otherwise write a string).
Money = Annotated[Decimal, PlainSerializer(lambda d: float(d), return_type=float, when_used="json")]


# defer_build: a model's validator is built on its first use (mostly on a worker) instead of at import, which
# takes ~0.2 s off every start (bench P1). pydantic >= 2.14.4 (pyproject's floor) rebuilds under a lock, so two
# threads using a model for the first time at once are safe.


class V1Model(BaseModel):
    """snake_case in Python, camelCase on the wire; unknown fields kept in `model_extra`."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, alias_generator=to_camel, defer_build=True)

    def wire(self) -> dict[str, Any]:
        """The request body form: wire names, JSON types, no unset values."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class V2Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True, defer_build=True)

    def wire(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)
