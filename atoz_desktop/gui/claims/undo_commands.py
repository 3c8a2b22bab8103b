"""Undoable claim changes: each user action is a QUndoCommand over one core service call.

A command does its work once before it is pushed (`ClaimUndo.run`), so a change the core
refuses (ClaimError) never reaches the stack; after that, undo and redo call the core's
inverse operations (delete_event/restore_event, update_event with the previous values,
undo_status_change). Every one of these runs through the window's ops runner
(gui/common/ops.py): on its writer lane, with its refusals shown in one place, and followed by
its `workspace_changed` notice naming what the command touches (`WorkspaceCommand.changes`).

A claim put back (undo of a deletion, redo of its creation) may come back under new ids when
another row took the old ones meanwhile (core/services/claims/deletion.py); the commands that
name its rows are then renumbered (`WorkspaceCommand.renumber`), so that undoing them later
acts on this claim and never on the row that took its old id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from atoz_desktop.core.services.claims import (
    ClaimSnapshot,
    EventView,
    RestoredClaim,
    add_event,
    change_status,
    delete_claim,
    delete_event,
    record_message,
    restore_claim,
    restore_event,
    set_line_exclusion,
    undo_status_change,
    update_event,
)
from atoz_desktop.core.services.evidence import (
    EvidenceItem,
    remove_evidence,
    restore_evidence,
    set_evidence_kind,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.labels import event_kind_label, evidence_kind_label, status_label
from atoz_desktop.gui.common.ops import Change, Failed, Ops


class WorkspaceCommand(QUndoCommand):
    """A change already applied once by `apply`; `redo` re-applies it after an undo.

    `apply` and `revert` run on the ops runner's writer lane: they call the core and keep its
    answers, and touch no widget."""

    #: What the command touches, for the window's `workspace_changed` notice.
    changes = Change.CLAIMS

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self._applied_once = False
        self.undo_runner: ClaimUndo | None = None
        #: Claims put back under new ids by the last apply/revert, for `ClaimUndo` to pass on.
        self.restored: list[tuple[RestoredClaim, bool]] = []

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def renumber(self, restored: RestoredClaim) -> None:
        """Follow a claim that came back under new ids (see the module's docstring); the
        commands that name a claim, event or evidence item override this."""

    def _restored(self, restored: RestoredClaim, above: bool) -> None:
        if restored.renumbered:
            self.restored.append((restored, above))

    def redo(self) -> None:
        if not self._applied_once:
            self._applied_once = True  # ClaimUndo.run did it before pushing
            return
        self._guarded(self.apply, QCoreApplication.translate("claim_commands", "Redone: {what}"))

    def undo(self) -> None:
        self._guarded(self.revert, QCoreApplication.translate("claim_commands", "Undone: {what}"))

    def _guarded(self, step: Callable[[], None], done: str) -> None:
        runner = self.undo_runner
        if runner is None:
            step()
            return
        if not isinstance(runner.ops.attempt(step), Failed):
            runner.passed_on(self)
            runner.reported.emit(done.format(what=self.text()))
        runner.ops.changed(self.changes)  # after a refusal too: show what the workspace holds


class CreateClaim(WorkspaceCommand):
    """Opening a claim. The New claim dialog stores it (to show the core's refusals in place),
    so `apply` only acts on redo: undo deletes the claim, redo puts it back with its id."""

    changes = Change.CLAIMS | Change.EVIDENCE

    def __init__(self, workspace: Workspace, claim_pk: int) -> None:
        super().__init__(workspace, QCoreApplication.translate("claim_commands", "New claim"))
        self.claim_pk = claim_pk
        self.snapshot: ClaimSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            restored = restore_claim(self.workspace, self.snapshot)
            self.claim_pk = restored.pk
            self._restored(restored, above=True)  # the later commands name it

    def revert(self) -> None:
        self.snapshot = delete_claim(self.workspace, self.claim_pk)

    def renumber(self, restored: RestoredClaim) -> None:
        self.claim_pk = restored.claim_ids.get(self.claim_pk, self.claim_pk)


class DeleteClaim(WorkspaceCommand):
    """Deleting a claim with its timeline and evidence; undo puts it all back."""

    changes = Change.CLAIMS | Change.EVIDENCE

    def __init__(self, workspace: Workspace, claim_pk: int, order_id: str) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Delete claim on {order_id}").format(
                order_id=order_id
            ),
        )
        self.claim_pk = claim_pk
        self.snapshot: ClaimSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = delete_claim(self.workspace, self.claim_pk)

    def revert(self) -> None:
        assert self.snapshot is not None
        restored = restore_claim(self.workspace, self.snapshot)
        self.claim_pk = restored.pk
        self._restored(restored, above=False)  # the earlier commands name it

    def renumber(self, restored: RestoredClaim) -> None:
        self.claim_pk = restored.claim_ids.get(self.claim_pk, self.claim_pk)


class AddEvent(WorkspaceCommand):
    def __init__(self, workspace: Workspace, claim_pk: int, **fields: Any) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Add “{kind}”").format(
                kind=event_kind_label(fields["kind"])
            ),
        )
        self.claim_pk = claim_pk
        self.fields = fields
        self.event_pk: int | None = None
        self.removed: EventView | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.event_pk = add_event(self.workspace, self.claim_pk, **self.fields)
        else:
            self.event_pk = restore_event(self.workspace, self.claim_pk, self.removed)

    def revert(self) -> None:
        assert self.event_pk is not None
        _claim, self.removed = delete_event(self.workspace, self.event_pk)

    def renumber(self, restored: RestoredClaim) -> None:
        self.claim_pk = restored.claim_ids.get(self.claim_pk, self.claim_pk)
        if self.event_pk is not None:
            self.event_pk = restored.event_ids.get(self.event_pk, self.event_pk)


class RecordMessage(WorkspaceCommand):
    """A message sent to the buyer and the offer it makes, recorded together (one undo step
    removes both; redo puts both back with their ids)."""

    def __init__(self, workspace: Workspace, claim_pk: int, **fields: Any) -> None:
        text = (
            QCoreApplication.translate("claim_commands", "Record message and offer to the buyer")
            if fields.get("offer_kind")
            else QCoreApplication.translate("claim_commands", "Record message to the buyer")
        )
        super().__init__(workspace, text)
        self.claim_pk = claim_pk
        self.fields = fields
        self.event_pks: tuple[int, ...] = ()
        self.removed: list[EventView] = []

    def apply(self) -> None:
        if not self.removed:
            self.event_pks = record_message(self.workspace, self.claim_pk, **self.fields)
        else:
            self.event_pks = tuple(
                restore_event(self.workspace, self.claim_pk, event) for event in self.removed
            )
            self.removed = []

    def revert(self) -> None:
        self.removed = [delete_event(self.workspace, pk)[1] for pk in self.event_pks]

    def renumber(self, restored: RestoredClaim) -> None:
        self.claim_pk = restored.claim_ids.get(self.claim_pk, self.claim_pk)
        self.event_pks = tuple(restored.event_ids.get(pk, pk) for pk in self.event_pks)


class EditEvent(WorkspaceCommand):
    """Editing an entry the user saw as `original`: refused (StaleEdit) if it was changed
    elsewhere meanwhile; undo puts `old` back only while the entry still holds `new`."""

    def __init__(
        self, workspace: Workspace, new: EventView, original: EventView | None = None
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Edit “{kind}”").format(
                kind=event_kind_label(new.kind)
            ),
        )
        self.new, self.original = new, original
        self.old: EventView | None = None

    def apply(self) -> None:
        self.old = update_event(self.workspace, self.new, expected=self.old or self.original)

    def revert(self) -> None:
        assert self.old is not None
        update_event(self.workspace, self.old, expected=self.new)

    def renumber(self, restored: RestoredClaim) -> None:
        if self.new.pk in restored.event_ids:
            pk = restored.event_ids[self.new.pk]
            self.new = replace(self.new, pk=pk)
            self.old = replace(self.old, pk=pk) if self.old is not None else None


class DeleteEvent(WorkspaceCommand):
    def __init__(self, workspace: Workspace, event: EventView) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Delete “{kind}”").format(
                kind=event_kind_label(event.kind)
            ),
        )
        assert event.pk is not None
        self.event_pk: int = event.pk
        self.claim_pk: int | None = None
        self.removed: EventView | None = None

    def apply(self) -> None:
        self.claim_pk, self.removed = delete_event(self.workspace, self.event_pk)

    def revert(self) -> None:
        assert self.claim_pk is not None and self.removed is not None
        self.event_pk = restore_event(self.workspace, self.claim_pk, self.removed)

    def renumber(self, restored: RestoredClaim) -> None:
        if self.claim_pk is not None:
            self.claim_pk = restored.claim_ids.get(self.claim_pk, self.claim_pk)
        self.event_pk = restored.event_ids.get(self.event_pk, self.event_pk)


class ChangeStatus(WorkspaceCommand):
    """Moving a claim the user saw in `expected_status` (None: whatever it is now)."""

    def __init__(
        self,
        workspace: Workspace,
        claim_pk: int,
        new_status: str,
        at: datetime,
        expected_status: str | None = None,
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Status “{status}”").format(
                status=status_label(new_status)
            ),
        )
        self.claim_pk, self.new_status, self.at = claim_pk, new_status, at
        self.expected_status = expected_status
        self.event_pk: int | None = None

    def apply(self) -> None:
        self.event_pk = change_status(
            self.workspace, self.claim_pk, self.new_status, at=self.at,
            expected_status=self.expected_status,
        )  # fmt: skip

    def revert(self) -> None:
        assert self.event_pk is not None
        undo_status_change(self.workspace, self.event_pk)

    def renumber(self, restored: RestoredClaim) -> None:
        self.claim_pk = restored.claim_ids.get(self.claim_pk, self.claim_pk)
        if self.event_pk is not None:
            self.event_pk = restored.event_ids.get(self.event_pk, self.event_pk)


class SetLineExclusion(WorkspaceCommand):
    changes = Change.ORDERS | Change.CLAIMS

    def __init__(
        self, workspace: Workspace, line_pk: int, kind: str | None, previous: str | None
    ) -> None:
        super().__init__(
            workspace, QCoreApplication.translate("claim_commands", "Mark item coverage")
        )
        self.line_pk, self.kind, self.previous = line_pk, kind, previous

    def apply(self) -> None:
        set_line_exclusion(self.workspace, self.line_pk, self.kind)

    def revert(self) -> None:
        set_line_exclusion(self.workspace, self.line_pk, self.previous)


class RemoveEvidence(WorkspaceCommand):
    """Removing an evidence item; undo restores it (with its id) from the snapshot."""

    changes = Change.CLAIMS | Change.EVIDENCE

    def __init__(self, workspace: Workspace, item: EvidenceItem) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "Remove “{file}”").format(
                file=item.file_name
            ),
        )
        self.evidence_pk = item.pk
        self.snapshot: EvidenceItem | None = None

    def apply(self) -> None:
        self.snapshot = remove_evidence(self.workspace, self.evidence_pk)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.evidence_pk = restore_evidence(self.workspace, self.snapshot)

    def renumber(self, restored: RestoredClaim) -> None:
        self.evidence_pk = restored.evidence_ids.get(self.evidence_pk, self.evidence_pk)
        item = self.snapshot
        if item is not None:
            event = item.event_pk
            self.snapshot = replace(
                item,
                pk=restored.evidence_ids.get(item.pk, item.pk),
                claim_pk=restored.claim_ids.get(item.claim_pk, item.claim_pk),
                event_pk=restored.event_ids.get(event, event) if event is not None else None,
            )


class ChangeEvidenceKind(WorkspaceCommand):
    changes = Change.CLAIMS | Change.EVIDENCE

    def __init__(self, workspace: Workspace, item: EvidenceItem, kind: str) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("claim_commands", "File “{file}” as {kind}").format(
                file=item.file_name, kind=evidence_kind_label(kind)
            ),
        )
        self.evidence_pk, self.kind = item.pk, kind
        self.previous = item.kind

    def apply(self) -> None:
        self.previous = set_evidence_kind(self.workspace, self.evidence_pk, self.kind)

    def revert(self) -> None:
        set_evidence_kind(self.workspace, self.evidence_pk, self.previous)

    def renumber(self, restored: RestoredClaim) -> None:
        self.evidence_pk = restored.evidence_ids.get(self.evidence_pk, self.evidence_pk)


class ClaimUndo(QObject):
    """The window's undo stack for claim changes; each change runs through the ops runner."""

    #: What a change, an undo or a redo just did, for the status bar ("Undone: Add “Note”").
    reported = Signal(str)

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stack = QUndoStack(self)

    def run(self, command: WorkspaceCommand) -> bool:
        """Apply `command` and push it; a refusal is reported by the ops runner: False."""
        if isinstance(self.ops.attempt(command.apply), Failed):
            return False
        command.undo_runner = self
        self.stack.push(command)
        self.passed_on(command)
        undo_key = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.reported.emit(
            QCoreApplication.translate("claim_commands", "Done: {what} ({key} undoes it)").format(
                what=command.text(), key=undo_key
            )
        )
        self.ops.changed(command.changes)
        return True

    def passed_on(self, command: WorkspaceCommand) -> None:
        """Tell the other commands the ids a claim came back under (`WorkspaceCommand.renumber`),
        here on the GUI thread, since `apply`/`revert` ran on the writer lane."""
        while command.restored:
            restored, above = command.restored.pop(0)
            self.renumber(command, restored, above=above)

    def renumber(self, source: WorkspaceCommand, restored: RestoredClaim, above: bool) -> None:
        """Tell the commands after `source` on the stack (`above`: they were made after the
        claim was) or before it (made before it was deleted) the ids its claim came back under."""
        commands = [self.stack.command(i) for i in range(self.stack.count())]
        at = next((i for i, c in enumerate(commands) if c is source), None)
        if at is None:
            return
        for command in commands[at + 1 :] if above else commands[:at]:
            if isinstance(command, WorkspaceCommand):
                command.renumber(restored)
