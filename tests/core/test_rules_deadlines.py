"""Deadline arithmetic at its boundaries: exact hours, calendar days across summer time,
business days over weekends and holidays, and the countdown's colours."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from atoz_desktop.core.rules.deadlines import (
    DEFAULT_TZ,
    Countdown,
    add_duration,
    appeal_due,
    chargeback_due,
    claim_window_end,
    contact_wait_end,
    countdown,
    easter_sunday,
    french_holidays,
    non_receipt_opens,
    response_due,
)
from atoz_desktop.core.rules.policy import DEFAULT_POLICIES, Duration, Policy, policy_in_force

PARIS = ZoneInfo("Europe/Paris")
MARKETPLACE: Policy = policy_in_force(DEFAULT_POLICIES, "marketplace", datetime.now(UTC))
AMAZON_PAY: Policy = policy_in_force(DEFAULT_POLICIES, "amazon-pay", datetime.now(UTC))
SECOND = timedelta(seconds=1)


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)  # type: ignore[misc]


def elapsed(start: datetime, end: datetime) -> timedelta:
    return end.astimezone(UTC) - start.astimezone(UTC)


def test_default_timezone_is_paris():
    assert DEFAULT_TZ == PARIS


# --- hours ------------------------------------------------------------------------------------


def test_72_hours_on_an_ordinary_week():
    filed = paris(2026, 11, 2, 10, 0)
    due = response_due(filed, MARKETPLACE)
    assert due == paris(2026, 11, 5, 10, 0)
    assert elapsed(filed, due) == timedelta(hours=72)


def test_72_hours_across_the_end_of_summer_time_are_72_real_hours():
    # Clocks go back on Sunday 25 October 2026 at 03:00 CEST: the wall clock shows 11:00.
    filed = paris(2026, 10, 24, 12, 0)
    due = response_due(filed, MARKETPLACE)
    assert elapsed(filed, due) == timedelta(hours=72)
    assert due == paris(2026, 10, 27, 11, 0)
    assert (due.hour, due.utcoffset()) == (11, timedelta(hours=1))


def test_hours_across_the_start_of_summer_time():
    filed = paris(2026, 3, 28, 12, 0)
    due = add_duration(filed, Duration(72, "hours"))
    assert elapsed(filed, due) == timedelta(hours=72)
    assert due == paris(2026, 3, 31, 13, 0)


def test_result_is_in_the_sellers_timezone_whatever_the_input_offset():
    due = add_duration(datetime(2026, 11, 2, 9, 0, tzinfo=UTC), Duration(72, "hours"))
    assert due.tzinfo == PARIS and due.hour == 10
    tokyo = ZoneInfo("Asia/Tokyo")
    assert (
        add_duration(datetime(2026, 11, 2, 9, 0, tzinfo=UTC), Duration(1, "hours"), tokyo).tzinfo
        == tokyo
    )


# --- calendar days ------------------------------------------------------------------------------


def test_calendar_days_across_the_end_of_summer_time_keep_the_wall_clock():
    filed = paris(2026, 10, 24, 12, 0)
    due = add_duration(filed, Duration(3, "calendar-days"))
    assert due == paris(2026, 10, 27, 12, 0)
    assert elapsed(filed, due) == timedelta(hours=73)


def test_amazon_pay_seven_calendar_days_across_the_end_of_summer_time_are_169_hours():
    filed = paris(2026, 10, 20, 10, 0)
    due = response_due(filed, AMAZON_PAY)
    assert due == paris(2026, 10, 27, 10, 0)
    assert elapsed(filed, due) == timedelta(hours=169)


def test_calendar_days_across_the_start_of_summer_time_are_shorter():
    filed = paris(2026, 3, 27, 10, 0)
    due = add_duration(filed, Duration(3, "calendar-days"))
    assert due == paris(2026, 3, 30, 10, 0)
    assert elapsed(filed, due) == timedelta(hours=71)


def test_calendar_days_follow_the_sellers_calendar_not_utc():
    # 23:30 UTC on 24 October is 01:30 on the 25th in Paris (still summer time).
    start = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    due = add_duration(start, Duration(1, "calendar-days"))
    assert due == paris(2026, 10, 26, 1, 30)
    assert elapsed(start, due) == timedelta(hours=25)


def test_a_wall_time_skipped_by_the_clocks_moves_forward_by_the_gap():
    due = add_duration(paris(2026, 3, 28, 2, 30), Duration(1, "calendar-days"))
    assert (due.day, due.hour, due.minute, due.utcoffset()) == (29, 3, 30, timedelta(hours=2))


def test_a_wall_time_that_happens_twice_is_the_first_one():
    due = add_duration(paris(2026, 10, 24, 2, 30), Duration(1, "calendar-days"))
    assert (due.day, due.hour, due.utcoffset()) == (25, 2, timedelta(hours=2))


def test_90_day_claim_window_after_the_latest_estimated_delivery():
    delivery = paris(2026, 8, 1, 18, 0)
    end = claim_window_end(delivery, MARKETPLACE)
    assert end == paris(2026, 10, 30, 18, 0)
    assert end is not None and (end.date() - delivery.date()).days == 90


def test_no_claim_window_without_a_delivery_date_or_for_amazon_pay():
    assert claim_window_end(None, MARKETPLACE) is None
    assert claim_window_end(paris(2026, 8, 1), AMAZON_PAY) is None


def test_appeal_due_30_days_after_the_decision_and_none_without_appeal():
    assert appeal_due(paris(2026, 10, 10, 9, 0), MARKETPLACE) == paris(2026, 11, 9, 9, 0)
    assert appeal_due(paris(2026, 10, 10, 9, 0), AMAZON_PAY) is None


def test_contact_wait_and_chargeback_deadlines():
    assert contact_wait_end(paris(2026, 11, 2, 8, 0), MARKETPLACE) == paris(2026, 11, 4, 8, 0)
    assert contact_wait_end(paris(2026, 11, 2, 8, 0), AMAZON_PAY) == paris(2026, 11, 3, 8, 0)
    assert chargeback_due(paris(2026, 11, 2, 8, 0), MARKETPLACE) == paris(2026, 11, 9, 8, 0)
    assert chargeback_due(paris(2026, 11, 2, 8, 0), AMAZON_PAY) == paris(2026, 11, 13, 8, 0)


# --- non-receipt claims ---------------------------------------------------------------------------


def test_marketplace_non_receipt_opens_three_days_after_latest_delivery():
    delivery = paris(2026, 11, 2, 20, 0)
    assert non_receipt_opens(delivery, None, MARKETPLACE) == paris(2026, 11, 5, 20, 0)
    # The 30-days-after-the-order rule is Amazon Pay's only.
    assert non_receipt_opens(delivery, paris(2026, 9, 1), MARKETPLACE) == paris(2026, 11, 5, 20, 0)
    assert non_receipt_opens(None, paris(2026, 9, 1), MARKETPLACE) is None


def test_amazon_pay_non_receipt_opens_at_whichever_comes_sooner():
    purchase = paris(2026, 10, 1, 9, 0)
    late_delivery = paris(2026, 11, 20, 20, 0)  # a long promise: 30 days after the order wins
    assert non_receipt_opens(late_delivery, purchase, AMAZON_PAY) == paris(2026, 10, 31, 9, 0)
    early_delivery = paris(2026, 10, 5, 20, 0)  # a short promise: 3 days after delivery wins
    assert non_receipt_opens(early_delivery, purchase, AMAZON_PAY) == paris(2026, 10, 8, 20, 0)
    assert non_receipt_opens(None, purchase, AMAZON_PAY) == paris(2026, 10, 31, 9, 0)
    assert non_receipt_opens(None, None, AMAZON_PAY) is None


# --- business days -----------------------------------------------------------------------------

FRIDAY = paris(2026, 10, 23, 10, 0)


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (FRIDAY, 1, paris(2026, 10, 26, 10, 0)),  # over the weekend (and the clock change)
        (FRIDAY, 5, paris(2026, 10, 30, 10, 0)),
        (FRIDAY, 6, paris(2026, 11, 2, 10, 0)),
        (paris(2026, 10, 22, 10, 0), 2, paris(2026, 10, 26, 10, 0)),  # Thursday + 2
        (paris(2026, 10, 24, 10, 0), 1, paris(2026, 10, 26, 10, 0)),  # Saturday + 1
        (paris(2026, 10, 25, 10, 0), 1, paris(2026, 10, 26, 10, 0)),  # Sunday + 1
        (paris(2026, 10, 24, 10, 0), 0, paris(2026, 10, 24, 10, 0)),  # nothing to add
        (paris(2026, 10, 19, 10, 0), 4, paris(2026, 10, 23, 10, 0)),  # within one week
    ],
)
def test_business_days_skip_weekends(start, days, expected):
    assert add_duration(start, Duration(days, "business-days")) == expected


def test_business_days_over_a_weekend_keep_the_wall_clock_across_the_clock_change():
    due = add_duration(FRIDAY, Duration(1, "business-days"))
    assert due.hour == 10 and due.utcoffset() == timedelta(hours=1)
    assert elapsed(FRIDAY, due) == timedelta(hours=73)


def test_business_days_skip_the_holidays_given():
    tuesday = paris(2026, 11, 10, 10, 0)  # Wednesday 11 November is Armistice Day
    assert add_duration(tuesday, Duration(1, "business-days")) == paris(2026, 11, 11, 10, 0)
    holidays = french_holidays(2026)
    assert add_duration(tuesday, Duration(1, "business-days"), PARIS, holidays) == paris(
        2026, 11, 12, 10, 0
    )
    # Holidays do not change hours or calendar days.
    assert add_duration(tuesday, Duration(1, "calendar-days"), PARIS, holidays) == paris(
        2026, 11, 11, 10, 0
    )


def test_a_business_day_policy_drives_response_due():
    uk_style = replace(AMAZON_PAY, response_deadline=Duration(7, "business-days"))
    assert response_due(FRIDAY, uk_style) == paris(2026, 11, 3, 10, 0)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter(year, expected):
    assert easter_sunday(year) == expected


def test_french_holidays_2026():
    assert sorted(french_holidays(2026)) == [
        date(2026, 1, 1),
        date(2026, 4, 6),
        date(2026, 5, 1),
        date(2026, 5, 8),
        date(2026, 5, 14),
        date(2026, 5, 25),
        date(2026, 7, 14),
        date(2026, 8, 15),
        date(2026, 11, 1),
        date(2026, 11, 11),
        date(2026, 12, 25),
    ]


# --- naive times are refused ---------------------------------------------------------------

NAIVE = datetime(2026, 11, 2, 10, 0)


@pytest.mark.parametrize(
    "call",
    [
        lambda: add_duration(NAIVE, Duration(72, "hours")),
        lambda: add_duration(NAIVE, Duration(1, "calendar-days")),
        lambda: add_duration(NAIVE, Duration(1, "business-days")),
        lambda: response_due(NAIVE, MARKETPLACE),
        lambda: appeal_due(NAIVE, MARKETPLACE),
        lambda: appeal_due(NAIVE, AMAZON_PAY),
        lambda: claim_window_end(NAIVE, MARKETPLACE),
        lambda: non_receipt_opens(NAIVE, None, MARKETPLACE),
        lambda: non_receipt_opens(None, NAIVE, AMAZON_PAY),
        lambda: contact_wait_end(NAIVE, MARKETPLACE),
        lambda: chargeback_due(NAIVE, MARKETPLACE),
        lambda: countdown(NAIVE, paris(2026, 11, 2)),
        lambda: countdown(paris(2026, 11, 2), NAIVE),
    ],
)
def test_naive_times_raise(call):
    with pytest.raises(ValueError, match="timezone-aware"):
        call()


# --- countdown ----------------------------------------------------------------------------------

DUE = response_due(paris(2026, 11, 2, 10, 0), MARKETPLACE)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (DUE - SECOND, Countdown(1, "soon")),
        (DUE, Countdown(0, "soon")),  # the 72nd hour itself is still in time
        (DUE + SECOND, Countdown(-1, "overdue")),
        (DUE - timedelta(hours=24), Countdown(86400, "ok")),
        (DUE - timedelta(hours=24) + SECOND, Countdown(86399, "soon")),
        (DUE - timedelta(hours=72), Countdown(72 * 3600, "ok")),
        (DUE + timedelta(days=2), Countdown(-2 * 86400, "overdue")),
    ],
)
def test_countdown_levels_at_their_boundaries(now, expected):
    assert countdown(DUE, now) == expected


def test_countdown_compares_instants_across_offsets():
    assert countdown(DUE, DUE.astimezone(UTC)) == Countdown(0, "soon")


def test_countdown_rounds_fractions_of_a_second_down():
    assert countdown(DUE, DUE + timedelta(milliseconds=1)) == Countdown(-1, "overdue")
    assert countdown(DUE, DUE - timedelta(milliseconds=999)) == Countdown(0, "soon")


def test_countdown_threshold_is_a_parameter():
    assert countdown(DUE, DUE - timedelta(hours=30), soon=timedelta(hours=48)).level == "soon"


@pytest.mark.parametrize(
    ("seconds", "level", "en", "fr"),
    [
        (2 * 86400 + 3 * 3600 + 59, "ok", "2 d 3 h left", "encore 2 j 3 h"),
        (5 * 3600 + 10 * 60, "soon", "5 h 10 min left", "encore 5 h 10 min"),
        (59, "soon", "0 min left", "encore 0 min"),
        (-(5 * 3600 + 10 * 60), "overdue", "overdue by 5 h 10 min", "en retard de 5 h 10 min"),
        (-3 * 86400, "overdue", "overdue by 3 d 0 h", "en retard de 3 j 0 h"),
    ],
)
def test_countdown_text(seconds, level, en, fr):
    c = Countdown(seconds, level)
    assert (c.text("en"), c.text("fr")) == (en, fr)
