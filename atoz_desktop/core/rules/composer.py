"""A draft of the message to the buyer that the seed recommends after a claim.

The seed lists what it must say: sorry the buyer is dissatisfied (never sorry for the problem
itself: that would be an admission of fault), their opinion matters, the seller wants to resolve
it to their satisfaction, a solution offered as a goodwill gesture, and a polite request for a
quick reply. The seller edits the draft before sending it; the wording stays professional
whatever the seller feels ("ce message ne doit jamais être communiqué au client").
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, get_args

from atoz_desktop.core.rules.texts import Lang, format_money, lang_of

OfferKind = Literal["refund", "partial-refund", "replacement"]
OFFER_KINDS: tuple[OfferKind, ...] = get_args(OfferKind)

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
            "vous convient\u00a0? Nous nous en occuperons dès votre réponse."
        ),
        "closing": "Cordialement,",
    },
}


def buyer_message(
    lang: str,
    buyer_name: str | None,
    order_id: str,
    offer_kind: OfferKind,
    amount: Decimal | None,
    currency: str,
    *,
    seller_name: str | None = None,
) -> str:
    """The draft in `lang` ('en' or 'fr'), amounts written the language's way ('12,50 €').

    A refund needs its amount; a replacement may name what it is worth. The buyer's name is
    used as given (it is the seller's own record), and left out when unknown.
    """
    t = _TEMPLATES[lang_of(lang)]
    if offer_kind not in OFFER_KINDS:
        raise ValueError(f"unknown offer {offer_kind!r}; offers: {', '.join(OFFER_KINDS)}")
    if amount is not None and amount <= 0:
        raise ValueError(f"an offer's amount is positive, not {amount}")
    if offer_kind == "replacement":
        offer = t["replacement"] if amount is None else t["replacement-worth"]
    elif amount is None:
        raise ValueError(f"a {offer_kind} offer needs its amount")
    else:
        offer = t[offer_kind]
    money = format_money(amount, currency, lang) if amount is not None else ""
    name = (buyer_name or "").strip()
    paragraphs = [
        t["greeting"].format(name=name) if name else t["greeting-anonymous"],
        t["sorry"].format(order_id=order_id) + "\n" + t["opinion"],
        t["offer"].format(offer=offer.format(amount=money)),
        t["reply"],
        t["closing"] + ("\n" + seller_name.strip() if seller_name and seller_name.strip() else ""),
    ]
    return "\n\n".join(paragraphs) + "\n"
