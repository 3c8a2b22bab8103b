"""Check-digit algorithms of carrier tracking numbers, by name (the format table names them).

Each takes the whole number as printed (upper case, no spaces) and says whether its check
character is right. They are pure functions of the text: no carrier is guessed here.
"""

from __future__ import annotations

from collections.abc import Callable

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def s10(number: str) -> bool:
    """UPU S10 (`AB123456785FR`): the 9th digit checks the 8 before it, weights 8 6 4 2 3 5 9 7,
    11 minus the sum modulo 11, where 10 is written 0 and 11 is written 5."""
    digits = number[2:11]
    total = sum(int(d) * w for d, w in zip(digits[:8], _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return int(digits[8]) == check


def ups(number: str) -> bool:
    """UPS `1Z` + 16: the last character checks the 15 after `1Z`; letters count as
    (ord - 3) mod 10 (A=2 … Z=7), every second character doubled, mod-10 complement."""
    body, check = number[2:17], number[17]
    if not check.isdigit():
        return False
    values = [int(c) if c.isdigit() else (ord(c) - 3) % 10 for c in body]
    total = sum(v * (2 if i % 2 else 1) for i, v in enumerate(values))
    return (10 - total % 10) % 10 == int(check)


def mod7(number: str) -> bool:
    """DHL Express waybill (10 digits): the first nine, as a number, modulo 7 is the last."""
    return int(number[:-1]) % 7 == int(number[-1])


def gls(number: str) -> bool:
    """GLS parcel number (12 digits): weights 3 1 3 1 … from the left over the first 11, plus 1,
    mod-10 complement (GLS Uni-Box technical documentation, 3.2.1)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(number[:11])) + 1
    return (10 - total % 10) % 10 == int(number[11])


def identcode(number: str) -> bool:
    """Deutsche Post / DHL Paket Identcode (12 digits): weights 4 9 4 9 … over the first 11,
    mod-10 complement."""
    total = sum(int(d) * (4 if i % 2 == 0 else 9) for i, d in enumerate(number[:11]))
    return (10 - total % 10) % 10 == int(number[11])


def gs1(number: str) -> bool:
    """GS1 mod 10 (an SSCC, here behind DHL Paket's `00` prefix): weights 3 1 3 1 … from the
    right, not counting the check digit; mod-10 complement."""
    body, check = number[:-1], int(number[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def mod37_36(number: str) -> bool:
    """ISO/IEC 7064 MOD 37,36 (hybrid system over 0-9A-Z): the last character checks all the
    others. DPD prints it after the 27 characters its label barcode carries."""
    product = 36
    for char in number[:-1]:
        total = (product + _ALNUM.index(char)) % 36 or 36
        product = total * 2 % 37
    return _ALNUM[(37 - product) % 36] == number[-1]


def mod37_36_char(data: str) -> str:
    """The ISO 7064 MOD 37,36 check character of `data` (to print, or to build test numbers)."""
    for char in _ALNUM[:36]:
        if mod37_36(data + char):
            return char
    raise ValueError(f"no check character for {data!r}")  # cannot happen for 0-9A-Z data


#: Name in the format table -> algorithm.
CHECKS: dict[str, Callable[[str], bool]] = {
    "s10": s10,
    "ups": ups,
    "mod7": mod7,
    "gls": gls,
    "identcode": identcode,
    "gs1": gs1,
    "mod37_36": mod37_36,
}
