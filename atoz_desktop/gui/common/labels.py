"""The seller's words for the core's claim vocabulary (statuses, reasons, sidebar views)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from atoz_desktop.core.rules.carriers import carrier_name
from atoz_desktop.gui.common.formatting import ui_lang

STATUS_LABELS = {
    "action-required": QT_TRANSLATE_NOOP("labels", "Action required"),
    "under-review": QT_TRANSLATE_NOOP("labels", "Under review"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    "denied": QT_TRANSLATE_NOOP("labels", "Denied"),
    "granted-seller-funded": QT_TRANSLATE_NOOP("labels", "Granted, seller-funded"),
    "granted-amazon-funded": QT_TRANSLATE_NOOP("labels", "Granted, Amazon-funded"),
    "closed-seller-refund": QT_TRANSLATE_NOOP("labels", "Closed, seller refunded"),
    "appeal-filed": QT_TRANSLATE_NOOP("labels", "Appeal filed"),
    "appeal-upheld": QT_TRANSLATE_NOOP("labels", "Appeal upheld"),
    "appeal-reversed": QT_TRANSLATE_NOOP("labels", "Appeal reversed"),
}

REASON_LABELS = {
    "not-received": QT_TRANSLATE_NOOP("labels", "Item not received"),
    "late-delivery": QT_TRANSLATE_NOOP("labels", "Late delivery"),
    "damaged-defective": QT_TRANSLATE_NOOP("labels", "Damaged or defective"),
    "not-as-described": QT_TRANSLATE_NOOP("labels", "Not as described"),
    "return-not-refunded": QT_TRANSLATE_NOOP("labels", "Return not refunded"),
    "return-refused": QT_TRANSLATE_NOOP("labels", "Return refused"),
    "international-return": QT_TRANSLATE_NOOP("labels", "International return"),
    "unexpected-charges": QT_TRANSLATE_NOOP("labels", "Unexpected charges"),
    "overcharged": QT_TRANSLATE_NOOP("labels", "Overcharged"),
}

CHANNEL_LABELS = {
    "marketplace": QT_TRANSLATE_NOOP("labels", "Amazon marketplace"),
    "amazon-pay": QT_TRANSLATE_NOOP("labels", "Amazon Pay"),
}

#: Sidebar entries: the claim views of `core.rules.claims.CLAIM_VIEWS`, then the order list.
VIEW_LABELS = {
    "action-required": QT_TRANSLATE_NOOP("labels", "Action required"),
    "under-review": QT_TRANSLATE_NOOP("labels", "Under review"),
    "appeal": QT_TRANSLATE_NOOP("labels", "Option to appeal"),
    "all": QT_TRANSLATE_NOOP("labels", "All claims"),
    "orders": QT_TRANSLATE_NOOP("labels", "Orders"),
}


def _label(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("labels", source) if source else key


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status)


def reason_label(reason: str) -> str:
    return _label(REASON_LABELS, reason)


def channel_label(channel: str) -> str:
    return _label(CHANNEL_LABELS, channel)


def view_label(view: str) -> str:
    return _label(VIEW_LABELS, view)


#: Timeline entries: the kinds a user records, the program's status changes and the entries
#: taken from the order (its purchase and shipments).
EVENT_KIND_LABELS = {
    "message-in": QT_TRANSLATE_NOOP("labels", "Message from the buyer"),
    "message-out": QT_TRANSLATE_NOOP("labels", "Message to the buyer"),
    "amazon-notice": QT_TRANSLATE_NOOP("labels", "Notice from Amazon"),
    "shipped": QT_TRANSLATE_NOOP("labels", "Shipped"),
    "in-transit": QT_TRANSLATE_NOOP("labels", "In transit"),
    "delivered": QT_TRANSLATE_NOOP("labels", "Delivered"),
    "signed-for": QT_TRANSLATE_NOOP("labels", "Delivered, signed for"),
    "returned": QT_TRANSLATE_NOOP("labels", "Returned"),
    "offer": QT_TRANSLATE_NOOP("labels", "Offer to the buyer"),
    "counter-offer": QT_TRANSLATE_NOOP("labels", "Counter-offer"),
    "buyer-accepted": QT_TRANSLATE_NOOP("labels", "Buyer accepted"),
    "buyer-declined": QT_TRANSLATE_NOOP("labels", "Buyer declined"),
    "decision": QT_TRANSLATE_NOOP("labels", "Amazon's decision"),
    "appeal": QT_TRANSLATE_NOOP("labels", "Appeal"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
    "refund-outside-claim": QT_TRANSLATE_NOOP("labels", "Refund outside the claim"),
    "chargeback": QT_TRANSLATE_NOOP("labels", "Chargeback"),
    "status-change": QT_TRANSLATE_NOOP("labels", "Status changed"),
    "dossier": QT_TRANSLATE_NOOP("labels", "Dossier"),
    "ordered": QT_TRANSLATE_NOOP("labels", "Ordered"),
}

OFFER_KIND_LABELS = {
    "refund": QT_TRANSLATE_NOOP("labels", "Full refund"),
    "partial-refund": QT_TRANSLATE_NOOP("labels", "Partial refund"),
    "replacement": QT_TRANSLATE_NOOP("labels", "Replacement"),
}

EXCLUSION_LABELS = {
    "digital": QT_TRANSLATE_NOOP("labels", "Not covered: digital item"),
    "service": QT_TRANSLATE_NOOP("labels", "Not covered: service"),
    "stored-value": QT_TRANSLATE_NOOP("labels", "Not covered: gift card or stored value"),
    "subscription": QT_TRANSLATE_NOOP("labels", "Not covered: subscription"),
}

SEVERITY_LABELS = {
    "strong": QT_TRANSLATE_NOOP("labels", "Strong point"),
    "weak": QT_TRANSLATE_NOOP("labels", "Weak point"),
    "info": QT_TRANSLATE_NOOP("labels", "Information"),
    "risk": QT_TRANSLATE_NOOP("labels", "Risk"),
}

UNIT_LABELS = {
    "hours": QT_TRANSLATE_NOOP("labels", "hours"),
    "calendar-days": QT_TRANSLATE_NOOP("labels", "calendar days"),
    "business-days": QT_TRANSLATE_NOOP("labels", "business days"),
}

POLICY_FIELD_LABELS = {
    "buyer_contact_wait": QT_TRANSLATE_NOOP("labels", "Buyer must wait for the seller"),
    "response_deadline": QT_TRANSLATE_NOOP("labels", "Seller's response deadline"),
    "claim_window": QT_TRANSLATE_NOOP("labels", "Claim window after latest delivery"),
    "non_receipt_after_delivery": QT_TRANSLATE_NOOP(
        "labels", "Non-receipt claim opens after latest delivery"
    ),
    "non_receipt_after_order": QT_TRANSLATE_NOOP("labels", "…or after the order"),
    "appeal_window": QT_TRANSLATE_NOOP("labels", "Appeal window after the decision"),
    "chargeback_deadline": QT_TRANSLATE_NOOP("labels", "Chargeback response deadline"),
    "odr_window": QT_TRANSLATE_NOOP("labels", "ODR window"),
}


def event_kind_label(kind: str) -> str:
    return _label(EVENT_KIND_LABELS, kind)


def offer_kind_label(kind: str) -> str:
    return _label(OFFER_KIND_LABELS, kind)


def exclusion_label(kind: str) -> str:
    return _label(EXCLUSION_LABELS, kind)


def severity_label(severity: str) -> str:
    return _label(SEVERITY_LABELS, severity)


def unit_label(unit: str) -> str:
    return _label(UNIT_LABELS, unit)


def policy_field_label(name: str) -> str:
    return _label(POLICY_FIELD_LABELS, name)


#: The kinds a seller files evidence under (core.evidence.kinds.EVIDENCE_KINDS).
EVIDENCE_KIND_LABELS = {
    "carrier-receipt": QT_TRANSLATE_NOOP("labels", "Carrier receipt"),
    "proof-of-delivery": QT_TRANSLATE_NOOP("labels", "Proof of delivery"),
    "tracking-screenshot": QT_TRANSLATE_NOOP("labels", "Tracking screenshot"),
    "photo": QT_TRANSLATE_NOOP("labels", "Photo"),
    "invoice": QT_TRANSLATE_NOOP("labels", "Invoice"),
    "return-label": QT_TRANSLATE_NOOP("labels", "Return label"),
    "attachment": QT_TRANSLATE_NOOP("labels", "Attachment"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}


def evidence_kind_label(kind: str) -> str:
    return _label(EVIDENCE_KIND_LABELS, kind)


#: Amazon's order and item statuses as its reports write them (English in every marketplace's
#: flat files); anything else is shown as the report wrote it.
ORDER_STATUS_LABELS = {
    "Pending": QT_TRANSLATE_NOOP("order_status", "Pending"),
    "Unshipped": QT_TRANSLATE_NOOP("order_status", "Unshipped"),
    "PartiallyShipped": QT_TRANSLATE_NOOP("order_status", "Partially shipped"),
    "Shipping": QT_TRANSLATE_NOOP("order_status", "Shipping"),
    "Shipped": QT_TRANSLATE_NOOP("order_status", "Shipped"),
    "Cancelled": QT_TRANSLATE_NOOP("order_status", "Cancelled"),
    "Canceled": QT_TRANSLATE_NOOP("order_status", "Cancelled"),
    "Unfulfillable": QT_TRANSLATE_NOOP("order_status", "Unfulfillable"),
    "InvoiceUnconfirmed": QT_TRANSLATE_NOOP("order_status", "Invoice unconfirmed"),
    "PendingAvailability": QT_TRANSLATE_NOOP("order_status", "Pending availability"),
}


def order_status_label(status: str) -> str:
    """An order is feminine in French ("commande expédiée"): its own context keeps the
    agreement apart from the timeline's "Expédié"."""
    source = ORDER_STATUS_LABELS.get(status)
    return QCoreApplication.translate("order_status", source) if source else status


#: Who an entry of the timeline is from, as the program stores it; a name the seller typed
#: (a buyer's, a carrier's) is shown as written.
AUTHOR_LABELS = {
    "buyer": QT_TRANSLATE_NOOP("labels", "Buyer"),
    "seller": QT_TRANSLATE_NOOP("labels", "Seller"),
    "Amazon": QT_TRANSLATE_NOOP("labels", "Amazon"),
}


def author_label(author: str) -> str:
    return _label(AUTHOR_LABELS, author)


def author_key(text: str) -> str:
    """What to store for an author typed or picked in the user's language: 'Acheteur' ->
    'buyer'; any other text as typed."""
    text = text.strip()
    for key in AUTHOR_LABELS:
        if text.casefold() in (key.casefold(), author_label(key).casefold()):
            return key
    return text


#: How Amazon's reports name who ships an order (fulfillment-channel).
FULFILMENT_LABELS = {
    "Merchant": QT_TRANSLATE_NOOP("labels", "Seller"),
    "MFN": QT_TRANSLATE_NOOP("labels", "Seller"),
    "Amazon": QT_TRANSLATE_NOOP("labels", "Amazon (FBA)"),
    "AFN": QT_TRANSLATE_NOOP("labels", "Amazon (FBA)"),
}


def fulfilment_label(channel: str) -> str:
    return _label(FULFILMENT_LABELS, channel)


def carrier_label(code: str | None) -> str:
    """'AMZN_IT' -> 'Amazon Logistics (Italy)' in the UI's language; other carriers as written."""
    return carrier_name(code, ui_lang())
