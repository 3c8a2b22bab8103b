"""Dates on a carrier document, what each one dates (deposit/shipping or delivery), and a
delivery signature line; in French, English and German.

"24/11/2026", "24.11.2026", "2026-11-24", "24 nov. 2026", "24 novembre 2026", "Nov 24, 2026",
"24. November 2026", each with an optional time ("14:05", "14h05"). Day first, as in Europe;
"11/24/2026" is read month first only because 24 cannot be a month. What a date dates comes
from the words on its line ("date de dépôt", "shipped", "zugestellt"), the nearest one winning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

SHIPPED, DELIVERED = "shipped", "delivered"

_MONTHS = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "déc": 12,
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_TIME = r"(?:\s*(?:,|à|at|um|-|T)?\s*(?P<hh>[01]?\d|2[0-3])\s*[:hH]\s*(?P<mm>[0-5]\d))?"
_DATES = (
    re.compile(rf"\b(?P<d>\d{{1,2}})[/.\-](?P<m>\d{{1,2}})[/.\-](?P<y>\d{{4}}){_TIME}"),
    re.compile(rf"\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){_TIME}"),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:er)?\.?\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}}){_TIME}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME}",
        re.IGNORECASE,
    ),
)
_KINDS = (
    (SHIPPED, re.compile(
        r"d[ée]p[oô]t|d[ée]pos[ée]|exp[ée]di|pris\s+en\s+charge|prise\s+en\s+charge|envoy[ée]|"
        r"shipped|ship\s+date|dispatched|posted|drop(?:ped)?\s*off|accepted|picked\s+up|"
        r"einlieferung|eingeliefert|versand|versendet|aufgegeben|abgeholt",
        re.IGNORECASE,
    )),
    (DELIVERED, re.compile(
        r"livr[ée]|livraison|distribu[ée]|remis|delivered|delivery|zugestellt|zustellung|"
        r"geliefert",
        re.IGNORECASE,
    )),
)  # fmt: skip
_SIGNATURE = re.compile(
    r"(?:sign[ée]\s+par|signed\s+(?:for\s+)?by|signature|unterschrift|unterschrieben\s+von|"
    r"re[çc]u\s+par|received\s+by|empfangen\s+von)\s*[:\-]?[ \t]*(?P<name>[^\n\r]{0,80})",
    re.IGNORECASE,
)
#: A signature line that says no one signed.
_UNSIGNED = re.compile(
    r"^(?:-+|n/?a|none|aucune?|sans|non|keine|ohne|not\s+required|non\s+requise?)\b",
    re.IGNORECASE,
)
#: Words before the signature label that say there is none ("Keine Unterschrift").
_NEGATION = re.compile(r"\b(?:keine?|no|sans|aucune?|without|ohne|pas\s+de)\s*$", re.IGNORECASE)
_MAX_TEXT = 200_000
_MAX_DATES = 200
#: A numeric date as text recognition reads it, a digit set apart by a space ("24/1 1/2026",
#: "2 4.11.2026", "24/11/20 26"); a date printed in a text layer is never read this way.
_SPLIT_DATE = re.compile(
    r"(?<!\d )(?<!\d)\d ?\d? ?(?P<s>[/.\-]) ?\d ?\d? ?(?P=s) ?\d ?\d ?\d ?\d(?![\d])"
)
_SPACES = re.compile(r" +")


@dataclass(frozen=True, slots=True)
class FoundDate:
    when: date | datetime  # a datetime when a time is printed with it (naive: local time)
    kind: str | None  # SHIPPED, DELIVERED, or None when its line does not say
    text: str  # as printed


@dataclass(frozen=True, slots=True)
class Signature:
    name: str | None  # who signed, as printed; None when the line names no one
    text: str  # the line


def _month(match: re.Match[str]) -> int | None:
    if match.groupdict().get("mon"):
        return _MONTHS.get(match.group("mon").lower().rstrip("."))
    return int(match.group("m"))


def _value(match: re.Match[str]) -> date | datetime | None:
    month, day, year = _month(match), int(match.group("d")), int(match.group("y"))
    if month is None:
        return None
    if month > 12 and day <= 12 and match.groupdict().get("mon") is None:
        day, month = month, day  # 11/24/2026: only a month-first reading makes sense
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not 1990 <= year <= 2100:
        return None
    if match.groupdict().get("hh"):
        return datetime.combine(found, time(int(match.group("hh")), int(match.group("mm"))))
    return found


def _kind(line: str, start: int) -> str | None:
    """The kind named nearest to `start` on its line."""
    best: tuple[int, str] | None = None
    for kind, pattern in _KINDS:
        for word in pattern.finditer(line):
            distance = start - word.end() if word.end() <= start else (word.start() - start) * 2
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), kind)
    return best[1] if best else None


def mend_recognised(text: str) -> str:
    """Text recognition's text with the spaces it put inside numeric dates taken out."""

    def joined(match: re.Match[str]) -> str:
        return _SPACES.sub("", match.group())

    return _SPLIT_DATE.sub(joined, text[:_MAX_TEXT])


def find_dates(text: str) -> list[FoundDate]:
    """Every date in the text, in reading order, each once per position."""
    found: list[tuple[int, FoundDate]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATES:
        for match in pattern.finditer(text[:_MAX_TEXT]):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value = _value(match)
            if value is None:
                continue
            taken.append((start, end))
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            kind = _kind(line, start - line_start)
            found.append((start, FoundDate(value, kind, match.group().strip())))
            if len(found) >= _MAX_DATES:
                break
    return [f for _, f in sorted(found, key=lambda f: f[0])]


def dated(dates: list[FoundDate], kind: str) -> date | datetime | None:
    """The date of that kind: the earliest shipped, the latest delivered (a tracking page lists
    its events; the parcel left at the first scan and arrived at the last)."""
    values = [d.when for d in dates if d.kind == kind]
    if not values:
        return None
    day = _day_of(min(values, key=_day_of) if kind == SHIPPED else max(values, key=_day_of))
    same_day = [v for v in values if _day_of(v) == day]
    timed = [v for v in same_day if isinstance(v, datetime)]  # the day with its time, if printed
    if not timed:
        return same_day[0]
    return min(timed) if kind == SHIPPED else max(timed)


def _day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def find_signature(text: str) -> Signature | None:
    """The delivery signature line ("Signé par : M. DUPONT", "Signed by: J SMITH",
    "Unterschrift: Müller"); None when there is none or it says no one signed."""
    for match in _SIGNATURE.finditer(text[:_MAX_TEXT]):
        name = match.group("name").strip(" \t:.-")
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _UNSIGNED.match(name) or _NEGATION.search(text, line_start, match.start()):
            continue
        return Signature(name or None, text[line_start : match.end()].strip())
    return None
