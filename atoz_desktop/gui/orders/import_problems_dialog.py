"""A non-modal window listing the rows an import refused or skipped: file, line, column, problem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop.gui.common.widgets import plain_tooltip

if TYPE_CHECKING:  # the report reader: not needed before the first import
    from atoz_desktop.core.importers.amazon import RowProblem


class ProblemsDialog(QDialog):
    """Shown with `show()`; `skip_bad_requested` when the user asks to import the rest."""

    skip_bad_requested = Signal()

    def __init__(
        self,
        title: str,
        message: str,
        problems: Sequence[RowProblem],
        offer_skip: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)

        self.message = QLabel(message)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.table = QTreeWidget()
        self.table.setHeaderLabels(
            [self.tr("File"), self.tr("Line"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for problem in problems:
            item = QTreeWidgetItem(
                [problem.file, str(problem.line), problem.column, problem.problem]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(3, plain_tooltip(problem.problem))
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.table.setVisible(bool(problems))
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.skip_button: QPushButton | None = None
        if offer_skip and problems:
            self.skip_button = buttons.addButton(
                self.tr("Import the Rest, Skipping These Rows"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.skip_button.clicked.connect(self._on_skip)
        layout.addWidget(buttons)
        if problems:
            self.resize(760, 420)  # room for the table of rows
        else:  # one line (a wrong kind of file): a box sized to its words, not an empty table
            self.message.setMinimumWidth(min(420, self.message.sizeHint().width()))
            self.adjustSize()

    def _on_skip(self) -> None:
        self.accept()
        self.skip_bad_requested.emit()

    def problem_count(self) -> int:
        return self.table.topLevelItemCount()
