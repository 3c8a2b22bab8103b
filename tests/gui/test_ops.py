"""The window's ops runner (gui/common/ops.py): one writer lane, one `workspace_changed(Change)`
notice saying what changed, and one place where refusals and bugs are shown."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QRunnable, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from atoz_desktop.core.services.claims import claim_view
from atoz_desktop.core.storage.errors import WorkspaceUnavailable
from atoz_desktop.gui.claims.undo_commands import AddEvent
from atoz_desktop.gui.common.ops import FAILED, Change
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"


def _note(window: MainWindow, pk: int, text: str) -> bool:
    return window.claim_actions.undo.run(
        AddEvent(window.workspace, pk, kind="note", at=NOW, text=text)
    )


def _notes(window: MainWindow, pk: int) -> list[str]:
    return [e.text for e in claim_view(window.workspace, pk, now=NOW).events if e.kind == "note"]


class _Sleep(QRunnable):
    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    def run(self) -> None:
        time.sleep(self.seconds)


def test_a_change_waits_for_another_program_s_write_without_freezing_the_window(
    window, workspace, qtbot
) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    # Another program takes the write lock and keeps it for 1.5 s: a SQLite file's, or on a
    # server the claim's row, which adding an event to it locks.
    if workspace.is_sqlite:
        other = sqlite3.connect(
            Path(workspace.engine.url.database), isolation_level=None, check_same_thread=False
        )
        other.execute("BEGIN IMMEDIATE")
    else:
        other = psycopg.connect(
            workspace.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        )
        other.execute("SELECT id FROM claims WHERE id = %s FOR UPDATE", (pk,))
    threading.Timer(1.5, other.commit).start()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    notices: list[str] = []
    QTimer.singleShot(
        1200,
        lambda: notices.append(window.ops.lane.waiting.labelText()),  # type: ignore[union-attr]
    )
    started = time.monotonic()
    try:
        assert _note(window, pk, "appelé le transporteur")
    finally:
        timer.stop()
        other.close()
    assert time.monotonic() - started >= 1.4  # it did wait for the lock...
    assert _notes(window, pk) == ["appelé le transporteur"]  # ...then went in
    assert len(ticks) >= 10  # the window went on painting meanwhile
    assert notices == ["Waiting for another window or program to finish writing…"]
    assert window.ops.lane.waiting is None  # and the notice went away


def test_a_change_queues_behind_the_window_s_own_job_on_the_lane(window, workspace) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    lane = window.ops.lane
    # Imports, drops and dossier builds run on the lane: one thread for every write.
    assert window.import_actions.importer.pool is lane.pool
    assert window.evidence_actions.runner.pool is lane.pool
    assert window.dossier_actions.batch.pool is lane.pool
    lane.pool.start(_Sleep(1.2))  # as an import would
    notices: list[str] = []
    QTimer.singleShot(1000, lambda: notices.append(lane.waiting.labelText()))  # type: ignore[union-attr]
    assert _note(window, pk, "après l'import")
    assert notices == ["Waiting for the work under way to finish (see the status bar)…"]
    assert _notes(window, pk) == ["après l'import"]


def test_workspace_changed_says_what_changed_and_lists_it_cannot_touch_stay(
    window, workspace, qtbot, monkeypatch
) -> None:
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.show_view("orders")  # both lists loaded
    window.show_view("all")
    refreshed: list[str] = []
    monkeypatch.setattr(window.orders_model, "refresh", lambda: refreshed.append("orders"))
    with qtbot.waitSignal(window.workspace_changed) as changed:
        assert _note(window, pk, "une note")
    assert changed.args == [Change.CLAIMS]
    assert refreshed == []  # an order's row shows nothing of its claims
    window.ops.changed(Change.ORDERS | Change.CLAIMS)  # as a finished import says
    assert refreshed == ["orders"]


def test_a_workspace_out_of_reach_is_a_plain_message_and_nothing_is_pushed(
    window, workspace, monkeypatch
) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()

    def unreachable(*_args, **_kwargs):
        raise WorkspaceUnavailable("the disk is full. Free some space and try again.")

    monkeypatch.setattr("atoz_desktop.gui.claims.undo_commands.add_event", unreachable)
    assert not _note(window, pk, "jamais écrite")
    box = window.ops.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert (
        box.text()
        == "The workspace cannot be used: the disk is full. Free some space and try again."
    )
    assert "disk is full" in window.statusBar().currentMessage()
    assert window.claim_actions.undo.stack.count() == 0
    box.close()


def test_a_bug_in_a_change_reaches_the_error_dialog_not_the_void(
    window, workspace, monkeypatch
) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: caught.append(value))

    def broken(*_args, **_kwargs):
        raise KeyError("bug")

    assert window.ops.attempt(broken) is FAILED
    assert [type(e) for e in caught] == [KeyError]
    assert _notes(window, pk) == []


def test_a_bug_without_an_error_dialog_is_logged(window, caplog, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)  # no dialog (and no pytest-qt)

    def broken():
        raise KeyError("bug")

    assert window.ops.attempt(broken) is FAILED
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [KeyError]
    caplog.clear()  # logged on purpose


def test_a_dialog_s_own_refusal_reaches_the_dialog(window) -> None:
    def refused():
        raise ValueError("not a time zone")

    with pytest.raises(ValueError, match="time zone"):
        window.ops.attempt(refused, in_place=(ValueError,))
    assert window.ops.attempt(lambda: 42) == 42


def test_a_runner_s_task_queued_on_the_busy_lane_is_taken_back_when_its_dialog_closes(
    window,
) -> None:
    from PySide6.QtCore import QObject, Signal

    from atoz_desktop.gui.common.workers import SingleTaskRunner

    ran: list[str] = []

    class Signals(QObject):
        done = Signal()

    class Task(QRunnable):
        def __init__(self, signals: Signals) -> None:
            super().__init__()
            self.signals = signals

        def run(self) -> None:
            ran.append("ran")
            self.signals.done.emit()

    lane = window.ops.lane
    runner = SingleTaskRunner(window, lane)
    assert runner.pool is lane.pool
    lane.pool.start(_Sleep(1.5))  # an import under way
    signals = Signals()
    runner._launch(signals, lambda _cancel: Task(signals), lambda: None)
    assert runner.running
    started = time.monotonic()
    assert runner.wait()
    assert time.monotonic() - started < 0.5  # closing did not wait for the import
    assert not runner.running
    lane.wait()
    assert ran == []  # and the task never ran after it was taken back


def test_the_waiting_notice_never_takes_the_focus(window, workspace, qtbot, monkeypatch) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: window.search.hasFocus())
    monkeypatch.setattr(window.ops.lane, "NOTICE_AFTER_MS", 0)  # shown at once
    lane = window.ops.lane
    lane.pool.start(_Sleep(0.6))
    shown: list[bool] = []
    QTimer.singleShot(300, lambda: shown.append(lane.waiting is not None))
    assert _note(window, pk, "pendant l'attente")
    assert shown == [True]
    assert QApplication.activeWindow() is window
    assert window.search.hasFocus()  # Ctrl+Z in the search box still reaches the window
