"""The kinds of evidence a user files a document under, and the program's first guess."""

from __future__ import annotations

import re

from atoz_desktop.core.evidence.sniff import HEIC, JPEG, PNG, WEBP

EVIDENCE_KINDS = (
    "carrier-receipt",
    "proof-of-delivery",
    "tracking-screenshot",
    "photo",
    "invoice",
    "return-label",
    "attachment",
    "other",
)

#: The findings' names (rules/facts.py EVIDENCE_KINDS) for the kinds that back them.
FINDINGS_EVIDENCE = {
    "carrier-receipt": "shipping-receipt",
    "proof-of-delivery": "delivery-proof",
    "photo": "photo",
    "return-label": "return-label",
}

_CARRIER = re.compile(
    r"re[cç]u|receipt|colissimo|chronopost|la.?poste|dhl|\bups\b|gls|dpd|fedex|mondial.?relay|"
    r"relais.?colis|bordereau|d[eé]p[oô]t",
    re.IGNORECASE,
)
_DELIVERY = re.compile(r"preuve|proof|livr[eé]|delivered|signature|pod\b", re.IGNORECASE)
_INVOICE = re.compile(r"factur|invoice", re.IGNORECASE)
_RETURN = re.compile(r"retour|return", re.IGNORECASE)
_TRACKING = re.compile(r"suivi|track|screenshot|capture|[eé]cran|screen.?shot", re.IGNORECASE)
_WORDS = re.compile(r"[_\-.]+")
#: What messaging apps and phones call the pictures they save or forward (WhatsApp
#: "IMG-20261120-WA0003", "WhatsApp Image …", Telegram "photo_…", Signal "signal-…", iOS
#: "IMG_1234", "PHOTO-2026-…", Android "PXL_…"): their EXIF was stripped on the way.
_PHOTO_NAME = re.compile(r"\b(?:img|image|photo|pxl|dsc|dscn|signal|whatsapp|wa\d+)\b",
                         re.IGNORECASE)  # fmt: skip


def guess_kind(file_name: str, mime: str, from_camera: bool) -> str:
    """A first guess the user can change. Words in the name win (return label, invoice, proof of
    delivery, carrier receipt, tracking screenshot); else a JPEG or HEIC is a photo, camera EXIF
    or not (a messaging app strips it from the photos it forwards), and so is a PNG or WebP a
    camera or a phone's naming made; else attachment (a PDF, text, an e-mail)."""
    name = _WORDS.sub(" ", file_name)
    if _RETURN.search(name):
        return "return-label"
    if _INVOICE.search(name):
        return "invoice"
    if _DELIVERY.search(name):
        return "proof-of-delivery"
    if _CARRIER.search(name):
        return "carrier-receipt"
    if mime in (PNG, WEBP, JPEG) and _TRACKING.search(name):
        return "tracking-screenshot"
    if mime in (JPEG, HEIC):
        return "photo"
    if mime in (PNG, WEBP) and (from_camera or _PHOTO_NAME.search(name)):
        return "photo"
    return "attachment"
