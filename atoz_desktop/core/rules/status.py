"""The life of a claim as a state machine: which status may follow which, and what each means.

The main path is issue 3's: action-required -> under-review -> an outcome -> (appeal-filed ->
appeal-upheld | appeal-reversed). The extra moves below are the ones the real process produces
(shared/DOMAIN.md "Life of a claim", the seeds' "processus 1" and "processus 2"); each is
justified next to it in `MOVES`. Undoing a mistaken change is not a move: the undo stack
restores the previous status directly.

"appeal-upheld" means Amazon upheld its decision (the seller lost the appeal); "appeal-reversed"
means the decision was reversed in the seller's favour, as the GUI labels already say.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType
from typing import Literal

from atoz_desktop.core.i18n import _
from atoz_desktop.core.rules.claims import STATUSES

_OUTCOMES = (
    "withdrawn",
    "denied",
    "granted-seller-funded",
    "granted-amazon-funded",
    "closed-seller-refund",
)

MOVES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        # The seller has to answer. Besides answering (-> under-review):
        # - "processus 1": the buyer accepts the seller's offer and withdraws the claim, often
        #   before the seller has even answered in Seller Central;
        # - the seller refunds from the claim itself (closed-seller-refund);
        # - Amazon decides without waiting for an answer: when the 72 h pass without one it
        #   usually grants, and it may deny at once on carrier proof or grant Amazon-funded for
        #   a Buy Shipping "Claims Protected" label (DOMAIN.md "Outcomes").
        "action-required": ("under-review", *_OUTCOMES),
        # Amazon investigates ("processus 2": the matter is "entre les mains d'Amazon"). It may
        # ask the seller for more information, which puts the claim back in Action required
        # (Amazon Pay: "vous devrez y répondre ... en apportant les informations demandées").
        "under-review": ("action-required", *_OUTCOMES),
        # Final: a buyer who tries again files a new claim.
        "withdrawn": (),
        # Final: the seller won; the seeds describe no appeal by the buyer.
        "denied": (),
        # The seller may appeal within the appeal window (seed: "vous avez le droit de faire
        # appel"); the buyer may still withdraw, which DOMAIN.md's ODR rules count as
        # "withdrawn after a grant".
        "granted-seller-funded": ("appeal-filed", "withdrawn"),
        # Amazon paid, so the seller has nothing to appeal; the buyer may still withdraw.
        "granted-amazon-funded": ("withdrawn",),
        # Refunding inside the claim counts toward ODR (seed "Soirées innocentes"); appealing
        # is how a seller who refunded for a fault of Amazon's asks for it to be removed. The
        # existing "appeal" view (claims.CLAIM_VIEWS) lists these claims for that reason.
        "closed-seller-refund": ("appeal-filed",),
        # Amazon answers an appeal "dans la semaine"; the buyer may withdraw meanwhile.
        "appeal-filed": ("appeal-upheld", "appeal-reversed", "withdrawn"),
        # Final: Amazon answers an appeal once.
        "appeal-upheld": (),
        "appeal-reversed": (),
    }
)

#: Outcomes of the claim itself: entering one sets the decision time and starts the appeal window.
DECISIONS = frozenset(
    {"denied", "granted-seller-funded", "granted-amazon-funded", "closed-seller-refund"}
)

#: Outcomes of an appeal.
APPEAL_OUTCOMES = frozenset({"appeal-upheld", "appeal-reversed"})

#: Statuses that count against the seller in the Order Defect Rate (DOMAIN.md "ODR").
_COUNTED = frozenset(
    {"granted-seller-funded", "closed-seller-refund", "appeal-filed", "appeal-upheld"}
)
_PENDING = frozenset({"action-required", "under-review"})

SellerDeadline = Literal["response", "appeal"]


class IllegalMove(ValueError):
    """A status change the claim's life does not allow; the message lists the possible ones."""

    def __init__(self, old: str, new: str, allowed: tuple[str, ...]) -> None:
        self.old, self.new, self.allowed = old, new, allowed
        if old == new:
            why = _("the claim is already {old!r}").format(old=old)
        elif new not in STATUSES:
            why = _("{new!r} is not a status (statuses: {statuses})").format(
                new=new, statuses=", ".join(STATUSES)
            )
        else:
            why = _("{old!r} cannot become {new!r}").format(old=old, new=new)
        if allowed:
            possible = _("possible moves: {moves}").format(moves=", ".join(allowed))
        else:
            possible = _("{old!r} is final").format(old=old)
        super().__init__(_("{why}; {possible}").format(why=why, possible=possible))


def _known(status: str) -> str:
    if status not in MOVES:
        raise ValueError(f"unknown claim status {status!r}; statuses: {', '.join(STATUSES)}")
    return status


def allowed_moves(status: str, *, can_appeal: bool = True) -> tuple[str, ...]:
    """The statuses `status` may become, in the order a menu should offer them.

    `can_appeal=False` (the policy has no appeal window: Amazon Pay) drops appeal-filed.
    """
    moves = MOVES[_known(status)]
    return moves if can_appeal else tuple(m for m in moves if m != "appeal-filed")


def check_move(old: str, new: str, *, can_appeal: bool = True) -> None:
    """Refuse a change from `old` to `new` with IllegalMove unless the process allows it."""
    allowed = allowed_moves(old, can_appeal=can_appeal)
    if new not in allowed:
        raise IllegalMove(old, new, allowed)


def is_decision(status: str) -> bool:
    """Whether reaching `status` is Amazon deciding the claim (so decided_at and appeal_due are
    set). A withdrawal is the buyer's act, not a decision."""
    return _known(status) in DECISIONS


def is_final(status: str) -> bool:
    """Nothing can follow `status`."""
    return not MOVES[_known(status)]


def seller_deadline(status: str, *, can_appeal: bool = True) -> SellerDeadline | None:
    """Which of the seller's deadlines runs in `status`: 'response' (response_due) while
    action is required, 'appeal' (appeal_due) after an outcome the seller may appeal, else
    None (the claim waits for Amazon or is over)."""
    if _known(status) == "action-required":
        return "response"
    if "appeal-filed" in allowed_moves(status, can_appeal=can_appeal):
        return "appeal"
    return None


def awaits_seller(status: str, *, can_appeal: bool = True) -> bool:
    """Whether `status` counts down to a seller deadline (for the countdown and the banner)."""
    return seller_deadline(status, can_appeal=can_appeal) is not None


def counts_toward_odr(history: Sequence[str]) -> bool:
    """Whether a claim that went through `history` (oldest first, last = current status) counts
    as an order defect.

    DOMAIN.md: counted when pending, granted, refunded after filing, or withdrawn after a grant;
    not counted when denied or withdrawn before a decision. Also not counted: Amazon-funded
    grants (DOMAIN.md's Buy Shipping "Claims Protected" case: the seller is not at fault) and
    decisions reversed on appeal, which end in the seller's favour like a denial.
    """
    if not history:
        raise ValueError("a claim has at least one status")
    for status in history:
        _known(status)
    current = history[-1]
    if current in _PENDING or current in _COUNTED:
        return True
    if current == "withdrawn":
        return any(status in _COUNTED for status in history[:-1])
    return False
