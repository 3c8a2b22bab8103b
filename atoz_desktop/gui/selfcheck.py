"""`atoz-desktop self-check`: start the window offscreen-able as a seller would, and check that
what an installed copy needs came along: the catalogues (the program's and Qt's own), the icons
(SVG, through Qt's image plugin), the help pages, the fonts of the dossiers, the migrations (a
workspace opens), ReportLab, PDFium and zxing-cpp (a receipt made, rendered and its barcode
read), Qt's PDF module, and the main window shown on the workspace. It also says whether text
recognition (Tesseract, a system program installed apart) is there and reads the receipt: its
absence is not a failure (pictures are then read from their barcodes only).

It is how a built wheel and the PyInstaller bundle are proved to work (tests/test_install.py,
`./dev package`); a seller's support can ask for its output too.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from atoz_desktop import resources_dir

translate = QCoreApplication.translate
#: A code the self-check draws as a Code 128 barcode and must read back.
PROBE_CODE = "ATOZ-SELF-CHECK-42"
#: One of the window's strings and one of Qt's own (the file dialog's Cancel button), kept out
#: of lupdate's sight (they are translated elsewhere).
_PROBES = (("app", "Cannot Open the Workspace"), ("QPlatformTheme", "Cancel"))


@dataclass(frozen=True, slots=True)
class Check:
    key: str  # machine-readable: translations, icons, ...
    ok: bool
    detail: str  # for the seller, in the window's language

    def as_json(self) -> dict[str, object]:
        return {"check": self.key, "ok": self.ok, "detail": self.detail}


def _translations(translators: list) -> Check:
    from atoz_desktop.gui.common.formatting import ui_lang

    files = [Path(t.filePath()).name for t in translators]
    lang = ui_lang()
    if lang == "fr":
        ours, qts = (translate(c, t) != t for c, t in _PROBES)
        ok = ours and qts and any(f.startswith("qtbase_") for f in files)
    else:
        ok = "atoz_desktop_en.qm" in files
    detail = translate("selfcheck", "language {lang}: {files}").format(
        lang=lang, files=", ".join(files) or "-"
    )
    return Check("translations", ok, detail)


def _icons() -> Check:
    from atoz_desktop.gui.common.resources import icon

    names = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))
    broken = [n for n in names if icon(n).pixmap(32, 32).isNull()]
    ok = bool(names) and not broken and "app" in names
    detail = translate("selfcheck", "{count} icons drawn").format(count=len(names) - len(broken))
    if broken or not names:
        detail += translate("selfcheck", "; not drawn: {names}").format(
            names=", ".join(broken) or "app"
        )
    return Check("icons", ok, detail)


def _help() -> Check:
    from atoz_desktop.gui.help.guide_dialog import GUIDE_LANGS, guide_dir

    missing = [lang for lang in GUIDE_LANGS if not (guide_dir() / f"guide_{lang}.html").is_file()]
    detail = ", ".join(f"guide_{lang}.html" for lang in GUIDE_LANGS)
    if missing:
        detail = translate("selfcheck", "missing: {names}").format(names=", ".join(missing))
    return Check("help", not missing, detail)


def _fonts() -> Check:
    from atoz_desktop.core.dossier.fonts import covered_codepoints

    count = len(covered_codepoints())  # registers the fonts with ReportLab
    ok = ord("€") in covered_codepoints() and ord("é") in covered_codepoints()
    detail = translate("selfcheck", "{count} characters printable").format(count=count)
    return Check("fonts", ok, detail)


def probe_pdf() -> bytes:
    """A one-page receipt made with ReportLab: a carrier's name and a Code 128 barcode."""
    from reportlab.graphics.barcode import code128
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.drawString(20 * mm, 260 * mm, "Colissimo")
    symbol = code128.Code128(PROBE_CODE, barHeight=18 * mm, barWidth=0.45 * mm)
    symbol.drawOn(pdf, 20 * mm, 220 * mm)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _receipt(data: bytes) -> Check:
    """The receipt rendered by PDFium, its barcode read by zxing-cpp."""
    from atoz_desktop.core.receipts.barcodes import read_codes
    from atoz_desktop.core.receipts.pdfpages import read_pdf

    content = read_pdf(data)
    codes = read_codes(content.pages[0]) if content.pages else []
    ok = "Colissimo" in content.text and PROBE_CODE in codes
    detail = translate("selfcheck", "PDFium read the text, zxing-cpp the barcode: {codes}")
    return Check("receipts", ok, detail.format(codes=", ".join(codes) or "-"))


def _ocr(data: bytes) -> Check:
    """Tesseract found and reading the receipt's rendered page; missing is said, not failed."""
    from atoz_desktop.core.receipts import ocr
    from atoz_desktop.core.receipts.pdfpages import read_pdf

    engine = ocr.describe()
    if engine is None:
        detail = translate(
            "selfcheck",
            "text recognition (Tesseract) is not installed: photos and scans are read from "
            "their barcodes only",
        )
        return Check("ocr", True, detail)
    from atoz_desktop.core.receipts.barcodes import first_search, hidden

    content = read_pdf(data)
    page = content.pages[0] if content.pages else None
    recognition = ocr.recognise(hidden(page, first_search(page))) if page else None
    ok = recognition is not None and "Colissimo" in recognition.text
    detail = translate("selfcheck", "{engine} read the receipt: {status}").format(
        engine=engine, status=recognition.status if recognition else "-"
    )
    return Check("ocr", ok, detail)


def _made(into: list[bytes]) -> Check:
    into.append(probe_pdf())
    detail = translate("selfcheck", "a receipt made: {size} bytes").format(size=len(into[0]))
    return Check("reportlab", True, detail)


def _qt_pdf(data: bytes) -> Check:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    image = document.render(0, document.pagePointSize(0).toSize()) if pages else None
    ok = pages == 1 and image is not None and not image.isNull()
    document.close()
    return Check("qtpdf", ok, translate("selfcheck", "{pages} page drawn").format(pages=pages))


def _window(db: str | None, settings: QSettings) -> Check:
    from atoz_desktop.core.storage.database import open_workspace
    from atoz_desktop.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="atoz-self-check-") as folder:
        started = time.perf_counter()
        workspace = open_workspace(db or str(Path(folder) / "workspace.sqlite3"))
        try:
            window = MainWindow(workspace, settings=settings)
            window.show()
            QApplication.processEvents()
            seconds = time.perf_counter() - started
            window.sidebar.select_view("orders")
            QApplication.processEvents()
            orders = window.orders_model.rowCount()
            title = window.windowTitle()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            workspace.close()
    detail = translate("selfcheck", "“{title}” shown in {seconds:.2f} s, {orders} orders listed")
    return Check("window", True, detail.format(title=title, seconds=seconds, orders=orders))


def run_checks(db: str | None = None, user: QSettings | None = None) -> list[Check]:
    """Every check, in order; one that raises is a failed check naming the error. The language
    is the one the seller chose (`user`: their settings), and is put back afterwards."""
    from atoz_desktop.core import i18n
    from atoz_desktop.gui.app import make_application
    from atoz_desktop.gui.common.language import LANGUAGE_KEY, apply_language

    app = make_application(["atoz-desktop"])
    # A private settings file: the window's state is not written over the seller's.
    settings_dir = tempfile.mkdtemp(prefix="atoz-self-check-settings-")
    settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    user = user if user is not None else QSettings()
    if user.contains(LANGUAGE_KEY):
        settings.setValue(LANGUAGE_KEY, user.value(LANGUAGE_KEY))
    locale, language = QLocale(), i18n.language()
    translators = apply_language(app, settings)
    checks: list[Check] = []
    pdf: list[bytes] = []
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("translations", lambda: _translations(translators)),
        ("icons", _icons),
        ("help", _help),
        ("fonts", _fonts),
        ("reportlab", lambda: _made(pdf)),
        ("receipts", lambda: _receipt(pdf[0])),
        ("ocr", lambda: _ocr(pdf[0])),
        ("qtpdf", lambda: _qt_pdf(pdf[0])),
        ("window", lambda: _window(db, settings)),
    ]
    for key, step in steps:
        try:
            checks.append(step())
        except Exception as exc:  # what broke is the finding
            checks.append(Check(key, False, f"{type(exc).__name__}: {exc}"))
    settings.sync()
    shutil.rmtree(settings_dir, ignore_errors=True)
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)
    i18n.set_language(language)
    return checks
