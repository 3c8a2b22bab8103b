"""Tracking numbers: every format of the table with valid and wrong check digits, and the
carrier named in the document deciding between colliding formats."""

from __future__ import annotations

import pytest

from atoz_desktop.core.receipts import checks
from atoz_desktop.core.receipts.formats import CARRIER_BY_CODE, CARRIERS, FORMATS
from atoz_desktop.core.receipts.numbers import (
    BARCODE,
    CERTAIN,
    DOUBTFUL,
    LIKELY,
    OCR,
    decide,
    in_code,
    in_text,
    named_carriers,
)
from tests import receipts_fixtures as fx


def read(text: str):
    """The best candidate of a document's text."""
    found = in_text(text, named_carriers(text))
    return found[0] if found else None


# --- the check-digit algorithms, on published examples -----------------------------------


def test_s10_on_the_upu_example_and_its_special_remainders():
    assert checks.s10("RR473124829GB")  # the S10 standard's own example
    assert not checks.s10("RR473124828GB")
    # remainders 0 and 1 are written 5 and 0
    assert any(checks.s10(f"LA{n:08d}5FR") for n in range(200))
    assert any(checks.s10(f"LA{n:08d}0FR") for n in range(200))


def test_ups_check_digit_on_ups_sample_number():
    assert checks.ups("1Z999AA10123456784")  # UPS's documented sample
    assert not checks.ups("1Z999AA10123456785")
    assert not checks.ups("1Z999AA1012345678X")  # a letter is never a UPS check digit


def test_dhl_express_mod_7():
    assert checks.mod7("3318810025")  # 331881002 mod 7 = 5
    assert not checks.mod7("3318810024")


def test_dpd_mod_37_36_round_trip_and_a_single_error_is_caught():
    data = "0075001012345678901231012" + "50"
    char = checks.mod37_36_char(data)
    assert checks.mod37_36(data + char)
    for i in range(len(data)):  # ISO 7064 catches every single substitution
        wrong = data[:i] + ("1" if data[i] != "1" else "2") + data[i + 1 :]
        assert not checks.mod37_36(wrong + char)


def test_gls_identcode_and_gs1():
    assert checks.gls(fx.gls()) and not checks.gls(fx.wrong_last(fx.gls()))
    assert checks.identcode(fx.identcode()) and not checks.identcode(fx.wrong_last(fx.identcode()))
    assert checks.gs1("00340434161234567890"[:-1] + fx.dhl_sscc("0034043416123456789")[-1])
    assert checks.gs1("4006381333931")  # an EAN-13 from GS1's examples


# --- every carrier of the table, valid and invalid -----------------------------------------

VALID = [
    # (document text, number, carrier, certainty)
    (f"La Poste - Lettre recommandée internationale {fx.s10()}", fx.s10(), "laposte", CERTAIN),
    (f"Envoi international {fx.s10(country='DE')}", fx.s10(country="DE"), "post", CERTAIN),
    (f"Chronopost - N° d'envoi {fx.s10(service='XY')}", fx.s10(service="XY"), "chronopost",
     CERTAIN),
    ("Colissimo - preuve de dépôt 6A12345678901", "6A12345678901", "colissimo", LIKELY),
    ("La Poste Lettre suivie 1L12345678901", "1L12345678901", "laposte", LIKELY),
    (f"UPS Tracking {fx.ups()}", fx.ups(), "ups", CERTAIN),
    (f"DHL Express Waybill {fx.dhl_express()}", fx.dhl_express(), "dhl_express", CERTAIN),
    (f"DHL Paket Sendungsnummer {fx.identcode()}", fx.identcode(), "dhl_paket", CERTAIN),
    (f"DHL Paket Sendungsnummer {fx.dhl_sscc()}", fx.dhl_sscc(), "dhl_paket", CERTAIN),
    ("DHL Paket JJD000390007827894936", "JJD000390007827894936", "dhl_paket", LIKELY),
    ("DPD Parcel No 01234567890123", "01234567890123", "dpd", LIKELY),
    (f"DPD {fx.dpd_label()}", "01234567890123", "dpd", CERTAIN),
    (f"GLS parcel number {fx.gls()}", fx.gls(), "gls", CERTAIN),
    ("Mondial Relay - N° d'expédition 12345678", "12345678", "mondial_relay", LIKELY),
    ("Amazon Logistics TBA123456789012", "TBA123456789012", "amazon", LIKELY),
    ("Amazon Shipping AMZNFR1234567890", "AMZNFR1234567890", "amazon", LIKELY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "carrier", "certainty"), VALID)
def test_each_format_is_read_with_its_carrier(text, number, carrier, certainty):
    found = read(text)
    assert found is not None, text
    assert (found.number, found.carrier, found.certainty) == (number, carrier, certainty)
    assert found.check_digit_valid is (True if certainty == CERTAIN else None)


WRONG = [
    f"La Poste {fx.wrong_last(fx.s10()[:-2]) + 'FR'}",
    f"Chronopost {fx.wrong_last(fx.s10(service='XY')[:-2]) + 'FR'}",
    f"UPS {fx.wrong_last(fx.ups())}",
    f"DHL Express {fx.wrong_last(fx.dhl_express())}",
    f"DHL Paket {fx.wrong_last(fx.identcode())}",
    f"GLS {fx.wrong_last(fx.gls())}",
    f"DPD {fx.wrong_last(fx.dpd_label())}",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_check_digit_is_never_certain(text):
    found = read(text)
    assert found is not None, text
    assert found.check_digit_valid is False
    assert found.certainty == DOUBTFUL


def test_every_format_and_carrier_is_covered_by_the_tests():
    formats = {decide(n, named_carriers(t), "text").format for t, n, _c, _s in VALID}
    formats |= {"dpd_barcode", "gls_11", "chronopost"}
    assert {f.code for f in FORMATS} <= formats | {"dpd_label"}
    assert {c for _t, _n, c, _s in VALID} == {c.code for c in CARRIERS}


# --- collisions: the carrier named in the document decides ---------------------------------


def test_a_plain_digit_run_needs_its_carrier_named():
    assert read("Commande 12345678, 24 articles") is None
    assert read(f"Référence {fx.dhl_express()}") is None  # valid mod 7, but no DHL in sight


def test_twelve_digits_go_to_the_carrier_the_document_names():
    number = fx.gls()
    assert read(f"GLS France - {number}").carrier == "gls"
    mondial = read(f"Mondial Relay - {number}")
    assert mondial.carrier == "mondial_relay" and mondial.certainty == LIKELY


def test_named_carrier_with_a_valid_check_wins_over_the_others_named():
    number = fx.gls()
    assert not checks.identcode(number)
    found = read(f"GLS, DHL et Mondial Relay acceptés. Colis {number}")
    assert found.carrier == "gls" and found.certainty == CERTAIN


def test_s10_shape_goes_to_chronopost_when_chronopost_is_named():
    number = fx.s10(service="EE")
    assert read(f"Preuve de dépôt {number}").carrier == "laposte"
    assert read(f"Chronopost — preuve de dépôt {number}").carrier == "chronopost"
    # named as often as each other: the number is right, the carrier is left open
    both = read(f"Chronopost, La Poste {number}")
    assert both.carrier is None and set(both.carriers) == {"chronopost", "laposte"}
    assert both.certainty == LIKELY
    # a Chronopost receipt that mentions its group once still is Chronopost's
    assert read(f"Chronopost (groupe La Poste). Chronopost {number}").carrier == "chronopost"


def test_names_are_words_not_parts_of_words():
    assert "ups" not in named_carriers("pick-ups and groups")
    assert "dpd" not in named_carriers("updpdate")
    assert named_carriers("Mondial-Relay, mondial relay")["mondial_relay"] == 2


def test_grouped_numbers_are_joined_but_not_across_lines_or_punctuation():
    assert read(f"UPS Tracking: {' '.join([fx.ups()[i:i+3] for i in range(0, 18, 3)])}").number \
        == fx.ups()  # fmt: skip
    assert read("DPD Parcel 0123 4567 8901 23").number == "01234567890123"
    assert read("Mondial Relay 1234\n5678") is None
    assert read("Mondial Relay 24/11/2026") is None


def test_a_labelled_number_beats_an_unlabelled_one():
    text = "Mondial Relay\nPoint Relais 87654321\nNuméro d'expédition : 12345678"
    found = in_text(text, named_carriers(text))
    assert [c.number for c in found][:1] == ["12345678"]


def test_barcodes_keep_plain_digits_without_deciding_the_carrier():
    found = in_code(fx.gls(), {})
    assert found[0].carrier is None and found[0].source == BARCODE
    assert found[0].certainty == LIKELY  # a valid check digit, but whose?
    assert in_code(fx.gls(), {"gls": 1})[0].carrier == "gls"


def test_a_dpd_barcode_gives_the_parcel_number():
    found = in_code("%" + fx.dpd_label()[:-1], {})
    assert found[0].number == "01234567890123" and found[0].carrier == "dpd"
    assert found[0].check_digit_valid is None  # the check character is printed, not encoded


def test_a_tracking_link_in_a_qr_code_gives_the_number():
    found = in_code("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901", {})
    assert found[0].number == "6A12345678901" and found[0].carrier == "colissimo"


def test_a_long_text_is_read_in_bounded_time():
    import time

    text = ("DHL 0123456789 " * 20_000)[:300_000]
    start = time.perf_counter()
    in_text(text, named_carriers(text))
    assert time.perf_counter() - start < 10


def test_carrier_names_of_the_table_are_known():
    for fmt in FORMATS:
        assert fmt.carrier in CARRIER_BY_CODE
        assert fmt.check is None or fmt.check in checks.CHECKS


# --- what text recognition misreads (OCR only) ------------------------------------------


def read_recognised(text: str):
    found = in_text(text, named_carriers(text), OCR)
    return found[0] if found else None


MISREAD = [
    # (recognised text, the number printed, certainty once mended)
    ("Colissimo suivi 6A1234567890O", "6A12345678900", DOUBTFUL),  # no check digit to prove it
    ("Colissimo suivi 6Al2345678901", "6A12345678901", DOUBTFUL),  # l (upper case L) for 1
    (f"UPS Tracking I{fx.ups()[1:]}", fx.ups(), CERTAIN),  # I for the 1 of 1Z
    (f"UPS Tracking {fx.ups()[:-2]}B{fx.ups()[-1]}", fx.ups(), CERTAIN),  # B for 8
    (f"La Poste {fx.s10('12045678').replace('0', 'O')}", fx.s10("12045678"), CERTAIN),
    (f"La Poste {fx.s10(service='RB').replace('RB', 'R8')}", fx.s10(service="RB"), CERTAIN),
    (f"GLS parcel {fx.gls().replace('0', 'O')}", fx.gls(), CERTAIN),
    (f"DHL Express {fx.dhl_express().replace('1', 'I', 1)}", fx.dhl_express(), CERTAIN),
]


@pytest.mark.parametrize(("text", "number", "certainty"), MISREAD)
def test_recognised_text_swaps_the_characters_recognition_confuses(text, number, certainty):
    found = read_recognised(text)
    assert found is not None, text
    assert (found.number, found.certainty) == (number, certainty)
    # Text that was typed, not recognised, is taken as it is.
    typed = read(text)
    assert typed is None or typed.number != number


def test_a_group_with_many_letters_or_two_readings_is_not_mended():
    assert read_recognised("Colissimo 6A1O2O3O4O5O6") is None  # five letters: a word
    # Two Os in a UPS number (whose letters may be anywhere), at places its check counts alike:
    # swapping either one alone gives a number with a valid check digit. Neither is taken.
    body = "1Z999AA1O1O340678"
    misread = next(body + d for d in "0123456789" if checks.ups(body[:8] + "0" + body[9:] + d))
    one, other = misread[:8] + "0" + misread[9:], misread[:10] + "0" + misread[11:]
    assert checks.ups(one) and checks.ups(other) and not checks.ups(misread)
    found = read_recognised(f"UPS {misread}")
    assert found is None or found.number == misread


def test_recognised_noise_is_read_in_bounded_time():
    import random
    import time

    rng = random.Random(1)
    noise = " ".join(
        "".join(rng.choice("0123456789OIlSBZ") for _ in range(rng.randint(2, 6)))
        for _ in range(20_000)
    )
    text = f"DHL GLS UPS Colissimo La Poste {noise}"
    start = time.perf_counter()
    in_text(text, named_carriers(text), OCR)
    assert time.perf_counter() - start < 10
