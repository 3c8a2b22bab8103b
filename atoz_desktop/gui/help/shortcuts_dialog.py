"""Help › Keyboard Shortcuts: every shortcut of the window, read from its actions, by menu.

The list is built from the QActions themselves (their text without the "&" of the mnemonic,
their shortcuts in the platform's notation), so it can never drift from the menus; it is built
again whenever an action changes, so a shortcut changed while the dialog is open shows at once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain_text(text: str) -> str:
    """A menu text as read: '&Find' -> 'Find', 'Fish && &Chips' -> 'Fish & Chips'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts in the platform's notation ('Ctrl+Shift+E'; '⇧⌘E' on macOS)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


@dataclass(frozen=True, slots=True)
class ShortcutEntry:
    menu: str
    text: str
    keys: str


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub, f"{path} › {plain_text(action.text())}")
        elif not action.isSeparator():
            yield path, action


def window_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """(menu, action) for every action of the window's menus, in menu order, then the window's
    own actions that no menu holds (menu '')."""
    found: list[tuple[str, QAction]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found.extend(_menu_actions(menu, plain_text(top.text())))
    seen = {id(action) for _menu, action in found}
    found.extend(("", a) for a in window.actions() if id(a) not in seen and not a.isSeparator())
    return found


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """The actions that have a shortcut, by menu in menu order, each once."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    for menu, action in window_actions(window):
        keys = shortcut_text(action)
        if keys and id(action) not in seen:
            seen.add(id(action))
            entries.append(ShortcutEntry(menu, plain_text(action.text()), keys))
    return entries


def _folded(text: str) -> str:
    """Lower case without accents: "evenement" finds "Événement"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class ShortcutsDialog(QDialog):
    """A filterable list of the window's shortcuts, grouped by menu."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.main_window = window
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setObjectName("shortcuts_dialog")
        self.search = QLineEdit()
        self.search.setObjectName("shortcut_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search an action or a key…"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcut_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.nothing = QLabel()
        self.nothing.setEnabled(False)
        self.nothing.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)
        self.resize(520, 560)

        # Changes come in bursts (a menu enables a dozen actions at once): rebuild once after.
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.search.textChanged.connect(self._filter)
        self._watched: set[int] = set()
        self.rebuild()

    def _watch(self) -> None:
        for _menu, action in window_actions(self.main_window):
            if id(action) not in self._watched:
                self._watched.add(id(action))
                action.changed.connect(self._rebuild_timer.start)

    def rebuild(self) -> None:
        """Read the actions again (their texts and shortcuts), keeping the search."""
        self._watch()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in shortcut_entries(self.main_window):
            group = groups.get(entry.menu)
            if group is None:
                group = QTreeWidgetItem([entry.menu or self.tr("Other")])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFirstColumnSpanned(False)
                self.tree.addTopLevelItem(group)
                groups[entry.menu] = group
            item = QTreeWidgetItem(group, [entry.text, entry.keys])
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{entry.text}: {entry.keys}")
        self.tree.expandAll()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = _folded(text.strip())
        shown = 0
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            in_group = needle in _folded(group.text(0))
            visible = 0
            for child_number in range(group.childCount()):
                child = group.child(child_number)
                hit = (
                    not needle
                    or in_group
                    or needle in _folded(child.text(0))
                    or needle in _folded(child.text(1))
                )
                child.setHidden(not hit)
                visible += hit
            group.setHidden(not visible)
            shown += visible
        self.nothing.setText(
            self.tr("No action or shortcut matches “{search}”.").format(search=text.strip())
        )
        self.nothing.setVisible(shown == 0)

    def visible_entries(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) of the rows shown (for tests)."""
        rows = []
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            if group.isHidden():
                continue
            for child_number in range(group.childCount()):
                child = group.child(child_number)
                if not child.isHidden():
                    rows.append((group.text(0), child.text(0), child.text(1)))
        return rows
