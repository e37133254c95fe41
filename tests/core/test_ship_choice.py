"""Which rate a scan buys when nobody is there to be asked."""

from __future__ import annotations

from decimal import Decimal

from shipdesk.core.rate_types import RateOption
from shipdesk.core.ship_choice import choose_rate


def option(source: str, total: str, days: int | None = None) -> RateOption:
    cost = Decimal(total)
    return RateOption(source, "stamps_com", "USPS", "usps_priority_mail", "USPS Priority Mail", "package", cost,  # type: ignore[arg-type]
                      Decimal(0), cost, days, rate_id="se-r1" if source == "V2" else None)


def test_non_roman_ship_to_takes_the_v2_rate_even_when_v1_is_cheaper() -> None:
    v1, v2 = option("V1", "8.10"), option("V2", "8.70")
    assert choose_rate([v1, v2], preset=None, within_days=None, label_format="pdf").option is v1
    assert choose_rate([v1, v2], preset=None, within_days=None, label_format="pdf", non_roman=True).option is v2
    refused = choose_rate([v1], preset=None, within_days=None, label_format="pdf", non_roman=True)
    assert refused.option is None and refused.problem is not None and "Roman letters" in refused.problem.template


def test_a_zpl_station_buys_only_v2_rates() -> None:
    v1, v2 = option("V1", "5.00"), option("V2", "9.00")
    assert choose_rate([v1, v2], preset=None, within_days=None, label_format="zpl").option is v2
