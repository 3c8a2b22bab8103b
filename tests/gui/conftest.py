"""Fixtures for the window tests: a temporary workspace, settings file and a few orders/claims.

Every test that uses `workspace` (and so `window`, `make_window`) runs twice: on a SQLite file and
on PostgreSQL ($ATOZ_TEST_PG_URL; CI sets it, and without it the PostgreSQL run is skipped, saying
so). A test about what only a SQLite file has (its file name, another program's lock on the file)
is marked `sqlite_only` and runs once."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, QSettings
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QWidget
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from atoz_desktop.core.search import search_text
from atoz_desktop.core.services.claims import create_claim
from atoz_desktop.core.storage.database import Workspace, open_workspace
from atoz_desktop.core.storage.models import Order, OrderLine, Shipment
from atoz_desktop.gui.main_window import MainWindow

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Tests read formatted text; pin the locale they are written for."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp) -> Iterator[None]:
    """The English plural forms ("1 claim", "2 claims"), as the program loads them (app.py)."""
    from PySide6.QtCore import QTranslator

    from atoz_desktop.gui.common.resources import translations_dir

    translator = QTranslator()
    assert translator.load("atoz_desktop_en", str(translations_dir()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def small_screen_is_not_assumed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen screen is 800×600; the tests are written for a window at its default size
    (a test of the small-screen start patches `available_size` itself)."""
    from PySide6.QtCore import QSize

    from atoz_desktop.gui import window_layout

    monkeypatch.setattr(window_layout, "available_size", lambda window: QSize(1920, 1080))


@pytest.fixture(autouse=True)
def display_zone_reset() -> Iterator[None]:
    """A window shows times in its workspace's zone; the next test starts from none."""
    from atoz_desktop.gui.common.formatting import set_display_zone

    yield
    set_display_zone(None)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Thumbnails are cached under the user cache dir: a temporary one in tests."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


def window_models(widget: QWidget) -> list[QAbstractItemModel]:
    """The program's item models in `widget`: its children and the models of its views (a view
    does not own the model it shows), each once. Qt's own models (the one inside a QListWidget)
    are left out: Qt tests them, and ~QListWidget resets its model from a half-destroyed view,
    where a tester reading the model crashes."""
    found: dict[int, QAbstractItemModel] = {}
    candidates = [*widget.findChildren(QAbstractItemModel)]
    candidates += [view.model() for view in widget.findChildren(QAbstractItemView)]
    for model in candidates:
        if model is not None and not type(model).__module__.startswith("PySide6."):
            found.setdefault(id(model), model)
    return list(found.values())


def attach_model_testers(widget: QWidget) -> list[QAbstractItemModelTester]:
    """Qt's model tester on every model of `widget`, one each (pytest-qt's qtmodeltester keeps
    one at a time). It checks the model after every change and reports a broken rule as a Qt
    warning, which fails the test (qt_log_level_fail = WARNING)."""
    mode = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [QAbstractItemModelTester(model, mode, model) for model in window_models(widget)]
    widget.setProperty("model_testers", len(testers))
    return testers


@pytest.fixture(autouse=True)
def checked_window_models(monkeypatch: pytest.MonkeyPatch) -> list[QAbstractItemModelTester]:
    """Every main window a GUI test builds gets a model tester on each of its models, so every
    search, sort and refresh the tests drive is checked; the testers are returned for tests
    that want to see them."""
    testers: list[QAbstractItemModelTester] = []
    build = MainWindow.__init__

    def build_and_check(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        testers.extend(attach_model_testers(self))

    monkeypatch.setattr(MainWindow, "__init__", build_and_check)
    return testers


def _warnings(records: list[logging.LogRecord]) -> list[logging.LogRecord]:
    return [r for r in records if r.levelno >= logging.WARNING]


def _describe(records: list[logging.LogRecord]) -> str:
    lines = (f"{r.levelname} {r.name}: {r.getMessage()}" for r in records)
    return "logged during the test:\n" + "\n".join(lines)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A GUI test fails on any warning or error logged through Python's `logging` (Qt's own
    warnings fail it through qt_log_level_fail): while it runs (pytest_runtest_makereport
    below), or in its fixtures' setup and teardown (here). A test that logs one on purpose
    checks it in `caplog.records`, then calls `caplog.clear()`."""
    yield
    logged = _warnings(caplog.get_records("setup") + caplog.get_records("teardown"))
    if logged:
        pytest.fail(_describe(logged), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """The test itself fails (not its teardown) when it logged a warning while running."""
    report = yield
    caplog = getattr(item, "funcargs", {}).get("caplog")
    if call.when == "call" and caplog is not None and report.passed:
        logged = _warnings(caplog.get_records("call"))
        if logged:
            report.outcome = "failed"
            report.longrepr = _describe(logged)
    return report


@pytest.fixture
def make_window(
    qtbot, workspace: Workspace, settings: QSettings
) -> Iterator[Callable[..., MainWindow]]:
    """Build, show and register main windows over the test workspace; their workers are waited
    for at teardown so no thread outlives the test."""
    made: list[MainWindow] = []

    def make(
        *, now: Callable[[], datetime] | None = lambda: NOW, size: tuple[int, int] | None = None
    ) -> MainWindow:
        win = MainWindow(workspace, settings=settings, now=now)
        qtbot.addWidget(win)
        if size is not None:
            win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.import_actions.importer.wait()
        win.evidence_actions.runner.wait()
        win.evidence_actions.receipts.reader.wait()
        win.evidence_actions.loader.wait()
        win.dossier_actions.batch.wait()
        win.orders_model.wait_for_ids()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    """The main window at 1366×768 with the clock at NOW (test files may define their own)."""
    return make_window(size=(1366, 768))


PG_URL = os.environ.get("ATOZ_TEST_PG_URL")
NO_PG = "set ATOZ_TEST_PG_URL to a PostgreSQL server to run this on PostgreSQL"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only: a GUI test of what only a SQLite workspace has (its file, its lock), run "
        "on SQLite alone",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`backend` (which `workspace` asks for): sqlite and postgresql, or sqlite alone for a
    test marked `sqlite_only`."""
    if "backend" in metafunc.fixturenames:
        sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", ["sqlite"] if sqlite_only else ["sqlite", "postgresql"])


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """One PostgreSQL database for the session's GUI tests, migrated once: a database per test
    (as tests/core does) would add about 1.5 s to each of some 250 tests. `workspace` empties
    it before each test."""
    if not PG_URL:
        pytest.skip(NO_PG)
    name = f"atoz_gui_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        open_workspace(url).close()
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def empty_server_workspace(url: str) -> None:
    """Every table of the workspace emptied and its ids restarted, the schema kept: what a new
    workspace holds. Fails, rather than waits, if a previous test left a transaction open."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '10s'"))
            tables = connection.execute(
                text(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = "
                    "current_schema() AND tablename <> 'alembic_version'"
                )
            ).scalars()
            connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


@pytest.fixture
def workspace(
    qapp, tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[Workspace]:
    if backend == "sqlite":
        ws = open_workspace(str(tmp_path / "w.sqlite3"))
    else:
        url = request.getfixturevalue("pg_database")
        empty_server_workspace(url)
        ws = open_workspace(url)
    yield ws
    ws.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a temporary file: the tests never write to the user's real settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def add_order(
    workspace: Workspace,
    order_id: str,
    *,
    buyer: str = "Élodie Marchand",
    city: str = "Paris",
    postal_code: str = "75011",
    total: str = "39.90",
    purchased: datetime = NOW,
    product: str = "Théière en fonte émaillée",
    tracking: str | None = None,
) -> int:
    """One order with one line (and a shipment if `tracking`), as an import would store it."""
    with workspace.session() as session:
        order = Order(
            order_id=order_id,
            purchase_date=purchased,
            status="Shipped",
            currency="EUR",
            total=Decimal(total),
            buyer_name=buyer,
            recipient_name=buyer,
            ship_address_1="12 rue des Granges",
            ship_city=city,
            ship_postal_code=postal_code,
            ship_country="FR",
            sales_channel="Amazon.fr",
            fulfillment_channel="Merchant",
            search_text=search_text([order_id, buyer, city, postal_code, product, tracking]),
        )
        order.lines.append(
            OrderLine(
                sku="TH-001",
                asin="B0ABCDEFGH",
                product_name=product,
                quantity=1,
                item_price=Decimal(total),
            )  # fmt: skip
        )
        if tracking:
            order.shipments.append(
                Shipment(
                    carrier="Colissimo",
                    tracking_number=tracking,
                    shipped_at=purchased + timedelta(days=1),
                )  # fmt: skip
            )
        session.add(order)
        session.flush()
        return order.id


def add_claim(
    workspace: Workspace,
    order_id: str,
    *,
    due_in: timedelta,
    status: str = "action-required",
    reason: str = "not-received",
    now: datetime = NOW,
) -> int:
    """A marketplace claim whose response is due `due_in` after `now` (72 h after filing)."""
    return create_claim(
        workspace,
        order_id=order_id,
        reason=reason,
        filed_at=now + due_in - timedelta(hours=72),
        status=status,
        amount=Decimal("39.90"),
        currency="EUR",
        buyer_name="Jürgen Müller",
    )


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The French UI: Qt's and the program's catalogues, a French default locale (widgets
    made after this fixture speak French)."""
    from atoz_desktop.gui.app import install_translators

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    translators = install_translators(qapp, QLocale(QLocale.Language.French))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
