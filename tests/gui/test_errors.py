"""A bug anywhere reaches the seller as a dialog and the log, never the void (issue 8, point 6)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from atoz_desktop.core import logs
from atoz_desktop.gui.common.errors import ErrorDialog, ErrorReporter


@pytest.fixture
def reporter(qapp, tmp_path: Path):
    reporter = ErrorReporter(log_path=tmp_path / "atoz-desktop.log")
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def _raise_in_slot() -> None:
    raise ValueError("the buyer's <b>file</b> broke it")


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_a_dialog_and_is_logged(qtbot, reporter, caplog) -> None:
    caplog.set_level(logging.ERROR, logger="atoz_desktop.bug")
    QTimer.singleShot(0, _raise_in_slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    dialog = reporter.dialog
    assert isinstance(dialog, ErrorDialog)
    # Said in words, as written (plain text: the markup is shown, not interpreted).
    assert "ValueError: the buyer's <b>file</b> broke it" in dialog.text.text()
    assert "window stays open" in dialog.text.text()
    assert str(reporter.log_path) in dialog.informative.text()
    assert "_raise_in_slot" in dialog.details.toPlainText()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    # Logged with its traceback.
    record = next(r for r in caplog.records if r.name == "atoz_desktop.bug")
    assert "_raise_in_slot" in record.getMessage()
    caplog.clear()  # logged on purpose: not a failure of this test


@pytest.mark.qt_no_exception_capture
def test_copy_details_keeps_the_dialog_open(qtbot, reporter, caplog) -> None:
    caplog.set_level(logging.CRITICAL + 1)
    reporter.excepthook(*_exc_info())
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    dialog = reporter.dialog
    assert dialog is not None
    dialog.copy_button.click()
    assert dialog.isVisible()
    copied = QGuiApplication.clipboard().text()
    assert "Python" in copied and "_exc_info" in copied


@pytest.mark.qt_no_exception_capture
def test_more_bugs_while_the_dialog_is_open_are_counted_not_stacked(qtbot, reporter, caplog):
    caplog.set_level(logging.CRITICAL + 1)
    for _ in range(3):
        reporter.excepthook(*_exc_info())
    qtbot.waitUntil(lambda: reporter.more == 2)
    assert reporter.dialog is not None
    assert "2 more errors happened since." in reporter.dialog.informative.text()
    reporter.dialog.reject()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    reporter.excepthook(*_exc_info())
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert "more error" not in reporter.dialog.informative.text()


@pytest.mark.qt_no_exception_capture
def test_a_bug_on_a_worker_thread_reaches_the_gui_thread(qtbot, reporter, caplog) -> None:
    caplog.set_level(logging.CRITICAL + 1)

    def work() -> None:
        raise RuntimeError("worker failed")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert "RuntimeError: worker failed" in reporter.dialog.text.text()


def test_uninstall_gives_the_hooks_back(qapp, tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = ErrorReporter(log_path=tmp_path / "x.log")
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_file_rotates_in_the_folder_given(tmp_path: Path, monkeypatch, caplog) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    logs._reset_for_tests()
    try:
        path = logs.configure_logging()
        assert path == tmp_path / "logs" / "atoz-desktop.log"
        logging.getLogger("atoz_desktop.test").warning("written to the file")
        assert "written to the file" in path.read_text(encoding="utf-8")
        caplog.clear()  # logged on purpose: not a failure of this test
    finally:
        logs._reset_for_tests()


def _exc_info():
    try:
        raise KeyError("missing")
    except KeyError:
        return sys.exc_info()
