"""The orders list shows its first rows at once and gets the rest of its ids from a worker."""

from __future__ import annotations

from datetime import timedelta

import pytest

from atoz_desktop.gui.common.id_fetcher import IdFetcher
from atoz_desktop.gui.common.table_models import OrdersModel
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_order
from tests.sql_statements import recorded_statements


@pytest.fixture
def small_first(monkeypatch: pytest.MonkeyPatch) -> int:
    """Three rows before the rest comes in (200 in the program): a test needs only a few orders."""
    monkeypatch.setattr(OrdersModel, "FIRST_ROWS", 3)
    return 3


def _orders(workspace, n: int, city: str = "Lyon") -> list[str]:
    """`n` orders, the newest last; their ids newest first (the list's default order)."""
    ids = [f"402-{k:07d}-1234567" for k in range(n)]
    for k, oid in enumerate(ids):
        add_order(workspace, oid, city=city, purchased=NOW + timedelta(minutes=k))
    return ids[::-1]


def _shown(model: OrdersModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_first_rows_come_at_once_and_the_rest_is_inserted(
    qtbot, qtmodeltester, workspace, small_first
) -> None:
    newest_first = _orders(workspace, 8)
    model = OrdersModel(workspace)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.ids_completed):
        model.refresh()
        assert _shown(model) == newest_first[:small_first]
        assert not model.is_complete and model.match_count() is None
    assert _shown(model) == newest_first
    assert model.is_complete and model.match_count() == 8
    qtmodeltester.check(model)


def test_a_list_no_longer_than_the_first_rows_is_complete_at_once(workspace, small_first) -> None:
    _orders(workspace, 3)
    model = OrdersModel(workspace)
    model.refresh()
    assert model.is_complete and model.match_count() == 3


def test_a_one_letter_search_shows_its_first_matches_in_the_sort_order(
    qtbot, workspace, small_first
) -> None:
    lyon = _orders(workspace, 5, city="Lyon")
    add_order(workspace, "402-9999999-1234567", city="Paris", purchased=NOW + timedelta(days=1))
    model = OrdersModel(workspace)
    with qtbot.waitSignal(model.ids_completed):
        model.set_search("y")  # Lyon, not Paris
        assert _shown(model) == lyon[:small_first]
    assert _shown(model) == lyon


def test_only_the_latest_search_counts(qtbot, workspace, small_first) -> None:
    lyon = _orders(workspace, 5, city="Lyon")
    _orders_elsewhere = [f"403-{k:07d}-1234567" for k in range(4)]
    for oid in _orders_elsewhere:
        add_order(workspace, oid, city="Metz", purchased=NOW - timedelta(days=1))
    model = OrdersModel(workspace)
    model.set_search("metz")
    with qtbot.waitSignal(model.ids_completed):
        model.set_search("lyon")  # before the worker's answer for "metz" is in
    qtbot.wait(50)  # a late answer to the first search would arrive now
    assert _shown(model) == lyon and model.match_count() == 5


def test_a_row_beyond_the_first_ones_is_found_on_demand(workspace, small_first) -> None:
    newest_first = _orders(workspace, 6)
    model = OrdersModel(workspace)
    model.refresh()
    oldest = model.pk_at(0)
    assert oldest is not None
    with workspace.engine.connect() as connection:
        from sqlalchemy import text

        pk = connection.execute(
            text("SELECT id FROM orders WHERE order_id = :o"), {"o": newest_first[-1]}
        ).scalar_one()
    assert model.row_of(pk, wait=False) == -1  # not among the first three yet
    assert model.row_of(pk) == 5  # fetched here, now
    assert model.is_complete and model.rowCount() == 6


def test_orders_added_between_the_two_queries_reset_the_list(
    qtbot, monkeypatch, qtmodeltester, workspace, small_first
) -> None:
    _orders(workspace, 5)
    asked: list[tuple[int, object]] = []
    monkeypatch.setattr(IdFetcher, "fetch", lambda self, gen, query: asked.append((gen, query)))
    model = OrdersModel(workspace)
    qtmodeltester.check(model)
    model.refresh()
    add_order(workspace, "402-8888888-1234567", purchased=NOW + timedelta(days=2))
    generation, query = asked[-1]
    with qtbot.waitSignal(model.modelReset):
        model._fetcher.fetched.emit(generation, query())  # type: ignore[union-attr]
    assert _shown(model)[0] == "402-8888888-1234567" and model.match_count() == 6


def test_the_match_count_waits_for_the_whole_list(qtbot, window: MainWindow, small_first) -> None:
    _orders(window.workspace, 7)
    window.refresh_all()
    window.sidebar.select_view("orders")
    window.search.setText("lyon")
    with qtbot.waitSignal(window.orders_model.ids_completed):
        window.list_search.apply()
        assert not window.match_count.isVisible()  # not "3 orders match" while 7 do
    assert window.match_count.isVisible() and window.match_count.text() == "7 orders match"


def test_the_order_shown_stays_selected_when_it_matches_beyond_the_first_rows(
    qtbot, window: MainWindow, small_first
) -> None:
    newest_first = _orders(window.workspace, 7)
    window.refresh_all()
    window.sidebar.select_view("orders")
    model = window.orders_model
    model.complete_now()
    window.select_row(6)  # the oldest
    shown = window.selected_pk()
    window.search.setText("lyon")
    with qtbot.waitSignal(model.ids_completed):
        window.list_search.apply()
    assert window.selected_pk() == shown
    assert model.index(model.row_of(shown), 0).data() == newest_first[6]


def test_the_start_counts_no_order_the_orders_list_has_the_ids_of(
    qtbot, workspace, make_window, small_first
) -> None:
    """A count reads a whole index (15 ms at 75k orders): the window's first frame does not
    wait for one; the sidebar's order count is the orders list's, once its worker is done."""
    _orders(workspace, 8)
    with recorded_statements(workspace.engine) as statements:
        window = make_window()
        assert window.current_view() == "orders"
        assert not [s for s in statements if "count(" in s.lower() and "orders" in s.lower()]
        qtbot.waitUntil(lambda: window.sidebar.count_of("orders") == 8, timeout=10_000)
        assert not [s for s in statements if "count(orders" in s.lower()]


def test_the_order_count_is_counted_when_a_search_came_before_the_ids(
    qtbot, workspace, make_window, small_first
) -> None:
    _orders(workspace, 8)
    add_order(workspace, "402-9999999-1234567", city="Paris", purchased=NOW - timedelta(days=1))
    window = make_window()
    window.search.setText("paris")
    window.list_search.apply()  # before the unsearched list's worker answered: that is dropped
    qtbot.waitUntil(lambda: window.sidebar.count_of("orders") == 9, timeout=10_000)
    assert window.orders_model.match_count() == 1


def test_a_change_counts_the_orders_again(qtbot, workspace, make_window, small_first) -> None:
    _orders(workspace, 8)
    window = make_window()
    qtbot.waitUntil(lambda: window.sidebar.count_of("orders") == 8, timeout=10_000)
    add_order(workspace, "402-9999999-1234567", purchased=NOW + timedelta(days=1))
    window.refresh_all()
    assert window.sidebar.count_of("orders") == 9
