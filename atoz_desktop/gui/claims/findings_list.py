"""The findings of a claim: one line each, with a coloured marker for its severity.

Strong, weak and informative points are the seller's defence (green, grey, blue); risks are
red. The text comes from the core already in the UI language and is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from atoz_desktop.core.rules.findings import Finding
from atoz_desktop.core.rules.triage import for_the_seller
from atoz_desktop.gui.common.labels import severity_label
from atoz_desktop.gui.common.widgets import value_label

SEVERITY_COLOURS = {
    "strong": "#2e7d32",
    "weak": "#757575",
    "info": "#1d5fa8",
    "risk": "#b3261e",
}
SEVERITY_MARKERS = {"strong": "✔", "weak": "•", "info": "ℹ", "risk": "⚠"}


class FindingRow(QWidget):
    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
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
        if finding.severity == "risk":
            self.text.setStyleSheet(f"color: {colour};")
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def colour(self) -> str:
        return SEVERITY_COLOURS.get(self.finding.severity, "#757575")


class FindingsList(QWidget):
    """The findings in the seller's reading order (rules/triage.py): what to do first (for an
    FBA order, referring the claim to Amazon), then the defence points, general
    explanations last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)
        self.rows: list[FindingRow] = []
        self.empty = QLabel(self.tr("Nothing to point out yet."))
        self.empty.setEnabled(False)
        self.box.addWidget(self.empty)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        ordered = for_the_seller(findings)
        for finding in ordered:
            row = FindingRow(finding, self)
            self.box.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not self.rows)
        self._fit_heights()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Give each wrapped text the height its width needs. A scroll area sizes its widget by
        size hints, which ignore word wrap, so long findings were cut to their first lines."""
        for row in self.rows:
            margins = row.layout().contentsMargins()
            width = (
                self.width() - row.marker.width() - row.layout().spacing()
                - margins.left() - margins.right()
            )  # fmt: skip
            if width > 0:
                row.text.setMinimumHeight(row.text.heightForWidth(width))
