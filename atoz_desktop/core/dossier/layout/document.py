"""The dossier's pages put together: the sections in their order, then ReportLab's document
built over them, reporting where each section and exhibit starts.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
)

from atoz_desktop.core.dossier.content import DossierContent
from atoz_desktop.core.dossier.exhibits import PreparedExhibit
from atoz_desktop.core.dossier.furniture import Furniture
from atoz_desktop.core.dossier.layout.base import (
    exhibit_frame_height,
)
from atoz_desktop.core.dossier.layout.exhibits import ExhibitPages
from atoz_desktop.core.dossier.layout.front import FrontPages
from atoz_desktop.core.dossier.layout.story import StoryPages
from atoz_desktop.core.dossier.styles import (
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOP_MARGIN,
)


@dataclass
class Layout:
    """The laid-out pages and where things are. Page numbers are 0-based indexes into `pdf`."""

    pdf: bytes
    sections: list[tuple[str, int]] = field(default_factory=list)
    exhibit_starts: dict[int, int] = field(default_factory=dict)
    pages: int = 0


class _Writer(FrontPages, StoryPages, ExhibitPages):
    """Builds the story of one dossier."""


def lay_out(content: DossierContent, prepared: list[PreparedExhibit]) -> Layout:
    """Lay out the dossier's own pages. `prepared` are the exhibits in number order."""
    with tempfile.TemporaryDirectory(prefix="atoz-dossier-") as scratch:
        return _lay_out(_Writer(content, prepared, Path(scratch)))


def _lay_out(writer: _Writer) -> Layout:
    content = writer.c
    writer.cover()
    if content.kind == "appeal":
        writer.appeal()
        writer.delivery()
    else:
        writer.findings()
        writer.timeline(content.timeline)
        writer.delivery()
    writer.index()
    writer.exhibit_pages()

    out = io.BytesIO()
    body = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    exhibit = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        CONTENT_WIDTH,
        exhibit_frame_height(),
        id="exhibit",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        pageTemplates=[
            PageTemplate(id="body", frames=[body]),
            PageTemplate(id="exhibit", frames=[exhibit]),
        ],
        title="",
        invariant=0,
    )
    furniture = Furniture(content, writer.prepared)

    def exhibit_starts() -> dict[int, int]:
        return {
            int(key.split(".", 1)[1]): page
            for key, page in writer.marks.items()
            if key.startswith("exhibit.")
        }

    def furnish(canvas: Canvas, index: int, pages: int) -> None:
        starts = sorted(exhibit_starts().items(), key=lambda item: item[1])
        total = pages + furniture.appended_total
        band = None
        number = index + 1
        for position, (exhibit, start) in enumerate(starts):
            end = starts[position + 1][1] if position + 1 < len(starts) else pages
            if start <= index < end:
                band = furniture.band(exhibit, index - start + 1, end - start)
                number += furniture.appended_before(exhibit)
        furniture.draw(canvas, PAGE_WIDTH, PAGE_HEIGHT, number, total, band)

    doc.build(writer.story, canvasmaker=partial(_FurnishedCanvas, furnish=furnish))
    layout = Layout(out.getvalue())
    layout.sections = [
        (title, writer.marks[key]) for key, title in writer.section_keys if key in writer.marks
    ]
    layout.exhibit_starts = exhibit_starts()
    layout.pages = doc.page
    return layout


class _FurnishedCanvas(Canvas):
    """Keeps every page until the document ends, then draws each one's footer and band: only
    then are the page count and each exhibit's pages known."""

    def __init__(
        self, *args: Any, furnish: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._furnish = furnish
        self._kept: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._kept)
        for index, state in enumerate(self._kept):
            self.__dict__.update(state)
            self._furnish(self, index, pages)
            super().showPage()
        super().save()
