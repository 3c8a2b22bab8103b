"""The window when another window or program changes the same claim: its own stale change is
refused with a plain message, and it then shows what the workspace holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from atoz_desktop.core.services.claims import add_event, change_status, update_event
from atoz_desktop.core.storage.database import open_workspace
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim

ORDER = "402-0000001-1234567"
STALE = "This claim was changed elsewhere; it has been reloaded."


@pytest.fixture
def elsewhere(workspace):
    """The same workspace file opened by another copy of the program."""
    ws = open_workspace(workspace.url)
    yield ws
    ws.close()


def _show(window: MainWindow, pk: int) -> None:
    window.ops.reload()
    window.open_claim(pk)
    assert window.shown_claim().pk == pk


def test_a_move_from_a_status_changed_elsewhere_is_refused_and_reloads(
    window, workspace, elsewhere
) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _show(window, pk)
    change_status(elsewhere, pk, "under-review", NOW)
    assert window.shown_claim().status == "action-required"  # not yet seen
    assert window.claim_actions.change_status("denied") is False
    assert window.statusBar().currentMessage() == STALE
    assert window.shown_claim().status == "under-review"
    assert window.claim_actions.undo.stack.count() == 0


def test_an_edit_of_an_entry_changed_elsewhere_is_refused_and_reloads(
    window, workspace, elsewhere
) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    add_event(workspace, pk, kind="note", at=NOW, text="first", author="seller")
    _show(window, pk)
    event = window.shown_claim().events[0]
    dialog = window.claim_actions.edit_event(event)
    update_event(elsewhere, replace(event, text="from the other window"), expected=event)
    dialog.text.setPlainText("from this window")
    dialog.accept()
    assert window.statusBar().currentMessage() == STALE
    assert window.shown_claim().events[0].text == "from the other window"
    assert window.claim_actions.undo.stack.count() == 0


def test_undo_overtaken_elsewhere_is_refused_and_reloads(window, workspace, elsewhere) -> None:
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _show(window, pk)
    assert window.claim_actions.change_status("under-review")
    change_status(elsewhere, pk, "denied", NOW, expected_status="under-review")
    window.claim_actions.undo_action.trigger()
    assert window.statusBar().currentMessage() == STALE
    assert window.shown_claim().status == "denied"
