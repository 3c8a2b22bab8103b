"""French and English wording of the rules: durations, dates, amounts and finding texts.

The rules produce sentences a seller pastes into Seller Central or prints in a dossier, so the
wording lives here as two plain catalogues (no Qt: the core must not import it) that a translator
can read side by side. Dates and amounts are formatted by hand rather than through `locale` or
`strftime('%b')`, whose output depends on the process locale the GUI may have changed.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Lang = Literal["en", "fr"]
LANGS: tuple[Lang, ...] = ("en", "fr")

NBSP = "\u00a0"  # between an amount and its currency, before French "?" and ":"
NNBSP = "\u202f"  # French thousands separator, as CLDR and Qt's French locale write it

CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "JPY": "¥", "PLN": "zł", "SEK": "kr"}
_PREFIX_SYMBOLS = frozenset({"€", "£", "$", "¥"})
_CENT = Decimal("0.01")

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def lang_of(lang: str) -> Lang:
    """'fr', 'fr_FR' or 'fr-FR' -> 'fr'; the UI passes locale names, the catalogues know two."""
    short = lang[:2].lower()
    if short == "fr":
        return "fr"
    if short == "en":
        return "en"
    raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGS)}")


def format_date(value: datetime, lang: str, tz: tzinfo) -> str:
    """The seller's local calendar day: '25/10/2026' in French, '25 Oct 2026' in English."""
    local = value.astimezone(tz)
    if lang_of(lang) == "fr":
        return f"{local.day:02d}/{local.month:02d}/{local.year}"
    return f"{local.day} {_MONTHS_EN[local.month - 1]} {local.year}"


def format_datetime(
    value: datetime, lang: str, tz: tzinfo, *, seconds: bool | None = None
) -> str:
    """The seller's local time of an instant: '25/10/2026 14:30' / '25 Oct 2026 14:30'.

    By default seconds show only when there are some, so a claim filed one second too late
    does not read as filed at the very minute the window closed; `seconds=False` never shows
    them (a time read on its own), `seconds=True` always does."""
    local = value.astimezone(tz)
    show = bool(local.second) if seconds is None else seconds
    tail = f":{local.second:02d}" if show else ""
    return f"{format_date(local, lang, tz)} {local.hour:02d}:{local.minute:02d}{tail}"


def format_money(amount: Decimal, currency: str, lang: str) -> str:
    """`Decimal('1234.5'), 'EUR'` -> '1 234,50 €' in French (narrow and plain no-break spaces,
    as Qt's French locale writes it, so the amount never wraps away from its symbol) and
    '€1,234.50' in English."""
    value = amount.quantize(_CENT, rounding=ROUND_HALF_UP)
    whole, _, cents = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}"
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())
    sign = "-" if value < 0 else ""
    if lang_of(lang) == "fr":
        return f"{sign}{grouped.replace(',', NNBSP)},{cents}{NBSP}{symbol}"
    if symbol in _PREFIX_SYMBOLS:
        return f"{sign}{symbol}{grouped}.{cents}"
    return f"{sign}{grouped}.{cents}{NBSP}{symbol}"


# --- durations ------------------------------------------------------------------------------

#: (singular, plural) per unit; French counts 0 and 1 as singular, English only 1.
UNIT_WORDS: dict[Lang, dict[str, tuple[str, str]]] = {
    "en": {
        "hours": ("hour", "hours"),
        "calendar-days": ("calendar day", "calendar days"),
        "business-days": ("business day", "business days"),
    },
    "fr": {
        "hours": ("heure", "heures"),
        "calendar-days": ("jour calendaire", "jours calendaires"),
        # "ouvrés" (Monday to Friday), not "ouvrables" (which includes Saturday).
        "business-days": ("jour ouvré", "jours ouvrés"),
    },
}
# --- policies -------------------------------------------------------------------------------

CHANNEL_NAMES: dict[Lang, dict[str, str]] = {
    "en": {"marketplace": "Amazon marketplace", "amazon-pay": "Amazon Pay"},
    "fr": {"marketplace": "marketplace Amazon", "amazon-pay": "Amazon Pay"},
}

POLICY_TEXTS: dict[Lang, dict[str, str]] = {
    "en": {
        "head": "{channel} policy in force since {since}",
        "default_head": "{channel} default policy (Amazon's published rules)",
        "buyer_contact_wait": "the buyer contacts the seller first, then waits {d}",
        "response_deadline": "the seller responds within {d} of the claim",
        "claim_window": "claims up to {d} after the latest estimated delivery date",
        "no_claim_window": "no closing date for claims",
        "non_receipt_after_delivery": (
            "non-receipt claims open {d} after the latest estimated delivery date"
        ),
        "non_receipt_after_order": "or {d} after the order, whichever is sooner",
        "appeal_window": "appeal within {d} of the decision",
        "no_appeal": "no appeal",
        "chargeback_deadline": "chargebacks answered within {d}",
        "odr": "Order Defect Rate under {target} over {window}",
    },
    "fr": {
        "head": "Politique {channel} en vigueur depuis le {since}",
        "default_head": "Politique {channel} par défaut (règles publiées par Amazon)",
        "buyer_contact_wait": "l'acheteur contacte d'abord le vendeur puis attend {d}",
        "response_deadline": "délai de réponse du vendeur\u00a0: {d} après la réclamation",
        "claim_window": (
            "réclamations possibles jusqu'à {d} après la date de livraison estimée maximale"
        ),
        "no_claim_window": "pas de date limite de réclamation",
        "non_receipt_after_delivery": (
            "réclamations pour non-réception possibles {d} après la date de livraison "
            "estimée maximale"
        ),
        "non_receipt_after_order": "ou {d} après la commande si c'est plus tôt",
        "appeal_window": "délai de recours\u00a0: {d} après la décision",
        "no_appeal": "pas de recours",
        "chargeback_deadline": "réponse aux rétrofacturations sous {d}",
        "odr": "taux de défauts de commande (ODR) inférieur à {target} sur {window}",
    },
}

# --- countdowns -----------------------------------------------------------------------------

COUNTDOWN_TEXTS: dict[Lang, dict[str, str]] = {
    "en": {"left": "{span} left", "overdue": "overdue by {span}", "d": "d", "min": "min"},
    "fr": {"left": "encore {span}", "overdue": "en retard de {span}", "d": "j", "min": "min"},
}

# --- findings -------------------------------------------------------------------------------

EXCLUDED_KIND_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "digital": "digital item",
        "service": "service",
        "stored-value": "stored-value instrument",
        "subscription": "subscription",
    },
    "fr": {
        "digital": "article numérique",
        "service": "service",
        "stored-value": "instrument à valeur stockée",
        "subscription": "abonnement",
    },
}

EVIDENCE_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "delivery-proof": "proof of delivery (carrier tracking, signature or photo at the door)",
        "shipping-receipt": "shipping receipt with date and address",
        "photo": "photos of the goods and parcel before shipping",
        "listing": "the listing as it was when the order was placed",
        "message": "messages exchanged with the buyer",
        "refund-record": "refund record",
        "return-label": "prepaid return label or return-cost refund",
    },
    "fr": {
        "delivery-proof": (
            "preuve de livraison (suivi du transporteur, signature ou photo à la porte)"
        ),
        "shipping-receipt": "preuve de dépôt avec date et adresse",
        "photo": "photos de l'article et du colis avant l'envoi",
        "listing": "fiche produit telle qu'elle était lors de la commande",
        "message": "messages échangés avec l'acheteur",
        "refund-record": "preuve de remboursement",
        "return-label": "étiquette de retour prépayée ou remboursement des frais de retour",
    },
}

REASON_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "not-received": "item not received",
        "late-delivery": "delivered late",
        "damaged-defective": "damaged, defective or incomplete",
        "not-as-described": "materially different from the listing",
        "return-not-refunded": "returned but not refunded",
        "return-refused": "return refused",
        "international-return": "international return without a prepaid label",
        "unexpected-charges": "customs or unexpected charges",
        "overcharged": "overcharged",
    },
    "fr": {
        "not-received": "article non reçu",
        "late-delivery": "livré en retard",
        "damaged-defective": "endommagé, défectueux ou incomplet",
        "not-as-described": "non conforme à la description",
        "return-not-refunded": "retourné mais non remboursé",
        "return-refused": "retour refusé",
        "international-return": "retour international sans étiquette prépayée",
        "unexpected-charges": "droits de douane ou frais imprévus",
        "overcharged": "montant facturé trop élevé",
    },
}

#: One sentence per finding (and per variant of one); the checks in findings/ fill the {fields}.
FINDING_TEXTS: dict[Lang, dict[str, str]] = {
    "en": {
        "outside-window": (
            "Filed on {filed}, after the claim window closed on {end}: the policy allows "
            "claims up to {window} after the latest estimated delivery date ({delivery})."
        ),
        "premature-non-receipt": (
            "Non-receipt claim filed on {filed}, before such claims open on {opens} ({rule})."
        ),
        "premature-rule-delivery": "{d} after the latest estimated delivery date of {delivery}",
        "premature-rule-order": "{d} after the order of {purchase}",
        "premature-rule-join": ", or ",
        "no-prior-contact.none": (
            "No message from the buyer is recorded before the claim of {filed}: the buyer "
            "must contact the seller first and wait {wait}."
        ),
        "no-prior-contact.early": (
            "The buyer first wrote on {first} and filed the claim on {filed}, before the wait "
            "of {wait} had passed (not before {ready})."
        ),
        "excluded-item.all": "Every item of the order is outside the A-to-z Guarantee ({kinds}).",
        "excluded-item.some": (
            "Part of the order is outside the A-to-z Guarantee ({kinds}); check which items "
            "the claim concerns."
        ),
        "chargeback-filed.before": (
            "The buyer started a chargeback on {at}, before the claim: an A-to-z claim is not "
            "available once a chargeback is filed. Answer the chargeback within {d} (by {due})."
        ),
        "chargeback-filed.after": (
            "The buyer started a chargeback on {at}, after the claim: answer the chargeback "
            "within {d} (by {due}); the claim should give way to it."
        ),
        "delivered-tracking": "Carrier tracking {tracking} shows delivery on {at}{timing}.",
        "timing-on-time": ", on time (latest estimated delivery date {delivery})",
        "timing-late": ", after the latest estimated delivery date of {delivery}",
        "signed-delivery": (
            "Delivery{tracking} was signed for{at}: signed proof of delivery is decisive."
        ),
        "signed-at": " on {at}",
        "no-tracking": (
            "No tracking number is recorded for this seller-fulfilled order: without one, "
            "delivery cannot be proven."
        ),
        "no-tracking.read": (
            "No tracking number is recorded for this seller-fulfilled order, but {file} shows "
            "{tracking}: record it as the order's shipment (Record Shipment on the document)."
        ),
        "proof-read": " (read from {files})",
        "late-shipment.shipped": "Shipped on {at}, after the ship-by date of {limit}.",
        "late-shipment.delivered": (
            "Delivered on {at}, after the latest estimated delivery date of {limit}."
        ),
        "buyer-silent": (
            "The buyer has not answered the seller's message of {at} for {threshold} or more; "
            "cite this silence in the response."
        ),
        "fba-order": (
            "Amazon-fulfilled (FBA) order: refer the claim to Amazon and do not refund inside "
            "the claim (that counts toward the ODR); if the buyer is right, refund from the "
            "order page after the decision."
        ),
        "odr-risk.pending": (
            "While pending, this claim counts toward the Order Defect Rate ({odr}). A refund "
            "inside the claim keeps it counted; a refund from the order page after the "
            "decision, or a withdrawal before the decision, does not."
        ),
        "odr-risk.counted": "This claim counts toward the Order Defect Rate ({odr}): it was {how}.",
        "odr-risk.pending.no-odr": (
            "While pending, this claim weighs on the account's performance with {channel}, "
            "which can change its reserve policy. A refund inside the claim keeps it counted."
        ),
        "odr-risk.counted.no-odr": (
            "This claim weighs on the account's performance with {channel} (it was {how}), "
            "which can change its reserve policy."
        ),
        "odr-target": "target under {target} over {window}",
        "odr-how.granted": "granted against the seller",
        "odr-how.refunded": "closed with a refund inside the claim",
        "odr-how.withdrawn-after-grant": "withdrawn after a grant",
        "odr-how.upheld": "granted, and the decision was upheld on appeal",
        "missing-evidence": "Evidence missing for a claim “{reason}”: {missing}.",
        "missing-join": "; ",
    },
    "fr": {
        "outside-window": (
            "Réclamation déposée le {filed}, après la fin du délai le {end}\u00a0: la "
            "politique n'admet les réclamations que jusqu'à {window} après la date de "
            "livraison estimée maximale ({delivery})."
        ),
        "premature-non-receipt": (
            "Réclamation pour non-réception déposée le {filed}, avant la date à partir de "
            "laquelle elle est possible, le {opens} ({rule})."
        ),
        "premature-rule-delivery": "{d} après la date de livraison estimée maximale du {delivery}",
        "premature-rule-order": "{d} après la commande du {purchase}",
        "premature-rule-join": ", ou ",
        "no-prior-contact.none": (
            "Aucun message de l'acheteur n'est enregistré avant la réclamation du {filed}\u00a0: "
            "l'acheteur doit d'abord contacter le vendeur et attendre {wait}."
        ),
        "no-prior-contact.early": (
            "L'acheteur a écrit pour la première fois le {first} et a déposé la réclamation le "
            "{filed}, avant la fin de l'attente de {wait} (pas avant le {ready})."
        ),
        "excluded-item.all": (
            "Tous les articles de la commande sont exclus de la garantie A à Z ({kinds})."
        ),
        "excluded-item.some": (
            "Une partie de la commande est exclue de la garantie A à Z ({kinds})\u00a0; "
            "vérifiez les articles concernés par la réclamation."
        ),
        "chargeback-filed.before": (
            "L'acheteur a engagé une rétrofacturation le {at}, avant la réclamation\u00a0: la "
            "garantie A à Z n'est plus ouverte après une rétrofacturation. Répondez à la "
            "rétrofacturation sous {d} (au plus tard le {due})."
        ),
        "chargeback-filed.after": (
            "L'acheteur a engagé une rétrofacturation le {at}, après la réclamation\u00a0: "
            "répondez-y sous {d} (au plus tard le {due})\u00a0; la réclamation devrait "
            "s'effacer devant elle."
        ),
        "delivered-tracking": (
            "Le suivi du transporteur {tracking} indique une livraison le {at}{timing}."
        ),
        "timing-on-time": ", dans les délais (date de livraison estimée maximale le {delivery})",
        "timing-late": ", après la date de livraison estimée maximale du {delivery}",
        "signed-delivery": (
            "La livraison{tracking} a été signée{at}\u00a0: une preuve de livraison signée "
            "est décisive."
        ),
        "signed-at": " le {at}",
        "no-tracking": (
            "Aucun numéro de suivi n'est enregistré pour cette commande expédiée par le "
            "vendeur\u00a0: sans lui, la livraison ne peut pas être prouvée."
        ),
        "no-tracking.read": (
            "Aucun numéro de suivi n'est enregistré pour cette commande expédiée par le "
            "vendeur, mais {file} montre {tracking}\u00a0: enregistrez-le comme expédition de "
            "la commande (Enregistrer l'expédition sur le document)."
        ),
        "proof-read": " (lu sur {files})",
        "late-shipment.shipped": "Expédié le {at}, après la date limite d'expédition du {limit}.",
        "late-shipment.delivered": (
            "Livré le {at}, après la date de livraison estimée maximale du {limit}."
        ),
        "buyer-silent": (
            "L'acheteur n'a pas répondu au message du vendeur du {at} depuis au moins "
            "{threshold}\u00a0; citez ce silence dans la réponse."
        ),
        "fba-order": (
            "Commande expédiée par Amazon (FBA)\u00a0: renvoyez la réclamation vers Amazon et "
            "ne remboursez pas dans le cadre de la réclamation (cela compte dans l'ODR)\u00a0; "
            "si l'acheteur a raison, remboursez depuis la page de la commande après la "
            "décision."
        ),
        "odr-risk.pending": (
            "Tant qu'elle est en cours, cette réclamation compte dans le taux de défauts de "
            "commande ({odr}). Un remboursement dans le cadre de la réclamation la laisse "
            "comptée\u00a0; un remboursement depuis la page de la commande après la décision, "
            "ou un retrait avant la décision, non."
        ),
        "odr-risk.counted": (
            "Cette réclamation compte dans le taux de défauts de commande ({odr})\u00a0: elle "
            "a été {how}."
        ),
        "odr-risk.pending.no-odr": (
            "Tant qu'elle est en cours, cette réclamation pèse sur les performances du compte "
            "{channel}, ce qui peut modifier sa politique de réserve. Un remboursement dans le "
            "cadre de la réclamation la laisse comptée."
        ),
        "odr-risk.counted.no-odr": (
            "Cette réclamation pèse sur les performances du compte {channel} (elle a été "
            "{how}), ce qui peut modifier sa politique de réserve."
        ),
        "odr-target": "objectif inférieur à {target} sur {window}",
        "odr-how.granted": "accordée contre le vendeur",
        "odr-how.refunded": "close par un remboursement dans le cadre de la réclamation",
        "odr-how.withdrawn-after-grant": "retirée après avoir été accordée",
        "odr-how.upheld": "accordée, et la décision a été maintenue après recours",
        "missing-evidence": (
            "Pièces manquantes pour une réclamation «\u00a0{reason}\u00a0»\u00a0: {missing}."
        ),
        "missing-join": "\u00a0; ",
    },
}


#: The findings worded for Amazon (the dossier and the paste-ready answer), where the seller's
#: wording above gives advice ("cite this silence", "refer the claim to Amazon"); the other
#: findings are statements already and say the same to both. Same {fields} as FINDING_TEXTS.
FINDING_STATEMENTS: dict[Lang, dict[str, str]] = {
    "en": {
        "excluded-item.some": "Part of the order is outside the A-to-z Guarantee ({kinds}).",
        "chargeback-filed.before": (
            "The buyer started a chargeback on {at}, before the claim: an A-to-z claim is not "
            "available once a chargeback is filed."
        ),
        "chargeback-filed.after": (
            "The buyer started a chargeback on {at}, after the claim: the claim should give "
            "way to the chargeback."
        ),
        "buyer-silent": (
            "The buyer has not answered the seller's message of {at} ({threshold} or more "
            "without a reply)."
        ),
        "fba-order": (
            "This order was fulfilled by Amazon (FBA): Amazon stored, packed and shipped it, so "
            "its delivery was in Amazon's hands, not the seller's."
        ),
    },
    "fr": {
        "excluded-item.some": (
            "Une partie de la commande est exclue de la garantie A à Z ({kinds})."
        ),
        "chargeback-filed.before": (
            "L'acheteur a engagé une rétrofacturation le {at}, avant la réclamation\u00a0: la "
            "garantie A à Z n'est plus ouverte après une rétrofacturation."
        ),
        "chargeback-filed.after": (
            "L'acheteur a engagé une rétrofacturation le {at}, après la réclamation\u00a0: la "
            "réclamation devrait s'effacer devant elle."
        ),
        "buyer-silent": (
            "L'acheteur n'a pas répondu au message du vendeur du {at} (aucune réponse depuis au "
            "moins {threshold})."
        ),
        "fba-order": (
            "Cette commande a été expédiée par Amazon (FBA)\u00a0: Amazon l'a stockée, préparée "
            "et expédiée, sa livraison relevait donc d'Amazon et non du vendeur."
        ),
    },
}
