"""Two windows, two copies of the program or two seats on one workspace: a claim is never moved
or edited from a state that another one has already changed (no lost update), and a stale edit
is refused as StaleEdit with nothing written. Each test opens a second Workspace on the same
SQLite file or PostgreSQL database, as a second process would."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from atoz_desktop.core.services.claims import (
    ClaimError,
    add_event,
    change_status,
    claim_view,
    commands,
    create_claim,
    undo_status_change,
    update_event,
)
from atoz_desktop.core.storage.database import Workspace, open_workspace
from atoz_desktop.core.storage.errors import StaleEdit
from atoz_desktop.core.storage.models import ClaimEvent
from tests.held_import import held_import

NOW = datetime(2026, 11, 10, 9, tzinfo=UTC)


@pytest.fixture
def claim(workspace: Workspace) -> int:
    return create_claim(
        workspace, order_id="P01-1234567-1234567", reason="not-received",
        filed_at=datetime(2026, 11, 2, 10, tzinfo=UTC), channel="amazon-pay",
        amount=Decimal("45.90"), currency="EUR",
    )  # fmt: skip


@pytest.fixture
def other(workspace: Workspace) -> Iterator[Workspace]:
    """The same workspace opened a second time, with its own engine and connections."""
    ws = open_workspace(workspace.url)
    yield ws
    ws.close()


def _in_thread(action: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except Exception as exc:  # the test looks at it
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _held_between_check_and_write(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """Make the first change_status stop after its check, before it writes, until released:
    the moment another window's change would slip in if check and write were not one locked
    unit of work."""
    inside, release = threading.Event(), threading.Event()
    real = commands.check_move

    def check_move(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        if not inside.is_set():
            inside.set()
            release.wait(10)

    monkeypatch.setattr(commands, "check_move", check_move)
    return inside, release


def _race(monkeypatch, first: Callable[[], Any], second: Callable[[], Any]):
    inside, release = _held_between_check_and_write(monkeypatch)
    thread_a, a = _in_thread(first)
    assert inside.wait(10)
    thread_b, b = _in_thread(second)
    time.sleep(0.5)  # B is now waiting for A's lock (or, without one, has read the old state)
    release.set()
    thread_a.join(20)
    thread_b.join(20)
    return a, b


def test_two_windows_cannot_both_decide_a_claim(workspace, other, claim, monkeypatch):
    a, b = _race(
        monkeypatch,
        lambda: change_status(workspace, claim, "withdrawn", NOW,
                              expected_status="action-required"),  # fmt: skip
        lambda: change_status(other, claim, "denied", NOW, expected_status="action-required"),
    )
    assert "error" not in a, a
    assert isinstance(b.get("error"), StaleEdit), b
    assert str(b["error"]) == "This claim was changed elsewhere; it has been reloaded."
    view = claim_view(workspace, claim, now=NOW)
    assert view.status == "withdrawn"
    assert [e.details["to"] for e in view.events if e.kind == "status-change"] == ["withdrawn"]


def test_without_the_status_seen_the_move_is_checked_against_the_current_one(
    workspace, other, claim, monkeypatch
):
    """The command line gives no expected status: the second move is checked against the
    status the first one wrote (withdrawn is final), never against the one both read."""
    a, b = _race(
        monkeypatch,
        lambda: change_status(workspace, claim, "withdrawn", NOW),
        lambda: change_status(other, claim, "denied", NOW),
    )
    assert "error" not in a, a
    assert isinstance(b.get("error"), ClaimError), b
    assert claim_view(workspace, claim, now=NOW).status == "withdrawn"


def test_a_move_from_a_status_changed_elsewhere_is_refused(workspace, other, claim):
    change_status(other, claim, "under-review", NOW)
    with pytest.raises(StaleEdit):
        change_status(workspace, claim, "denied", NOW, expected_status="action-required")
    assert claim_view(workspace, claim, now=NOW).status == "under-review"


def test_undo_of_a_status_change_overtaken_elsewhere_is_refused(workspace, other, claim):
    mine = change_status(workspace, claim, "under-review", NOW)
    change_status(other, claim, "denied", NOW, expected_status="under-review")
    with pytest.raises(StaleEdit):
        undo_status_change(workspace, mine)
    assert claim_view(workspace, claim, now=NOW).status == "denied"
    # Undone elsewhere already: refused the same way, nothing written.
    undo_status_change(other, mine + 1)
    undo_status_change(other, mine)
    with pytest.raises(StaleEdit):
        undo_status_change(workspace, mine)
    assert claim_view(workspace, claim, now=NOW).status == "action-required"


def _note(workspace: Workspace, claim: int) -> Any:
    pk = add_event(workspace, claim, kind="note", at=NOW, text="Buyer phoned")
    return next(e for e in claim_view(workspace, claim, now=NOW).events if e.pk == pk)


def test_an_edit_of_an_entry_changed_elsewhere_is_refused(workspace, other, claim):
    seen = _note(workspace, claim)
    update_event(other, replace(seen, text="Buyer phoned twice"), expected=seen)
    with pytest.raises(StaleEdit):
        update_event(workspace, replace(seen, text="Buyer phoned, angry"), expected=seen)
    with workspace.session_factory() as s:
        assert s.get(ClaimEvent, seen.pk).text == "Buyer phoned twice"


def test_an_edit_of_an_entry_deleted_elsewhere_is_refused(workspace, other, claim):
    seen = _note(workspace, claim)
    commands.delete_event(other, seen.pk)
    with pytest.raises(StaleEdit):
        update_event(workspace, replace(seen, text="edited"), expected=seen)


def test_an_edit_of_an_unchanged_entry_goes_through(workspace, claim):
    """The values the user saw compare equal to the stored ones, whatever their spelling:
    another time zone, trailing zeros, a NUL the database drops."""
    pk = add_event(workspace, claim, kind="offer", at=NOW, text="re\x00fund",
                   amount=Decimal("12.5"), details={"offer_kind": "refund"})  # fmt: skip
    seen = next(e for e in claim_view(workspace, claim, now=NOW).events if e.pk == pk)
    typed = replace(seen, text="re\x00fund", amount=Decimal("12.50"),
                    at=NOW.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Paris")))  # fmt: skip
    before = update_event(workspace, replace(seen, text="refund sent"), expected=typed)
    assert before.text == "refund"


def test_concurrent_edits_of_one_entry_one_wins(workspace, other, claim, monkeypatch):
    """Two windows save an edit of the same entry at the same moment: one is written, the other
    refused, never both (the second would silently overwrite the first)."""
    seen = _note(workspace, claim)
    inside, release = threading.Event(), threading.Event()
    real = commands._unchanged

    def unchanged(stored: ClaimEvent, expected: Any) -> bool:
        result = real(stored, expected)
        if not inside.is_set():
            inside.set()
            release.wait(10)
        return result

    monkeypatch.setattr(commands, "_unchanged", unchanged)
    thread_a, a = _in_thread(
        lambda: update_event(workspace, replace(seen, text="from A"), expected=seen)
    )
    assert inside.wait(10)
    thread_b, b = _in_thread(
        lambda: update_event(other, replace(seen, text="from B"), expected=seen)
    )
    time.sleep(0.5)
    release.set()
    thread_a.join(20)
    thread_b.join(20)
    assert "error" not in a, a
    assert isinstance(b.get("error"), StaleEdit), b
    with workspace.session_factory() as s:
        assert s.scalars(select(ClaimEvent.text).where(ClaimEvent.id == seen.pk)).one() == "from A"


def test_closing_a_window_keeps_what_another_windows_undo_needs(workspace, other, claim):
    """Window A removes a photo (undo still possible); window B closes and collects unused
    contents: the photo's content stays, A's undo brings it back. Only a content unused for
    the whole grace period goes, and a content used again starts its period over."""
    from datetime import timedelta

    from atoz_desktop.core.services import evidence as ev
    from atoz_desktop.core.services.blobs import ORPHAN_GRACE, collect_orphan_blobs
    from tests import fixtures_evidence as fx

    added = ev.add_evidence_bytes(workspace, claim, fx.jpeg(camera=True), "photo.jpg")
    pk = added.added[0].evidence_id
    removed = ev.remove_evidence(workspace, pk)  # on A's undo stack
    assert collect_orphan_blobs(other, now=NOW) == 0  # B closes
    assert ev.restore_evidence(workspace, removed) == pk  # A undoes the removal
    removed = ev.remove_evidence(workspace, pk)  # ... and redoes it
    later = NOW + ORPHAN_GRACE
    assert collect_orphan_blobs(other, now=later) == 0  # the period started over
    assert ev.restore_evidence(workspace, removed) == pk
    ev.remove_evidence(workspace, pk)
    marked = later + timedelta(days=1)
    assert collect_orphan_blobs(other, now=marked) == 0
    assert collect_orphan_blobs(other, now=marked + ORPHAN_GRACE - timedelta(hours=1)) == 0
    assert collect_orphan_blobs(other, now=marked + ORPHAN_GRACE) == 1
    with pytest.raises(ev.EvidenceError, match="no longer stored"):
        ev.restore_evidence(workspace, removed)


def test_a_write_while_another_process_imports_waits_then_succeeds(
    workspace, claim, tmp_path
):
    """Another process imports orders and holds the write lock for 7 s (longer than SQLite's
    usual 5 s busy timeout): a status change meanwhile waits for it and then goes through,
    and the import is complete."""
    from atoz_desktop.core.sample_reports import write_all_orders
    from atoz_desktop.core.services.orders import order_count

    report = tmp_path / "orders.txt"
    write_all_orders(report, 300, seed=3)
    with held_import(workspace.url, report, 7) as importer:
        started = time.monotonic()
        change_status(workspace, claim, "under-review", NOW, expected_status="action-required")
        waited = time.monotonic() - started
        imported = importer.finish()
    assert claim_view(workspace, claim, now=NOW).status == "under-review"
    assert order_count(workspace) == imported > 0
    if workspace.is_sqlite:  # one writer at a time: it had to wait for the import
        assert waited > 3
