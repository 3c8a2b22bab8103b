"""Evidence in the window: drops on the claim pane and on timeline entries, e-mails, the strip
and its thumbnails, preview, hash, kind, remove with undo, paste, claim e-mails on the list."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

import tests.fixtures_evidence as fx
from atoz_desktop.core.services.claims import add_event
from atoz_desktop.core.services.evidence import list_evidence
from atoz_desktop.gui.claims.new_claim_dialog import NewClaimDialog
from atoz_desktop.gui.common.formatting import from_qdatetime
from atoz_desktop.gui.evidence import actions as actions_module
from atoz_desktop.gui.evidence import preview
from atoz_desktop.gui.evidence.dialogs import HashDialog
from atoz_desktop.gui.evidence.preview import PreviewDialog
from atoz_desktop.gui.evidence.strip import EvidenceModel
from atoz_desktop.gui.evidence.thumbnails import have_qtpdf
from atoz_desktop.gui.main_window import MainWindow
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-0000001-1234567"


@pytest.fixture
def window(qtbot, workspace, settings) -> MainWindow:
    win = MainWindow(workspace, settings=settings, now=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.evidence_actions.runner.wait()
    win.evidence_actions.receipts.reader.wait()
    win.evidence_actions.loader.wait()


@pytest.fixture
def claim_pk(window: MainWindow) -> int:
    add_order(window.workspace, ORDER)
    pk = add_claim(window.workspace, ORDER, due_in=timedelta(hours=30))
    window.ops.reload()
    window.open_claim(pk)
    assert window.shown_claim() is not None and window.shown_claim().pk == pk
    return pk


def _drop(widget, paths: list[Path], pos: QPointF | None = None) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = pos or QPointF(10, 10)
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    if enter.isAccepted():
        QApplication.sendEvent(widget, drop)
    _drop.keep = mime  # type: ignore[attr-defined]  # the events point at it
    return enter.isAccepted() and drop.isAccepted()


def _wait_added(qtbot, window: MainWindow, timeout: int = 10000):
    actions = window.evidence_actions
    qtbot.waitUntil(lambda: not actions.runner.running and actions.last_result is not None,
                    timeout=timeout)  # fmt: skip
    return actions.last_result


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_drop_adds_good_files_and_lists_the_refused_one(qtbot, window, claim_pk, tmp_path):
    good = _write(tmp_path, "colissimo.png", fx.png())
    empty = _write(tmp_path, "vide.jpg", b"")
    turned = _write(tmp_path, "photo.jpg", fx.jpeg(fx.upright_picture(120, 60), orientation=6))
    assert _drop(window.claim_pane, [good, empty, turned])
    result = _wait_added(qtbot, window)
    assert len(result.files.added) == 2 and len(result.files.refused) == 1
    assert "Added 2 files" in window.statusBar().currentMessage()
    assert "1 refused" in window.statusBar().currentMessage()
    dialog = window.evidence_actions.refusals_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.rows() == [("vide.jpg", "the file is empty")]

    strip = window.claim_pane.evidence
    assert [i.file_name for i in strip.evidence.items()] == ["colissimo.png", "photo.jpg"]
    assert window.claim_pane.evidence_title.text() == "Evidence (2)"
    model = strip.evidence
    qtbot.waitUntil(lambda: model.thumbnails_ready() == 2, timeout=10000)
    pixmap = model.thumbnail(model.row_of(result.files.added[1].evidence_id))
    image = pixmap.toImage()
    # Stored turned for orientation 6; shown upright: wider than high, red top-left.
    assert image.width() > image.height()
    top_left = image.pixelColor(5, 5)
    assert top_left.red() > 200 and top_left.green() < 60 and top_left.blue() < 60
    bottom_right = image.pixelColor(image.width() - 5, image.height() - 5)
    assert min(bottom_right.red(), bottom_right.green(), bottom_right.blue()) > 200


def test_strip_model_passes_the_model_tester(qtmodeltester, qtbot, window, claim_pk, tmp_path):
    _drop(
        window.claim_pane,
        [_write(tmp_path, "a.png", fx.png()), _write(tmp_path, "b.pdf", fx.pdf(2))],
    )
    _wait_added(qtbot, window)
    model: EvidenceModel = window.claim_pane.evidence.evidence
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.thumbnails_ready() == 2, timeout=10000)
    pdf_thumb = model.thumbnail(1)
    assert pdf_thumb is not None
    assert pdf_thumb.isNull() is (not have_qtpdf())  # first page rendered with QtPdf
    assert "2 pages" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)


def test_thumbnails_come_from_the_disk_cache_next_time(qtbot, window, claim_pk, tmp_path,
                                                        private_cache):  # fmt: skip
    _drop(window.claim_pane, [_write(tmp_path, "a.jpg", fx.jpeg())])
    _wait_added(qtbot, window)
    model = window.claim_pane.evidence.evidence
    qtbot.waitUntil(lambda: model.thumbnails_ready() == 1, timeout=10000)
    cached = list(private_cache.rglob("*.img"))
    assert len(cached) == 1 and cached[0].name.startswith(model.items()[0].sha256)


def test_drop_on_a_timeline_entry_attaches_to_that_event(qtbot, window, claim_pk, tmp_path):
    event_pk = add_event(window.workspace, claim_pk, kind="shipped", at=NOW - timedelta(days=3),
                         text="Colissimo 6A123")  # fmt: skip
    window.ops.reload()
    view = window.claim_pane.timeline
    row = view.timeline.row_of(event_pk)
    rect = view.visualRect(view.timeline.index(row, 0))
    receipt = _write(tmp_path, "recu-depot.jpg", fx.jpeg())
    assert _drop(view.viewport(), [receipt], QPointF(rect.center()))
    _wait_added(qtbot, window)
    items = list_evidence(window.workspace, claim_pk)
    assert [(i.file_name, i.event_pk, i.kind) for i in items] == [
        ("recu-depot.jpg", event_pk, "carrier-receipt")
    ]
    assert "1 file attached" in view.timeline.data(view.timeline.index(row, 0))


def test_folder_drop_adds_its_files(qtbot, window, claim_pk, tmp_path):
    folder = tmp_path / "colis"
    folder.mkdir()
    for n in range(3):
        _write(folder, f"photo{n}.png", fx.png((n * 40, 10, 10)))
    _write(folder, "Thumbs.db", b"junk")
    assert _drop(window.claim_pane.evidence.viewport(), [folder])
    result = _wait_added(qtbot, window)
    assert len(result.files.added) == 3 and not result.files.refused
    assert window.claim_pane.evidence.evidence.rowCount() == 3


def test_dropped_mail_becomes_a_message_with_its_attachment(qtbot, window, claim_pk, tmp_path):
    mail = _write(tmp_path, "colis.eml", fx.eml(
        date=NOW - timedelta(days=1),
        attachments=(("photo-colis.png", fx.png((200, 0, 0)), "image/png"),),
    ))  # fmt: skip
    assert _drop(window.claim_pane, [mail])
    result = _wait_added(qtbot, window)
    assert len(result.messages.added) == 1
    message = result.messages.added[0]
    assert message.kind == "message-in"
    items = list_evidence(window.workspace, claim_pk)
    # The mail's own file is kept as evidence of its message, as its attachment is.
    assert [(i.file_name, i.event_pk) for i in items] == [
        ("colis.eml", message.event_id), ("photo-colis.png", message.event_id)
    ]
    kinds = [e.kind for e in window.shown_claim().timeline]
    assert "message-in" in kinds
    assert "1 e-mail on the timeline" in window.statusBar().currentMessage()


def test_claim_notification_on_the_claims_list_opens_new_claim_prefilled(qtbot, window,
                                                                         tmp_path):  # fmt: skip
    filed = datetime(2026, 11, 18, 10, 30, tzinfo=UTC)
    mail = _write(tmp_path, "claim.eml", fx.eml(
        sender="Amazon Pay <no-reply@amazon.com>",
        subject="Amazon Pay A-to-z Guarantee claim filed for Amazon Pay Order ID "
                "P01-1234567-1234567",
        body="The buyer filed an A-to-z Guarantee claim.\nClaim amount: EUR 45.90\n",
        date=filed,
    ))  # fmt: skip
    window.sidebar.select_view("all")
    assert _drop(window.claims_view.viewport(), [mail])
    dialog = window.claim_actions.dialog
    assert isinstance(dialog, NewClaimDialog) and dialog.isVisible()
    assert dialog.order_id.text() == "P01-1234567-1234567"
    assert dialog.channel.currentData() == "amazon-pay"
    assert dialog.amount.text() == "45.90"
    assert dialog.currency.currentText() == "EUR"
    assert from_qdatetime(dialog.filed.dateTime()) == filed
    dialog.reject()

    other = _write(tmp_path, "hello.eml", fx.eml(date=NOW))
    window.claim_actions.dialog = None
    _drop(window.claims_view.viewport(), [other])
    assert window.claim_actions.dialog is None
    assert "is not an Amazon A-to-z claim notification" in window.statusBar().currentMessage()


def test_remove_undo_redo_and_change_kind(qtbot, window, claim_pk, tmp_path):
    _drop(window.claim_pane, [_write(tmp_path, "facture.png", fx.png())])
    _wait_added(qtbot, window)
    strip = window.claim_pane.evidence
    item = strip.evidence.items()[0]
    assert item.kind == "invoice"

    window.evidence_actions.change_kind(item, "proof-of-delivery")
    assert strip.evidence.items()[0].kind == "proof-of-delivery"
    undo = window.claim_actions.undo.stack
    undo.undo()
    assert strip.evidence.items()[0].kind == "invoice"
    undo.redo()
    assert strip.evidence.items()[0].kind == "proof-of-delivery"

    strip.setFocus()
    strip.setCurrentIndex(strip.evidence.index(0, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert strip.evidence.rowCount() == 0
    assert "Edit › Undo" in window.statusBar().currentMessage()
    window.claim_actions.undo_action.trigger()
    assert [i.pk for i in strip.evidence.items()] == [item.pk]
    assert strip.evidence.items()[0].kind == "proof-of-delivery"
    window.claim_actions.redo_action.trigger()
    assert strip.evidence.rowCount() == 0


def test_context_menu_offers_every_action(qtbot, window, claim_pk, tmp_path):
    _drop(window.claim_pane, [_write(tmp_path, "a.png", fx.png())])
    _wait_added(qtbot, window)
    strip = window.claim_pane.evidence
    menu = strip.context_menu(strip.evidence.items()[0])
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Open", "Change Kind", "Show SHA-256…", "Save a Copy…",
                     "Open with System Viewer", "Remove"]  # fmt: skip
    menu.close()


def test_show_hash_save_copy_and_system_viewer(qtbot, window, claim_pk, tmp_path, monkeypatch):
    data = fx.png((1, 2, 3))
    _drop(window.claim_pane, [_write(tmp_path, "a.png", data)])
    _wait_added(qtbot, window)
    item = window.claim_pane.evidence.evidence.items()[0]
    dialog = window.evidence_actions.show_hash(item)
    assert isinstance(dialog, HashDialog)
    import hashlib

    assert dialog.hash.text() == hashlib.sha256(data).hexdigest() == item.sha256
    assert dialog.hash.isReadOnly()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == item.sha256
    dialog.close()

    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    monkeypatch.setattr(window.evidence_actions, "ask_save_path", lambda _item: str(target))
    assert window.evidence_actions.save_copy(item)
    assert target.read_bytes() == data

    opened: list[str] = []
    monkeypatch.setattr(preview.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)  # fmt: skip
    assert window.evidence_actions.open_externally(item)
    assert Path(opened[0]).name == "a.png" and Path(opened[0]).read_bytes() == data


def test_copies_are_written_under_the_bare_name_with_the_detected_type(
    qtbot, window, claim_pk, tmp_path, monkeypatch
):
    from sqlalchemy import update

    from atoz_desktop.core.storage.models import Evidence

    mail = fx.eml(date=datetime(2026, 11, 3, 9, 30, tzinfo=UTC), attachments=(
        ("invoice.js", b"alert('hello')\n", "text/plain"),
        ("run.bat", b"del /q *.*\r\n", "text/plain"),
        ("photo.jpg", fx.jpeg(), "image/jpeg"),
    ))  # fmt: skip
    _drop(window.claim_pane, [_write(tmp_path, "buyer.eml", mail)])
    _wait_added(qtbot, window)
    items = {i.file_name: i for i in list_evidence(window.workspace, claim_pk)}
    opened: list[str] = []
    monkeypatch.setattr(preview.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)  # fmt: skip
    for name in ("invoice.js", "run.bat", "photo.jpg"):
        assert window.evidence_actions.open_externally(items[name])
    assert [Path(p).name for p in opened] == ["invoice.txt", "run.txt", "photo.jpg"]
    assert Path(opened[0]).read_bytes() == b"alert('hello')\n"

    # A name stored as a path (before names were made bare) never leads out of the folder.
    with window.workspace.session() as session:
        session.execute(update(Evidence).where(Evidence.id == items["invoice.js"].pk)
                        .values(file_name="/home/u/.bashrc"))  # fmt: skip
    stored = next(i for i in list_evidence(window.workspace, claim_pk)
                  if i.pk == items["invoice.js"].pk)  # fmt: skip
    folder = tmp_path / "chosen"
    folder.mkdir()
    window.settings.setValue("evidence/save_dir", str(folder))
    proposed: list[str] = []

    def save_dialog(_parent, _title, start, *_args):
        proposed.append(start)
        return str(folder / "kept.txt"), ""

    monkeypatch.setattr(actions_module.QFileDialog, "getSaveFileName", save_dialog)
    assert window.evidence_actions.save_copy(stored)
    assert proposed == [str(folder / "bashrc.txt")]
    assert (folder / "kept.txt").read_bytes() == b"alert('hello')\n"
    assert window.evidence_actions.save_copy(items["photo.jpg"])
    assert proposed[1] == str(folder / "photo.jpg")


def test_preview_of_an_image_zooms(qtbot, window, claim_pk, tmp_path):
    _drop(window.claim_pane, [_write(tmp_path, "p.jpg", fx.jpeg(fx.upright_picture(400, 200),
                                                              orientation=6))])  # fmt: skip
    _wait_added(qtbot, window)
    strip = window.claim_pane.evidence
    strip.setFocus()
    strip.setCurrentIndex(strip.evidence.index(0, 0))
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    dialog = window.evidence_actions.dialog
    assert isinstance(dialog, PreviewDialog)
    qtbot.waitUntil(lambda: dialog.mode == "image")
    pixmap = dialog.image_view.pixmap_item.pixmap()
    assert (pixmap.width(), pixmap.height()) == (400, 200)  # upright
    before = dialog.image_view.zoom()
    dialog.zoom_in.click()
    assert dialog.image_view.zoom() == pytest.approx(before * 1.25)
    dialog.actual_button.click()
    assert dialog.image_view.zoom() == 1.0
    dialog.close()


def test_preview_decodes_off_the_gui_thread_reduced_and_says_loading(
    qtbot, window, claim_pk, tmp_path, monkeypatch
):
    import threading

    from atoz_desktop.gui.evidence import preview_decoder

    big = fx.png((5, 6, 7), size=(3000, 1500))
    _drop(window.claim_pane, [_write(tmp_path, "scan.png", big)])
    _wait_added(qtbot, window)
    item = window.claim_pane.evidence.evidence.items()[0]
    release, threads = threading.Event(), []
    real = preview_decoder.thumbnail_bytes

    def slow_decode(data: bytes, size: int) -> bytes:
        threads.append((threading.current_thread(), size))
        release.wait(10)
        return real(data, size)

    monkeypatch.setattr(preview_decoder, "thumbnail_bytes", slow_decode)
    dialog = window.evidence_actions.preview(item)
    assert dialog.mode == "loading" and dialog.message.text() == "Loading…"
    assert not dialog.zoom_in.isVisible()
    qtbot.waitUntil(lambda: bool(threads))
    release.set()
    qtbot.waitUntil(lambda: dialog.mode == "image")
    thread, size = threads[0]
    assert thread is not threading.main_thread()
    assert size == preview_decoder.preview_size(dialog) <= preview_decoder.PREVIEW_SIZE
    pixmap = dialog.image_view.pixmap_item.pixmap()
    assert max(pixmap.width(), pixmap.height()) == min(size, 3000)
    assert dialog.zoom_in.isVisible()
    dialog.close()


def test_preview_refuses_a_picture_over_the_pixel_ceiling_with_the_reason(
    qtbot, window, claim_pk, tmp_path
):
    from dataclasses import replace

    from tests import hostile_files as hostile

    _drop(window.claim_pane, [_write(tmp_path, "small.png", fx.png())])
    _wait_added(qtbot, window)
    item = window.claim_pane.evidence.evidence.items()[0]
    # As stored before the ceiling existed: 100 megapixels in 90 kB.
    dialog = PreviewDialog(replace(item, file_name="bomb.png"), hostile.png_bomb(10_000, 10_000),
                           window)  # fmt: skip
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.mode == "message")
    assert "too large to open safely" in dialog.message.text()
    assert "system viewer" in dialog.message.text()


@pytest.mark.skipif(not have_qtpdf(), reason="QtPdf (PySide6_Pdf) is not installed")
def test_preview_of_a_pdf_and_of_a_locked_pdf(qtbot, window, claim_pk, tmp_path):
    plain = _write(tmp_path, "preuve.pdf", fx.pdf(3))
    locked_pdf = _write(tmp_path, "locked.pdf", fx.pdf(1, user_password="x"))
    _drop(window.claim_pane, [plain, locked_pdf])
    _wait_added(qtbot, window)
    items = {i.file_name: i for i in window.claim_pane.evidence.evidence.items()}
    dialog = window.evidence_actions.preview(items["preuve.pdf"])
    assert dialog.mode == "pdf" and dialog.pdf_view is not None
    assert dialog.pdf_view.document().pageCount() == 3
    assert dialog.page_label.text() == "3 pages"
    dialog.zoom_in.click()
    dialog.close()
    locked = window.evidence_actions.preview(items["locked.pdf"])
    assert locked.mode == "message" and "password" in locked.message.text()
    assert items["locked.pdf"].warning
    locked.close()


def test_paste_adds_a_tracking_screenshot(qtbot, window, claim_pk):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)
    window.claim_pane.evidence.setFocus()
    assert window.evidence_actions.paste_action.isEnabled()
    window.evidence_actions.paste_action.trigger()
    items = list_evidence(window.workspace, claim_pk)
    assert len(items) == 1
    assert items[0].kind == "tracking-screenshot" and items[0].mime == "image/png"
    assert items[0].file_name.startswith("Screenshot ") and items[0].file_name.endswith(".png")
    assert window.claim_pane.evidence.evidence.rowCount() == 1
    QGuiApplication.clipboard().setText("no image")
    assert not window.evidence_actions.paste()
    assert "no image" in window.statusBar().currentMessage()


def test_add_evidence_menu_uses_the_file_dialog(qtbot, window, claim_pk, tmp_path, monkeypatch):
    path = _write(tmp_path, "a.png", fx.png())
    monkeypatch.setattr(window.evidence_actions, "ask_evidence_files", lambda: [str(path)])
    assert window.evidence_actions.add_action.shortcut().toString() == "Ctrl+Shift+A"
    window.evidence_actions.add_action.trigger()
    result = _wait_added(qtbot, window)
    assert len(result.files.added) == 1


def test_settings_dialog_saves_limit_and_addresses(qtbot, window):
    from atoz_desktop.core.services.evidence import max_file_mb
    from atoz_desktop.core.services.messages import seller_addresses

    dialog = window.evidence_actions.edit_settings()
    dialog.max_mb.setValue(20)
    dialog.addresses.setText("nope")
    dialog.accept()
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.addresses.setText("contact@boutique.fr, @boutique.fr")
    dialog.accept()
    assert max_file_mb(window.workspace) == 20
    assert seller_addresses(window.workspace) == ("contact@boutique.fr", "@boutique.fr")


def test_a_hundred_images_drop_keeps_the_window_responsive(qtbot, window, claim_pk, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(100):
        buffer = io.BytesIO()
        Image.new("RGB", (32, 24), (n, 255 - n, (n * 7) % 256)).save(buffer, "JPEG")
        _write(folder, f"IMG_{n:04d}.jpg", buffer.getvalue())
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    _drop(window.claim_pane, [folder])
    result = _wait_added(qtbot, window, timeout=20000)
    timer.stop()
    assert len(result.files.added) == 100
    assert ticks, "the event loop ran while the files were added"
    model = window.claim_pane.evidence.evidence
    assert model.rowCount() == 100
    qtbot.waitUntil(lambda: model.thumbnails_ready() == 100, timeout=20000)


def test_tooltips_show_file_names_and_reasons_as_written(qtbot, window, claim_pk, tmp_path):
    """Qt renders a tooltip as HTML when it looks like HTML: a file name never is."""
    from atoz_desktop.core.services.evidence import Refused
    from atoz_desktop.gui.evidence.dialogs import RefusalsDialog
    from atoz_desktop.gui.evidence.strip import EvidenceModel as Model

    name = "<img src=x onerror=1><b>bold.png"
    _drop(window.claim_pane, [_write(tmp_path, name, fx.png())])
    _wait_added(qtbot, window)
    model: Model = window.claim_pane.evidence.evidence
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "<b>" not in tip and "bold.png" in tip  # never markup
    dialog = RefusalsDialog("x", [Refused(f"/tmp/{name}", "<i>reason</i>")], window)
    qtbot.addWidget(dialog)
    item = dialog.table.topLevelItem(0)
    assert "<i>" not in item.toolTip(1) and "&lt;i&gt;reason" in item.toolTip(1)
