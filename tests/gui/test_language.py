"""Settings › Language: the system's language by default, French or English when chosen,
stored in the settings and applied at the next start; and what a C/POSIX locale shows."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from atoz_desktop.core import i18n
from atoz_desktop.gui.common import formatting
from atoz_desktop.gui.common.language import (
    LANGUAGE_KEY,
    apply_language,
    language_choice,
    system_language,
    ui_locale,
)

FR = QLocale(QLocale.Language.French, QLocale.Country.France)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", FR, "fr_FR"),
        ("system", US, "en_US"),
        ("system", QLocale.c(), "C"),
        ("system", DE, "de_DE"),  # formats German; the words are English (no catalogue)
        ("fr", US, "fr_FR"),
        ("fr", QLocale(QLocale.Language.French, QLocale.Country.Canada), "fr_CA"),
        ("en", FR, "en_GB"),
        ("en", US, "en_US"),  # an English system keeps its own formats
        ("en", QLocale.c(), "en_GB"),
    ],
)
def test_the_locale_follows_the_choice(choice, system, expected) -> None:
    assert ui_locale(choice, system).name() == expected


def test_system_language_is_french_only_for_french() -> None:
    assert system_language(FR) == "fr"
    assert [system_language(x) for x in (US, DE, QLocale.c())] == ["en"] * 3


def test_the_choice_is_stored_and_said_to_apply_at_the_next_start(qtbot, settings) -> None:
    from PySide6.QtWidgets import QWidget

    from atoz_desktop.gui.common.language_menu import LanguageMenu

    assert language_choice(settings) == "system"
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = LanguageMenu(parent, settings)
    texts = [a.text() for a in menu.menu.actions()]
    assert texts[1:] == ["Français", "English"]
    assert texts[0].startswith("System (") and menu.actions["system"].isChecked()
    box = menu.choose("fr")
    assert box is not None and "starts again" in box.text()
    box.close()
    assert settings.value(LANGUAGE_KEY) == "fr" and language_choice(settings) == "fr"
    assert menu.actions["fr"].isChecked() and not menu.actions["system"].isChecked()
    assert menu.choose("fr") is None  # nothing changes: nothing to say
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert language_choice(settings) == "system"


def test_french_chosen_on_an_english_system_loads_the_french_catalogues(qapp, settings):
    settings.setValue(LANGUAGE_KEY, "fr")
    before = i18n.language()
    translators = apply_language(qapp, settings)
    try:
        names = sorted(t.filePath().rsplit("/", 1)[-1] for t in translators)
        expected = ["atoz_desktop_en.qm", "atoz_desktop_fr.qm", "qt_missing_fr.qm", "qtbase_fr.qm"]
        assert names == expected
        assert QLocale().language() == QLocale.Language.French
        assert i18n.language() == "fr"
        quit_text = QCoreApplication.translate("MainWindow", "&Quit")
        assert quit_text != "&Quit"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.set_language(before)


def test_a_german_system_gets_no_german_buttons_in_the_english_window(qapp) -> None:
    from atoz_desktop.gui.common.language import install_translators

    translators = install_translators(qapp, DE)
    try:
        assert [t.filePath().rsplit("/", 1)[-1] for t in translators] == ["atoz_desktop_en.qm"]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_c_locale_shows_unambiguous_dates_and_british_amounts() -> None:
    formatting.set_display_zone(ZoneInfo("Europe/Paris"))
    when = datetime(2026, 12, 1, 13, 5, tzinfo=UTC)
    c = QLocale.c()
    assert formatting.format_date(when, c) == "1 Dec 2026"
    assert formatting.format_datetime(when, c) == "1 Dec 2026 14:05"
    assert formatting.format_amount(Decimal("1234.5"), "EUR", c) == "€1,234.50"
    assert formatting.parse_amount("1,234.50", c) == Decimal("1234.50")
    fr = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert formatting.format_datetime(datetime(2026, 11, 22, 13, 5, tzinfo=UTC), fr) == (
        "22/11/2026 14:05"
    )
    assert formatting.format_amount(Decimal("12.5"), "EUR", fr) == "12,50\u00a0€"


def test_self_check_names_what_is_missing(qapp, monkeypatch, tmp_path, settings) -> None:
    """The self-check fails, naming the check, when the icons are not there."""
    from atoz_desktop.gui import selfcheck
    from atoz_desktop.gui.common import resources

    monkeypatch.setattr(selfcheck, "resources_dir", lambda: tmp_path)
    resources.icon.cache_clear()
    settings.setValue(LANGUAGE_KEY, "fr")
    before = (QLocale().name(), i18n.language(), QCoreApplication.translate("MainWindow", "&Quit"))
    checks = {c.key: c for c in selfcheck.run_checks(str(tmp_path / "w.sqlite3"), settings)}
    assert "atoz_desktop_fr.qm" in checks["translations"].detail
    after = (QLocale().name(), i18n.language(), QCoreApplication.translate("MainWindow", "&Quit"))
    assert after == before  # the language is put back
    assert not checks["icons"].ok
    others = [c for key, c in checks.items() if key != "icons"]
    assert all(c.ok for c in others), others


def test_a_stored_french_choice_starts_the_window_in_french(qapp, settings, tmp_path, monkeypatch):
    """run() applies the choice before the first widget: the menus are French on an English
    system, and the core's messages too."""
    from PySide6.QtWidgets import QApplication

    from atoz_desktop.gui import app
    from tests.gui.starting import opened_window

    settings.setValue(LANGUAGE_KEY, "fr")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    monkeypatch.setattr(app, "warm_up", lambda: None)
    installed: list = []
    real_apply = app.apply_language
    monkeypatch.setattr(app, "apply_language", lambda a, s: installed.extend(real_apply(a, s)))
    menus: list[str] = []

    def exec_(qapp: QApplication) -> int:
        window = opened_window(qapp)
        menus.extend(a.text() for a in window.menuBar().actions())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    before = i18n.language()
    try:
        assert app.run(str(tmp_path / "w.sqlite3"), [], settings=settings) == 0
        assert menus[:2] == ["&Fichier", "É&dition"], menus
        assert i18n.language() == "fr"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.set_language(before)


def test_an_english_window_on_a_c_locale_never_shows_1_12_2026(make_window, workspace):
    """The order pane and the list, on a C/POSIX system (QLocale's C writes '1 12 2026')."""
    from tests.gui.conftest import add_order

    QLocale.setDefault(QLocale.c())  # the autouse english_locale fixture puts it back
    add_order(workspace, "402-0000000-0000001", purchased=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    win = make_window(size=(1366, 768))
    win.sidebar.select_view("orders")
    win.select_row(0)
    assert win.order_pane.purchased.text() == "1 Dec 2026 10:00"  # Europe/Paris
    column = [c.key for c in win.orders_model.columns].index("purchase_date")
    assert win.orders_model.index(0, column).data() == "1 Dec 2026 10:00"
    column = [c.key for c in win.orders_model.columns].index("total")
    assert win.orders_model.index(0, column).data() == "€39.90"


def test_self_check_says_text_recognition_is_missing_without_failing(qapp, monkeypatch):
    """Tesseract is a system program installed apart: its absence is said, not a failure."""
    from atoz_desktop.core.receipts import ocr
    from atoz_desktop.gui import selfcheck

    if ocr.engine() is not None:
        check = selfcheck._ocr(selfcheck.probe_pdf())
        assert check.ok and check.detail.startswith("Tesseract ") and "done" in check.detail
    monkeypatch.setattr(ocr, "find_tesseract", lambda: None)
    check = selfcheck._ocr(selfcheck.probe_pdf())
    assert check.ok and "not installed" in check.detail


def test_big_counts_are_grouped_as_the_language_writes_them(qapp, settings) -> None:
    """A seller with years of orders reads "749 852 commandes", not "749852"."""
    from atoz_desktop.gui.common.sidebar import badge_text
    from atoz_desktop.gui.window_texts import matches_text

    assert badge_text(749_852) == "749,852" and matches_text(True, 12_998) == "12,998 orders match"
    assert matches_text(True, 1) == "1 order matches"
    settings.setValue(LANGUAGE_KEY, "fr")
    before, default = i18n.language(), QLocale()
    translators = apply_language(qapp, settings)
    try:
        space = "\u202f"  # French groups digits with a narrow no-break space
        assert badge_text(749_852) == f"749{space}852"
        assert matches_text(True, 12_998) == f"12{space}998 commandes correspondent"
        assert matches_text(False, 1_204) == f"1{space}204 réclamations correspondent"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.set_language(before)
        QLocale.setDefault(default)
