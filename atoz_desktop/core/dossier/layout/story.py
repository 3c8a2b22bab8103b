"""The dossier's argument: the findings, or an appeal's four parts, the timeline and the delivery
proof.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Spacer,
)

from atoz_desktop.core.dossier.layout.base import (
    WriterBase,
)
from atoz_desktop.core.dossier.markup import plain
from atoz_desktop.core.services.claims import EventView


class StoryPages(WriterBase):
    """Findings (or an appeal's four parts), the timeline and the delivery proof."""

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
                (t("delivery.shipped"), t.moment(record.shipped_at, record.shipped_day_only)),
                (t("delivery.estimated"), t.when(record.estimated_arrival)),
                (
                    t("delivery.delivered"),
                    t.moment(record.delivered_at, record.delivered_day_only),
                ),
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
