"""The paste-ready answer: the dossier as plain text for Amazon's text-only answer box (or the
body of the reply to Amazon Pay's e-mail), under the length the seller sets.

The box takes no attachments, so the text names each exhibit and says how it reached Amazon's
reviewer: sent to the buyer through Buyer-Seller Messaging (a marketplace response), uploaded
with the appeal, or attached to the reply e-mail (Amazon Pay). When the text is too long, the
least important parts go first — the policy, then the supporting points, the conversation, the
exhibit list (shortened to its numbers before it goes) — and always whole sentences: nothing is
ever cut in the middle of one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from atoz_desktop.core.dossier.content import DossierContent
from atoz_desktop.core.dossier.texts import DossierTexts
from atoz_desktop.core.rules.facts import BUYER_KINDS, SELLER_KINDS
from atoz_desktop.core.rules.texts import Lang

if TYPE_CHECKING:
    from atoz_desktop.core.dossier.builder import ExhibitOutcome

_S = "\u00a0"

TEXT_PARTS: dict[Lang, dict[str, str]] = {
    "en": {
        "head.response": (
            "Response to the A-to-z Guarantee claim on order {order_id} ({reason}, {amount}), "
            "filed on {filed}."
        ),
        "head.appeal": (
            "Appeal of the decision on the A-to-z Guarantee claim on order {order_id} "
            "({reason}, {amount})."
        ),
        "ack": "We acknowledge Amazon's decision of {decided}: {outcome}.",
        "facts": "The facts:",
        "delivery": "Delivery: {lines}.",
        "conversation": (
            "We exchanged {count} messages with the buyer between {first} and {last}."
        ),
        "offer": "On {at} we offered the buyer: {offer}.",
        "reply": "{event} on {at}.",
        "proof.marketplace": (
            "Proof sent to the buyer through Buyer-Seller Messaging on {date}: {items}."
        ),
        "proof.appeal": "Proof uploaded with this appeal: {items}.",
        "proof.amazon-pay": "Proof attached to this e-mail in the dossier {file}: {items}.",
        "item": "{exhibit} ({kind}, {file})",
        "unfair": "Why the decision is unfair:",
        "policy": "Policy applied: {policy}",
        "request.response": "We ask Amazon to deny this claim.",
        "request.fba": ("We ask Amazon to handle this claim, as Amazon fulfilled the order."),
        "request.appeal": "Proposed resolution: {proposal}",
    },
    "fr": {
        "head.response": (
            "Réponse à la réclamation au titre de la garantie A à Z sur la commande "
            "{order_id} ({reason}, {amount}), déposée le {filed}."
        ),
        "head.appeal": (
            "Recours contre la décision sur la réclamation au titre de la garantie A à Z sur "
            "la commande {order_id} ({reason}, {amount})."
        ),
        "ack": f"Nous prenons acte de la décision d'Amazon du {{decided}}{_S}: {{outcome}}.",
        "facts": f"Les faits{_S}:",
        "delivery": f"Livraison{_S}: {{lines}}.",
        "conversation": (
            "Nous avons échangé {count} messages avec l'acheteur entre le {first} et le {last}."
        ),
        "offer": f"Le {{at}}, nous avons proposé à l'acheteur{_S}: {{offer}}.",
        "reply": "{event} le {at}.",
        "proof.marketplace": (
            f"Pièces envoyées à l'acheteur par la messagerie acheteur-vendeur le {{date}}{_S}: "
            "{items}."
        ),
        "proof.appeal": f"Pièces téléversées avec ce recours{_S}: {{items}}.",
        "proof.amazon-pay": (
            f"Pièces jointes à ce courriel dans le dossier {{file}}{_S}: {{items}}."
        ),
        "item": "{exhibit} ({kind}, {file})",
        "unfair": f"Pourquoi la décision est injuste{_S}:",
        "policy": f"Politique appliquée{_S}: {{policy}}",
        "request.response": "Nous demandons à Amazon de rejeter cette réclamation.",
        "request.fba": (
            "Nous demandons à Amazon de prendre en charge cette réclamation, la commande "
            "ayant été expédiée par Amazon."
        ),
        "request.appeal": f"Solution proposée{_S}: {{proposal}}",
    },
}

#: Why parts were left out, as codes the window words for the seller.
DROPPED_CODES = (
    "policy",
    "supporting-points",
    "conversation",
    "exhibit-list",
    "exhibit-numbers",
    "signature",
    "strong-points",
    "delivery",
    "seller-words",
)

#: Findings that state the delivery themselves.
DELIVERY_FINDINGS = frozenset({"delivered-tracking", "signed-delivery"})

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True, slots=True)
class PasteText:
    text: str
    limit: int
    #: Codes (DROPPED_CODES) of what was shortened or left out to fit the limit, in order.
    dropped: tuple[str, ...] = ()
    #: Characters of the text before it was shortened.
    full_chars: int = 0

    @property
    def shortened(self) -> bool:
        return bool(self.dropped)


@dataclass
class _Part:
    """One piece of the text: its forms from the fullest to the shortest. `priority` says
    which goes first when the text is too long (highest first; 0 is never dropped)."""

    code: str
    forms: list[str]
    priority: int
    blank_before: bool = False
    form: int = 0
    sentences: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.forms[self.form] if self.form < len(self.forms) else ""


def _join(parts: Sequence[_Part]) -> str:
    out: list[str] = []
    for part in parts:
        text = part.text.strip()
        if not text:
            continue
        if out and part.blank_before:
            out.append("")
        out.append(text)
    return "\n".join(out)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def paste_text(content: DossierContent, exhibits: Sequence[ExhibitOutcome]) -> PasteText:
    parts = _parts(content, exhibits)
    limit = content.options.text_limit
    full = _join(parts)
    dropped: list[str] = []
    # Drop the lowest priorities first, the last part of a priority before the earlier ones.
    for priority in sorted({p.priority for p in parts if p.priority > 0}, reverse=True):
        for part in reversed([p for p in parts if p.priority == priority]):
            while len(_join(parts)) > limit and part.form < len(part.forms):
                part.form += 1
                if part.code not in dropped:
                    dropped.append(part.code)
        if len(_join(parts)) <= limit:
            break
    # Still too long: the seller's own words lose their last sentences, one at a time.
    for part in parts:
        if len(_join(parts)) <= limit:
            break
        if part.code != "seller-words":
            continue
        sentences = _sentences(part.text)
        while len(sentences) > 1 and len(_join(parts)) > limit:
            sentences.pop()
            part.forms[part.form] = " ".join(sentences)
            if part.code not in dropped:
                dropped.append(part.code)
    text = _join(parts)
    return PasteText(text, limit, tuple(dropped), len(full))


def _parts(content: DossierContent, exhibits: Sequence[ExhibitOutcome]) -> list[_Part]:
    t = DossierTexts(content.lang, content.tz)
    words = TEXT_PARTS[content.lang]
    claim = content.claim
    amount = t.money(claim.amount, claim.currency)
    parts: list[_Part] = []
    fba = content.order is not None and content.order.fulfillment == "AFN"

    if content.kind == "appeal":
        parts.append(
            _Part(
                "head",
                [
                    words["head.appeal"].format(
                        order_id=claim.order_id, reason=t.reason(claim.reason), amount=amount
                    )
                ],
                0,
            )
        )
        parts.append(
            _Part(
                "head",
                [
                    words["ack"].format(
                        decided=t.when(claim.decided_at), outcome=t.status(claim.status)
                    )
                ],
                0,
            )
        )
        if content.options.unfair.strip():
            parts.append(
                _Part(
                    "seller-words",
                    [words["unfair"] + " " + " ".join(_sentences(content.options.unfair))],
                    0,
                    blank_before=True,
                )
            )
    else:
        parts.append(
            _Part(
                "head",
                [
                    words["head.response"].format(
                        order_id=claim.order_id,
                        reason=t.reason(claim.reason),
                        amount=amount,
                        filed=t.when(claim.filed_at),
                    )
                ],
                0,
            )
        )

    defence = content.defence()
    strong = [f for f in defence if f.severity == "strong"]
    supporting = [f for f in defence if f.severity != "strong"]
    for number, finding in enumerate(strong):
        point = t.cite(_one_line(finding.statement), content.finding_exhibits(finding))
        parts.append(_Part("strong-points", [f"- {point}"], 2, blank_before=number == 0))

    # The delivery, unless a finding already says it (with its exhibits).
    delivery = [] if any(f.code in DELIVERY_FINDINGS for f in strong) else _delivery(content, t)
    if delivery:
        parts.append(
            _Part(
                "delivery",
                [words["delivery"].format(lines="; ".join(delivery))],
                2,
                blank_before=not strong,
            )
        )

    conversation = _conversation(content, t, words)
    if conversation:
        parts.append(_Part("conversation", [" ".join(conversation)], 4, blank_before=True))

    for number, finding in enumerate(supporting):
        parts.append(
            _Part(
                "supporting-points",
                [f"- {_one_line(finding.statement)}"],
                5,
                blank_before=number == 0,
            )
        )

    proof = _proof(content, t, words, exhibits)
    if proof:
        parts.append(_Part("exhibit-list", proof, 3, blank_before=True))

    parts.append(
        _Part(
            "policy",
            [words["policy"].format(policy=claim.policy.describe(content.lang))],
            6,
            blank_before=True,
        )
    )

    if content.kind == "appeal":
        proposal = content.options.proposal.strip() or t("appeal.proposal-default")
        parts.append(
            _Part(
                "head",
                [words["request.appeal"].format(proposal=" ".join(_sentences(proposal)))],
                0,
                blank_before=True,
            )
        )
    else:
        request = words["request.fba" if fba else "request.response"]
        parts.append(_Part("head", [request], 0, blank_before=True))
    signature = content.seller.byline
    if signature:
        parts.append(_Part("signature", [signature], 1))
    return parts


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _delivery(content: DossierContent, t: DossierTexts) -> list[str]:
    lines = []
    for record in content.deliveries:
        if record.delivered_at is None and record.shipped_at is None:
            continue
        if record.delivered_at is not None:
            signed = t("delivery.summary-signed") if record.signed_for else ""
            text = t(
                "delivery.summary",
                carrier=record.carrier,
                tracking=record.tracking_number,
                at=t.moment(record.delivered_at, record.delivered_day_only),
                signed=signed,
            )
        else:
            text = t(
                "delivery.summary-shipped",
                carrier=record.carrier,
                tracking=record.tracking_number,
                at=t.moment(record.shipped_at, record.shipped_day_only),
            )
        refs = record.exhibits or content.delivery_exhibits
        lines.append(" ".join(text.split()) + (f" ({t.refs(refs)})" if refs else ""))
    return lines


def _conversation(content: DossierContent, t: DossierTexts, words: dict[str, str]) -> list[str]:
    talk = [e for e in content.claim.events if e.kind in BUYER_KINDS | SELLER_KINDS]
    if not talk:
        return []
    sentences = []
    if len(talk) > 1:
        sentences.append(
            words["conversation"].format(
                count=len(talk), first=t.when(talk[0].at), last=t.when(talk[-1].at)
            )
        )
    for offer in content.offers:
        kind = t.offer(str(offer.details.get("offer_kind") or "partial-refund"))
        what = (
            kind
            if offer.amount is None
            else t("timeline.offer", offer=kind, amount=t.money(offer.amount, offer.currency))
        )
        sentences.append(words["offer"].format(at=t.when(offer.at), offer=what.lower()))
    for event in content.claim.events:
        if event.kind in ("buyer-accepted", "buyer-declined"):
            sentences.append(words["reply"].format(event=t.event(event.kind), at=t.when(event.at)))
    silent = content.buyer_silent_since
    if silent is not None:
        sentences.append(t("silence", at=t.when(silent)))
    return sentences


def _proof(
    content: DossierContent,
    t: DossierTexts,
    words: dict[str, str],
    exhibits: Sequence[ExhibitOutcome],
) -> list[str]:
    if not exhibits:
        return []
    items = [
        words["item"].format(
            exhibit=t.exhibit(e.number), kind=t.evidence_kind(e.kind), file=" ".join(e.file.split())
        )
        for e in exhibits
    ]
    numbers = t.refs([e.number for e in exhibits])
    if content.claim.channel == "amazon-pay":
        file = t(f"file-name.{content.kind}", order_id=content.claim.order_id) + ".pdf"
        template = words["proof.amazon-pay"]
        return [
            template.format(file=file, items=t.list_join(items)),
            template.format(file=file, items=numbers),
        ]
    if content.kind == "appeal":
        template = words["proof.appeal"]
        return [template.format(items=t.list_join(items)), template.format(items=numbers)]
    sent = t.day(content.options.sent_on or content.built_at)
    template = words["proof.marketplace"]
    return [
        template.format(date=sent, items=t.list_join(items)),
        template.format(date=sent, items=numbers),
    ]
