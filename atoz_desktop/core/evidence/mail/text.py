"""A mail's text and header fields as a person reads them: charsets guessed, HTML turned into
plain text, addresses and dates read without ever raising on a bad header.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import logging
import re
from datetime import UTC, datetime
from email.message import Message

log = logging.getLogger(__name__)

_SURROGATES = re.compile("[\udc80-\udcff]")
_BLOCKS = ("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
           "ul", "ol", "pre", "hr", "section", "article", "header", "footer")  # fmt: skip
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACE_RUNS = re.compile(r"[ \t\u00a0]+")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes of text in the declared charset; ISO-8859-1 read as its superset Windows-1252 (mail
    programs label one as the other); no or wrong charset: UTF-8, else Windows-1252."""
    candidates: list[str] = []
    if declared:
        name = declared.strip().strip('"').lower()
        candidates.append("cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii",
                                                "ascii") else name)  # fmt: skip
    candidates += ["utf-8", "cp1252"]
    for charset in candidates:
        try:
            return data.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace")


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail: scripts, styles and markup dropped, line breaks kept."""
    from bs4 import BeautifulSoup  # 50 ms to import: only when a mail needs it, not at start-up

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "noscript", "template", "title"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text()
    return tidy_text(text)


def tidy_text(text: str) -> str:
    lines = [_SPACE_RUNS.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _unescape_header(value: str) -> str:
    """A header with raw 8-bit bytes (no RFC 2047 encoding): decode them as text."""
    if not _SURROGATES.search(value):
        return value
    return decode_text(value.encode("ascii", "surrogateescape"))


def _header(message: Message, name: str) -> str:
    """A header as text, never raising: the parsed value, else the raw one decoded by hand."""
    try:
        value = message.get(name)
        text = "" if value is None else str(value)
    except Exception:
        raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
        text = str(raw)
    return " ".join(_unescape_header(text).split())


def _raw_header(message: Message, name: str) -> str:
    """The header as written, for values the parser may have emptied (an unreadable date)."""
    raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), "")
    return " ".join(_unescape_header(str(raw)).split())


def _address(text: str) -> str:
    _name, address = email.utils.parseaddr(text)
    address = address.strip().lower()
    return address if "@" in address else ""


def parse_date(text: str) -> datetime | None:
    """An RFC 2822 date as an aware datetime (no offset or '-0000': UTC); None if unreadable."""
    if not text.strip():
        return None
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if value is None:
        return None
    value = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return value if _plausible(value) else None


#: A mail dated outside these years is a forger's or a broken clock's ("31 Dec 9999 -1200",
#: which is not even a date in UTC).
_PLAUSIBLE_YEARS = range(1970, 2200)


def _plausible(value: datetime) -> bool:
    try:
        utc = value.astimezone(UTC) if value.tzinfo is not None else value
    except (OverflowError, ValueError):
        return False
    return utc.year in _PLAUSIBLE_YEARS
