"""The dossier's first page: the seller's block (with the logo), the claim's facts and the
summary of findings, delivery and evidence.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from atoz_desktop.core.dossier.layout.base import (
    Marked,
    WriterBase,
)
from atoz_desktop.core.dossier.markup import plain


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


class FrontPages(WriterBase):
    """The cover: the seller, the claim's facts and the summary."""

    def cover(self) -> None:
        c, t, s = self.c, self.t, self.s
        self.add(self.seller_block())
        title = t(f"title.{c.kind}")
        self.section_keys.append(("section.summary", t("section.summary")))
        self.add(Marked(plain(title), s.title, "section.summary", self.marks))
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
            (
                t("fact.shipped"),
                t.moment(first.shipped_at, first.shipped_day_only) if first else "",
            ),
            (t("fact.latest-delivery"), t.when(claim.latest_delivery)),
            (
                t("fact.delivered"),
                t.moment(delivered.delivered_at, delivered.delivered_day_only) if delivered else "",
            ),
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
