"""Deleting a claim and putting it back: its timeline and evidence come back whole, even after
the database handed the deleted ids to other rows (SQLite reuses the highest ids)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from atoz_desktop.core.services.blobs import collect_orphan_blobs
from atoz_desktop.core.services.claims import (
    ClaimError,
    add_event,
    claim_view,
    create_claim,
    delete_claim,
    restore_claim,
)
from atoz_desktop.core.services.evidence import add_evidence_bytes, evidence_bytes, list_evidence
from tests import fixtures_evidence as fx

FILED = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
OID = "402-1234567-1234567"


def _claim(workspace, order_id: str = OID) -> int:
    return create_claim(workspace, order_id=order_id, reason="damaged-defective", filed_at=FILED,
                        amount=Decimal("30.00"), currency="EUR")  # fmt: skip


def _timeline(workspace, pk: int) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in claim_view(workspace, pk, now=FILED).events]


def test_undo_of_a_deleted_claim_after_its_ids_were_reused(workspace) -> None:
    pk = _claim(workspace)
    note = add_event(workspace, pk, kind="note", at=FILED, text="appelé le transporteur")
    mail = add_event(workspace, pk, kind="message-in", at=FILED + timedelta(hours=1),
                     text="le colis est cassé")  # fmt: skip
    (photo,) = add_evidence_bytes(workspace, pk, fx.png(), "colis.png", event_pk=mail).added
    add_evidence_bytes(workspace, pk, fx.pdf(), "facture.pdf")
    before_timeline = _timeline(workspace, pk)
    before_items = sorted((i.file_name, i.kind, i.sha256) for i in list_evidence(workspace, pk))

    snapshot = delete_claim(workspace, pk)
    # Meanwhile another claim gets events and files: on SQLite they take the freed ids.
    other = _claim(workspace, "402-7654321-7654321")
    taken = [add_event(workspace, other, kind="note", at=FILED, text=f"autre {n}")
             for n in range(3)]  # fmt: skip
    (other_photo,) = add_evidence_bytes(workspace, other, fx.png((200, 0, 0)), "autre.png",
                                        event_pk=taken[1]).added  # fmt: skip
    if workspace.is_sqlite:
        assert {note, mail} <= set(taken) and other == pk  # the ids really were reused
        assert other_photo.evidence_id == photo.evidence_id

    restored = restore_claim(workspace, snapshot)

    assert restored.pk != other
    assert _timeline(workspace, restored.pk) == before_timeline
    items = list_evidence(workspace, restored.pk)
    assert sorted((i.file_name, i.kind, i.sha256) for i in items) == before_items
    # The photo is still evidence of the buyer's message, under the message's new id.
    events = {e.pk: e for e in claim_view(workspace, restored.pk, now=FILED).events}
    (photo_item,) = [i for i in items if i.file_name == "colis.png"]
    assert events[photo_item.event_pk].text == "le colis est cassé"
    assert evidence_bytes(workspace, photo_item.pk) == fx.png()
    if workspace.is_sqlite:
        assert restored.renumbered and mail in restored.event_ids
    # The other claim kept what it had.
    assert _timeline(workspace, other) == [("note", f"autre {n}") for n in range(3)]
    (kept,) = list_evidence(workspace, other)
    assert (kept.pk, kept.event_pk) == (other_photo.evidence_id, taken[1])


def test_a_restore_with_every_id_free_keeps_them_all(workspace) -> None:
    pk = _claim(workspace)
    event = add_event(workspace, pk, kind="note", at=FILED, text="x")
    (item,) = add_evidence_bytes(workspace, pk, fx.png(), "a.png", event_pk=event).added
    restored = restore_claim(workspace, delete_claim(workspace, pk))
    assert (restored.pk, restored.renumbered) == (pk, False)
    (back,) = list_evidence(workspace, pk)
    assert (back.pk, back.event_pk) == (item.evidence_id, event)


def test_deleting_a_claim_keeps_its_files_for_the_undo_until_cleaned(workspace) -> None:
    pk = _claim(workspace)
    add_evidence_bytes(workspace, pk, fx.png(), "colis.png")
    snapshot = delete_claim(workspace, pk)
    restored = restore_claim(workspace, snapshot)
    (item,) = list_evidence(workspace, restored.pk)
    assert evidence_bytes(workspace, item.pk) == fx.png()
    # A clean-up within the grace period keeps the file the undo needs.
    snapshot = delete_claim(workspace, restored.pk)
    assert collect_orphan_blobs(workspace) == 0
    restored = restore_claim(workspace, snapshot)
    (item,) = list_evidence(workspace, restored.pk)
    assert evidence_bytes(workspace, item.pk) == fx.png()
    # Once the files are cleaned out for good, a restore says why it cannot.
    snapshot = delete_claim(workspace, restored.pk)
    assert collect_orphan_blobs(workspace, grace=timedelta(0)) == 1
    with pytest.raises(ClaimError, match="content of colis.png is no longer stored"):
        restore_claim(workspace, snapshot)
    with pytest.raises(ClaimError, match="no claim"):
        claim_view(workspace, restored.pk)
