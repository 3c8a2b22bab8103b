"""Build a dossier from its content: prepare each exhibit, lay out the pages, assemble the PDF,
write the paste-ready text. No database here: exhibits' bytes come through `load`, print-ready
renditions through a `RenditionStore`, so the same builder serves the window, the command line,
the tests and the benchmark.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from atoz_desktop.core.dossier.assemble import assemble
from atoz_desktop.core.dossier.content import DossierContent
from atoz_desktop.core.dossier.exhibits import Loader, PreparedExhibit, prepare
from atoz_desktop.core.dossier.layout import lay_out
from atoz_desktop.core.dossier.plaintext import PasteText, paste_text
from atoz_desktop.core.dossier.renditions import RenditionStore
from atoz_desktop.core.dossier.texts import DossierTexts

#: Threads preparing exhibits: the cores there are, at most 4 (each holds one decoded photo).
PREPARE_THREADS = max(
    1,
    min(
        4,
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1),
    ),
)

Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is being done)
Cancelled = Callable[[], bool]


def _background() -> None:
    """Let the window's thread go first: a dossier's threads decode photos on every core, and
    the seller is still scrolling. Linux sets niceness per thread; elsewhere this does nothing."""
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except OSError:
            pass


class DossierCancelled(Exception):
    """The user cancelled the build; nothing was written."""


@dataclass(frozen=True, slots=True)
class ExhibitOutcome:
    number: int
    evidence_id: int
    file: str
    sha256: str
    kind: str
    mime: str
    pages: int  # pages of the dossier it fills (0: listed only)
    note: str = ""


@dataclass(frozen=True)
class DossierResult:
    pdf: bytes
    pages: int
    exhibits: tuple[ExhibitOutcome, ...]
    text: PasteText
    content: DossierContent = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.pdf)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def notes(self) -> tuple[str, ...]:
        """What could not be included, one line per exhibit, for the user."""
        return tuple(f"{e.file}: {e.note}" for e in self.exhibits if e.note)

    def as_json(self, file: str) -> dict[str, Any]:
        """The object `dossier --json` prints."""
        return {
            "file": file,
            "pages": self.pages,
            "bytes": self.size,
            "sha256": self.sha256,
            "exhibits": [
                {"number": e.number, "file": e.file, "sha256": e.sha256, "pages": e.pages}
                for e in self.exhibits
            ],
            "text_chars": len(self.text.text),
        }


def build_dossier(
    content: DossierContent,
    load: Loader,
    store: RenditionStore,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DossierResult:
    """The PDF and the paste-ready text of `content`. Raises DossierCancelled when
    `cancelled()` turns true; a broken exhibit is listed with a note, never an error."""
    texts = DossierTexts(content.lang, content.tz)
    steps = len(content.exhibits) + 2

    def step(done: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise DossierCancelled()
        if progress is not None:
            progress(done, steps, what)

    prepared: list[PreparedExhibit] = []
    # Decoding photos is most of a first build and Pillow releases the GIL while it decodes
    # and resizes, so exhibits are prepared on a few threads (in order, for progress).
    pool = ThreadPoolExecutor(
        max_workers=PREPARE_THREADS, thread_name_prefix="dossier", initializer=_background
    )
    try:
        futures = [pool.submit(prepare, e, load, store, texts) for e in content.exhibits]
        for done, (exhibit, future) in enumerate(zip(content.exhibits, futures, strict=True)):
            step(done, exhibit.item.file_name)
            prepared.append(future.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    step(len(content.exhibits), "")
    layout = lay_out(content, prepared)
    step(len(content.exhibits) + 1, "")
    assembled = assemble(content, layout, prepared)
    outcomes = tuple(
        ExhibitOutcome(
            number=p.number,
            evidence_id=p.exhibit.item.pk,
            file=p.exhibit.item.file_name,
            sha256=p.exhibit.item.sha256,
            kind=p.exhibit.item.kind,
            mime=p.exhibit.item.mime,
            pages=assembled.exhibit_pages.get(p.number, (0, 0))[1],
            note=p.note,
        )
        for p in prepared
    )
    text = paste_text(content, outcomes)
    if progress is not None:
        progress(steps, steps, "")
    return DossierResult(assembled.pdf, assembled.pages, outcomes, text, content)
