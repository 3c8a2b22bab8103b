"""A draft of the message to the buyer that the seed recommends after a claim.

The seed lists what it must say: sorry the buyer is dissatisfied (never sorry for the problem
itself: that would be an admission of fault), their opinion matters, the seller wants to resolve
it to their satisfaction, a solution offered as a goodwill gesture, and a polite request for a
quick reply. The seller edits the draft before sending it; the wording stays professional
whatever the seller feels ("ce message ne doit jamais être communiqué au client").

A draft is a list of named paragraphs, so a change of offer or amount can rewrite the
paragraphs that changed inside a text the seller has edited (`update_edited`) instead of
throwing the seller's words away. The words of an offer follow its amount: a refund of less
than the claim is worded as a partial refund, never as a full one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from typing import Any, Literal, Protocol, get_args

from atoz_desktop.core.rules.texts import NBSP, Lang, format_date, format_money, lang_of

OfferKind = Literal["refund", "partial-refund", "replacement"]
OFFER_KINDS: tuple[OfferKind, ...] = get_args(OfferKind)
#: What a message can be: one of the offers, or the tracking / proof of delivery, no offer.
MessageKind = Literal["refund", "partial-refund", "replacement", "proof"]
MESSAGE_KINDS: tuple[MessageKind, ...] = get_args(MessageKind)

_TEMPLATES: dict[Lang, dict[str, str]] = {
    "en": {
        "greeting": "Hello {name},",
        "greeting-anonymous": "Hello,",
        "sorry": "We are sorry to hear that you are not satisfied with your order {order_id}.",
        "opinion": (
            "Your opinion matters a great deal to us, and we would like to resolve this "
            "to your full satisfaction."
        ),
        "offer": "As a gesture of goodwill, we would like to offer you {offer}.",
        "refund": "a full refund of your order, that is {amount}",
        "partial-refund": "a partial refund of {amount}",
        "replacement": "a replacement item, sent at no cost to you",
        "replacement-worth": "a replacement item worth {amount}, sent at no cost to you",
        "reply": (
            "Could you please reply at your earliest convenience to let us know whether this "
            "suits you? We will take care of it as soon as we hear from you."
        ),
        "proof-shipped": "Your parcel was sent on {date} with {carrier}, tracking number {number}.",
        "proof-shipped-undated": "Your parcel was sent with {carrier}, tracking number {number}.",
        "proof-delivered": "The carrier shows it delivered on {date}.",
        "proof-signed": "The carrier shows it delivered against a signature on {date}.",
        "proof-attached": (
            "You will find attached the tracking and the proof of delivery of your parcel."
        ),
        "proof-reply": (
            "If anything is still not right, simply reply to this message and we will look "
            "into it straight away."
        ),
        "unknown-carrier": "the carrier",
        "closing": "Kind regards,",
    },
    "fr": {
        "greeting": "Bonjour {name},",
        "greeting-anonymous": "Bonjour,",
        "sorry": (
            "Nous sommes désolés d'apprendre que votre commande {order_id} ne vous a pas "
            "donné entière satisfaction."
        ),
        "opinion": (
            "Votre avis compte beaucoup pour nous, et nous souhaitons trouver une solution "
            "qui vous satisfasse pleinement."
        ),
        "offer": "En geste commercial, nous vous proposons {offer}.",
        "refund": "le remboursement intégral de votre commande, soit {amount}",
        "partial-refund": "un remboursement partiel de {amount}",
        "replacement": "l'envoi d'un article de remplacement, sans frais pour vous",
        "replacement-worth": (
            "l'envoi d'un article de remplacement d'une valeur de {amount}, sans frais pour vous"
        ),
        "reply": (
            "Pourriez-vous nous répondre dès que possible pour nous dire si cette solution "
            f"vous convient{NBSP}? Nous nous en occuperons dès votre réponse."
        ),
        "proof-shipped": (
            "Votre colis a été expédié le {date} par {carrier}, numéro de suivi {number}."
        ),
        "proof-shipped-undated": (
            "Votre colis a été expédié par {carrier}, numéro de suivi {number}."
        ),
        "proof-delivered": "Le transporteur indique qu'il a été livré le {date}.",
        "proof-signed": "Le transporteur indique qu'il a été livré contre signature le {date}.",
        "proof-attached": (
            "Vous trouverez ci-joint le suivi et la preuve de livraison de votre colis."
        ),
        "proof-reply": (
            "Si quelque chose ne va toujours pas, répondez simplement à ce message"
            f"{NBSP}: nous nous en occuperons aussitôt."
        ),
        "unknown-carrier": "le transporteur",
        "closing": "Cordialement,",
    },
}


@dataclass(frozen=True, slots=True)
class Tracking:
    """A parcel of the order as the proof message cites it."""

    carrier: str | None
    number: str
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    signed_for: bool = False


@dataclass(frozen=True, slots=True)
class Draft:
    """A message as named paragraphs ('greeting', 'sorry', 'offer', 'reply', 'closing') and
    the offer it makes as the timeline records it (None for a message without an offer)."""

    parts: tuple[tuple[str, str], ...]
    offer_kind: OfferKind | None
    amount: Decimal | None

    @property
    def text(self) -> str:
        return "\n\n".join(paragraph for _key, paragraph in self.parts) + "\n"


class TimelineEntry(Protocol):
    """What `trackings_from` reads of a timeline entry (services' EventView has it)."""

    @property
    def kind(self) -> str: ...
    @property
    def at(self) -> datetime: ...
    @property
    def details(self) -> Mapping[str, Any]: ...


def trackings_from(timeline: Iterable[TimelineEntry]) -> tuple[Tracking, ...]:
    """The parcels a claim's timeline shows ('shipped', 'delivered', 'signed-for' entries
    carry the carrier and tracking number), one per tracking number, in shipping order."""
    parcels: dict[str, dict[str, Any]] = {}
    for entry in timeline:
        if entry.kind not in ("shipped", "delivered", "signed-for"):
            continue
        number = str(entry.details.get("tracking_number") or "").strip()
        if not number:
            continue
        parcel = parcels.setdefault(number, {"carrier": entry.details.get("carrier") or None})
        if entry.kind == "shipped":
            parcel["shipped_at"] = entry.at
        else:
            parcel["delivered_at"] = entry.at
            parcel["signed_for"] = entry.kind == "signed-for"
    return tuple(Tracking(number=number, **fields) for number, fields in parcels.items())


def offer_worded(
    kind: MessageKind, amount: Decimal | None, full_amount: Decimal | None
) -> OfferKind | None:
    """The offer the words make: a refund below `full_amount` (the claim's) is partial, one of
    at least the full amount is full, whichever the seller picked; a proof makes none."""
    if kind == "proof":
        return None
    if kind in ("refund", "partial-refund") and amount is not None and full_amount is not None:
        return "partial-refund" if amount < full_amount else "refund"
    return kind


def compose(
    lang: str,
    *,
    buyer_name: str | None,
    order_id: str,
    kind: MessageKind,
    amount: Decimal | None,
    currency: str,
    full_amount: Decimal | None = None,
    trackings: Iterable[Tracking] = (),
    tz: tzinfo = UTC,
    sign_off: str = "",
) -> Draft:
    """The draft in `lang` ('en' or 'fr'), amounts written the language's way ('12,50 €').

    A refund needs its amount; a replacement may name what it is worth; a proof message cites
    each parcel's carrier, tracking number and dates (in `tz`, the seller's zone), or says the
    proof is attached when none is known, and offers nothing. `sign_off` (the seller's
    signature and store, one per line) ends the message after the closing formula. The
    buyer's name is used as given (it is the seller's own record), and left out when unknown.
    """
    t = _TEMPLATES[lang_of(lang)]
    if kind not in MESSAGE_KINDS:
        raise ValueError(f"unknown offer {kind!r}; offers: {', '.join(MESSAGE_KINDS)}")
    if amount is not None and amount <= 0:
        raise ValueError(f"an offer's amount is positive, not {amount}")
    offer = offer_worded(kind, amount, full_amount)
    if kind == "proof":
        amount = None
        middle, reply = _proof(t, lang, trackings, tz), t["proof-reply"]
    else:
        if offer != "replacement" and amount is None:
            raise ValueError(f"a {kind} offer needs its amount")
        template = t["replacement-worth"] if offer == "replacement" and amount else t[str(offer)]
        money = format_money(amount, currency, lang) if amount is not None else ""
        middle, reply = t["offer"].format(offer=template.format(amount=money)), t["reply"]
    name = (buyer_name or "").strip()
    signed = "\n".join(line.strip() for line in sign_off.strip().splitlines())
    parts = (
        ("greeting", t["greeting"].format(name=name) if name else t["greeting-anonymous"]),
        ("sorry", t["sorry"].format(order_id=order_id) + "\n" + t["opinion"]),
        ("offer", middle),
        ("reply", reply),
        ("closing", t["closing"] + ("\n" + signed if signed else "")),
    )
    return Draft(parts, offer, amount)


def _proof(t: dict[str, str], lang: str, trackings: Iterable[Tracking], tz: tzinfo) -> str:
    sentences = []
    for parcel in trackings:
        if not parcel.number.strip():
            continue
        fields = {"carrier": (parcel.carrier or "").strip() or t["unknown-carrier"],
                  "number": parcel.number.strip()}  # fmt: skip
        if parcel.shipped_at is not None:
            shipped = format_date(parcel.shipped_at, lang, tz)
            sent = t["proof-shipped"].format(date=shipped, **fields)
        else:
            sent = t["proof-shipped-undated"].format(**fields)
        if parcel.delivered_at is not None:
            delivered = t["proof-signed" if parcel.signed_for else "proof-delivered"]
            sent += " " + delivered.format(date=format_date(parcel.delivered_at, lang, tz))
        sentences.append(sent)
    return "\n".join(sentences) if sentences else t["proof-attached"]


def buyer_message(
    lang: str,
    buyer_name: str | None,
    order_id: str,
    offer_kind: MessageKind,
    amount: Decimal | None,
    currency: str,
    *,
    full_amount: Decimal | None = None,
    sign_off: str = "",
) -> str:
    """The text of `compose`'s draft, for callers that want the words only."""
    return compose(
        lang, buyer_name=buyer_name, order_id=order_id, kind=offer_kind, amount=amount,
        currency=currency, full_amount=full_amount, sign_off=sign_off,
    ).text  # fmt: skip


def update_edited(text: str, old: Draft, new: Draft) -> str | None:
    """`text`, a draft the seller edited from `old`, with each paragraph that differs between
    `old` and `new` rewritten in place; the seller's other words stay as they are. None when a
    paragraph that changed cannot be found exactly once in `text` (the seller reworded it):
    then only the seller can say what the message should be."""
    old_parts, new_parts = dict(old.parts), dict(new.parts)
    if old_parts.keys() != new_parts.keys():
        return None
    for key, before in old_parts.items():
        after = new_parts[key]
        if after == before:
            continue
        if text.count(before) != 1:
            return None
        text = text.replace(before, after)
    return text
