"""On PostgreSQL, an index of every character and pair of adjacent characters of an order's
search text, so that a rare word of one or two letters ("qq") is found without reading every
order (238 ms at 750,000 orders before, 7 ms after).

pg_trgm (migration 0007) keeps trigrams of letters and digits only, so it cannot answer a word
shorter than three, nor any punctuation; and its vocabulary cannot be read, as SQLite's
`fts5vocab` can (services/order_search.py), to list the trigrams that hold "qq".
`atoz_search_grams(search_text)` is the text's characters and pairs as an array; a GIN index
on it answers `@> ARRAY['qq']`, which holds exactly when "qq" occurs in the text, whatever the
characters (other scripts, digits, punctuation, LIKE's own % and _).
services/order_search_server.py uses it for rare short words only.

At 750,000 orders the index takes 101 MB (the trigram index 172 MB) and 93 s to build, on top
of the copy made before any migration.

SQLite: nothing (its own answer is migration 0008).

Revision ID: 0011_pg_short_grams
Revises: 0010_pg_sort_indexes
"""

from alembic import op

revision = "0011_pg_short_grams"
down_revision = "0010_pg_sort_indexes"
branch_labels = None
depends_on = None

#: The text's characters, then its pairs of adjacent characters in two passes: a newline after
#: every second character (from the first, then from the second) and a split at the newlines.
#: Spaces become newlines first, so no gram holds a space or a newline: a search word never
#: does (core/search.py splits the query at white space), and they would be in every order.
#: Plain SQL, which PostgreSQL inlines (a loop over the characters cost 5 times as much); the
#: index compares its grams as bytes (`COLLATE "C"`), a quarter faster to build than by the
#: database's collation. Immutable, so that an index may use it; its names qualified, so that
#: it means the same whatever the caller's search_path.
GRAMS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION atoz_search_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT pg_catalog.string_to_array(pg_catalog.translate(t, E' \n', ''), NULL)
    || pg_catalog.string_to_array(pg_catalog.regexp_replace(
         pg_catalog.translate(t, ' ', E'\n'), '(..)', E'\\1\n', 'g'), E'\n')
    || pg_catalog.string_to_array(pg_catalog.regexp_replace(
         pg_catalog.translate(pg_catalog.substr(t, 2), ' ', E'\n'), '(..)', E'\\1\n', 'g'),
         E'\n')
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(GRAMS_FUNCTION)
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_orders_search_grams ON orders "
        'USING gin (atoz_search_grams(search_text COLLATE "C"))'
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_orders_search_grams")
    op.execute("DROP FUNCTION IF EXISTS atoz_search_grams(text)")
