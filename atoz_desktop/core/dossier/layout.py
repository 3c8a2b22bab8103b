"""The dossier's own pages, laid out with ReportLab: the cover with its summary, the findings
(or an appeal's four parts), the timeline, the delivery proof, the exhibit index, then the pages
of image and text exhibits.

Every value from the database goes through markup.py before it becomes a Paragraph. Page
furniture that needs the final page count (the "page N of M" footer, the band naming an
exhibit) is drawn by assemble.py afterwards; this module reports where each section and each
exhibit starts so the outline and the bands land on the right pages.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import reportlab.rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from atoz_desktop.core.dossier.content import DossierContent
from atoz_desktop.core.dossier.exhibits import PreparedExhibit
from atoz_desktop.core.dossier.furniture import Furniture
from atoz_desktop.core.dossier.markup import para, plain
from atoz_desktop.core.dossier.styles import (
    BAND_HEIGHT,
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
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
_LINES_PER_PARAGRAPH = 30
#: Points per pixel at most: a small image prints at 100 dpi or more, never blown up to a page.
MAX_UPSCALE = 72 / 100
#: A cell of the facts table shows at most this much of a value (names, ids are short; this
#: only bounds a hostile one so the table row fits a page).
_MAX_CELL_CHARS = 600


@dataclass
class Layout:
    """The laid-out pages and where things are. Page numbers are 0-based indexes into `pdf`."""

    pdf: bytes
    sections: list[tuple[str, int]] = field(default_factory=list)
    exhibit_starts: dict[int, int] = field(default_factory=dict)
    pages: int = 0


class _Marked(Paragraph):
    """A heading that records the page it is drawn on (for the outline)."""

    def __init__(self, text: str, style: Any, key: str, marks: dict[str, int]) -> None:
        super().__init__(text, style)
        self._key, self._marks = key, marks

    def draw(self) -> None:
        super().draw()
        self._marks.setdefault(self._key, self.canv.getPageNumber() - 1)


class _Anchor(Flowable):
    """An invisible mark at the top of an exhibit's first page."""

    def __init__(self, key: str, marks: dict[str, int]) -> None:
        super().__init__()
        self._key, self._marks = key, marks

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._marks.setdefault(self._key, self.canv.getPageNumber() - 1)


class _Writer:
    """Builds the story of one dossier."""

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

    # Helpers ---------------------------------------------------------------------------------

    def add(self, *flowables: Any) -> None:
        self.story.extend(flowables)

    def section(self, key: str) -> None:
        title = self.t(key)
        self.section_keys.append((key, title))
        self.add(_Marked(plain(title), self.s.h1, key, self.marks))

    def refs(self, numbers: tuple[int, ...] | list[int]) -> str:
        return self.t.refs(numbers) if numbers else ""

    def text_block(self, text: str, style: Any) -> list[Paragraph]:
        """A long text as paragraphs of a few lines each: blank lines kept, nothing cut."""
        out: list[Paragraph] = []
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        chunk: list[str] = []
        for line in [*lines, ""]:
            if line.strip() and len(chunk) < _LINES_PER_PARAGRAPH:
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
            [Paragraph(plain(label), self.s.label), Paragraph(_cell(value), self.s.cell)]
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

    # Cover -----------------------------------------------------------------------------------

    def cover(self) -> None:
        c, t, s = self.c, self.t, self.s
        self.add(self.seller_block())
        title = t(f"title.{c.kind}")
        self.section_keys.append(("section.summary", t("section.summary")))
        self.add(_Marked(plain(title), s.title, "section.summary", self.marks))
        self.add(
            Paragraph(
                plain(t("subtitle", order_id=c.claim.order_id, reason=t.reason(c.claim.reason))),
                s.subtitle,
            )
        )
        prepared = t.day(c.built_at)
        by = c.seller.byline
        self.add(
            Paragraph(
                plain(
                    t("prepared-by", date=prepared, seller=by)
                    if by
                    else t("prepared", date=prepared)
                ),
                s.muted,
            ),
            Spacer(1, 4 * mm),
            self.facts_table(self.fact_rows()),
            Spacer(1, 3 * mm),
        )
        self.summary()

    def seller_block(self) -> Flowable:
        seller = self.c.seller
        lines = []
        if seller.store.strip():
            lines.append(f"<b>{plain(seller.store)}</b>")
        if seller.name.strip() and seller.name.strip() != seller.store.strip():
            lines.append(plain(seller.name))
        lines += [plain(line) for line in seller.address.splitlines() if line.strip()]
        text = Paragraph("<br/>".join(lines), self.s.seller) if lines else Spacer(1, 1)
        logo = _logo(seller.logo)
        if logo is None:
            return text
        table = Table([[logo, text]], colWidths=[logo.drawWidth + 6 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        table.hAlign = "LEFT"
        return table

    def fact_rows(self) -> list[tuple[str, str]]:
        c, t = self.c, self.t
        claim, order = c.claim, c.order
        first = next((d for d in c.deliveries if d.shipped_at), None)
        delivered = next((d for d in c.deliveries if d.delivered_at), None)
        rows = [
            (t("fact.order"), claim.order_id),
            (t("fact.marketplace"), (order.sales_channel or "") if order else ""),
            (t("fact.channel"), t.channel(claim.channel)),
            (
                t("fact.fulfilment"),
                t(f"fulfilment.{order.fulfillment}") if order and order.fulfillment else "",
            ),
            (t("fact.reason"), t.reason(claim.reason)),
            (t("fact.status"), t.status(claim.status)),
            (t("fact.amount"), t.money(claim.amount, claim.currency)),
            (t("fact.total"), t.money(order.total, order.currency) if order else ""),
            (t("fact.items"), t.list_join([p for p in order.products if p]) if order else ""),
            (t("fact.buyer"), claim.buyer or ""),
            (t("fact.purchased"), t.when(claim.purchase_date)),
            (t("fact.shipped"), t.when(first.shipped_at) if first else ""),
            (t("fact.latest-delivery"), t.when(claim.latest_delivery)),
            (t("fact.delivered"), t.when(delivered.delivered_at) if delivered else ""),
            (t("fact.filed"), t.when(claim.filed_at)),
            (t("fact.response-due"), t.when(claim.response_due)),
            (t("fact.decided"), t.when(claim.decided_at)),
            (t("fact.appeal-due"), t.when(claim.appeal_due)),
            (t("fact.policy"), claim.policy.describe(c.lang)),
        ]
        return rows

    def summary(self) -> None:
        c, t, s = self.c, self.t, self.s
        strong = [f for f in c.defence() if f.severity == "strong"] or list(c.defence())[:3]
        self.add(Paragraph(plain(t("summary.case")), s.h2))
        if strong:
            for finding in strong:
                self.add(self.finding_paragraph(finding, with_label=False))
        else:
            self.add(Paragraph(plain(t("summary.no-case")), s.body))
        delivery = self.delivery_lines()
        if delivery:
            self.add(Paragraph(plain(t("summary.delivery")), s.h2))
            for line in delivery:
                self.add(Paragraph(line, s.bullet, bulletText="•"))
        silent = c.buyer_silent_since
        if silent is not None:
            self.add(Paragraph(plain(t("summary.silence")), s.h2))
            self.add(Paragraph(plain(t("silence", at=t.when(silent))), s.bullet, bulletText="•"))
        self.add(Paragraph(plain(t("summary.evidence")), s.h2))
        groups = self.evidence_groups()
        if not groups:
            self.add(Paragraph(plain(t("summary.no-evidence")), s.body))
        for line in groups:
            self.add(Paragraph(line, s.bullet, bulletText="•"))

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
                    at=t.when(record.delivered_at),
                    signed=signed,
                )
            elif record.shipped_at is not None:
                text = t(
                    "delivery.summary-shipped",
                    carrier=carrier,
                    tracking=tracking,
                    at=t.when(record.shipped_at),
                )
            else:
                text = label
            refs = record.exhibits or c.delivery_exhibits
            lines.append(plain(text.strip()) + (f" ({plain(self.refs(refs))})" if refs else ""))
        if not lines and c.delivery_exhibits:
            lines.append(plain(t("delivery.documents", refs=self.refs(c.delivery_exhibits))))
        return lines

    def evidence_groups(self) -> list[str]:
        """Every exhibit cited by number, grouped by kind: '<b>photo</b>: Exhibits 3–5'."""
        c, t = self.c, self.t
        groups: dict[str, list[int]] = {}
        for exhibit in c.exhibits:
            groups.setdefault(exhibit.item.kind, []).append(exhibit.number)
        colon = ":" if c.lang == "en" else "\u00a0:"
        return [
            f"<b>{plain(t.evidence_kind(kind).capitalize())}</b>{colon} {plain(self.refs(numbers))}"
            for kind, numbers in groups.items()
        ]

    # Findings --------------------------------------------------------------------------------

    def finding_paragraph(self, finding: Finding, with_label: bool = True) -> Paragraph:
        t = self.t
        risk = finding.severity == "risk"
        mark = "⚠" if risk else "✔" if finding.severity in ("strong", "weak") else "•"
        colour = RISK.hexval()[2:] if risk else STRONG.hexval()[2:]
        refs = self.c.finding_exhibits(finding)
        text = para(
            t.cite(finding.statement, refs)
        )
        if with_label:
            label = t(f"severity.{finding.severity}")
            text = f'<font color="#{colour}"><b>{plain(label)}</b></font> — {text}'
        return Paragraph(f'<bullet color="#{colour}">{mark}</bullet>{text}', self.s.bullet)

    def findings(self) -> None:
        c, t, s = self.c, self.t, self.s
        self.section("section.findings")
        found = c.findings()
        if not found:
            self.add(Paragraph(plain(t("findings.none")), s.body))
            return
        defence = [f for f in found if f.severity != "risk"]
        risks = [f for f in found if f.severity == "risk"]
        if defence:
            self.add(Paragraph(plain(t("findings.defence")), s.h2))
            self.add(*(self.finding_paragraph(f) for f in defence))
        if risks:
            self.add(Paragraph(plain(t("findings.risks")), s.h2))
            self.add(*(self.finding_paragraph(f) for f in risks))

    # Timeline --------------------------------------------------------------------------------

    def timeline(self, events: tuple[EventView, ...], key: str = "section.timeline") -> None:
        t, s = self.t, self.s
        self.section(key)
        if not events:
            self.add(Paragraph(plain(t("timeline.empty")), s.body))
        for event in events:
            self.add(*self.entry(event))
        silent = self.c.buyer_silent_since
        if silent is not None:
            self.add(
                Spacer(1, 2 * mm),
                Paragraph(f"<b>{plain(t('silence', at=t.when(silent)))}</b>", s.body),
            )

    def entry(self, event: EventView) -> list[Any]:
        t, s = self.t, self.s
        head = f"{plain(t.when(event.at))} · {plain(t.event(event.kind))}"
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

    # Delivery proof --------------------------------------------------------------------------

    def delivery(self) -> None:
        c, t, s = self.c, self.t, self.s
        self.section("section.delivery")
        if c.order is not None and c.order.fulfillment == "AFN":
            self.add(Paragraph(plain(t("delivery.fba")), s.body))
        tracked = [d for d in c.deliveries if d.tracking_number or d.carrier]
        if not tracked and not (c.order is not None and c.order.fulfillment == "AFN"):
            self.add(Paragraph(plain(t("delivery.none")), s.body))
        for number, record in enumerate(tracked, 1):
            if len(tracked) > 1:
                self.add(Paragraph(plain(t("delivery.shipment", n=number)), s.h2))
            signature = t("delivery.signed") if record.signed_for else t("delivery.unsigned")
            refs = record.exhibits
            rows = [
                (t("delivery.carrier"), record.carrier),
                (t("delivery.tracking"), record.tracking_number),
                (t("delivery.shipped"), t.when(record.shipped_at)),
                (t("delivery.estimated"), t.when(record.estimated_arrival)),
                (t("delivery.delivered"), t.when(record.delivered_at)),
                (t("delivery.signature"), signature if record.delivered_at else ""),
                (t("delivery.proof"), self.refs(refs)),
            ]
            self.add(self.facts_table(rows), Spacer(1, 2 * mm))
        if c.delivery_exhibits:
            self.add(
                Paragraph(
                    plain(t("delivery.documents", refs=self.refs(c.delivery_exhibits))), s.body
                )
            )

    # Appeal ----------------------------------------------------------------------------------

    def appeal(self) -> None:
        c, t, s = self.c, self.t, self.s
        claim = c.claim
        self.section("section.ack")
        self.add(
            Paragraph(
                plain(
                    t(
                        "appeal.ack",
                        decided=t.when(claim.decided_at),
                        outcome=t.status(claim.status),
                        amount=t.money(claim.amount, claim.currency),
                    )
                ),
                s.body,
            )
        )
        refunds = [e for e in claim.events if e.kind == "refund-outside-claim" and e.amount]
        for event in refunds:
            text = t(
                "appeal.ack-refund",
                amount=t.money(event.amount, event.currency),
                at=t.when(event.at),
            )
            self.add(Paragraph(plain(text), s.body))

        self.section("section.communication")
        conversation = c.conversation
        self.add(
            Paragraph(
                plain(t("appeal.communication" if conversation else "appeal.no-communication")),
                s.body,
            )
        )
        for event in conversation:
            self.add(*self.entry(event))
        silent = c.buyer_silent_since
        if silent is not None:
            self.add(Paragraph(f"<b>{plain(t('silence', at=t.when(silent)))}</b>", s.body))

        self.section("section.unfair")
        if c.options.unfair.strip():
            self.add(Paragraph(plain(t("appeal.seller-words")), s.h2))
            self.add(*self.text_block(c.options.unfair.strip(), s.body))
        self.add(Paragraph(plain(t("appeal.facts")), s.h2))
        defence = c.defence()
        if defence:
            self.add(*(self.finding_paragraph(f) for f in defence))
        else:
            self.add(Paragraph(plain(t("appeal.no-facts")), s.body))
        delivery = self.delivery_lines()
        for line in delivery:
            self.add(Paragraph(line, s.bullet, bulletText="•"))

        self.section("section.proposal")
        proposal = c.options.proposal.strip() or t("appeal.proposal-default")
        self.add(*self.text_block(proposal, s.body))
        if c.options.include_risks:
            risks = [f for f in c.findings() if f.severity == "risk"]
            if risks:
                self.add(Paragraph(plain(t("findings.risks")), s.h2))
                self.add(*(self.finding_paragraph(f) for f in risks))

    # Exhibits --------------------------------------------------------------------------------

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
        frame_w, frame_h = CONTENT_WIDTH, _exhibit_frame_height()
        for prepared in shown:
            key = f"exhibit.{prepared.number}"
            if prepared.frames:
                for number, frame in enumerate(prepared.frames):
                    self.add(PageBreak())
                    if number == 0:
                        self.add(_Anchor(key, self.marks))
                    scale = min(frame_w / frame.width, (frame_h - 4) / frame.height, MAX_UPSCALE)
                    # From a .jpg file ReportLab copies the JPEG as it is; from bytes it would
                    # decode every photo again (to hash its pixels), 1 s and 150 MB for 20.
                    path = self.scratch / f"exhibit-{prepared.number}-{number}.jpg"
                    path.write_bytes(frame.data)
                    self.add(
                        Image(str(path), width=frame.width * scale, height=frame.height * scale)
                    )
            else:
                self.add(PageBreak(), _Anchor(key, self.marks))
                self.add(*self.text_block(prepared.text or "", s.body))


def _exhibit_frame_height() -> float:
    return PAGE_HEIGHT - TOP_MARGIN - BAND_HEIGHT - BOTTOM_MARGIN


def _cell(value: str) -> str:
    if len(value) > _MAX_CELL_CHARS:
        value = value[:_MAX_CELL_CHARS] + "…"
    return para(value)


def _logo(data: bytes | None) -> Image | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a logo that does not decode is left out, not a failed dossier
        return None
    scale = min(38 * mm / width, 20 * mm / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


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
        _exhibit_frame_height(),
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
