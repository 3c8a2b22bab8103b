"""What the program keeps of an e-mail: its header fields, its readable text, its attachments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from atoz_desktop.core.evidence.mail.text import parse_date
from atoz_desktop.core.evidence.sniff import OLE_SIGNATURE as OLE_SIGNATURE  # re-exported
from atoz_desktop.core.i18n import _

#: Attachments kept as evidence; the rest are named in a warning.
MAX_ATTACHMENTS = 100
#: The text of the message event; longer texts are cut with a warning.
MAX_BODY_CHARS = 200_000


class BadMail(ValueError):
    """The file is not an e-mail the program can read; the message says why."""


@dataclass(frozen=True, slots=True)
class MailAttachment:
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedMail:
    message_id: str  # "" when the mail has none
    subject: str
    sender: str  # as displayed: "Name <address>"
    sender_address: str  # lower case, "" when unknown
    to: str
    date: datetime | None  # aware; None when the mail's date could not be read
    body: str
    attachments: tuple[MailAttachment, ...]
    warnings: tuple[str, ...]


def too_many_attachments(count: int) -> str:
    return _(
        "the mail has {count} attachments: the first {kept} are kept as evidence, the others "
        "stay inside the mail's file"
    ).format(count=count, kept=MAX_ATTACHMENTS)


def cut_body(body: str, warnings: list[str]) -> str:
    if len(body) <= MAX_BODY_CHARS:
        return body
    warnings.append(
        _(
            "the mail's text is {count} characters long: the first {kept} are on the timeline, "
            "the whole text stays in the mail's file"
        ).format(count=len(body), kept=MAX_BODY_CHARS)
    )
    return body[:MAX_BODY_CHARS]


def mail_date(text: str, file_date: datetime | None) -> tuple[datetime | None, str]:
    date = parse_date(text)
    if date is not None:
        return date, ""
    if file_date is None:
        if text:
            return None, _("the date {text!r} cannot be read").format(text=text)
        return None, _("the mail has no date")
    if text:
        return file_date, _(
            "the date {text!r} cannot be read; the file's date is used instead"
        ).format(text=text)
    return file_date, _("the mail has no date; the file's date is used instead")
