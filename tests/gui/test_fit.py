"""The window at 1366×768, in French and English: it opens maximised on a small screen, the
panes and lists fit, nothing is clipped without a tooltip, counts are whole words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from sqlalchemy.engine import make_url

from atoz_desktop.gui import window_layout
from atoz_desktop.gui.common.list_columns import column_menu, first_columns_width
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"
#: A 1366×768 laptop's room for windows under a 32 px panel.
LAPTOP = QSize(1366, 736)
#: The widest the detail pane may insist on. At 1366 px the sidebar (~190 px) and the list's
#: first six columns in French (~750 px with its scroll bar) leave ~420 px; the pane must fit
#: in that with room to spare, or the list scrolls sideways.
DETAIL_MIN_BOUND = 380


def _window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    return win


def _claims(workspace, count: int = 2) -> list[int]:
    pks = []
    for number in range(count):
        order_id = f"402-000000{number}-1234567"
        add_order(workspace, order_id)
        pks.append(add_claim(workspace, order_id, due_in=timedelta(hours=2 + number)))
    return pks


def test_opens_maximised_on_a_small_screen_and_remembers(qtbot, workspace, settings, monkeypatch):
    monkeypatch.setattr(window_layout, "available_size", lambda window: LAPTOP)
    first = _window(qtbot, workspace, settings)
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.show()
    qtbot.waitExposed(first)
    first.showNormal()
    first.resize(780, 700)
    first.close()

    second = _window(qtbot, workspace, settings)  # the size left, not maximised again
    assert not second.windowState() & Qt.WindowState.WindowMaximized
    assert second.size() == QSize(780, 700)


def test_opens_at_its_default_size_on_a_large_screen(qtbot, workspace, settings) -> None:
    win = _window(qtbot, workspace, settings)
    assert not win.windowState() & Qt.WindowState.WindowMaximized
    assert win.size() == window_layout.DEFAULT_SIZE


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_detail_pane_and_six_columns_fit_at_1366(qtbot, request, workspace, settings, lang):
    if lang == "fr":
        request.getfixturevalue("french")
    pk = _claims(workspace, 1)[0]
    win = _window(qtbot, workspace, settings)
    win.resize(1366, 736)
    win.show()
    qtbot.waitExposed(win)
    win.open_claim(pk)
    assert win.shown_claim() is not None
    assert win.claim_pane.minimumSizeHint().width() <= DETAIL_MIN_BOUND
    win.sidebar.select_view("orders")
    assert win.order_pane.minimumSizeHint().width() <= DETAIL_MIN_BOUND
    sizes = window_layout.default_splitter_sizes(win, LAPTOP.width())
    # Deadline, Status, Reason, Amount, Order, Buyer (and Order, Purchased, Status, Buyer,
    # Total, City) without scrolling sideways; the pane at least as wide as it can be.
    assert sizes[1] >= first_columns_width(win.claims_view)
    assert sizes[1] >= first_columns_width(win.orders_view)
    assert sizes[2] >= win.detail_stack.minimumSizeHint().width()
    titles = [
        win.claims_model.headerData(win.claims_view.horizontalHeader().logicalIndex(v),
                                    Qt.Orientation.Horizontal)
        for v in range(6)
    ]  # fmt: skip
    expected = {
        "en": ["Deadline", "Status", "Reason", "Amount", "Order", "Buyer"],
        "fr": ["Échéance", "Statut", "Motif", "Montant", "Commande", "Acheteur"],
    }[lang]
    assert titles == expected
    # Every header title is whole.
    header = win.claims_view.horizontalHeader()
    for number, title in enumerate(titles):
        assert header.fontMetrics().horizontalAdvance(title) < header.sectionSize(number)


def test_rarely_needed_columns_are_one_header_menu_away(qtbot, workspace, settings) -> None:
    win = _window(qtbot, workspace, settings)
    header = win.claims_view.horizontalHeader()
    keys = [c.key for c in win.claims_model.columns]
    filed = keys.index("filed_at")
    assert header.isSectionHidden(filed)
    menu = column_menu(header)
    action = menu.actions()[filed]
    assert action.text() == "Filed" and not action.isChecked()
    action.setChecked(True)
    assert not header.isSectionHidden(filed)
    # The last column shown cannot be hidden.
    for number in range(header.count()):
        header.setSectionHidden(number, number != 0)
    assert not column_menu(header).actions()[0].isEnabled()


def test_an_elided_cell_shows_its_whole_text_as_tooltip(qtbot, workspace, settings) -> None:
    add_order(workspace, ORDER, buyer="Maximilian Alexander von Hohenzollern-Sigmaringen")
    win = _window(qtbot, workspace, settings)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.sidebar.select_view("orders")
    view = win.orders_view
    buyer = [c.key for c in win.orders_model.columns].index("buyer")
    order_id = [c.key for c in win.orders_model.columns].index("order_id")
    view.setColumnWidth(buyer, 80)
    view.setColumnWidth(order_id, 250)
    centre = view.visualRect(win.orders_model.index(0, buyer)).center()
    assert view.elided_text_at(centre) == "Maximilian Alexander von Hohenzollern-Sigmaringen"
    centre = view.visualRect(win.orders_model.index(0, order_id)).center()
    assert view.elided_text_at(centre) == ""
    assert view.elided_text_at(QPoint(-5, -5)) == ""


@pytest.mark.parametrize("width", [260, 900])
def test_due_banner_entries_are_never_clipped(qtbot, workspace, settings, width) -> None:
    _claims(workspace, 3)
    win = _window(qtbot, workspace, settings)
    banner = win.banner
    assert len(banner.buttons) == 3
    banner.setParent(None)
    qtbot.addWidget(banner)
    banner.resize(width, banner.heightForWidth(width))
    banner.show()
    qtbot.waitExposed(banner)
    rects = [button.geometry() for button in banner.buttons]
    for button, rect in zip(banner.buttons, rects, strict=True):
        assert banner.rect().contains(rect), (rect, banner.rect())
        metrics = button.fontMetrics()
        if button.text() != button.full_text:  # elided: the tooltip says it whole
            assert button.text().endswith("…")
            assert button.toolTip().startswith(button.full_text)
        else:
            assert metrics.horizontalAdvance(button.text()) < rect.width()
    for first, second in zip(rects, rects[1:], strict=False):
        assert not first.intersects(second)
    if width == 260:  # one entry a line
        assert len({rect.top() for rect in rects}) == 3


def test_due_banner_counts_with_plural_forms(qtbot, workspace, settings) -> None:
    _claims(workspace, 2)
    win = _window(qtbot, workspace, settings)
    assert win.banner.message.text() == "2 claims to answer within 24 h:"
    rows = win.banner.rows
    win.banner.set_claims(rows[:1])
    assert win.banner.message.text() == "1 claim to answer within 24 h:"


def test_due_banner_counts_with_plural_forms_in_french(qtbot, french, workspace, settings):
    _claims(workspace, 2)
    win = _window(qtbot, workspace, settings)
    assert win.banner.message.text() == "2 réclamations à traiter sous 24 h\u00a0:"
    win.banner.set_claims(win.banner.rows[:1])
    assert win.banner.message.text() == "1 réclamation à traiter sous 24 h\u00a0:"


def _search(win: MainWindow, text: str) -> None:
    win.search.setText(text)
    win.list_search.apply()


@pytest.mark.parametrize(
    ("lang", "many", "one"),
    [
        ("en", "2 orders match", "1 order matches"),
        ("fr", "2 commandes correspondent", "1 commande correspond"),
    ],
)
def test_filtering_shows_the_count(qtbot, request, workspace, settings, lang, many, one):
    if lang == "fr":
        request.getfixturevalue("french")
    add_order(workspace, "402-0000001-1111111", city="Lyon")
    add_order(workspace, "402-0000002-2222222", city="Lyon")
    add_order(workspace, "402-0000003-3333333", city="Paris")
    win = _window(qtbot, workspace, settings)
    win.show()
    qtbot.waitExposed(win)
    win.sidebar.select_view("orders")
    assert not win.match_count.isVisible()  # no search, no count
    _search(win, "Lyon")
    assert win.match_count.isVisible() and win.match_count.text() == many
    _search(win, "Paris")
    assert win.match_count.text() == one
    _search(win, "")
    assert not win.match_count.isVisible()


def test_filtering_claims_shows_their_count(qtbot, workspace, settings) -> None:
    _claims(workspace, 2)
    win = _window(qtbot, workspace, settings)
    win.show()
    qtbot.waitExposed(win)
    win.sidebar.select_view("all")
    _search(win, "Jürgen")
    assert win.match_count.text() == "2 claims match"


def test_title_names_the_workspace_once_and_the_program_once(qtbot, workspace, settings):
    win = _window(qtbot, workspace, settings)
    title = win.windowTitle()
    name = "w.sqlite3" if workspace.is_sqlite else make_url(workspace.url).render_as_string()
    assert title.count(name) == 1 and title.count("A-to-Z Desk") == 1
    # Qt adds the application's display name to a title that does not end with it.
    assert title.endswith("A-to-Z Desk")
