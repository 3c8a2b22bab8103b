"""Which workspace the window shows: a first start is the seller's own, empty workspace; the demo
lives in a file of its own; File › Open / New Workspace…, Open Recent and Open Demo switch."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from atoz_desktop.core.services.claims import claim_counts
from atoz_desktop.core.services.orders import order_count
from atoz_desktop.core.storage.database import open_workspace, resolve_url
from atoz_desktop.gui.main_window import MainWindow
from atoz_desktop.gui.workspace.recent import RecentWorkspaces
from atoz_desktop.gui.workspace.switcher import WorkspaceSwitcher, open_start_workspace
from tests.gui.conftest import NOW, add_order
from tests.reports import order_row, write_report


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (default and demo workspaces) in a temporary folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    return tmp_path / "data" / "atoz-desktop"


@pytest.fixture
def start(qtbot, settings, data_home) -> Iterator[WorkspaceSwitcher]:
    """A start of the application with no --db: the window, followed across switches."""
    workspace, problem = open_start_workspace(None, RecentWorkspaces(settings))
    assert problem is None
    window = MainWindow(workspace, settings=settings, now=lambda: NOW)
    switcher = window.workspace_actions.switcher
    yield switcher
    # Not qtbot.addWidget: a switch deletes the window it replaces (deleteLater).
    if shiboken6.isValid(switcher.window):
        switcher.window.close()
        switcher.window.deleteLater()
    switcher.workspace.close()


_REFUSED = "workspace_refused"


def _refusal(window: MainWindow) -> QMessageBox:
    box = window.findChild(QMessageBox, _REFUSED)
    assert box is not None, "no message said why"
    return box


def test_a_first_start_opens_the_sellers_own_empty_workspace(start, data_home) -> None:
    window = start.window
    assert start.workspace.url == resolve_url(str(data_home / "workspace.sqlite3"))
    assert not start.workspace.is_demo and "(demo)" not in window.windowTitle()
    assert order_count(start.workspace) == 0
    assert not (data_home / "demo.sqlite3").exists()
    # The empty state says what to do, in the lists and in the banner that offers the demo.
    orders_text = window.orders_view.empty_text()
    assert "File › Import Orders…" in orders_text and "drop" in orders_text.lower()
    assert "New Claim" in orders_text and "Open Demo" in orders_text
    window.show_view("action-required")
    claims_text = window.claims_view.empty_text()
    assert "Import Orders…" in claims_text and "New Claim" in claims_text
    banner = window.workspace_banner
    assert banner.state == "empty" and not banner.isHidden()
    assert not banner.demo_button.isHidden() and banner.own_button.isHidden()


def test_open_demo_shows_demo_in_the_title_and_the_banner(qtbot, start, data_home) -> None:
    real = start.workspace.url
    start.window.workspace_banner.demo_button.click()
    window = start.window
    assert start.workspace.url == resolve_url(str(data_home / "demo.sqlite3"))
    assert start.workspace.is_demo
    assert window.windowTitle() == "demo.sqlite3 (demo) — A-to-Z Desk"
    banner = window.workspace_banner
    assert banner.state == "demo" and not banner.isHidden()
    assert banner.message.text().startswith("This is a demo")
    assert banner.own_button.text() == "Start My Own Workspace" and not banner.own_button.isHidden()
    # 300 orders: the count is the orders list's, once its worker has every id
    qtbot.waitUntil(lambda: window.sidebar.count_of("orders") == 300, timeout=10_000)
    assert not window.workspace_actions.demo_action.isEnabled()
    # Not a single demo row in the real workspace.
    own = open_workspace(real)
    try:
        assert order_count(own) == 0 and claim_counts(own).get("all", 0) == 0
    finally:
        own.close()


def test_start_my_own_workspace_leaves_the_demo(start, data_home) -> None:
    real = start.workspace.url
    start.open_demo()
    demo_window = start.window
    demo_window.workspace_banner.own_button.click()
    window = start.window
    assert window is not demo_window and start.workspace.url == real
    assert not start.workspace.is_demo and "(demo)" not in window.windowTitle()
    assert window.workspace_banner.state == "empty"
    assert window.sidebar.count_of("orders") == 0
    # The choice is remembered: the next start opens the real workspace again.
    workspace, problem = open_start_workspace(None, start.recent)
    workspace.close()
    assert problem is None and workspace.url == real


def test_start_my_own_workspace_goes_back_to_the_one_left_for_the_demo(
    settings, data_home, tmp_path
) -> None:
    """A workspace given with --db (a server URL with a password is never in the recent list)
    is the one the demo's banner leads back to, not the default file."""
    shop = open_workspace(str(tmp_path / "shop.sqlite3"))
    add_order(shop, "402-1234567-1234567")
    window = MainWindow(shop, settings=settings, now=lambda: NOW)
    switcher = window.workspace_actions.switcher
    try:
        assert switcher.open_demo()
        assert switcher.start_own_workspace()
        assert switcher.workspace.url == shop.url
        assert not (data_home / "workspace.sqlite3").exists()
    finally:
        switcher.window.close()
        switcher.workspace.close()


def test_from_a_demo_start_the_own_workspace_is_the_recent_one_else_the_default(
    settings, data_home, tmp_path
) -> None:
    recent = RecentWorkspaces(settings)
    demo = open_workspace(str(data_home / "demo.sqlite3"))
    demo.set_setting("demo", "1")
    window = MainWindow(demo, settings=settings, now=lambda: NOW)
    switcher = window.workspace_actions.switcher
    try:
        assert switcher.own_workspace_url() == resolve_url(str(data_home / "workspace.sqlite3"))
        open_workspace(str(tmp_path / "mine.sqlite3")).close()
        recent.remember(resolve_url(str(tmp_path / "mine.sqlite3")))
        assert switcher.own_workspace_url() == resolve_url(str(tmp_path / "mine.sqlite3"))
    finally:
        window.close()
        demo.close()


def test_the_next_start_opens_the_demo_if_it_was_last(start, data_home) -> None:
    start.open_demo()
    workspace, problem = open_start_workspace(None, start.recent)
    try:
        assert problem is None and workspace.is_demo
    finally:
        workspace.close()


def test_the_banner_goes_once_the_workspace_holds_orders(start) -> None:
    add_order(start.workspace, "402-1234567-1234567")
    start.window.ops.reload()
    assert start.window.workspace_banner.isHidden()
    assert "Open Demo" not in start.window.orders_view.empty_text()


@pytest.mark.parametrize("choice", ["own", "demo", "cancel"])
def test_a_report_imported_in_the_demo_goes_to_the_own_workspace_unless_asked(
    qtbot, start, tmp_path, choice
) -> None:
    """The first real import happens in the seller's own workspace, not among made-up data."""
    real = start.workspace.url
    start.open_demo()
    demo_window = start.window
    asked: list[bool] = []

    def ask() -> str:
        asked.append(True)
        return choice

    demo_window.workspace_actions.ask_demo_import = ask
    report = write_report(tmp_path / "All Orders.txt", [order_row("402-1111111-1111111")])
    started = demo_window.import_actions.start_import([str(report)])
    assert asked == [True] and started == (choice == "demo")
    if choice == "own":
        assert start.workspace.url == real
        with qtbot.waitSignal(start.window.import_actions.importer.finished, timeout=10_000):
            pass
        assert order_count(start.workspace) == 1
    elif choice == "demo":
        with qtbot.waitSignal(demo_window.import_actions.importer.finished, timeout=10_000):
            pass
        assert order_count(start.workspace) == 301
    else:
        assert start.window is demo_window and order_count(start.workspace) == 300


@pytest.mark.parametrize("kind", ["text", "other-program", "newer"])
def test_open_workspace_on_a_bad_file_keeps_the_current_one(start, tmp_path, kind) -> None:
    bad = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        bad.write_text("Bonjour, this is a letter, not a workspace.")
    elif kind == "other-program":
        with sqlite3.connect(bad) as connection:
            connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    else:
        open_workspace(str(bad)).close()
        with sqlite3.connect(bad) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = bad.read_bytes()
    window, workspace = start.window, start.workspace
    add_order(workspace, "402-1234567-1234567")
    window.workspace_actions.ask_open_path = lambda: str(bad)
    assert window.workspace_actions.open_workspace() is False
    assert start.window is window and start.workspace is workspace
    assert order_count(workspace) == 1  # still open and working
    text = _refusal(window).text()
    assert str(bad) in text and "stays open" in text
    assert bad.read_bytes() == before
    assert resolve_url(str(bad)) not in start.recent.urls()


def test_open_workspace_switches_and_keeps_a_recent_list(start, tmp_path) -> None:
    first = start.workspace.url
    other = tmp_path / "shop two.sqlite3"
    ws = open_workspace(str(other))
    add_order(ws, "402-7654321-7654321")
    ws.close()
    start.window.workspace_actions.ask_open_path = lambda: str(other)
    assert start.window.workspace_actions.open_workspace()
    assert start.workspace.url == resolve_url(str(other))
    assert start.window.sidebar.count_of("orders") == 1
    assert "shop two.sqlite3" in start.window.windowTitle()
    # The recent menu lists the other workspaces, newest first, not the one open.
    start.open_existing(first)
    actions = start.window.workspace_actions
    actions.fill_recent_menu()
    labels = [a.text() for a in actions.recent_menu.actions() if not a.isSeparator()]
    assert labels[0] == f"&1 {other}" and labels[-1] == "&Clear Menu"
    assert all(first.removeprefix("sqlite:///") not in label for label in labels)
    # Clicking it switches.
    actions.recent_menu.actions()[0].trigger()
    assert start.workspace.url == resolve_url(str(other))


def test_a_recent_workspace_that_is_gone_leaves_the_list(start, tmp_path) -> None:
    gone = tmp_path / "gone.sqlite3"
    open_workspace(str(gone)).close()
    start.recent.remember(resolve_url(str(gone)))
    gone.unlink()
    window = start.window
    assert start.open_existing(resolve_url(str(gone))) is False
    assert start.window is window and not gone.exists()  # never re-created empty
    assert "does not exist" in _refusal(window).text()
    assert resolve_url(str(gone)) not in start.recent.urls()


def test_a_start_whose_last_workspace_is_gone_opens_the_default_and_says_why(
    settings, data_home, tmp_path
) -> None:
    recent = RecentWorkspaces(settings)
    recent.remember(resolve_url(str(tmp_path / "moved.sqlite3")))
    workspace, problem = open_start_workspace(None, recent)
    try:
        assert workspace.url == resolve_url(str(data_home / "workspace.sqlite3"))
        assert problem is not None and "moved.sqlite3" in problem
        assert not (tmp_path / "moved.sqlite3").exists()
    finally:
        workspace.close()


def test_new_workspace_is_empty_and_never_reuses_a_file(start, tmp_path) -> None:
    actions = start.window.workspace_actions
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"something precious")
    actions.ask_new_path = lambda: str(existing)
    assert actions.new_workspace() is False
    assert existing.read_bytes() == b"something precious"
    assert "already exists" in _refusal(start.window).text()
    actions.ask_new_path = lambda: str(tmp_path / "Second shop")
    assert actions.new_workspace()
    assert start.workspace.url == resolve_url(str(tmp_path / "Second shop.sqlite3"))
    assert start.window.workspace_banner.state == "empty"


def test_a_url_with_a_password_is_never_written_to_the_settings(settings) -> None:
    recent = RecentWorkspaces(settings)
    recent.remember("postgresql+psycopg://seller:s3cr3t@db.example/atoz")
    settings.setValue("main/view", "orders")
    settings.sync()
    assert recent.urls() == [] and recent.last() is None
    assert "s3cr3t" not in Path(settings.fileName()).read_text(encoding="utf-8")


def test_a_postgresql_password_is_never_shown(qtbot, settings) -> None:
    """Title, Help › About, a refusal and the recent list, on a server with a password in its URL
    (the test server trusts any password, so one can be put in)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    pg_url = os.environ.get("ATOZ_TEST_PG_URL")
    if not pg_url:
        pytest.skip("set ATOZ_TEST_PG_URL to a PostgreSQL server to run this on PostgreSQL")
    name = f"atoz_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_url).set(database=name, password="s3cr3t-pw")
    workspace = open_workspace(url.render_as_string(hide_password=False))
    try:
        window = MainWindow(workspace, settings=settings)
        qtbot.addWidget(window)
        window.show_about()
        about = [b for b in window.findChildren(QMessageBox) if b.objectName() != _REFUSED]
        assert about and "***" in about[0].text()
        window.workspace_actions.switcher.refuse("x.sqlite3", "a reason")
        shown = [window.windowTitle(), _refusal(window).text(), *(b.text() for b in about)]
        assert all("s3cr3t" not in text for text in shown)
        assert window.workspace_actions.switcher.recent.urls() == []
        window.close()
    finally:
        workspace.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}"'))
        admin.dispose()
