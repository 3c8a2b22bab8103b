"""The claim status machine: every legal and every illegal move, and what each status means."""

from __future__ import annotations

import itertools

import pytest

from atoz_desktop.core.rules.claims import CLAIM_VIEWS, OPEN_STATUSES, STATUSES
from atoz_desktop.core.rules.status import (
    DECISIONS,
    MOVES,
    IllegalMove,
    allowed_moves,
    awaits_seller,
    check_move,
    counts_toward_odr,
    is_decision,
    is_final,
    seller_deadline,
)

OUTCOMES = {
    "withdrawn",
    "denied",
    "granted-seller-funded",
    "granted-amazon-funded",
    "closed-seller-refund",
}

#: The whole machine written out by hand, so a change to MOVES must be made twice on purpose.
LEGAL = {
    ("action-required", "under-review"),
    *(("action-required", outcome) for outcome in OUTCOMES),
    ("under-review", "action-required"),
    *(("under-review", outcome) for outcome in OUTCOMES),
    ("granted-seller-funded", "appeal-filed"),
    ("granted-seller-funded", "withdrawn"),
    ("granted-amazon-funded", "withdrawn"),
    ("closed-seller-refund", "appeal-filed"),
    ("appeal-filed", "appeal-upheld"),
    ("appeal-filed", "appeal-reversed"),
    ("appeal-filed", "withdrawn"),
}
ALL_PAIRS = list(itertools.product(STATUSES, STATUSES))
ILLEGAL = [pair for pair in ALL_PAIRS if pair not in LEGAL]


def test_the_machine_covers_exactly_the_known_statuses():
    assert set(MOVES) == set(STATUSES)
    assert all(set(targets) <= set(STATUSES) for targets in MOVES.values())


def test_issue_3_main_path_is_legal():
    path = ["action-required", "under-review", "granted-seller-funded", "appeal-filed"]
    for old, new in itertools.pairwise(path):
        check_move(old, new)
    for outcome in OUTCOMES:
        check_move("under-review", outcome)
    check_move("appeal-filed", "appeal-upheld")
    check_move("appeal-filed", "appeal-reversed")


@pytest.mark.parametrize(("old", "new"), sorted(LEGAL))
def test_legal_move(old, new):
    check_move(old, new)
    assert new in allowed_moves(old)


@pytest.mark.parametrize(("old", "new"), ILLEGAL)
def test_illegal_move_is_refused_with_the_possible_moves(old, new):
    with pytest.raises(IllegalMove) as caught:
        check_move(old, new)
    error = caught.value
    assert (error.old, error.new, error.allowed) == (old, new, allowed_moves(old))
    message = str(error)
    if allowed_moves(old):
        assert "possible moves: " + ", ".join(allowed_moves(old)) in message
    else:
        assert f"'{old}' is final" in message
    if old == new:
        assert "already" in message


def test_illegal_move_message_reads_well():
    with pytest.raises(
        IllegalMove, match=r"^'denied' cannot become 'under-review'; 'denied' is final$"
    ):
        check_move("denied", "under-review")
    with pytest.raises(
        IllegalMove,
        match=r"^'granted-seller-funded' cannot become 'denied'; "
        r"possible moves: appeal-filed, withdrawn$",
    ):
        check_move("granted-seller-funded", "denied")


def test_a_move_to_an_unknown_status_is_illegal_and_says_so():
    with pytest.raises(IllegalMove, match="'closed' is not a status"):
        check_move("under-review", "closed")


@pytest.mark.parametrize(
    "call",
    [
        lambda: check_move("closed", "denied"),
        lambda: allowed_moves("closed"),
        lambda: is_decision("closed"),
        lambda: is_final("closed"),
        lambda: awaits_seller("closed"),
        lambda: counts_toward_odr(["closed"]),
        lambda: counts_toward_odr([]),
    ],
)
def test_unknown_statuses_raise_value_error(call):
    with pytest.raises(ValueError):
        call()


def test_illegal_move_is_a_value_error():
    assert issubclass(IllegalMove, ValueError)


def test_without_appeal_window_appeal_is_not_offered():
    assert allowed_moves("granted-seller-funded", can_appeal=False) == ("withdrawn",)
    assert allowed_moves("closed-seller-refund", can_appeal=False) == ()
    with pytest.raises(IllegalMove):
        check_move("granted-seller-funded", "appeal-filed", can_appeal=False)
    check_move("granted-seller-funded", "withdrawn", can_appeal=False)


def test_appeal_is_possible_from_the_statuses_of_the_appeal_view():
    appealable = {s for s in STATUSES if "appeal-filed" in allowed_moves(s)}
    assert appealable == CLAIM_VIEWS["appeal"]


@pytest.mark.parametrize("status", STATUSES)
def test_is_decision(status):
    assert is_decision(status) == (
        status
        in {"denied", "granted-seller-funded", "granted-amazon-funded", "closed-seller-refund"}
    )
    assert DECISIONS <= OUTCOMES


@pytest.mark.parametrize("status", STATUSES)
def test_is_final(status):
    assert is_final(status) == (
        status in {"withdrawn", "denied", "appeal-upheld", "appeal-reversed"}
    )


@pytest.mark.parametrize(
    ("status", "deadline", "without_appeal"),
    [
        ("action-required", "response", "response"),
        ("under-review", None, None),
        ("withdrawn", None, None),
        ("denied", None, None),
        ("granted-seller-funded", "appeal", None),
        ("granted-amazon-funded", None, None),
        ("closed-seller-refund", "appeal", None),
        ("appeal-filed", None, None),
        ("appeal-upheld", None, None),
        ("appeal-reversed", None, None),
    ],
)
def test_which_statuses_count_down_to_a_seller_deadline(status, deadline, without_appeal):
    assert seller_deadline(status) == deadline
    assert seller_deadline(status, can_appeal=False) == without_appeal
    assert awaits_seller(status) == (deadline is not None)
    assert awaits_seller(status, can_appeal=False) == (without_appeal is not None)


def test_open_statuses_are_exactly_the_non_final_ones_without_an_outcome():
    assert OPEN_STATUSES == {"action-required", "under-review", "appeal-filed"}
    assert all(not is_final(s) for s in OPEN_STATUSES)


@pytest.mark.parametrize(
    ("history", "counted"),
    [
        (["action-required"], True),  # pending
        (["action-required", "under-review"], True),
        (["action-required", "withdrawn"], False),  # withdrawn before a decision
        (["action-required", "under-review", "withdrawn"], False),
        (["action-required", "under-review", "denied"], False),
        (["action-required", "granted-seller-funded"], True),
        (["action-required", "granted-amazon-funded"], False),  # Claims Protected
        (["action-required", "closed-seller-refund"], True),  # refunded after filing
        (["action-required", "granted-seller-funded", "withdrawn"], True),  # after a grant
        (["action-required", "granted-amazon-funded", "withdrawn"], False),
        (["under-review", "granted-seller-funded", "appeal-filed"], True),
        (["under-review", "granted-seller-funded", "appeal-filed", "appeal-upheld"], True),
        (["under-review", "granted-seller-funded", "appeal-filed", "appeal-reversed"], False),
        (["under-review", "closed-seller-refund", "appeal-filed", "withdrawn"], True),
    ],
)
def test_counts_toward_odr(history, counted):
    assert counts_toward_odr(history) == counted
