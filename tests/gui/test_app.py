from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from atoz_desktop.gui import app
from atoz_desktop.gui.common.labels import order_status_label
from atoz_desktop.gui.common.resources import icon, translations_dir
from atoz_desktop.gui.main_window import MainWindow


def test_french_catalogue_is_compiled_and_translates(qapp) -> None:
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.French), "atoz_desktop", "_",
                           str(translations_dir()))  # fmt: skip
    assert translator.translate("labels", "Orders") == "Commandes"
    assert translator.translate("formatting", "overdue {span}") == "retard {span}"
    assert translator.translate("MainWindow", "&File") == "&Fichier"


def test_french_catalogue_has_no_unfinished_message() -> None:
    text = (translations_dir() / "atoz_desktop_fr.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_install_translators_follows_the_locale(qapp) -> None:
    translators = app.install_translators(qapp, QLocale(QLocale.Language.French))
    try:
        assert QCoreApplication.translate("labels", "All claims") == "Toutes les réclamations"
        # Amazon writes order statuses in English; a French seller reads them in French.
        assert order_status_label("Shipped") == "Expédiée"
        assert order_status_label("Cancelled") == "Annulée"
        assert order_status_label("SomethingNew") == "SomethingNew"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("labels", "All claims") == "All claims"


def test_app_icon_is_found(qapp) -> None:
    assert not icon("app").isNull()


def test_build_main_window(qtbot, workspace, settings) -> None:
    window = app.build_main_window(workspace, settings)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)


def test_a_new_default_workspace_gets_the_demo(workspace) -> None:
    assert app._is_empty(workspace)
    app.prepare_demo(workspace)
    assert workspace.is_demo
    assert not app._is_empty(workspace)
