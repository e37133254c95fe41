"""Inventory core against the real sandbox over loopback: loading, changes, CSV preview/apply, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest

from shipdesk.api.credentials import V2Credentials
from shipdesk.api.errors import ValidationFailed
from shipdesk.api.v2.client import V2Client
from shipdesk.core import inventory as inv
from shipdesk.core.inventory import Change, apply_change, filter_rows, load_inventory
from shipdesk.core.inventory_csv import apply_import, preview_import, read_text, write_levels_csv
from shipdesk.sandbox import Sandbox


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[V2Client]:
    with V2Client(V2Credentials(sandbox.config.v2_key), base_url=sandbox.url) as c:
        yield c


def levels(client: V2Client) -> dict[tuple[str, str], int]:
    """On hand per (sku, location id), straight from the sandbox."""
    return {(lv.sku, lv.inventory_location_id or ""): lv.on_hand for lv in client.iter_inventory()}


def posts(client: V2Client) -> int:
    return sum(1 for r in client.call_log.last() if r.method == "POST")


def test_load_matches_the_sandbox_over_every_page(client: V2Client, monkeypatch) -> None:
    monkeypatch.setattr(inv, "PAGE_SIZE", 10)  # the seed has 72 levels: 8 pages
    seen: list[tuple[int, int]] = []
    snap = load_inventory(client, lambda done, total, _t: seen.append((done, total)))
    assert {(r.sku, r.location_id): r.on_hand for r in snap.rows} == levels(client)
    assert len(snap.rows) == 72
    assert (8, 8) in seen and (1, 8) in seen
    names = {w.name for w in snap.warehouses}
    assert names == {"Austin Stockroom", "Reno Overflow"}
    row = snap.rows[0]
    assert row.warehouse_name in names and row.location_name == snap.location(row.location_id).name
    assert all(r.available == r.on_hand - r.allocated for r in snap.rows)
    assert filter_rows(snap.rows, "reno") == [r for r in snap.rows if r.warehouse_name == "Reno Overflow"]
    assert filter_rows(snap.rows, "", "iw-0001") == [r for r in snap.rows if r.warehouse_id == "iw-0001"]


def test_single_changes_and_all_or_nothing_decrement(client: V2Client) -> None:
    snap = load_inventory(client)
    row = next(r for r in snap.rows if r.on_hand > 5)
    other = next(loc for loc in snap.locations if loc.inventory_location_id != row.location_id)
    key, dest = (row.sku, row.location_id), (row.sku, other.inventory_location_id)
    before = levels(client)
    apply_change(client, Change("increment", row.sku, row.location_id, 4, reason="Received"))
    assert levels(client)[key] == before[key] + 4
    apply_change(client, Change("decrement", row.sku, row.location_id, 2))
    assert levels(client)[key] == before[key] + 2
    apply_change(client, Change("move", row.sku, row.location_id, 3,
                                to_location_id=other.inventory_location_id))
    after = levels(client)
    assert after[key] == before[key] - 1 and after[dest] == before.get(dest, 0) + 3
    apply_change(client, Change("set", row.sku, row.location_id, 7))
    assert levels(client)[key] == 7
    with pytest.raises(ValidationFailed) as refused:
        apply_change(client, Change("decrement", row.sku, row.location_id, 8))
    assert "only 7 on hand" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert levels(client)[key] == 7


CSV_TEXT = """SKU,Warehouse,Location,Quantity,Mode,to_location,reason
{a},Austin Stockroom,A-01-01-01,5,increment,,Received
{a},iw-0001,il-0101,2,decrement,,
{b},reno overflow,R-01-01-01,3,adjust,,Count
{a},Nowhere,A-01-01-01,1,increment,,
{a},Austin Stockroom,Z-99,1,increment,,
{a},Austin Stockroom,A-01-01-01,lots,increment,,
{a},Austin Stockroom,A-01-01-01,1,explode,,
{a},Austin Stockroom,A-01-01-01,9999,decrement,,

{a},Austin Stockroom,A-01-01-01,1,modify,,
{a},Austin Stockroom,A-01-01-01,1,move,R-01-01-02,Moved
"""


def test_csv_preview_checks_every_row_and_sends_nothing(client: V2Client) -> None:
    snap = load_inventory(client)
    a = next(r for r in snap.rows if r.location_name == "A-01-01-01" and r.available >= 3).sku
    b = next(r for r in snap.rows if r.location_name == "R-01-01-01").sku
    before, sent_before = levels(client), posts(client)
    preview = preview_import(CSV_TEXT.format(a=a, b=b), snap)
    assert preview.file_problems == []
    by_row = {r.row: r for r in preview.rows}
    assert sorted(by_row) == [2, 3, 4, 5, 6, 7, 8, 9, 11, 12]  # the blank line 10 is skipped, numbers kept
    assert [r.row for r in preview.valid_rows] == [2, 3, 4, 12]
    words = {n: " ".join(p.text for p in r.problems) for n, r in by_row.items()}
    assert "no inventory warehouse \"Nowhere\"" in words[5]
    assert "has no location \"Z-99\"" in words[6]
    assert "\"lots\" is not a whole number" in words[7]
    assert "Unknown mode \"explode\"" in words[8]
    assert "Cannot take 9999" in words[9] and "ShipStation would refuse" in words[9]
    assert "to_location" in words[11]
    assert by_row[4].change is not None and by_row[4].change.mode == "set"
    assert by_row[12].where == "Austin Stockroom / A-01-01-01 → Reno Overflow / R-01-01-02"
    assert levels(client) == before and posts(client) == sent_before  # nothing went to ShipStation

    apply_import(client, preview)
    assert [r.status for r in preview.valid_rows] == ["done"] * 4
    assert [r.status for r in preview.error_rows] == ["error"] * 6
    after = levels(client)
    loc_a, loc_b, loc_r2 = "il-0101", "il-0201", "il-0202"
    assert after[(a, loc_a)] == before[(a, loc_a)] + 5 - 2 - 1
    assert after[(b, loc_b)] == 3
    assert after[(a, loc_r2)] == before.get((a, loc_r2), 0) + 1
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed <= {(a, loc_a), (b, loc_b), (a, loc_r2)}
    assert posts(client) == sent_before + 4


def test_decrements_are_checked_against_the_rows_above_and_allocated_units(client: V2Client) -> None:
    snap = load_inventory(client)
    row = next(r for r in snap.rows if r.allocated > 0 and r.available >= 2)
    text = (f"sku;warehouse;location;quantity;mode\n"  # French Excel writes semicolons
            f"{row.sku};{row.warehouse_id};{row.location_name};{row.available - 1};decrement\n"
            f"{row.sku};;{row.location_id};2;decrement\n"
            f"{row.sku};;{row.location_id};{row.allocated + 1};set\n")
    preview = preview_import(text, snap)
    assert [r.valid for r in preview.rows] == [True, False, True]
    assert "only 1 available" in preview.rows[1].problems[0].text
    assert f"{row.allocated} more are allocated" in preview.rows[1].problems[0].text


def test_file_problems_and_missing_columns(client: V2Client) -> None:
    snap = load_inventory(client)
    assert "empty" in preview_import("", snap).file_problems[0].text
    missing = preview_import("sku,location,qty\nX,A-01-01-01,1\n", snap)
    assert "no mode column" in missing.file_problems[0].text and not missing.valid_rows
    assert "no stock rows" in preview_import("sku,location,quantity,mode\n", snap).file_problems[0].text


def test_apply_reports_shipstation_words_per_row_and_can_stop(client: V2Client) -> None:
    snap = load_inventory(client)
    row = next(r for r in snap.rows if r.on_hand >= 2)
    text = ("sku,warehouse,location,quantity,mode\n"
            f"{row.sku},,{row.location_id},{row.on_hand},decrement\n"
            f"{row.sku},,{row.location_id},1,increment\n"
            f"{row.sku},,{row.location_id},1,increment\n")
    preview = preview_import(text, snap)
    assert all(r.valid for r in preview.rows)
    apply_change(client, Change("decrement", row.sku, row.location_id, 1))  # stock moved after the preview
    calls = iter([False, False, True])
    apply_import(client, preview, stopped=lambda: next(calls))
    assert [r.status for r in preview.rows] == ["failed", "done", "not_sent"]
    assert "only" in preview.rows[0].result.text and "Nothing was changed" in preview.rows[0].result.text
    assert "stopped" in preview.rows[2].result.text
    assert levels(client)[(row.sku, row.location_id)] == row.on_hand - 1 + 1


def test_export_writes_exactly_the_rows_given(client: V2Client, tmp_path) -> None:
    snap = load_inventory(client)
    shown = sorted(filter_rows(snap.rows, "A-01"), key=lambda r: -r.on_hand)
    path = tmp_path / "levels.csv"
    assert write_levels_csv(path, shown) == len(shown)
    with open(path, encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert [(g["sku"], g["location"], int(g["on_hand"])) for g in got] == \
        [(r.sku, r.location_name, r.on_hand) for r in shown]
    assert read_text(path).startswith("sku,warehouse,location,on_hand")


def test_places_by_name_or_id_and_shared_names_are_never_guessed(client: V2Client) -> None:
    client.create_inventory_location("A-01-01-01", "iw-0002")  # the same name in both warehouses
    snap = load_inventory(client)
    text = ("sku,warehouse,location,quantity,mode\n"
            "X-1,,a-01-01-01,1,increment\n"
            "X-1,Reno Overflow,A-01-01-01,1,increment\n"
            "X-1,Reno Overflow,il-0101,1,increment\n"
            "X-1,iw-0001, A-01-01-01 ,1,add\n")
    rows = preview_import(text, snap).rows
    assert "2 locations are called \"a-01-01-01\"" in rows[0].problems[0].text
    assert rows[1].valid and rows[1].change.location_id != "il-0101"
    assert "is in warehouse \"Austin Stockroom\", not in \"Reno Overflow\"" in rows[2].problems[0].text
    assert rows[3].valid and rows[3].change.location_id == "il-0101" and rows[3].change.mode == "increment"
