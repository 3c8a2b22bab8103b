"""Tracking numbers in a document: candidates from its text and barcodes, and the carrier the
document itself decides between colliding formats.

The rules, in the order they apply to one candidate:

1. It fits one or more rows of `formats.FORMATS` (whole, once spaces are removed).
2. A row that is not `specific` (a plain run of digits) counts only when the document names
   its carrier, or, in a barcode, as a number whose carrier is left open; a specific one
   (`1Z…`, `TBA…`, an S10 shape) counts anyway.
3. Among what is left, the carriers the document names win (else the specific formats);
   then a valid check digit beats none published, which beats a wrong one; then the carrier
   named most often.
4. Certainty: `certain` only with a valid check digit and one carrier; `likely` with one
   carrier and no check digit published (or a valid one but the carrier left open);
   `doubtful` otherwise. A number whose check digit is wrong is never more than doubtful.
5. In recognised text (OCR) only, a group that fits no format, or whose check digit is wrong,
   is read again with the characters recognition confuses swapped (`O` for `0`, `l` for `1`,
   …; see `_mend`): the one swap that makes it a carrier's number is taken. Without a check
   digit to prove the swap the number is `doubtful`, so the seller compares it with the paper.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from atoz_desktop.core.receipts.checks import CHECKS
from atoz_desktop.core.receipts.formats import (
    FORMATS,
    MAX_LENGTH,
    NumberFormat,
    carrier_of,
    compiled_names,
)

CERTAIN, LIKELY, DOUBTFUL = "certain", "likely", "doubtful"
_CERTAINTY_RANK = {CERTAIN: 2, LIKELY: 1, DOUBTFUL: 0}
BARCODE, TEXT, OCR = "barcode", "text", "ocr"

#: Texts longer than this are read up to here only (a receipt is a page or two).
MAX_TEXT = 100_000
#: At most this many printed groups are joined into one number ("1Z 999 AA1 01 2345 6784").
_MAX_GROUPS = 8
_TOKEN = re.compile(r"[A-Za-z0-9%]+")
#: Groups of one number are separated by one or two spaces on the same line.
_GAP = re.compile(r"[ \t\u00a0\u202f]{1,2}")
#: Words that announce a tracking number, in French, English and German.
_LABEL = re.compile(
    r"suivi|tracking|track\b|parcel|colis|envoi|exp[ée]dition|waybill|\bawb\b|lettre\s+de\s+"
    r"transport|sendung|paket|shipment|num[ée]ro|\bn[°o]\b|\bnr\b",
    re.IGNORECASE,
)
_NAMES = compiled_names()

#: Letters text recognition reads where a digit is printed (upper case: the text is), and
#: digits it reads where a letter is.
_AS_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"}
_AS_LETTER = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}
#: Letters stand among a number's first three and last two characters only (S10, `1Z`, `TBA`,
#: `JJD`, a Colissimo prefix); a digit is not read as a letter anywhere else.
_LETTER_PLACES = (0, 1, 2, -2, -1)
#: A group with more letters that may be digits than this is a word, not a misread number;
#: at most _MAX_SWAPS characters are swapped in one reading.
_MAX_DOUBTFUL_LETTERS = 4
_MAX_SWAPS = 2
#: Groups read again with swaps, at most, in one text (a receipt needs a handful).
_MAX_MENDS = 2_000


@dataclass(frozen=True, slots=True)
class Candidate:
    number: str
    carrier: str | None  # a carrier code; None when the document leaves it open
    carriers: tuple[str, ...]  # every carrier it may belong to, best first
    format: str  # NumberFormat.code of the best fit
    check_digit_valid: bool | None  # None: the format has no check digit
    certainty: str
    source: str  # BARCODE, TEXT or OCR
    labelled: bool  # announced by a word such as "suivi", "tracking", "Sendungsnummer"

    def score(self) -> tuple[int, int, int, int, int]:
        return (
            _CERTAINTY_RANK[self.certainty],
            self.carrier is not None,
            self.source == BARCODE,
            self.labelled,
            len(self.number),
        )


def named_carriers(text: str) -> dict[str, int]:
    """Carrier code -> how many times the text names it (only those it names)."""
    text = text[:MAX_TEXT]
    found = {code: len(pattern.findall(text)) for code, pattern in _NAMES.items()}
    return {code: count for code, count in found.items() if count}


def _check(fmt: NumberFormat, value: str) -> bool | None:
    return None if fmt.check is None else CHECKS[fmt.check](value)


def _rank(check: bool | None) -> int:
    return {True: 2, None: 1, False: 0}[check]


def decide(
    value: str, named: Mapping[str, int], source: str, labelled: bool = False
) -> Candidate | None:
    """The candidate `value` (upper case, no spaces) is, or None when no format admits it."""
    fits: list[tuple[NumberFormat, str, bool | None]] = []
    for fmt in FORMATS:
        if fmt.pattern.fullmatch(value):
            carrier = carrier_of(fmt, value)
            # A barcode is printed to be scanned: a plain run of digits in one is kept, open.
            if fmt.specific or carrier in named or source == BARCODE:
                fits.append((fmt, carrier, _check(fmt, value)))
    if not fits:
        return None
    pool = [f for f in fits if f[1] in named] or [f for f in fits if f[0].specific] or fits
    top = max(_rank(f[2]) for f in pool)
    pool = [f for f in pool if _rank(f[2]) == top]
    most = max(named.get(f[1], 0) for f in pool)
    pool.sort(key=lambda f: -named.get(f[1], 0))
    carriers = tuple(dict.fromkeys(f[1] for f in pool))
    leaders = {f[1] for f in pool if named.get(f[1], 0) == most}
    fmt, carrier, check = pool[0]
    says = fmt.specific or carrier in named  # a plain run of digits says no carrier by itself
    decided = carrier if len(leaders) == 1 and says else None
    if check is False:
        certainty = DOUBTFUL
    elif decided is not None:
        certainty = CERTAIN if check else LIKELY
    else:
        certainty = LIKELY if check else DOUBTFUL
    match = fmt.pattern.fullmatch(value)
    number = match.group("number") if match and "number" in fmt.pattern.groupindex else value
    return Candidate(number, decided, carriers, fmt.code, check, certainty, source, labelled)


def _plausible(value: str) -> bool:
    return 8 <= len(value) <= MAX_LENGTH and sum(c.isdigit() for c in value) >= 6


def in_text(text: str, named: Mapping[str, int], source: str = TEXT) -> list[Candidate]:
    """Every tracking number the text shows, printed whole or in groups, best first; a number
    inside a better one (its first groups) is not listed again."""
    text = text[:MAX_TEXT]
    tokens = list(_TOKEN.finditer(text))
    label_ends = [m.end() for m in _LABEL.finditer(text)]
    found: list[tuple[Candidate, int, int]] = []  # with its first and last group
    mends = _MAX_MENDS if source == OCR else 0  # a page of noise stays within a second
    for i, first in enumerate(tokens):
        value = ""
        labelled: bool | None = None
        for j in range(i, min(i + _MAX_GROUPS, len(tokens))):
            token = tokens[j]
            if j > i and not _GAP.fullmatch(text[tokens[j - 1].end() : token.start()]):
                break
            value += token.group().upper()
            if len(value) > MAX_LENGTH:
                break
            if not _plausible(value):
                continue
            if labelled is None:
                labelled = _labelled(text, first.start(), label_ends)
            candidate = decide(value, named, source, labelled)
            if mends and (candidate is None or candidate.check_digit_valid is False):
                mends -= 1
                candidate = _mend(value, named, labelled) or candidate
            if candidate is not None:
                found.append((candidate, i, j))
    found.sort(key=lambda f: f[0].score(), reverse=True)
    taken: set[int] = set()  # the groups (tokens) of the numbers kept
    kept: list[Candidate] = []
    for candidate, i, j in found:
        groups = range(i, j + 1)
        if not taken.intersection(groups):
            taken.update(groups)
            kept.append(candidate)
    return _unique(kept)


def _mend(value: str, named: Mapping[str, int], labelled: bool) -> Candidate | None:
    """The carrier's number a misrecognised `value` is, when exactly one reading with the
    fewest swaps of confusable characters (at most _MAX_SWAPS) makes one: a valid check digit,
    or a format that says its carrier by its shape, with the carrier decided. Several
    readings at the fewest swaps prove nothing (one of ten passes a mod-10 check by chance),
    so then there is none."""
    if value.isdigit():  # nothing misread as a digit: a letter is missing, not mistaken
        return None
    swaps = [(i, _AS_DIGIT[c]) for i, c in enumerate(value) if c in _AS_DIGIT]
    if len(swaps) > _MAX_DOUBTFUL_LETTERS:
        return None
    places = {p % len(value) for p in _LETTER_PLACES}
    swaps += [(i, _AS_LETTER[value[i]]) for i in sorted(places) if value[i] in _AS_LETTER]
    for count in range(1, min(_MAX_SWAPS, len(swaps)) + 1):
        readings = []
        for chosen in itertools.combinations(swaps, count):
            chars = list(value)
            for i, char in chosen:
                chars[i] = char
            candidate = decide("".join(chars), named, OCR, labelled)
            if candidate is not None and _proven(candidate):
                readings.append(candidate)
        if readings:
            if len({c.number for c in readings}) != 1:
                return None
            mended = readings[0]
            return mended if mended.check_digit_valid else replace(mended, certainty=DOUBTFUL)
    return None


def _proven(candidate: Candidate) -> bool:
    """Whether a swapped reading says a carrier's number by more than its digits."""
    if candidate.carrier is None or candidate.check_digit_valid is False:
        return False
    if candidate.check_digit_valid:
        return True
    return any(f.code == candidate.format and f.specific for f in FORMATS)


def in_code(value: str, named: Mapping[str, int]) -> list[Candidate]:
    """The tracking numbers a decoded barcode carries: the whole of it, or (a QR code with a
    tracking link, a label's longer code) the numbers written inside it."""
    compact = re.sub(r"\s+", "", value).upper()
    whole = decide(compact, named, BARCODE, labelled=True) if _plausible(compact) else None
    if whole is not None:
        return [whole]
    return in_text(value, named, BARCODE)


def _labelled(text: str, start: int, label_ends: list[int]) -> bool:
    """A label word (ending at one of `label_ends`, sorted) before `start` on its line, or on
    the line before, within 120 characters: a label announces the number that follows it."""
    floor = max(start - 120, 0)
    line_start = text.rfind("\n", floor, start)
    previous = text.rfind("\n", floor, max(line_start, floor))
    at = bisect.bisect_left(label_ends, max(previous, floor))
    return at < len(label_ends) and label_ends[at] <= start


def _unique(candidates: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per number, the best-scored; labelled if any occurrence was."""
    best: dict[str, Candidate] = {}
    for c in candidates:
        old = best.get(c.number)
        if old is None:
            best[c.number] = c
        elif c.score() > old.score():
            best[c.number] = replace(c, labelled=c.labelled or old.labelled)
        elif c.labelled and not old.labelled:
            best[c.number] = replace(old, labelled=True)
    return sorted(best.values(), key=Candidate.score, reverse=True)


def merge(*groups: Iterable[Candidate]) -> list[Candidate]:
    """Candidates from several sources (barcodes, text), one per number, best first."""
    return _unique(c for group in groups for c in group)
