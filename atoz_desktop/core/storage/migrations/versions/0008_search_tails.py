"""On SQLite, indexes on the last one and two letters of an order's search text, so that a rare
word of one or two letters ("qq") is found without reading every order.

The FTS5 trigram index holds every three letters of the text, so a word of one or two letters
starts an indexed trigram wherever it occurs, except at the very end of the text: these two
indexes on expressions answer that end (services/order_search.py). A few bytes an order.

Revision ID: 0008_search_tails
Revises: 0007_pg_trigram_search
"""

from alembic import op

revision = "0008_search_tails"
down_revision = "0007_pg_trigram_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_orders_search_last1 ON orders (substr(search_text, -1))"
    )
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_orders_search_last2 ON orders (substr(search_text, -2))"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_orders_search_last2")
        op.execute("DROP INDEX IF EXISTS ix_orders_search_last1")
