"""The orders search on PostgreSQL: words of one or two letters, which pg_trgm cannot answer.

pg_trgm (migration 0007) answers a word of three letters or more. A rarer shorter word ("qq",
nowhere in 750,000 orders; "db", in 1.6% of them) made the server read every order (238 ms).
Migration 0011 indexes every character and pair of characters of the search text
(`atoz_search_grams`): "qq" occurs in an order exactly when its grams hold "qq".

The server's statistics on that index (ANALYZE keeps the grams in more than about 1% of the
orders, with their share) sort the short words:

- A rare one (at most RARE_SHARE of the orders, or any before the first statistics) is taken
  from the grams index: at most a few thousand orders, looked up and sorted (25 ms at 1%).
- A common one is found by walking the sort index with its LIKE, far enough to meet the first
  screenful at its share (`walk_budget`): 201 matches at 1.5% lie within some 13,000 orders,
  read in 5 ms, where the planner, misjudging the LIKE, read every order (225 ms). Its grams
  are not asked for: the planner may then compute the grams of every match (30 µs each).

Either way the orders found are exactly those of the plain LIKE.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, Text, bindparam, func, text
from sqlalchemy.exc import DBAPIError

from atoz_desktop.core.search import LIKE_ESCAPE, like_pattern
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.errors import WorkspaceBusy, WorkspaceUnavailable
from atoz_desktop.core.storage.models import Order

log = logging.getLogger(__name__)

#: A short word in more of the orders than this is common (see the module's text).
RARE_SHARE = 0.01
#: The longest walk for the first screenful of common short words (about 20 ms).
MAX_WALK = 50_000
GRAMS_INDEX = "ix_orders_search_grams"


def short_word_shares(connection: Connection, words: Sequence[str]) -> dict[str, float | None]:
    """Each word of one or two letters among `words` with the share of the orders that hold
    it, by the statistics on the grams index: 0 for one below its cutoff, None for all
    before there are statistics."""
    short = [w for w in words if len(w) <= 2]
    if not short:
        return {}
    row = connection.execute(
        text(
            "SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = :index"
        ),
        {"index": GRAMS_INDEX},
    ).first()
    if row is None or row[0] is None:
        return dict.fromkeys(short)
    shares = dict(zip(row[0], row[1], strict=False))
    return {w: float(shares.get(w, 0.0)) for w in short}


def rare_words(shares: dict[str, float | None]) -> list[str]:
    """The words the grams index should answer: rare ones, and all without statistics."""
    return [w for w, share in shares.items() if share is None or share <= RARE_SHARE]


def walk_budget(
    shares: dict[str, float | None], words: Sequence[str], limit: int, least: int
) -> int:
    """How many orders to walk along the sort index for the first `limit` matches: `least`,
    or for words that are all short and common, enough to meet `limit` of the rarest."""
    if len(shares) < len(words) or rare_words(shares):
        return least
    rarest = min(share for share in shares.values() if share is not None)
    needed = 2 * limit / rarest if rarest > 0 else MAX_WALK
    return max(least, min(MAX_WALK, int(needed)))


def grams_conditions(words: Sequence[str]) -> list[ColumnElement[bool]]:
    """The orders whose search text holds every one of these words of one or two letters:
    from the grams index (the expression is the index's, letter for letter), each word's LIKE
    under the "C" collation, which the trigram index does not serve: a plan combining both
    indexes recomputed the grams of every order the trigrams gave ("-p": 13,000, 0.5 s)."""
    # Imported here: the PostgreSQL dialect is 50-70 ms of a SQLite workspace's start.
    from sqlalchemy.dialects.postgresql import ARRAY

    grams = func.atoz_search_grams(Order.search_text.collate("C"), type_=ARRAY(Text))
    conditions = [grams.contains(bindparam(None, list(words), type_=ARRAY(Text)))]
    for word in words:
        conditions.append(
            Order.search_text.collate("C").like(like_pattern(word), escape=LIKE_ESCAPE)
        )
    return conditions


#: An import that adds at least this many orders has the server's statistics renewed at once.
ANALYZE_AFTER_ORDERS = 10_000


def refresh_statistics(workspace: Workspace, created: int) -> None:
    """After an import that added `created` orders, on PostgreSQL, ANALYZE the tables it wrote:
    until autovacuum came to it (within a minute, or never while it was busy) the planner had no
    statistics for a workspace just filled, and `short_word_shares` none either."""
    if workspace.engine.dialect.name != "postgresql" or created < ANALYZE_AFTER_ORDERS:
        return
    try:
        with workspace.engine.connect() as connection:  # its own transaction, after the import's
            connection.execute(text("ANALYZE orders, order_lines, shipments"))
            connection.commit()
    except (
        DBAPIError,
        WorkspaceBusy,
        WorkspaceUnavailable,
    ) as exc:  # the import is saved: only slower plans
        log.warning("the statistics were not renewed after the import: %s", exc)
