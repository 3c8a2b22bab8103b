from datetime import timedelta

from PySide6.QtCore import Qt

from atoz_desktop.gui.common.id_model import PK_ROLE
from atoz_desktop.gui.common.table_models import (
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    SOON_BACKGROUND,
    ClaimsModel,
    OrdersModel,
)
from tests.gui.conftest import NOW, add_claim, add_order


def _column(model, key: str) -> int:
    return [c.key for c in model.columns].index(key)


def _order_ids(model) -> list[str]:
    column = _column(model, "order_id")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_orders_model_passes_the_model_tester_empty_and_full(qtmodeltester, workspace) -> None:
    model = OrdersModel(workspace)
    model.refresh()
    qtmodeltester.check(model)
    for n in range(5):
        add_order(workspace, f"402-000000{n}-1234567", total=f"{n}.50")
    model.refresh()
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_claims_model_passes_the_model_tester_empty_and_full(qtmodeltester, workspace) -> None:
    model = ClaimsModel(workspace, view="all", now=lambda: NOW)
    model.refresh()
    qtmodeltester.check(model)
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=5))
    add_claim(workspace, "999-0000002-1234567", due_in=timedelta(hours=-5))
    model.refresh()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_rows_are_fetched_in_pages_beyond_the_first(qtbot, workspace) -> None:
    for n in range(450):
        add_order(workspace, f"402-{n:07d}-1234567", purchased=NOW + timedelta(minutes=n))
    model = OrdersModel(workspace)
    with qtbot.waitSignal(model.ids_completed):
        model.refresh()  # the first 200 at once, the rest from a worker
    assert model.rowCount() == 450
    assert model.index(0, 0).data() == "402-0000449-1234567"  # newest first
    assert model.index(449, 0).data() == "402-0000000-1234567"
    assert len(model._pages) <= model.MAX_PAGES


def test_sorting_a_column_asks_sql_for_a_new_order(workspace) -> None:
    add_order(workspace, "402-0000001-1234567", total="5.00", city="Zürich")
    add_order(workspace, "402-0000002-1234567", total="300.00", city="Annecy")
    add_order(workspace, "402-0000003-1234567", total="42.00", city="Metz")
    model = OrdersModel(workspace)
    model.refresh()
    model.sort(_column(model, "total"), Qt.SortOrder.DescendingOrder)
    assert [i[4:11] for i in _order_ids(model)] == ["0000002", "0000003", "0000001"]
    model.sort(_column(model, "city"), Qt.SortOrder.AscendingOrder)
    assert [model.index(r, _column(model, "city")).data() for r in range(3)] == [
        "Annecy", "Metz", "Zürich"
    ]  # fmt: skip


def test_search_is_accent_insensitive(workspace) -> None:
    add_order(workspace, "402-0000001-1234567", city="Besançon", postal_code="25000")
    add_order(workspace, "402-0000002-1234567", city="Köln", postal_code="50667")
    model = OrdersModel(workspace)
    model.set_search("besancon")
    assert _order_ids(model) == ["402-0000001-1234567"]
    model.set_search("KOLN")
    assert _order_ids(model) == ["402-0000002-1234567"]
    model.set_search("")
    assert model.rowCount() == 2


def test_pk_role_gives_the_row_id(workspace) -> None:
    pk = add_order(workspace, "402-0000001-1234567")
    model = OrdersModel(workspace)
    model.refresh()
    assert model.index(0, 0).data(PK_ROLE) == pk
    assert model.row_of(pk) == 0


def test_claims_nearest_deadline_first_with_countdown_colours(workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(days=3, hours=4))
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=2, minutes=14))
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=-5))
    model = ClaimsModel(workspace, view="action-required", now=lambda: NOW)
    model.refresh()
    due = _column(model, "due")
    texts = [model.index(r, due).data() for r in range(3)]
    assert texts == ["overdue 5 h", "2 h 14 min", "3 d 4 h"]

    overdue, soon, later = (model.index(r, due) for r in range(3))
    assert overdue.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_FOREGROUND
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert soon.data(Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND
    assert soon.data(Qt.ItemDataRole.FontRole) is None
    assert later.data(Qt.ItemDataRole.BackgroundRole) is None


def test_countdown_moves_with_the_clock(qtbot, workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=25))
    clock = [NOW]
    model = ClaimsModel(workspace, view="action-required", now=lambda: clock[0])
    model.refresh()
    cell = model.index(0, _column(model, "due"))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    clock[0] = NOW + timedelta(hours=2)
    with qtbot.waitSignal(model.dataChanged):
        model.tick()
    assert cell.data() == "23 h 0 min"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND


def test_decided_claims_have_no_countdown(workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=-50), status="denied")
    model = ClaimsModel(workspace, view="all", now=lambda: NOW)
    model.refresh()
    cell = model.index(0, _column(model, "due"))
    assert cell.data() == ""
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None


def test_claim_views_and_search(workspace) -> None:
    add_order(workspace, "402-0000001-1234567")
    add_claim(workspace, "402-0000001-1234567", due_in=timedelta(hours=5))
    add_claim(workspace, "403-0000009-1234567", due_in=timedelta(hours=5), status="under-review")
    model = ClaimsModel(workspace, view="action-required", now=lambda: NOW)
    model.refresh()
    assert model.rowCount() == 1
    model.set_view("under-review")
    assert _order_ids(model) == ["403-0000009-1234567"]
    model.set_view("all")
    model.set_search("403-0000009")
    assert _order_ids(model) == ["403-0000009-1234567"]
