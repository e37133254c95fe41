"""What a station can rate with: carriers, their services and packages, ship-from warehouses. No Qt.

Loaded once (V1's budget is 40 calls a minute, and these lists rarely change) and kept by the UI. A part
that fails to load is noted in words and left empty, so one broken list never blocks the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..api.errors import ApiError, AuthError, PlanError
from ..api.v1.models import Address, Package, Service, Warehouse
from ..api.v2.models_account import Carrier as V2Carrier
from .session import Session
from .words import QT_TRANSLATE_NOOP, Words

CTX = "Rating"
GENERIC_PACKAGE = "package"  # every carrier knows the plain "Package"


@dataclass(frozen=True)
class CarrierInfo:
    """One V1 carrier account with its services and packages (and its V2 id when V2 lists it too)."""

    code: str
    name: str
    services: tuple[Service, ...] = ()
    packages: tuple[Package, ...] = ()
    v2_id: str | None = None

    def has_package(self, package_code: str) -> bool:
        # A carrier whose package list could not be read is asked anyway: it answers for itself.
        return package_code == GENERIC_PACKAGE or not self.packages or any(
            p.code == package_code for p in self.packages)

    def service_name(self, code: str) -> str:
        return next((s.name or s.code for s in self.services if s.code == code), code)


@dataclass
class RateCatalog:
    carriers: list[CarrierInfo] = field(default_factory=list)
    warehouses: list[Warehouse] = field(default_factory=list)
    v2_carriers: list[V2Carrier] = field(default_factory=list)
    problems: list[Words] = field(default_factory=list)  # lists that could not be loaded

    def carrier(self, code: str) -> CarrierInfo | None:
        return next((c for c in self.carriers if c.code == code), None)

    def carrier_name(self, code: str) -> str:
        info = self.carrier(code)
        if info is not None:
            return info.name
        v2 = next((c for c in self.v2_carriers if c.carrier_code == code), None)
        return (v2.friendly_name or v2.nickname or code) if v2 is not None else code

    def warehouse(self, warehouse_id: int | None) -> Warehouse | None:
        found = next((w for w in self.warehouses if w.warehouse_id == warehouse_id), None)
        return found or self.default_warehouse()

    def default_warehouse(self) -> Warehouse | None:
        return next((w for w in self.warehouses if w.is_default), self.warehouses[0] if self.warehouses else None)

    def packages(self) -> list[tuple[str | None, Package]]:
        """The package choices: the generic one first (all carriers), then each carrier's own."""
        generic = Package(code=GENERIC_PACKAGE, name="Package")
        out: list[tuple[str | None, Package]] = [(None, generic)]
        for carrier in self.carriers:
            out.extend((carrier.code, p) for p in carrier.packages if p.code != GENERIC_PACKAGE)
        return out

    def package_name(self, package_code: str) -> str:
        return next((p.name or p.code for _, p in self.packages() if p.code == package_code), package_code)


def warehouse_address(warehouse: Warehouse | None) -> Address:
    return warehouse.origin_address if warehouse is not None and warehouse.origin_address else Address()


def load_catalog(session: Session, check: Callable[[], None] | None = None) -> RateCatalog:
    """Read every list a rating needs. Runs on a worker thread; `check` is the job's cancellation check."""
    catalog = RateCatalog()
    tick = check or (lambda: None)
    v1 = session.v1
    if v1 is not None:
        try:
            carriers = v1.list_carriers()
        except ApiError as exc:
            catalog.problems.append(Words(CTX, QT_TRANSLATE_NOOP("Rating", "Could not load the carriers: %1"), (str(exc),)))
            carriers = []
        for carrier in carriers:
            tick()
            services: tuple[Service, ...] = ()
            packages: tuple[Package, ...] = ()
            name = carrier.nickname or carrier.name or carrier.code
            try:
                services = tuple(v1.list_services(carrier.code))
                packages = tuple(v1.list_packages(carrier.code))
            except ApiError as exc:
                catalog.problems.append(Words(CTX, QT_TRANSLATE_NOOP(
                    "Rating", "Could not load the services and packages of %1: %2"), (name, str(exc))))
            catalog.carriers.append(CarrierInfo(carrier.code, name, services, packages))
        tick()
        try:
            catalog.warehouses = v1.list_warehouses()
        except ApiError as exc:
            catalog.problems.append(Words(CTX, QT_TRANSLATE_NOOP(
                "Rating", "Could not load the ship-from locations: %1"), (str(exc),)))
    if session.v2 is not None and _v2_shipping_allowed(session):
        tick()
        try:
            listed = session.v2.list_carriers()
            catalog.v2_carriers = list(listed.carriers)
        except (AuthError, PlanError):
            pass  # these keys don't do V2 shipping: rating says so in words, this list need not
        except ApiError as exc:
            catalog.problems.append(Words(CTX, QT_TRANSLATE_NOOP(
                "Rating", "Could not load the V2 carriers: %1"), (str(exc),)))
        _link_v2(catalog)
    return catalog


def _v2_shipping_allowed(session: Session) -> bool:
    caps = session.capabilities
    return caps is None or caps.v2_shipping.usable


def _link_v2(catalog: RateCatalog) -> None:
    """Give each V1 carrier its V2 id, and prefer V2's friendly names ("USPS" rather than "Stamps.com")."""
    by_code = {c.carrier_code: c for c in catalog.v2_carriers if c.carrier_code}
    for i, info in enumerate(catalog.carriers):
        v2 = by_code.get(info.code)
        if v2 is not None:
            catalog.carriers[i] = CarrierInfo(info.code, v2.friendly_name or info.name, info.services,
                                              info.packages, v2.carrier_id)

