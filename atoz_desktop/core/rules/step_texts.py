"""French and English wording of the triage: the claims list's next step and the proof still
missing (rules/triage.py), beside the findings' wording in texts.py."""

from __future__ import annotations

from atoz_desktop.core.rules.texts import Lang

#: The short name of each kind of evidence, for the claims list's "Missing proof" column
#: ("tracking, photos"); EVIDENCE_NAMES says the same at length.
EVIDENCE_SHORT_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "delivery-proof": "tracking",
        "shipping-receipt": "shipping receipt",
        "photo": "photos",
        "listing": "listing",
        "message": "messages",
        "refund-record": "refund record",
        "return-label": "return label",
    },
    "fr": {
        "delivery-proof": "suivi",
        "shipping-receipt": "preuve de dépôt",
        "photo": "photos",
        "listing": "fiche produit",
        "message": "messages",
        "refund-record": "preuve de remboursement",
        "return-label": "étiquette de retour",
    },
}

#: The one line under a claim's header: what to do now, in the seller's words (rules/triage.py
#: fills the {fields}: {span} a coarse duration, {at} and {due} local times).
NEXT_STEP_TEXTS: dict[Lang, dict[str, str]] = {
    "en": {
        "overdue": "Overdue by {span} — answer Amazon now",
        "answer-now": "Answer Amazon now ({span} left): no reply from the buyer since {at}",
        "refer-to-amazon": (
            "Amazon shipped this order (FBA): refer the claim to Amazon by {due}, and do not "
            "refund inside the claim"
        ),
        "contact-buyer": "Ask the buyer first: no message from you yet",
        "buyer-declined": (
            "The buyer declined on {at}: make a counter-offer, or answer Amazon with your proof"
        ),
        "buyer-accepted": (
            "The buyer accepted on {at}: carry out your offer, then ask them to withdraw the claim"
        ),
        "buyer-replied": "The buyer replied on {at}: read it and answer",
        "record-shipment": (
            "Record the shipment read from {file} ({tracking}): Record Shipment, under the "
            "claim's evidence"
        ),
        "add-tracking": (
            "Waiting for the buyer's reply since {at}: meanwhile, add the tracking proof (the "
            "carrier's receipt or proof of delivery)"
        ),
        "waiting-buyer": "Waiting for the buyer's reply since {at}",
        "amazon-reviewing": "Amazon is reviewing the claim — nothing to do until it decides",
        "appeal-filed": "Appeal filed — Amazon usually answers within a week",
        "appeal-possible": "Appeal possible until {due}",
        "closed": "Closed — nothing to do",
    },
    "fr": {
        "overdue": "En retard de {span} — répondez à Amazon maintenant",
        "answer-now": (
            "Répondez à Amazon maintenant (encore {span})\u00a0: pas de réponse de l'acheteur "
            "depuis le {at}"
        ),
        "refer-to-amazon": (
            "Amazon a expédié cette commande (FBA)\u00a0: renvoyez la réclamation vers Amazon "
            "avant le {due}, sans rembourser dans le cadre de la réclamation"
        ),
        "contact-buyer": (
            "Écrivez d'abord à l'acheteur\u00a0: aucun message de votre part pour l'instant"
        ),
        "buyer-declined": (
            "L'acheteur a refusé le {at}\u00a0: faites une contre-proposition, ou répondez à "
            "Amazon avec vos preuves"
        ),
        "buyer-accepted": (
            "L'acheteur a accepté le {at}\u00a0: tenez votre offre, puis demandez-lui de retirer "
            "la réclamation"
        ),
        "buyer-replied": "L'acheteur a répondu le {at}\u00a0: lisez sa réponse et répondez-lui",
        "record-shipment": (
            "Enregistrez l'expédition lue sur {file} ({tracking})\u00a0: Enregistrer "
            "l'expédition, sous les pièces de la réclamation"
        ),
        "add-tracking": (
            "En attente de la réponse de l'acheteur depuis le {at}\u00a0: d'ici là, ajoutez la "
            "preuve de suivi (le reçu ou la preuve de livraison du transporteur)"
        ),
        "waiting-buyer": "En attente de la réponse de l'acheteur depuis le {at}",
        "amazon-reviewing": "Amazon examine la réclamation — rien à faire avant sa décision",
        "appeal-filed": "Recours déposé — Amazon répond en général sous une semaine",
        "appeal-possible": "Recours possible jusqu'au {due}",
        "closed": "Réclamation close — rien à faire",
    },
}

#: The same steps in a few words, for the claims list's "Next step" column.
NEXT_STEP_SHORT: dict[Lang, dict[str, str]] = {
    "en": {
        "overdue": "Answer Amazon now",
        "answer-now": "Answer Amazon",
        "refer-to-amazon": "Refer to Amazon",
        "contact-buyer": "Ask the buyer",
        "buyer-declined": "Counter-offer or answer",
        "buyer-accepted": "Carry out the offer",
        "buyer-replied": "Answer the buyer",
        "record-shipment": "Record the shipment",
        "add-tracking": "Add the tracking proof",
        "waiting-buyer": "Wait for the buyer",
        "amazon-reviewing": "Wait for Amazon",
        "appeal-filed": "Wait for Amazon",
        "appeal-possible": "Appeal possible",
        "closed": "Nothing to do",
    },
    "fr": {
        "overdue": "Répondre à Amazon",
        "answer-now": "Répondre à Amazon",
        "refer-to-amazon": "Renvoyer vers Amazon",
        "contact-buyer": "Écrire à l'acheteur",
        "buyer-declined": "Contre-proposer ou répondre",
        "buyer-accepted": "Tenir l'offre",
        "buyer-replied": "Répondre à l'acheteur",
        "record-shipment": "Enregistrer l'expédition",
        "add-tracking": "Ajouter le suivi",
        "waiting-buyer": "Attendre l'acheteur",
        "amazon-reviewing": "Attendre Amazon",
        "appeal-filed": "Attendre Amazon",
        "appeal-possible": "Recours possible",
        "closed": "Rien à faire",
    },
}
