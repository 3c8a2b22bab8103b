"""Benchmark of the dossier issue: 20 phone photos, 3 carrier receipts and 30 messages.

    QT_QPA_PLATFORM=offscreen python bench/bench_dossier.py [--photos 20] [--cores 2]

Builds a claim with 20 twelve-megapixel phone photos (the evidence benchmark's generator: EXIF
orientation 6, noisy so they weigh what a phone photo weighs), 3 carrier-receipt PDFs (text and
a Code 128 barcode, drawn with ReportLab) and 30 messages, then prints, from one run:

- the baseline: the same photos downscaled with Pillow `draft()` + `thumbnail()` and laid out
  one per page with plain ReportLab, nothing else;
- the first build of the response dossier (no renditions stored yet), as a ratio to the
  baseline (target ≤ 1.5×), and its size (target ≤ 10 MB); and the same build with one
  thread preparing the exhibits, for a one-core laptop (the baseline is one thread);
- a rebuild after one note is added (target ≤ a third of the first build);
- with the window: a build started from the dossier dialog, the longest stall of the GUI
  thread while it runs (target ≤ 100 ms; a 10 ms timer records the largest gap).

Each timed step is the best of `--repeat` runs (the first build starts from an empty rendition
table every time).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_evidence import generate  # noqa: E402  (the evidence benchmark's phone photos)
from scratch import scratch_folder  # noqa: E402
from stall_meter import StallMeter  # noqa: E402

TARGET_RATIO = 1.5
TARGET_MB = 10.0
TARGET_REBUILD = 1 / 3
TARGET_STALL_MS = 100.0
MESSAGES = 30
RECEIPTS = 3


def receipt_pdf(number: int) -> bytes:
    """A carrier's deposit receipt: a header, the addresses, the tracking number as text and as
    a Code 128 barcode (as La Poste prints them)."""
    from reportlab.graphics.barcode import code128
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    tracking = f"6A{19_000_000_000 + number:011d}"
    for page in (1, 2) if number == 0 else (1,):
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(20 * mm, 270 * mm, "Colissimo — Preuve de dépôt")
        canvas.setFont("Helvetica", 10)
        lines = [
            f"Date de dépôt : 1{number}/11/2026 10:2{number}",
            "Bureau : Besançon Chaprais",
            "Destinataire : Jürgen Müller, Hauptstraße 5, 80331 München",
            f"Numéro de suivi : {tracking}",
            f"Page {page}",
        ]
        for row, line in enumerate(lines):
            canvas.drawString(20 * mm, (255 - 7 * row) * mm, line)
        code128.Code128(tracking, barHeight=18 * mm, barWidth=0.5 * mm).drawOn(
            canvas, 20 * mm, 190 * mm
        )
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def baseline(photos: list[Path], scratch: Path) -> float:
    """The issue's bare baseline: draft + thumbnail, one photo per page with plain ReportLab.
    Each JPEG goes to ReportLab as a file, its fastest path (bytes would be decoded again)."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from atoz_desktop.core.dossier.renditions import MAX_SIDE, QUALITY

    start = time.perf_counter()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    width, height = A4
    for number, path in enumerate(photos):
        with Image.open(path) as image:
            image.draft("RGB", (MAX_SIDE, MAX_SIDE))
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            small = scratch / f"baseline-{number}.jpg"
            image.convert("RGB").save(small, "JPEG", quality=QUALITY)
        w, h = ImageReader(str(small)).getSize()
        scale = min((width - 72) / w, (height - 72) / h)
        canvas.drawImage(str(small), 36, 36, w * scale, h * scale)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def setup(work: Path, photos: int) -> tuple[object, int, list[Path]]:
    from atoz_desktop.core.services.claims import add_event, create_claim
    from atoz_desktop.core.services.evidence import add_evidence, add_evidence_bytes
    from atoz_desktop.core.storage.database import open_workspace

    folder = work / "DCIM"
    folder.mkdir()
    generate(folder, photos)
    files = sorted(folder.iterdir())
    workspace = open_workspace(str(work / "bench.sqlite3"))
    now = datetime.now(UTC)
    claim_pk = create_claim(
        workspace,
        order_id="402-9999999-1234567",
        reason="not-received",
        filed_at=now - timedelta(hours=20),
        amount=Decimal("89.90"),
        currency="EUR",
        buyer_name="Jürgen Müller",
    )
    for number in range(MESSAGES):
        kind = "message-in" if number % 2 == 0 else "message-out"
        text = (
            f"Message {number + 1}. Bonjour, où en est ma commande ? Le suivi indique « livré » "
            "mais je n'ai rien reçu dans ma boîte aux lettres. "
        ) * 6
        add_event(
            workspace,
            claim_pk,
            kind=kind,
            at=now - timedelta(days=10, hours=-number * 6),
            text=text,
            author="buyer@marketplace.amazon.de",
        )
    for number in range(RECEIPTS):
        add_evidence_bytes(
            workspace,
            claim_pk,
            receipt_pdf(number),
            f"preuve_depot_{number + 1}.pdf",
            kind="carrier-receipt",
        )
    result = add_evidence(workspace, claim_pk, [folder], kind="photo")
    assert len(result.added) == photos, result.refused
    return workspace, claim_pk, files


def clear_renditions(workspace: object) -> None:
    from sqlalchemy import delete

    from atoz_desktop.core.storage.models import Rendition

    with workspace.session() as session:  # type: ignore[attr-defined]
        session.execute(delete(Rendition))


def gui_stall(workspace: object, claim_pk: int, work: Path) -> tuple[float, float] | None:
    """Open the dossier dialog on the claim in the window, let it build, and return the build's
    duration and the longest GUI-thread stall meanwhile (None when the window has no dossier
    dialog)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from atoz_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(workspace, settings=settings)  # type: ignore[arg-type]
    window.resize(1366, 768)
    window.show()
    window.open_claim(claim_pk)
    app.processEvents()
    from atoz_desktop.gui.app import warm_up

    warm_up().join()  # as the app does after its first frame
    actions = getattr(window, "dossier_actions", None)
    if actions is None:
        window.close()
        return None
    clear_renditions(workspace)
    stalls = StallMeter()
    start = stalls.start()
    dialog = actions.export_response()
    deadline = start + 120
    while time.perf_counter() < deadline and dialog.result_ready() is False:
        app.processEvents()
        time.sleep(0.002)
    took = time.perf_counter() - start
    stalls.stop()
    dialog.close()
    window.close()
    app.processEvents()
    return took, stalls.longest


def run(photos: int, repeat: int, work: Path) -> int:
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    workspace, claim_pk, files = setup(work, photos)
    print(
        f"set up {photos} photos, {RECEIPTS} receipts, {MESSAGES} messages in "
        f"{time.perf_counter() - began:.1f} s (not measured)"
    )

    from atoz_desktop.core.dossier.content import DossierOptions
    from atoz_desktop.core.services.claims import add_event
    from atoz_desktop.core.services.dossiers import build_claim_dossier

    options = DossierOptions(kind="response", lang="fr")
    base = min(baseline(files, work) for _ in range(repeat))
    firsts, result = [], None
    for _ in range(repeat):
        clear_renditions(workspace)
        start = time.perf_counter()
        result = build_claim_dossier(workspace, claim_pk, options)
        firsts.append(time.perf_counter() - start)
    first = min(firsts)
    assert result is not None
    # The same on one thread, as the baseline runs: how much of the speed is the second core.
    import atoz_desktop.core.dossier.builder as builder

    threads, builder.PREPARE_THREADS = builder.PREPARE_THREADS, 1
    singles = []
    for _ in range(repeat):
        clear_renditions(workspace)
        start = time.perf_counter()
        build_claim_dossier(workspace, claim_pk, options)
        singles.append(time.perf_counter() - start)
    builder.PREPARE_THREADS = threads
    single = min(singles)
    add_event(
        workspace,
        claim_pk,
        kind="note",
        at=datetime.now(UTC),
        text="Appel au transporteur : colis remis en main propre.",
    )
    rebuilds = []
    for _ in range(repeat):
        start = time.perf_counter()
        again = build_claim_dossier(workspace, claim_pk, options)
        rebuilds.append(time.perf_counter() - start)
    rebuild = min(rebuilds)
    megabytes = result.size / 1e6
    ratio = first / base
    print(f"baseline (draft + thumbnail + plain ReportLab): {base:.2f} s")
    print(f"first build:     {first:.2f} s = {ratio:.2f}× baseline   (target ≤ {TARGET_RATIO}×)")
    print(
        f"  on one thread: {single:.2f} s = {single / base:.2f}× baseline "
        f"({threads} threads prepare the exhibits by default)"
    )
    print(
        f"dossier:         {result.pages} pages, {megabytes:.1f} MB   (target ≤ {TARGET_MB:.0f} MB)"
    )
    print(
        f"rebuild (+note): {rebuild:.2f} s = {rebuild / first:.2f}× first build   "
        f"(target ≤ {TARGET_REBUILD:.2f}×); {again.pages} pages"
    )
    stall = gui_stall(workspace, claim_pk, work)
    stall_ok = True
    if stall is None:
        print("window: no dossier dialog to measure")
    else:
        took, gap = stall
        stall_ok = gap * 1000 <= TARGET_STALL_MS
        print(
            f"window build:    {took:.2f} s; longest GUI-thread stall {gap * 1000:.0f} ms   "
            f"(target ≤ {TARGET_STALL_MS:.0f} ms)"
        )
    print(f"peak RSS:        {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"cores available: {len(os.sched_getaffinity(0))}")
    # The one-thread figure is for the record (a one-core laptop); the target is the build as
    # the program runs it.
    ok = (
        ratio <= TARGET_RATIO
        and megabytes <= TARGET_MB
        and rebuild / first <= TARGET_REBUILD
    )
    return 0 if ok and stall_ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--cores", type=int, default=2, help="pin the process to this many")
    args = parser.parse_args()
    cores = sorted(os.sched_getaffinity(0))[: max(1, args.cores)]
    os.sched_setaffinity(0, cores)
    with scratch_folder("bench-dossier-") as work:
        return run(args.photos, args.repeat, work)


if __name__ == "__main__":
    sys.exit(main())
