"""The claim actions of the main window: menu entries, shortcuts, dialogs and the undo stack.

Each action opens a non-modal dialog (`open()`, returned so tests can fill and accept it) or
runs an undoable command through the window's ops runner (gui/common/ops.py), which then
announces `workspace_changed` with what changed. Each dialog's module is imported when it is
first opened, not with the window (tests/gui/test_startup.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from atoz_desktop.core.services.claims import EventView
from atoz_desktop.core.services.evidence import list_evidence
from atoz_desktop.core.services.policies import workspace_timezone
from atoz_desktop.gui.claims.undo_commands import (
    AddEvent,
    ChangeStatus,
    ClaimUndo,
    CreateClaim,
    DeleteClaim,
    DeleteEvent,
    EditEvent,
    RecordMessage,
    SetLineExclusion,
)
from atoz_desktop.gui.common.ops import Change
from atoz_desktop.gui.common.resources import icon

if TYPE_CHECKING:
    from atoz_desktop.gui.claims.composer_dialog import ComposerDialog
    from atoz_desktop.gui.claims.event_dialog import EventDialog
    from atoz_desktop.gui.claims.new_claim_dialog import NewClaimDialog
    from atoz_desktop.gui.claims.policies_dialog import PoliciesDialog
    from atoz_desktop.gui.main_window import MainWindow


class ClaimActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.undo = ClaimUndo(window.ops, self)
        self.undo.reported.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.dialog: Any = None  # the last dialog opened, for tests

        self.undo_action = self.undo.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        self.new_claim_action = QAction(icon("new-claim"), self.tr("&New Claim…"), self)
        self.new_claim_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_claim_action.setStatusTip(self.tr("Open an A-to-z claim on an order"))
        self.new_claim_action.triggered.connect(lambda: self.new_claim())
        self.add_event_action = QAction(icon("add-event"), self.tr("&Add Event…"), self)
        self.add_event_action.setShortcut(QKeySequence("Ctrl+E"))
        self.add_event_action.triggered.connect(self.add_event)
        # Enter and Delete act on the timeline's entry (TimelineView.keyPressEvent); the menu
        # shows them, scoped to the menu itself so they never take the keys from the lists.
        self.edit_event_action = QAction(self.tr("&Edit Event…"), self)
        self.edit_event_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.edit_event_action.setStatusTip(self.tr("Edit the timeline's selected entry (Enter)"))
        self.edit_event_action.triggered.connect(lambda: self.edit_event())
        self.delete_event_action = QAction(self.tr("&Delete Event"), self)
        self.delete_event_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_event_action.setStatusTip(
            self.tr("Delete the timeline's selected entry (Delete); Ctrl+Z puts it back")
        )
        self.delete_event_action.triggered.connect(lambda: self.delete_event())
        for action in (self.edit_event_action, self.delete_event_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.compose_action = QAction(icon("message"), self.tr("&Message to Buyer…"), self)
        self.compose_action.setShortcut(QKeySequence("Ctrl+M"))
        self.compose_action.triggered.connect(self.compose)
        self.status_menu = QMenu(self.tr("Change &Status"))
        # Delete in the claims list (eventFilter), not in the timeline or the strip, which
        # delete their own rows: the menu shows the key, scoped to the menu itself, as Delete
        # Event does.
        self.delete_claim_action = QAction(self.tr("De&lete Claim…"), self)
        self.delete_claim_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_claim_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_claim_action.setStatusTip(
            self.tr("Delete the claim with its timeline and evidence (Edit › Undo puts it back)")
        )
        self.delete_claim_action.triggered.connect(lambda: self.delete_claim())
        window.claims_view.installEventFilter(self)
        self.policies_action = QAction(icon("policies"), self.tr("&Policies…"), self)
        self.policies_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.policies_action.triggered.connect(self.edit_policies)
        self.claim_actions = [
            self.add_event_action, self.edit_event_action, self.delete_event_action,
            self.compose_action,
        ]  # fmt: skip

        pane = window.claim_pane
        pane.status_requested.connect(self.change_status)
        pane.add_event_requested.connect(self.add_event)
        pane.compose_requested.connect(self.compose)
        pane.edit_event_requested.connect(self.edit_event)
        pane.delete_event_requested.connect(self.delete_event)
        window.order_pane.exclusion_requested.connect(self.set_line_exclusion)
        window.order_pane.new_claim_requested.connect(self.new_claim)
        self.status_menu.aboutToShow.connect(self._fill_status_menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete on the claims list asks to delete the claim shown."""
        if (
            watched is self.window.claims_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.delete_claim()
            return True
        return super().eventFilter(watched, event)

    def fill_menus(self, edit_menu: QMenu, claims_menu: QMenu, settings_menu: QMenu) -> None:
        first = edit_menu.actions()[0] if edit_menu.actions() else None
        edit_menu.insertAction(first, self.undo_action)
        edit_menu.insertAction(first, self.redo_action)
        edit_menu.insertSeparator(first)
        claims_menu.addAction(self.new_claim_action)
        claims_menu.addSeparator()
        claims_menu.addMenu(self.status_menu)
        for action in self.claim_actions:
            claims_menu.addAction(action)
        claims_menu.addSeparator()
        claims_menu.addAction(self.delete_claim_action)
        settings_menu.addAction(self.policies_action)

    def update_enabled(self) -> None:
        """Claim actions only act on a shown claim."""
        claim = self.window.shown_claim()
        for action in self.claim_actions:
            action.setEnabled(claim is not None)
        self.status_menu.setEnabled(claim is not None and bool(claim.allowed_moves))
        self.delete_claim_action.setEnabled(claim is not None)

    def _fill_status_menu(self) -> None:
        self.status_menu.clear()
        for action in self.window.claim_pane.status_menu.actions():
            self.status_menu.addAction(action)

    def _show_failure(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # Claims ---------------------------------------------------------------------------------

    def new_claim(self, order_id: str | None = None) -> NewClaimDialog:
        from atoz_desktop.gui.claims.new_claim_dialog import NewClaimDialog

        if order_id is None:
            order_id = self.window.selected_order_id() or ""
        dialog = NewClaimDialog(
            self.window.workspace,
            self.window.ops,
            order_id,
            parent=self.window,
            now=self.window.now,
        )
        dialog.created.connect(self._on_claim_created)
        dialog.open_existing.connect(self.window.open_claim)
        return self._open(dialog)

    def _on_claim_created(self, claim_pk: int) -> None:
        self.undo.run(CreateClaim(self.window.workspace, claim_pk))
        self.window.open_claim(claim_pk)
        self.window.statusBar().showMessage(self.tr("Claim opened."), 5000)

    def delete_claim(self) -> QMessageBox | None:
        """Ask, then delete the shown claim (undoable); returns the question for tests."""
        claim = self.window.shown_claim()
        if claim is None:
            self._show_failure(self.tr("Select the claim to delete first."))
            return None
        files = len(list_evidence(self.window.workspace, claim.pk))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete Claim"),
            self.tr("Delete the claim on order {order_id}?").format(order_id=claim.order_id),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the order id as written, never markup
        # Zero in words: "aucune entrée" reads better than a French "0 entrée".
        entries = (
            self.tr("%n entry(ies)", "", len(claim.events))
            if claim.events
            else self.tr("no entries")
        )
        evidence = self.tr("%n file(s)", "", files) if files else self.tr("no files")
        box.setText(
            box.text()
            + "\n\n"
            + self.tr(
                "Its timeline ({entries}) and its evidence ({files}) go with it.\n"
                "Edit › Undo (Ctrl+Z) puts it all back."
            ).format(entries=entries, files=evidence)
        )
        delete = box.addButton(self.tr("Delete Claim"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(delete)
        box.setObjectName("delete_claim_question")
        box.buttonClicked.connect(
            lambda button, pk=claim.pk, order_id=claim.order_id: (
                button is delete and self._delete_claim(pk, order_id)
            )
        )
        return self._open(box)

    def _delete_claim(self, claim_pk: int, order_id: str) -> bool:
        window = self.window
        row = window.claims_model.row_of(claim_pk)
        if not self.undo.run(DeleteClaim(window.workspace, claim_pk, order_id)):
            return False
        count = window.claims_model.rowCount()
        if window.current_list() is window.claims_view and count and row >= 0:
            window.select_row(min(row, count - 1))  # the next claim takes its place
        window.statusBar().showMessage(
            self.tr("Claim on order {order_id} deleted. Edit › Undo (Ctrl+Z) puts it back.")
            .format(order_id=order_id), 10000
        )  # fmt: skip
        return True

    def change_status(self, status: str) -> bool:
        claim = self.window.shown_claim()
        if claim is None:
            return False
        command = ChangeStatus(
            self.window.workspace, claim.pk, status, self.window.now(), expected_status=claim.status
        )
        return self.undo.run(command)

    # Timeline -------------------------------------------------------------------------------

    def add_event(self) -> EventDialog | None:
        claim = self.window.shown_claim()
        if claim is None:
            return None
        from atoz_desktop.gui.claims.event_dialog import EventDialog

        dialog = EventDialog(claim.currency, parent=self.window, now=self.window.now)
        dialog.submitted.connect(
            lambda values, pk=claim.pk: self.undo.run(AddEvent(self.window.workspace, pk, **values))
        )
        return self._open(dialog)

    def _editable(self, event: EventView | None) -> EventView | None:
        event = event or self.window.claim_pane.current_event()
        if event is None:
            return None
        if event.pk is None:
            self._show_failure(self.tr("Entries taken from the order cannot be changed here."))
            return None
        if event.kind == "status-change":
            self._show_failure(self.tr("A status change is undone with Edit › Undo (Ctrl+Z)."))
            return None
        return event

    def edit_event(self, event: EventView | None = None) -> EventDialog | None:
        event = self._editable(event)
        claim = self.window.shown_claim()
        if event is None or claim is None:
            return None
        if event.kind == "dossier":
            self._show_failure(
                self.tr("A dossier's record says what was sent; it cannot be changed.")
            )
            return None
        from atoz_desktop.gui.claims.event_dialog import EventDialog

        dialog = EventDialog(claim.currency, event, parent=self.window, now=self.window.now)
        dialog.submitted.connect(
            lambda _values: self.undo.run(
                EditEvent(self.window.workspace, dialog.edited_event(), original=event)
            )
        )
        return self._open(dialog)

    def delete_event(self, event: EventView | None = None) -> bool:
        event = self._editable(event)
        if event is None:
            return False
        done = self.undo.run(DeleteEvent(self.window.workspace, event))
        if done:
            self.window.statusBar().showMessage(
                self.tr("Event deleted. Edit › Undo (Ctrl+Z) puts it back."), 8000
            )
        return done

    def compose(self) -> ComposerDialog | None:
        claim = self.window.shown_claim()
        if claim is None:
            return None
        from atoz_desktop.core.services.seller import message_sign_off, seller_profile
        from atoz_desktop.gui.claims.composer_dialog import ComposerDialog

        workspace = self.window.workspace
        dialog = ComposerDialog(
            claim,
            parent=self.window,
            sign_off=message_sign_off(seller_profile(workspace)),
            tz=workspace_timezone(workspace),
        )
        dialog.sent.connect(
            lambda text, offer, amount, pk=claim.pk: self._record_sent(pk, text, offer, amount)
        )
        return self._open(dialog)

    def _record_sent(
        self, claim_pk: int, text: str, offer_kind: str, amount: Decimal | None
    ) -> None:
        self.undo.run(  # the status bar says what was recorded, and that Ctrl+Z undoes it
            RecordMessage(
                self.window.workspace,
                claim_pk,
                at=self.window.now(),
                text=text,
                author="seller",
                offer_kind=offer_kind or None,
                amount=amount,
            )  # fmt: skip
        )

    # Orders and settings --------------------------------------------------------------------

    def set_line_exclusion(self, line_pk: int, kind: str | None) -> bool:
        detail = self.window.order_pane.detail
        previous = None
        if detail is not None:
            previous = next((ln.excluded_kind for ln in detail.lines if ln.pk == line_pk), None)
        if previous == kind:
            return False
        return self.undo.run(SetLineExclusion(self.window.workspace, line_pk, kind, previous))

    def edit_policies(self) -> PoliciesDialog:
        from atoz_desktop.gui.claims.policies_dialog import PoliciesDialog

        dialog = PoliciesDialog(
            self.window.workspace, self.window.ops, parent=self.window, now=self.window.now
        )
        dialog.saved.connect(self._on_policies_saved)
        return self._open(dialog)

    def _on_policies_saved(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Policies saved; they apply to claims filed from now on."), 8000
        )
        self.window.ops.changed(Change.SETTINGS)
