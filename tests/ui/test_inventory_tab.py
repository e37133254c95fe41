"""The Inventory tab driven like a packer would, against a real sandbox over loopback (no mocks)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shipdesk.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def levels(window: MainWindow) -> dict[tuple[str, str], int]:
    return {(lv.sku, lv.inventory_location_id or ""): lv.on_hand for lv in window.session.v2.iter_inventory()}


def stock_posts(window: MainWindow) -> int:
    return sum(1 for r in window.session.call_log.last()
               if r.method == "POST" and r.url.endswith("/v2/inventory"))


def loaded(qtbot, window: MainWindow) -> None:
    tab = window.inventory
    qtbot.waitUntil(lambda: tab.model.total > 0 and tab.load_job is None, timeout=10_000)


def reload_done(qtbot, window: MainWindow, check) -> None:
    qtbot.waitUntil(lambda: window.inventory.load_job is None and check(), timeout=10_000)


def test_levels_load_filter_sort_export_and_screenshot(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    tab = window.inventory
    loaded(qtbot, window)
    shown = {(r.sku, r.location_id): r.on_hand for r in tab.model.visible_rows()}
    assert shown == levels(window) and len(shown) == 72
    assert tab.model.index(0, 1).data() in ("Austin Stockroom", "Reno Overflow")

    tab.warehouse_filter.setCurrentIndex(tab.warehouse_filter.findText("Reno Overflow"))
    reno = tab.model.visible_rows()
    assert reno and {r.warehouse_name for r in reno} == {"Reno Overflow"}
    tab.search.setText("r-01-01-02")
    assert {r.location_name for r in tab.model.visible_rows()} == {"R-01-01-02"}
    assert "of 72" in tab.status.text()
    tab.search.clear()
    tab.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # as a header click does
    on_hand = [r.on_hand for r in tab.model.visible_rows()]
    assert on_hand == sorted(on_hand, reverse=True) and len(on_hand) == len(reno)
    assert tab.model.index(0, 3).data() == max(on_hand)

    path = tmp_path / "reno.csv"
    with qtbot.waitSignal(tab.exported, timeout=5000):
        tab.export_csv(str(path))
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["sku"], r["location"], int(r["on_hand"])) for r in rows] == \
        [(r.sku, r.location_name, r.on_hand) for r in tab.model.visible_rows()]

    tab.warehouse_filter.setCurrentIndex(0)
    tab.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    window.tabs.setCurrentWidget(tab)
    tab.select_level(tab.model.row_at(2).sku, tab.model.row_at(2).location_id)
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "inventory.png"))


def test_adjust_dialog_increment_decrement_set_move_and_refusal(make_window, qtbot) -> None:
    window = make_window()
    tab = window.inventory
    loaded(qtbot, window)
    row = next(r for r in tab.model.visible_rows() if r.on_hand >= 3)
    key = (row.sku, row.location_id)
    other = next(loc for loc in tab.snapshot.locations if loc.inventory_location_id != row.location_id)
    dest = (row.sku, other.inventory_location_id)
    start = levels(window)

    def adjust(mode: str, quantity: int, **kw: object):
        assert tab.select_level(row.sku, row.location_id)
        dialog = tab.open_adjust_dialog()
        assert dialog.sku.text() == row.sku and dialog.location.currentData() == row.location_id
        dialog.choose(mode, quantity, location_id=row.location_id, **kw)
        dialog.apply_button.click()
        return dialog

    adjust("increment", 5, reason="Received")
    reload_done(qtbot, window, lambda: tab.snapshot.level(*key).on_hand == start[key] + 5)
    adjust("decrement", 2)
    reload_done(qtbot, window, lambda: tab.snapshot.level(*key).on_hand == start[key] + 3)
    adjust("set", 10, reason="Stock count")
    reload_done(qtbot, window, lambda: tab.snapshot.level(*key).on_hand == 10)
    adjust("move", 4, to_location_id=other.inventory_location_id)
    reload_done(qtbot, window, lambda: tab.snapshot.level(*key).on_hand == 6)
    assert levels(window)[dest] == start.get(dest, 0) + 4
    assert levels(window)[key] == 6

    sent = stock_posts(window)
    dialog = adjust("decrement", 7)  # only 6 on hand: ShipStation refuses the whole decrement
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.job is None, timeout=5000)
    assert "Cannot decrement 7" in dialog.error.text() and "Nothing was changed" in dialog.error.text()
    assert dialog.isVisible() and dialog.apply_button.isEnabled()  # still open to correct the number
    assert stock_posts(window) == sent + 1 and levels(window)[key] == 6
    dialog.reject()


def test_warehouses_and_locations_create_rename_delete(make_window, qtbot) -> None:
    window = make_window()
    tab, v2 = window.inventory, window.session.v2
    loaded(qtbot, window)
    places = tab.places
    tab.views.setCurrentWidget(places)

    def names() -> set[str]:
        return {w.name for w in tab.snapshot.warehouses}

    prompt = places.new_warehouse()
    prompt.setTextValue("Dock 3")
    prompt.accept()
    reload_done(qtbot, window, lambda: "Dock 3" in names())
    dock = next(w for w in tab.snapshot.warehouses if w.name == "Dock 3")
    places.select_warehouse(dock.inventory_warehouse_id)
    prompt = places.new_location()
    prompt.setTextValue("Shelf 1")
    prompt.accept()
    dock_id = dock.inventory_warehouse_id
    reload_done(qtbot, window, lambda: [x.name for x in tab.snapshot.locations_of(dock_id)] == ["Shelf 1"])
    assert places.locations.item(0, 0).text() == "Shelf 1"
    shelf = tab.snapshot.locations_of(dock.inventory_warehouse_id)[0]

    places.select_warehouse(dock.inventory_warehouse_id)
    prompt = places.rename_warehouse()
    prompt.setTextValue("Dock Three")
    prompt.accept()
    reload_done(qtbot, window, lambda: "Dock Three" in names())
    places.select_location(shelf.inventory_location_id)
    prompt = places.rename_location()
    prompt.setTextValue("Shelf A")
    prompt.accept()
    reload_done(qtbot, window, lambda: tab.snapshot.location(shelf.inventory_location_id).name == "Shelf A")
    assert v2.get_inventory_location(shelf.inventory_location_id).name == "Shelf A"

    # Stock arrives behind the tab's back: ShipStation refuses the delete and ShipDesk explains, then asks.
    v2.increment_inventory("DOCK-SKU", shelf.inventory_location_id, 4)
    places.select_location(shelf.inventory_location_id)
    question = places.delete_location()
    assert "holds no stock" in question.text()
    places.confirm_button.click()
    qtbot.waitUntil(lambda: places.pending is not question and places.pending.isVisible(), timeout=5000)
    refusal = places.pending
    assert isinstance(refusal, QMessageBox)
    assert "still holds 4 units" in refusal.text() and "cannot be undone" in refusal.text()
    refusal.button(QMessageBox.StandardButton.Cancel).click()
    assert v2.get_inventory_location(shelf.inventory_location_id).name == "Shelf A"  # nothing deleted

    # A warehouse the loaded levels show stock in: the question comes first, with the stock counted.
    tab.refresh()
    reload_done(qtbot, window, lambda: tab.snapshot.units_in_warehouse(dock.inventory_warehouse_id) == 4)
    places.select_warehouse(dock.inventory_warehouse_id)
    question = places.delete_warehouse()
    assert "will not delete warehouse “Dock Three” while it holds stock: 4 units" in question.text()
    assert "move it to another location first" in question.text()
    places.confirm_button.click()
    reload_done(qtbot, window, lambda: "Dock Three" not in names())
    assert ("DOCK-SKU", shelf.inventory_location_id) not in levels(window)

    # An empty location is deleted after a plain confirmation.
    reno = next(w for w in tab.snapshot.warehouses if w.name == "Reno Overflow")
    places.select_warehouse(reno.inventory_warehouse_id)
    prompt = places.new_location()
    prompt.setTextValue("Temp")
    prompt.accept()
    reload_done(qtbot, window, lambda: any(loc.name == "Temp" for loc in tab.snapshot.locations))
    temp = next(loc for loc in tab.snapshot.locations if loc.name == "Temp")
    places.select_location(temp.inventory_location_id)
    places.delete_location()
    places.confirm_button.click()
    reload_done(qtbot, window, lambda: tab.snapshot.location(temp.inventory_location_id) is None)


def test_csv_import_preview_then_apply_only_valid_rows(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    tab = window.inventory
    loaded(qtbot, window)
    a = next(r for r in tab.model.visible_rows() if r.location_name == "A-01-01-01" and r.available >= 2)
    path = tmp_path / "changes.csv"
    path.write_text("sku,warehouse,location,quantity,mode\n"
                    f"{a.sku},Austin Stockroom,A-01-01-01,6,increment\n"
                    f"{a.sku},Atlantis,A-01-01-01,1,increment\n"
                    f"{a.sku},Austin Stockroom,A-01-01-01,-2,decrement\n"
                    f"{a.sku},Austin Stockroom,A-01-01-01,1,teleport\n"
                    f"{a.sku},Austin Stockroom,A-01-01-01,100000,decrement\n"
                    f"NEW-SKU-1,Reno Overflow,R-01-01-02,9,adjust\n", encoding="utf-8")
    before, sent = levels(window), stock_posts(window)
    tab.import_csv(str(path))
    qtbot.waitUntil(lambda: tab.import_dialog is not None and tab.import_dialog.isVisible(), timeout=10_000)
    dialog = tab.import_dialog
    model = dialog.model
    table = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [t[0] for t in table] == ["2", "3", "4", "5", "6", "7"]
    assert [t[1] for t in table] == ["Ready", "Error", "Error", "Error", "Error", "Ready"]
    assert "no inventory warehouse \"Atlantis\"" in table[1][6]
    assert "must be 1 or more" in table[2][6]
    assert "Unknown mode \"teleport\"" in table[3][6]
    assert "Cannot take 100000" in table[4][6]
    assert "2 ready, 4 with errors" in dialog.summary.text()
    assert "Nothing has been sent" in dialog.summary.text()
    assert dialog.apply_button.isEnabled()
    assert levels(window) == before and stock_posts(window) == sent  # the preview sent nothing

    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.finished_sending, timeout=10_000)
    assert [t for t in (model.index(r, 1).data() for r in range(6))] == \
        ["Done", "Error", "Error", "Error", "Error", "Done"]
    assert "2 done, 0 failed" in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()
    after = levels(window)
    assert stock_posts(window) == sent + 2
    assert after[(a.sku, a.location_id)] == before[(a.sku, a.location_id)] + 6
    assert after[("NEW-SKU-1", "il-0202")] == 9
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {(a.sku, a.location_id), ("NEW-SKU-1", "il-0202")}
    reload_done(qtbot, window, lambda: tab.snapshot.level("NEW-SKU-1", "il-0202") is not None)
    dialog.close()

    bad = tmp_path / "bad.csv"
    bad.write_text("sku,where,how many\nX,Y,1\n", encoding="utf-8")
    tab.import_dialog = None
    tab.import_csv(str(bad))
    qtbot.waitUntil(lambda: tab.import_dialog is not None, timeout=10_000)
    assert "no location, quantity, mode column" in tab.import_dialog.summary.text()
    assert not tab.import_dialog.apply_button.isEnabled()
    tab.import_dialog.close()


def test_inventory_only_plan_keeps_inventory_and_disables_orders(make_window, qtbot) -> None:
    window = make_window(plan="inventory_only")
    tabs = window.tabs
    orders, inventory = tabs.indexOf(window.orders), tabs.indexOf(window.inventory)
    qtbot.waitUntil(lambda: not tabs.isTabEnabled(orders), timeout=10_000)
    assert tabs.isTabEnabled(inventory)
    assert "Gold" in tabs.tabToolTip(orders) or "plan" in tabs.tabToolTip(orders).lower()
    loaded(qtbot, window)
    assert window.inventory.model.total == 72
