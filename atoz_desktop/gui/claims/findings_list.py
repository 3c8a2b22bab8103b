"""The findings of a claim: one line each, with a coloured marker for its severity.

Strong, weak and informative points are the seller's defence (green, grey, blue); risks are
red. The text comes from the core already in the UI language and is shown as plain text.
General explanations (what the ODR is) come last, cut to one line with "more" to read them.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from atoz_desktop.core.rules.findings import Finding
from atoz_desktop.core.rules.triage import for_the_seller, is_general
from atoz_desktop.gui.common.labels import severity_label
from atoz_desktop.gui.common.widgets import plain_tooltip, value_label

SEVERITY_COLOURS = {
    "strong": "#2e7d32",
    "weak": "#757575",
    "info": "#1d5fa8",
    "risk": "#b3261e",
}
SEVERITY_MARKERS = {"strong": "✔", "weak": "•", "info": "ℹ", "risk": "⚠"}


class FindingRow(QWidget):
    """One finding; a general one (`collapsible`) shows a single elided line and a "more"
    button until it is expanded."""

    toggled = Signal()

    def __init__(
        self,
        finding: Finding,
        parent: QWidget | None = None,
        *,
        collapsible: bool = False,
        expanded: bool = False,
    ) -> None:
        super().__init__(parent)
        self.finding = finding
        self.collapsible = collapsible
        self.expanded = expanded or not collapsible
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 1, 0, 1)
        layout.setSpacing(6)
        colour = SEVERITY_COLOURS.get(finding.severity, "#757575")
        self.marker = QLabel(SEVERITY_MARKERS.get(finding.severity, "•"))
        self.marker.setTextFormat(Qt.TextFormat.PlainText)
        self.marker.setFixedWidth(self.marker.fontMetrics().horizontalAdvance("⚠") + 6)
        self.marker.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.marker.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.marker.setToolTip(severity_label(finding.severity))
        self.marker.setAccessibleName(severity_label(finding.severity))
        self.text = value_label(finding.text)
        self.text.setAccessibleName(finding.text)
        if finding.severity == "risk":
            self.text.setStyleSheet(f"color: {colour};")
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.more: QToolButton | None = None
        if collapsible:
            self.more = QToolButton()
            self.more.setObjectName("more")
            self.more.setAutoRaise(True)
            self.more.setCursor(Qt.CursorShape.PointingHandCursor)
            self.more.setStyleSheet("QToolButton { color: palette(link); border: none; }")
            self.more.clicked.connect(self.toggle)
            layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        self._show_state()

    def colour(self) -> str:
        return SEVERITY_COLOURS.get(self.finding.severity, "#757575")

    def toggle(self) -> None:
        self.expanded = not self.expanded
        self._show_state()
        self.toggled.emit()

    def _show_state(self) -> None:
        if self.more is None:
            return
        self.more.setText(self.tr("less") if self.expanded else self.tr("more"))
        self.more.setToolTip(
            self.tr("Show this explanation on one line")
            if self.expanded
            else self.tr("Read the whole explanation")
        )
        self.text.setWordWrap(self.expanded)
        self.text.setToolTip("" if self.expanded else plain_tooltip(self.finding.text))
        if self.expanded:
            self.text.setText(self.finding.text)

    def text_width(self, width: int) -> int:
        """The width left to the text in a row `width` wide."""
        layout = self.layout()
        margins = layout.contentsMargins()
        used = self.marker.width() + layout.spacing() + margins.left() + margins.right()
        if self.more is not None:
            used += self.more.sizeHint().width() + layout.spacing()
        return width - used

    def fit(self, width: int) -> None:
        """Wrap the text to `width` (a scroll area sizes its widget by size hints, which ignore
        word wrap, so long findings were cut), or elide it to one line while collapsed."""
        available = self.text_width(width)
        if available <= 0:
            return
        if self.expanded:
            self.text.setMinimumHeight(self.text.heightForWidth(available))
            return
        line = " ".join(self.finding.text.split())
        metrics = self.text.fontMetrics()
        self.text.setText(metrics.elidedText(line, Qt.TextElideMode.ElideRight, available))
        self.text.setMinimumHeight(metrics.height())
        self.text.setMinimumWidth(1)  # the one line never holds the pane at its width


class FindingsList(QWidget):
    """The findings in the seller's reading order (rules/triage.py): what to do first (for an
    FBA order, referring the claim to Amazon), then the defence points, general
    explanations last and collapsed."""

    # The height the findings need changed: other findings, an explanation expanded or
    # collapsed, a new width. Sent once the layout has taken the change in, so the height
    # read then is the new one. (Not "#:", which lupdate would give translators.)
    height_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.rows: list[FindingRow] = []
        self.empty = QLabel(self.tr("Nothing to point out yet."))
        self.empty.setEnabled(False)
        self.box.addWidget(self.empty)
        self._subject: Hashable = None
        self._expanded: set[str] = set()
        self._needed_height = -1
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(0)
        self._announce.timeout.connect(self._announce_height)

    def set_findings(self, findings: Sequence[Finding], subject: Hashable = None) -> None:
        """Show `findings`; the explanations the seller expanded stay open while the list shows
        the same `subject` (the claim), and close when it shows another."""
        if subject != self._subject:
            self._subject = subject
            self._expanded = set()
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for finding in for_the_seller(findings):
            general = is_general(finding)
            row = FindingRow(
                finding, self, collapsible=general, expanded=finding.code in self._expanded
            )
            row.toggled.connect(lambda r=row: self._on_toggled(r))
            self.box.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not self.rows)
        self._fit_heights()
        self._needed_height = -1  # other rows: tell the pane even if the height is the same
        self._announce.start()

    def _on_toggled(self, row: FindingRow) -> None:
        if row.expanded:
            self._expanded.add(row.finding.code)
        else:
            self._expanded.discard(row.finding.code)
        self._fit_heights()
        self._announce.start()

    def _announce_height(self) -> None:
        needed = self.minimumSizeHint().height()
        if needed != self._needed_height:
            self._needed_height = needed
            self.updateGeometry()  # the enclosing layout forgets the height it had cached
            self.height_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_heights()  # rewrapped: the height may change with the width
            self._announce.start()

    def _fit_heights(self) -> None:
        for row in self.rows:
            row.fit(self.width())
