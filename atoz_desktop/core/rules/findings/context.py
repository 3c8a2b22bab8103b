"""What every check reads besides the facts (the policy, the clock, the wording), and the
documents a finding cites."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from atoz_desktop.core.rules.facts import ClaimFacts, Proof, ShipmentFacts
from atoz_desktop.core.rules.findings.model import Finding, Severity
from atoz_desktop.core.rules.policy import Duration, Policy
from atoz_desktop.core.rules.texts import (
    FINDING_STATEMENTS,
    FINDING_TEXTS,
    Lang,
    format_date,
    format_datetime,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What every check needs besides the facts: the policy, the clock and the wording."""

    policy: Policy
    now: datetime
    lang: Lang
    tz: tzinfo
    holidays: Collection[date]
    silence_days: int

    def text(self, key: str, **fields: str) -> str:
        return FINDING_TEXTS[self.lang][key].format(**fields)

    def finding(self, code: str, severity: Severity, key: str, **fields: str) -> Finding:
        """The finding worded by `key`, with its statement for Amazon where one is written."""
        statement = FINDING_STATEMENTS[self.lang].get(key)
        text = self.text(key, **fields)
        return Finding(code, severity, text, statement.format(**fields) if statement else text)

    def when(self, value: datetime) -> str:
        return format_datetime(value, self.lang, self.tz, seconds=False)

    def when_pair(self, first: datetime, second: datetime) -> tuple[str, str]:
        """Two instants a finding compares; their seconds show only when they fall in the
        same minute, where "20:00:01, after 20:00" is the whole point."""
        same_minute = first.astimezone(self.tz).replace(second=0, microsecond=0) == (
            second.astimezone(self.tz).replace(second=0, microsecond=0)
        )
        seconds = None if same_minute else False
        return (
            format_datetime(first, self.lang, self.tz, seconds=seconds),
            format_datetime(second, self.lang, self.tz, seconds=seconds),
        )

    def day(self, value: datetime) -> str:
        return format_date(value, self.lang, self.tz)

    def moment(self, value: datetime, day_only: bool) -> str:
        """`when`, or the day alone when the document printed no time."""
        return self.day(value) if day_only else self.when(value)

    def d(self, duration: Duration) -> str:
        return duration.describe(self.lang)


Check = Callable[[ClaimFacts, Context], Finding | None]


def read_from(finding: Finding, proofs: tuple[Proof, ...], ctx: Context) -> Finding:
    """The finding citing the documents its fact was read from: their names after the text
    (the seller's), their items for the dossier to cite as exhibits (not in the statement)."""
    unique = tuple({p.evidence_pk: p for p in proofs}.values())
    if not unique:
        return finding
    files = ", ".join(p.file_name for p in unique)
    return Finding(
        finding.code, finding.severity, finding.text + ctx.text("proof-read", files=files),
        finding.statement, tuple(p.evidence_pk for p in unique),
    )  # fmt: skip


def proofs(facts: ClaimFacts, shipment: ShipmentFacts) -> tuple[Proof, ...]:
    """The documents behind a shipment: its own, and those of the other records of the same
    tracking number (the order's shipment and the claim's entries are one parcel)."""
    number = shipment.tracking_number.strip().upper()
    found = list(shipment.proof)
    if number:
        for other in facts.shipments:
            if other.tracking_number.strip().upper() == number:
                found.extend(other.proof)
    return tuple(found)
