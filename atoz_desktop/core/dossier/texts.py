"""The dossier's wording in English and French, side by side for a translator.

A dossier's language is chosen per dossier (a French seller may answer amazon.de in English), so
it does not follow the program's language and does not go through `i18n._`: the layout asks
`DossierTexts(lang)` for each phrase. Amounts and dates come from rules/texts.py, so the dossier
writes them exactly as the findings do. French strings carry their no-break spaces (U+00A0)
before ":" and ";" and inside « ».
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from decimal import Decimal

from atoz_desktop.core.dossier.names import (
    EVENT_NAMES,
    EVIDENCE_KIND_NAMES,
    OFFER_NAMES,
    STATUS_NAMES,
)
from atoz_desktop.core.rules.texts import (
    CHANNEL_NAMES,
    REASON_NAMES,
    Lang,
    format_date,
    format_datetime,
    format_money,
    lang_of,
)

_S = "\u00a0"  # no-break space

TEXTS: dict[Lang, dict[str, str]] = {
    "en": {
        # Titles and metadata
        "title.response": "Response to an A-to-z Guarantee claim",
        "title.appeal": "Appeal of an A-to-z Guarantee claim decision",
        "subtitle": "Order {order_id} · {reason}",
        "prepared": "Prepared on {date}",
        "prepared-by": "Prepared on {date} by {seller}",
        "subject": "A-to-z Guarantee claim on order {order_id}",
        "footer": "{title} · order {order_id} · page {page} of {pages}",
        "file-name.response": "Response dossier {order_id}",
        "file-name.appeal": "Appeal dossier {order_id}",
        # Facts
        "fact.order": "Order",
        "fact.marketplace": "Marketplace",
        "fact.channel": "Channel",
        "fact.fulfilment": "Fulfilment",
        "fact.reason": "Reason for the claim",
        "fact.status": "Status",
        "fact.amount": "Amount claimed",
        "fact.total": "Order total",
        "fact.items": "Items ordered",
        "fact.buyer": "Buyer",
        "fact.purchased": "Ordered",
        "fact.shipped": "Shipped",
        "fact.latest-delivery": "Latest estimated delivery",
        "fact.delivered": "Delivered",
        "fact.filed": "Claim filed",
        "fact.response-due": "Response due",
        "fact.decided": "Decided",
        "fact.appeal-due": "Appeal due",
        "fact.policy": "Policy applied",
        "fulfilment.AFN": "Fulfilled by Amazon (FBA)",
        "fulfilment.MFN": "Shipped by the seller",
        # Sections
        "section.summary": "Summary",
        "section.findings": "Findings",
        "section.timeline": "Timeline",
        "section.delivery": "Delivery proof",
        "section.index": "Exhibit index",
        "section.exhibits": "Exhibits",
        "section.ack": "1. Acknowledgment of the decision",
        "section.communication": "2. Proof of communication with the buyer",
        "section.unfair": "3. Why the decision is unfair",
        "section.proposal": "4. Fair resolution proposed",
        # Summary
        "summary.case": "The seller's case",
        "summary.no-case": "The facts of the claim and the seller's evidence are set out below.",
        "summary.delivery": "Delivery proof",
        "summary.evidence": "Evidence attached",
        "summary.no-evidence": "No document is attached to this claim.",
        "summary.silence": "Buyer",
        # Exhibits
        "exhibit": "Exhibit {n}",
        "exhibits": "Exhibits {list}",
        "exhibit.see": "see {refs}",
        "exhibit.file": "Exhibit {n} - {name}",
        # Findings
        "findings.defence": "For the seller",
        "findings.risks": "Risks (for the seller's own file)",
        "findings.none": "No finding: the rules see nothing for or against the seller yet.",
        "severity.strong": "Strong point",
        "severity.weak": "Supporting point",
        "severity.info": "Information",
        "severity.risk": "Risk",
        # Timeline
        "timeline.empty": "Nothing is recorded on this claim's timeline.",
        "timeline.from": "From: {author}",
        "author.buyer": "the buyer",
        "author.seller": "the seller",
        "timeline.amount": "Amount: {amount}",
        "timeline.offer": "{offer} of {amount}",
        "timeline.offer-free": "{offer}",
        "timeline.status": "Status: {old} → {new}",
        "timeline.exhibits": "Attached: {refs}",
        "timeline.tracking": "{carrier} {tracking}",
        "silence": "No reply from the buyer since {at}.",
        # Delivery
        "delivery.carrier": "Carrier",
        "delivery.tracking": "Tracking number",
        "delivery.shipped": "Shipped",
        "delivery.estimated": "Estimated arrival",
        "delivery.delivered": "Delivered",
        "delivery.signature": "Signature",
        "delivery.signed": "signed for on delivery",
        "delivery.unsigned": "no signature recorded",
        "delivery.proof": "Proof",
        "delivery.shipment": "Shipment {n}",
        "delivery.none": "No shipment with a tracking number is recorded for this order.",
        "delivery.fba": (
            "Fulfilled by Amazon (FBA): Amazon's logistics shipped this order and hold the "
            "carrier's records."
        ),
        "delivery.documents": "Delivery documents: {refs}.",
        "delivery.summary": "{carrier} {tracking}: delivered on {at}{signed}",
        "delivery.summary-shipped": "{carrier} {tracking}: shipped on {at}",
        "delivery.summary-signed": ", signed for",
        # Index
        "index.number": "No.",
        "index.file": "File",
        "index.type": "Type",
        "index.date": "Date",
        "index.sha256": "SHA-256",
        "index.pages": "Pages",
        "index.empty": "No exhibit.",
        "date.taken": "taken {at}",
        "date.received": "received {at}",
        "date.file": "file of {at}",
        "date.added": "added {at}",
        "note.password": (
            "Protected by a password: listed here, not appended. Send the file itself."
        ),
        "note.unreadable": "Could not be read ({reason}): listed here, not appended.",
        "note.mail": (
            "The original e-mail: its text is on the timeline, its attachments are exhibits."
        ),
        "reason.damaged": "the file is damaged or incomplete",
        "note.frames": "The first {shown} of its {count} pages are printed.",
        "note.text-cut": "The first {shown} characters of {count} are printed.",
        "exhibit.caption": "{exhibit} · {file} · {kind}",
        "exhibit.page": "page {page} of {pages}",
        # Appeal
        "appeal.ack": (
            "On {decided}, Amazon decided this claim: {outcome}, for an amount of {amount}. "
            "The seller acknowledges this decision and asks Amazon to review it."
        ),
        "appeal.ack-refund": "The claim was refunded for {amount} on {at}.",
        "appeal.communication": (
            "Every message exchanged with the buyer about this order is reproduced in full "
            "in the timeline below."
        ),
        "appeal.no-communication": "No message with the buyer is recorded.",
        "appeal.seller-words": "The seller's statement",
        "appeal.facts": "The facts on record",
        "appeal.no-facts": "The seller relies on the timeline and exhibits below.",
        "appeal.proposal-default": (
            "The seller asks Amazon to reverse the decision and to remove this claim from the "
            "account's Order Defect Rate."
        ),
    },
    "fr": {
        "title.response": "Réponse à une réclamation au titre de la garantie A à Z",
        "title.appeal": (
            "Recours contre la décision sur une réclamation au titre de la garantie A à Z"
        ),
        "subtitle": "Commande {order_id} · {reason}",
        "prepared": "Établi le {date}",
        "prepared-by": "Établi le {date} par {seller}",
        "subject": "Réclamation au titre de la garantie A à Z sur la commande {order_id}",
        "footer": "{title} · commande {order_id} · page {page} sur {pages}",
        "file-name.response": "Dossier de réponse {order_id}",
        "file-name.appeal": "Dossier de recours {order_id}",
        "fact.order": "Commande",
        "fact.marketplace": "Place de marché",
        "fact.channel": "Canal",
        "fact.fulfilment": "Expédition",
        "fact.reason": "Motif de la réclamation",
        "fact.status": "Statut",
        "fact.amount": "Montant réclamé",
        "fact.total": "Total de la commande",
        "fact.items": "Articles commandés",
        "fact.buyer": "Acheteur",
        "fact.purchased": "Commandé le",
        "fact.shipped": "Expédié le",
        "fact.latest-delivery": "Date de livraison estimée maximale",
        "fact.delivered": "Livré le",
        "fact.filed": "Réclamation déposée le",
        "fact.response-due": "Réponse attendue avant le",
        "fact.decided": "Décision du",
        "fact.appeal-due": "Recours possible jusqu'au",
        "fact.policy": "Politique appliquée",
        "fulfilment.AFN": "Expédié par Amazon (FBA)",
        "fulfilment.MFN": "Expédié par le vendeur",
        "section.summary": "Synthèse",
        "section.findings": "Constats",
        "section.timeline": "Chronologie",
        "section.delivery": "Preuve de livraison",
        "section.index": "Liste des pièces",
        "section.exhibits": "Pièces",
        "section.ack": "1. Prise en compte de la décision",
        "section.communication": "2. Preuve des échanges avec l'acheteur",
        "section.unfair": "3. Pourquoi la décision est injuste",
        "section.proposal": "4. Solution équitable proposée",
        "summary.case": "Les arguments du vendeur",
        "summary.no-case": (
            "Les faits de la réclamation et les pièces du vendeur sont présentés ci-dessous."
        ),
        "summary.delivery": "Preuve de livraison",
        "summary.evidence": "Pièces jointes",
        "summary.no-evidence": "Aucun document n'est joint à cette réclamation.",
        "summary.silence": "Acheteur",
        "exhibit": "Pièce {n}",
        "exhibits": "Pièces {list}",
        "exhibit.see": "voir {refs}",
        "exhibit.file": "Pièce {n} - {name}",
        "findings.defence": "En faveur du vendeur",
        "findings.risks": "Risques (pour le dossier du vendeur)",
        "findings.none": (
            "Aucun constat\u00a0: les règles ne relèvent encore rien pour ou contre le vendeur."
        ),
        "severity.strong": "Point fort",
        "severity.weak": "Point d'appui",
        "severity.info": "Information",
        "severity.risk": "Risque",
        "timeline.empty": "Rien n'est enregistré dans la chronologie de cette réclamation.",
        "timeline.from": "De\u00a0: {author}",
        "author.buyer": "l'acheteur",
        "author.seller": "le vendeur",
        "timeline.amount": "Montant\u00a0: {amount}",
        "timeline.offer": "{offer} de {amount}",
        "timeline.offer-free": "{offer}",
        "timeline.status": "Statut\u00a0: {old} → {new}",
        "timeline.exhibits": "Joint\u00a0: {refs}",
        "timeline.tracking": "{carrier} {tracking}",
        "silence": "Aucune réponse de l'acheteur depuis le {at}.",
        "delivery.carrier": "Transporteur",
        "delivery.tracking": "Numéro de suivi",
        "delivery.shipped": "Expédié le",
        "delivery.estimated": "Arrivée estimée",
        "delivery.delivered": "Livré le",
        "delivery.signature": "Signature",
        "delivery.signed": "remis contre signature",
        "delivery.unsigned": "aucune signature enregistrée",
        "delivery.proof": "Preuve",
        "delivery.shipment": "Envoi {n}",
        "delivery.none": "Aucun envoi avec numéro de suivi n'est enregistré pour cette commande.",
        "delivery.fba": (
            "Expédié par Amazon (FBA)\u00a0: la logistique d'Amazon a expédié cette commande et "
            "détient les données du transporteur."
        ),
        "delivery.documents": "Documents de livraison\u00a0: {refs}.",
        "delivery.summary": "{carrier} {tracking}\u00a0: livré le {at}{signed}",
        "delivery.summary-shipped": "{carrier} {tracking}\u00a0: expédié le {at}",
        "delivery.summary-signed": ", remis contre signature",
        "index.number": "N°",
        "index.file": "Fichier",
        "index.type": "Type",
        "index.date": "Date",
        "index.sha256": "SHA-256",
        "index.pages": "Pages",
        "index.empty": "Aucune pièce.",
        "date.taken": "prise le {at}",
        "date.received": "reçue le {at}",
        "date.file": "fichier du {at}",
        "date.added": "ajoutée le {at}",
        "note.password": (
            "Protégée par un mot de passe\u00a0: listée ici, non jointe. Envoyez le fichier "
            "lui-même."
        ),
        "note.unreadable": "Illisible ({reason})\u00a0: listée ici, non jointe.",
        "note.mail": (
            "Le courriel d'origine\u00a0: son texte figure dans la chronologie, ses pièces "
            "jointes sont des pièces."
        ),
        "reason.damaged": "le fichier est endommagé ou incomplet",
        "note.frames": "Les {shown} premières de ses {count} pages sont imprimées.",
        "note.text-cut": "Les {shown} premiers caractères sur {count} sont imprimés.",
        "exhibit.caption": "{exhibit} · {file} · {kind}",
        "exhibit.page": "page {page} sur {pages}",
        "appeal.ack": (
            "Le {decided}, Amazon a statué sur cette réclamation\u00a0: {outcome}, pour un "
            "montant de {amount}. Le vendeur prend acte de cette décision et demande à Amazon "
            "de la réexaminer."
        ),
        "appeal.ack-refund": "La réclamation a été remboursée à hauteur de {amount} le {at}.",
        "appeal.communication": (
            "Tous les messages échangés avec l'acheteur au sujet de cette commande sont "
            "reproduits intégralement dans la chronologie ci-dessous."
        ),
        "appeal.no-communication": "Aucun échange avec l'acheteur n'est enregistré.",
        "appeal.seller-words": "La déclaration du vendeur",
        "appeal.facts": "Les faits établis",
        "appeal.no-facts": "Le vendeur s'appuie sur la chronologie et les pièces ci-dessous.",
        "appeal.proposal-default": (
            "Le vendeur demande à Amazon d'annuler la décision et de retirer cette réclamation "
            "du taux de défauts de commande (ODR) du compte."
        ),
    },
}


class DossierTexts:
    """The phrases, names, dates and amounts of one dossier, in its language and time zone."""

    def __init__(self, lang: str, tz: tzinfo) -> None:
        self.lang: Lang = lang_of(lang)
        self.tz = tz
        self._texts = TEXTS[self.lang]

    def __call__(self, key: str, **fields: object) -> str:
        return self._texts[key].format(**fields)

    def when(self, value: datetime | None) -> str:
        return "" if value is None else format_datetime(value, self.lang, self.tz)

    def author(self, value: str) -> str:
        """Who an entry is from: 'buyer' and 'seller' as words, a name or 'Amazon' as written."""
        key = f"author.{value}"
        return self._texts[key] if key in self._texts else value

    def day(self, value: datetime | None) -> str:
        return "" if value is None else format_date(value, self.lang, self.tz)

    def moment(self, value: datetime | None, day_only: bool) -> str:
        """`when`, or the day alone for a date read from a document that printed no time."""
        return self.day(value) if day_only else self.when(value)

    def money(self, amount: Decimal | None, currency: str | None) -> str:
        if amount is None:
            return ""
        return format_money(amount, currency or "", self.lang)

    def reason(self, reason: str) -> str:
        return REASON_NAMES[self.lang].get(reason, reason)

    def channel(self, channel: str) -> str:
        return CHANNEL_NAMES[self.lang].get(channel, channel)

    def status(self, status: str) -> str:
        return STATUS_NAMES[self.lang].get(status, status)

    def event(self, kind: str) -> str:
        return EVENT_NAMES[self.lang].get(kind, kind)

    def offer(self, kind: str) -> str:
        return OFFER_NAMES[self.lang].get(kind, kind)

    def evidence_kind(self, kind: str) -> str:
        return EVIDENCE_KIND_NAMES[self.lang].get(kind, kind)

    def label(self, key: str) -> str:
        """A fact's label followed by the language's colon ('Order:' / 'Commande :')."""
        return self._texts[key] + (":" if self.lang == "en" else f"{_S}:")

    def exhibit(self, number: int) -> str:
        return self("exhibit", n=number)

    def cite(self, sentence: str, numbers: Sequence[int]) -> str:
        """'Delivered on 23/11.' citing [1] -> 'Delivered on 23/11 (see Exhibit 1).'"""
        if not numbers:
            return sentence
        refs = self.refs(numbers)
        if self.lang == "fr":  # "voir pièces 1 à 3": a common noun inside a French sentence
            refs = refs[0].lower() + refs[1:]
        refs = self("exhibit.see", refs=refs)
        body = sentence.rstrip()
        if body.endswith("."):
            return f"{body[:-1]} ({refs})."
        return f"{body} ({refs})"

    def list_join(self, items: Sequence[str]) -> str:
        """Items of a list in a sentence: '; ' in English, ' ; ' (no-break) in French."""
        return ("; " if self.lang == "en" else f"{_S}; ").join(items)

    def refs(self, numbers: Sequence[int]) -> str:
        """'Exhibit 3', 'Exhibits 1–3, 5' / 'Pièce 3', 'Pièces 1–3, 5'."""
        ordered = sorted(set(numbers))
        if len(ordered) == 1:
            return self.exhibit(ordered[0])
        return self("exhibits", list=number_ranges(ordered))


def number_ranges(numbers: Sequence[int]) -> str:
    """[1, 2, 3, 5, 7, 8] -> '1–3, 5, 7, 8': runs of three or more as ranges."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{ordered[start]}–{ordered[end]}")
        else:
            parts.extend(str(n) for n in ordered[start : end + 1])
        start = end + 1
    return ", ".join(parts)
