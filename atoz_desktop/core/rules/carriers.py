"""Carrier names a seller can read, for the codes Amazon's reports write ("AMZN_IT").

Amazon's own delivery network appears in the shipments reports as AMZN_<country> (sometimes
AMZL_<country>); every other carrier is written by name ("DHL", "Colissimo") and shown as
written. The window, the command line and the dossier all show carriers through this.
"""

from __future__ import annotations

import re

from atoz_desktop.core.rules.texts import lang_of

_AMAZON_CODE = re.compile(r"^AMZ[NL](?:[_ -]?([A-Z]{2}))?$", re.IGNORECASE)

#: Marketplace countries of Amazon Logistics: English and French names.
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "AT": ("Austria", "Autriche"),
    "BE": ("Belgium", "Belgique"),
    "CA": ("Canada", "Canada"),
    "DE": ("Germany", "Allemagne"),
    "ES": ("Spain", "Espagne"),
    "FR": ("France", "France"),
    "GB": ("United Kingdom", "Royaume-Uni"),
    "IE": ("Ireland", "Irlande"),
    "IT": ("Italy", "Italie"),
    "JP": ("Japan", "Japon"),
    "NL": ("Netherlands", "Pays-Bas"),
    "PL": ("Poland", "Pologne"),
    "SE": ("Sweden", "Suède"),
    "TR": ("Türkiye", "Turquie"),
    "UK": ("United Kingdom", "Royaume-Uni"),
    "US": ("United States", "États-Unis"),
}

AMAZON_LOGISTICS = "Amazon Logistics"


def carrier_name(code: str | None, lang: str) -> str:
    """'AMZN_IT' -> 'Amazon Logistics (Italy)' ('… (Italie)' in French); any other carrier
    as written; '' for none."""
    if not code:
        return ""
    match = _AMAZON_CODE.match(code.strip())
    if match is None:
        return code
    country = (match.group(1) or "").upper()
    names = COUNTRY_NAMES.get(country)
    if names is None:
        return f"{AMAZON_LOGISTICS} ({country})" if country else AMAZON_LOGISTICS
    name = names[1] if lang_of(lang) == "fr" else names[0]
    return f"{AMAZON_LOGISTICS} ({name})"
