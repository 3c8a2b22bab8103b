"""The window in French, all of it: every menu and its entries, every dialog a menu entry opens
(the program's and Qt's own: message boxes, the file dialog, the print dialog), the context
menus and the panes, with their labels, buttons, tooltips, headers and placeholders. No English
word may remain (tests/english_words.py: a list of English words that are not French too, and
the proper nouns that stay). Dialogs are collected as they open, modal ones included (a timer
reads and closes them), so nothing is left waiting for a click."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from tests import fixtures_evidence as fx
from tests.english_words import english_words
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "405-1234567-1234567"
#: Menu entries left untriggered: they leave, switch the workspace, or only move the selection
#: (their own texts are still read).
SKIPPED = {"&Quitter", "Ouvrir la &démo", "Commencer mon propre espace"}


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _action_texts(action: QAction, where: str) -> list[tuple[str, str]]:
    found = [(where, action.text()), (where + " (bulle)", action.toolTip())]
    found.append((where + " (barre d’état)", action.statusTip()))
    if action.menu() is not None:
        found += _menu_texts(action.menu(), where)
    return found


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    found = [(where, menu.title())]
    for action in menu.actions():
        if not action.isSeparator():
            found += _action_texts(action, f"{where} › {_strip(action.text())}")
    return found


def _widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """What a user reads in `root` and its visible children (never the data they typed)."""
    where = type(root).__name__ + f" «{root.windowTitle()}»"
    found = [(where, root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = f"{where} {type(widget).__name__} {widget.objectName()}"
        found.append((name + " (bulle)", widget.toolTip()))
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((name, widget.placeholderText()))
            if isinstance(widget, QTextBrowser):
                found.append((name, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            found += _menu_texts(widget, name)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, top = widget.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # Qt's private model inside a QListWidget: its items are read below
                columns = 0
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found.append((name + " (en-tête)", str(header or "")))
            if columns and model.rowCount(top) < 30:  # the sidebar, a timeline; not the orders
                for row in range(model.rowCount(top)):
                    found.append((name, str(model.index(row, 0).data() or "")))
    return found


class Collector:
    """Reads and closes every dialog and popup menu that opens, modal ones included."""

    def __init__(self, main: QWidget) -> None:
        self.main = main
        self.texts: list[tuple[str, str]] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()

    def sweep(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            self.texts += _menu_texts(popup, "menu contextuel")
            self.seen.append(type(popup).__name__)
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is self.main or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            if widget.windowType() == Qt.WindowType.ToolTip:
                continue
            self.texts += _widget_texts(widget)
            self.seen.append(f"{type(widget).__name__} «{widget.windowTitle()}»")
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def stop(self) -> None:
        self.timer.stop()


def _all_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _all_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


@pytest.fixture
def claim_with_everything(workspace, tmp_path):
    from atoz_desktop.core.services.claims import add_event
    from atoz_desktop.core.services.evidence import add_evidence

    add_order(workspace, ORDER, tracking="6A12345678901")
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=10))
    add_event(workspace, pk, kind="message-in", at=NOW, text="Bonjour, où est mon colis ?",
              author="buyer")  # fmt: skip
    photo = tmp_path / "colis.jpg"
    photo.write_bytes(fx.jpeg())
    add_evidence(workspace, pk, [photo])
    return pk


def _english(texts: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    return [(where, text, words) for where, text in texts if (words := english_words(text))]


# The offscreen platform warns when the guide is raised and when a context menu takes the keys.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_every_menu_and_dialog_speaks_french(
    qtbot, french, make_window, claim_with_everything
) -> None:
    win = make_window(size=(1366, 768))
    win.open_claim(claim_with_everything)
    qtbot.wait(50)
    texts = _widget_texts(win)
    for action in win.menuBar().actions():
        texts += _menu_texts(action.menu(), _strip(action.text()))
    collector = Collector(win)
    try:
        triggered, clicked = [], []
        for menu_action in win.menuBar().actions():
            for action in _all_actions(menu_action.menu()):
                if action.text() in SKIPPED or not action.isEnabled():
                    continue
                if action.actionGroup() is not None:  # Settings › Language: tested on its own
                    continue
                win.open_claim(claim_with_everything)  # each entry from the claim's pane
                action.trigger()
                triggered.append(_strip(action.text()))
                qtbot.wait(60)
                collector.sweep()
        # Every button of the claim's pane (Change Status opens a menu, Dossier… a dialog).
        for button in win.claim_pane.findChildren(QAbstractButton):
            if button.isVisibleTo(win) and button.isEnabled() and button.text():
                win.open_claim(claim_with_everything)
                if not button.isVisible() or not button.isEnabled():
                    continue
                button.click()
                clicked.append(_strip(button.text()))
                qtbot.wait(60)
                collector.sweep()
        # The orders' context menu, the evidence strip's, and the panes of an order.
        win.sidebar.select_view("orders")
        win.select_row(0)
        texts += _widget_texts(win)
        rect = win.orders_view.visualRect(win.orders_model.index(0, 0))
        win.orders_view.customContextMenuRequested.emit(rect.center() + QPoint(1, 1))
        qtbot.wait(60)
        collector.sweep()
        win.open_claim(claim_with_everything)
        strip = win.claim_pane.evidence
        items = strip.model().items()
        assert items, "the claim's photo is on the strip"
        texts += _menu_texts(strip.context_menu(items[0]), "pièces")
        # Qt's own: the message box's standard buttons and the file dialog (not the system's).
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
        button = QMessageBox.StandardButton
        box.setStandardButtons(button.Save | button.Discard | button.Cancel | button.Yes
                               | button.No | button.Close)  # fmt: skip
        box.open()
        qtbot.wait(20)
        collector.sweep()
        dialog = QFileDialog(win)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.open()
        qtbot.wait(50)
        collector.sweep()
    finally:
        collector.stop()
    texts += collector.texts
    assert len(triggered) >= 15, triggered
    assert "Changer le statut" in clicked and "Dossier…" in clicked, clicked
    assert any("QFileDialog" in s for s in collector.seen), collector.seen
    assert sum("Dialog" in s or "MessageBox" in s for s in collector.seen) >= 10, collector.seen
    left = _english(texts)
    assert not left, "\n".join(f"{where}: {text!r} {words}" for where, text, words in left)
