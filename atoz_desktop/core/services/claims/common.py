"""What the claim queries, commands and views share: the error they raise, the event kinds,
looking a claim up and the policy in force for it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from atoz_desktop.core.i18n import _
from atoz_desktop.core.rules.facts import EVENT_KINDS
from atoz_desktop.core.rules.policy import Policy, policy_in_force
from atoz_desktop.core.services.policies import list_policies
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Claim


class ClaimError(ValueError):
    """A claim action the user asked for cannot be done; the message says why."""


#: Kinds a user records on the timeline (rules/facts.py EVENT_KINDS), plus the program's own: the
#: status changes it writes, and a chargeback the buyer filed with their bank.
USER_EVENT_KINDS = (*EVENT_KINDS, "chargeback")
#: Entries only the program writes, and that nobody edits: a status change (undone, not
#: edited) and the record of a dossier exported or printed (what was sent stays as it was).
PROGRAM_EVENT_KINDS = ("status-change", "dossier")
EVENT_KINDS_ALL = (*USER_EVENT_KINDS, *PROGRAM_EVENT_KINDS)
OFFER_KINDS = ("refund", "partial-refund", "replacement")


def storable(text: str) -> str:
    """Text as both databases keep it: PostgreSQL refuses a NUL character in a text column,
    which a pasted or mailed message may carry (and no reader can see)."""
    return text.replace("\x00", "")


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ClaimError(
            _("{name} needs a time zone (e.g. 2026-11-20T14:05:00+01:00)").format(name=name)
        )
    return value


def _claim(session: Session, claim_pk: int) -> Claim:
    claim = session.get(Claim, claim_pk)
    if claim is None:
        raise ClaimError(_("no claim {claim} in the workspace").format(claim=claim_pk))
    return claim


def _policy_for(workspace: Workspace, channel: str, filed_at: datetime) -> Policy:
    return policy_in_force(list_policies(workspace), channel, filed_at)
