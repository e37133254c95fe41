"""Deterministic, realistic data: the same `--seed` gives the same account, orders and stock."""

from __future__ import annotations

import gc
import random
import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from . import seed_data as words
from .catalog import CARRIERS, USPS
from .state import Record, StockLot, World
from .timefmt import money

OZ = {"value": 0, "units": "ounces", "WeightUnits": 1}
STATUS_WEIGHTS = (("awaiting_shipment", 56), ("shipped", 20), ("awaiting_payment", 8), ("on_hold", 6),
                  ("cancelled", 5), ("pending_fulfillment", 5))


def upc_a(eleven: str) -> str:
    """A UPC-A with its check digit: three times the odd positions plus the even ones, up to a multiple of ten."""
    odd = sum(int(d) for d in eleven[0::2])
    even = sum(int(d) for d in eleven[1::2])
    return eleven + str((10 - (odd * 3 + even) % 10) % 10)


def tracking_number(rng: random.Random, carrier_code: str) -> str:
    """Shaped like the carrier's: UPS `1Z` + 16, FedEx 12 digits, USPS `9400` + 18 digits."""
    if carrier_code == "ups":
        alphabet = "0123456789ABCDEFGHJKLMNPRSTVWXYZ"
        bits = rng.getrandbits(80)
        return "1Z" + "".join(alphabet[(bits >> (5 * i)) & 31] for i in range(16))
    if carrier_code == "fedex":
        return f"{rng.getrandbits(40) % 10**12:012d}"
    return f"9400{rng.getrandbits(60) % 10**18:018d}"


def populate(world: World) -> None:
    """Fill an empty world from its config's seed and size."""
    # Hundreds of thousands of small dicts make the cyclic GC rescan them over and over; none form cycles.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _populate(world)
    finally:
        if was_enabled:
            gc.enable()
        gc.freeze()  # seeded records live as long as the world: keep them out of later collections


def _populate(world: World) -> None:
    cfg = world.config
    rng = random.Random(cfg.seed)
    now = world.clock.now()
    world.clear()
    lifetime = timedelta(days=cfg.key_lifetime_days)
    created = now - timedelta(days=30)
    world.account.add_key("v1", cfg.v1_key, cfg.v1_secret, created, created + lifetime)
    world.account.add_key("v2", cfg.v2_key, None, created, created + lifetime)
    _stores(world, now)
    _warehouses(world, now)
    _tags_users(world, rng)
    products = _products(world, rng, now)
    for carrier in CARRIERS:
        world.carrier_balances[carrier.code] = money(1000) if carrier.requires_funded_account else None
    _orders(world, rng, now, products, cfg.orders)
    _inventory(world, rng, now, products)


def _stores(world: World, now: datetime) -> None:
    for store_id, name, market_id, market in ((11001, "Manual Orders", 0, "ShipStation"),
                                              (11002, "Northwind Shopify", 7, "Shopify"),
                                              (11003, "Northwind on Etsy", 36, "Etsy"),
                                              (11004, "Northwind Amazon", 2, "Amazon")):
        world.stores[store_id] = {
            "storeId": store_id, "storeName": name, "marketplaceId": market_id, "marketplaceName": market,
            "accountName": None, "email": None, "integrationUrl": None, "active": True,
            "companyName": "Northwind Goods", "phone": "512-555-0100", "publicEmail": "hello@northwind.example",
            "website": "https://northwind.example", "refreshDate": now - timedelta(hours=2),
            "lastRefreshAttempt": now - timedelta(hours=2), "createDate": now - timedelta(days=700),
            "modifyDate": now - timedelta(days=30), "autoRefresh": market_id != 0, "statusMappings": None,
        }


def _address(name: str, street1: str, city: str, state: str, postal: str, country: str,
             residential: bool | None = True, company: str | None = None, phone: str | None = None) -> Record:
    return {"name": name, "company": company, "street1": street1, "street2": None, "street3": None,
            "city": city, "state": state or None, "postalCode": postal, "country": country, "phone": phone,
            "residential": residential, "addressVerified": "Address not yet validated"}


def _warehouses(world: World, now: datetime) -> None:
    for wid, name, addr, default in (
        (501, "Main Warehouse", ("Northwind Goods", "400 Congress Ave", "Austin", "TX", "78701", "US"), True),
        (502, "West Coast DC", ("Northwind Goods West", "1200 Terminal Way", "Reno", "NV", "89502", "US"), False),
    ):
        origin = _address(*addr, residential=False, company="Northwind Goods", phone="512-555-0100")
        world.warehouses[wid] = {
            "warehouseId": wid, "warehouseName": name, "originAddress": origin, "returnAddress": dict(origin),
            "createDate": now - timedelta(days=600), "isDefault": default, "sellerIntegrationId": "",
            "extInventoryIdentity": "", "registerFedexMeter": "",
        }


def _tags_users(world: World, rng: random.Random) -> None:
    for tag_id, name, color in ((301, "Rush", "#E53935"), (302, "Gift", "#8E24AA"), (303, "Fragile", "#FB8C00"),
                                (304, "VIP", "#1E88E5"), (305, "Wholesale", "#43A047")):
        world.tags[tag_id] = {"tagId": tag_id, "name": name, "color": color}
        world.v2_tag_names.add(name)
    for user_name, name in (("sam@northwind.example", "Sam Packer"), ("alex@northwind.example", "Alex Shipper"),
                            ("jo@northwind.example", "Jo Manager")):
        world.users.append({"userId": str(uuid.UUID(int=rng.getrandbits(128))), "userName": user_name,
                            "name": name})


def _products(world: World, rng: random.Random, now: datetime) -> list[Record]:
    products = []
    pid = 70001
    for base_sku, name, price, oz, customs, hs in words.PRODUCTS:
        variants = [f"{base_sku}-{c.upper()[:3]}-{s}" for c in words.COLORS[:2] for s in words.SIZES[1:3]] \
            if base_sku in ("TEE", "HOOD") else [f"{base_sku}-{i:02d}" for i in (1, 2)]
        for sku in variants:
            upc = upc_a("8" + "".join(str(rng.randrange(10)) for _ in range(10)))
            product = {
                "productId": pid, "sku": sku, "name": name if sku.endswith(("-01",)) else f"{name} ({sku[-5:]})",
                "price": Decimal(price), "defaultCost": money(Decimal(price) * Decimal("0.4")),
                "length": 10, "width": 8, "height": 3, "weightOz": oz, "internalNotes": None,
                "fulfillmentSku": None, "createDate": now - timedelta(days=400), "modifyDate": now - timedelta(days=9),
                "active": True, "productCategory": None, "productType": None,
                "warehouseLocation": f"A-{rng.randrange(1, 9):02d}-{rng.randrange(1, 5):02d}", "upc": upc,
                "defaultCarrierCode": None, "defaultServiceCode": None, "defaultPackageCode": None,
                "defaultIntlCarrierCode": None, "defaultIntlServiceCode": None, "defaultIntlPackageCode": None,
                "defaultConfirmation": None, "defaultIntlConfirmation": None, "customsDescription": customs,
                "customsValue": Decimal(price), "customsTariffNo": hs, "customsCountryCode": "US",
                "noCustoms": None, "tags": None, "aliases": None, "thumbnailURL": None,
            }
            world.products[pid] = product
            products.append(product)
            pid += 1
    return products


def _address_pool(rng: random.Random, size: int) -> list[Record]:
    """Ship-to addresses to copy from; one order in thirty goes abroad in Roman script, one in forty in
    non-Roman script (index-based, so every seed has them)."""
    pool = []
    for n in range(size):
        if n % 40 == 7:
            pool.append(_address(*rng.choice(words.INTL_NON_ROMAN), phone="+81 3 5555 0100"))
        elif n % 30 == 11:
            pool.append(_address(*rng.choice(words.INTL_ROMAN), phone="+44 20 5555 0100"))
        else:
            city, state, postal = rng.choice(words.US_CITIES)
            name = f"{rng.choice(words.FIRST)} {rng.choice(words.LAST)}"
            street = f"{rng.randrange(10, 9999)} {rng.choice(words.STREETS)}"
            pool.append(_address(name, street, city, state, postal, "US", phone=f"555-01{rng.randrange(10, 99)}"))
    return pool


def _item_template(product: Record) -> Record:
    return {"orderItemId": 0, "lineItemKey": "", "sku": product["sku"], "name": product["name"], "imageUrl": None,
            "weight": None, "quantity": 1, "unitPrice": product["price"], "taxAmount": None,
            "shippingAmount": None, "warehouseLocation": product["warehouseLocation"], "options": None,
            "productId": product["productId"], "fulfillmentSku": None, "adjustment": False, "upc": product["upc"],
            "createDate": None, "modifyDate": None}


def _orders(world: World, rng: random.Random, now: datetime, products: list[Record], count: int) -> None:
    # Built for 100,000 orders in a few seconds: templates copied with dict(), picks from one random().
    rand = rng.random
    pool = _address_pool(rng, 2400)  # 2400 = lcm-friendly with the 30/40 cadence above
    templates = [(_item_template(p), p["weightOz"], p["price"]) for p in products]
    store_ids = list(world.stores)
    user_ids = [u["userId"] for u in world.users]
    tag_ids = list(world.tags)
    services = [(c.code, s.code, s.name) for c in CARRIERS for s in c.services if s.domestic and s.rated]
    intl_service = ("stamps_com", "usps_first_class_mail_international", "USPS First Class Mail Intl")
    statuses = [status for status, weight in STATUS_WEIGHTS for _ in range(weight)]
    line_counts = (1, 1, 1, 2, 2, 3, 4)
    quantities = (1, 1, 1, 2, 3)
    no_customs = {"contents": None, "customsItems": None, "nonDelivery": None}
    insurance = {"provider": None, "insureShipment": False, "insuredValue": 0.0}
    cent, tax_rate, free_over = Decimal("0.01"), Decimal("0.0825"), Decimal(75)
    span = 90 * 86400.0
    item_id = 900001
    for n in range(count):
        order_id = 100001 + n
        order_date = now - timedelta(seconds=span * (count - n) / count + int(rand() * 3600))
        status = statuses[int(rand() * 100)]
        ship_to = dict(pool[n % len(pool)])
        international = ship_to["country"] != "US"
        items: list[Record] = []
        total_oz = 0
        subtotal = Decimal(0)
        first = int(rand() * len(templates))
        for line_no in range(line_counts[int(rand() * 7)]):
            template, oz, price = templates[(first + line_no * 7) % len(templates)]
            qty = quantities[int(rand() * 5)]
            total_oz += oz * qty
            subtotal += price * qty
            item = dict(template)
            item.update(orderItemId=item_id, lineItemKey=f"li-{order_id}-{line_no + 1}", quantity=qty,
                        weight={"value": oz, "units": "ounces", "WeightUnits": 1}, options=[],
                        createDate=order_date, modifyDate=order_date)
            items.append(item)
            item_id += 1
        shipping = Decimal("0.00") if subtotal > free_over else Decimal("6.95")
        tax = Decimal("0.00") if international else (subtotal * tax_rate).quantize(cent)
        total = subtotal + shipping + tax
        carrier_code, service_code, service_name = intl_service if international else \
            services[int(rand() * len(services))]
        modify = min(now, order_date + timedelta(minutes=int(rand() * 600)))  # never in the future
        customer = ship_to["name"]
        order = {
            "orderId": order_id, "orderNumber": f"NW-{order_id}", "orderKey": f"nw-{order_id:08d}",
            "orderDate": order_date, "createDate": order_date, "modifyDate": modify,
            "paymentDate": None if status == "awaiting_payment" else order_date,
            "shipByDate": order_date + timedelta(days=3), "orderStatus": status, "customerId": 400000 + n % 5000,
            "customerUsername": f"cust{n % 5000}", "customerEmail": f"cust{n % 5000}@mail.example",
            "billTo": {"name": customer, "company": None, "street1": None, "street2": None, "street3": None,
                       "city": None, "state": None, "postalCode": None, "country": None, "phone": None,
                       "residential": None, "addressVerified": None},
            "shipTo": ship_to, "items": items, "orderTotal": total,
            "amountPaid": total, "taxAmount": tax, "shippingAmount": shipping,
            "customerNotes": "Please leave at the back door." if n % 17 == 3 else None,
            "internalNotes": "Check print quality before packing." if n % 23 == 5 else None,
            "gift": n % 29 == 4, "giftMessage": "Happy birthday!" if n % 29 == 4 else None,
            "paymentMethod": "Credit Card", "requestedShippingService": service_name,
            "carrierCode": carrier_code, "serviceCode": service_code, "packageCode": "package",
            "confirmation": "none", "shipDate": None, "holdUntilDate": None,
            "weight": {"value": total_oz, "units": "ounces", "WeightUnits": 1},
            "dimensions": {"units": "inches", "length": 10.0, "width": 8.0, "height": 4.0 if len(items) < 3 else 6.0},
            "insuranceOptions": dict(insurance),
            "internationalOptions": _customs(items) if international else dict(no_customs),
            "advancedOptions": _advanced(store_ids[n % len(store_ids)], 501 if n % 5 else 502),
            "tagIds": [tag_ids[n % len(tag_ids)]] if n % 9 == 0 else None,
            "userId": user_ids[n % len(user_ids)] if n % 13 == 0 else None,
            "externallyFulfilled": False, "externallyFulfilledBy": None, "externallyFulfilledById": None,
            "externallyFulfilledByName": None, "labelMessages": None,
        }
        if status == "on_hold":
            order["holdUntilDate"] = (now + timedelta(days=1 + int(rand() * 9))).date()
        world.orders[order_id] = order
        world.order_keys[order["orderKey"]] = order_id
        if status == "shipped":
            _seed_shipment(world, rng, order, modify)


def _customs(items: list[Record]) -> Record:
    return {"contents": "merchandise", "nonDelivery": "return_to_sender", "customsItems": [
        {"customsItemId": 600000 + i["orderItemId"] % 100000, "description": i["name"][:40],
         "quantity": i["quantity"], "value": i["unitPrice"], "harmonizedTariffCode": "6109.10",
         "countryOfOrigin": "US"} for i in items]}


def _advanced(store_id: int, warehouse_id: int) -> Record:
    return {"warehouseId": warehouse_id, "nonMachinable": False, "saturdayDelivery": False,
            "containsAlcohol": False, "mergedOrSplit": False, "mergedIds": [], "parentId": None,
            "storeId": store_id, "customField1": None, "customField2": None, "customField3": None,
            "source": None, "billToParty": None, "billToAccount": None, "billToPostalCode": None,
            "billToCountryCode": None, "billToMyOtherAccount": None}


def _seed_shipment(world: World, rng: random.Random, order: Record, when: datetime) -> None:
    shipment_id = world.next_id("shipment", 5000001)
    carrier_code = order["carrierCode"] or USPS.code
    order["shipDate"] = when.date()
    world.shipments[shipment_id] = {
        "shipmentId": shipment_id, "orderId": order["orderId"], "orderKey": order["orderKey"],
        "userId": order["userId"], "customerEmail": order["customerEmail"], "orderNumber": order["orderNumber"],
        "createDate": when, "shipDate": when.date(), "shipmentCost": money(7 + rng.random() * 20),
        "insuranceCost": Decimal("0.00"), "trackingNumber": tracking_number(rng, carrier_code),
        "isReturnLabel": False, "batchNumber": None, "carrierCode": carrier_code,
        "serviceCode": order["serviceCode"], "packageCode": "package", "confirmation": "none",
        "warehouseId": order["advancedOptions"]["warehouseId"], "voided": False, "voidDate": None,
        "marketplaceNotified": True, "notifyErrorMessage": None, "shipTo": order["shipTo"],
        "weight": order["weight"], "dimensions": order["dimensions"],
        "insuranceOptions": order["insuranceOptions"], "advancedOptions": {
            "billToParty": None, "billToAccount": None, "billToPostalCode": None, "billToCountryCode": None,
            "storeId": order["advancedOptions"]["storeId"]},
        "shipmentItems": None, "labelData": None, "formData": None,
    }


def _inventory(world: World, rng: random.Random, now: datetime, products: list[Record]) -> None:
    layout: dict[str, Any] = {"Austin Stockroom": ("A-01-01-01", "A-01-02-01", "B-02-01-03", "RETURNS-01"),
                              "Reno Overflow": ("R-01-01-01", "R-01-01-02")}
    for wh_no, (wh_name, locations) in enumerate(layout.items(), start=1):
        wh_id = f"iw-{wh_no:04d}"
        world.inv_warehouses[wh_id] = {"inventory_warehouse_id": wh_id, "name": wh_name,
                                       "created_at": now - timedelta(days=365), "updated_at": now - timedelta(days=20)}
        for loc_no, loc_name in enumerate(locations, start=1):
            loc_id = f"il-{wh_no:02d}{loc_no:02d}"
            world.inv_locations[loc_id] = {"inventory_location_id": loc_id, "name": loc_name,
                                           "inventory_warehouse_id": wh_id,
                                           "created_at": now - timedelta(days=365), "updated_at": now - timedelta(days=20)}
    locations_list = list(world.inv_locations.values())
    for product in products:
        for loc in rng.sample(locations_list, 2):
            on_hand = rng.randrange(0, 120)
            world.stock.append(StockLot(
                sku=product["sku"], inventory_location_id=loc["inventory_location_id"],
                inventory_warehouse_id=loc["inventory_warehouse_id"], on_hand=on_hand,
                allocated=min(on_hand, rng.randrange(0, 6)), cost_amount=float(product["defaultCost"]),
            ))
