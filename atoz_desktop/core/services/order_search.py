"""The orders search on SQLite at a million orders: which plan finds the first screenful fast.

Every word must occur, as a substring, in the order's folded `search_text` (core/search.py).
Three facts, measured at 100k and 1M orders (README, issue 12), decide how SQLite answers:

- A word of 3 letters or more is answered by the FTS5 trigram index (`order_search`). The
  match set comes fast, but looking each match up to sort it costs about 4 µs an order: 60 ms
  for a city that 1.4% of a million orders share.
- Walking the sort column's index from its first entry and stopping at the screenful's last
  match reads an index entry in a fraction of a microsecond, the order's row (for a LIKE) in a
  few: fast when matches are dense, a scan of everything when there are none.
- The trigram index has no entry for a word of one or two letters, but every occurrence of one
  starts a trigram, unless it ends the text: its vocabulary (`fts5vocab`) lists the trigrams
  that start with the word, and an index on the text's last letters (migration 0008) finds the
  rest. So a rare short word ("qq", nowhere) is answered without reading every order.

`first_ids` therefore walks the sort index over a bounded number of orders first (dense
searches end there); otherwise it takes the candidates the indexes give, and looks them up
when they are few or walks the sort index through them when they are many (a bounded walk:
matches bunched at the far end of the sort are then looked up after all, at once when the first
walk already showed them thin at its start; and when most of them share a few values of the
sort column, a city searched while sorted by city, those values' entries of the sort index give
them in order without their rows: `_bunched`). Every plan filters with the same LIKE, or
(`_bunched`) takes only words the trigram index answers by itself, as `search_condition` does,
so each gives exactly the orders `search_condition` gives, in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, text

from atoz_desktop.core.search import LIKE_ESCAPE, like_pattern

#: Orders read along the sort index before the indexes are asked: dense searches ("e",
#: "théière fonte") end here; a scan of this many costs under 10 ms.
WALK_BUDGET = 4_000
#: Lookup against index walk: each candidate looked up costs about this many index entries
#: walked (4 µs against 0.3 µs, measured); see `_plan`.
LOOKUP_COST = 12
#: A short word whose trigrams number more than this is common: answered by LIKE.
MAX_SHORT_TERMS = 48
#: A short word whose trigrams' orders sum to more than this share of all orders is common.
MAX_SHORT_SHARE = 0.02
#: A walk through the candidates stops after this many times the entries it should need.
WALK_SPREAD = 4
#: The first walk found fewer than 1/THIN_FACTOR of the matches an even spread of the
#: candidates would have put in it (at least MIN_EXPECTED of them): they bunch further on.
THIN_FACTOR = 8
MIN_EXPECTED = 16
#: At least this many candidates, of words the trigram index answers by itself, and a sample of
#: this many of them on a few values of the sort column: sorted from its index (`_bunched`).
BUNCH_MIN = 1_000
BUNCH_SAMPLE = 128
#: ... as long as those values' orders, matching or not, number at most this many times them.
BUNCH_SPREAD = 3

_TAIL_INDEXES = {1: "ix_orders_search_last1", 2: "ix_orders_search_last2"}


def fts_query(words: Sequence[str], joiner: str) -> str:
    """An FTS5 query of each word taken literally (a quoted string, its own quotes doubled),
    joined by AND or OR: with the trigram index a string matches wherever it occurs."""
    return f" {joiner} ".join('"' + w.replace('"', '""') + '"' for w in words)


def sort_index(connection: Connection, column: str) -> str | None:
    """The name of the one-column index on `orders.column`, if there is one."""
    for row in connection.exec_driver_sql("PRAGMA index_list(orders)").fetchall():
        name = row[1]
        columns = connection.exec_driver_sql(f'PRAGMA index_info("{name}")').fetchall()
        if len(columns) == 1 and columns[0][2] == column:
            return str(name)
    return None


def first_ids(
    connection: Connection, words: Sequence[str], column: str, descending: bool, limit: int
) -> list[int] | None:
    """The first `limit` ids of the orders matching every word, sorted by `column` (ties by
    id), or None when no index serves this sort (the caller's plain query is as good)."""
    index = sort_index(connection, column)
    if index is None or not words:
        return None
    direction = "DESC" if descending else "ASC"
    order = f'"{column}" {direction}, id {direction}'
    likes, params = _likes(words)
    walked = connection.execute(
        text(
            f"SELECT id FROM (SELECT id, search_text FROM orders INDEXED BY {index} "
            f"ORDER BY {order} LIMIT :budget) WHERE {likes} LIMIT :limit"
        ),
        {**params, "budget": WALK_BUDGET, "limit": limit},
    ).fetchall()
    if len(walked) == limit:
        return [row[0] for row in walked]
    candidates, cparams = candidate_sql(connection, words)
    if candidates is None:  # only common short words, sparse together: read every order
        return None
    count = connection.execute(text(f"SELECT count(*) FROM ({candidates})"), cparams).scalar()
    if not count:
        return []
    params.update(cparams)
    members = f"id IN ({candidates})"
    total = connection.exec_driver_sql("SELECT max(id) FROM orders").scalar() or 0
    # A walk through the sort index reads about total × limit / count entries when the matches
    # are spread along it; fewer lookups cost less. Matches bunched at the far end (a city
    # search sorted by city) make a walk long: it is cut off, and the lookups answer.
    entries = total * limit // count
    if count * LOOKUP_COST > entries and not _thin_start(len(walked), count, total):
        walked = connection.execute(
            text(
                # The walk reads the index alone; only members have their row read.
                f"SELECT walk.id FROM (SELECT id FROM orders INDEXED BY {index} "
                f"ORDER BY {order} LIMIT :entries) AS walk CROSS JOIN orders AS o "
                f"ON o.id = walk.id WHERE walk.{members} AND {likes} LIMIT :limit"
            ),
            {**params, "entries": WALK_SPREAD * entries, "limit": limit},
        ).fetchall()
        if len(walked) == limit:
            return [row[0] for row in walked]
    if count >= BUNCH_MIN and all(map(exact_word, words)):
        bunched = _bunched(connection, column, index, order, candidates, cparams, count, limit)
        if bunched is not None:
            return bunched
    rows = connection.execute(
        text(f"SELECT id FROM orders WHERE {members} AND {likes} ORDER BY {order} LIMIT :limit"),
        {**params, "limit": limit},
    ).fetchall()
    return [row[0] for row in rows]


def _bunched(
    connection: Connection,
    column: str,
    index: str,
    order: str,
    sql: str,
    params: dict[str, Any],
    count: int,
    limit: int,
) -> list[int] | None:
    """The first `limit` of the `count` candidates that `sql` (with `params`) gives, in the
    sort's order, when most of them share a few values of the sort column (a city searched
    while sorted by city), or None when a sample says they do not.

    Looking every candidate up for its sort key costs a row read each (12,998 of them: 20-30 ms
    at a million orders). The sort index instead holds those values' ids in order, and reads
    them without the rows; only the candidates outside those values are looked up. The words
    must be ones the trigram index answers by itself (`exact_word`): the index's entries carry
    no search text to check a LIKE against."""
    sample = connection.execute(
        text(
            f'SELECT "{column}", count(*) FROM orders WHERE id IN ({sql} LIMIT :sample) '
            f'GROUP BY "{column}"'
        ),
        {**params, "sample": BUNCH_SAMPLE},
    ).fetchall()
    seen = sum(n for _, n in sample)
    values = [value for value, n in sample if value is not None and n * 8 >= seen]
    if sum(n for value, n in sample if value in values) * 4 < seen * 3:
        return None  # no few values hold three quarters of the sample
    marks = ", ".join(f":value{n}" for n in range(len(values)))
    params = {**params, **{f"value{n}": value for n, value in enumerate(values)}, "limit": limit}
    on_values = f'orders INDEXED BY {index} WHERE "{column}" IN ({marks})'
    # Values that many other orders share too (a country) would make the index walk long.
    cap = BUNCH_SPREAD * count
    walk = connection.execute(
        text(f"SELECT count(*) FROM (SELECT id FROM {on_values} LIMIT :cap)"),
        {**params, "cap": cap},
    ).scalar()
    if walk == cap:
        return None
    rows = connection.execute(
        text(
            f'SELECT id FROM (SELECT "{column}", id FROM {on_values} AND id IN ({sql}) '
            f'UNION ALL SELECT "{column}", id FROM orders WHERE id IN ({sql} '
            f"EXCEPT SELECT id FROM {on_values})) ORDER BY {order} LIMIT :limit"
        ),
        params,
    ).fetchall()
    return [row[0] for row in rows]


def _thin_start(found: int, count: int, total: int) -> bool:
    """Whether the first walk's `found` matches, among its WALK_BUDGET orders, show the
    candidates thin at the start of the sort index: far fewer than `count` spread evenly over
    `total` orders would put there. Then they bunch further on (a city searched while sorted by
    city) and a second walk would end at its cut-off, its cost wasted (9–19 ms at 1M orders).
    Under MIN_EXPECTED expected matches a bunch cannot be told from chance: the cost model
    decides."""
    expected = min(WALK_BUDGET, total) * count / max(total, 1)
    return expected >= MIN_EXPECTED and found * THIN_FACTOR < expected


def candidate_sql(
    connection: Connection, words: Sequence[str]
) -> tuple[str | None, dict[str, Any]]:
    """SQL giving the ids of a superset of the orders matching every word, from the indexes
    (to be filtered by the words' LIKE); None when only a scan can tell (common short words)."""
    long_words = [w for w in words if exact_word(w)]
    if long_words:
        match = fts_query(long_words, "AND")
        return "SELECT rowid FROM order_search WHERE order_search MATCH :match", {"match": match}
    word = max(words, key=len)
    terms = short_word_terms(connection, word)
    if terms is None:
        return None, {}
    parts, params = [], {"tail": word}
    if terms:
        params["terms"] = fts_query(terms, "OR")
        parts.append("SELECT rowid FROM order_search WHERE order_search MATCH :terms")
    parts.append(
        f"SELECT id FROM orders INDEXED BY {_TAIL_INDEXES[len(word)]} "
        f"WHERE substr(search_text, -{len(word)}) = :tail"
    )
    if len(word) == 1:  # the second-to-last letter starts the last two
        parts.append(
            f"SELECT id FROM orders INDEXED BY {_TAIL_INDEXES[2]} "
            "WHERE substr(search_text, -2) >= :tail AND substr(search_text, -2) < :after"
        )
        params["after"] = chr(ord(word) + 1)
    return " UNION ".join(parts), params


def short_word_terms(connection: Connection, word: str) -> list[str] | None:
    """The indexed trigrams that start with a word of one or two letters, or None when they
    are too many or too common for the index to help (a scan finds such a word at once)."""
    connection.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.order_search_vocab "
        "USING fts5vocab(main, order_search, 'row')"
    )
    rows = connection.execute(
        text(
            "SELECT term, doc FROM temp.order_search_vocab "
            "WHERE term >= :low AND term < :high LIMIT :most"
        ),
        {"low": word, "high": word[:-1] + chr(ord(word[-1]) + 1), "most": MAX_SHORT_TERMS + 1},
    ).fetchall()
    if len(rows) > MAX_SHORT_TERMS:
        return None
    total = connection.exec_driver_sql("SELECT max(id) FROM orders").scalar() or 0
    if sum(row[1] for row in rows) > MAX_SHORT_SHARE * total:
        return None
    return [row[0] for row in rows]


def exact_word(word: str) -> bool:
    """Whether the trigram index answers this folded word by itself, as `search_condition`
    takes it: a word of three letters or more, whose characters the index matches in a row,
    whatever they are (%, _ or quotes included; the folded texts hold no capital)."""
    return len(word) >= 3


def _likes(words: Sequence[str]) -> tuple[str, dict[str, str]]:
    escape = LIKE_ESCAPE.replace("'", "''")
    clauses = [f"search_text LIKE :w{n} ESCAPE '{escape}'" for n in range(len(words))]
    return " AND ".join(clauses), {f"w{n}": like_pattern(w) for n, w in enumerate(words)}
