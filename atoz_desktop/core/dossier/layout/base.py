"""What every section of the dossier's pages is built with: the story being written, the marks
that say where each section and exhibit starts, facts tables, text blocks, finding paragraphs,
timeline entries and the delivery lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import reportlab.rl_config
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from atoz_desktop.core.dossier.content import DossierContent, day_only_event
from atoz_desktop.core.dossier.exhibits import PreparedExhibit
from atoz_desktop.core.dossier.markup import para, plain
from atoz_desktop.core.dossier.styles import (
    BAND_HEIGHT,
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    PAGE_HEIGHT,
    RISK,
    RULE,
    SHADE,
    STRONG,
    TOP_MARGIN,
    Styles,
    make_styles,
)
from atoz_desktop.core.dossier.texts import DossierTexts
from atoz_desktop.core.rules.carriers import carrier_name
from atoz_desktop.core.rules.findings import Finding
from atoz_desktop.core.services.claims import EventView

# ReportLab's ASCII85 streams are a quarter larger than binary ones, for nothing.
reportlab.rl_config.useA85 = 0


#: A message is set in paragraphs of at most this many lines, so a long mail splits across
#: pages cheaply.
LINES_PER_PARAGRAPH = 30


#: A cell of the facts table shows at most this much of a value (names, ids are short; this
#: only bounds a hostile one so the table row fits a page).
MAX_CELL_CHARS = 600


class Marked(Paragraph):
    """A heading that records the page it is drawn on (for the outline)."""

    def __init__(self, text: str, style: Any, key: str, marks: dict[str, int]) -> None:
        super().__init__(text, style)
        self._key, self._marks = key, marks

    def draw(self) -> None:
        super().draw()
        self._marks.setdefault(self._key, self.canv.getPageNumber() - 1)


class Anchor(Flowable):
    """An invisible mark at the top of an exhibit's first page."""

    def __init__(self, key: str, marks: dict[str, int]) -> None:
        super().__init__()
        self._key, self._marks = key, marks

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._marks.setdefault(self._key, self.canv.getPageNumber() - 1)


class WriterBase:
    """The state of one dossier's story as it is laid out, and the pieces every section uses."""

    def __init__(
        self, content: DossierContent, prepared: list[PreparedExhibit], scratch: Path
    ) -> None:
        self.c = content
        self.scratch = scratch
        self.prepared = prepared
        self.t = DossierTexts(content.lang, content.tz)
        self.s: Styles = make_styles()
        self.marks: dict[str, int] = {}
        self.section_keys: list[tuple[str, str]] = []
        self.story: list[Any] = []

    def add(self, *flowables: Any) -> None:
        self.story.extend(flowables)

    def section(self, key: str) -> None:
        title = self.t(key)
        self.section_keys.append((key, title))
        self.add(Marked(plain(title), self.s.h1, key, self.marks))

    def refs(self, numbers: tuple[int, ...] | list[int]) -> str:
        return self.t.refs(numbers) if numbers else ""

    def text_block(self, text: str, style: Any) -> list[Paragraph]:
        """A long text as paragraphs of a few lines each: blank lines kept, nothing cut."""
        out: list[Paragraph] = []
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        chunk: list[str] = []
        for line in [*lines, ""]:
            if line.strip() and len(chunk) < LINES_PER_PARAGRAPH:
                chunk.append(line)
                continue
            if line.strip():  # the chunk is full: this line starts the next one
                out.append(Paragraph(para("\n".join(chunk)), style))
                chunk = [line]
                continue
            if chunk:
                out.append(Paragraph(para("\n".join(chunk)), style))
                chunk = []
        return out

    def facts_table(self, rows: list[tuple[str, str]]) -> Table:
        data = [
            [Paragraph(plain(label), self.s.label), Paragraph(cell_text(value), self.s.cell)]
            for label, value in rows
            if value
        ]
        table = Table(data, colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return table

    def finding_paragraph(self, finding: Finding, with_label: bool = True) -> Paragraph:
        t = self.t
        risk = finding.severity == "risk"
        mark = "⚠" if risk else "✔" if finding.severity in ("strong", "weak") else "•"
        colour = RISK.hexval()[2:] if risk else STRONG.hexval()[2:]
        refs = self.c.finding_exhibits(finding)
        text = para(t.cite(finding.statement, refs))
        if with_label:
            label = t(f"severity.{finding.severity}")
            text = f'<font color="#{colour}"><b>{plain(label)}</b></font> — {text}'
        return Paragraph(f'<bullet color="#{colour}">{mark}</bullet>{text}', self.s.bullet)

    def delivery_lines(self) -> list[str]:
        c, t = self.c, self.t
        lines = []
        for record in c.deliveries:
            label = t("timeline.tracking", carrier=record.carrier, tracking=record.tracking_number)
            carrier, tracking = record.carrier or "", record.tracking_number or ""
            if record.delivered_at is not None:
                signed = t("delivery.summary-signed") if record.signed_for else ""
                text = t(
                    "delivery.summary",
                    carrier=carrier,
                    tracking=tracking,
                    at=t.moment(record.delivered_at, record.delivered_day_only),
                    signed=signed,
                )
            elif record.shipped_at is not None:
                text = t(
                    "delivery.summary-shipped",
                    carrier=carrier,
                    tracking=tracking,
                    at=t.moment(record.shipped_at, record.shipped_day_only),
                )
            else:
                text = label
            refs = record.exhibits or c.delivery_exhibits
            lines.append(plain(text.strip()) + (f" ({plain(self.refs(refs))})" if refs else ""))
        if not lines and c.delivery_exhibits:
            lines.append(plain(t("delivery.documents", refs=self.refs(c.delivery_exhibits))))
        return lines

    def entry(self, event: EventView) -> list[Any]:
        t, s = self.t, self.s
        when = t.moment(event.at, day_only_event(event))  # as the window's timeline shows it
        head = f"{plain(when)} · {plain(t.event(event.kind))}"
        parts: list[Any] = [Paragraph(head, s.entry)]
        details = event.details or {}
        if event.kind == "status-change":
            old, new = str(details.get("from", "")), str(details.get("to", ""))
            parts.append(
                Paragraph(
                    plain(t("timeline.status", old=t.status(old), new=t.status(new))), s.message
                )
            )
        elif event.kind in ("offer", "counter-offer") and (
            details.get("offer_kind") or event.amount is not None
        ):
            offer = t.offer(str(details.get("offer_kind") or "partial-refund"))
            text = (
                t("timeline.offer", offer=offer, amount=t.money(event.amount, event.currency))
                if event.amount is not None
                else t("timeline.offer-free", offer=offer)
            )
            parts.append(Paragraph(f"<b>{plain(text)}</b>", s.message))
        elif event.amount is not None:
            amount = t.money(event.amount, event.currency)
            parts.append(Paragraph(plain(t("timeline.amount", amount=amount)), s.message))
        if event.author and event.kind in ("message-in", "message-out", "amazon-notice"):
            author = t.author(event.author)
            parts.append(Paragraph(plain(t("timeline.from", author=author)), s.muted))
        if event.kind in ("shipped", "delivered", "signed-for", "in-transit") and not event.text:
            number = str(details.get("tracking_number", ""))
            carrier = carrier_name(str(details.get("carrier", "")), t.lang)
            if number or carrier:
                parts.append(Paragraph(plain(f"{carrier} {number}".strip()), s.message))
        if event.text:
            parts.extend(self.text_block(event.text, s.message))
        refs = self.c.exhibits_of_event(event.pk)
        if refs:
            parts.append(Paragraph(plain(t("timeline.exhibits", refs=self.refs(refs))), s.muted))
        return parts


def exhibit_frame_height() -> float:
    return PAGE_HEIGHT - TOP_MARGIN - BAND_HEIGHT - BOTTOM_MARGIN


def cell_text(value: str) -> str:
    if len(value) > MAX_CELL_CHARS:
        value = value[:MAX_CELL_CHARS] + "…"
    return para(value)
