"""The carriers and the shapes of their tracking numbers, as data.

`CARRIERS` says how each carrier is named on its documents (name or logo text); `FORMATS` says
what its numbers look like and which check-digit algorithm (`checks.CHECKS`) proves them, when
one is published. Formats collide: plain runs of digits are claimed by Mondial Relay, GLS, DHL
and DPD alike, and Chronopost numbers have the S10 shape. A format marked `specific` says
which carrier it is by its shape alone (`1Z…` is UPS); any other is considered only when the
document names its carrier. Adding a carrier or a form is adding rows here, not code.

Sources: UPU S10 standard; DOMAIN.md (La Poste prefixes, collisions); UPS's published check
digit; DHL Express mod 7; GLS Uni-Box documentation (check digit); Deutsche Post Identcode;
GS1 SSCC; DPD/GeoPost label specification (28-character form, ISO/IEC 7064 MOD 37,36).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atoz_desktop.core.i18n import N_


@dataclass(frozen=True, slots=True)
class Carrier:
    code: str  # machine-readable, stored and printed in JSON
    name: str  # as the carrier writes itself (a brand; show it through `_`, for "post")
    #: How a document names the carrier: regular expressions searched in its text.
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NumberFormat:
    code: str
    carrier: str  # Carrier.code
    #: The whole number, upper case, without spaces (matched with fullmatch). A group named
    #: `number` says which part is the tracking number when the form carries more.
    pattern: re.Pattern[str]
    check: str | None  # a name in checks.CHECKS; None: the carrier publishes no check digit
    specific: bool  # the shape alone says the carrier
    #: For S10 numbers: the carrier by the two-letter country at the end (else `carrier`).
    by_country: tuple[tuple[str, str], ...] = ()


CARRIERS: tuple[Carrier, ...] = (
    Carrier("laposte", "La Poste", (r"\bLa\s?Poste\b", r"\blaposte\.fr\b", r"\bLettre\s+suivie\b")),
    Carrier("colissimo", "Colissimo", (r"\bColissimo\b",)),
    Carrier("chronopost", "Chronopost", (r"\bChronopost\b", r"\bchronopost\.fr\b")),
    Carrier("mondial_relay", "Mondial Relay", (r"\bMondial[\s-]?Relay\b", r"\bmondialrelay\b")),
    Carrier("dpd", "DPD", (r"(?-i:\bDPD\b)", r"\bdpd\.(?:fr|com|de|co\.uk)\b")),
    Carrier("gls", "GLS", (r"(?-i:\bGLS\b)", r"\bgls-(?:group|france)\b")),
    Carrier("ups", "UPS", (r"(?-i:\bUPS\b)", r"\bups\.com\b", r"\bUnited\s+Parcel\s+Service\b")),
    Carrier("dhl_express", "DHL Express", (r"(?-i:\bDHL\b)",)),
    Carrier("dhl_paket", "DHL Paket", (r"(?-i:\bDHL\b)", r"\bDeutsche\s+Post\b")),
    Carrier(
        "amazon",
        "Amazon Logistics",
        (r"\bAmazon\s+(?:Logistics|Shipping|Logistique)\b", r"\bLivr[ée]\s+par\s+Amazon\b"),
    ),
    Carrier("post", N_("postal service (UPU S10)"), ()),
)

CARRIER_BY_CODE: dict[str, Carrier] = {c.code: c for c in CARRIERS}

_COLISSIMO_PREFIXES = "5K|6A|6C|6H|6M|6Q|6W|7Q|7R|8N|8P|8Q|8V|9V|9W"
_LETTRE_SUIVIE_PREFIXES = "1H|1K|1L|2L|3C"

_S10 = r"[A-Z]{2}\d{9}[A-Z]{2}"
_DPD_DATA = r"[A-Z0-9]{7}(?P<number>[A-Z0-9]{2}\d{12})\d{6}"  # postcode, parcel, service, country


def _row(
    code: str,
    carrier: str,
    pattern: str,
    check: str | None,
    specific: bool,
    by_country: tuple[tuple[str, str], ...] = (),
) -> NumberFormat:
    return NumberFormat(code, carrier, re.compile(pattern), check, specific, by_country)


FORMATS: tuple[NumberFormat, ...] = (
    # code, carrier, whole number, check digit, specific, carrier by S10 country
    _row("s10", "post", _S10, "s10", True, (("FR", "laposte"),)),
    _row("chronopost", "chronopost", _S10, "s10", False),
    _row("colissimo", "colissimo", rf"(?:{_COLISSIMO_PREFIXES})\d{{11}}", None, True),
    _row("lettre_suivie", "laposte", rf"(?:{_LETTRE_SUIVIE_PREFIXES})\d{{11}}", None, True),
    _row("ups", "ups", r"1Z[A-Z0-9]{16}", "ups", True),
    _row("dhl_express", "dhl_express", r"\d{10}", "mod7", False),
    _row("dhl_paket_identcode", "dhl_paket", r"\d{12}", "identcode", False),
    _row("dhl_paket_sscc", "dhl_paket", r"00\d{18}", "gs1", False),
    _row("dhl_paket_jjd", "dhl_paket", r"JJD\d{16,20}", None, True),
    # DPD: the parcel number alone; the 27 characters of the label followed by their MOD 37,36
    # check character, as printed under the barcode; the barcode itself, `%` and the 27.
    _row("dpd", "dpd", r"\d{14}", None, False),
    _row("dpd_label", "dpd", _DPD_DATA + "[A-Z0-9]", "mod37_36", True),
    _row("dpd_barcode", "dpd", "%" + _DPD_DATA, None, True),
    _row("gls", "gls", r"\d{12}", "gls", False),
    _row("gls_11", "gls", r"\d{11}", None, False),
    _row("mondial_relay", "mondial_relay", r"\d{8}|\d{10}|\d{12}", None, False),
    _row("amazon_tba", "amazon", r"TBA\d{12}", None, True),
    _row("amazon_amzn", "amazon", r"AMZN[A-Z]{0,2}\d{8,14}", None, True),
)

#: The longest form, so a reader of text knows how far to join groups of characters.
MAX_LENGTH = 28


def carrier_of(fmt: NumberFormat, number: str) -> str:
    """The carrier code a number of this format belongs to (S10: by its country letters)."""
    return dict(fmt.by_country).get(number[-2:], fmt.carrier)


def compiled_names() -> dict[str, re.Pattern[str]]:
    """Carrier code -> one case-insensitive pattern for all its names."""
    return {
        c.code: re.compile("|".join(f"(?:{n})" for n in c.names), re.IGNORECASE)
        for c in CARRIERS
        if c.names
    }
