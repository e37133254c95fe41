"""Product barcode -> SKU from V1 products, read from the sandbox over loopback HTTP."""

from __future__ import annotations

from shipdesk.api.credentials import V1Credentials
from shipdesk.api.v1.models import Product
from shipdesk.core.session import SessionOptions, open_session
from shipdesk.core.upc_lookup import REFRESH_AFTER_S, index_products, load_upc_index


def test_every_seeded_product_is_found_by_its_upc_however_the_scanner_sends_it(sandbox, tmp_path):
    cfg = sandbox.config
    session = open_session(SessionOptions(api_base_v1=sandbox.url, profile_dir=str(tmp_path),
                                          v1_credentials=V1Credentials(cfg.v1_key, cfg.v1_secret)))
    try:
        index = load_upc_index(session.v1)
    finally:
        session.close()
    with sandbox.world.lock:
        seeded = [(p["sku"], p["upc"]) for p in sandbox.world.products.values()]
    assert seeded
    for sku, upc in seeded:
        assert index.skus(upc) == (sku,)  # UPC-A
        assert index.skus("0" + upc) == (sku,)  # the same code as EAN-13
    assert index.skus("012345678905") == () and index.skus("not a code") == ()


def test_a_barcode_on_two_products_gives_both_and_a_miss_reads_again_only_after_a_while():
    made = [Product(product_id=n, sku=sku, upc=upc) for n, (sku, upc) in enumerate(
        [("A-1", "012345678905"), ("B-2", "12345678905"), ("C-3", None), (None, "036000291452")])]
    index = index_products(made, loaded_at=100.0)
    assert index.skus("012345678905") == ("A-1", "B-2")
    assert index.skus("036000291452") == ()
    assert not index.stale(now=100.0 + REFRESH_AFTER_S - 1) and index.stale(now=100.0 + REFRESH_AFTER_S)
