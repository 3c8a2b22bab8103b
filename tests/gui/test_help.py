"""Help menu: the keyboard shortcuts read from the window's actions, and the user guide."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from atoz_desktop import resources_dir
from atoz_desktop.core.rules.findings import CODES
from atoz_desktop.gui.help import guide_dialog
from atoz_desktop.gui.help.guide_dialog import GUIDE_LANGS, GuideDialog, guide_path
from atoz_desktop.gui.help.shortcuts_dialog import (
    ShortcutsDialog,
    plain_text,
    shortcut_entries,
    window_actions,
)


def _menu_texts(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _help_menu(window):
    return window.menuBar().actions()[-1].menu()


def test_the_help_menu_offers_the_guide_the_shortcuts_and_about(window) -> None:
    texts = [a.text() for a in _help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["&User Guide", "&Keyboard Shortcuts", "&About A-to-Z Desk"]
    actions = window.help_actions
    assert actions.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert actions.shortcuts_action.shortcut() == QKeySequence("Ctrl+/")


def test_plain_text_drops_the_mnemonic_and_keeps_a_real_ampersand() -> None:
    assert plain_text("&Find") == "Find"
    assert plain_text("Fish && &Chips") == "Fish & Chips"


def test_the_shortcuts_are_those_of_the_actions_by_menu(qtbot, window) -> None:
    dialog = window.help_actions.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    rows = dialog.visible_entries()
    with_keys = [a for _m, a in window_actions(window) if not a.shortcut().isEmpty()]
    assert len(rows) == len(with_keys) == len(shortcut_entries(window))
    assert ("File", "Import Orders…", "Ctrl+I") in rows
    assert ("Edit", "Find", "Ctrl+F") in rows
    assert ("Claims", "Export Response Dossier…", "Ctrl+Shift+E") in rows
    assert ("Help", "User Guide", "F1") in rows
    assert not any("&" in text for _menu, text, _keys in rows)
    menus = list(dict.fromkeys(menu for menu, _t, _k in rows))
    bar = [plain_text(t) for t in _menu_texts(window)]
    assert menus == [m for m in bar if m in menus]  # grouped in the menu bar's order
    # Asked again, the same dialog comes back.
    assert window.help_actions.show_shortcuts() is dialog


def test_the_search_filters_by_action_menu_or_key(qtbot, window) -> None:
    dialog = window.help_actions.show_shortcuts()
    dialog.search.setText("dossier")
    texts = {text for _m, text, _k in dialog.visible_entries()}
    assert texts and all("dossier" in text.lower() for text in texts)
    dialog.search.setText("ctrl+i")
    assert [(m, t) for m, t, _k in dialog.visible_entries()] == [("File", "Import Orders…")]
    dialog.search.setText("view")
    assert {m for m, _t, _k in dialog.visible_entries()} == {"View"}
    assert not dialog.nothing.isVisibleTo(dialog)
    dialog.search.setText("nothing like this")
    assert dialog.visible_entries() == []
    assert dialog.nothing.isVisibleTo(dialog)
    assert "nothing like this" in dialog.nothing.text()


def test_a_changed_shortcut_shows_at_once(qtbot, window) -> None:
    dialog = window.help_actions.show_shortcuts()
    window.find_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    qtbot.waitUntil(lambda: ("Edit", "Find", "Ctrl+Alt+K") in dialog.visible_entries())
    window.find_action.setShortcut(QKeySequence())
    qtbot.waitUntil(lambda: all(t != "Find" for _m, t, _k in dialog.visible_entries()))


def test_the_french_shortcuts_speak_french_and_ignore_accents(qtbot, french, make_window):
    window = make_window()
    dialog = window.help_actions.show_shortcuts()
    assert dialog.windowTitle() == "Raccourcis clavier"
    rows = dialog.visible_entries()
    assert ("Fichier", "Importer des commandes…", "Ctrl+I") in rows
    assert ("Aide", "Guide d’utilisation", "F1") in rows
    dialog.search.setText("evenement")
    found = [t for _m, t, _k in dialog.visible_entries()]
    assert "Ajouter un événement…" in found and all("événement" in t for t in found)


# The guide ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", GUIDE_LANGS)
def test_the_guide_is_shipped_in_resources(lang: str) -> None:
    path = guide_path(lang)
    assert path == resources_dir() / "help" / f"guide_{lang}.html" and path.is_file()


@pytest.mark.parametrize("lang", GUIDE_LANGS)
def test_the_guide_explains_every_finding(lang: str) -> None:
    html = guide_path(lang).read_text(encoding="utf-8")
    missing = [code for code in CODES if f'id="finding-{code}"' not in html]
    assert not missing, f"guide_{lang}.html does not explain {missing}"
    for section in ("morning", "claim", "findings", "answer", "appeal", "keys"):
        assert f'href="#{section}"' in html and f'name="{section}"' in html


def test_the_guide_has_no_web_link_nor_remote_resource() -> None:
    for lang in GUIDE_LANGS:
        html = guide_path(lang).read_text(encoding="utf-8")
        assert not re.search(r"(href|src)=\"(?!#)", html), lang


def test_the_french_guide_is_whole_and_typeset(qtbot, french) -> None:
    dialog = GuideDialog(lang="fr")
    qtbot.addWidget(dialog)
    text = dialog.browser.document().toRawText()  # toPlainText() makes no-break spaces plain
    assert "La routine du matin" in text and "Faire un recours" in text
    assert not re.search(r" [:;?!»]|« ", text)  # a no-break space, never a plain one
    assert dialog.windowTitle() == "Guide d’utilisation d’A-to-Z Desk"


def test_f1_opens_the_guide_in_the_ui_language(qtbot, window) -> None:
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_actions.guide
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    assert dialog.path.name == "guide_en.html"
    assert "The morning routine" in dialog.browser.toPlainText()
    assert window.help_actions.show_guide() is dialog


def test_the_french_window_opens_the_french_guide(qtbot, french, make_window) -> None:
    window = make_window()
    dialog = window.help_actions.show_guide()
    assert dialog.path.name == "guide_fr.html"
    assert "Ce que signifie chaque constat" in dialog.browser.toPlainText()


def test_links_stay_in_the_guide_and_the_web_opens_outside(qtbot, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(guide_dialog.QDesktopServices, "openUrl", opened.append)
    dialog = GuideDialog(lang="en")
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    source = dialog.browser.source()
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.browser.anchorClicked.emit(QUrl("#appeal"))
    assert bar.value() > 0
    dialog.browser.anchorClicked.emit(QUrl("https://sellercentral.amazon.fr/"))
    dialog.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == [QUrl("https://sellercentral.amazon.fr/")]
    assert dialog.browser.source() == source


def test_find_in_the_guide(qtbot) -> None:
    dialog = GuideDialog(lang="en")
    qtbot.addWidget(dialog)
    dialog.find_edit.setText("Order Defect Rate")
    assert dialog.find_next(from_start=True)
    assert dialog.browser.textCursor().selectedText() == "Order Defect Rate"
    assert dialog.find_next() and dialog.find_previous()
    dialog.find_edit.setText("no such words here")
    assert not dialog.find_next(from_start=True)
    assert dialog.not_found.text() == "Not found"
