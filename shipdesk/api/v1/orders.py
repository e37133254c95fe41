"""V1 /orders: list and walk (with delta queries), read, create/update, delete, holds, tags, users, labels."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import Any, Unpack

from .models import (
    AdvancedOptions,
    CreateOrdersResult,
    Dimensions,
    InsuranceOptions,
    InternationalOptions,
    LabelResult,
    MarkShippedResult,
    NewOrder,
    Order,
    OrderPage,
    SuccessResult,
    Weight,
)
from .pacific import PACIFIC
from .query import HasTransport, OrderFilters, OrderStatus, check_page_size, query, walk, wire_value

MAX_BATCH = 100  # createorders takes at most 100 orders per call


def delta_lower_bound(since: datetime) -> datetime:
    """A start time every reading of V1's offset-less Pacific string puts at or before `since`.

    In the repeated hour when DST ends, "01:30" names two instants; V1 may read either. Going back an hour
    there makes both readings safe; orders the wider window brings in are filtered out afterwards.
    """
    wall = since.astimezone(PACIFIC).replace(tzinfo=None)
    first, second = wall.replace(tzinfo=PACIFIC, fold=0), wall.replace(tzinfo=PACIFIC, fold=1)
    return since - timedelta(hours=1) if first.utcoffset() != second.utcoffset() else since


def _body(model: Any) -> Any:
    return model.wire() if model is not None else None


class OrdersApi(HasTransport):
    def list_orders(self, *, page: int = 1, page_size: int = 100, **filters: Unpack[OrderFilters]) -> OrderPage:
        params = query(filters, OrderFilters, page=page, page_size=check_page_size(page_size))
        return self.transport.call("List orders", "GET", "/orders", params=params, into=OrderPage)

    def iter_orders(self, *, page_size: int = 500, **filters: Unpack[OrderFilters]) -> Iterator[Order]:
        """Every order matching the filters, page after page (each order once)."""
        return walk(lambda n: self.list_orders(page=n, page_size=page_size, **filters), lambda o: o.order_id)

    def orders_modified_since(self, since: datetime, *, page_size: int = 500,
                              **filters: Unpack[OrderFilters]) -> list[Order]:
        """The delta query: orders whose modifyDate is at or after `since` (an aware datetime).

        V1 reads the bound as Pacific wall time to the second; the bound sent is never later than `since`
        and the answer is trimmed to exactly `since`. Use the largest `modify_date` seen as the next `since`.
        """
        if since.tzinfo is None:
            raise ValueError("since must be a timezone-aware datetime")
        if "modify_date_start" in filters:
            raise TypeError("orders_modified_since sets modify_date_start itself")
        orders = self.iter_orders(page_size=page_size, modify_date_start=delta_lower_bound(since), **filters)
        return [o for o in orders if o.modify_date is not None and o.modify_date >= since]

    def get_order(self, order_id: int) -> Order:
        return self.transport.call("Get order", "GET", f"/orders/{int(order_id)}", into=Order)

    def create_order(self, order: NewOrder | Order) -> Order:
        """Create an order, or update the one with the same orderKey (send the whole order: no partial updates)."""
        return self.transport.call("Create or update order", "POST", "/orders/createorder", body=order.wire(),
                                   into=Order)

    def create_orders(self, orders: Sequence[NewOrder | Order]) -> CreateOrdersResult:
        """Create or update many orders, 100 per call; one bad order does not stop the others."""
        results: list[Any] = []
        for start in range(0, len(orders), MAX_BATCH):
            chunk = orders[start:start + MAX_BATCH]
            answer: CreateOrdersResult = self.transport.call(
                "Create or update orders", "POST", "/orders/createorders", body=[o.wire() for o in chunk],
                into=CreateOrdersResult)
            results.extend(answer.results)
        return CreateOrdersResult(has_errors=any(not r.success for r in results), results=results)

    def delete_order(self, order_id: int) -> SuccessResult:
        return self.transport.call("Delete order", "DELETE", f"/orders/{int(order_id)}", into=SuccessResult)

    def mark_as_shipped(self, order_id: int, carrier_code: str, *, ship_date: date | None = None,
                        tracking_number: str | None = None, notify_customer: bool = False,
                        notify_sales_channel: bool = False) -> MarkShippedResult:
        """Record a shipment made outside ShipStation (it appears under fulfillments, not shipments)."""
        body = {"orderId": order_id, "carrierCode": carrier_code, "trackingNumber": tracking_number,
                "shipDate": wire_value("ship_date", ship_date), "notifyCustomer": notify_customer,
                "notifySalesChannel": notify_sales_channel}
        return self.transport.call("Mark order as shipped", "POST", "/orders/markasshipped",
                                   body=_drop_none(body), into=MarkShippedResult)

    def hold_until(self, order_id: int, until: date) -> SuccessResult:
        body = {"orderId": order_id, "holdUntilDate": wire_value("until", until)}
        return self.transport.call("Hold order", "POST", "/orders/holduntil", body=body, into=SuccessResult)

    def restore_from_hold(self, order_id: int) -> SuccessResult:
        return self.transport.call("Restore order from hold", "POST", "/orders/restorefromhold",
                                   body={"orderId": order_id}, into=SuccessResult)

    def add_tag(self, order_id: int, tag_id: int) -> SuccessResult:
        return self.transport.call("Add tag to order", "POST", "/orders/addtag",
                                   body={"orderId": order_id, "tagId": tag_id}, into=SuccessResult)

    def remove_tag(self, order_id: int, tag_id: int) -> SuccessResult:
        return self.transport.call("Remove tag from order", "POST", "/orders/removetag",
                                   body={"orderId": order_id, "tagId": tag_id}, into=SuccessResult)

    def assign_user(self, order_ids: Sequence[int], user_id: str) -> SuccessResult:
        """Assign every order to the user, or none of them if any order id is unknown."""
        return self.transport.call("Assign user to orders", "POST", "/orders/assignuser",
                                   body={"orderIds": list(order_ids), "userId": user_id}, into=SuccessResult)

    def unassign_user(self, order_ids: Sequence[int]) -> SuccessResult:
        return self.transport.call("Unassign user from orders", "POST", "/orders/unassignuser",
                                   body={"orderIds": list(order_ids)}, into=SuccessResult)

    def list_orders_by_tag(self, tag_id: int, order_status: OrderStatus, *, page: int = 1,
                           page_size: int = 100) -> OrderPage:
        params = {"tagId": tag_id, "orderStatus": order_status, "page": page, "pageSize": check_page_size(page_size)}
        return self.transport.call("List orders by tag", "GET", "/orders/listbytag", params=params, into=OrderPage)

    def iter_orders_by_tag(self, tag_id: int, order_status: OrderStatus, *, page_size: int = 500) -> Iterator[Order]:
        return walk(lambda n: self.list_orders_by_tag(tag_id, order_status, page=n, page_size=page_size),
                    lambda o: o.order_id)

    def create_label_for_order(self, order_id: int, carrier_code: str, service_code: str, *,
                               package_code: str | None = None, confirmation: str | None = None,
                               ship_date: date | None = None, weight: Weight | None = None,
                               dimensions: Dimensions | None = None,
                               insurance_options: InsuranceOptions | None = None,
                               international_options: InternationalOptions | None = None,
                               advanced_options: AdvancedOptions | None = None,
                               test_label: bool = False) -> LabelResult:
        """Buy a label for an order (the order becomes shipped). Never re-sent: a lost answer raises
        OutcomeUnknown and the caller must check ShipStation before trying again."""
        body = _drop_none({
            "orderId": order_id, "carrierCode": carrier_code, "serviceCode": service_code,
            "packageCode": package_code, "confirmation": confirmation,
            "shipDate": wire_value("ship_date", ship_date), "weight": _body(weight), "dimensions": _body(dimensions),
            "insuranceOptions": _body(insurance_options), "internationalOptions": _body(international_options),
            "advancedOptions": _body(advanced_options),
        })
        body["testLabel"] = test_label  # a JSON boolean: V1 refuses 0/1 here
        return self.transport.call("Create label for order", "POST", "/orders/createlabelfororder", body=body,
                                   purchase=True, into=LabelResult)


def _drop_none(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if v is not None}
