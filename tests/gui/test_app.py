from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from atoz_desktop.gui import app
from atoz_desktop.gui.common.labels import order_status_label
from atoz_desktop.gui.common.resources import icon, translations_dir
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.starting import opened_window, shown_windows


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


def test_a_first_start_opens_the_default_workspace_empty_never_the_demo(
    qapp, settings, tmp_path, monkeypatch
) -> None:
    """It used to fill the default workspace with demo data, which nothing removed."""
    from PySide6.QtWidgets import QApplication

    from atoz_desktop.core.services.orders import order_count
    from atoz_desktop.core.storage.database import open_workspace

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ATOZ_DB_URL", raising=False)
    monkeypatch.setattr(app, "warm_up", lambda: None)
    shown: list[MainWindow] = []

    def exec_(qapp: QApplication) -> int:
        window = opened_window(qapp)
        shown.extend(shown_windows())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app.run(None, [], settings=settings) == 0
    assert len(shown) == 1 and "(demo)" not in shown[0].windowTitle()
    assert shown[0].workspace_banner.state == "empty"
    folder = tmp_path / "data" / "atoz-desktop"
    assert not (folder / "demo.sqlite3").exists()
    workspace = open_workspace(str(folder / "workspace.sqlite3"), create=False)
    try:
        assert order_count(workspace) == 0 and not workspace.is_demo
    finally:
        workspace.close()


def test_worker_threads_do_not_deadlock_in_pyside_on_their_first_qimage(tmp_path) -> None:
    """PySide6 6.12 deadlocked when two threads first built a QImage from a QSize at once (see
    atoz_desktop/gui/__init__.py); importing the package must prevent it."""
    import subprocess
    import sys

    script = tmp_path / "threads.py"
    script.write_text(
        "import os, threading\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import atoz_desktop.gui  # noqa: F401\n"
        "from PySide6.QtCore import QSize\n"
        "from PySide6.QtGui import QColor, QImage\n"
        "barrier = threading.Barrier(4)\n"
        "def work():\n"
        "    barrier.wait()\n"
        "    QImage(QSize(10, 10), QImage.Format.Format_RGB32).fill(QColor('white'))\n"
        "threads = [threading.Thread(target=work) for _ in range(4)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=60, cwd=str(Path(__file__).resolve().parents[2]))  # fmt: skip
    assert done.stdout.strip() == "ok", done.stderr


def test_the_start_shows_the_first_frame_then_opens_the_workspace_in_the_same_window(
    qapp, qtbot, settings, tmp_path, monkeypatch
) -> None:
    # Not in the test process: it imports the dossier's and QtPdf's modules on a thread.
    monkeypatch.setattr(app, "warm_up", lambda: None)
    window = app.start_window(str(tmp_path / "w.sqlite3"), settings)
    qtbot.addWidget(window)
    assert window.isVisible() and not window.is_open  # the first frame, no workspace yet
    assert window.windowTitle() == "A-to-Z Desk"
    assert [a.isEnabled() for a in window.menuBar().actions()] == [False] * 6
    placeholders = [a.text() for a in window.menuBar().actions()]
    qtbot.waitUntil(lambda: window.is_open, timeout=30_000)
    assert window.centralWidget() is window.splitter  # the frame replaced, in the same window
    assert window.windowTitle() == "w.sqlite3 — A-to-Z Desk"
    assert [a.text() for a in window.menuBar().actions()] == placeholders  # nothing moves
    assert all(a.isEnabled() for a in window.menuBar().actions())
    window.close()
    window.workspace.close()


def _lists_first(monkeypatch, then=None) -> list[tuple[bool, bool, list[bool]]]:
    """What the window was when open_workspace() returned at a start: (lists shown, open,
    its menus enabled); `then(window)` runs at that moment."""
    seen: list[tuple[bool, bool, list[bool]]] = []
    real = MainWindow.open_workspace

    def open_workspace(window: MainWindow, *args) -> None:
        real(window, *args)
        menus = [a.isEnabled() for a in window.menuBar().actions()]
        seen.append((window.lists_shown, window.is_open, menus))
        if then is not None:
            then(window)

    monkeypatch.setattr(MainWindow, "open_workspace", open_workspace)
    return seen


def test_the_start_shows_the_lists_before_it_builds_the_menus_and_actions(
    qapp, qtbot, settings, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(app, "warm_up", lambda: None)
    seen = _lists_first(monkeypatch)
    window = app.start_window(str(tmp_path / "w.sqlite3"), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_open, timeout=30_000)
    assert seen == [(True, False, [False] * 6)]  # the lists, the menus still greyed
    assert window.claim_actions is not None and window.language_menu is not None
    assert all(a.isEnabled() for a in window.menuBar().actions())
    window.close()
    window.workspace.close()


def test_a_window_closed_before_its_menus_came_closes_as_a_whole_one(
    qapp, qtbot, settings, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(app, "warm_up", lambda: None)
    seen = _lists_first(monkeypatch, then=lambda window: window.close())
    window = app.start_window(str(tmp_path / "w.sqlite3"), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert not window.isVisible()
    assert window.is_open  # completed so that its actions shut down and its layout was saved
    assert settings.value("main/splitter") is not None
    qtbot.wait(50)  # the paint and the timer that would complete it again do nothing
    window.workspace.close()


def test_a_window_closed_during_its_first_frame_opens_no_workspace(
    qapp, qtbot, settings, tmp_path, monkeypatch
) -> None:
    from atoz_desktop.gui.workspace import switcher

    opened: list[str | None] = []
    monkeypatch.setattr(switcher, "open_start_workspace", lambda url, _r: opened.append(url))
    window = app.start_window(str(tmp_path / "w.sqlite3"), settings)
    qtbot.addWidget(window)
    window.close()
    qtbot.wait(app.OPEN_AFTER_MS + 200)  # past the paint and the timer that would open it
    assert opened == [] and not window.is_open
