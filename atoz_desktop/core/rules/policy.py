"""The policy table: every deadline and window of A-to-z claims, per channel, dated.

Amazon's own pages disagree on several numbers (shared/DOMAIN.md), so none is a constant in the
code: each is a `Duration` in a `Policy` the user can edit, and a claim is judged by the policy in
force when it was filed, which the dossier cites (`Policy.describe`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Literal, cast, get_args

from atoz_desktop.core.rules.claims import CHANNELS
from atoz_desktop.core.rules.texts import (
    CHANNEL_NAMES,
    POLICY_TEXTS,
    UNIT_WORDS,
    format_date,
    lang_of,
)

Unit = Literal["hours", "calendar-days", "business-days"]
UNITS: tuple[Unit, ...] = get_args(Unit)

_SHORT_UNITS: dict[str, Unit] = {"h": "hours", "d": "calendar-days", "bd": "business-days"}
_DURATION_TEXT = re.compile(r"^\s*(\d+)\s*([a-z-]+)\s*$")


@dataclass(frozen=True, slots=True)
class Duration:
    """An amount of time as Amazon states it: 72 hours is not 3 calendar days across a change
    of summer time, and 7 business days is not 7 calendar days, so the unit is kept."""

    amount: int
    unit: Unit

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise TypeError(f"a duration amount is a whole number, not {self.amount!r}")
        if self.amount < 0:
            raise ValueError(f"a duration cannot be negative: {self.amount}")
        if self.unit not in UNITS:
            raise ValueError(f"unknown unit {self.unit!r}; expected one of {', '.join(UNITS)}")

    @classmethod
    def parse(cls, text: str) -> Duration:
        """'72 hours', '72h', '7 calendar-days', '7d', '30 business-days', '30bd' -> Duration;
        the inverse of `str()`, for the command line and settings files."""
        match = _DURATION_TEXT.match(text.lower())
        if match is None:
            raise ValueError(
                f"not a duration: {text!r} (e.g. '72h', '7d', '5bd', '7 calendar-days')"
            )
        amount, unit = int(match.group(1)), match.group(2)
        if unit in _SHORT_UNITS:
            return cls(amount, _SHORT_UNITS[unit])
        if unit in UNITS:
            return cls(amount, cast(Unit, unit))
        raise ValueError(f"unknown unit {unit!r} in {text!r}; expected h, d, bd or {UNITS}")

    def __str__(self) -> str:
        return f"{self.amount} {self.unit}"

    def describe(self, lang: str = "en") -> str:
        """The duration as a dossier cites it: '72 hours' / '72 heures', '7 jours calendaires',
        '30 jours ouvrés'."""
        language = lang_of(lang)
        singular, plural = UNIT_WORDS[language][self.unit]
        one = self.amount <= 1 if language == "fr" else self.amount == 1
        return f"{self.amount} {singular if one else plural}"


@dataclass(frozen=True, slots=True)
class Policy:
    """The rules of one channel from `effective_from` on.

    `claim_window`, `appeal_window` and the ODR fields are optional because DOMAIN.md gives no
    such rule for Amazon Pay (no appeal; performance affects the reserve policy instead of an
    ODR target). A non-receipt claim opens `non_receipt_after_delivery` after the latest
    estimated delivery date or, when `non_receipt_after_order` is set (Amazon Pay), that long
    after the order if it comes sooner.
    """

    channel: str
    effective_from: datetime
    buyer_contact_wait: Duration
    response_deadline: Duration
    claim_window: Duration | None
    non_receipt_after_delivery: Duration
    non_receipt_after_order: Duration | None
    appeal_window: Duration | None
    chargeback_deadline: Duration
    odr_target: Decimal | None = None
    odr_window: Duration | None = None

    def __post_init__(self) -> None:
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}; expected one of {CHANNELS}")
        if self.effective_from.utcoffset() is None:
            raise ValueError("a policy's effective_from must be timezone-aware")
        if (self.odr_target is None) != (self.odr_window is None):
            raise ValueError("odr_target and odr_window go together")

    def describe(self, lang: str = "en") -> str:
        """One sentence naming every value of the policy, for the dossier's 'policy applied'."""
        language = lang_of(lang)
        t = POLICY_TEXTS[language]
        parts = [
            t["buyer_contact_wait"].format(d=self.buyer_contact_wait.describe(language)),
            t["response_deadline"].format(d=self.response_deadline.describe(language)),
            t["claim_window"].format(d=self.claim_window.describe(language))
            if self.claim_window is not None
            else t["no_claim_window"],
            self._describe_non_receipt(language),
            t["appeal_window"].format(d=self.appeal_window.describe(language))
            if self.appeal_window is not None
            else t["no_appeal"],
            t["chargeback_deadline"].format(d=self.chargeback_deadline.describe(language)),
        ]
        if self.odr_target is not None and self.odr_window is not None:
            parts.append(
                t["odr"].format(
                    target=format_percent(self.odr_target, language),
                    window=self.odr_window.describe(language),
                )
            )
        channel = CHANNEL_NAMES[language][self.channel]
        if self.effective_from == DEFAULTS_EFFECTIVE_FROM:
            head = t["default_head"].format(channel=channel)
        else:
            since = format_date(self.effective_from, language, UTC)
            head = t["head"].format(channel=channel, since=since)
        # French typography puts a no-break space before ":" and ";".
        colon, semicolon = (": ", "; ") if language == "en" else ("\u00a0: ", "\u00a0; ")
        return head + colon + semicolon.join(parts) + "."

    def _describe_non_receipt(self, language: str) -> str:
        t = POLICY_TEXTS[lang_of(language)]
        text = t["non_receipt_after_delivery"].format(
            d=self.non_receipt_after_delivery.describe(language)
        )
        if self.non_receipt_after_order is not None:
            after_order = self.non_receipt_after_order.describe(language)
            text += " " + t["non_receipt_after_order"].format(d=after_order)
        return text


def format_percent(fraction: Decimal, lang: str) -> str:
    """`Decimal('0.01')` -> '1 %' (French, no-break space) / '1%' (English)."""
    value = (fraction * 100).normalize()
    text = f"{value:f}"
    if lang_of(lang) == "fr":
        return text.replace(".", ",") + "\u00a0%"
    return text + "%"


#: Old enough that every claim a seller still keeps has a default policy in force.
DEFAULTS_EFFECTIVE_FROM = datetime(2000, 1, 1, tzinfo=UTC)

DEFAULT_POLICIES: tuple[Policy, ...] = (
    Policy(
        channel="marketplace",
        effective_from=DEFAULTS_EFFECTIVE_FROM,
        buyer_contact_wait=Duration(48, "hours"),
        # The seed's "trois jours"; one Amazon page says 48 h: the user can change it.
        response_deadline=Duration(72, "hours"),
        claim_window=Duration(90, "calendar-days"),
        # Seed: claims when an item "n'a pas été livré dans les trois jours suivant la date de
        # livraison promise".
        non_receipt_after_delivery=Duration(3, "calendar-days"),
        non_receipt_after_order=None,
        appeal_window=Duration(30, "calendar-days"),
        chargeback_deadline=Duration(7, "calendar-days"),
        odr_target=Decimal("0.01"),
        odr_window=Duration(60, "calendar-days"),
    ),
    Policy(
        channel="amazon-pay",
        effective_from=DEFAULTS_EFFECTIVE_FROM,
        buyer_contact_wait=Duration(1, "calendar-days"),
        # The seed's "sept jours"; the UK page says 7 business days.
        response_deadline=Duration(7, "calendar-days"),
        claim_window=None,
        non_receipt_after_delivery=Duration(3, "calendar-days"),
        non_receipt_after_order=Duration(30, "calendar-days"),
        appeal_window=None,
        chargeback_deadline=Duration(11, "calendar-days"),
    ),
)


class NoPolicyInForce(LookupError):
    """No policy of the channel had started at the given time."""


def policy_in_force(policies: Iterable[Policy], channel: str, at: datetime) -> Policy:
    """The channel's policy with the latest `effective_from` not after `at`.

    A claim keeps the rules it was filed under even after the user edits the table, so callers
    pass the filing time. Of two policies starting at the same instant the later one in
    `policies` wins: that is the one the user added last.
    """
    if at.utcoffset() is None:
        raise ValueError("policy_in_force needs a timezone-aware time")
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}; expected one of {CHANNELS}")
    best: Policy | None = None
    for policy in policies:
        if policy.channel != channel or policy.effective_from > at:
            continue
        if best is None or policy.effective_from >= best.effective_from:
            best = policy
    if best is None:
        raise NoPolicyInForce(f"no {channel} policy in force at {at.isoformat()}")
    return best
