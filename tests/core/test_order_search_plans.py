"""The orders search's hand-made plans on SQLite (services/order_search.py) give exactly the
orders, in exactly the order, that the plain LIKE query gives, whichever plan answers."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from atoz_desktop.core.services import order_search
from atoz_desktop.core.services.orders import order_ids, search_condition
from atoz_desktop.core.storage.database import open_workspace
from atoz_desktop.core.storage.models import Order
from tests.search_orders import insert_orders, order_row, plain_order_ids
from tests.sql_statements import recorded_statements

CITIES = ["besancon", "munchen", "malaga", "lyon", "paris", "lille", None]
NAMES = ["lefevre", "dupont", "muller", "garcia", None]
PRODUCTS = ["theiere fonte", "gewurzregal", "coton bio 100%", "tasse_bleue", "plaid"]
#: Texts whose ending a one- or two-letter search must find: no trigram starts there.
ENDINGS = ["", "", "", "\nqq", "\nzq", "\n~", "\nw", "\nkx", '\n"x']


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    rng = random.Random(12)
    workspace = open_workspace(str(tmp_path_factory.mktemp("plans") / "w.sqlite3"))
    rows = []
    for n in range(600):
        city, name = rng.choice(CITIES), rng.choice(NAMES)
        # Ties on purpose: several orders share a date, a total, a city.
        rows.append(
            order_row(
                f"402-{n:07d}-{rng.randrange(10**7):07d}",
                hours=rng.randrange(300),
                total=rng.randrange(40),
                buyer_name=name,
                ship_city=city,
                ship_country=rng.choice(["FR", "DE", None]),
                search_text="\n".join(
                    v for v in (f"402-{n:07d}", city, name, rng.choice(PRODUCTS)) if v
                )
                + rng.choice(ENDINGS),
            )
        )
    insert_orders(workspace, rows)
    yield workspace
    workspace.close()


QUERIES = ["e", "q", "~", "w", '"', "qq", "zq", "kx", "be", "ly", "besan", "munch", "lefev",
           "theiere fonte", "0000012", "100%", "tasse_b", "qq e", "be lyon", "nowhere",
           "xyz"]  # fmt: skip
PLANS = {
    "walk finds all": {},
    "candidates looked up": {"WALK_BUDGET": 3, "LOOKUP_COST": 0},
    "sort index walked": {"WALK_BUDGET": 3, "LOOKUP_COST": 10**9, "WALK_SPREAD": 10**6},
    "walk cut short": {"WALK_BUDGET": 3, "LOOKUP_COST": 10**9, "WALK_SPREAD": 0},
    "short words common": {"WALK_BUDGET": 3, "MAX_SHORT_TERMS": 0},
    "thin start seen": {"WALK_BUDGET": 3, "LOOKUP_COST": 10**9, "MIN_EXPECTED": 0},
    "sorted from the index": {"WALK_BUDGET": 3, "LOOKUP_COST": 0, "BUNCH_MIN": 0},
    "sorted from the index, a small sample": {
        "WALK_BUDGET": 3,
        "LOOKUP_COST": 0,
        "BUNCH_MIN": 0,
        "BUNCH_SAMPLE": 2,
        "BUNCH_SPREAD": 10**6,
    },
}


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("sort", ["purchase_date", "total", "buyer", "city", "country"])
def test_every_plan_gives_the_plain_querys_orders(workspace, monkeypatch, plan, sort):
    for name, value in PLANS[plan].items():
        monkeypatch.setattr(order_search, name, value)
    for query in QUERIES:
        for descending in (True, False):
            for limit in (1, 7, 200):
                expected = plain_order_ids(workspace, query, sort, descending, limit)
                got = order_ids(workspace, query, sort, descending, limit=limit)
                assert got == expected, (query, sort, descending, limit)


def test_the_endings_are_found_and_rare_short_words_use_the_indexes(workspace, monkeypatch):
    monkeypatch.setattr(order_search, "WALK_BUDGET", 3)
    with workspace.engine.connect() as connection:
        sql, params = order_search.candidate_sql(connection, ["qq"])
        assert sql is not None and "substr(search_text, -2)" in sql
        found = set(connection.execute(text(sql), params).scalars())
        ending = set(
            connection.execute(select(Order.id).where(Order.search_text.like("%\nqq"))).scalars()
        )
        assert ending and ending <= found
        # A common letter is left to the scan (which finds it at once).
        assert order_search.short_word_terms(connection, "e") is None
    expected = plain_order_ids(workspace, "qq", "purchase_date", True, 5)
    assert order_ids(workspace, "qq", limit=5) == expected


def test_a_sort_without_index_keeps_the_plain_query(workspace):
    with workspace.engine.connect() as connection:
        assert order_search.sort_index(connection, "currency") is None
        assert order_search.sort_index(connection, "purchase_date") == "ix_orders_purchase_date"
        assert order_search.first_ids(connection, ["be"], "currency", True, 10) is None
    assert order_ids(workspace, "be", "currency", limit=10) == plain_order_ids(
        workspace, "be", "currency", True, 10
    )


def test_whole_id_lists_of_short_words_match_the_plain_query(workspace):
    for query in ("qq", "~", "kx", "e", "be", "qq e"):
        condition = search_condition(workspace, query)
        with workspace.engine.connect() as connection:
            got = set(connection.execute(select(Order.id).where(condition)).scalars())
        assert got == set(plain_order_ids(workspace, query, "purchase_date", True, 10**6)), query


def _statements_of(workspace, monkeypatch, query, sort, descending=False, **plan):
    """The SQL that answering `query` sorted by `sort` (first 20) runs with these settings of
    order_search; the answer is checked against the plain query."""
    for name, value in plan.items():
        monkeypatch.setattr(order_search, name, value)
    with recorded_statements(workspace.engine) as statements:
        got = order_ids(workspace, query, sort, descending, limit=20)
    assert got == plain_order_ids(workspace, query, sort, descending, 20)
    return statements


def _walks(workspace, monkeypatch, query, sort):
    """Whether answering `query` sorted by `sort` walks the sort index through the candidates,
    after a first walk of 40 orders."""
    statements = _statements_of(workspace, monkeypatch, query, sort, WALK_BUDGET=40, MIN_EXPECTED=4)
    return any("AS walk" in s for s in statements)


def test_matches_bunched_along_the_sort_are_looked_up_without_a_wasted_walk(workspace, monkeypatch):
    # Sorted by city, the orders of "munchen" come after those of four other cities: the first
    # walk finds none of them, and the walk through the candidates would be long.
    assert not _walks(workspace, monkeypatch, "munch", "city")
    # Sorted by date the same orders are spread along the index: the walk meets them soon.
    assert _walks(workspace, monkeypatch, "munch", "purchase_date")


def _sorted_from_the_index(workspace, monkeypatch, query, sort, descending=False):
    """Whether the candidates left after a first walk of 3 orders are sorted from the sort
    column's index (`_bunched`) rather than looked up."""
    statements = _statements_of(
        workspace, monkeypatch, query, sort, descending, WALK_BUDGET=3, LOOKUP_COST=0, BUNCH_MIN=10
    )
    return any("EXCEPT" in s for s in statements)


def test_matches_sharing_a_few_sort_values_are_sorted_from_the_index(workspace, monkeypatch):
    # Every "besancon" order has that city: their ids come from the city index, in order, and no
    # row of theirs is read for its city.
    for descending in (False, True):
        assert _sorted_from_the_index(workspace, monkeypatch, "besan", "city", descending)
    # Sorted by date, their dates are all different: looked up.
    assert not _sorted_from_the_index(workspace, monkeypatch, "besan", "purchase_date")


def test_values_many_other_orders_share_are_not_walked(workspace, monkeypatch):
    # Every order has the same (empty) status: walking that status's index entries would read
    # every order, seven times the matches of "besan".
    assert not _sorted_from_the_index(workspace, monkeypatch, "besan", "status")
    monkeypatch.setattr(order_search, "BUNCH_SPREAD", 10)  # the walk allowed, it is taken
    assert _sorted_from_the_index(workspace, monkeypatch, "besan", "status")


def test_a_short_word_keeps_the_lookup_that_checks_it(workspace, monkeypatch):
    # "be" is not answered by the trigram index alone: the rows are read to check it.
    assert not _sorted_from_the_index(workspace, monkeypatch, "besan be", "city")
