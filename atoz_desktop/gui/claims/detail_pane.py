"""The right-hand pane for a claim: header, actions, findings and the timeline.

The pane only shows a `ClaimView` and asks for changes by signal; the window runs them through
its undo stack (claims/actions.py) and shows the claim again after `workspace_changed`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.core.rules.deadlines import countdown
from atoz_desktop.core.rules.status import seller_deadline
from atoz_desktop.core.services.claims import ClaimView, EventView
from atoz_desktop.gui.claims.findings_list import FindingsList
from atoz_desktop.gui.claims.timeline import TimelineView
from atoz_desktop.gui.common.flow_layout import FlowLayout
from atoz_desktop.gui.common.formatting import format_amount, format_date, format_datetime, ui_lang
from atoz_desktop.gui.common.labels import channel_label, reason_label, status_label
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.widgets import (
    Chip,
    heading_label,
    local_paths,
    section_title,
    value_label,
)
from atoz_desktop.gui.evidence.strip import EvidenceStrip

#: Header countdown colours: amber under 24 h, red once overdue.
SOON_COLOUR = "#8a5a00"
OVERDUE_COLOUR = "#a4000f"


class ClaimDetailPane(QWidget):
    """Shows one claim. Signals ask the window for changes; `order_requested(order_id)` when
    the user follows the order link."""

    order_requested = Signal(str)
    status_requested = Signal(str)
    add_event_requested = Signal()
    compose_requested = Signal()
    dossier_requested = Signal()
    edit_event_requested = Signal(object)
    delete_event_requested = Signal(object)
    #: Files or folders dropped on the pane (event pk None) or on one timeline entry.
    files_dropped = Signal(list, object)
    add_evidence_requested = Signal()
    #: A claim is shown (its pk): the evidence strip reloads.
    claim_shown = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, now: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.now = now or (lambda: datetime.now(UTC))
        self.claim: ClaimView | None = None
        self.deadline_level = ""  # "ok", "soon", "overdue" or "" when nothing counts down

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = heading_label()
        self.status_chip = Chip()
        top.addWidget(self.title, 1)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        # The first line under the header says what to do now (rules/triage.py).
        self.next_step = QLabel()
        self.next_step.setObjectName("claim_next_step")
        self.next_step.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step.setWordWrap(True)
        font = self.next_step.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.next_step.setFont(font)
        layout.addWidget(self.next_step)

        self.deadline = QLabel()
        self.deadline.setObjectName("claim_deadline")
        self.deadline.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline.setWordWrap(True)
        font = self.deadline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.deadline.setFont(font)
        layout.addWidget(self.deadline)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(2)
        self.amount = value_label()
        self.order_link = QLabel()
        self.order_link.setTextFormat(Qt.TextFormat.RichText)
        self.order_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.order_link.linkActivated.connect(self._on_link)
        self.buyer = value_label()
        self.filed = value_label()
        self.channel = value_label()
        self.latest_delivery = value_label()
        form.addRow(self.tr("Amount claimed:"), self.amount)
        form.addRow(self.tr("Order:"), self.order_link)
        form.addRow(self.tr("Buyer:"), self.buyer)
        form.addRow(self.tr("Filed:"), self.filed)
        form.addRow(self.tr("Latest delivery:"), self.latest_delivery)
        form.addRow(self.tr("Channel:"), self.channel)
        layout.addLayout(form)
        self.form = form

        actions = FlowLayout()  # wraps on a narrow pane instead of widening it
        self.status_button = QToolButton()
        self.status_button.setObjectName("status_button")
        self.status_button.setText(self.tr("Change Status"))
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.status_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.add_event_button = QPushButton(icon("add-event"), self.tr("Add Event…"))
        self.add_event_button.clicked.connect(self.add_event_requested)
        self.compose_button = QPushButton(icon("message"), self.tr("Message to Buyer…"))
        self.compose_button.clicked.connect(self.compose_requested)
        self.dossier_button = QPushButton(icon("dossier"), self.tr("Dossier…"))
        self.dossier_button.setObjectName("dossier_button")
        self.dossier_button.setToolTip(
            self.tr("The PDF dossier and the text for Amazon: preview, print, save (Ctrl+Shift+E)")
        )
        self.dossier_button.clicked.connect(self.dossier_requested)
        actions.addWidget(self.status_button)
        actions.addWidget(self.add_event_button)
        actions.addWidget(self.compose_button)
        actions.addWidget(self.dossier_button)
        layout.addLayout(actions)

        self.findings = FindingsList()
        self.findings.height_changed.connect(self._fit_sections)
        findings_scroll = QScrollArea()
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        findings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        findings_body = QWidget()
        findings_layout = QVBoxLayout(findings_body)
        findings_layout.setContentsMargins(0, 0, 4, 0)
        # Without this the scroll area squeezes the body below its minimum height and cuts the
        # wrapped findings instead of scrolling.
        findings_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        findings_layout.addWidget(section_title(self.tr("Findings")))
        findings_layout.addWidget(self.findings)
        findings_layout.addStretch(1)
        findings_scroll.setWidget(findings_body)
        findings_scroll.setMinimumHeight(90)

        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(2)
        self.timeline_title = section_title(self.tr("Timeline"))
        timeline_layout.addWidget(self.timeline_title)
        self.timeline = TimelineView()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setToolTip(
            self.tr("Enter edits an entry, Delete removes it, Space shows its whole text")
        )
        self.timeline.edit_requested.connect(self.edit_event_requested)
        self.timeline.delete_requested.connect(self.delete_event_requested)
        self.timeline.files_dropped.connect(self._on_timeline_drop)
        timeline_layout.addWidget(self.timeline, 1)

        evidence_box = QWidget()
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.setSpacing(2)
        evidence_top = QHBoxLayout()
        self.evidence_title = section_title(self.tr("Evidence"))
        evidence_top.addWidget(self.evidence_title, 1)
        self.add_evidence_button = QPushButton(icon("add-evidence"), self.tr("Add Evidence…"))
        self.add_evidence_button.setObjectName("add_evidence_button")
        self.add_evidence_button.clicked.connect(self.add_evidence_requested)
        evidence_top.addWidget(self.add_evidence_button, 0, Qt.AlignmentFlag.AlignBottom)
        evidence_layout.addLayout(evidence_top)
        self.evidence = EvidenceStrip()
        self.evidence.setObjectName("evidence_strip")
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setToolTip(
            self.tr("Enter opens an item, Delete removes it; right-click for more")
        )
        self.evidence.set_empty_text(
            self.tr(
                "No evidence yet — drop carrier receipts, photos or e-mails anywhere on this "
                "claim, or paste a screenshot (Ctrl+V)."
            )
        )
        self.evidence.files_dropped.connect(lambda paths: self.files_dropped.emit(paths, None))
        evidence_layout.addWidget(self.evidence)
        # An empty strip only shows its hint: a few lines, not a row of thumbnails' height.
        self._strip_height = (self.evidence.minimumHeight(), self.evidence.maximumHeight())
        self._empty_strip_height = self.evidence.fontMetrics().lineSpacing() * 3 + 12
        self.findings_scroll = findings_scroll
        self.evidence_box = evidence_box

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(findings_scroll)
        self.splitter.addWidget(timeline_box)
        self.splitter.addWidget(evidence_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([160, 220, 180])
        layout.addWidget(self.splitter, 1)
        self.setAcceptDrops(True)

        QWidget.setTabOrder(self.status_button, self.add_event_button)
        QWidget.setTabOrder(self.add_event_button, self.compose_button)
        QWidget.setTabOrder(self.compose_button, self.dossier_button)
        QWidget.setTabOrder(self.dossier_button, self.timeline)
        QWidget.setTabOrder(self.timeline, self.add_evidence_button)
        QWidget.setTabOrder(self.add_evidence_button, self.evidence)
        self.setFocusProxy(self.timeline)

    # Drops anywhere on the pane belong to the claim; on a timeline entry, to that event.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.claim is not None and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.claim is not None and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData()) if self.claim is not None else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths, None)

    def _on_timeline_drop(self, paths: list[str], event: EventView | None) -> None:
        if self.claim is None:
            return
        # Entries taken from the order are not stored events: the files go to the claim.
        self.files_dropped.emit(paths, event.pk if event is not None else None)

    def _on_link(self, _link: str) -> None:
        if self.claim is not None:
            self.order_requested.emit(self.claim.order_id)

    def show_claim(self, claim: ClaimView | None) -> None:
        previous = self.claim.pk if self.claim is not None else None
        self.claim = claim
        if claim is None:
            return
        self.title.setText(reason_label(claim.reason))
        self.status_chip.set_status(claim.status, status_label(claim.status))
        step = claim.next_step
        self.next_step.setText(step.text if step is not None else "")
        self.next_step.setVisible(step is not None)
        self.next_step.setStyleSheet(
            f"color: {OVERDUE_COLOUR};" if step is not None and step.code == "overdue" else ""
        )
        self.refresh_deadline()
        self.amount.setText(format_amount(claim.amount, claim.currency))
        self.order_link.setText(f'<a href="order">{html.escape(claim.order_id)}</a>')
        self.order_link.setToolTip(self.tr("Show this order"))
        self.buyer.setText(claim.buyer or "")
        self.form.setRowVisible(self.buyer, bool(claim.buyer))
        self.filed.setText(format_datetime(claim.filed_at))
        self.latest_delivery.setText(format_date(claim.latest_delivery))
        self.form.setRowVisible(self.latest_delivery, claim.latest_delivery is not None)
        self.channel.setText(channel_label(claim.channel))
        self._fill_status_menu(claim)
        self.findings.set_findings(claim.findings, subject=claim.pk)
        self._fit_sections()
        current = self.timeline.current_event()
        self.timeline.timeline.set_events(claim.timeline)
        if previous == claim.pk and current is not None and current.pk is not None:
            row = self.timeline.timeline.row_of(current.pk)
            if row >= 0:
                self.timeline.setCurrentIndex(self.timeline.timeline.index(row, 0))
        self.claim_shown.emit(claim.pk)

    def set_evidence_count(self, count: int) -> None:
        self.evidence_title.setText(
            self.tr("Evidence ({count})").format(count=count) if count else self.tr("Evidence")
        )
        self._evidence_count = count
        if count:
            self.evidence.setMinimumHeight(self._strip_height[0])
            self.evidence.setMaximumHeight(self._strip_height[1])
        else:
            self._empty_strip_height = self._empty_strip_fit()
            self.evidence.setFixedHeight(self._empty_strip_height)
        self._fit_sections()

    def _empty_strip_fit(self) -> int:
        """The empty strip's height: its hint wrapped at the strip's width (four lines in
        French on a narrow pane, where three cut the last one off), at least three lines."""
        strip = self.evidence
        metrics = strip.fontMetrics()
        frame = 2 * strip.frameWidth()
        width = max(strip.width() - frame - 32, 80)  # the hint's margins (EvidenceStrip)
        text = metrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), strip._empty_text
        ).height()
        return max(metrics.lineSpacing() * 3 + 12, text + 16 + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not getattr(self, "_evidence_count", 0):
            fit = self._empty_strip_fit()
            if fit != self._empty_strip_height:
                self._empty_strip_height = fit
                self.evidence.setFixedHeight(fit)

    def _fit_sections(self) -> None:
        """Give the findings the height their text needs (up to half the pane), the evidence
        its strip's, and the timeline the rest."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        evidence = self.evidence_box.sizeHint().height()
        body = self.findings_scroll.widget()
        findings = body.minimumSizeHint().height() + 4 if body is not None else sizes[0]
        findings = max(self.findings_scroll.minimumHeight(), min(findings, total // 2))
        self.splitter.setSizes([findings, max(total - findings - evidence, 80), evidence])

    def _fill_status_menu(self, claim: ClaimView) -> None:
        self.status_menu.clear()
        for status in claim.allowed_moves:
            action = QAction(status_label(status), self.status_menu)
            action.setData(status)
            action.triggered.connect(lambda _=False, s=status: self.status_requested.emit(s))
            self.status_menu.addAction(action)
        self.status_button.setEnabled(bool(claim.allowed_moves))
        self.status_button.setToolTip(
            self.tr("Record Amazon's or the buyer's move on this claim")
            if claim.allowed_moves
            else self.tr("This claim is closed: no further status")
        )

    def offered_moves(self) -> list[str]:
        """The statuses the status menu offers (for tests and the Claims menu)."""
        return [str(a.data()) for a in self.status_menu.actions()]

    def refresh_deadline(self) -> None:
        claim = self.claim
        if claim is None:
            return
        can_appeal = claim.policy.appeal_window is not None
        which = seller_deadline(claim.status, can_appeal=can_appeal)
        due = {"response": claim.response_due, "appeal": claim.appeal_due}.get(which or "")
        if due is None:
            self.deadline_level = ""
            self.deadline.setText("")
            self.deadline.setVisible(False)
            return
        left = countdown(due, self.now())
        self.deadline_level = left.level
        span = left.text(ui_lang())
        when = format_datetime(due)
        if which == "appeal":
            text = self.tr("Appeal by {when} ({countdown})")
        else:
            text = self.tr("Respond by {when} ({countdown})")
        if left.level == "overdue":
            style = f"color: {OVERDUE_COLOUR}; font-weight: bold;"
        elif left.level == "soon":
            style = f"color: {SOON_COLOUR}; font-weight: bold;"
        else:
            style = ""
        self.deadline.setText(text.format(when=when, countdown=span))
        self.deadline.setStyleSheet(style)
        self.deadline.setVisible(True)

    def current_event(self) -> EventView | None:
        return self.timeline.current_event()
