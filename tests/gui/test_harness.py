"""The GUI tests' own checks: a model tester on every model of the window, and a failure on any
warning logged through Python's `logging`."""

from __future__ import annotations

import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import add_claim, add_order, window_models

ROOT = Path(__file__).resolve().parents[2]


def test_every_model_of_the_window_has_its_tester(window, checked_window_models) -> None:
    models = window_models(window)
    for model in (
        window.orders_model,
        window.claims_model,
        window.claim_pane.timeline.timeline,
        window.claim_pane.evidence.evidence,
    ):
        assert model in models
    assert len(checked_window_models) == len(models) == window.property("model_testers")


def test_searching_sorting_and_refreshing_under_the_testers(window, workspace) -> None:
    """Every column sorted both ways, a search that matches, one that does not, a refresh
    after a change: the testers (qt_log_level_fail) fail the test on any broken model rule."""
    for n in range(30):
        add_order(workspace, f"402-{n:07d}-1234567", city="Lyon" if n % 3 else "Paris")
    for n in range(4):
        add_claim(workspace, f"402-{n:07d}-1234567", due_in=timedelta(hours=5 + n))
    window.ops.reload()
    for view, model in (("orders", window.orders_model), ("all", window.claims_model)):
        window.sidebar.select_view(view)
        for column in range(model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                window.current_list().sortByColumn(column, order)
        window.search.setText("Paris" if view == "orders" else "402-0000002")
        window.list_search.apply()
        assert 0 < model.rowCount() < 30
        window.search.setText("nothing like this")
        window.list_search.apply()
        assert model.rowCount() == 0
        window.search.clear()
        window.list_search.apply()
    add_order(workspace, "402-9999999-1234567")
    window.ops.reload()
    assert window.claims_model.rowCount() == 4


def _inner_run(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    """Run one test in a child pytest that uses this folder's conftest and the project's
    settings, so the real fixtures are what is checked."""
    conftest = (ROOT / "tests" / "gui" / "conftest.py").read_text(encoding="utf-8")
    pytester.makeconftest("import os\nos.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n")
    pytester.mkpydir("gui").joinpath("conftest.py").write_text(conftest, encoding="utf-8")
    pytester.path.joinpath("gui", "test_inner.py").write_text(
        textwrap.dedent(body), encoding="utf-8"
    )
    pytester.makeini("[pytest]\nqt_api = pyside6\nqt_log_level_fail = WARNING\n")
    return pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", "gui")


def test_a_broken_model_and_a_logged_warning_fail_the_test(
    pytester: pytest.Pytester, monkeypatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    result = _inner_run(
        pytester,
        """
        import logging

        from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
        from PySide6.QtWidgets import QListView

        from gui.conftest import attach_model_testers

        class BrokenModel(QAbstractListModel):
            # A size hint that is not a size breaks the model rules.
            def rowCount(self, parent=QModelIndex()):
                return 0 if parent.isValid() else 3

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                return "big" if role == Qt.ItemDataRole.SizeHintRole else "row"

        def test_broken_model(qtbot):
            view = QListView()
            qtbot.addWidget(view)
            view.setModel(BrokenModel(view))
            attach_model_testers(view)

        def test_quiet():
            logging.getLogger("atoz_desktop.x").info("only information")

        def test_warns():
            logging.getLogger("atoz_desktop.x").warning("the disk is %s", "full")

        def test_expects_it(caplog):
            logging.getLogger("atoz_desktop.x").error("expected")
            assert [r.getMessage() for r in caplog.records] == ["expected"]
            caplog.clear()
        """,
    )
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*test_broken_model*",
            "*FAIL! variant.canConvert<QSize>()*",
            "*WARNING atoz_desktop.x: the disk is full*",
        ]
    )
