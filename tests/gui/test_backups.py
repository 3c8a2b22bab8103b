"""File › Back Up Workspace…, File › Restore…, Settings › Backups… and the backup on closing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy.engine import make_url

from atoz_desktop.core.services.backups import backup_workspace, backups_folder
from atoz_desktop.core.services.claims import claim_counts
from atoz_desktop.core.storage import backup_files
from atoz_desktop.core.storage.backup import BackupInfo
from atoz_desktop.gui.main_window import MainWindow
from atoz_desktop.gui.workspace.backup_actions import DIR_KEY, KEEP_KEY
from atoz_desktop.gui.workspace.backups_dialog import BackupsDialog
from atoz_desktop.gui.workspace.switcher import WorkspaceSwitcher
from tests.gui.conftest import NOW, add_claim, add_order


@pytest.fixture(autouse=True)
def backups_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(backup_files.BACKUP_DIR_ENV, str(folder))
    return folder


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions()]


def _box(window: MainWindow, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert box is not None, f"no {name} message"
    return box


def _run(qtbot, window: MainWindow, action) -> None:
    runner = window.workspace_actions.backups.runner
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        action.trigger()


def test_the_menus_hold_backup_restore_and_the_setting(window) -> None:
    file_menu = _menu_texts(window, "&File")
    assert "Back &Up Workspace…" in file_menu and "&Restore…" in file_menu
    assert file_menu.index("&Restore…") == file_menu.index("Back &Up Workspace…") + 1
    assert "&Backups…" in _menu_texts(window, "&Settings")


def test_back_up_writes_a_checked_file_and_says_where(
    qtbot, window, workspace, settings, tmp_path
) -> None:
    add_order(workspace, "402-1111111-1111111")
    target = tmp_path / "saved" / "my backup"
    target.parent.mkdir()
    actions = window.workspace_actions.backups
    # Named after the file, or the server's database.
    stem = "w" if workspace.is_sqlite else make_url(workspace.url).database
    assert actions.default_name().startswith(f"{stem} backup 20")
    actions.ask_backup_path = lambda: str(target)
    _run(qtbot, window, actions.backup_action)
    written = target.with_suffix(".sqlite3")
    assert written.exists()
    text = _box(window, "backup_done").text()
    assert str(written) in text and "Verified" in text and "no stored file" in text
    assert settings.value(DIR_KEY) == str(target.parent)  # the next dialog opens there
    assert actions.progress_dialog is None


@pytest.fixture
def switcher(qtbot, workspace, settings) -> Iterator[WorkspaceSwitcher]:
    """A window followed across the reload a restore makes (not qtbot's: the reload deletes
    the window it replaces)."""
    window = MainWindow(workspace, settings=settings, now=lambda: NOW)
    window.show()
    switcher = window.workspace_actions.switcher
    yield switcher
    if shiboken6.isValid(switcher.window):
        switcher.window.close()
        switcher.window.deleteLater()
    switcher.workspace.close()


def test_restore_asks_then_replaces_and_reloads_the_window(
    qtbot, switcher, workspace, tmp_path
) -> None:
    window = switcher.window
    add_order(workspace, "402-1111111-1111111")
    add_claim(workspace, "402-1111111-1111111", due_in=timedelta(hours=30))
    file = backup_workspace(workspace, tmp_path / "backup.sqlite3").file
    add_claim(workspace, "402-2222222-2222222", due_in=timedelta(hours=5))  # after the backup
    assert claim_counts(workspace)["all"] == 2

    actions = window.workspace_actions.backups
    asked: list[BackupInfo] = []
    actions.ask_restore_path = lambda: str(file)
    actions.confirm_restore = lambda info: asked.append(info) or True
    with qtbot.waitSignal(switcher.window_replaced, timeout=30_000):
        actions.restore_action.trigger()
    assert [i.claims for i in asked] == [1]
    new = switcher.window
    assert new is not window and new.workspace.url == workspace.url
    assert claim_counts(new.workspace)["all"] == 1
    assert new.sidebar is not window.sidebar  # a fresh window: models, panes, undo
    text = _box(new, "restore_done").text()
    (previous,) = backup_files.list_automatic(backups_folder(new.workspace), "restore")
    assert str(file) in text and str(previous) in text
    # The old window's close made no backup of what was just restored.
    assert backup_files.list_automatic(backups_folder(new.workspace), "close") == []


def test_the_confirmation_names_what_is_replaced_and_the_backup_made_first(
    window, workspace, tmp_path
) -> None:
    file = backup_workspace(workspace, tmp_path / "backup.sqlite3").file
    from atoz_desktop.core.storage.backup import inspect_backup

    text, details = window.workspace_actions.backups.confirm_text(inspect_backup(file))
    assert workspace.location in text and str(file) in text
    assert "0 orders" in details and "0 claims" in details and "0 evidence files" in details
    assert str(backups_folder(workspace)) in details and "made first" in details
    assert "other window" in details


def test_a_file_that_is_not_a_backup_is_refused_before_any_question(
    qtbot, window, workspace, tmp_path
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"no database here" * 100)
    actions = window.workspace_actions.backups
    actions.ask_restore_path = lambda: str(garbage)
    actions.confirm_restore = lambda info: pytest.fail("asked about a file that is no backup")
    assert actions.restore() is False
    text = _box(window, "backup_failed").text()
    assert "not an A-to-Z Desk backup" in text and "left as it was" in text


def test_a_restore_cancelled_at_the_question_changes_nothing(window, workspace, tmp_path) -> None:
    file = backup_workspace(workspace, tmp_path / "backup.sqlite3").file
    add_order(workspace, "402-1111111-1111111")
    actions = window.workspace_actions.backups
    actions.ask_restore_path = lambda: str(file)
    actions.confirm_restore = lambda info: False
    assert actions.restore() is False and not actions.runner.running
    assert window.workspace_actions.switcher.window is window
    assert backup_files.list_automatic(backups_folder(workspace)) == []


def test_closing_the_window_backs_up_a_changed_workspace(
    qtbot, make_window, workspace, settings
) -> None:
    settings.setValue(KEEP_KEY, 2)
    folder = backups_folder(workspace)
    for n in range(3):
        window = make_window()
        add_order(workspace, f"402-000000{n}-0000000")
        window.close()
    assert len(backup_files.list_automatic(folder, "close")) == 2  # the newest two kept
    settings.setValue(KEEP_KEY, 0)
    window = make_window()
    add_order(workspace, "402-0000009-0000000")
    window.close()
    assert len(backup_files.list_automatic(folder, "close")) == 2  # none: turned off


def test_settings_backups_sets_how_many_to_keep(qtbot, window, settings, workspace) -> None:
    window.workspace_actions.backups.settings_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.keep.value() == 10
    assert dialog.findChild(QLabel, "backups_folder").text() == str(backups_folder(workspace))
    dialog.keep.setValue(3)
    dialog.accept()
    assert int(settings.value(KEEP_KEY)) == 3
    assert window.workspace_actions.backups.keep == 3


def test_the_backup_on_close_runs_on_the_writer_lane_with_its_progress(
    qtbot, make_window, workspace, settings, monkeypatch
) -> None:
    import threading
    import time

    from PySide6.QtCore import QTimer

    from atoz_desktop.core.services import backups

    settings.setValue(KEEP_KEY, 2)
    window = make_window()
    seen: dict[str, object] = {}

    def slow_backup(ws, keep, progress=None):
        seen["thread"] = threading.current_thread()
        for done in range(1, 5):
            progress(done, 4)
            time.sleep(0.1)
        return None

    monkeypatch.setattr(backups, "backup_on_close", slow_backup)
    values: list[int] = []
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(30)

    def watch() -> None:
        dialog = window.workspace_actions.backups.progress_dialog
        if dialog is not None:
            values.append(dialog.value())

    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(50)
    window.close()
    timer.stop()
    watcher.stop()
    assert seen["thread"] is not threading.main_thread()  # off the GUI thread
    assert len(ticks) >= 5  # the window went on painting
    assert values and max(values) >= 500  # its progress reached the bar
    assert window.workspace_actions.backups.progress_dialog is None
