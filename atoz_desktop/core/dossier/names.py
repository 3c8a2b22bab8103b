"""The names a dossier gives the program's words — claim statuses, timeline entries, offers,
evidence kinds — in English and French (texts.py holds its phrases)."""

from __future__ import annotations

from atoz_desktop.core.rules.texts import Lang

STATUS_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "action-required": "action required",
        "under-review": "under review",
        "withdrawn": "withdrawn by the buyer",
        "denied": "denied",
        "granted-seller-funded": "granted, funded by the seller",
        "granted-amazon-funded": "granted, funded by Amazon",
        "closed-seller-refund": "closed with a refund by the seller",
        "appeal-filed": "appeal filed",
        "appeal-upheld": "decision upheld on appeal",
        "appeal-reversed": "decision reversed on appeal",
    },
    "fr": {
        "action-required": "action requise",
        "under-review": "en cours d'examen",
        "withdrawn": "retirée par l'acheteur",
        "denied": "refusée",
        "granted-seller-funded": "accordée, à la charge du vendeur",
        "granted-amazon-funded": "accordée, à la charge d'Amazon",
        "closed-seller-refund": "close par un remboursement du vendeur",
        "appeal-filed": "recours déposé",
        "appeal-upheld": "décision maintenue après recours",
        "appeal-reversed": "décision annulée après recours",
    },
}

EVENT_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "ordered": "Order placed",
        "message-in": "Message from the buyer",
        "message-out": "Message to the buyer",
        "amazon-notice": "Notice from Amazon",
        "shipped": "Shipped",
        "in-transit": "In transit",
        "delivered": "Delivered",
        "signed-for": "Delivered, signed for",
        "returned": "Returned",
        "offer": "Offer to the buyer",
        "counter-offer": "Counter-offer to the buyer",
        "buyer-accepted": "The buyer accepted",
        "buyer-declined": "The buyer declined",
        "decision": "Amazon's decision",
        "appeal": "Appeal",
        "note": "Note",
        "refund-outside-claim": "Refund outside the claim",
        "chargeback": "Chargeback",
        "status-change": "Status changed",
        "dossier": "Dossier exported",
    },
    "fr": {
        "ordered": "Commande passée",
        "message-in": "Message de l'acheteur",
        "message-out": "Message à l'acheteur",
        "amazon-notice": "Avis d'Amazon",
        "shipped": "Expédié",
        "in-transit": "En transit",
        "delivered": "Livré",
        "signed-for": "Livré contre signature",
        "returned": "Retourné",
        "offer": "Proposition à l'acheteur",
        "counter-offer": "Contre-proposition à l'acheteur",
        "buyer-accepted": "L'acheteur a accepté",
        "buyer-declined": "L'acheteur a refusé",
        "decision": "Décision d'Amazon",
        "appeal": "Recours",
        "note": "Note",
        "refund-outside-claim": "Remboursement hors réclamation",
        "chargeback": "Rétrofacturation",
        "status-change": "Changement de statut",
        "dossier": "Dossier exporté",
    },
}

OFFER_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "refund": "Full refund",
        "partial-refund": "Partial refund",
        "replacement": "Replacement",
    },
    "fr": {
        "refund": "Remboursement intégral",
        "partial-refund": "Remboursement partiel",
        "replacement": "Remplacement",
    },
}

#: The program's evidence kinds (core.evidence.kinds.EVIDENCE_KINDS), as the index names them.
EVIDENCE_KIND_NAMES: dict[Lang, dict[str, str]] = {
    "en": {
        "carrier-receipt": "carrier receipt",
        "proof-of-delivery": "proof of delivery",
        "tracking-screenshot": "tracking screenshot",
        "photo": "photo",
        "invoice": "invoice",
        "return-label": "return label",
        "attachment": "attachment",
        "other": "document",
    },
    "fr": {
        "carrier-receipt": "preuve de dépôt",
        "proof-of-delivery": "preuve de livraison",
        "tracking-screenshot": "capture du suivi",
        "photo": "photo",
        "invoice": "facture",
        "return-label": "étiquette de retour",
        "attachment": "pièce jointe",
        "other": "document",
    },
}
