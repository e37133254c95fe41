"""Rate shopping: rates for a shipment (object or id), single rates, address-only estimates.

Rating a shipment changes nothing that costs money, so these POSTs are marked idempotent and retried
like reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from .models_account import CarrierList
from .models_common import Dimensions, Weight
from .models_rates import Rate, RatedShipment, RateEstimate
from .models_shipments import ShipmentRequest
from .paging import V2Calls, iso, seg


class RatesMixin(V2Calls):
    def get_rates(self, shipment: ShipmentRequest | str, *, carrier_ids: Sequence[str] | None = None,
                  service_codes: Sequence[str] | None = None, package_types: Sequence[str] | None = None,
                  calculate_tax_amount: bool | None = None, preferred_currency: str | None = None,
                  is_return: bool | None = None) -> RatedShipment:
        """Rates for a new shipment object or an existing `shipment_id`.

        `carrier_ids` is required by ShipStation; when left out, every carrier on the account is asked
        (one extra call to list them).
        """
        if carrier_ids is None:
            carriers = self.transport.call("List carriers", "GET", "/v2/carriers", into=CarrierList)
            carrier_ids = [c.carrier_id for c in carriers.carriers]
        options: dict[str, Any] = {"carrier_ids": list(carrier_ids)}
        for name, value in (("service_codes", service_codes), ("package_types", package_types)):
            if value is not None:
                options[name] = list(value)
        for name, flag in (("calculate_tax_amount", calculate_tax_amount), ("preferred_currency", preferred_currency),
                           ("is_return", is_return)):
            if flag is not None:
                options[name] = flag
        body: dict[str, Any] = {"rate_options": options}
        if isinstance(shipment, str):
            body["shipment_id"] = shipment
        else:
            body["shipment"] = shipment.wire()
        return self.transport.call("Get rates", "POST", "/v2/rates", body=body, idempotent=True,
                                   into=RatedShipment)

    def estimate_rates(self, *, from_country_code: str, from_postal_code: str, from_city_locality: str,
                       from_state_province: str, to_country_code: str, to_postal_code: str,
                       to_city_locality: str, to_state_province: str, weight: Weight,
                       ship_date: date | datetime | str, dimensions: Dimensions | None = None,
                       confirmation: str | None = None, address_residential_indicator: str | None = None,
                       carrier_ids: Sequence[str] | None = None) -> list[RateEstimate]:
        """Prices from addresses and a weight alone (no shipment is created, nothing can be bought)."""
        when = ship_date if isinstance(ship_date, str) else iso(
            ship_date if isinstance(ship_date, datetime) else datetime(ship_date.year, ship_date.month,
                                                                       ship_date.day))
        body: dict[str, Any] = {
            "from_country_code": from_country_code, "from_postal_code": from_postal_code,
            "from_city_locality": from_city_locality, "from_state_province": from_state_province,
            "to_country_code": to_country_code, "to_postal_code": to_postal_code,
            "to_city_locality": to_city_locality, "to_state_province": to_state_province,
            "weight": weight.wire(), "ship_date": when,
        }
        if dimensions is not None:
            body["dimensions"] = dimensions.wire()
        for name, value in (("confirmation", confirmation),
                            ("address_residential_indicator", address_residential_indicator)):
            if value is not None:
                body[name] = value
        if carrier_ids is not None:
            body["carrier_ids"] = list(carrier_ids)
        return self.transport.call("Estimate rates", "POST", "/v2/rates/estimate", body=body, idempotent=True,
                                   into=list[RateEstimate])

    def get_rate(self, rate_id: str) -> Rate:
        return self.transport.call("Get rate", "GET", f"/v2/rates/{seg(rate_id)}", into=Rate)
