"""Deadlines of a claim, computed from the policy in force and the seller's time zone.

Three kinds of duration, three arithmetics: hours are real elapsed time (72 h across the end of
summer time are still 72 h), calendar days keep the seller's wall-clock time (7 days after
Monday 10:00 is Monday 10:00, 169 real hours when the clocks go back in between), business days
do the same skipping weekends and, if given, public holidays. Every input and output is
timezone-aware: a naive time is refused rather than guessed.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from atoz_desktop.core.rules.policy import Duration, Policy
from atoz_desktop.core.rules.texts import COUNTDOWN_TEXTS, lang_of

#: Most users are French sellers; the workspace setting overrides it.
DEFAULT_TZ = ZoneInfo("Europe/Paris")

#: Under this much time left a countdown turns amber (issue 3: "amber under 24 h").
SOON = timedelta(hours=24)

NO_HOLIDAYS: frozenset[date] = frozenset()


def require_aware(value: datetime, name: str = "time") -> datetime:
    """`value` unchanged, or ValueError if it has no offset: a naive time from a report or a
    form could be UTC or local, and a deadline off by two hours is a lost claim."""
    if value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value.isoformat()}")
    return value


def _at_wall_time(wall: datetime, tz: tzinfo) -> datetime:
    """The instant a naive local wall-clock time means in `tz`.

    A time skipped when clocks go forward (02:30 on 29 March 2026 in Paris) moves forward by the
    gap (03:30); a time that happens twice when they go back (02:30 on 25 October 2026) is the
    first one (fold=0), the earlier and so the safer deadline for the seller.
    """
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz)


def add_duration(
    start: datetime,
    duration: Duration,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime:
    """`start` plus `duration`, in `tz`'s local time; see the module docstring for the units.

    Business days are counted from the day after `start`'s local date, so Friday 10:00 plus one
    business day is Monday 10:00, and Saturday 10:00 plus one is also Monday 10:00.
    `holidays` are local dates that do not count as business days (e.g. `french_holidays`).
    """
    require_aware(start, "start")
    if duration.unit == "hours":
        return (start.astimezone(UTC) + timedelta(hours=duration.amount)).astimezone(tz)
    local = start.astimezone(tz).replace(tzinfo=None)
    if duration.unit == "calendar-days":
        return _at_wall_time(local + timedelta(days=duration.amount), tz)
    day, left = local, duration.amount
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day.date() not in holidays:
            left -= 1
    return _at_wall_time(day, tz)


def response_due(
    filed_at: datetime,
    policy: Policy,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime:
    """When the seller must have answered a claim filed at `filed_at` (issue 3 item 4)."""
    return add_duration(require_aware(filed_at, "filed_at"), policy.response_deadline, tz, holidays)


def appeal_due(
    decided_at: datetime,
    policy: Policy,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime | None:
    """The last moment to appeal a decision, or None where the channel has no appeal."""
    require_aware(decided_at, "decided_at")
    if policy.appeal_window is None:
        return None
    return add_duration(decided_at, policy.appeal_window, tz, holidays)


def claim_window_end(
    latest_delivery: datetime | None,
    policy: Policy,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime | None:
    """The last moment a buyer may file: the window after the latest estimated delivery date.

    None when it cannot be known (no delivery date) or the policy sets no closing date."""
    if latest_delivery is None or policy.claim_window is None:
        return None
    return add_duration(
        require_aware(latest_delivery, "latest_delivery"), policy.claim_window, tz, holidays
    )


def non_receipt_opens(
    latest_delivery: datetime | None,
    purchase_date: datetime | None,
    policy: Policy,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime | None:
    """The first moment a 'not received' claim may be filed.

    Marketplace: 3 days after the latest estimated delivery date (seed). Amazon Pay: that, or
    30 days after the order, whichever is sooner (DOMAIN.md). None when no date is known.
    """
    candidates: list[datetime] = []
    if latest_delivery is not None:
        require_aware(latest_delivery, "latest_delivery")
        candidates.append(
            add_duration(latest_delivery, policy.non_receipt_after_delivery, tz, holidays)
        )
    if purchase_date is not None and policy.non_receipt_after_order is not None:
        require_aware(purchase_date, "purchase_date")
        candidates.append(add_duration(purchase_date, policy.non_receipt_after_order, tz, holidays))
    return min(candidates) if candidates else None


def contact_wait_end(
    first_contact: datetime,
    policy: Policy,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime:
    """The earliest a buyer may file after first contacting the seller."""
    return add_duration(
        require_aware(first_contact, "first_contact"), policy.buyer_contact_wait, tz, holidays
    )


def chargeback_due(
    started_at: datetime,
    policy: Policy,
    tz: tzinfo = DEFAULT_TZ,
    holidays: Collection[date] = NO_HOLIDAYS,
) -> datetime:
    """When the seller must have answered a chargeback (a neighbouring process, DOMAIN.md)."""
    return add_duration(
        require_aware(started_at, "started_at"), policy.chargeback_deadline, tz, holidays
    )


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous Gregorian algorithm), for the movable French holidays."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def french_holidays(year: int) -> frozenset[date]:
    """France's eleven public holidays (metropolitan; Alsace-Moselle adds two), for sellers
    who set business-day deadlines and want them to skip holidays as well as weekends."""
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),
            easter + timedelta(days=1),  # lundi de Pâques
            date(year, 5, 1),
            date(year, 5, 8),
            easter + timedelta(days=39),  # Ascension
            easter + timedelta(days=50),  # lundi de Pentecôte
            date(year, 7, 14),
            date(year, 8, 15),
            date(year, 11, 1),
            date(year, 11, 11),
            date(year, 12, 25),
        }
    )


Level = Literal["ok", "soon", "overdue"]


@dataclass(frozen=True, slots=True)
class Countdown:
    """Time left before a deadline (negative once passed) and the colour it deserves."""

    seconds: int
    level: Level

    def text(self, lang: str = "en") -> str:
        """'2 d 3 h left' / 'encore 2 j 3 h', 'overdue by 5 h 10 min' / 'en retard de 5 h 10 min';
        the unit shown is the largest that matters, the next one gives the precision."""
        t = COUNTDOWN_TEXTS[lang_of(lang)]
        minutes = abs(self.seconds) // 60
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        if days:
            span = f"{days} {t['d']} {hours} h"
        elif hours:
            span = f"{hours} h {mins} {t['min']}"
        else:
            span = f"{mins} {t['min']}"
        return t["overdue" if self.level == "overdue" else "left"].format(span=span)


def countdown(due: datetime, now: datetime, soon: timedelta = SOON) -> Countdown:
    """How long until `due`. The deadline instant itself still counts as in time ('soon'):
    Amazon's "within 72 hours" includes the 72nd hour; one second later it is overdue."""
    left = require_aware(due, "due") - require_aware(now, "now")
    if left < timedelta(0):
        level: Level = "overdue"
    elif left < soon:
        level = "soon"
    else:
        level = "ok"
    return Countdown(math.floor(left.total_seconds()), level)
