"""The exhibit index and the exhibits' own pages: images scaled to the frame (never above 100
dpi), text exhibits set in paragraphs.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from atoz_desktop.core.dossier.layout.base import (
    Anchor,
    WriterBase,
    exhibit_frame_height,
)
from atoz_desktop.core.dossier.markup import plain
from atoz_desktop.core.dossier.styles import (
    CONTENT_WIDTH,
    RISK,
    RULE,
    SHADE,
)

#: Points per pixel at most: a small image prints at 100 dpi or more, never blown up to a page.
MAX_UPSCALE = 72 / 100


class ExhibitPages(WriterBase):
    """The exhibit index, then one page (or more) per exhibit."""

    def index(self) -> None:
        c, t, s = self.c, self.t, self.s
        self.section("section.index")
        if not c.exhibits:
            self.add(Paragraph(plain(t("index.empty")), s.body))
            return
        head = [
            Paragraph(plain(t(f"index.{k}")), s.cell_head)
            for k in ("number", "file", "type", "date", "sha256")
        ]
        rows: list[list[Any]] = [head]
        for prepared in self.prepared:
            exhibit = prepared.exhibit
            item = exhibit.item
            name = plain(item.file_name)
            if prepared.note:
                name += f'<br/><font color="#{RISK.hexval()[2:]}">{plain(prepared.note)}</font>'
            date = t(f"date.{exhibit.date_kind}", at=t.when(exhibit.date)) if exhibit.date else ""
            kind = plain(t.evidence_kind(item.kind))
            sha = item.sha256
            rows.append(
                [
                    Paragraph(str(exhibit.number), s.cell),
                    Paragraph(name, s.cell),
                    Paragraph(kind, s.cell),
                    Paragraph(plain(date), s.cell),
                    Paragraph(f"{sha[:32]}<br/>{sha[32:]}", s.mono),
                ]
            )
        widths = [10 * mm, 52 * mm, 25 * mm, 30 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        self.add(table)

    def exhibit_pages(self) -> None:
        """Image and text exhibits on pages of their own (PDFs are appended by assemble.py)."""
        s = self.s
        shown = [p for p in self.prepared if p.printed_by_layout]
        if not shown:
            return
        self.add(NextPageTemplate("exhibit"))
        frame_w, frame_h = CONTENT_WIDTH, exhibit_frame_height()
        for prepared in shown:
            key = f"exhibit.{prepared.number}"
            if prepared.frames:
                for number, frame in enumerate(prepared.frames):
                    self.add(PageBreak())
                    if number == 0:
                        self.add(Anchor(key, self.marks))
                    scale = min(frame_w / frame.width, (frame_h - 4) / frame.height, MAX_UPSCALE)
                    # From a .jpg file ReportLab copies the JPEG as it is; from bytes it would
                    # decode every photo again (to hash its pixels), 1 s and 150 MB for 20.
                    path = self.scratch / f"exhibit-{prepared.number}-{number}.jpg"
                    path.write_bytes(frame.data)
                    self.add(
                        Image(str(path), width=frame.width * scale, height=frame.height * scale)
                    )
            else:
                self.add(PageBreak(), Anchor(key, self.marks))
                self.add(*self.text_block(prepared.text or "", s.body))
