"""Settings › Policies…: the deadlines and windows of each channel, and the seller's time zone.

Saving adds a policy version in force from now (core/services/policies.py): a claim keeps the
deadlines of the policy in force when it was filed, so editing never moves a running deadline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.claims import CHANNELS
from atoz_desktop.core.rules.policy import UNITS, Duration, Policy
from atoz_desktop.core.services.policies import (
    DURATION_FIELDS,
    current_policy,
    edited_policy,
    save_policy,
    set_workspace_timezone,
    workspace_timezone,
)
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.gui.common.labels import channel_label, policy_field_label, unit_label
from atoz_desktop.gui.common.ops import Failed, Ops
from atoz_desktop.gui.common.widgets import error_label

#: Durations a policy may leave unset (Amazon Pay has no claim window and no appeal).
OPTIONAL_FIELDS = frozenset({"claim_window", "non_receipt_after_order", "appeal_window"})
#: Shown in the dialog; the ODR window goes with the ODR target, which is not edited here.
EDITED_FIELDS = tuple(f for f in DURATION_FIELDS if f != "odr_window")
NONE = "none"


class DurationEdit(QWidget):
    """An amount and a unit (hours, calendar days, business days), or none if optional."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox()
        self.amount.setRange(0, 9999)
        self.unit = QComboBox()
        for unit in UNITS:
            self.unit.addItem(unit_label(unit), unit)
        if optional:
            self.unit.addItem(self.tr("none"), NONE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit, 1)
        self.unit.currentIndexChanged.connect(self._on_unit)
        self.setFocusProxy(self.amount)

    def _on_unit(self, *_args: object) -> None:
        self.amount.setEnabled(self.unit.currentData() != NONE)

    def set_duration(self, duration: Duration | None) -> None:
        if duration is None:
            self.unit.setCurrentIndex(self.unit.findData(NONE))
        else:
            self.amount.setValue(duration.amount)
            self.unit.setCurrentIndex(self.unit.findData(duration.unit))
        self._on_unit()

    def duration(self) -> Duration | None:
        unit = self.unit.currentData()
        return None if unit == NONE else Duration(self.amount.value(), unit)


class PoliciesDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        workspace: Workspace,
        ops: Ops,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = ops
        self.now = now or (lambda: datetime.now(UTC))
        self.setWindowTitle(self.tr("Policies"))
        self.policies: dict[str, Policy] = {}
        self.edits: dict[str, dict[str, DurationEdit]] = {}

        explanation = QLabel(
            self.tr(
                "The deadlines Amazon gives sellers. Amazon's own pages disagree on some of "
                "them, so check yours in Seller Central. Saving starts a new version from now: "
                "claims already filed keep the deadlines they were filed under."
            )
        )
        explanation.setWordWrap(True)
        self.tabs = QTabWidget()
        for channel in CHANNELS:
            policy = current_policy(workspace, channel, self.now())
            self.policies[channel] = policy
            page = QWidget()
            form = QFormLayout(page)
            self.edits[channel] = {}
            for name in EDITED_FIELDS:
                edit = DurationEdit(optional=name in OPTIONAL_FIELDS)
                edit.set_duration(getattr(policy, name))
                form.addRow(policy_field_label(name) + ":", edit)
                self.edits[channel][name] = edit
            self.tabs.addTab(page, channel_label(channel))

        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(str(workspace_timezone(workspace)))
        tz_form = QFormLayout()
        tz_form.addRow(self.tr("Your &time zone (days count in it):"), self.timezone)

        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(tz_form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def edit(self, channel: str, name: str) -> DurationEdit:
        return self.edits[channel][name]

    def changes(self, channel: str) -> dict[str, str | None]:
        """The fields of `channel` that differ from its policy in force, as edited_policy
        takes them."""
        policy = self.policies[channel]
        changed: dict[str, str | None] = {}
        for name, edit in self.edits[channel].items():
            value = edit.duration()
            if value != getattr(policy, name):
                changed[name] = None if value is None else str(value)
        return changed

    def accept(self) -> None:
        zone = self.timezone.currentText().strip()
        try:
            if zone != str(workspace_timezone(self.workspace)):
                done = self.ops.attempt(
                    set_workspace_timezone, self.workspace, zone, in_place=(ValueError,)
                )
                if isinstance(done, Failed):
                    return
        except ValueError:
            self.error.setText(self.tr("“{zone}” is not a time zone.").format(zone=zone))
            self.error.show()
            self.timezone.setFocus()
            return
        now = self.now()
        edited = [
            edited_policy(self.policies[channel], changed, now)
            for channel in CHANNELS
            if (changed := self.changes(channel))
        ]
        if edited and isinstance(self.ops.attempt(self._save, edited), Failed):
            return
        self.saved.emit()
        super().accept()

    def _save(self, edited: list[Policy]) -> None:
        for policy in edited:
            save_policy(self.workspace, policy)
