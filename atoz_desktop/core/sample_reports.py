"""Realistic Amazon order reports, generated: for the demo workspace, the benchmark and tests.

Sellers on amazon.fr/.de/.it/.es download flat files whose contents trip naive code: accented
city and buyer names, multi-line orders, amounts as text, ISO dates with offsets, blank prices on
cancelled orders. One deterministic set of `SampleOrder`s (same seed, same orders) is written as
any of the three order reports, so a demo or a test can import them together and see them agree.
"""

from __future__ import annotations

import csv
import random
import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

# --- Report headers (DOMAIN.md, "Amazon's files a seller can download") -----------------------

ALL_ORDERS_COLUMNS: tuple[str, ...] = (
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
    "fulfillment-channel", "sales-channel", "order-channel", "url", "ship-service-level",
    "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
    "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
    "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state",
    "ship-postal-code", "ship-country", "promotion-ids", "is-business-order",
    "purchase-order-number", "price-designation",
)  # fmt: skip

#: The newer variant: no `url`, plus `cpf` and `signature-confirmation-recommended` (and friends).
ALL_ORDERS_NEWER_COLUMNS: tuple[str, ...] = tuple(c for c in ALL_ORDERS_COLUMNS if c != "url") + (
    "cpf",
    "signature-confirmation-recommended",
    "is-sold-by-ab",
    "number-of-items",
)

UNSHIPPED_COLUMNS: tuple[str, ...] = (
    "order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email", "buyer-name",
    "sku", "product-name", "quantity-purchased", "currency", "item-price", "ship-service-level",
    "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3", "ship-city",
    "ship-state", "ship-postal-code", "ship-country", "delivery-start-date", "delivery-end-date",
)  # fmt: skip

FBA_SHIPMENTS_COLUMNS: tuple[str, ...] = (
    "amazon-order-id", "merchant-order-id", "shipment-id", "shipment-item-id",
    "amazon-order-item-id", "purchase-date", "payments-date", "shipment-date", "reporting-date",
    "buyer-email", "buyer-name", "sku", "product-name", "quantity-shipped", "currency",
    "item-price", "item-tax", "shipping-price", "shipping-tax", "ship-service-level",
    "recipient-name", "ship-address-1", "ship-city", "ship-postal-code", "ship-country",
    "carrier", "tracking-number", "estimated-arrival-date", "fulfillment-center-id",
    "sales-channel",
)  # fmt: skip

#: The first purchase date when none is given: fixed, so a seed always gives the same files.
DEFAULT_START = datetime(2026, 1, 5, 7, 12, 0, tzinfo=UTC)
#: Average time between two orders of a generated stream (about 75,000 orders a year).
DEFAULT_GAP = timedelta(minutes=7)

_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")

# --- Vocabulary --------------------------------------------------------------------------------

# marketplace -> (weight, [(country, weight)], language of most listings)
_MARKETPLACES: dict[str, tuple[int, list[tuple[str, int]], str]] = {
    "Amazon.fr": (55, [("FR", 88), ("BE", 12)], "fr"),
    "Amazon.de": (25, [("DE", 100)], "de"),
    "Amazon.it": (10, [("IT", 100)], "it"),
    "Amazon.es": (10, [("ES", 100)], "es"),
}
_VAT = {"FR": Decimal("0.20"), "BE": Decimal("0.21"), "DE": Decimal("0.19"),
        "IT": Decimal("0.22"), "ES": Decimal("0.21")}  # fmt: skip

# country -> [(city, state, [postal codes])]; codes of the country's real shape.
_CITIES: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "FR": [
        ("Besançon", "Doubs", ("25000", "25000", "25000")),
        ("Orléans", "Loiret", ("45000", "45100")),
        ("Saint-Étienne", "Loire", ("42000", "42100")),
        ("Nîmes", "Gard", ("30000", "30900")),
        ("Béziers", "Hérault", ("34500",)),
        ("Paris", "", ("75003", "75011", "75015", "75018", "75020")),
        ("Lyon", "Rhône", ("69001", "69003", "69007")),
        ("Marseille", "Bouches-du-Rhône", ("13001", "13006", "13008")),
        ("Grenoble", "Isère", ("38000", "38100")),
        ("Évreux", "Eure", ("27000",)),
        ("Angoulême", "Charente", ("16000",)),
        ("Périgueux", "Dordogne", ("24000",)),
        ("Alençon", "Orne", ("61000",)),
        ("Sète", "Hérault", ("34200",)),
        ("Fréjus", "Var", ("83600",)),
        ("Châteauroux", "Indre", ("36000",)),
        ("Mâcon", "Saône-et-Loire", ("71000",)),
        ("Créteil", "Val-de-Marne", ("94000",)),
        ("Clermont-Ferrand", "Puy-de-Dôme", ("63000", "63100")),
        ("Toulouse", "Haute-Garonne", ("31000", "31400", "31500")),
        ("Nantes", "Loire-Atlantique", ("44000", "44300")),
        ("Rennes", "Ille-et-Vilaine", ("35000", "35200")),
        ("Nice", "Alpes-Maritimes", ("06000", "06100")),
        ("Bourg-en-Bresse", "Ain", ("01000",)),
        ("Montbéliard", "Doubs", ("25200",)),
        ("Aix-en-Provence", "Bouches-du-Rhône", ("13090", "13100")),
        ("Lille", "Nord", ("59000", "59800")),
        ("Strasbourg", "Bas-Rhin", ("67000", "67100")),
    ],
    "BE": [
        ("Liège", "Liège", ("4000", "4020")),
        ("Bruxelles", "Bruxelles-Capitale", ("1000", "1050", "1180")),
        ("Namur", "Namur", ("5000",)),
        ("Mons", "Hainaut", ("7000",)),
        ("Écaussinnes", "Hainaut", ("7190",)),
        ("Braine-l'Alleud", "Brabant wallon", ("1420",)),
    ],
    "DE": [
        ("München", "Bayern", ("80331", "80469", "81541", "81925")),
        ("Köln", "Nordrhein-Westfalen", ("50667", "50823", "51063")),
        ("Düsseldorf", "Nordrhein-Westfalen", ("40210", "40477")),
        ("Göttingen", "Niedersachsen", ("37073", "37083")),
        ("Nürnberg", "Bayern", ("90402", "90429")),
        ("Würzburg", "Bayern", ("97070", "97082")),
        ("Lübeck", "Schleswig-Holstein", ("23552", "23564")),
        ("Saarbrücken", "Saarland", ("66111", "66119")),
        ("Osnabrück", "Niedersachsen", ("49074",)),
        ("Tübingen", "Baden-Württemberg", ("72070", "72074")),
        ("Weißenfels", "Sachsen-Anhalt", ("06667",)),
        ("Großenhain", "Sachsen", ("01558",)),
        ("Berlin", "Berlin", ("10115", "10437", "12043")),
        ("Hamburg", "Hamburg", ("20095", "22767")),
        ("Frankfurt am Main", "Hessen", ("60311", "60594")),
        ("Mönchengladbach", "Nordrhein-Westfalen", ("41061",)),
    ],
    "IT": [
        ("Forlì", "FC", ("47121", "47122")),
        ("Cantù", "CO", ("22063",)),
        ("Cefalù", "PA", ("90015",)),
        ("Paternò", "CT", ("95047",)),
        ("Nardò", "LE", ("73048",)),
        ("Città di Castello", "PG", ("06012",)),
        ("Milano", "MI", ("20121", "20144")),
        ("Roma", "RM", ("00118", "00153", "00185")),
        ("Torino", "TO", ("10121", "10138")),
        ("Bologna", "BO", ("40121", "40137")),
        ("Napoli", "NA", ("80121", "80138")),
    ],
    "ES": [
        ("Cádiz", "Cádiz", ("11001", "11010")),
        ("Málaga", "Málaga", ("29001", "29016")),
        ("A Coruña", "A Coruña", ("15001", "15008")),
        ("Córdoba", "Córdoba", ("14001", "14008")),
        ("León", "León", ("24001",)),
        ("Ávila", "Ávila", ("05001",)),
        ("Almería", "Almería", ("04001", "04007")),
        ("Logroño", "La Rioja", ("26001",)),
        ("Alcalá de Henares", "Madrid", ("28801",)),
        ("Madrid", "Madrid", ("28001", "28013", "28045")),
        ("Barcelona", "Barcelona", ("08001", "08013", "08029")),
        ("Sevilla", "Sevilla", ("41001", "41010")),
    ],
}

_FIRST_NAMES = {
    "fr": ("Hélène", "Françoise", "Jérôme", "Élodie", "Clémence", "Gaëlle", "Loïc", "Stéphane",
           "Amélie", "Benoît", "Anaïs", "Céline", "Rémi", "Maëlle", "Thérèse", "Zoé", "Marie",
           "Julien", "Pierre", "Camille", "Nicolas", "Sophie", "Thomas", "Jean-François"),
    "de": ("Jürgen", "Jörg", "Günter", "Björn", "Sören", "Uwe", "Käthe", "Bärbel", "Anneliese",
           "Lukas", "Sabine", "Stefan", "Klaus", "Mareike", "Jens", "Heike", "Dörte"),
    "it": ("Niccolò", "Lucrezia", "Giulia", "Marco", "Francesca", "Matteo", "Chiara", "Andrea",
           "Federica", "Ilaria", "Nicolò"),
    "es": ("José", "María", "Jesús", "Ángel", "Begoña", "Inés", "Íñigo", "Sofía", "Lucía", "Raúl",
           "Andrés", "Ramón", "Nuria"),
}  # fmt: skip
_LAST_NAMES = {
    "fr": ("Lefèvre", "Bézier", "Dupré", "Gérard", "Lemaître", "Ménard", "Bénard", "Rivière",
           "Côté", "Girard", "Moreau", "Dubois", "Mercier", "Faure", "Chevalier", "Perrin",
           "Lécuyer", "Hébert", "Fournier", "Rousseau", "Brûlé", "Desprès", "N'Diaye"),
    "de": ("Müller", "Schäfer", "Groß", "Weiß", "Köhler", "Schröder", "Krüger", "Hoffmann",
           "Fuß", "Strauß", "Löffler", "Meier", "Becker", "Schmidt", "Schulz", "Böhm"),
    "it": ("Rossi", "Bianchi", "Ferrari", "Esposito", "D'Angelo", "Colombo", "Ricci", "Mancini",
           "De Luca", "Greco", "Corrà", "Zanè"),
    "es": ("García", "Martínez", "López", "Sánchez", "Pérez", "González", "Rodríguez",
           "Fernández", "Díaz", "Muñoz", "Álvarez", "Jiménez", "Núñez", "Ibáñez", "Peña"),
}  # fmt: skip
_COUNTRY_LANGUAGE = {"FR": "fr", "BE": "fr", "DE": "de", "IT": "it", "ES": "es"}

_STREETS = {
    "FR": ("{n} rue de la République", "{n} avenue Jean-Jaurès", "{n} boulevard Gambetta",
           "{n} place de l'Église", "{n} chemin des Écoliers", "{n} allée des Châtaigniers",
           "{n} rue du Général-de-Gaulle", "{n} impasse des Mûriers", "{n} bis rue Pasteur",
           "{n} quai de la Fontaine"),
    "BE": ("Rue de l'Église {n}", "Chaussée de Wavre {n}", "Avenue Louise {n}",
           "Rue des Écoles {n}"),
    "DE": ("Hauptstraße {n}", "Bahnhofstraße {n}", "Schillerstraße {n}", "Gartenweg {n}",
           "Am Mühlbach {n}", "Königsallee {n}", "Lindenstraße {n}a", "Goethestraße {n}",
           "Friedrich-Ebert-Straße {n}"),
    "IT": ("Via Giuseppe Garibaldi, {n}", "Corso Vittorio Emanuele II, {n}",
           "Piazza del Popolo, {n}", "Via Niccolò Machiavelli, {n}", "Viale Trieste, {n}"),
    "ES": ("Calle Mayor, {n}", "Avenida de Andalucía, {n}", "Plaza de España, {n}",
           "Calle de Alcalá, {n}", "Paseo de la Castellana, {n}", "Calle Núñez de Balboa, {n}"),
}  # fmt: skip
_ADDRESS_2 = {
    "FR": ("Bât. B", "Appt 12", "Résidence Les Érables", "2e étage, porte gauche"),
    "BE": ("Boîte 3", "2e étage"),
    "DE": ("Hinterhaus", "3. OG", "Whg. 7"),
    "IT": ("Scala B", "Interno 4"),
    "ES": ("2º B", "3º izda.", "Bajo"),
}

# language -> (sku, asin, product name, unit price incl. VAT)
_PRODUCTS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "fr": (
        ("TFE-12-NOIR", "B08XK2QW7N", "Théière en fonte émaillée 1,2 L", "39.90"),
        ("MCM-CER-01", "B07ZP4L9VR", "Moulin à café manuel en céramique", "24.99"),
        ("CCH-3N-GRIS", "B09D3JH1TQ", "Coussin chauffant électrique – 3 niveaux", "32.50"),
        ("CO-INOX-9", "B01N5F8KUE", "Couteau d'office inox, lame 9 cm", "12.90"),
        ("BG-FLOR-180", "B0B1S7XH2M", "Bougie parfumée « Fleur d'oranger » 180 g", "18.00"),
        ("YOGA-6MM-VRT", "B07PGL2N8Z", "Tapis de yoga antidérapant 6 mm", "27.95"),
        ("LCT-DIM-BLC", "B08R6Z9QFD", "Lampe de chevet tactile à intensité réglable", "29.99"),
        ("CM-KARITE-75", "B0C4MVQ2HX", "Crème mains au beurre de karité 75 ml", "8.50"),
        ("CREP-6-ELEC", "B00KQ7WQ2A", "Crêpière électrique 6 mini-crêpes", "34.90"),
        ("PLAID-150X200", "B0BX2RWL4C", "Plaid polaire côtelé 150 × 200 cm", "26.90"),
        ("GRD-750-OCN", "B09WMX5K3P", "Gourde isotherme inox 750 ml – bleu océan", "19.95"),
        ("ETUI-LIS-6", "B0872QZ9TM", "Étui de protection pour liseuse 6 pouces", "15.99"),
        ("6Q-K3PZ-7T1H", "B07QXV6TBN", "Câble USB-C tressé 2 m", "9.99"),
        ("VRS-CHAT-6", "B0CJ8G3L5W", "Ensemble de 6 verres à pied « Château »", "44.00"),
        ("MUG-GRES-350", "B0D1K7PZ2R", "Mug en grès émaillé 350 ml", "14.50"),
        ("SAV-MARS-4", "B08H4T1ZQK", "Savon de Marseille à l'huile d'olive, lot de 4", "11.90"),
    ),
    "de": (
        ("BD-EDEL-3F", "B0B7DW3K9L", "Edelstahl-Brotdose für Kinder – 3 Fächer", "22.99"),
        ("WFL-STRICK-2L", "B07KZ3XQ4F", "Wärmflasche mit Strickbezug 2 L", "16.95"),
        ("KW-DIG-5KG", "B08F2JN6WT", "Küchenwaage digital bis 5 kg", "13.99"),
        ("FM-KOKOS-4060", "B09HJQ7V2S", "Fußmatte Kokos „Willkommen“ 40 × 60 cm", "21.50"),
        ("GR-BAMBUS-3", "B0C2L8R4MZ", "Gewürzregal aus Bambus, 3 Etagen", "25.90"),
        ("SB-EICHE-AB", "B01LYQ2H5G", "Schlüsselbrett mit Ablage – Eiche", "29.00"),
    ),
    "it": (
        ("MOKA-6T-ALU", "B00AZ6XJ1U", "Caffettiera moka in alluminio – 6 tazze", "23.90"),
        ("TAG-ULIVO-40", "B07T9WBF3C", "Tagliere in legno d'ulivo 40 cm", "31.00"),
        ("BOR-TERM-500", "B0916KQ8NZ", "Borraccia termica in acciaio inox 500 ml", "17.49"),
        ("LMP-LED-CALDA", "B0BQ4M7V1D", "Lampada da comodino a LED, luce calda", "27.90"),
    ),
    "es": (
        ("CAF-ITA-6T", "B08J5HQY2X", "Cafetera italiana de acero inoxidable – 6 tazas", "21.95"),
        ("SART-28-MAD", "B07W4P9DKS", "Sartén antiadherente de 28 cm con asa de madera", "28.50"),
        ("FN-ALG-150", "B09B2SV7QJ", "Funda nórdica de algodón 150 × 220 cm", "35.99"),
        ("MOCH-15-IMP", "B0CK3T2NWB", 'Mochila impermeable para portátil de 15,6"', "42.00"),
    ),
}

# Carriers by country, for seller-fulfilled (MFN) and Amazon-fulfilled (AFN) parcels.
_MFN_CARRIERS = {
    "FR": ("Colissimo", "Colissimo", "Colissimo", "Chronopost", "Mondial Relay", "DPD", "UPS"),
    "BE": ("Colissimo", "bpost", "DPD", "GLS"),
    "DE": ("DHL", "DHL", "DHL", "Hermes", "DPD", "GLS", "UPS"),
    "IT": ("BRT", "Poste Italiane", "GLS", "UPS"),
    "ES": ("Correos", "SEUR", "GLS", "UPS"),
}
_AFN_CARRIERS = {
    "FR": ("AMZN_FR", "AMZN_FR", "Colissimo", "Chronopost", "DPD"),
    "BE": ("AMZN_BE", "bpost", "DPD"),
    "DE": ("AMZN_DE", "AMZN_DE", "DHL", "DPD", "Hermes"),
    "IT": ("AMZN_IT", "AMZN_IT", "BRT", "Poste Italiane"),
    "ES": ("AMZN_ES", "AMZN_ES", "Correos", "SEUR"),
}
_FULFILLMENT_CENTERS = {
    "Amazon.fr": ("ORY1", "ORY4", "LYS1", "MRS1", "BVA1", "LIL1"),
    "Amazon.de": ("DTM1", "DUS2", "FRA3", "LEJ1", "MUC3", "STR1", "CGN1"),
    "Amazon.it": ("MXP5", "FCO1", "TRN1", "BLQ1"),
    "Amazon.es": ("MAD4", "BCN1", "MAD6"),
}
_ORDER_ID_PREFIXES = ("402", "403", "404", "405", "406", "407", "408")
_ALNUM_UPPER = string.ascii_uppercase + string.digits
_ALNUM_MIXED = string.ascii_letters + string.digits


@dataclass(frozen=True, slots=True)
class SampleLine:
    """One item row of an order; amounts include VAT, as Amazon's EU reports give them."""

    order_item_id: str
    sku: str
    asin: str
    product_name: str
    quantity: int
    item_price: Decimal | None  # unit price × quantity; blank on cancelled orders
    item_tax: Decimal | None
    shipping_price: Decimal | None
    shipping_tax: Decimal | None
    item_promotion_discount: Decimal | None
    shipment_item_id: str


@dataclass(frozen=True, slots=True)
class SampleOrder:
    """One generated order, with everything any of the three reports says about it."""

    order_id: str
    merchant_order_id: str
    purchase_date: datetime
    last_updated: datetime
    status: str  # Shipped, Shipping, Pending, Cancelled
    fulfillment_channel: str  # Amazon (FBA) or Merchant
    sales_channel: str
    ship_service_level: str
    currency: str
    buyer_name: str
    buyer_email: str
    recipient_name: str
    ship_address_1: str
    ship_address_2: str
    ship_city: str
    ship_state: str
    ship_postal_code: str
    ship_country: str
    is_business_order: bool
    purchase_order_number: str
    promotion_ids: str
    lines: tuple[SampleLine, ...]
    carrier: str
    tracking_number: str
    shipment_id: str
    shipment_date: datetime | None
    delivery_start: datetime
    delivery_end: datetime  # the latest estimated delivery date
    fulfillment_center_id: str

    @property
    def shipped(self) -> bool:
        return self.status in ("Shipped", "Shipping")

    @property
    def total(self) -> Decimal:
        """What the buyer paid: item and shipping prices less discounts (VAT included)."""
        amounts = (
            (line.item_price or _ZERO)
            + (line.shipping_price or _ZERO)
            + (line.item_promotion_discount or _ZERO)
            for line in self.lines
        )
        return sum(amounts, _ZERO)


# --- Generation --------------------------------------------------------------------------------


def _eu_offset(moment: datetime) -> timezone:
    """Central European (summer) time: the offset a seller's local-time report columns carry."""
    year = moment.year

    def last_sunday(month: int) -> datetime:
        day = datetime(year, month, 31, 1, 0, tzinfo=UTC)
        return day - timedelta(days=(day.weekday() + 1) % 7)

    summer = last_sunday(3) <= moment.astimezone(UTC) < last_sunday(10)
    return timezone(timedelta(hours=2 if summer else 1))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(string.digits, k=n))


def _money(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _vat_part(gross: Decimal, rate: Decimal) -> Decimal:
    return _money(gross * rate / (1 + rate))


def _tracking_number(rng: random.Random, carrier: str, country: str) -> str:
    """A tracking number of the shape the carrier prints (length and prefix)."""
    if carrier == "Colissimo":
        return rng.choice(("6A", "6C", "8L", "6Q")) + _digits(rng, 11)
    if carrier == "Chronopost":
        return rng.choice(("XW", "XS", "EE")) + _digits(rng, 9) + "FR"
    if carrier == "DHL":
        return "00340434" + _digits(rng, 12)
    if carrier == "DPD":
        return "0" + _digits(rng, 13)
    if carrier == "GLS":
        return _digits(rng, 11)
    if carrier == "UPS":
        return "1Z" + "".join(rng.choices(_ALNUM_UPPER, k=6)) + _digits(rng, 10)
    if carrier == "Hermes":
        return "H" + _digits(rng, 19)
    if carrier == "Mondial Relay":
        return _digits(rng, 8)
    if carrier == "bpost":
        return "3232" + _digits(rng, 20)
    if carrier in ("Poste Italiane", "Correos"):
        return rng.choice(("CA", "PQ", "RR")) + _digits(rng, 9) + country
    if carrier in ("BRT", "SEUR"):
        return _digits(rng, 14)
    return country + _digits(rng, 10)  # AMZN_xx: Amazon Logistics


def _person(rng: random.Random, language: str) -> str:
    if language != "fr" and rng.random() < 0.08:
        language = "fr"  # French speakers live everywhere
    return f"{rng.choice(_FIRST_NAMES[language])} {rng.choice(_LAST_NAMES[language])}"


def _pick_weighted(rng: random.Random, choices: Sequence[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


class _OrderFactory:
    """Draws orders one after another from one seeded random generator."""

    def __init__(self, seed: int, start: datetime, mean_gap: timedelta) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self.rng = random.Random(seed)
        self.clock = start.astimezone(UTC)
        self.mean_gap = mean_gap.total_seconds()
        self.used_ids: set[str] = set()
        self.sequence = 0
        self.marketplaces = [(m, w) for m, (w, _, _) in _MARKETPLACES.items()]

    def order_id(self) -> str:
        rng = self.rng
        while True:
            candidate = f"{rng.choice(_ORDER_ID_PREFIXES)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate

    def next_order(self, max_lines: int = 3) -> SampleOrder:
        rng = self.rng
        self.sequence += 1
        self.clock += timedelta(seconds=int(rng.expovariate(1 / self.mean_gap)) + 1)
        purchase = self.clock
        marketplace = _pick_weighted(rng, self.marketplaces)
        _, countries, listing_language = _MARKETPLACES[marketplace]
        country = _pick_weighted(rng, countries)
        city, state, codes = rng.choice(_CITIES[country])
        language = _COUNTRY_LANGUAGE[country]
        afn = rng.random() < 0.45
        roll = rng.random()
        status = (
            "Shipped" if roll < 0.86 else
            "Pending" if roll < 0.91 else
            "Cancelled" if roll < 0.95 else
            "Shipping"
        )  # fmt: skip
        n_lines = 1 if rng.random() < 0.75 else rng.choice((2, 2, 3))
        n_lines = min(n_lines, max_lines)
        buyer = _person(rng, language)
        recipient = buyer if rng.random() < 0.85 else _person(rng, language)
        business = rng.random() < 0.06
        express = rng.random() < 0.15
        promotion = rng.random() < 0.1
        vat = _VAT[country]
        products = _PRODUCTS[listing_language if rng.random() < 0.85 else "fr"]
        lines: list[SampleLine] = []
        for product in rng.sample(products, n_lines):
            sku, asin, name, unit = product
            quantity = 1 if rng.random() < 0.8 else rng.choice((2, 3))
            if status == "Cancelled":
                price = tax = shipping = shipping_tax = discount = None
                quantity = 0
            else:
                price = _money(Decimal(unit) * quantity)
                tax = _vat_part(price, vat)
                paid_shipping = not afn and not lines and rng.random() < 0.4
                shipping = Decimal("5.90") if paid_shipping else _ZERO
                if express and not lines:
                    shipping += Decimal("4.00")
                shipping_tax = _vat_part(shipping, vat)
                discount = -_money(price * Decimal("0.10")) if promotion else _ZERO
            lines.append(
                SampleLine(
                    order_item_id=_digits(rng, 14),
                    sku=sku,
                    asin=asin,
                    product_name=name,
                    quantity=quantity,
                    item_price=price,
                    item_tax=tax,
                    shipping_price=shipping,
                    shipping_tax=shipping_tax,
                    item_promotion_discount=discount,
                    shipment_item_id="D" + "".join(rng.choices(_ALNUM_MIXED, k=8)),
                )
            )
        carrier = rng.choice((_AFN_CARRIERS if afn else _MFN_CARRIERS)[country])
        transit = timedelta(days=rng.randint(1, 2) if express else rng.randint(2, 5))
        shipment_date = (
            purchase + timedelta(hours=rng.randint(3, 40)) if status in ("Shipped", "Shipping")
            else None
        )  # fmt: skip
        delivery_start = (purchase + transit).replace(hour=7, minute=0, second=0)
        delivery_end = (purchase + transit + timedelta(days=2 if express else 3)).replace(
            hour=21, minute=59, second=59
        )
        last_updated = (shipment_date or purchase) + timedelta(minutes=rng.randint(5, 600))
        street = rng.choice(_STREETS[country]).format(n=rng.randint(1, 140))
        return SampleOrder(
            order_id=self.order_id(),
            merchant_order_id=(
                f"CMD-{purchase.year}-{self.sequence:06d}"
                if not afn and rng.random() < 0.15
                else ""
            ),
            purchase_date=purchase,
            last_updated=last_updated,
            status=status,
            fulfillment_channel="Amazon" if afn else "Merchant",
            sales_channel=marketplace,
            ship_service_level="Expedited" if express else "Standard",
            currency="EUR",
            buyer_name=buyer,
            buyer_email=(
                "".join(rng.choices(string.ascii_lowercase + string.digits, k=15))
                + "@marketplace.amazon."
                + marketplace.rsplit(".", 1)[1]
            ),
            recipient_name=recipient,
            ship_address_1=street,
            ship_address_2=rng.choice(_ADDRESS_2[country]) if rng.random() < 0.2 else "",
            ship_city=city,
            ship_state=state,
            ship_postal_code=rng.choice(codes),
            ship_country=country,
            is_business_order=business,
            purchase_order_number=f"BC-{_digits(rng, 6)}" if business else "",
            promotion_ids=(
                f"Promotion 10 % {purchase:%Y/%m/%d} {_digits(rng, 2)}-{_digits(rng, 2)}"
                if promotion
                else ""
            ),
            lines=tuple(lines),
            carrier=carrier,
            tracking_number=_tracking_number(rng, carrier, country),
            shipment_id="D" + "".join(rng.choices(_ALNUM_MIXED, k=8)),
            shipment_date=shipment_date,
            delivery_start=delivery_start,
            delivery_end=delivery_end,
            fulfillment_center_id=(rng.choice(_FULFILLMENT_CENTERS[marketplace]) if afn else ""),
        )


def iter_orders(
    seed: int = 0, start: datetime | None = None, mean_gap: timedelta = DEFAULT_GAP
) -> Iterator[SampleOrder]:
    """An endless stream of orders, one every `mean_gap` on average from `start`."""
    factory = _OrderFactory(seed, start or DEFAULT_START, mean_gap)
    while True:
        yield factory.next_order()


def sample_orders(
    count: int, seed: int = 0, start: datetime | None = None, end: datetime | None = None
) -> list[SampleOrder]:
    """`count` orders, spread between `start` and about `end` when `end` is given."""
    start = start or DEFAULT_START
    gap = DEFAULT_GAP if end is None else (end - start) / max(count + 1, 1)
    stream = iter_orders(seed, start, gap)
    return [next(stream) for _ in range(count)]


# --- Report rows -------------------------------------------------------------------------------


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _iso(moment: datetime | None, local: bool = False) -> str:
    """Amazon's ISO 8601 with an offset; UTC unless the column is in the seller's local time."""
    if moment is None:
        return ""
    moment = moment.astimezone(_eu_offset(moment) if local else UTC)
    return moment.isoformat(timespec="seconds")


def _all_orders_row(order: SampleOrder, line: SampleLine) -> dict[str, str]:
    item_status = {"Shipping": "Shipped", "Pending": "Unshipped"}.get(order.status, order.status)
    return {
        "amazon-order-id": order.order_id,
        "merchant-order-id": order.merchant_order_id,
        "purchase-date": _iso(order.purchase_date),
        "last-updated-date": _iso(order.last_updated),
        "order-status": order.status,
        "fulfillment-channel": order.fulfillment_channel,
        "sales-channel": order.sales_channel,
        "order-channel": "",
        "url": "",
        "ship-service-level": order.ship_service_level,
        "product-name": line.product_name,
        "sku": line.sku,
        "asin": line.asin,
        "item-status": item_status,
        "quantity": str(line.quantity),
        "currency": order.currency,
        "item-price": _amount(line.item_price),
        "item-tax": _amount(line.item_tax),
        "shipping-price": _amount(line.shipping_price),
        "shipping-tax": _amount(line.shipping_tax),
        "gift-wrap-price": "" if line.item_price is None else "0.00",
        "gift-wrap-tax": "" if line.item_price is None else "0.00",
        "item-promotion-discount": _amount(line.item_promotion_discount),
        "ship-promotion-discount": "" if line.item_price is None else "0.00",
        "ship-city": order.ship_city,
        "ship-state": order.ship_state,
        "ship-postal-code": order.ship_postal_code,
        "ship-country": order.ship_country,
        "promotion-ids": order.promotion_ids,
        "is-business-order": "true" if order.is_business_order else "false",
        "purchase-order-number": order.purchase_order_number,
        "price-designation": "BusinessPrice" if order.is_business_order else "",
        # Columns of the newer variants (ALL_ORDERS_NEWER_COLUMNS).
        "cpf": "",
        "signature-confirmation-recommended": "false",
        "is-sold-by-ab": "false",
        "number-of-items": str(line.quantity),
        "tax-collection-model": "MarketplaceFacilitator" if order.ship_country != "FR" else "",
        "address-type": "Commercial" if order.is_business_order else "Residential",
    }


def all_orders_report_rows(orders: Iterable[SampleOrder]) -> Iterator[dict[str, str]]:
    """The All Orders rows of these orders: one per item, an order's rows together."""
    for order in orders:
        for line in order.lines:
            yield _all_orders_row(order, line)


def all_orders_rows(
    n_rows: int, seed: int = 0, start: datetime | None = None
) -> Iterator[dict[str, str]]:
    """Exactly `n_rows` All Orders rows (rows, not orders: about a quarter have 2-3 items)."""
    factory = _OrderFactory(seed, start or DEFAULT_START, DEFAULT_GAP)
    left = n_rows
    while left > 0:
        order = factory.next_order(max_lines=left)
        left -= len(order.lines)
        yield from all_orders_report_rows((order,))


def unshipped_report_rows(orders: Iterable[SampleOrder]) -> Iterator[dict[str, str]]:
    """Unshipped / New Orders rows: who bought, where it goes, the promised delivery window."""
    for order in orders:
        for line in order.lines:
            yield {
                "order-id": order.order_id,
                "order-item-id": line.order_item_id,
                "purchase-date": _iso(order.purchase_date, local=True),
                "payments-date": _iso(order.purchase_date + timedelta(minutes=2), local=True),
                "buyer-email": order.buyer_email,
                "buyer-name": order.buyer_name,
                "sku": line.sku,
                "product-name": line.product_name,
                "quantity-purchased": str(line.quantity),
                "currency": order.currency,
                "item-price": _amount(line.item_price),
                "ship-service-level": order.ship_service_level,
                "recipient-name": order.recipient_name,
                "ship-address-1": order.ship_address_1,
                "ship-address-2": order.ship_address_2,
                "ship-address-3": "",
                "ship-city": order.ship_city,
                "ship-state": order.ship_state,
                "ship-postal-code": order.ship_postal_code,
                "ship-country": order.ship_country,
                "delivery-start-date": _iso(order.delivery_start, local=True),
                "delivery-end-date": _iso(order.delivery_end, local=True),
            }


def fba_shipment_report_rows(orders: Iterable[SampleOrder]) -> Iterator[dict[str, str]]:
    """FBA Amazon Fulfilled Shipments rows: the Amazon-fulfilled shipped orders among `orders`."""
    for order in orders:
        if order.shipment_date is None or order.fulfillment_channel != "Amazon":
            continue
        for line in order.lines:
            yield {
                "amazon-order-id": order.order_id,
                "merchant-order-id": order.merchant_order_id,
                "shipment-id": order.shipment_id,
                "shipment-item-id": line.shipment_item_id,
                "amazon-order-item-id": line.order_item_id,
                "purchase-date": _iso(order.purchase_date),
                "payments-date": _iso(order.purchase_date + timedelta(minutes=2)),
                "shipment-date": _iso(order.shipment_date),
                "reporting-date": _iso(order.shipment_date + timedelta(hours=2)),
                "buyer-email": order.buyer_email,
                "buyer-name": order.buyer_name,
                "sku": line.sku,
                "product-name": line.product_name,
                "quantity-shipped": str(line.quantity),
                "currency": order.currency,
                "item-price": _amount(line.item_price),
                "item-tax": _amount(line.item_tax),
                "shipping-price": _amount(line.shipping_price),
                "shipping-tax": _amount(line.shipping_tax),
                "ship-service-level": order.ship_service_level,
                "recipient-name": order.recipient_name,
                "ship-address-1": order.ship_address_1,
                "ship-city": order.ship_city,
                "ship-postal-code": order.ship_postal_code,
                "ship-country": order.ship_country,
                "carrier": order.carrier,
                "tracking-number": order.tracking_number,
                "estimated-arrival-date": _iso(order.delivery_end),
                "fulfillment-center-id": order.fulfillment_center_id,
                "sales-channel": order.sales_channel,
            }


# --- Writing -----------------------------------------------------------------------------------


def write_report(
    path: str | Path,
    rows: Iterable[dict[str, str]],
    columns: Sequence[str],
    *,
    encoding: str = "utf-8",
    delimiter: str = "\t",
) -> int:
    """Write a flat file as Amazon does (tab, no quoting) or as a spreadsheet saves it (quoted).

    Returns the number of data rows written.
    """
    count = 0
    with open(path, "w", encoding=encoding, newline="") as out:
        if delimiter == "\t":
            # Amazon's own files never quote: a '"' inside a product name stays as it is.
            out.write("\t".join(columns) + "\n")
            for row in rows:
                out.write("\t".join(row.get(c, "") for c in columns) + "\n")
                count += 1
        else:
            writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(columns)
            for row in rows:
                writer.writerow([row.get(c, "") for c in columns])
                count += 1
    return count


def write_all_orders(
    path: str | Path,
    n_rows: int | Iterable[SampleOrder],
    seed: int = 0,
    *,
    encoding: str = "utf-8",
    delimiter: str = "\t",
    columns: Sequence[str] = ALL_ORDERS_COLUMNS,
    start: datetime | None = None,
) -> int:
    """An All Orders report of `n_rows` generated rows, or of the given orders."""
    rows = (
        all_orders_rows(n_rows, seed, start)
        if isinstance(n_rows, int)
        else all_orders_report_rows(n_rows)
    )
    return write_report(path, rows, columns, encoding=encoding, delimiter=delimiter)


def write_unshipped(
    path: str | Path,
    orders: Iterable[SampleOrder],
    *,
    encoding: str = "utf-8",
    delimiter: str = "\t",
    columns: Sequence[str] = UNSHIPPED_COLUMNS,
) -> int:
    """An Unshipped / New Orders report of `orders` (the caller picks which orders it lists)."""
    return write_report(
        path, unshipped_report_rows(orders), columns, encoding=encoding, delimiter=delimiter
    )


def write_fba_shipments(
    path: str | Path,
    orders: Iterable[SampleOrder],
    *,
    encoding: str = "utf-8",
    delimiter: str = "\t",
    columns: Sequence[str] = FBA_SHIPMENTS_COLUMNS,
) -> int:
    """An FBA Amazon Fulfilled Shipments report of the Amazon-fulfilled shipped `orders`."""
    return write_report(
        path, fba_shipment_report_rows(orders), columns, encoding=encoding, delimiter=delimiter
    )
