"""The seller's words for the core's claim vocabulary (statuses, reasons, sidebar views)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
