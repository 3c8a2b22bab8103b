"""The policy table: durations, the defaults of DOMAIN.md, and which policy a claim falls under."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from atoz_desktop.core.rules.policy import (
    DEFAULT_POLICIES,
    Duration,
    NoPolicyInForce,
    Policy,
    format_percent,
    policy_in_force,
)

FILED = datetime(2026, 10, 24, 12, 0, tzinfo=UTC)


def default(channel: str) -> Policy:
    return policy_in_force(DEFAULT_POLICIES, channel, FILED)


def test_marketplace_defaults_are_those_of_domain_md():
    p = default("marketplace")
    assert p.buyer_contact_wait == Duration(48, "hours")
    assert p.response_deadline == Duration(72, "hours")
    assert p.claim_window == Duration(90, "calendar-days")
    assert p.non_receipt_after_delivery == Duration(3, "calendar-days")
    assert p.non_receipt_after_order is None
    assert p.appeal_window == Duration(30, "calendar-days")
    assert p.chargeback_deadline == Duration(7, "calendar-days")
    assert (p.odr_target, p.odr_window) == (Decimal("0.01"), Duration(60, "calendar-days"))


def test_amazon_pay_defaults_are_those_of_domain_md():
    p = default("amazon-pay")
    assert p.buyer_contact_wait == Duration(1, "calendar-days")
    assert p.response_deadline == Duration(7, "calendar-days")
    assert p.claim_window is None
    assert p.non_receipt_after_delivery == Duration(3, "calendar-days")
    assert p.non_receipt_after_order == Duration(30, "calendar-days")
    assert p.appeal_window is None
    assert p.chargeback_deadline == Duration(11, "calendar-days")
    assert p.odr_target is None and p.odr_window is None


@pytest.mark.parametrize(
    ("duration", "en", "fr"),
    [
        (Duration(72, "hours"), "72 hours", "72 heures"),
        (Duration(1, "hours"), "1 hour", "1 heure"),
        (Duration(0, "hours"), "0 hours", "0 heure"),
        (Duration(7, "calendar-days"), "7 calendar days", "7 jours calendaires"),
        (Duration(1, "calendar-days"), "1 calendar day", "1 jour calendaire"),
        (Duration(30, "business-days"), "30 business days", "30 jours ouvrés"),
        (Duration(1, "business-days"), "1 business day", "1 jour ouvré"),
    ],
)
def test_duration_describes_itself_in_both_languages(duration, en, fr):
    assert duration.describe("en") == en
    assert duration.describe("fr") == fr
    assert duration.describe("fr_FR") == fr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("72h", Duration(72, "hours")),
        ("72 hours", Duration(72, "hours")),
        ("7d", Duration(7, "calendar-days")),
        (" 7 Calendar-Days ", Duration(7, "calendar-days")),
        ("5bd", Duration(5, "business-days")),
        ("30 business-days", Duration(30, "business-days")),
    ],
)
def test_duration_parses_short_and_long_forms(text, expected):
    assert Duration.parse(text) == expected
    assert Duration.parse(str(expected)) == expected


@pytest.mark.parametrize("text", ["", "h", "72", "-3d", "3 weeks", "3.5h"])
def test_duration_parse_refuses_nonsense(text):
    with pytest.raises(ValueError):
        Duration.parse(text)


def test_duration_refuses_negative_fractional_and_unknown_units():
    with pytest.raises(ValueError):
        Duration(-1, "hours")
    with pytest.raises(ValueError):
        Duration(3, "weeks")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Duration(1.5, "hours")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Duration(True, "hours")


def test_policy_refuses_unknown_channel_naive_start_and_half_odr():
    p = default("marketplace")
    with pytest.raises(ValueError):
        replace(p, channel="ebay")
    with pytest.raises(ValueError):
        replace(p, effective_from=datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        replace(p, odr_window=None)


def test_policy_describes_every_value_for_the_dossier():
    en = default("marketplace").describe("en")
    assert en.startswith("Amazon marketplace default policy (Amazon's published rules): ")
    for part in ("48 hours", "72 hours", "90 calendar days", "30 calendar days", "1%"):
        assert part in en
    fr = default("marketplace").describe("fr")
    assert fr.startswith(
        "Politique marketplace Amazon par défaut (règles publiées par Amazon)\u00a0: "
    )
    for part in ("48 heures", "72 heures", "90 jours calendaires", "30 jours calendaires"):
        assert part in fr
    assert "1\u00a0%" in fr


def test_a_saved_policy_names_the_day_it_took_effect():
    saved = replace(default("marketplace"), effective_from=datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    assert saved.describe("en").startswith("Amazon marketplace policy in force since 20 Nov 2026")
    assert saved.describe("fr").startswith(
        "Politique marketplace Amazon en vigueur depuis le 20/11/2026"
    )


def test_amazon_pay_description_says_no_appeal_and_whichever_is_sooner():
    en = default("amazon-pay").describe("en")
    assert "no appeal" in en and "whichever is sooner" in en and "11 calendar days" in en
    fr = default("amazon-pay").describe("fr")
    assert "pas de recours" in fr and "si c'est plus tôt" in fr and "1 jour calendaire" in fr


def test_describe_refuses_an_unknown_language():
    with pytest.raises(ValueError):
        default("marketplace").describe("de")


@pytest.mark.parametrize(
    ("fraction", "en", "fr"),
    [(Decimal("0.01"), "1%", "1\u00a0%"), (Decimal("0.005"), "0.5%", "0,5\u00a0%")],
)
def test_percentages(fraction, en, fr):
    assert (format_percent(fraction, "en"), format_percent(fraction, "fr")) == (en, fr)


# --- policy_in_force -------------------------------------------------------------------------

START_2027 = datetime(2027, 1, 1, tzinfo=UTC)


def edited(hours: int, since: datetime = START_2027) -> Policy:
    return replace(
        default("marketplace"), effective_from=since, response_deadline=Duration(hours, "hours")
    )


def test_policy_in_force_is_the_latest_started_before_the_time():
    table = (*DEFAULT_POLICIES, edited(48))
    assert policy_in_force(
        table, "marketplace", START_2027 - timedelta(seconds=1)
    ).response_deadline == Duration(72, "hours")
    assert policy_in_force(table, "marketplace", START_2027).response_deadline == Duration(
        48, "hours"
    )
    assert policy_in_force(
        table, "marketplace", START_2027 + timedelta(days=400)
    ).response_deadline == Duration(48, "hours")


def test_policy_in_force_ignores_other_channels_and_order_of_the_table():
    table = (edited(48), *reversed(DEFAULT_POLICIES))
    assert policy_in_force(table, "amazon-pay", START_2027).channel == "amazon-pay"
    assert policy_in_force(table, "marketplace", START_2027).response_deadline.amount == 48


def test_of_two_policies_starting_together_the_last_added_wins():
    table = (*DEFAULT_POLICIES, edited(48), edited(24))
    assert policy_in_force(table, "marketplace", START_2027).response_deadline.amount == 24


def test_policy_in_force_compares_instants_not_wall_clocks():
    paris_midnight = datetime(2027, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    table = (*DEFAULT_POLICIES, edited(48))
    # 00:30 in Paris is 23:30 UTC the day before: the 2027 policy has not started yet.
    assert policy_in_force(table, "marketplace", paris_midnight).response_deadline.amount == 72


def test_no_policy_in_force_before_the_first_one():
    with pytest.raises(NoPolicyInForce):
        policy_in_force((edited(48),), "marketplace", FILED)
    with pytest.raises(NoPolicyInForce):
        policy_in_force((), "amazon-pay", FILED)


def test_policy_in_force_refuses_naive_times_and_unknown_channels():
    with pytest.raises(ValueError):
        policy_in_force(DEFAULT_POLICIES, "marketplace", datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        policy_in_force(DEFAULT_POLICIES, "ebay", FILED)
