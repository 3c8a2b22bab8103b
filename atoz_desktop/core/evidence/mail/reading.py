"""Reading a mail file, .eml or .msg told apart by content, refused over the size limit before a
byte is read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from atoz_desktop.core.evidence.mail.eml import parse_eml
from atoz_desktop.core.evidence.mail.model import OLE_SIGNATURE, BadMail, ParsedMail
from atoz_desktop.core.evidence.mail.msg import parse_msg


def parse_mail(data: bytes, file_date: datetime | None = None) -> ParsedMail:
    """A .eml or .msg, told apart by content."""
    if data.startswith(OLE_SIGNATURE):
        return parse_msg(data, file_date)
    return parse_eml(data, file_date)


def read_mail(path: Path, limit_bytes: int) -> ParsedMail:
    """The mail in `path`, refused (BadMail) when over `limit_bytes` before a byte is read."""
    from atoz_desktop.core.evidence.checks import BadFile, file_date, read_file

    try:
        data, _sha256 = read_file(path, limit_bytes)
    except BadFile as exc:
        raise BadMail(str(exc)) from None
    return parse_mail(data, file_date(path))
