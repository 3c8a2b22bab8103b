"""Dates on carrier documents in French, English and German, what each dates, and the
delivery signature line."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from atoz_desktop.core.receipts.dates import (
    DELIVERED,
    SHIPPED,
    dated,
    find_dates,
    find_signature,
)


@pytest.mark.parametrize(
    ("text", "when", "kind"),
    [
        ("Date de dépôt : 24/11/2026", date(2026, 11, 24), SHIPPED),
        ("Déposé le 24 nov. 2026 à 14h05", datetime(2026, 11, 24, 14, 5), SHIPPED),
        ("Livré le 26 novembre 2026", date(2026, 11, 26), DELIVERED),
        ("Colis distribué le 1er décembre 2026", date(2026, 12, 1), DELIVERED),
        ("Shipped: Nov 24, 2026", date(2026, 11, 24), SHIPPED),
        ("Delivered November 26th, 2026 10:12", datetime(2026, 11, 26, 10, 12), DELIVERED),
        ("Ship date 2026-11-24T09:30", datetime(2026, 11, 24, 9, 30), SHIPPED),
        ("Eingeliefert am 24.11.2026", date(2026, 11, 24), SHIPPED),
        ("Zugestellt am 27. November 2026 um 10:12", datetime(2026, 11, 27, 10, 12), DELIVERED),
        ("Zustellung: 3. Dez. 2026", date(2026, 12, 3), DELIVERED),
        ("Imprimé le 25-11-2026", date(2026, 11, 25), None),
        ("Delivered 11/24/2026", date(2026, 11, 24), DELIVERED),  # month first: 24 is no month
    ],
)
def test_dates_in_three_languages(text, when, kind):
    (found,) = find_dates(text)
    assert (found.when, found.kind) == (when, kind)


def test_impossible_and_implausible_dates_are_not_dates():
    assert find_dates("31/02/2026, 13/13/2026 and 24/11/1890, ref 1234.5678.9012") == []


def test_a_tracking_page_dates_the_first_scan_and_the_last_delivery():
    text = (
        "28/11/2026 10:12  Votre colis est livré\n"
        "27/11/2026 18:00  Votre colis est en cours de livraison\n"
        "25/11/2026 08:00  Votre colis est pris en charge par La Poste\n"
        "24/11/2026        Déposé en bureau de poste\n"
    )
    dates = find_dates(text)
    assert [d.kind for d in dates] == [DELIVERED, DELIVERED, SHIPPED, SHIPPED]
    assert dated(dates, SHIPPED) == date(2026, 11, 24)
    assert dated(dates, DELIVERED) == datetime(2026, 11, 28, 10, 12)


def test_the_nearest_word_decides_what_a_date_dates():
    (shipped, delivered) = find_dates("Expédié le 24/11/2026 — livré le 26/11/2026")
    assert shipped.kind == SHIPPED and delivered.kind == DELIVERED


def test_the_same_day_with_a_time_is_preferred():
    dates = find_dates("Livré le 26/11/2026\nLivraison : 26/11/2026 à 10h12")
    assert dated(dates, DELIVERED) == datetime(2026, 11, 26, 10, 12)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signé par : M. DUPONT", "M. DUPONT"),
        ("Signed by: J SMITH", "J SMITH"),
        ("Signed for by J. Smith", "J. Smith"),
        ("Unterschrift: Müller", "Müller"),
        ("Reçu par MARTIN", "MARTIN"),
        ("Signature :", None),
    ],
)
def test_signature_lines(text, name):
    found = find_signature(f"Colis livré\n{text}\nMerci")
    assert found is not None and found.name == name


def test_a_line_that_says_no_one_signed_is_not_a_signature():
    assert find_signature("Signature : aucune\nSignature: not required\nKeine Unterschrift") is None
    assert find_signature("Colis livré en boîte aux lettres") is None
