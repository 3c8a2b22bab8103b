"""Words of one or two letters on PostgreSQL (services/order_search_server.py, migration 0011):
the grams index and the longer walk give exactly the orders, in exactly the order, that the
plain LIKE gives, for any character, at the text's start and end, with statistics or without."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from atoz_desktop.core.search import fold
from atoz_desktop.core.services import order_search_server, orders
from atoz_desktop.core.services.orders import order_ids, search_condition
from atoz_desktop.core.storage.models import Order
from tests.search_orders import insert_orders, order_row, plain_order_ids

#: Folded texts' pieces: accents gone, letters that keep their own (ß → ss, ø → o), other
#: scripts, digits, punctuation, LIKE's own wildcards, a tab and a non-breaking space.
PIECES = ["besancon", "münchen", "Straße", "Øster", "Москва", "жж", "東京都", "ž", "402-12",
          "100%", "tasse_bleue", "«plaid»", "a\tb", "x\u00a0y", "q", "qq", "zq", '"x', "~",
          "e", "o'", "5,5", "\\n"]  # fmt: skip
QUERIES = ["qq", "q", "zq", "e", "ж", "жж", "東", "京都", "~", "%", "0%", "_", "e_", "«", "»",
           "ss", "ø", "o", "'", "o'", ",5", "5", "-1", "\\", "\\n", '"x', "x", "y", "qq e",
           "q ж", "a", "b", "ab", "tb", "nowhere", "zz", "xy"]  # fmt: skip
SORTS = ["purchase_date", "buyer", "currency"]


def _server_only(workspace) -> None:
    if workspace.is_sqlite:
        pytest.skip(
            "PostgreSQL's short-word search (SQLite's is tests/core/test_order_search_plans)"
        )


def _fill(workspace, count: int = 300) -> None:
    rng = random.Random(11)
    rows = []
    for n in range(count):
        parts = [rng.choice(PIECES) for _ in range(rng.randrange(0, 4))]
        # Search texts as the importer makes them: folded, one field a line; some empty.
        body = fold("\n".join(parts)) if n % 7 else ""
        rows.append(
            order_row(
                f"402-{n:07d}",
                hours=rng.randrange(100),
                total=rng.randrange(20),
                currency="EUR",
                buyer_name=rng.choice(["lefevre", "dupont", None]),
                search_text=body,
            )
        )
    insert_orders(workspace, rows)


def _analyze(workspace) -> None:
    with workspace.begin() as connection:
        connection.execute(text("ANALYZE orders"))


def test_the_grams_hold_a_word_exactly_when_the_text_does(workspace):
    """`atoz_search_grams(t) @> [w]` ⇔ w in t, for every word of one or two characters
    without white space (a search word has none), on texts of every kind of character."""
    _server_only(workspace)
    rng = random.Random(5)
    alphabet = "aqz0%_-'\\\n \t«ж東\u00a0\u0301é"
    texts = ["", "q", "qq", "aq", "q\n", "\nq"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9))) for _ in range(300)
    ]
    words = [a for a in alphabet if not a.isspace()]
    words += [a + b for a in words for b in words]
    with workspace.engine.connect() as connection:
        grams = connection.execute(
            text("SELECT t, atoz_search_grams(t) FROM unnest(CAST(:texts AS text[])) AS t"),
            {"texts": texts},
        ).all()
    for value, held in grams:
        assert {w for w in words if w in set(held)} == {w for w in words if w in value}, value


@pytest.mark.parametrize("statistics", [False, True])
@pytest.mark.parametrize("path", ["as they come", "all rare", "all common", "short walk"])
def test_every_path_gives_the_plain_likes_orders(workspace, monkeypatch, statistics, path):
    _server_only(workspace)
    _fill(workspace)
    if statistics:
        _analyze(workspace)
    if path == "all rare":
        monkeypatch.setattr(order_search_server, "RARE_SHARE", 1.0)
        monkeypatch.setattr(orders, "SERVER_WALK_BUDGET", 3)
    elif path == "all common":
        monkeypatch.setattr(order_search_server, "RARE_SHARE", -1.0)
    elif path == "short walk":
        monkeypatch.setattr(orders, "SERVER_WALK_BUDGET", 3)
        monkeypatch.setattr(order_search_server, "MAX_WALK", 5)
    for query in QUERIES:
        whole = plain_order_ids(workspace, query, "purchase_date", True)
        got = order_ids(workspace, query)
        assert got == whole, (query, path)
        for sort in SORTS:
            for descending in (True, False):
                for limit in (1, 7):
                    expected = plain_order_ids(workspace, query, sort, descending, limit)
                    got = order_ids(workspace, query, sort, descending, limit=limit)
                    assert got == expected, (query, sort, descending, limit, path)


def test_a_rare_short_word_is_taken_from_the_grams_index(workspace, monkeypatch):
    """A rare one ("zz") is looked up in the grams index, not found by reading every order;
    its LIKE is one the trigram index does not serve (a plan with both recomputed the grams
    of every order the trigrams gave)."""
    _server_only(workspace)
    _fill(workspace)
    _analyze(workspace)
    with workspace.engine.connect() as connection:
        shares = order_search_server.short_word_shares(connection, ["qq", "e", "zz"])
    assert shares["zz"] == 0.0 and shares["e"] is not None and shares["e"] > 0.1
    assert "zz" in order_search_server.rare_words(shares)
    assert "e" not in order_search_server.rare_words(shares)
    statement = select(Order.id).where(search_condition(workspace, "zz"))
    sql = str(statement.compile(workspace.engine, compile_kwargs={"literal_binds": True}))
    with workspace.engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # 300 orders: a scan is cheapest
        plan = "\n".join(connection.execute(text("EXPLAIN " + sql)).scalars())
    assert "ix_orders_search_grams" in plan, plan
    assert "ix_orders_search_trgm" not in plan, plan
    # A common one is left to the LIKE (the grams of every match would be computed).
    assert "atoz_search_grams" not in str(search_condition(workspace, "e"))


def test_common_short_words_walk_far_enough_for_their_share():
    shares: dict[str, float | None] = {"be": 0.02, "e": 0.9}
    assert order_search_server.walk_budget(shares, ["be", "e"], 201, 4000) == 20_100
    assert order_search_server.walk_budget({"e": 0.9}, ["e"], 201, 4000) == 4000
    assert order_search_server.walk_budget({"qq": 0.0}, ["qq"], 201, 4000) == 4000
    assert order_search_server.walk_budget({"qq": None}, ["qq"], 201, 4000) == 4000
    assert order_search_server.walk_budget({"be": 0.02}, ["be", "lyon"], 201, 4000) == 4000
    assert order_search_server.walk_budget({"zq": 0.011}, ["zq"], 201, 4000) == 36_545
    assert order_search_server.walk_budget({"zq": 0.0011}, ["zq"], 201, 4000) == 4000


def test_a_large_import_leaves_the_server_with_statistics(workspace, monkeypatch, tmp_path):
    """The planner and `short_word_shares` know the orders just imported at once, not after
    autovacuum (within a minute, or later on a busy server)."""
    _server_only(workspace)
    from atoz_desktop.core.sample_reports import write_all_orders
    from atoz_desktop.core.services.importing import import_order_files

    report = tmp_path / "orders.txt"
    write_all_orders(report, 60, seed=3)

    def analysed() -> bool:
        with workspace.engine.connect() as connection:
            return bool(
                connection.execute(
                    text("SELECT count(*) FROM pg_stats WHERE tablename = :index"),
                    {"index": order_search_server.GRAMS_INDEX},
                ).scalar()
            )

    monkeypatch.setattr(order_search_server, "ANALYZE_AFTER_ORDERS", 10**6)
    import_order_files(workspace, [report])
    assert not analysed()  # a small import leaves it to autovacuum
    monkeypatch.setattr(order_search_server, "ANALYZE_AFTER_ORDERS", 1)
    write_all_orders(report, 80, seed=4)
    import_order_files(workspace, [report])
    assert analysed()
